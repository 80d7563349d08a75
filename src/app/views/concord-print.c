/* concord-print.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "concord-layout-task.h"
#include "concord-print.h"

/* Printing through GtkPrintOperation, every page drawn by the one
 * renderer. One job may hold several copies of the memorandum (the
 * counterparts, one per signatory), each laid out with its own options;
 * the job's pages run through the copies in turn. The print settings and
 * page set-up chosen last are kept for the rest of the session. */

static GtkPrintSettings *last_settings;
static GtkPageSetup *last_page_setup;

typedef struct
{
  GPtrArray *layouts;
} PrintJob;

static void
print_job_clear (PrintJob *job)
{
  g_clear_pointer (&job->layouts, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrintJob, print_job_clear)

static guint
count_pages (PrintJob *job)
{
  guint n = 0;

  for (guint i = 0; i < job->layouts->len; i++)
    n += concord_document_layout_get_n_pages (g_ptr_array_index (job->layouts, i));

  return n;
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  guint page = page_nr;

  for (guint i = 0; i < job->layouts->len; i++)
    {
      ConcordDocumentLayout *layout = g_ptr_array_index (job->layouts, i);
      guint n = concord_document_layout_get_n_pages (layout);
      double page_width, page_height, scale;

      if (page >= n)
        {
          page -= n;
          continue;
        }

      /* The layout is in points; the context is in points too, but the
       * paper may differ (a Letter printer given an A4 memorandum), so the
       * page is scaled to fit and centred. */
      concord_document_layout_get_page_size (layout, &page_width, &page_height);
      scale = MIN (width / page_width, height / page_height);
      cairo_save (cr);
      cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
      cairo_scale (cr, scale, scale);
      concord_render_lock ();
      concord_document_layout_draw_page (layout, cr, page);
      concord_render_unlock ();
      cairo_restore (cr);
      return;
    }
}

static GtkPageSetup *
page_setup_for (ConcordPaper paper)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size =
    gtk_paper_size_new (paper == CONCORD_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  return setup;
}

/* The settings of a job that went through are kept for the next one. */
static void
remember_settings (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPaperSize *size;

  if (settings == NULL)
    return;

  g_set_object (&last_settings, settings);
  size = gtk_print_settings_get_paper_size (settings);
  if (size != NULL)
    {
      GtkPageSetup *setup = gtk_page_setup_new ();

      gtk_page_setup_set_paper_size (setup, size);
      gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (settings));
      g_clear_object (&last_page_setup);
      last_page_setup = setup;
      gtk_paper_size_free (size);
    }
}

