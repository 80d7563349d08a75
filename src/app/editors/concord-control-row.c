/* concord-control-row.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-control-row"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-control-row.h"
#include "concord-date-row.h"
#include "concord-structure-annex.h"

/* One row of the document control: its version and date as the title and
 * subtitle, and, expanded, each of its fields. A version or date that the
 * file could not hold is refused, with a message saying why, and reaches
 * the model only once it is right. */

struct _ConcordControlRow
{
  AdwExpanderRow       parent_instance;

  /* Template widgets */
  AdwEntryRow         *version_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *author_row;
  AdwEntryRow         *summary_row;
  GtkLabel            *error_label;

  /* Owned references */
  ConcordDocument     *document;
  ConcordControlEntry *entry;

  /* State */
  gboolean             loading;
  guint                clear_idle_id;
};

G_DEFINE_FINAL_TYPE (ConcordControlRow, concord_control_row, ADW_TYPE_EXPANDER_ROW)

static const char * const field_names[] = { "version", "date", "author", "summary" };

static AdwEntryRow *
field_row (ConcordControlRow *self,
           guint              field)
{
  AdwEntryRow *rows[] = { self->version_row, self->date_row, self->author_row, self->summary_row };

  return rows[field];
}

static void
update_title (ConcordControlRow *self)
{
  const char *version = concord_control_entry_get_version (self->entry);
  const char *date = concord_control_entry_get_date (self->entry);
  const char *author = concord_control_entry_get_author (self->entry);
  const char *summary = concord_control_entry_get_summary (self->entry);
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);

  /* TRANSLATORS: a document-control row's title; %s is its version, "2.1" */
  title = g_strdup_printf (_("Version %s"), version != NULL ? version : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  for (guint i = 0; i < 3; i++)
    {
      const char *part = i == 0 ? date : i == 1 ? author : summary;

      if (part == NULL || *part == '\0')
        continue;
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, part);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
}

static void
show_error (ConcordControlRow *self,
            AdwEntryRow       *row,
            const char        *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  GtkWidget *holder = gtk_widget_get_parent (GTK_WIDGET (self->error_label));

  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  /* The expander holds the label in a list row of its own, which would
   * show as a gap when empty. */
  if (GTK_IS_LIST_BOX_ROW (holder))
    gtk_widget_set_visible (holder, message != NULL);
}

static void
load_field (ConcordControlRow *self,
            guint              field)
{
  g_autofree char *value = NULL;
  AdwEntryRow *row = field_row (self, field);

  g_object_get (self->entry, field_names[field], &value, NULL);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value != NULL ? value : "") != 0)
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
      self->loading = FALSE;
    }
  /* What the model holds is right, whatever was typed before. */
  if (gtk_widget_has_css_class (GTK_WIDGET (row), "error"))
    show_error (self, row, NULL);
}

/* Undo, or another window, changed the row. */
static void
entry_notify_cb (ConcordControlRow *self,
                 GParamSpec        *pspec,
                 GObject           *entry)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (g_str_equal (pspec->name, field_names[i]))
      load_field (self, i);
  update_title (self);
}

static gboolean
check (ConcordControlRow  *self,
       guint               field,
       const char         *text,
       GError            **error)
{
  if (field == 0)
    return concord_structure_check_version (self->document, self->entry, text, error);
  if (field == 1)
    return concord_structure_check_month_or_date (text, error);

  return TRUE;
}

static void
apply_field (ConcordControlRow *self,
             guint              field)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field_row (self, field)));
  g_autofree char *current = NULL;

  /* An empty field is one the file leaves out. */
  g_object_get (self->entry, field_names[field], &current, NULL);
  if (g_strcmp0 (current, *text != '\0' ? text : NULL) != 0)
    g_object_set (self->entry, field_names[field], *text != '\0' ? text : NULL, NULL);
}

/* Typing over a field's text empties it for a moment: only a field still
 * empty once the typing is done is one the user cleared. */
