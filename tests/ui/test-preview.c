/* test-preview.c: the live preview, printing and export, under Xvfb.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-export-dialog.h"
#include "concord-preview.h"
#include "concord-print.h"
#include "ui-test-util.h"

#define TIMEOUT_US (60 * G_USEC_PER_SEC)

static char *scratch;

/* Layouts of long documents take a while: a longer timeout than the
 * other UI tests'. */
static void
wait_for (Predicate predicate,
          gpointer  data)
{
  ui_wait_for_within (predicate, data, TIMEOUT_US);
}

/* Runs whatever is ready to run (idle handlers), without waiting. */
static void
flush_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

static void
set_flag_once (gpointer data)
{
  *(gboolean *) data = TRUE;
}

static gint64 poll_time;

/* Waiting in poll() is not work: it is taken out of an iteration's time. */
static int
timed_poll (GPollFD *fds,
            guint    nfds,
            int      timeout)
{
  gint64 t0 = g_get_monotonic_time ();
  int result = g_poll (fds, nfds, timeout);

  poll_time += g_get_monotonic_time () - t0;

  return result;
}

/* Lets the main loop run for a while (timers due in that time fire). */
static void
run_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  wait_for (time_passed, &until);
}

static gboolean
preview_idle (gpointer data)
{
  return !concord_preview_get_busy (data);
}

/* Lets a few frames be drawn, so that what was queued is allocated. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  ui_wait_frames (widget, n);
  flush_main_loop ();
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  wait_frames (widget, 3);
  ui_save_screenshot (widget, name, 1);
}

/* Text extraction */

static char *
run_pdftotext (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* Whitespace runs become one space: what differs between two PDFs of the
 * same text is where pdftotext puts line and page breaks. */
static char *
normalise (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append_c (out, *p);
          space = FALSE;
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The text of some pages of a layout: drawn into a PDF, as the preview
 * draws them on screen, and read back. */
static char *
layout_text (ConcordDocumentLayout *layout,
             guint                  first,
             guint                  end)
{
  g_autofree char *path = g_build_filename (scratch, "pages.pdf", NULL);
  g_autofree char *raw = NULL;
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* A finished preview may still be freeing its old layout on a worker. */
  concord_render_lock ();
  concord_document_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  for (guint page = first; page < end; page++)
    {
      concord_document_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  concord_render_unlock ();

  raw = run_pdftotext (path);

  return normalise (raw);
}

static char *
preview_text (ConcordPreview *preview)
{
  ConcordDocumentLayout *layout = concord_preview_get_layout (preview);

  g_assert_nonnull (layout);

  return layout_text (layout, 0, concord_document_layout_get_n_pages (layout));
}

static guint
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *line;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "\nPages:");
  g_assert_nonnull (line);

  return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
}

/* Fixtures */

static ConcordMemorandum *
sample (void)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_template_instantiate ("sector-led-improvement", &error);

  g_assert_no_error (error);

  return m;
}

static GtkWindow *
preview_window (ConcordPreview **preview)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  *preview = CONCORD_PREVIEW (concord_preview_new ());
  gtk_window_set_child (window, GTK_WIDGET (*preview));
  gtk_window_set_default_size (window, 700, 860);
  gtk_window_present (window);
  wait_for (ui_is_ready, *preview);

  return window;
}

static ConcordClause *
nth_clause (ConcordMemorandum *m,
            guint              n)
{
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (m);

  g_assert_cmpuint (clauses->len, >, n);

  return g_ptr_array_index (clauses, n);
}

/* Tests */

