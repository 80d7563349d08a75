/* test-markup.c: text from a file or a user is shown as typed, never read
 * as Pango markup, in the rows and pages that would otherwise parse it.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-clause-pane.h"
#include "concord-window.h"
#include "ui-test-util.h"

/* "&" and "<" make GTK warn "Failed to set text from markup" (fatal under
 * gtk_test_init) and show an empty label, when a row takes them as markup. */
#define AWKWARD "Smith & Jones <Ltd>"

static gboolean
facts_built (gpointer data)
{
  ConcordWindow *window = data;

  return CONCORD_IS_CLAUSE_PANE (concord_window_get_pane (window)) &&
         !concord_clause_pane_get_facts_pending (CONCORD_CLAUSE_PANE (concord_window_get_pane (window)));
}

/* Every row of this type under @widget, depth first. */
static void
collect_rows (GtkWidget *widget,
              GType      type,
              GPtrArray *rows)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, type, rows);
}

static void
test_party_names (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordMemorandum *m;
  GListModel *parties;
  ConcordClause *clause;
  g_autoptr(GPtrArray) sides = g_ptr_array_new ();
  ConcordEditorPane *pane;

  g_assert_true (concord_window_open_template (window, "data-sharing"));
  m = concord_document_get_memorandum (concord_window_get_document (window));
  parties = concord_memorandum_get_parties (m);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);

      concord_party_set_name (party, AWKWARD);
      concord_party_set_short_name (party, AWKWARD);
    }

  /* A boundary lists the parties on each side, one row each, and sums
   * them up in the row's subtitle and in the clause's facts. */
  clause = concord_memorandum_find_clause (m, "bnd-independent-controllers", NULL, NULL);
  g_assert_true (concord_outline_select (concord_window_get_outline (window), G_OBJECT (clause)));
  ui_wait_for (facts_built, window);
  ui_wait_frames (GTK_WIDGET (window), 2);
  pane = concord_window_get_pane (window);

  collect_rows (GTK_WIDGET (pane), ADW_TYPE_EXPANDER_ROW, sides);
  g_assert_cmpuint (sides->len, ==, 2);
  for (guint i = 0; i < sides->len; i++)
    {
      AdwExpanderRow *side = g_ptr_array_index (sides, i);

      g_assert_nonnull (strstr (adw_expander_row_get_subtitle (side), AWKWARD));
    }
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (concord_editor_pane_find_row (pane, "In Short"))),
                            AWKWARD));

  ui_destroy_window (window);
}

static void
test_error_page (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autofree char *tmp = g_dir_make_tmp ("concord-ui-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (tmp, AWKWARD, NULL);
  g_autofree char *path = g_build_filename (folder, "a&b.mou", NULL);
  g_autofree char *source = g_build_filename (SOURCE_ROOT, "tests", "data", "hostile", "billion-laughs.mou", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *stack;
  AdwStatusPage *error_page;
  gsize length;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  ui_open_file (window, file);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "error");
  ui_wait_frames (GTK_WIDGET (window), 2);
  stack = gtk_widget_get_ancestor (GTK_WIDGET (concord_window_get_outline (window)), GTK_TYPE_STACK);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "error");
  error_page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack)));
  g_assert_true (pango_parse_markup (adw_status_page_get_description (error_page), -1, 0,
                                     NULL, &shown, NULL, NULL));
  g_assert_nonnull (strstr (shown, path));
  g_assert_nonnull (strstr (shown, "document type"));

  ui_destroy_window (window);
  g_remove (path);
  g_rmdir (folder);
  g_rmdir (tmp);
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

  g_test_add_func ("/ui/markup/party-names", test_party_names);
  g_test_add_func ("/ui/markup/error-page", test_error_page);

  return g_test_run ();
}