static GtkPrintOperationResult
run_job (GtkWindow               *parent,
         PrintJob                *job,
         ConcordPaper             paper,
         const char              *job_name,
         GtkPrintOperationAction  action,
         const char              *export_filename,
         GError                 **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPrintOperationResult result;

  /* The memorandum's own paper unless the user chose another before. */
  setup = last_page_setup != NULL ? g_object_ref (last_page_setup) : page_setup_for (paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_n_pages (operation, count_pages (job));
  /* The renderer draws its own margins, running heads and feet. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, FALSE);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_settings (operation);

  return result;
}

static char *
job_name_for (ConcordMemorandum *memorandum)
{
  const char *title = concord_memorandum_get_title (memorandum);
  const char *reference = concord_memorandum_get_reference (memorandum);

  if (reference != NULL && title != NULL)
    return g_strdup_printf ("%s (%s)", title, reference);

  return g_strdup (title != NULL ? title : reference != NULL ? reference : _("Memorandum of understanding"));
}

static gboolean
add_layout (PrintJob                   *job,
            ConcordMemorandum          *memorandum,
            const ConcordRenderOptions *options,
            GError                    **error)
{
  ConcordDocumentLayout *layout;

  concord_render_lock ();
  layout = concord_document_layout_new (memorandum, options, error);
  concord_render_unlock ();
  if (layout == NULL)
    return FALSE;

  g_ptr_array_add (job->layouts, layout);

  return TRUE;
}

/* The options of each signatory's counterpart, or the one copy asked for. */
static gboolean
collect_options (ConcordMemorandum          *memorandum,
                 const ConcordRenderOptions *options,
                 gboolean                    counterparts,
                 GArray                     *all,
                 GError                    **error)
{
  GListModel *parties;

  if (!counterparts)
    {
      g_array_append_val (all, *options);
      return TRUE;
    }

  parties = concord_memorandum_get_parties (memorandum);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      ConcordRenderOptions copy = { options->paper, TRUE, concord_party_get_id (party) };

      if (concord_party_get_kind (party) == CONCORD_PARTY_KIND_SIGNATORY)
        g_array_append_val (all, copy);
    }

  if (all->len == 0)
    {
      g_set_error_literal (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                           _("This memorandum has no signatories, so it has no counterparts to print"));
      return FALSE;
    }

  return TRUE;
}

/* Each signatory's counterpart, or the one copy asked for. */
static gboolean
collect_layouts (PrintJob                   *job,
                 ConcordMemorandum          *memorandum,
                 const ConcordRenderOptions *options,
                 gboolean                    counterparts,
                 GError                    **error)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (ConcordRenderOptions));

  if (!collect_options (memorandum, options, counterparts, all, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    if (!add_layout (job, memorandum, &g_array_index (all, ConcordRenderOptions, i), error))
      return FALSE;

  return TRUE;
}

/**
 * concord_print_run:
 * @parent: (nullable): the window the print dialog belongs to
 * @options: (nullable): paper, signed copy and counterpart
 * @action: GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG to ask (with preview),
 *   _PREVIEW to preview, _EXPORT to write @export_filename as PDF
 * @export_filename: (nullable): where _EXPORT writes
 *
 * Prints the memorandum. The layout is made on the calling thread before
 * the dialog opens.
 *
 * Returns: APPLY when printed, CANCEL, or ERROR with @error set
 */
GtkPrintOperationResult
concord_print_run (GtkWindow                  *parent,
                   ConcordMemorandum          *memorandum,
                   const ConcordRenderOptions *options,
                   GtkPrintOperationAction     action,
                   const char                 *export_filename,
                   GError                    **error)
{
  static const ConcordRenderOptions defaults = { CONCORD_PAPER_A4, FALSE, NULL };
  g_auto(PrintJob) job = { g_ptr_array_new_with_free_func ((GDestroyNotify) concord_document_layout_free) };
  g_autofree char *name = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), GTK_PRINT_OPERATION_RESULT_ERROR);

  if (options == NULL)
    options = &defaults;
  if (!collect_layouts (&job, memorandum, options, FALSE, error))
    return GTK_PRINT_OPERATION_RESULT_ERROR;

  name = job_name_for (memorandum);

  return run_job (parent, &job, options->paper, name, action, export_filename, error);
}

/**
 * concord_print_counterparts:
 *
 * Prints one counterpart per signatory in one job: each copy is a copy
 * for execution (no DRAFT mark), marked on every page with the signatory
 * who holds it; a signature already recorded is shown, the others keep
 * their lines to sign on.
 *
 * Returns: as concord_print_run()
 */
GtkPrintOperationResult
concord_print_counterparts (GtkWindow               *parent,
                            ConcordMemorandum       *memorandum,
                            ConcordPaper             paper,
                            GtkPrintOperationAction  action,
                            const char              *export_filename,
                            GError                 **error)
{
  g_auto(PrintJob) job = { g_ptr_array_new_with_free_func ((GDestroyNotify) concord_document_layout_free) };
  ConcordRenderOptions options = { paper, TRUE, NULL };
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), GTK_PRINT_OPERATION_RESULT_ERROR);

  if (!collect_layouts (&job, memorandum, &options, TRUE, error))
    return GTK_PRINT_OPERATION_RESULT_ERROR;

  title = job_name_for (memorandum);
  /* Translators: a print job's name; %s is the memorandum's title. */
  name = g_strdup_printf (_("%s — counterparts"), title);

  return run_job (parent, &job, paper, name, action, export_filename, error);
}

/* The print settings kept since the last job, or NULL. */
GtkPrintSettings *
concord_print_get_settings (void)
{
  return last_settings;
}

GtkPageSetup *
concord_print_get_page_setup (void)
{
  return last_page_setup;
}

void
concord_print_forget_settings (void)
{
  g_clear_object (&last_settings);
  g_clear_object (&last_page_setup);
}