static void
test_update_follows_edits (void)
{
  g_autoptr(ConcordMemorandum) m = sample ();
  ConcordPreview *preview;
  GtkWindow *window = preview_window (&preview);
  ConcordClause *clause = nth_clause (m, 2);
  g_autofree char *old_heading = g_strdup (concord_clause_get_heading (clause));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *new_heading = "Escalation to the Secretary of State";
  guint generation;

  g_assert_nonnull (old_heading);
  g_assert_false (concord_preview_get_busy (preview));
  concord_preview_set_memorandum (preview, m);
  g_assert_true (concord_preview_get_busy (preview));
  wait_for (preview_idle, preview);
  g_assert_cmpuint (concord_preview_get_generation (preview), ==, 1);
  g_assert_cmpuint (concord_preview_get_n_pages (preview), >, 1);

  before = preview_text (preview);
  {
    /* The pages preview_text drew. */
    g_autofree char *pages = g_build_filename (scratch, "pages.pdf", NULL);

    ui_assert_clause_numbers (m, pages);
  }
  g_assert_nonnull (strstr (before, old_heading));
  g_assert_null (strstr (before, new_heading));
  save_screenshot (GTK_WIDGET (window), "preview-sample");

  /* A burst of edits is laid out once, after the burst. */
  generation = concord_preview_get_generation (preview);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Draft heading %u", i);

      concord_clause_set_heading (clause, heading);
      concord_preview_queue_update (preview);
      g_assert_true (concord_preview_get_busy (preview));
      run_for (CONCORD_PREVIEW_DELAY_MS / 3);
      g_assert_cmpuint (concord_preview_get_generation (preview), ==, generation);
    }
  concord_clause_set_heading (clause, new_heading);
  concord_preview_queue_update (preview);
  wait_for (preview_idle, preview);
  g_assert_cmpuint (concord_preview_get_generation (preview), ==, generation + 1);

  after = preview_text (preview);
  g_assert_nonnull (strstr (after, new_heading));
  g_assert_null (strstr (after, old_heading));
  g_assert_null (strstr (after, "Draft heading"));

  gtk_window_destroy (window);
}

static GtkLabel *
find_label_with_prefix (GtkWidget  *root,
                        const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix))
        return GTK_LABEL (child);
      found = find_label_with_prefix (child, prefix);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The memorandum the preview lays out is a copy: edits made while it is
 * laid out do not reach that layout, and are laid out after it. */
static void
test_edit_during_layout (void)
{
  g_autofree char *path = g_build_filename (scratch, "medium.mou", NULL);
  g_autofree char *script = g_build_filename (SOURCE_ROOT, "tests", "bench", "generate.py", NULL);
  const char *argv[] = { "python3", script, "--seed", "3", "--clauses", "400", "--words", "60:150",
                         "--parties", "4", "-o", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autofree char *text = NULL;
  ConcordPreview *preview;
  GtkWindow *window;
  ConcordClause *clause;
  gint64 start, longest;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  m = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);

  window = preview_window (&preview);
  start = g_get_monotonic_time ();
  concord_preview_set_memorandum (preview, m);
  /* The layout runs on a worker: the main loop is free to run an idle
   * callback while it is still busy. */
  {
    gboolean idle_ran = FALSE;

    g_idle_add_once (set_flag_once, &idle_ran);
    while (!idle_ran)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (concord_preview_get_busy (preview));
  }
  /* The first layout is under way; edit and ask again at once. */
  clause = nth_clause (m, 399);
  concord_clause_set_heading (clause, "Heading changed during layout");
  concord_preview_queue_update (preview);
  longest = g_get_monotonic_time () - start;
  g_main_context_set_poll_func (NULL, timed_poll);
  while (concord_preview_get_busy (preview))
    {
      gint64 t0 = g_get_monotonic_time ();

      g_assert_cmpint (t0 - start, <, TIMEOUT_US);
      poll_time = 0;
      g_main_context_iteration (NULL, TRUE);
      longest = MAX (longest, g_get_monotonic_time () - t0 - poll_time);
    }
  g_main_context_set_poll_func (NULL, g_poll);
  g_assert_cmpuint (concord_preview_get_generation (preview), ==, 2);

  /* How long it took is reported, not asserted: a timing is no test. */
  g_test_message ("two layouts: %" G_GINT64_FORMAT " ms; longest main-loop iteration: %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000, longest / 1000);

  text = preview_text (preview);
  g_assert_nonnull (strstr (text, "Heading changed during layout"));

  /* The clause's page is brought into view. */
  g_assert_true (concord_preview_scroll_to_id (preview, concord_clause_get_id (clause)));
  wait_for (ui_is_ready, preview);
  g_assert_cmpint (concord_preview_get_page (preview), ==,
                   concord_document_layout_find_page (concord_preview_get_layout (preview),
                                                      concord_clause_get_id (clause)));
  g_assert_cmpuint (concord_preview_get_page (preview), >, 10);
  flush_main_loop ();
  {
    g_autofree char *expected = g_strdup_printf ("Page %u of %u", concord_preview_get_page (preview) + 1,
                                                 concord_preview_get_n_pages (preview));
    GtkLabel *label = find_label_with_prefix (GTK_WIDGET (preview), "Page ");

    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (label), ==, expected);
  }
  g_assert_false (concord_preview_scroll_to_id (preview, "no-such-clause"));
  save_screenshot (GTK_WIDGET (window), "preview-scrolled");

  gtk_window_destroy (window);
}

