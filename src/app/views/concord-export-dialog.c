/* concord-export-dialog.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-app-resources.h"
#include "concord-dialogs.h"
#include "concord-export-dialog.h"
#include "concord-layout-task.h"

/* Export: the format (PDF or the XML save format) and, for PDF, the paper,
 * whether it is the signed copy and whose counterpart it is; then a file
 * chooser. Errors are shown here, and the dialog stays open to try again. */

struct _ConcordExportDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwComboRow       *format_row;
  GtkWidget         *pdf_group;
  AdwComboRow       *paper_row;
  GtkSwitch         *signed_switch;
  GtkSwitch         *comments_switch;
  AdwComboRow       *counterpart_row;

  /* Owned */
  ConcordMemorandum *memorandum;
  GtkStringList     *counterpart_names;
  GPtrArray         *counterpart_ids;
  GCancellable      *cancellable;
};

G_DEFINE_FINAL_TYPE (ConcordExportDialog, concord_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
fill_counterparts (ConcordExportDialog *self)
{
  GListModel *parties = concord_memorandum_get_parties (self->memorandum);

  gtk_string_list_append (self->counterpart_names, _("None"));
  g_ptr_array_add (self->counterpart_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      const char *name = concord_party_get_display_name (party, TRUE);

      if (concord_party_get_kind (party) != CONCORD_PARTY_KIND_SIGNATORY)
        continue;
      gtk_string_list_append (self->counterpart_names, name != NULL ? name : concord_party_get_id (party));
      g_ptr_array_add (self->counterpart_ids, g_strdup (concord_party_get_id (party)));
    }
  adw_combo_row_set_model (self->counterpart_row, G_LIST_MODEL (self->counterpart_names));
}

static void
format_changed_cb (ConcordExportDialog *self)
{
  gtk_widget_set_sensitive (self->pdf_group,
                            concord_export_dialog_get_format (self) == CONCORD_EXPORT_FORMAT_PDF);
}

static char *
suggested_name (ConcordExportDialog *self)
{
  const char *title = concord_memorandum_get_title (self->memorandum);
  static const char *extensions[] = { "pdf", "mou", "docx", "odt" };
  const char *ext = extensions[concord_export_dialog_get_format (self)];
  g_autofree char *base = g_strdup (title != NULL && *title != '\0' ? title : _("Memorandum"));

  /* A title may hold characters a file name cannot. */
  g_strdelimit (base, "/\\:", '-');

  return g_strdup_printf ("%s.%s", base, ext);
}

static void
show_error (ConcordExportDialog *self,
            const GError        *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  ConcordExportDialog *self = CONCORD_EXPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;

  if (concord_export_dialog_export_finish (self, result, &error))
    gtk_window_destroy (GTK_WINDOW (self));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);
}

