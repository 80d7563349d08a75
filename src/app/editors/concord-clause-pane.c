/* concord-clause-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-clause-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-body-editor.h"
#include "concord-clause-pane.h"
#include "concord-comments-group.h"
#include "concord-library-group.h"
#include "concord-views.h"
#include "concord-table-editor.h"

/* A clause: heading, status and kind, its areas, the "Who" group of its
 * structured facts by kind, its text and its notes. Adding, moving and
 * removing clauses are the window's actions.
 *
 * The "Who" group: a role names its owner; a boundary the parties on each
 * side; an accountability clause who is accountable, to whom (a party or
 * a named body) and by what mechanisms. The rows list the memorandum's
 * parties, so they are made here for each clause rather than in the
 * template. */

struct _ConcordClausePane
{
  ConcordEditorPane    parent_instance;

  /* Template widgets */
  AdwEntryRow         *clause_heading_row;
  AdwComboRow         *clause_status_row;
  AdwComboRow         *clause_kind_row;
  AdwEntryRow         *clause_areas_row;
  GtkMenuButton       *areas_button;
  AdwPreferencesGroup *facts_group;
  AdwActionRow        *clause_facts_row;
  ConcordBodyEditor   *body_editor;
  AdwPreferencesGroup *translation_group;
  AdwEntryRow         *translated_heading_row;
  ConcordBodyEditor   *translated_body_editor;
  AdwActionRow        *translation_state_row;
  GtkButton           *translation_checked_button;
  GtkTextView         *notes_view;
  ConcordLibraryGroup *library_group;
  ConcordCommentsGroup *comments_group;

  /* State */
  GPtrArray           *fact_rows;
  guint                facts_idle_id;
  gboolean             loading_notes;
};

G_DEFINE_FINAL_TYPE (ConcordClausePane, concord_clause_pane, CONCORD_TYPE_EDITOR_PANE)

static ConcordMemorandum *
memorandum (ConcordClausePane *self)
{
  return concord_editor_pane_get_memorandum (CONCORD_EDITOR_PANE (self));
}

/* Facts */

static ConcordClause *
edited_clause (ConcordClausePane *self)
{
  GObject *item = concord_editor_pane_get_item (CONCORD_EDITOR_PANE (self));

  return CONCORD_IS_CLAUSE (item) ? CONCORD_CLAUSE (item) : NULL;
}

static GListModel *
parties (ConcordClausePane *self)
{
  return concord_memorandum_get_parties (memorandum (self));
}

static char *
party_label (ConcordClausePane *self,
             ConcordParty  *party)
{
  const char *id[] = { concord_party_get_id (party), NULL };
  g_autofree char *name = concord_party_list_render (memorandum (self), id);

  /* Rows measure all their text: a name of 100,000 unbroken characters is
   * cut, as in the views. */
  return concord_view_shorten (name, CONCORD_VIEW_LABEL_CHARS);
}

static void
add_fact_row (ConcordClausePane *self,
              GtkWidget     *row)
{
  adw_preferences_group_add (self->facts_group, row);
  g_ptr_array_add (self->fact_rows, row);
}

/* A choice of one party (or nobody) for a string property of the clause. */

static void
party_choice_cb (AdwComboRow   *row,
                 GParamSpec    *pspec,
                 ConcordClausePane *self)
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
add_party_choice (ConcordClausePane *self,
                  const char    *title,
                  const char    *property,
                  const char    *nobody)
{
  ConcordClause *clause = edited_clause (self);
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;
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
  /* Party names are long: the list shows each whole. */
  factory = gtk_builder_list_item_factory_new_from_resource (NULL, RESOURCE_BASE "/concord-choice-item.ui");
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), factory);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "property", (gpointer) property);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (party_choice_cb), self, 0);
  add_fact_row (self, row);
}

/* A set of parties (a side of a boundary), one check per party. */

