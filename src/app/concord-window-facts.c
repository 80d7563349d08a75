/* concord-window-facts.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-window-private.h"

/* The "Who" group of a clause: its structured facts by kind. A role names
 * its owner; a boundary the parties on each side; an accountability clause
 * who is accountable, to whom (a party or a named body) and by what
 * mechanisms. The rows list the memorandum's parties, so they are made
 * here for each clause rather than in the template. */

static ConcordClause *
edited_clause (ConcordWindow *self)
{
  return CONCORD_IS_CLAUSE (self->edited) ? CONCORD_CLAUSE (self->edited) : NULL;
}

static GListModel *
parties (ConcordWindow *self)
{
  return concord_memorandum_get_parties (concord_document_get_memorandum (self->document));
}

static char *
party_label (ConcordWindow *self,
             ConcordParty  *party)
{
  const char *id[] = { concord_party_get_id (party), NULL };

  return concord_party_list_render (concord_document_get_memorandum (self->document), id);
}

static void
add_fact_row (ConcordWindow *self,
              GtkWidget     *row)
{
  adw_preferences_group_add (self->facts_group, row);
  g_ptr_array_add (self->fact_rows, row);
}

/* A choice of one party (or nobody) for a string property of the clause. */

static void
party_choice_cb (AdwComboRow   *row,
                 GParamSpec    *pspec,
                 ConcordWindow *self)
{
  ConcordClause *clause = edited_clause (self);
  const char *property = g_object_get_data (G_OBJECT (row), "property");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(ConcordParty) party = NULL;

  if (clause == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected > 0)
    party = g_list_model_get_item (parties (self), selected - 1);
  g_object_set (clause, property, party != NULL ? concord_party_get_id (party) : NULL, NULL);
}

static void
add_party_choice (ConcordWindow *self,
                  const char    *title,
                  const char    *property,
                  const char    *nobody)
{
  ConcordClause *clause = edited_clause (self);
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *current = NULL;
  guint selected = 0;
  guint n = g_list_model_get_n_items (parties (self));

  g_object_get (clause, property, &current, NULL);
  gtk_string_list_append (names, nobody);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties (self), i);
      g_autofree char *label = party_label (self, party);

      gtk_string_list_append (names, label);
      if (g_strcmp0 (current, concord_party_get_id (party)) == 0)
        selected = i + 1;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_unref (names);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "property", (gpointer) property);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (party_choice_cb), self, 0);
  add_fact_row (self, row);
}

/* A set of parties (a side of a boundary), one check per party. */

static void
party_set_toggled_cb (GtkCheckButton *check,
                      ConcordWindow  *self)
{
  ConcordClause *clause = edited_clause (self);
  GPtrArray *checks = g_object_get_data (G_OBJECT (check), "checks");
  const char *property = g_object_get_data (G_OBJECT (check), "property");
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  if (clause == NULL)
    return;

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      g_ptr_array_add (ids, g_object_get_data (g_ptr_array_index (checks, i), "party-id"));
  g_ptr_array_add (ids, NULL);

  g_object_set (clause, property, ids->pdata, NULL);
}

static void
add_party_set (ConcordWindow *self,
               const char    *title,
               const char    *property)
{
  ConcordClause *clause = edited_clause (self);
  GtkWidget *expander = adw_expander_row_new ();
  GPtrArray *checks = g_ptr_array_new ();
  g_auto(GStrv) current = NULL;
  guint n = g_list_model_get_n_items (parties (self));
  g_autoptr(GString) summary = g_string_new (NULL);

  g_object_get (clause, property, &current, NULL);
  /* Party names are shown as typed: "Smith & Jones" is not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  g_object_set_data_full (G_OBJECT (expander), "checks", checks, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties (self), i);
      g_autofree char *label = party_label (self, party);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gboolean on = current != NULL && g_strv_contains ((const char * const *) current, concord_party_get_id (party));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "party-id", g_strdup (concord_party_get_id (party)), g_free);
      g_object_set_data (G_OBJECT (check), "checks", checks);
      g_object_set_data (G_OBJECT (check), "property", (gpointer) property);
      g_signal_connect_object (check, "toggled", G_CALLBACK (party_set_toggled_cb), self, 0);
      g_ptr_array_add (checks, check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      if (on)
        g_string_append_printf (summary, "%s%s", summary->len ? ", " : "", label);
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), summary->len ? summary->str : _("Nobody named"));
  add_fact_row (self, expander);
}

/* Mechanisms of accountability, one check each. */

static void
mechanism_toggled_cb (GtkCheckButton *check,
                      ConcordWindow  *self)
{
  ConcordClause *clause = edited_clause (self);
  guint flag = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "flag"));
  guint mechanisms;

  if (clause == NULL)
    return;

  mechanisms = concord_clause_get_mechanisms (clause);
  if (gtk_check_button_get_active (check))
    mechanisms |= flag;
  else
    mechanisms &= ~flag;
  concord_clause_set_mechanisms (clause, mechanisms);
}

