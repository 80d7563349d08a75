/* concord-revision-dialog.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-git.h"
#include "concord-revision-dialog.h"

/* The commits that changed the open file, newest first; choosing one
 * opens the compare view on the file as that commit left it. */
struct _ConcordRevisionDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkStack        *stack;
  GtkLabel        *intro_label;
  GtkListBox      *list;
  GtkButton       *compare_button;
  AdwStatusPage   *error_page;

  /* Owned */
  ConcordDocument *document;
  GPtrArray       *revisions;
  char            *error;
};

G_DEFINE_FINAL_TYPE (ConcordRevisionDialog, concord_revision_dialog, ADW_TYPE_WINDOW)

static void
show_error (ConcordRevisionDialog *self,
            const char            *message)
{
  /* A status page's description is always markup, and a message holds
   * file names and the file's own text. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  g_free (self->error);
  self->error = g_strdup (message);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/**
 * concord_revision_dialog_compare:
 * @self: the dialog
 * @index: which revision, 0 the newest
 * @error: why it could not be compared
 *
 * Opens the compare view on the revision and closes the dialog.
 */
ConcordCompareWindow *
concord_revision_dialog_compare (ConcordRevisionDialog  *self,
                                 guint                   index,
                                 GError                **error)
{
  ConcordRevision *revision;
  GFile *file;
  GtkWindow *parent;
  g_autoptr(ConcordMemorandum) other = NULL;
  g_autofree char *name = NULL;
  g_autofree char *basename = NULL;
  ConcordCompareWindow *compare;

  g_return_val_if_fail (CONCORD_IS_REVISION_DIALOG (self), NULL);
  g_return_val_if_fail (self->revisions != NULL && index < self->revisions->len, NULL);

  revision = g_ptr_array_index (self->revisions, index);
  file = concord_document_get_file (self->document);
  other = concord_git_load_revision (file, revision->id, error);
  if (other == NULL)
    return NULL;

  basename = g_file_get_basename (file);
  /* TRANSLATORS: a file name and a commit's short id */
  name = g_strdup_printf (_("%s at %s"), basename, revision->short_id);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  compare = concord_compare_window_new (parent, self->document, other, name, error);
  if (compare == NULL)
    return NULL;

  gtk_window_present (GTK_WINDOW (compare));
  gtk_window_close (GTK_WINDOW (self));

  return compare;
}

static void
compare_row (ConcordRevisionDialog *self,
             GtkListBoxRow         *row)
{
  g_autoptr(GError) error = NULL;

  if (row == NULL)
    return;
  if (concord_revision_dialog_compare (self, gtk_list_box_row_get_index (row), &error) == NULL)
    show_error (self, error->message);
}

static void
compare_clicked_cb (ConcordRevisionDialog *self,
                    GtkButton             *button)
{
  compare_row (self, gtk_list_box_get_selected_row (self->list));
}

static void
row_activated_cb (ConcordRevisionDialog *self,
                  GtkListBoxRow         *row,
                  GtkListBox            *list)
{
  compare_row (self, row);
}

static void
row_selected_cb (ConcordRevisionDialog *self,
                 GtkListBoxRow         *row,
                 GtkListBox            *list)
{
  /* The list says its selection went when the dialog is taken down. */
  if (self->compare_button != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (self->compare_button), row != NULL);
}

static GtkWidget *
revision_row (ConcordRevision *revision)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = g_date_time_format (revision->time, "%-d %b %Y, %H:%M");
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: short commit id · date · author */
  subtitle = g_strdup_printf (_("%s · %s · %s"), revision->short_id, date, revision->author);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *revision->summary != '\0' ? revision->summary : _("No description"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
fill (ConcordRevisionDialog *self)
{
  GFile *file = concord_document_get_file (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *intro = NULL;

  if (file == NULL)
    {
      show_error (self, _("This memorandum has not been saved yet, so it has no history."));
      return;
    }

  self->revisions = concord_git_list_revisions (file, &error);
  if (self->revisions == NULL)
    {
      show_error (self, error->message);
      return;
    }

  name = g_file_get_basename (file);
  intro = g_strdup_printf (ngettext ("%u commit changed “%s”. Choose one to compare the "
                                     "open document with.",
                                     "%u commits changed “%s”. Choose one to compare the "
                                     "open document with.",
                                     self->revisions->len),
                           self->revisions->len, name);
  gtk_label_set_text (self->intro_label, intro);
  for (guint i = 0; i < self->revisions->len; i++)
    gtk_list_box_append (self->list, revision_row (g_ptr_array_index (self->revisions, i)));
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
concord_revision_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_REVISION_DIALOG);

  G_OBJECT_CLASS (concord_revision_dialog_parent_class)->dispose (object);
}

static void
concord_revision_dialog_finalize (GObject *object)
{
  ConcordRevisionDialog *self = CONCORD_REVISION_DIALOG (object);

  g_clear_pointer (&self->revisions, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_free (self->error);

  G_OBJECT_CLASS (concord_revision_dialog_parent_class)->finalize (object);
}

static void
concord_revision_dialog_class_init (ConcordRevisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_revision_dialog_dispose;
  object_class->finalize = concord_revision_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/compare/concord-revision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordRevisionDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordRevisionDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordRevisionDialog, list);
  gtk_widget_class_bind_template_child (widget_class, ConcordRevisionDialog, compare_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordRevisionDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, compare_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
concord_revision_dialog_init (ConcordRevisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ConcordRevisionDialog *
concord_revision_dialog_new (GtkWindow       *parent,
                             ConcordDocument *document)
{
  ConcordRevisionDialog *self;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  self = g_object_new (CONCORD_TYPE_REVISION_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  fill (self);

  return self;
}

GtkListBox *
concord_revision_dialog_get_list (ConcordRevisionDialog *self)
{
  g_return_val_if_fail (CONCORD_IS_REVISION_DIALOG (self), NULL);

  return self->list;
}

/* What the dialog says instead of a list, or NULL. */
const char *
concord_revision_dialog_get_error (ConcordRevisionDialog *self)
{
  g_return_val_if_fail (CONCORD_IS_REVISION_DIALOG (self), NULL);

  return self->error;
}
