/* concord-checklist-view.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-checklist-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-app-resources.h"
#include "concord-checklist-view.h"

/* The standard sections of a memorandum (concord-standard-sections.h), one
 * row each: ticked when the memorandum has one, which the row then leads
 * to; otherwise an Add button, which asks for a starting section
 * ("add-section"), or for a part of its own, a word on where to add it.
 * Below, the review reminders: the review date and the dates the clauses
 * name (concord-calendar.h), which Add to Calendar… saves as an
 * iCalendar file. */

#define CONCORD_TYPE_CHECKLIST_ROW (concord_checklist_row_get_type ())
G_DECLARE_FINAL_TYPE (ConcordChecklistRow, concord_checklist_row, CONCORD, CHECKLIST_ROW, AdwActionRow)

struct _ConcordChecklistRow
{
  AdwActionRow                  parent_instance;

  GtkImage                     *mark;
  GtkButton                    *add_button;

  const ConcordStandardSection *standard;
  gboolean                      present;
};

G_DEFINE_FINAL_TYPE (ConcordChecklistRow, concord_checklist_row, ADW_TYPE_ACTION_ROW)

struct _ConcordChecklistView
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkLabel          *summary;
  GtkListBox        *list;
  GtkListBox        *dates_list;
  GtkButton         *calendar_button;

  /* Owned references */
  ConcordMemorandum *memorandum;

  /* State */
  guint              n_present;
  guint              n_dates;
  GtkNativeDialog   *calendar_dialog;
};

G_DEFINE_FINAL_TYPE (ConcordChecklistView, concord_checklist_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  PROP_N_PRESENT,
  N_PROPS,
};

enum {
  ADD_SECTION,
  SECTION_ACTIVATED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Rows */

static void
add_clicked_cb (ConcordChecklistRow *row)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (row), CONCORD_TYPE_CHECKLIST_VIEW);

  if (view != NULL && !row->present && !row->standard->is_part)
    g_signal_emit (view, signals[ADD_SECTION], 0, row->standard->id);
}

static void
concord_checklist_row_class_init (ConcordChecklistRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/views/concord-checklist-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordChecklistRow, mark);
  gtk_widget_class_bind_template_child (widget_class, ConcordChecklistRow, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
concord_checklist_row_init (ConcordChecklistRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
row_set_present (ConcordChecklistRow *row,
                 gboolean             present)
{
  const ConcordStandardSection *s = row->standard;
  const char *subtitle = _(s->description);

  row->present = present;
  /* The mark keeps its place, so that the titles line up. */
  gtk_widget_set_opacity (GTK_WIDGET (row->mark), present ? 1.0 : 0.0);
  gtk_widget_set_visible (GTK_WIDGET (row->add_button), !present && !s->is_part);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), present);
  if (!present && g_str_equal (s->id, "definitions"))
    subtitle = _("No terms yet: add them under Definitions in the outline");
  else if (!present && g_str_equal (s->id, "signatures"))
    subtitle = _("No signature blocks yet: add one for each signatory from its party");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_CHECKED,
                               present ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE, -1);
}

static ConcordChecklistRow *
row_new (const ConcordStandardSection *standard)
{
  ConcordChecklistRow *row = g_object_new (CONCORD_TYPE_CHECKLIST_ROW, NULL);
  g_autofree char *described = g_strdup_printf (_("Add a %s section"), _(standard->title));

  row->standard = standard;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(standard->title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, described, -1);
  row_set_present (row, FALSE);

  return row;
}

/* The view */

static void
row_activated_cb (ConcordChecklistView *self,
                  GtkListBoxRow        *row)
{
  ConcordChecklistRow *checklist_row = CONCORD_CHECKLIST_ROW (row);

  if (self->memorandum != NULL && checklist_row->present)
    g_signal_emit (self, signals[SECTION_ACTIVATED], 0, checklist_row->standard->id);
}

static void
refresh_dates (ConcordChecklistView *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->dates_list))) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->dates_list, child);

  items = self->memorandum != NULL ? concord_memorandum_collect_dates (self->memorandum) : g_ptr_array_new ();
  for (guint i = 0; i < items->len; i++)
    {
      const ConcordDatedItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      char day[64] = "";
      g_autofree char *subtitle = NULL;

      g_date_strftime (day, sizeof day, "%-d %B %Y", &item->date);
      if (item->clause_number != NULL)
        subtitle = g_strdup_printf (_("Clause %s: %s"), item->clause_number, item->what);
      else
        subtitle = g_strdup (item->what);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_append (self->dates_list, row);
    }
  self->n_dates = items->len;
  gtk_widget_set_sensitive (GTK_WIDGET (self->calendar_button), items->len > 0);
}

static void
calendar_response_cb (ConcordChecklistView *self,
                      int                   response,
                      GtkNativeDialog      *dialog)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->memorandum == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (!concord_checklist_view_save_calendar (self, file, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      AdwMessageDialog *alert = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                _("The Calendar Could Not Be Saved"), error->message));

      adw_message_dialog_add_response (alert, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
    }
}