/* Asynchronous printing: the layouts (seconds for a long memorandum) are
 * made through the shared layout call, from a copy on a worker thread,
 * then the print operation runs on the main thread as above. */
typedef struct
{
  GtkWindow               *parent;
  ConcordPaper             paper;
  GtkPrintOperationAction  action;
  char                    *export_filename;
  char                    *job_name;
  PrintJob                 job;
} AsyncPrint;

static void
async_print_free (gpointer data)
{
  AsyncPrint *print = data;

  g_clear_object (&print->parent);
  g_free (print->export_filename);
  g_free (print->job_name);
  print_job_clear (&print->job);
  g_free (print);
}

static void
laid_out_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GTask) outer = data;
  AsyncPrint *print = g_task_get_task_data (outer);
  GError *error = NULL;
  GtkPrintOperationResult status;

  print->job.layouts = concord_layout_finish (result, &error);
  if (print->job.layouts == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }

  status = run_job (print->parent, &print->job, print->paper, print->job_name, print->action,
                    print->export_filename, &error);
  if (status == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_task_return_error (outer, error);
  else
    g_task_return_int (outer, status);
}

/**
 * concord_print_run_async:
 * @counterparts: print one counterpart per signatory (@options gives only
 *   the paper then)
 *
 * As concord_print_run() or concord_print_counterparts(), but the pages
 * are laid out on a worker thread, from a copy taken now, so the window
 * stays responsive; then the print dialog (if @action asks for one) runs.
 */
void
concord_print_run_async (GtkWindow                  *parent,
                         ConcordMemorandum          *memorandum,
                         const ConcordRenderOptions *options,
                         gboolean                    counterparts,
                         GtkPrintOperationAction     action,
                         const char                 *export_filename,
                         GCancellable               *cancellable,
                         GAsyncReadyCallback         callback,
                         gpointer                    user_data)
{
  static const ConcordRenderOptions defaults = { CONCORD_PAPER_A4, FALSE, NULL };
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (ConcordRenderOptions));
  g_autoptr(GTask) outer = NULL;
  g_autofree char *title = NULL;
  AsyncPrint *print;
  GError *error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (CONCORD_IS_MEMORANDUM (memorandum));

  if (options == NULL)
    options = &defaults;

  print = g_new0 (AsyncPrint, 1);
  print->parent = parent != NULL ? g_object_ref (parent) : NULL;
  print->paper = options->paper;
  print->action = action;
  print->export_filename = g_strdup (export_filename);
  title = job_name_for (memorandum);
  print->job_name = counterparts ? g_strdup_printf (_("%s — counterparts"), title) : g_steal_pointer (&title);

  outer = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (outer, concord_print_run_async);
  g_task_set_task_data (outer, print, async_print_free);

  if (!collect_options (memorandum, options, counterparts, all, &error))
    {
      g_task_return_error (outer, error);
      return;
    }
  concord_layout_async (memorandum, (const ConcordRenderOptions *) (gpointer) all->data, all->len, NULL, NULL, NULL,
                        TRUE, cancellable, laid_out_cb, g_object_ref (outer));
}

/* Returns: APPLY, CANCEL, or ERROR with @error set */
GtkPrintOperationResult
concord_print_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  GError *local_error = NULL;
  gssize status;

  g_return_val_if_fail (G_IS_TASK (result), GTK_PRINT_OPERATION_RESULT_ERROR);

  status = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }

  return (GtkPrintOperationResult) status;
}

static void
presented_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GtkWindow) parent = data;
  g_autoptr(GError) error = NULL;

  if (concord_print_run_finish (result, &error) == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/**
 * concord_print_present:
 * @counterparts: one counterpart per signatory
 * @with_comments: with the comments appendix (never on counterparts,
 *   which are copies to sign)
 *
 * Prints on A4 through the print dialog, telling the user if it fails.
 */
void
concord_print_present (GtkWindow         *parent,
                       ConcordMemorandum *memorandum,
                       gboolean           counterparts,
                       gboolean           with_comments)
{
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL, with_comments && !counterparts };

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CONCORD_IS_MEMORANDUM (memorandum));

  concord_print_run_async (parent, memorandum, &options, counterparts, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           NULL, NULL, presented_cb, g_object_ref (parent));
}