static void
test_controls (void)
{
  g_autoptr(ConcordMemorandum) m = sample ();
  ConcordPreview *preview;
  GtkWindow *window = preview_window (&preview);
  g_autofree char *expected = NULL;
  GtkLabel *label;
  double zoom;

  concord_preview_set_memorandum (preview, m);
  wait_for (preview_idle, preview);
  wait_frames (GTK_WIDGET (preview), 2);

  label = find_label_with_prefix (GTK_WIDGET (preview), "Page ");
  g_assert_nonnull (label);
  expected = g_strdup_printf ("Page 1 of %u", concord_preview_get_n_pages (preview));
  g_assert_cmpstr (gtk_label_get_text (label), ==, expected);

  /* Next page, through the button's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL));
  g_assert_cmpuint (concord_preview_get_page (preview), ==, 1);
  flush_main_loop ();
  g_assert_true (g_str_has_prefix (gtk_label_get_text (label), "Page 2 of "));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL));
  g_assert_cmpuint (concord_preview_get_page (preview), ==, 0);

  /* Zooming ends fitting the width; fitting again restores it. */
  g_assert_true (concord_preview_get_fit_width (preview));
  zoom = concord_preview_get_zoom (preview);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL));
  g_assert_cmpfloat (concord_preview_get_zoom (preview), >, zoom);
  g_assert_false (concord_preview_get_fit_width (preview));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_cmpfloat (concord_preview_get_zoom (preview), <, zoom);
  save_screenshot (GTK_WIDGET (window), "preview-zoomed-out");
  /* Ctrl+0 fits the width again (and does not toggle it off). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit-width", NULL));
  g_assert_true (concord_preview_get_fit_width (preview));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit-width", NULL));
  g_assert_true (concord_preview_get_fit_width (preview));
  wait_frames (GTK_WIDGET (preview), 2);
  g_assert_cmpfloat_with_epsilon (concord_preview_get_zoom (preview), zoom, 1e-6);

  gtk_window_destroy (window);
}

static char *
cli_pdf_text (ConcordMemorandum *m,
              const char        *extra)
{
  g_autofree char *mou = g_build_filename (scratch, "cli.mou", NULL);
  g_autofree char *pdf = g_build_filename (scratch, "cli.pdf", NULL);
  g_autofree char *cli = g_build_filename (BUILD_ROOT, "src", "cli", "concord-cli", NULL);
  const char *argv[] = { cli, "export-pdf", mou, "-o", pdf, extra, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  int status;

  g_assert_true (concord_memorandum_save (m, mou, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  raw = run_pdftotext (pdf);

  return normalise (raw);
}

static void
count_exported_cb (ConcordExportDialog *dialog,
                   GFile               *file,
                   guint               *count)
{
  g_assert_true (G_IS_FILE (file));
  (*count)++;
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      data)
{
  GAsyncResult **slot = data;

  *slot = g_object_ref (result);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
test_print_matches_cli (void)
{
  g_autoptr(ConcordMemorandum) m = sample ();
  g_autofree char *pdf = g_build_filename (scratch, "printed.pdf", NULL);
  g_autofree char *printed = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *raw = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocumentLayout) layout = concord_document_layout_new (m, NULL, &error);
  GtkPrintOperationResult result;

  g_assert_no_error (error);
  concord_print_forget_settings ();
  result = concord_print_run (NULL, m, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (pdf_pages (pdf), ==, concord_document_layout_get_n_pages (layout));

  raw = run_pdftotext (pdf);
  printed = normalise (raw);
  expected = cli_pdf_text (m, NULL);
  g_assert_cmpuint (strlen (printed), >, 1000);
  /* Every clause's number and heading, in order, by the test's own
   * numbering; then the same text as the command line's export. */
  ui_assert_clause_numbers (m, pdf);
  g_assert_cmpstr (printed, ==, expected);

  /* The settings are kept for the next job. */
  g_assert_nonnull (concord_print_get_settings ());
}