static gboolean
apply_clears_cb (gpointer data)
{
  ConcordControlRow *self = data;

  self->clear_idle_id = 0;
  for (guint i = 1; i < G_N_ELEMENTS (field_names); i++)
    if (*gtk_editable_get_text (GTK_EDITABLE (field_row (self, i))) == '\0')
      apply_field (self, i);

  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (ConcordControlRow *self,
                  AdwEntryRow       *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  guint field = 0;

  if (self->loading)
    return;

  while (field_row (self, field) != row)
    field++;
  if (!check (self, field, text, &error))
    {
      show_error (self, row, error->message);
      return;
    }
  show_error (self, row, NULL);

  if (*text == '\0')
    {
      if (self->clear_idle_id == 0)
        self->clear_idle_id = g_idle_add (apply_clears_cb, self);
      return;
    }
  apply_field (self, field);
}

/* Moving and removing: the list shows the change by making rows again. */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordControlRow *self = CONCORD_CONTROL_ROW (widget);
  g_autoptr(ConcordControlRow) keep = g_object_ref (self);

  concord_structure_move_control_entry (self->document, self->entry,
                                        g_str_equal (action_name, "control-row.move-up") ? -1 : 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordControlRow *self = CONCORD_CONTROL_ROW (widget);
  g_autoptr(ConcordControlRow) keep = g_object_ref (self);

  concord_structure_remove_control_entry (self->document, self->entry);
}

/* Whether the row can go up or down, from where it is in the list. */
void
concord_control_row_update_moves (ConcordControlRow *self,
                                  guint              position,
                                  guint              n_rows)
{
  g_return_if_fail (CONCORD_IS_CONTROL_ROW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "control-row.move-up", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "control-row.move-down", position + 1 < n_rows);
}

ConcordControlEntry *
concord_control_row_get_entry (ConcordControlRow *self)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_ROW (self), NULL);

  return self->entry;
}

/**
 * concord_control_row_get_field:
 * @property: "version", "date", "author" or "summary"
 *
 * Returns: (transfer none) (nullable): the row that edits the field
 */
AdwEntryRow *
concord_control_row_get_field (ConcordControlRow *self,
                               const char        *property)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_ROW (self), NULL);

  for (guint i = 0; property != NULL && i < G_N_ELEMENTS (field_names); i++)
    if (g_str_equal (property, field_names[i]))
      return field_row (self, i);

  return NULL;
}

/* The message shown for a refused version or date, or NULL. */
const char *
concord_control_row_get_error (ConcordControlRow *self)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_ROW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

static void
concord_control_row_dispose (GObject *object)
{
  ConcordControlRow *self = CONCORD_CONTROL_ROW (object);

  g_clear_handle_id (&self->clear_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_CONTROL_ROW);
  g_clear_object (&self->entry);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (concord_control_row_parent_class)->dispose (object);
}

static void
concord_control_row_class_init (ConcordControlRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CONCORD_TYPE_DATE_ROW);
  object_class->dispose = concord_control_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-control-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordControlRow, version_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordControlRow, date_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordControlRow, author_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordControlRow, summary_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordControlRow, error_label);

  gtk_widget_class_install_action (widget_class, "control-row.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "control-row.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "control-row.remove", NULL, remove_action);
}

static void
concord_control_row_init (ConcordControlRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_error (self, self->date_row, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    {
      AdwEntryRow *row = field_row (self, i);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), concord_field_label (field_names[i]));
      g_signal_connect_object (row, "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
    }
}

GtkWidget *
concord_control_row_new (ConcordDocument     *document,
                         ConcordControlEntry *entry)
{
  ConcordControlRow *self;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_CONTROL_ENTRY (entry), NULL);

  self = g_object_new (CONCORD_TYPE_CONTROL_ROW, NULL);
  self->document = g_object_ref (document);
  self->entry = g_object_ref (entry);
  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    load_field (self, i);
  update_title (self);
  g_signal_connect_object (entry, "notify", G_CALLBACK (entry_notify_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