static void
party_set_toggled_cb (GtkCheckButton *check,
                      ConcordClausePane *self)
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
add_party_set (ConcordClausePane *self,
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
                      ConcordClausePane *self)
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
add_mechanisms (ConcordClausePane *self)
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
                    ConcordClausePane *self)
{
  ConcordClause *clause = edited_clause (self);

  if (clause != NULL)
    concord_clause_set_to_body (clause, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
add_to_body (ConcordClausePane *self)
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

static void
clear_facts (ConcordClausePane *self)
{
  g_clear_handle_id (&self->facts_idle_id, g_source_remove);
  for (guint i = 0; i < self->fact_rows->len; i++)
    adw_preferences_group_remove (self->facts_group, g_ptr_array_index (self->fact_rows, i));
  g_ptr_array_set_size (self->fact_rows, 0);
}

static void
build_facts (ConcordClausePane *self)
{
  ConcordClause *clause = edited_clause (self);
  g_autofree char *facts = NULL;
  const char * const *areas;
  g_autofree char *joined = NULL;

  clear_facts (self);
  if (clause == NULL)
    return;

  {
    g_autofree char *full = concord_clause_describe_facts (memorandum (self), clause);

    facts = concord_view_shorten (full, CONCORD_VIEW_TEXT_CHARS);
  }
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
  ConcordClausePane *self = data;

  self->facts_idle_id = 0;
  build_facts (self);

  return G_SOURCE_REMOVE;
}

/* Facts are rebuilt after the change that asked for it has finished, never
 * from inside the handler of a row that is about to be replaced. */
static void
queue_facts (ConcordClausePane *self)
{
  if (self->facts_idle_id == 0)
    self->facts_idle_id = g_idle_add (build_facts_idle, self);
}

/* Areas */

/* Area tags are words without spaces; what is typed is split on white space
 * and commas, and empty or repeated tags are dropped. */
static void
clause_areas_apply_cb (ConcordClausePane *self,
                       AdwEntryRow       *row)
{
  g_auto(GStrv) words = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (row)), " ,;\t", -1);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  ConcordClause *clause = edited_clause (self);

  if (clause == NULL)
    return;

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *tag;

      /* The file format wants XML names: letters, digits, "-", "_" and ".",
       * not starting with a digit or punctuation. */
      for (char *p = words[i]; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
          *p = '-';
      tag = words[i];
      while (*tag != '\0' && !g_ascii_isalpha (*tag) && *tag != '_')
        tag++;
      if (*tag == '\0' || g_ptr_array_find_with_equal_func (tags, tag, g_str_equal, NULL))
        continue;
      g_ptr_array_add (tags, tag);
    }
  g_ptr_array_add (tags, NULL);

  concord_clause_set_areas (clause, (const char * const *) tags->pdata);
}

void
concord_clause_pane_apply_areas (ConcordClausePane *self)
{
  g_return_if_fail (CONCORD_IS_CLAUSE_PANE (self));

  clause_areas_apply_cb (self, self->clause_areas_row);
}

/**
 * concord_clause_pane_build_areas_menu:
 *
 * Completion for areas: the areas other clauses already use, those that
 * start with the word being typed first, so that the same area is not
 * spelt two ways.
 *
 * Returns: (transfer full): a menu of clause.add-area items
 */
GMenuModel *
concord_clause_pane_build_areas_menu (ConcordClausePane *self)
{
  GMenu *menu = g_menu_new ();
  ConcordClause *clause = edited_clause (self);
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  const char *text;
  const char *word;
  const char * const *own;

  if (clause == NULL)
    return G_MENU_MODEL (menu);

  own = concord_clause_get_areas (clause);
  text = gtk_editable_get_text (GTK_EDITABLE (self->clause_areas_row));
  word = strrchr (text, ' ');
  word = word != NULL ? word + 1 : text;

  clauses = concord_memorandum_list_clauses (memorandum (self));
  for (guint i = 0; i < clauses->len; i++)
    {
      const char * const *areas = concord_clause_get_areas (g_ptr_array_index (clauses, i));

      for (guint j = 0; areas != NULL && areas[j] != NULL; j++)
        {
          if (g_hash_table_contains (seen, areas[j]) || (own != NULL && g_strv_contains (own, areas[j])))
            continue;
          g_hash_table_add (seen, (gpointer) areas[j]);
          g_ptr_array_add (*word != '\0' && g_str_has_prefix (areas[j], word) ? matching : others,
                           (gpointer) areas[j]);
        }
    }
  g_ptr_array_sort (matching, (GCompareFunc) g_strcmp0);
  g_ptr_array_sort (others, (GCompareFunc) g_strcmp0);

  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *list = k == 0 ? matching : others;

      for (guint i = 0; i < list->len; i++)
        {
          const char *area = g_ptr_array_index (list, i);
          g_autofree char *detailed = g_action_print_detailed_name ("clause.add-area", g_variant_new_string (area));

          g_menu_append (menu, area, detailed);
        }
    }

  return G_MENU_MODEL (menu);
}