static void
add_mechanisms (ConcordWindow *self)
{
  static const struct { ConcordMechanism flag; const char *label; } names[] = {
    { CONCORD_MECHANISM_REPORTING, N_("Reporting") },
    { CONCORD_MECHANISM_INSPECTION, N_("Inspection") },
    { CONCORD_MECHANISM_INTERVENTION, N_("Intervention") },
    { CONCORD_MECHANISM_AUDIT, N_("Audit") },
    { CONCORD_MECHANISM_ELECTION, N_("Election") },
  };
  ConcordClause *clause = edited_clause (self);
  GtkWidget *expander = adw_expander_row_new ();
  guint mechanisms = concord_clause_get_mechanisms (clause);
  g_autoptr(GString) summary = g_string_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("By What Means"));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(names[i].label));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (mechanisms & names[i].flag) != 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "flag", GUINT_TO_POINTER (names[i].flag));
      g_signal_connect_object (check, "toggled", G_CALLBACK (mechanism_toggled_cb), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      if (mechanisms & names[i].flag)
        g_string_append_printf (summary, "%s%s", summary->len ? ", " : "", _(names[i].label));
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), summary->len ? summary->str : _("None named"));
  add_fact_row (self, expander);
}

static void
to_body_changed_cb (AdwEntryRow   *row,
                    ConcordWindow *self)
{
  ConcordClause *clause = edited_clause (self);

  if (clause != NULL)
    concord_clause_set_to_body (clause, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
add_to_body (ConcordWindow *self)
{
  ConcordClause *clause = edited_clause (self);
  GtkWidget *row = adw_entry_row_new ();
  const char *body = concord_clause_get_to_body (clause);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 _("Or to a Body That Is Not a Party (for example local communities)"));
  gtk_editable_set_text (GTK_EDITABLE (row), body != NULL ? body : "");
  g_signal_connect_object (row, "changed", G_CALLBACK (to_body_changed_cb), self, 0);
  add_fact_row (self, row);
}

void
_concord_window_clear_facts (ConcordWindow *self)
{
  g_clear_handle_id (&self->facts_idle_id, g_source_remove);
  for (guint i = 0; i < self->fact_rows->len; i++)
    adw_preferences_group_remove (self->facts_group, g_ptr_array_index (self->fact_rows, i));
  g_ptr_array_set_size (self->fact_rows, 0);
}

void
_concord_window_build_facts (ConcordWindow *self)
{
  ConcordClause *clause = edited_clause (self);
  g_autofree char *facts = NULL;
  const char * const *areas;
  g_autofree char *joined = NULL;

  _concord_window_clear_facts (self);
  if (clause == NULL)
    return;

  facts = concord_clause_describe_facts (concord_document_get_memorandum (self->document), clause);
  adw_action_row_set_subtitle (self->clause_facts_row, facts != NULL ? facts : _("A general clause names nobody"));

  switch (concord_clause_get_kind (clause))
    {
    case CONCORD_CLAUSE_KIND_ROLE:
      add_party_choice (self, _("Responsible Party"), "owner", _("Nobody named"));
      break;
    case CONCORD_CLAUSE_KIND_BOUNDARY:
      add_party_set (self, _("On One Side"), "side-a");
      add_party_set (self, _("On the Other Side"), "side-b");
      break;
    case CONCORD_CLAUSE_KIND_ACCOUNTABILITY:
      add_party_choice (self, _("Who Is Accountable"), "accountable", _("Nobody named"));
      add_party_choice (self, _("To Which Party"), "to", _("Not a party"));
      add_to_body (self);
      add_mechanisms (self);
      break;
    case CONCORD_CLAUSE_KIND_GENERAL:
    default:
      break;
    }

  areas = concord_clause_get_areas (clause);
  joined = areas != NULL ? g_strjoinv (" ", (char **) areas) : g_strdup ("");
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->clause_areas_row)), joined) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->clause_areas_row), joined);
}

static gboolean
build_facts_idle (gpointer data)
{
  ConcordWindow *self = data;

  self->facts_idle_id = 0;
  _concord_window_build_facts (self);

  return G_SOURCE_REMOVE;
}

/* Facts are rebuilt after the change that asked for it has finished, never
 * from inside the handler of a row that is about to be replaced. */
void
_concord_window_queue_facts (ConcordWindow *self)
{
  if (self->facts_idle_id == 0)
    self->facts_idle_id = g_idle_add (build_facts_idle, self);
}
