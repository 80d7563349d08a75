/* test-import.c: Open on a document written elsewhere. A Markdown and a
 * Word file become unsaved memoranda with the importer's guesses shown
 * for the user to check; the original file is never written; a hostile
 * file is refused on the error page.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-core.h"
#include "concord-dialogs.h"
#include "concord-document.h"
#include "ui-test-util.h"

static gboolean
dialog_shown (gpointer data)
{
  return ui_find_dialog () != NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return ui_find_dialog () == NULL;
}

/* The report's lines, as the dialog shows them. */
static const char *
report_text (AdwMessageDialog *dialog)
{
  GtkWidget *scrolled = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *label = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : viewport;

  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_open_markdown (void)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "import", "published.md", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ConcordDocument *document;
  ConcordMemorandum *m;
  AdwMessageDialog *dialog;
  const char *text;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  ui_open_file (window, file);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "Memorandum of Understanding on Sharing Tax Data");
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_parties (m)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_terms (m)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_sections (m)), ==, 2);
  /* Not the Markdown file's document: saving asks where, as a memorandum. */
  g_assert_null (concord_document_get_file (document));
  g_assert_true (concord_document_get_modified (document));
  g_assert_true (g_file_equal (concord_document_get_import_source (document), file));

  ui_wait_for (dialog_shown, NULL);
  dialog = ui_find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Check What Was Guessed");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“published.md”"));
  text = report_text (dialog);
  g_assert_nonnull (strstr (text, "• parties: 2 taken from"));
  g_assert_nonnull (strstr (text, "• 2 defined terms read from the definitions"));
  g_assert_nonnull (strstr (text, "• a footnote became a note on clause 3"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  ui_save_screenshot (GTK_WIDGET (dialog), "import-report", 3);
  /* Escape closes it, and the memorandum is there to review. */
  gtk_window_close (GTK_WINDOW (dialog));
  ui_wait_for (no_dialog, NULL);
  g_assert_true (concord_window_get_document (window) == document);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  ui_destroy_window (window);
}

/* Saving writes a memorandum where asked, and the document is then that
 * file's, with nothing left to confirm. */
static void
test_save_imported (void)
{
  g_autofree char *folder = g_dir_make_tmp ("concord-import-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (SOURCE_ROOT, "tests", "data", "import", "published.md", NULL);
  g_autofree char *saved = g_build_filename (folder, "tax-data.mou", NULL);
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(GFile) target = g_file_new_for_path (saved);
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  ui_open_file (window, file);
  ui_wait_for (dialog_shown, NULL);
  gtk_window_close (GTK_WINDOW (ui_find_dialog ()));
  ui_wait_for (no_dialog, NULL);
  g_assert_true (concord_document_save (concord_window_get_document (window), target, &error));
  g_assert_no_error (error);
  g_assert_false (concord_document_get_modified (concord_window_get_document (window)));
  reloaded = concord_memorandum_load_from_file (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (reloaded), ==, "Memorandum of Understanding on Sharing Tax Data");

  ui_destroy_window (window);
  g_unlink (saved);
  g_rmdir (folder);
}

/* A DOCX that is no zip archive: the error page says why, and no report
 * is shown. */
static void
test_hostile_refused (void)
{
  g_autofree char *folder = g_dir_make_tmp ("concord-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "broken.docx", NULL);
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *stack;
  const char *message;

  g_assert_true (g_file_set_contents (path, "PK\003\004 not really a zip archive", -1, NULL));
  ui_open_file (window, file);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "error");
  g_assert_null (concord_window_get_document (window));
  stack = gtk_widget_get_ancestor (GTK_WIDGET (concord_window_get_outline (window)), GTK_TYPE_STACK);
  message = adw_status_page_get_description (ADW_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack))));
  g_assert_nonnull (strstr (message, "broken.docx"));
  g_assert_null (ui_find_dialog ());

  ui_destroy_window (window);
  g_unlink (path);
  g_rmdir (folder);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/import/open-markdown", test_open_markdown);
  g_test_add_func ("/ui/import/save-imported", test_save_imported);
  g_test_add_func ("/ui/import/hostile-refused", test_hostile_refused);

  return g_test_run ();
}