static void
test_print_counterparts (void)
{
  g_autoptr(ConcordMemorandum) m = sample ();
  g_autofree char *pdf = g_build_filename (scratch, "counterparts.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *parties = concord_memorandum_get_parties (m);
  guint expected_pages = 0, signatories = 0;
  GtkPrintOperationResult result;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      ConcordRenderOptions options = { CONCORD_PAPER_A4, TRUE, concord_party_get_id (party) };
      g_autoptr(ConcordDocumentLayout) layout = NULL;

      if (concord_party_get_kind (party) != CONCORD_PARTY_KIND_SIGNATORY)
        continue;
      layout = concord_document_layout_new (m, &options, &error);
      g_assert_no_error (error);
      expected_pages += concord_document_layout_get_n_pages (layout);
      signatories++;
    }
  g_assert_cmpuint (signatories, >=, 2);

  result = concord_print_counterparts (NULL, m, CONCORD_PAPER_A4, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (pdf_pages (pdf), ==, expected_pages);

  /* Each signatory's copy says so on its pages, and none is a draft. */
  raw = run_pdftotext (pdf);
  text = normalise (raw);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      g_autofree char *held = NULL;

      if (concord_party_get_kind (party) != CONCORD_PARTY_KIND_SIGNATORY)
        continue;
      held = g_strdup_printf ("Counterpart held by %s", concord_party_get_display_name (party, TRUE));
      g_assert_nonnull (strstr (text, held));
    }
  g_assert_null (strstr (text, "DRAFT"));

  /* The same through the asynchronous call the window uses: laid out on
   * a worker, then printed. */
  {
    g_autoptr(GAsyncResult) async_result = NULL;
    g_autofree char *async_pdf = g_build_filename (scratch, "counterparts-async.pdf", NULL);
    ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL };
    g_autofree char *async_raw = NULL;
    g_autofree char *async_text = NULL;

    concord_print_run_async (NULL, m, &options, TRUE, GTK_PRINT_OPERATION_ACTION_EXPORT, async_pdf, NULL,
                             async_done_cb, &async_result);
    wait_for (is_set, &async_result);
    g_assert_cmpint (concord_print_run_finish (async_result, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
    g_assert_no_error (error);
    g_assert_cmpuint (pdf_pages (async_pdf), ==, expected_pages);
    async_raw = run_pdftotext (async_pdf);
    async_text = normalise (async_raw);
    g_assert_cmpstr (async_text, ==, text);
  }
}

static void
test_export_dialog (void)
{
  g_autoptr(ConcordMemorandum) m = sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml_path = g_build_filename (scratch, "exported.mou", NULL);
  g_autofree char *pdf_path = g_build_filename (scratch, "exported.pdf", NULL);
  g_autoptr(GFile) xml_file = g_file_new_for_path (xml_path);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  ConcordExportDialog *dialog = concord_export_dialog_present (NULL, m);
  ConcordRenderOptions options;
  GtkWidget *row;
  guint exported = 0;
  g_autoptr(GAsyncResult) result = NULL;

  g_signal_connect (dialog, "exported", G_CALLBACK (count_exported_cb), &exported);
  wait_for (ui_is_ready, dialog);
  save_screenshot (GTK_WIDGET (dialog), "export-dialog");

  /* XML: the save format, loaded back the same. */
  concord_export_dialog_set_format (dialog, CONCORD_EXPORT_FORMAT_XML);
  g_assert_true (concord_export_dialog_export_to (dialog, xml_file, &error));
  g_assert_no_error (error);
  reloaded = concord_memorandum_load_from_file (xml_path, &error);
  g_assert_no_error (error);
  a = concord_memorandum_serialize (m);
  b = concord_memorandum_serialize (reloaded);
  g_assert_true (g_bytes_equal (a, b));

  /* PDF as the counterpart of the first signatory, as the CLI makes it. */
  concord_export_dialog_set_format (dialog, CONCORD_EXPORT_FORMAT_PDF);
  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CONCORD_TYPE_EXPORT_DIALOG,
                                                   "counterpart_row"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  concord_export_dialog_get_options (dialog, &options);
  g_assert_nonnull (options.counterpart);
  g_assert_true (concord_export_dialog_export_to (dialog, pdf_file, &error));
  g_assert_no_error (error);
  raw = run_pdftotext (pdf_path);
  text = normalise (raw);
  g_assert_nonnull (strstr (text, "Counterpart held by"));
  {
    g_autofree char *arg = g_strdup_printf ("--counterpart=%s", options.counterpart);

    expected = cli_pdf_text (m, arg);
  }
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (exported, ==, 2);

  /* As the Export button does it: on a worker thread, the dialog
   * insensitive meanwhile. */
  g_assert_cmpint (g_unlink (pdf_path), ==, 0);
  concord_export_dialog_export_async (dialog, pdf_file, async_done_cb, &result);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog)));
  wait_for (is_set, &result);
  g_assert_true (concord_export_dialog_export_finish (dialog, result, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog)));
  g_assert_cmpuint (exported, ==, 3);
  {
    g_autofree char *again = run_pdftotext (pdf_path);
    g_autofree char *again_text = normalise (again);

    g_assert_cmpstr (again_text, ==, expected);
  }

  /* A signed copy of an unsigned memorandum is refused, with a reason,
   * and nothing is written. */
  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CONCORD_TYPE_EXPORT_DIALOG,
                                                   "signed_switch"));
  gtk_switch_set_active (GTK_SWITCH (row), TRUE);
  g_assert_cmpint (g_unlink (pdf_path), ==, 0);
  g_assert_false (concord_export_dialog_export_to (dialog, pdf_file, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_UNSIGNED);
  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Word and OpenDocument from the dialog: the same bytes the CLI writes,
 * through the Export button's path, with the PDF options put aside. */
static void
test_export_dialog_office (void)
{
  g_autoptr(ConcordMemorandum) m = sample ();
  ConcordExportDialog *dialog = concord_export_dialog_present (NULL, m);
  GtkWidget *pdf_group = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CONCORD_TYPE_EXPORT_DIALOG,
                                                                    "pdf_group"));
  const struct { ConcordExportFormat format; ConcordOfficeFormat office; const char *name; } cases[] = {
    { CONCORD_EXPORT_FORMAT_DOCX, CONCORD_OFFICE_DOCX, "exported.docx" },
    { CONCORD_EXPORT_FORMAT_ODT, CONCORD_OFFICE_ODT, "exported.odt" },
  };

  wait_for (ui_is_ready, dialog);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (scratch, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) expected = concord_render_office (m, cases[i].office, &error);
      g_autofree char *written = NULL;
      gsize length = 0;

      g_assert_no_error (error);
      concord_export_dialog_set_format (dialog, cases[i].format);
      g_assert_cmpint (concord_export_dialog_get_format (dialog), ==, cases[i].format);
      g_assert_false (gtk_widget_get_sensitive (pdf_group));
      if (i == 0)
        save_screenshot (GTK_WIDGET (dialog), "export-dialog-docx");
      concord_export_dialog_export_async (dialog, file, async_done_cb, &result);
      wait_for (is_set, &result);
      g_assert_true (concord_export_dialog_export_finish (dialog, result, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &written, &length, &error));
      g_assert_no_error (error);
      g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
      g_assert_cmpint (g_unlink (path), ==, 0);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The scratch folder holds only files. */
static void
remove_scratch (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);

      g_unlink (path);
    }
  g_rmdir (scratch);
}

int
main (int    argc,
      char **argv)
{
  int status;

  scratch = g_dir_make_tmp ("concord-preview-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", scratch, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();

  g_test_add_func ("/ui/preview/update-follows-edits", test_update_follows_edits);
  g_test_add_func ("/ui/preview/edit-during-layout", test_edit_during_layout);
  g_test_add_func ("/ui/preview/controls", test_controls);
  g_test_add_func ("/ui/print/export-matches-cli", test_print_matches_cli);
  g_test_add_func ("/ui/print/counterparts", test_print_counterparts);
  g_test_add_func ("/ui/export/dialog", test_export_dialog);
  g_test_add_func ("/ui/export/dialog-office", test_export_dialog_office);

  status = g_test_run ();
  remove_scratch ();
  g_free (scratch);

  return status;
}