static void
areas_button_activate_cb (ConcordClausePane *self)
{
  g_autoptr(GMenuModel) menu = concord_clause_pane_build_areas_menu (self);

  gtk_menu_button_set_menu_model (self->areas_button, menu);
}

/* Adds an area to the clause: the word being typed, if it starts the
 * area, is replaced by it. */
static void
add_area_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ConcordClausePane *self = CONCORD_CLAUSE_PANE (widget);
  const char *area = g_variant_get_string (parameter, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) next = NULL;
  char *word;

  if (edited_clause (self) == NULL)
    return;

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->clause_areas_row)));
  word = strrchr (text, ' ');
  word = word != NULL ? word + 1 : text;
  if (*word != '\0' && g_str_has_prefix (area, word))
    *word = '\0';
  next = g_string_new (g_strstrip (text));
  if (next->len > 0)
    g_string_append_c (next, ' ');
  g_string_append (next, area);
  gtk_editable_set_text (GTK_EDITABLE (self->clause_areas_row), next->str);
  clause_areas_apply_cb (self, self->clause_areas_row);
}

/* Notes are a list of strings, edited one per line. */

static void
load_notes (ConcordClausePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  ConcordClause *clause = edited_clause (self);
  const char * const *notes = clause != NULL ? concord_clause_get_notes (clause) : NULL;
  g_autofree char *text = notes != NULL ? g_strjoinv ("\n", (char **) notes) : NULL;

  self->loading_notes = TRUE;
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  self->loading_notes = FALSE;
}

static void
notes_changed_cb (ConcordClausePane *self,
                  GtkTextBuffer     *buffer)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  ConcordClause *clause = edited_clause (self);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) notes = NULL;
  g_autofree char *text = NULL;
  const char * const *current;
  GtkTextIter start, end;

  if (self->loading_notes || clause == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);
  notes = g_strv_builder_end (builder);

  current = concord_clause_get_notes (clause);
  if (current != NULL ? g_strv_equal (current, (const char * const *) notes) : notes[0] == NULL)
    return;
  concord_clause_set_notes (clause, (const char * const *) notes);
}

/* A bilingual memorandum's other text: which of the two changed since
 * someone last found them to say the same. */
static void
update_translation_state (ConcordClausePane *self)
{
  ConcordClause *clause = CONCORD_CLAUSE (concord_editor_pane_get_item (CONCORD_EDITOR_PANE (self)));
  ConcordMemorandum *m = memorandum (self);
  const char *first, *second;
  g_autofree char *text = NULL;
  ConcordTranslationState state;

  if (clause == NULL || m == NULL || !concord_memorandum_is_bilingual (m))
    return;
  /* Each call fingerprints both texts: once is enough. */
  state = concord_clause_get_translation_state (clause);
  first = concord_language_name (concord_memorandum_get_language (m));
  second = concord_language_name (concord_memorandum_get_translation_language (m));
  switch (state)
    {
    case CONCORD_TRANSLATION_IN_STEP:
      text = g_strdup (_("The two texts say the same, as last checked."));
      break;
    case CONCORD_TRANSLATION_ORIGINAL_CHANGED:
    case CONCORD_TRANSLATION_TRANSLATION_CHANGED:
      {
        gboolean original = state == CONCORD_TRANSLATION_ORIGINAL_CHANGED;

        /* Translators: "The Welsh text changed since the two were checked together: the English is older." */
        text = g_strdup_printf (_("The %s text changed since the two were checked together: the %s is older."),
                                original ? first : second, original ? second : first);
      }
      break;
    case CONCORD_TRANSLATION_BOTH_CHANGED:
      text = g_strdup (_("Both texts changed since they were checked together."));
      break;
    case CONCORD_TRANSLATION_UNCHECKED:
    default:
      text = g_strdup (_("Not checked yet. When the two texts say the same, press Texts Match."));
      break;
    }
  adw_action_row_set_subtitle (self->translation_state_row, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->translation_checked_button),
                            state != CONCORD_TRANSLATION_IN_STEP);
}

static void
translation_checked_cb (ConcordClausePane *self)
{
  GObject *item = concord_editor_pane_get_item (CONCORD_EDITOR_PANE (self));

  if (item != NULL)
    concord_clause_mark_translation_checked (CONCORD_CLAUSE (item));
}

/* The pane */