static void
calendar_clicked_cb (ConcordChecklistView *self)
{
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->memorandum == NULL)
    return;
  name = g_strdup_printf ("%s.ics", concord_memorandum_get_id (self->memorandum));
  g_clear_object (&self->calendar_dialog);
  self->calendar_dialog = GTK_NATIVE_DIALOG (
    gtk_file_chooser_native_new (_("Add the Dates to a Calendar"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel")));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->calendar_dialog), name);
  g_signal_connect_object (self->calendar_dialog, "response", G_CALLBACK (calendar_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->calendar_dialog);
}

/* Saves the calendar to @file, as Add to Calendar… does once a file is
 * chosen. */
gboolean
concord_checklist_view_save_calendar (ConcordChecklistView  *self,
                                      GFile                 *file,
                                      GError               **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (CONCORD_IS_CHECKLIST_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->memorandum == NULL)
    return TRUE;
  text = concord_memorandum_to_icalendar (self->memorandum, NULL, NULL, error);

  return text != NULL &&
         g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

guint
concord_checklist_view_get_n_dates (ConcordChecklistView *self)
{
  g_return_val_if_fail (CONCORD_IS_CHECKLIST_VIEW (self), 0);

  return self->n_dates;
}

void
concord_checklist_view_refresh (ConcordChecklistView *self)
{
  guint n = 0;
  guint total = concord_standard_sections_get_n ();
  g_autofree char *summary = NULL;

  g_return_if_fail (CONCORD_IS_CHECKLIST_VIEW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ConcordChecklistRow *row;
      gboolean present;

      if (!CONCORD_IS_CHECKLIST_ROW (child))
        continue;
      row = CONCORD_CHECKLIST_ROW (child);
      present = self->memorandum != NULL && concord_standard_section_is_present (row->standard, self->memorandum);
      row_set_present (row, present);
      n += present;
    }

  summary = g_strdup_printf (g_dngettext (NULL, "%u of the %u sections that guidance on memoranda expects is "
                                                "here. Add the others as starting sections to draft from.",
                                          "%u of the %u sections that guidance on memoranda expects are "
                                          "here. Add the others as starting sections to draft from.", n),
                             n, total);
  if (n == total)
    gtk_label_set_text (self->summary, _("Every section that guidance on memoranda expects is here."));
  else
    gtk_label_set_text (self->summary, summary);

  refresh_dates (self);

  if (n != self->n_present)
    {
      self->n_present = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PRESENT]);
    }
}

GtkWidget *
concord_checklist_view_new (void)
{
  return g_object_new (CONCORD_TYPE_CHECKLIST_VIEW, NULL);
}

ConcordMemorandum *
concord_checklist_view_get_memorandum (ConcordChecklistView *self)
{
  g_return_val_if_fail (CONCORD_IS_CHECKLIST_VIEW (self), NULL);

  return self->memorandum;
}

void
concord_checklist_view_set_memorandum (ConcordChecklistView *self,
                                       ConcordMemorandum    *memorandum)
{
  g_return_if_fail (CONCORD_IS_CHECKLIST_VIEW (self));
  g_return_if_fail (memorandum == NULL || CONCORD_IS_MEMORANDUM (memorandum));

  if (!g_set_object (&self->memorandum, memorandum))
    return;
  concord_checklist_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMORANDUM]);
}

guint
concord_checklist_view_get_n_present (ConcordChecklistView *self)
{
  g_return_val_if_fail (CONCORD_IS_CHECKLIST_VIEW (self), 0);

  return self->n_present;
}

/* The row of the standard section @id ("review"), or NULL. */
GtkWidget *
concord_checklist_view_get_row (ConcordChecklistView *self,
                                const char           *id)
{
  g_return_val_if_fail (CONCORD_IS_CHECKLIST_VIEW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CONCORD_IS_CHECKLIST_ROW (child) && g_strcmp0 (CONCORD_CHECKLIST_ROW (child)->standard->id, id) == 0)
      return child;

  return NULL;
}

/* Whether the row of @id is ticked. */
gboolean
concord_checklist_view_is_present (ConcordChecklistView *self,
                                   const char           *id)
{
  GtkWidget *row = concord_checklist_view_get_row (self, id);

  g_return_val_if_fail (row != NULL, FALSE);

  return CONCORD_CHECKLIST_ROW (row)->present;
}

static void
concord_checklist_view_dispose (GObject *object)
{
  ConcordChecklistView *self = CONCORD_CHECKLIST_VIEW (object);

  g_clear_object (&self->memorandum);
  if (self->calendar_dialog != NULL)
    gtk_native_dialog_destroy (self->calendar_dialog);
  g_clear_object (&self->calendar_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_CHECKLIST_VIEW);

  G_OBJECT_CLASS (concord_checklist_view_parent_class)->dispose (object);
}

static void
concord_checklist_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ConcordChecklistView *self = CONCORD_CHECKLIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      g_value_set_object (value, self->memorandum);
      break;
    case PROP_N_PRESENT:
      g_value_set_uint (value, self->n_present);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_checklist_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ConcordChecklistView *self = CONCORD_CHECKLIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      concord_checklist_view_set_memorandum (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_checklist_view_class_init (ConcordChecklistViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_checklist_view_dispose;
  object_class->get_property = concord_checklist_view_get_property;
  object_class->set_property = concord_checklist_view_set_property;

  properties[PROP_MEMORANDUM] =
    g_param_spec_object ("memorandum", NULL, NULL, CONCORD_TYPE_MEMORANDUM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PRESENT] =
    g_param_spec_uint ("n-present", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The Add button of a standard section the memorandum lacks: its id. */
  signals[ADD_SECTION] =
    g_signal_new ("add-section", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A ticked row, activated: the standard section's id. */
  signals[SECTION_ACTIVATED] =
    g_signal_new ("section-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/views/concord-checklist-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordChecklistView, summary);
  gtk_widget_class_bind_template_child (widget_class, ConcordChecklistView, list);
  gtk_widget_class_bind_template_child (widget_class, ConcordChecklistView, dates_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordChecklistView, calendar_button);
  gtk_widget_class_bind_template_callback (widget_class, calendar_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
concord_checklist_view_init (ConcordChecklistView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < concord_standard_sections_get_n (); i++)
    gtk_list_box_append (self->list, GTK_WIDGET (row_new (concord_standard_section_get (i))));
  concord_checklist_view_refresh (self);
}