static void
file_response_cb (GtkNativeDialog     *chooser,
                  int                  response,
                  ConcordExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      concord_export_dialog_export_async (self, file, exported_cb, NULL);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ConcordExportDialog *self = CONCORD_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self);
  g_autoptr(GFile) folder = concord_dialog_start_folder (NULL);

  switch (concord_export_dialog_get_format (self))
    {
    case CONCORD_EXPORT_FORMAT_PDF:
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      break;
    case CONCORD_EXPORT_FORMAT_DOCX:
      gtk_file_filter_set_name (filter, _("Word documents"));
      gtk_file_filter_add_pattern (filter, "*.docx");
      break;
    case CONCORD_EXPORT_FORMAT_ODT:
      gtk_file_filter_set_name (filter, _("OpenDocument texts"));
      gtk_file_filter_add_pattern (filter, "*.odt");
      break;
    case CONCORD_EXPORT_FORMAT_XML:
    default:
      gtk_file_filter_set_name (filter, _("Memoranda"));
      gtk_file_filter_add_pattern (filter, "*.mou");
    }

  chooser = gtk_file_chooser_native_new (_("Export the Memorandum"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* The documents folder, not the working directory. */
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (file_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
concord_export_dialog_dispose (GObject *object)
{
  ConcordExportDialog *self = CONCORD_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->memorandum);
  g_clear_object (&self->counterpart_names);
  g_clear_pointer (&self->counterpart_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (concord_export_dialog_parent_class)->dispose (object);
}

static void
concord_export_dialog_class_init (ConcordExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_export_dialog_dispose;

  /**
   * ConcordExportDialog::exported:
   * @file: where the export was written
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  /* Referencing the resource keeps it linked in (and so registered) when
   * this comes from the static library, as in the UI tests. */
  g_assert (concord_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/views/concord-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordExportDialog, pdf_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordExportDialog, signed_switch);
  gtk_widget_class_bind_template_child (widget_class, ConcordExportDialog, comments_switch);
  gtk_widget_class_bind_template_child (widget_class, ConcordExportDialog, counterpart_row);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
concord_export_dialog_init (ConcordExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->counterpart_names = gtk_string_list_new (NULL);
  self->counterpart_ids = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (format_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

ConcordExportDialog *
concord_export_dialog_new (GtkWindow         *parent,
                           ConcordMemorandum *memorandum)
{
  ConcordExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  self = g_object_new (CONCORD_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->memorandum = g_object_ref (memorandum);
  fill_counterparts (self);

  return self;
}

/**
 * concord_export_dialog_present:
 * @parent: (nullable): the window it belongs to
 *
 * Shows the export dialog for @memorandum. Connect to
 * ConcordExportDialog::exported to hear where it was written.
 *
 * Returns: (transfer none): the dialog, which destroys itself when done
 */
ConcordExportDialog *
concord_export_dialog_present (GtkWindow         *parent,
                               ConcordMemorandum *memorandum)
{
  ConcordExportDialog *self = concord_export_dialog_new (parent, memorandum);

  gtk_window_present (GTK_WINDOW (self));

  return self;
}

ConcordExportFormat
concord_export_dialog_get_format (ConcordExportDialog *self)
{
  g_return_val_if_fail (CONCORD_IS_EXPORT_DIALOG (self), CONCORD_EXPORT_FORMAT_PDF);

  /* The rows are in the enumeration's order. */
  return MIN (adw_combo_row_get_selected (self->format_row), CONCORD_EXPORT_FORMAT_ODT);
}

void
concord_export_dialog_set_format (ConcordExportDialog *self,
                                  ConcordExportFormat  format)
{
  g_return_if_fail (CONCORD_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->format_row, format);
}

/* The options chosen; the counterpart is borrowed from the dialog. */
void
concord_export_dialog_get_options (ConcordExportDialog  *self,
                                   ConcordRenderOptions *options)
{
  guint counterpart;

  g_return_if_fail (CONCORD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  counterpart = adw_combo_row_get_selected (self->counterpart_row);
  options->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? CONCORD_PAPER_LETTER : CONCORD_PAPER_A4;
  options->signed_copy = gtk_switch_get_active (self->signed_switch);
  options->with_comments = !options->signed_copy && gtk_switch_get_active (self->comments_switch);
  options->counterpart = counterpart < self->counterpart_ids->len
    ? g_ptr_array_index (self->counterpart_ids, counterpart) : NULL;
}

/* Writes the export to @file, atomically, as the dialog is set. */
gboolean
concord_export_dialog_export_to (ConcordExportDialog  *self,
                                 GFile                *file,
                                 GError              **error)
{
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (CONCORD_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Concord can only export to a local file"));
      return FALSE;
    }

  if (concord_export_dialog_get_format (self) == CONCORD_EXPORT_FORMAT_XML)
    ok = concord_memorandum_save (self->memorandum, path, error);
  else if (concord_export_dialog_get_format (self) == CONCORD_EXPORT_FORMAT_DOCX)
    ok = concord_export_office (self->memorandum, CONCORD_OFFICE_DOCX, path, error);
  else if (concord_export_dialog_get_format (self) == CONCORD_EXPORT_FORMAT_ODT)
    ok = concord_export_office (self->memorandum, CONCORD_OFFICE_ODT, path, error);
  else
    {
      ConcordRenderOptions options;

      concord_export_dialog_get_options (self, &options);
      concord_render_lock ();
      ok = concord_export_pdf (self->memorandum, &options, path, error);
      concord_render_unlock ();
    }

  if (ok)
    g_signal_emit (self, signals[EXPORTED], 0, file);

  return ok;
}

/* A PDF export lays the memorandum out, which takes seconds for a long
 * one: through the shared layout call, from a copy on a worker thread,
 * where the PDF is written too. */
typedef struct
{
  char  *path;
  GFile *file;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->file);
  g_free (job->path);
  g_free (job);
}

static gboolean
write_pdf_cb (ConcordDocumentLayout  *layout,
              guint                   index,
              gpointer                data,
              GCancellable           *cancellable,
              GError                **error)
{
  ExportJob *job = data;

  return concord_document_layout_export_pdf (layout, job->path, error);
}

static void
laid_out_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(GPtrArray) layouts = NULL;
  GError *error = NULL;

  layouts = concord_layout_finish (result, &error);
  if (layouts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * concord_export_dialog_export_async:
 *
 * Writes the export to @file as the dialog is set: XML at once, PDF on a
 * worker thread from a copy of the memorandum. The dialog is insensitive
 * meanwhile.
 */
void
concord_export_dialog_export_async (ConcordExportDialog *self,
                                    GFile               *file,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  ConcordRenderOptions options;
  ExportJob *job;
  GError *error = NULL;

  g_return_if_fail (CONCORD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, concord_export_dialog_export_async);
  path = g_file_get_path (file);

  if (concord_export_dialog_get_format (self) != CONCORD_EXPORT_FORMAT_PDF || path == NULL)
    {
      /* Saving and writing a word processor's file are quick (no layout);
       * the error for a non-local file is made there. */
      if (concord_export_dialog_export_to (self, file, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  concord_export_dialog_get_options (self, &options);
  if (!concord_render_check_options (self->memorandum, &options, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->path = g_steal_pointer (&path);
  job->file = g_object_ref (file);
  g_task_set_task_data (task, job, export_job_free);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  concord_layout_async (self->memorandum, &options, 1, NULL, write_pdf_cb, job, FALSE, self->cancellable,
                        laid_out_cb, g_object_ref (task));
}

gboolean
concord_export_dialog_export_finish (ConcordExportDialog  *self,
                                     GAsyncResult         *result,
                                     GError              **error)
{
  ExportJob *job;
  GError *local_error = NULL;

  g_return_val_if_fail (CONCORD_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), &local_error))
    {
      /* Cancelled: the dialog is gone. */
      if (job != NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* An XML export has said so already. */
  if (job != NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
      g_signal_emit (self, signals[EXPORTED], 0, job->file);
    }

  return TRUE;
}