static void
concord_clause_pane_bind (ConcordEditorPane *pane,
                          GObject           *item)
{
  ConcordClausePane *self = CONCORD_CLAUSE_PANE (pane);

  concord_editor_pane_bind_text (pane, "heading", self->clause_heading_row);
  concord_editor_pane_bind_choice (pane, "status", self->clause_status_row);
  concord_editor_pane_bind_choice (pane, "kind", self->clause_kind_row);
  build_facts (self);
  concord_body_editor_set_clause (self->body_editor, memorandum (self), CONCORD_CLAUSE (item));
  concord_editor_pane_bind_translated_text (pane, "translated-heading", self->translated_heading_row, _("Heading"));
  concord_editor_pane_show_with_translation (pane, GTK_WIDGET (self->translation_group), _("Text"));
  concord_body_editor_set_item (self->translated_body_editor, memorandum (self), item, "translated-body");
  update_translation_state (self);
  load_notes (self);
  concord_library_group_set_item (self->library_group, concord_editor_pane_get_document (pane), item);
  concord_comments_group_set_clause (self->comments_group, concord_editor_pane_get_document (pane),
                                     CONCORD_CLAUSE (item));
}

static void
concord_clause_pane_unbind (ConcordEditorPane *pane)
{
  ConcordClausePane *self = CONCORD_CLAUSE_PANE (pane);

  clear_facts (self);
  /* During dispose the template's widgets are already gone. */
  if (self->comments_group != NULL)
    concord_comments_group_set_clause (self->comments_group, NULL, NULL);
  if (self->library_group != NULL)
    concord_library_group_set_item (self->library_group, NULL, NULL);
  if (self->body_editor != NULL)
    concord_body_editor_set_clause (self->body_editor, NULL, NULL);
  if (self->translated_body_editor != NULL)
    concord_body_editor_set_item (self->translated_body_editor, NULL, NULL, NULL);
}

static void
concord_clause_pane_item_notify (ConcordEditorPane *pane,
                                 GParamSpec        *pspec)
{
  ConcordClausePane *self = CONCORD_CLAUSE_PANE (pane);
  ConcordDocument *document = concord_editor_pane_get_document (pane);

  /* Undo changes notes behind the pane's back. */
  if (g_strcmp0 (pspec->name, "notes") == 0 && document != NULL && concord_document_get_applying (document))
    load_notes (self);
  if (g_str_equal (pspec->name, "library"))
    concord_library_group_update (self->library_group);
  else if (g_str_equal (pspec->name, "heading") || g_str_equal (pspec->name, "body") ||
           g_str_has_prefix (pspec->name, "translat"))
    update_translation_state (self);
  else if (g_strcmp0 (pspec->name, "status") != 0)
    queue_facts (self);
}

/* Chips show names and numbers, which any change may have altered. */
static void
concord_clause_pane_document_changed (ConcordEditorPane *pane)
{
  concord_body_editor_reload (CONCORD_CLAUSE_PANE (pane)->body_editor);
  concord_body_editor_reload (CONCORD_CLAUSE_PANE (pane)->translated_body_editor);
  update_translation_state (CONCORD_CLAUSE_PANE (pane));
}

/* Where the pane shows a field of a clause, so a finding can lead to it. */
static gboolean
concord_clause_pane_focus_field (ConcordEditorPane *pane,
                                 const char        *field)
{
  ConcordClausePane *self = CONCORD_CLAUSE_PANE (pane);
  GtkWidget *widget = NULL;

  /* The "Who" rows are made once the clause is shown. */
  if (self->facts_idle_id != 0)
    build_facts (self);

  if (g_str_equal (field, "heading"))
    widget = GTK_WIDGET (self->clause_heading_row);
  else if (g_str_equal (field, "status"))
    widget = GTK_WIDGET (self->clause_status_row);
  else if (g_str_equal (field, "kind"))
    widget = GTK_WIDGET (self->clause_kind_row);
  else if (g_str_equal (field, "areas"))
    widget = GTK_WIDGET (self->clause_areas_row);
  else if (g_str_equal (field, "body"))
    widget = GTK_WIDGET (concord_body_editor_get_view (self->body_editor));
  else if (g_str_equal (field, "translated-heading"))
    widget = GTK_WIDGET (self->translated_heading_row);
  else if (g_str_equal (field, "translated-body") || g_str_equal (field, "translation-checked"))
    widget = GTK_WIDGET (concord_body_editor_get_view (self->translated_body_editor));
  else if (g_str_equal (field, "notes"))
    widget = GTK_WIDGET (self->notes_view);
  else if (g_str_equal (field, "owner") || g_str_equal (field, "side-a") || g_str_equal (field, "accountable"))
    widget = self->fact_rows->len > 0 ? g_ptr_array_index (self->fact_rows, 0) : GTK_WIDGET (self->clause_kind_row);

  return widget != NULL && gtk_widget_grab_focus (widget);
}

