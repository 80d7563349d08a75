/* test-library.c: the clause library as a user meets it. A clause of a
 * real-shaped memorandum goes to the library from the main menu, comes
 * back from Insert From Library after the open clause, remembers its
 * entry; once the entry is saved again with other words the copy says so
 * and Compare shows the change. An empty library, a search with no match
 * and a broken file in the folder each say what they are.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-clause-pane.h"
#include "concord-compare-window.h"
#include "concord-library-dialog.h"
#include "ui-test-util.h"

static char *scratch;

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
has_dialog (gpointer data)
{
  return find_toplevel (CONCORD_TYPE_LIBRARY_DIALOG) != NULL;
}

static gboolean
no_library_dialog (gpointer data)
{
  return find_toplevel (CONCORD_TYPE_LIBRARY_DIALOG) == NULL;
}

static gboolean
has_compare (gpointer data)
{
  return find_toplevel (CONCORD_TYPE_COMPARE_WINDOW) != NULL;
}

static ConcordLibraryDialog *
open_dialog (ConcordWindow *window)
{
  ui_activate (window, "win.library-insert");
  ui_wait_for (has_dialog, NULL);

  return CONCORD_LIBRARY_DIALOG (find_toplevel (CONCORD_TYPE_LIBRARY_DIALOG));
}

static char *
library_dir (void)
{
  return concord_library_default_dir ();
}

static GtkWidget *
find_visible (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_visible (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_save_insert_moved_on (void)
{
  g_autofree char *path = ui_copy_published (scratch, "office-holders.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordSection *section = NULL;
  guint position = 0;
  ConcordClause *treasurer = concord_memorandum_find_clause (m, "c-treasurer", &section, &position);
  g_autofree char *dir = library_dir ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  ConcordLibraryEntry *entry;
  ConcordLibraryDialog *dialog;
  ConcordClause *copy;
  GtkWidget *compare_button;
  guint n_before = concord_section_get_n_clauses (section);

  g_assert_nonnull (treasurer);
  ui_select_item (window, treasurer);

  /* Saved from the main menu: one entry, and the clause now remembers it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.library-save", NULL));
  entries = concord_library_list (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpint (entry->kind, ==, CONCORD_LIBRARY_CLAUSE);
  g_assert_cmpstr (entry->title, ==, "The Treasurer");
  {
    g_autofree char *source = g_strdup_printf ("%s %s", entry->name, entry->version);

    g_assert_cmpstr (concord_clause_get_library (treasurer), ==, source);
  }

  /* Searching: a word it does not have shows no entries and says so. */
  dialog = open_dialog (window);
  g_assert_cmpstr (concord_library_dialog_get_page (dialog), ==, "list");
  concord_library_dialog_set_query (dialog, "zanzibar");
  g_assert_cmpuint (concord_library_dialog_get_n_shown (dialog), ==, 0);
  g_assert_cmpstr (concord_library_dialog_get_page (dialog), ==, "no-match");
  concord_library_dialog_set_query (dialog, "treasury crown");
  g_assert_cmpuint (concord_library_dialog_get_n_shown (dialog), ==, 1);
  g_assert_cmpstr (concord_library_dialog_get_page (dialog), ==, "list");
  ui_save_screenshot (GTK_WIDGET (dialog), "library-insert", 3);

  /* Inserted after the open clause, with an id of its own, and shown. */
  g_assert_true (concord_library_dialog_choose (dialog, entry->name));
  ui_wait_for (no_library_dialog, NULL);
  g_assert_cmpuint (concord_section_get_n_clauses (section), ==, n_before + 1);
  copy = concord_section_get_clause (section, position + 1);
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (copy));
  g_assert_cmpstr (concord_clause_get_id (copy), !=, "c-treasurer");
  g_assert_cmpstr (concord_clause_get_heading (copy), ==, "The Treasurer");
  g_assert_cmpstr (concord_clause_get_owner (copy), ==, "treasurer");
  g_assert_cmpstr (concord_clause_get_library (copy), ==, concord_clause_get_library (treasurer));
  compare_button = ui_find_button (GTK_WIDGET (concord_window_get_pane (window)), "C_ompare…");
  g_assert_nonnull (compare_button);
  g_assert_false (gtk_widget_get_visible (compare_button));

  /* Undo takes the copy away again. */
  ui_activate (window, "win.undo");
  g_assert_cmpuint (concord_section_get_n_clauses (section), ==, n_before);
  ui_activate (window, "win.redo");
  g_assert_cmpuint (concord_section_get_n_clauses (section), ==, n_before + 1);
  copy = concord_section_get_clause (section, position + 1);

  /* The original, reworded and saved again, is a new version of the
   * entry; the copy, shown again, says so and offers a compare. */
  concord_clause_set_heading (treasurer, "The Treasurer and the Treasury");
  ui_select_item (window, treasurer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.library-save", NULL));
  {
    g_autoptr(GPtrArray) again = concord_library_list (dir, NULL, NULL);

    g_assert_cmpuint (again->len, ==, 1);
    g_assert_cmpstr (((ConcordLibraryEntry *) g_ptr_array_index (again, 0))->version, !=, entry->version);
  }
  ui_select_item (window, copy);
  compare_button = ui_find_button (GTK_WIDGET (concord_window_get_pane (window)), "C_ompare…");
  g_assert_true (gtk_widget_get_visible (compare_button));
  ui_save_screenshot (GTK_WIDGET (window), "library-moved-on", 3);
  g_signal_emit_by_name (compare_button, "clicked");
  ui_wait_for (has_compare, NULL);
  {
    ConcordCompareWindow *compare = CONCORD_COMPARE_WINDOW (find_toplevel (CONCORD_TYPE_COMPARE_WINDOW));
    ConcordDiff *diff = concord_compare_window_get_diff (compare);
    g_autofree char *summary = concord_compare_window_dup_summary (compare);

    /* Only the copy's heading differs, and the change can be taken. */
    g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
    g_assert_cmpstr (concord_diff_change_get_id (concord_diff_get_change (diff, 0)), ==,
                     concord_clause_get_id (copy));
    g_test_message ("compare: %s", summary);
    ui_save_screenshot (GTK_WIDGET (compare), "library-compare", 3);
    gtk_window_destroy (GTK_WINDOW (compare));
  }

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* With nothing saved the dialog says how to fill it; a broken file in
 * the folder is named and the good entries still offered. A section
 * inserted from the library says so, and says when the entry moves on. */
static void
test_empty_and_broken (void)
{
  g_autofree char *dir = library_dir ();
  g_autofree char *broken = g_build_filename (dir, "broken.clause.mou", NULL);
  g_autofree char *path = ui_copy_published (scratch, "framework.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordLibraryDialog *dialog;
  GtkWidget *status;
  GtkWidget *compare_button;
  g_autoptr(GPtrArray) entries = NULL;

  /* Another test's entries go first: this one starts empty. */
  entries = concord_library_list (dir, NULL, NULL);
  for (guint i = 0; i < entries->len; i++)
    g_assert_cmpint (g_unlink (((ConcordLibraryEntry *) g_ptr_array_index (entries, i))->path), ==, 0);

  dialog = open_dialog (window);
  g_assert_cmpstr (concord_library_dialog_get_page (dialog), ==, "empty");
  status = find_visible (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Your Library Is Empty");
  /* Insert does nothing with nothing chosen. */
  g_assert_false (gtk_widget_get_sensitive (ui_find_button (GTK_WIDGET (dialog), "_Insert")));
  ui_save_screenshot (GTK_WIDGET (dialog), "library-empty", 3);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A section of this memorandum, saved, and a broken file beside it. */
  {
    g_autoptr(ConcordSection) first = g_list_model_get_item (concord_memorandum_get_sections (ui_memorandum (window)),
                                                             0);

    ui_select_item (window, first);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.library-save", NULL));
  }
  g_assert_true (g_file_set_contents (broken, "<memorandum", -1, NULL));
  dialog = open_dialog (window);
  g_assert_cmpstr (concord_library_dialog_get_page (dialog), ==, "list");
  g_assert_cmpuint (concord_library_dialog_get_n_shown (dialog), ==, 1);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), "broken.clause.mou"));
  ui_save_screenshot (GTK_WIDGET (dialog), "library-broken-file", 3);
  /* The section goes in right after the section open, as a copy. */
  {
    GListModel *sections = concord_memorandum_get_sections (ui_memorandum (window));
    guint n = g_list_model_get_n_items (sections);
    g_autoptr(GPtrArray) listed = concord_library_list (dir, NULL, NULL);
    g_autoptr(ConcordSection) first = g_list_model_get_item (sections, 0);
    g_autoptr(ConcordSection) second = NULL;

    g_assert_true (concord_library_dialog_choose (dialog, ((ConcordLibraryEntry *) g_ptr_array_index (listed,
                                                                                                      0))->name));
    ui_wait_for (no_library_dialog, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (sections), ==, n + 1);
    second = g_list_model_get_item (sections, 1);
    g_assert_cmpstr (concord_section_get_heading (second), ==, concord_section_get_heading (first));
    g_assert_cmpstr (concord_section_get_id (second), !=, concord_section_get_id (first));
    g_assert_cmpstr (concord_section_get_library (second), ==, concord_section_get_library (first));

    /* The copy's pane says where it came from, with nothing to compare. */
    ui_select_item (window, second);
    g_assert_nonnull (find_label_containing (GTK_WIDGET (concord_window_get_pane (window)),
                                             "as the library has it now"));
    g_assert_false (gtk_widget_get_visible (ui_find_button (GTK_WIDGET (concord_window_get_pane (window)),
                                                            "C_ompare…")));

    /* The first section, renamed and saved again, moves the entry on: the
     * copy says so, and Compare shows the heading's change. */
    ui_select_item (window, first);
    concord_section_set_heading (first, "Purpose, as agreed in 2026");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.library-save", NULL));
    ui_select_item (window, second);
    g_assert_nonnull (find_label_containing (GTK_WIDGET (concord_window_get_pane (window)),
                                             "has changed since this section was inserted"));
    compare_button = ui_find_button (GTK_WIDGET (concord_window_get_pane (window)), "C_ompare…");
    g_assert_true (gtk_widget_get_visible (compare_button));
    ui_save_screenshot (GTK_WIDGET (window), "library-section-moved-on", 3);
    g_signal_emit_by_name (compare_button, "clicked");
    ui_wait_for (has_compare, NULL);
    {
      ConcordCompareWindow *compare = CONCORD_COMPARE_WINDOW (find_toplevel (CONCORD_TYPE_COMPARE_WINDOW));
      ConcordDiff *diff = concord_compare_window_get_diff (compare);

      g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
      g_assert_cmpstr (concord_diff_change_get_id (concord_diff_get_change (diff, 0)), ==,
                       concord_section_get_id (second));
      gtk_window_destroy (GTK_WINDOW (compare));
    }
  }

  g_assert_cmpint (g_unlink (broken), ==, 0);
  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);
  int status;

  /* The library, drafts and recent files go to a throwaway folder. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  scratch = g_dir_make_tmp ("concord-library-XXXXXX", NULL);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/library/save-insert-moved-on", test_save_insert_moved_on);
  g_test_add_func ("/ui/library/empty-and-broken", test_empty_and_broken);

  status = g_test_run ();
  g_rmdir (scratch);

  return status;
}