GtkTextBuffer *
concord_clause_pane_get_body_buffer (ConcordClausePane *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE_PANE (self), NULL);

  return concord_body_editor_get_buffer (self->body_editor);
}

GtkWidget *
concord_clause_pane_get_body_editor (ConcordClausePane *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE_PANE (self), NULL);

  return GTK_WIDGET (self->body_editor);
}

GtkTextBuffer *
concord_clause_pane_get_notes_buffer (ConcordClausePane *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE_PANE (self), NULL);

  return gtk_text_view_get_buffer (self->notes_view);
}

/**
 * concord_clause_pane_get_fact_rows:
 *
 * Returns: (transfer none) (element-type GtkWidget): the rows of the "Who"
 *   group, in order, for the clause's kind
 */
GPtrArray *
concord_clause_pane_get_fact_rows (ConcordClausePane *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE_PANE (self), NULL);

  return self->fact_rows;
}

/* Whether the "Who" rows wait to be made again after a change. */
gboolean
concord_clause_pane_get_facts_pending (ConcordClausePane *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE_PANE (self), FALSE);

  return self->facts_idle_id != 0;
}

static void
concord_clause_pane_dispose (GObject *object)
{
  ConcordClausePane *self = CONCORD_CLAUSE_PANE (object);

  g_clear_handle_id (&self->facts_idle_id, g_source_remove);
  concord_editor_pane_set_document (CONCORD_EDITOR_PANE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_CLAUSE_PANE);

  G_OBJECT_CLASS (concord_clause_pane_parent_class)->dispose (object);
}

static void
concord_clause_pane_finalize (GObject *object)
{
  ConcordClausePane *self = CONCORD_CLAUSE_PANE (object);

  g_clear_pointer (&self->fact_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (concord_clause_pane_parent_class)->finalize (object);
}

static void
concord_clause_pane_class_init (ConcordClausePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_clause_pane_dispose;
  object_class->finalize = concord_clause_pane_finalize;
  pane_class->item_type = CONCORD_TYPE_CLAUSE;
  pane_class->bind = concord_clause_pane_bind;
  pane_class->unbind = concord_clause_pane_unbind;
  pane_class->item_notify = concord_clause_pane_item_notify;
  pane_class->document_changed = concord_clause_pane_document_changed;
  pane_class->focus_field = concord_clause_pane_focus_field;

  g_type_ensure (CONCORD_TYPE_BODY_EDITOR);
  /* Tables in any body editor open in it, found by name. */
  g_type_ensure (CONCORD_TYPE_TABLE_EDITOR);
  g_type_ensure (CONCORD_TYPE_COMMENTS_GROUP);
  g_type_ensure (CONCORD_TYPE_LIBRARY_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-clause-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, clause_heading_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, clause_status_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, clause_kind_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, clause_areas_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, areas_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, facts_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, clause_facts_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, body_editor);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, library_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, comments_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, translation_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, translated_heading_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, translated_body_editor);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, translation_state_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordClausePane, translation_checked_button);
  gtk_widget_class_bind_template_callback (widget_class, translation_checked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clause_areas_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, areas_button_activate_cb);

  gtk_widget_class_install_action (widget_class, "clause.add-area", "s", add_area_action);
}

/* The status choices, in the enumeration's order (the row's position is
 * the status), named as the outline names them. */
static void
fill_statuses (ConcordClausePane *self)
{
  GtkStringList *names = GTK_STRING_LIST (adw_combo_row_get_model (self->clause_status_row));
  g_autoptr(GEnumClass) statuses = g_type_class_ref (CONCORD_TYPE_CLAUSE_STATUS);

  for (guint i = 0; i < statuses->n_values; i++)
    gtk_string_list_append (names, concord_clause_status_label (statuses->values[i].value));
}

static void
concord_clause_pane_init (ConcordClausePane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_statuses (self);
  self->fact_rows = g_ptr_array_new ();
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
concord_clause_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_CLAUSE_PANE, NULL);
}
