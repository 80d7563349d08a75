/* test-compare.c: comparing the open memorandum with another version, and
 * accepting or rejecting its changes, under Xvfb.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-compare-export.h"
#include "concord-compare-window.h"
#include "concord-conflict-bar.h"
#include "concord-resolve-window.h"
#include "concord-document-diff.h"
#include "concord-window.h"
#include "ui-test-util.h"
#ifdef HAVE_LIBGIT2
#include "concord-git.h"
#include "concord-revision-dialog.h"
#endif

static ConcordCompareWindow *
show_compare (ConcordCompareWindow *compare)
{
  gtk_window_set_default_size (GTK_WINDOW (compare), 1300, 820);
  gtk_window_present (GTK_WINDOW (compare));
  ui_wait_for (ui_is_ready, compare);

  return compare;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* A window with a template open and saved in a new folder. */
static ConcordWindow *
open_saved (const char  *template_id,
            const char  *folder,
            char       **path)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  *path = g_build_filename (folder, "memorandum.mou", NULL);
  file = g_file_new_for_path (*path);
  g_assert_true (concord_window_open_template (window, template_id));
  g_assert_true (concord_document_save (concord_window_get_document (window), file, &error));
  g_assert_no_error (error);

  return window;
}

static int
find_change (ConcordDiff       *diff,
             ConcordDiffObject  object,
             const char        *id)
{
  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    {
      const ConcordDiffChange *change = concord_diff_get_change (diff, i);

      if (concord_diff_change_get_object (change) == object &&
          g_strcmp0 (concord_diff_change_get_id (change), id) == 0)
        return i;
    }

  return -1;
}

static ConcordSection *
section_by_id (ConcordMemorandum *m,
               const char        *id)
{
  GListModel *sections = concord_memorandum_get_sections (m);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      if (g_str_equal (concord_section_get_id (section), id))
        return section;
    }

  return NULL;
}

static guint
clause_position (ConcordMemorandum *m,
                 const char        *id)
{
  guint position = G_MAXUINT;

  g_assert_nonnull (concord_memorandum_find_clause (m, id, NULL, &position));

  return position;
}

/* The other version: a clause's text and status changed, a clause added,
 * one removed, one moved and a party renamed. */
static void
edit_other (ConcordMemorandum *other)
{
  ConcordSection *general = section_by_id (other, "sec-general");
  ConcordSection *roles = section_by_id (other, "sec-roles");
  ConcordSection *section = NULL;
  ConcordClause *status = concord_memorandum_find_clause (other, "gen-status", NULL, NULL);
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);
  g_autoptr(ConcordClause) added = concord_clause_new ("gen-publication");
  g_autoptr(GPtrArray) added_body = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);
  g_autoptr(ConcordClause) moved = NULL;
  guint position;

  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0,
                                                 "This memorandum is a statement of shared intent. It is not "
                                                 "binding and creates no obligations between the parties."));
  g_ptr_array_add (body, concord_block_ref (g_ptr_array_index (concord_clause_get_body (status), 1)));
  concord_clause_set_body (status, body);
  concord_clause_set_status (status, CONCORD_CLAUSE_STATUS_AGREED);

  concord_clause_set_heading (added, "Publication");
  g_ptr_array_add (added_body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0,
                                                       "The parties will publish this memorandum <in full>."));
  concord_clause_set_body (added, added_body);
  concord_section_insert_clause (general, clause_position (other, "gen-review") + 1, added);

  concord_section_remove_clause (general, clause_position (other, "gen-working-together"));

  moved = g_object_ref (concord_memorandum_find_clause (other, "role-ofsted", &section, &position));
  g_assert_true (section == roles);
  concord_section_remove_clause (roles, position);
  concord_section_insert_clause (roles, 0, moved);

  concord_party_set_name (concord_memorandum_find_party (other, "lga"), "Local Government Association of England");
}

static gboolean
decision_is (ConcordCompareItem *item,
             ConcordDecision     decision)
{
  return concord_compare_item_get_decision (item) == decision;
}

static gboolean
open_again (gpointer data)
{
  return decision_is (data, CONCORD_DECISION_NONE);
}

static gboolean
accepted_again (gpointer data)
{
  return decision_is (data, CONCORD_DECISION_ACCEPTED);
}

static ConcordCompareItem *
item_for_change (ConcordCompareWindow *compare,
                 int                   change)
{
  GListModel *items = concord_compare_window_get_items (compare);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(ConcordCompareItem) item = g_list_model_get_item (items, i);

      if (concord_compare_item_get_change (item) == change)
        return item;
    }

  g_assert_not_reached ();
}

static void
assert_summary (ConcordCompareWindow *compare,
                const char           *expected)
{
  g_autofree char *summary = concord_compare_window_dup_summary (compare);

  g_assert_cmpstr (summary, ==, expected);
}

static void
test_accept_reject_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-compare-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *other_path = g_build_filename (folder, "other.mou", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  ConcordWindow *window = open_saved ("sector-led-improvement", folder, &path);
  ConcordDocument *document = concord_window_get_document (window);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(ConcordMemorandum) other = concord_memorandum_load_from_file (path, &error);
  g_autoptr(ConcordMemorandum) original = concord_memorandum_load_from_file (path, &error);
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autoptr(ConcordDiff) left = NULL;
  ConcordCompareWindow *compare;
  ConcordDiff *diff;
  ConcordCompareItem *item;
  guint n_clauses = concord_memorandum_count_clauses (m);
  int party, text, added, removed, moved;
  g_autofree char *heading = NULL, *facts = NULL, *body = NULL;
  g_autofree char *new_heading = NULL, *new_facts = NULL, *new_body = NULL;

  g_assert_no_error (error);
  edit_other (other);
  g_assert_true (concord_memorandum_save (other, other_path, &error));
  g_assert_no_error (error);

  compare = show_compare (concord_compare_window_new_for_file (GTK_WINDOW (window), document, other_file, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (compare)) == GTK_WINDOW (window));
  diff = concord_compare_window_get_diff (compare);

  /* Five changes, each once: the renamed party is one change, not one in
   * every clause that names it. */
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 5);
  assert_summary (compare, "5 changes, 0 decided");
  party = find_change (diff, CONCORD_DIFF_OBJECT_PARTY, "lga");
  text = find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "gen-status");
  added = find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "gen-publication");
  removed = find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "gen-working-together");
  moved = find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "role-ofsted");
  g_assert_cmpint (party, >=, 0);
  g_assert_cmpint (text, >=, 0);
  g_assert_cmpint (added, >=, 0);
  g_assert_cmpint (removed, >=, 0);
  g_assert_cmpint (moved, >=, 0);
  g_assert_cmpint (concord_diff_change_get_kind (concord_diff_get_change (diff, moved)), ==, CONCORD_DIFF_MOVED);

  /* Every clause of both versions has a row (the removed one where it
   * was), and the party's change one of its own, at the top. */
  g_assert_cmpuint (g_list_model_get_n_items (concord_compare_window_get_items (compare)), ==, n_clauses + 1 + 1);
  {
    g_autoptr(ConcordCompareItem) first = g_list_model_get_item (concord_compare_window_get_items (compare), 0);

    g_assert_cmpint (concord_compare_item_get_change (first), ==, party);
    g_assert_cmpint (concord_compare_item_get_row (first), <, 0);
  }

  /* Changed words are marked by colour and by strike-through or
   * underline; text is escaped. */
  item = item_for_change (compare, text);
  concord_compare_window_row_markup (compare, item, FALSE, &heading, &facts, &body);
  concord_compare_window_row_markup (compare, item, TRUE, &new_heading, &new_facts, &new_body);
  g_assert_nonnull (strstr (body, "strikethrough=\"true\" background=\"#e01b24\" bgalpha=\"22%\">legally</span>"));
  g_assert_null (strstr (body, "underline"));
  g_assert_null (strstr (new_body, "legally"));
  g_assert_nonnull (strstr (new_body, "It is not binding"));
  g_assert_nonnull (strstr (facts, "proposed</span>"));
  g_assert_nonnull (strstr (new_facts, "underline=\"single\""));
  g_assert_nonnull (strstr (new_facts, "agreed</span>"));
  g_assert_nonnull (strstr (new_heading, "Status of this memorandum"));
  g_clear_pointer (&heading, g_free);
  g_clear_pointer (&facts, g_free);
  g_clear_pointer (&body, g_free);
  g_clear_pointer (&new_heading, g_free);
  g_clear_pointer (&new_facts, g_free);
  g_clear_pointer (&new_body, g_free);
  concord_compare_window_row_markup (compare, item_for_change (compare, added), TRUE, &new_heading, &new_facts,
                                     &new_body);
  g_assert_nonnull (strstr (new_body, "&lt;in full&gt;"));
  g_assert_nonnull (strstr (new_body, "underline=\"single\""));
  concord_compare_window_row_markup (compare, item_for_change (compare, added), FALSE, &heading, &facts, &body);
  g_assert_null (heading);
  g_assert_nonnull (strstr (body, "Not in this version"));
  g_clear_pointer (&heading, g_free);
  g_clear_pointer (&facts, g_free);
  g_clear_pointer (&body, g_free);

  /* The renamed party's name is marked in its heading, not listed again. */
  concord_compare_window_row_markup (compare, item_for_change (compare, party), TRUE, &heading, &facts, &body);
  g_assert_nonnull (strstr (heading, "underline=\"single\""));
  g_assert_nonnull (strstr (heading, "Local Government Association of England</span>"));
  g_assert_true (facts == NULL || strstr (facts, "Name") == NULL);

  /* The view opens on the first change, and F8 goes on to the next. */
  g_assert_cmpint (concord_compare_item_get_change (concord_compare_window_get_current (compare)), ==, party);
  ui_save_screenshot (GTK_WIDGET (compare), "compare-window", 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.next", NULL));
  g_assert_cmpint (concord_compare_item_get_change (concord_compare_window_get_current (compare)), !=, party);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.previous", NULL));
  g_assert_cmpint (concord_compare_item_get_change (concord_compare_window_get_current (compare)), ==, party);

  /* Changes only: five rows. */
  gtk_switch_set_active (GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (compare),
                                                                    CONCORD_TYPE_COMPARE_WINDOW,
                                                                    "changes_only_switch")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (concord_compare_window_get_shown (compare)), ==, 5);
  ui_save_screenshot (GTK_WIDGET (compare), "compare-window-changes-only", 4);

  /* Accepting the current change (Alt+A's action) renames the party and
   * moves on to the next open change. */
  g_assert_false (concord_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.accept", "i", -1));
  g_assert_cmpstr (concord_party_get_name (concord_memorandum_find_party (m, "lga")), ==,
                   "Local Government Association of England");
  g_assert_true (concord_document_get_modified (document));
  g_assert_cmpint (concord_compare_item_get_change (concord_compare_window_get_current (compare)), !=, party);
  assert_summary (compare, "5 changes, 1 decided");

  /* The others by their own buttons' action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.accept", "i", text));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.accept", "i", added));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.reject", "i", removed));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.accept", "i", moved));
  assert_summary (compare, "5 changes, 5 decided");
  g_assert_cmpint (concord_clause_get_status (concord_memorandum_find_clause (m, "gen-status", NULL, NULL)), ==,
                   CONCORD_CLAUSE_STATUS_AGREED);
  g_assert_nonnull (concord_memorandum_find_clause (m, "gen-publication", NULL, NULL));
  g_assert_cmpuint (clause_position (m, "gen-publication"), ==, clause_position (m, "gen-review") + 1);
  g_assert_nonnull (concord_memorandum_find_clause (m, "gen-working-together", NULL, NULL));
  g_assert_cmpuint (clause_position (m, "role-ofsted"), ==, 0);
  g_assert_true (decision_is (item_for_change (compare, removed), CONCORD_DECISION_REJECTED));
  ui_save_screenshot (GTK_WIDGET (compare), "compare-window-decided", 4);

  /* Undo in the main window takes the move back, as one step; the view
   * opens that change again; redo accepts it again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (clause_position (m, "role-ofsted"), !=, 0);
  item = item_for_change (compare, moved);
  ui_wait_for (open_again, item);
  assert_summary (compare, "5 changes, 4 decided");
  g_assert_true (decision_is (item_for_change (compare, added), CONCORD_DECISION_ACCEPTED));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (clause_position (m, "role-ofsted"), ==, 0);
  ui_wait_for (accepted_again, item);
  assert_summary (compare, "5 changes, 5 decided");

  /* Saved and loaded again, the document differs from the other version
   * only by the rejected removal, and from the original by the four
   * accepted changes. */
  g_assert_true (concord_document_save (document, NULL, &error));
  g_assert_no_error (error);
  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  left = concord_diff_new (reloaded, other);
  g_assert_cmpuint (concord_diff_get_n_changes (left), ==, 1);
  g_assert_cmpint (concord_diff_change_get_kind (concord_diff_get_change (left, 0)), ==, CONCORD_DIFF_REMOVED);
  g_assert_cmpstr (concord_diff_change_get_id (concord_diff_get_change (left, 0)), ==, "gen-working-together");
  g_clear_pointer (&left, concord_diff_free);
  left = concord_diff_new (original, reloaded);
  g_assert_cmpuint (concord_diff_get_n_changes (left), ==, 4);

  /* Once the window shows another memorandum, nothing more goes into
   * this one. */
  concord_compare_item_set_decision (item_for_change (compare, removed), CONCORD_DECISION_NONE);
  g_assert_true (concord_window_open_template (window, "blank"));
  g_assert_false (concord_compare_window_accept (compare, removed, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_assert_nonnull (concord_memorandum_find_clause (m, "gen-working-together", NULL, NULL));
  g_clear_error (&error);

  gtk_window_destroy (GTK_WINDOW (compare));
  ui_destroy_window (window);
  remove_tree (folder);
}

/* Accepting refuses, changing nothing, what would break the document. */
static void
test_accept_refused (void)
{
  g_autoptr(GError) error = NULL;
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  g_autoptr(ConcordMemorandum) other = NULL;
  g_autoptr(ConcordSection) section = concord_section_new ("sec-annexed");
  g_autoptr(ConcordClause) clause = concord_clause_new ("cl-annexed");
  g_autoptr(ConcordParty) party = concord_party_new ("p-newcomer");
  g_autoptr(ConcordClause) naming = concord_clause_new ("role-newcomer");
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int clause_change, section_change, party_change, naming_change;
  gsize length;
  const char *data;

  g_assert_true (concord_window_open_template (window, "two-party-partnership"));
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);

  /* The other version adds a section with a clause in it; the open one
   * has a party, and a clause naming it, that the other lacks. */
  bytes = concord_memorandum_serialize (m);
  data = g_bytes_get_data (bytes, &length);
  other = concord_memorandum_load_from_data (data, length, "other", &error);
  g_assert_no_error (error);
  concord_section_set_heading (section, "Annexed matters");
  concord_clause_set_heading (clause, "An annexed matter");
  concord_section_append_clause (section, clause);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (other)), section);

  concord_party_set_name (party, "Newcomer Trust");
  concord_document_insert_item (document, concord_memorandum_get_parties (m),
                                g_list_model_get_n_items (concord_memorandum_get_parties (m)), party);
  concord_clause_set_kind (naming, CONCORD_CLAUSE_KIND_ROLE);
  concord_clause_set_owner (naming, "p-newcomer");
  {
    g_autoptr(ConcordSection) first = g_list_model_get_item (concord_memorandum_get_sections (m), 0);

    concord_document_insert_clause (document, first, 0, naming);
  }

  diff = concord_diff_new (m, other);
  clause_change = find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "cl-annexed");
  section_change = find_change (diff, CONCORD_DIFF_OBJECT_SECTION, "sec-annexed");
  party_change = find_change (diff, CONCORD_DIFF_OBJECT_PARTY, "p-newcomer");
  naming_change = find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "role-newcomer");
  g_assert_cmpint (clause_change, >=, 0);
  g_assert_cmpint (section_change, >=, 0);
  g_assert_cmpint (party_change, >=, 0);
  g_assert_cmpint (naming_change, >=, 0);

  /* A clause before its section, a party still named: refused, and the
   * history does not grow (an undo still takes back the last edit). */
  g_assert_false (concord_document_accept_change (document, diff, clause_change, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (concord_memorandum_find_clause (m, "cl-annexed", NULL, NULL));
  g_assert_false (concord_document_accept_change (document, diff, party_change, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE);
  g_clear_error (&error);
  g_assert_nonnull (concord_memorandum_find_party (m, "p-newcomer"));
  concord_document_undo (document);
  g_assert_null (concord_memorandum_find_clause (m, "role-newcomer", NULL, NULL));
  concord_document_redo (document);
  g_assert_nonnull (concord_memorandum_find_clause (m, "role-newcomer", NULL, NULL));

  /* In order, they are accepted, each one undo step. */
  g_assert_true (concord_document_accept_change (document, diff, section_change, &error));
  g_assert_true (concord_document_accept_change (document, diff, clause_change, &error));
  g_assert_true (concord_document_accept_change (document, diff, naming_change, &error));
  g_assert_true (concord_document_accept_change (document, diff, party_change, &error));
  g_assert_no_error (error);
  g_assert_null (concord_memorandum_find_party (m, "p-newcomer"));
  g_assert_nonnull (concord_memorandum_find_clause (m, "cl-annexed", NULL, NULL));
  {
    g_autoptr(ConcordDiff) now = concord_diff_new (m, other);

    g_assert_true (concord_diff_is_empty (now));
  }
  concord_document_undo (document);
  g_assert_nonnull (concord_memorandum_find_party (m, "p-newcomer"));
  concord_document_undo (document);
  g_assert_nonnull (concord_memorandum_find_clause (m, "role-newcomer", NULL, NULL));
  concord_document_undo (document);
  g_assert_null (concord_memorandum_find_clause (m, "cl-annexed", NULL, NULL));
  concord_document_undo (document);
  g_assert_null (section_by_id (m, "sec-annexed"));

  ui_destroy_window (window);
}

static void
test_file_load_failure (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "hostile", "billion-laughs.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (concord_window_open_template (window, "blank"));
  g_assert_null (concord_compare_window_new_for_file (GTK_WINDOW (window), concord_window_get_document (window),
                                                      file, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "billion-laughs.mou:"));

  ui_destroy_window (window);
}

static void
test_same_version (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  g_autoptr(GError) error = NULL;
  ConcordCompareWindow *compare;

  g_assert_true (concord_window_open_template (window, "data-sharing"));
  document = concord_window_get_document (window);
  compare = show_compare (concord_compare_window_new (GTK_WINDOW (window), document,
                                                      concord_document_get_memorandum (document),
                                                      "the same", &error));
  g_assert_no_error (error);
  assert_summary (compare, "No changes");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.next", NULL));
  g_assert_null (concord_compare_window_get_current (compare));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (
                     gtk_widget_get_template_child (GTK_WIDGET (compare), CONCORD_TYPE_COMPARE_WINDOW, "stack"))),
                   ==, "empty");
  ui_save_screenshot (GTK_WIDGET (compare), "compare-window-same", 4);
  gtk_window_destroy (GTK_WINDOW (compare));
  ui_destroy_window (window);
}

/* The menu offers comparing with a revision only when built with libgit2. */
static void
test_menu_actions (void)
{
  gboolean has_file = FALSE, has_revision = FALSE;
  const char *name, *property;
  const GVariantType *type;
  GType owner;
  GtkWidgetClass *klass = g_type_class_ref (CONCORD_TYPE_WINDOW);

  /* GTK 4.8 fills in every out-argument, so none may be NULL. */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &type, &property); i++)
    {
      has_file |= g_str_equal (name, "win.compare-file");
      has_revision |= g_str_equal (name, "win.compare-revision");
    }
  g_type_class_unref (klass);

  g_assert_true (has_file);
#ifdef HAVE_LIBGIT2
  g_assert_true (has_revision);
#else
  g_assert_false (has_revision);
#endif
}

static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static gboolean
is_shown_label (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The main menu shows "Compare With File…", and "Compare With
 * Revision…" only when there is an action behind it. */
static void
test_menu_items (void)
{
  ConcordWindow *window = ui_new_window ();
  GtkWidget *button;
  GtkPopover *popover;

  g_assert_true (concord_window_open_template (window, "blank"));
  button = find_widget (GTK_WIDGET (window), is_primary_menu_button, NULL);
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  ui_wait_for (popover_shown, popover);

  g_assert_nonnull (find_widget (GTK_WIDGET (popover), is_shown_label, "_Compare With File…"));
#ifdef HAVE_LIBGIT2
  g_assert_nonnull (find_widget (GTK_WIDGET (popover), is_shown_label, "Compare With _Revision…"));
#else
  g_assert_null (find_widget (GTK_WIDGET (popover), is_shown_label, "Compare With _Revision…"));
#endif
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  ui_destroy_window (window);
}

#ifdef HAVE_LIBGIT2
static void
git (const char *folder,
     const char *date,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list args;
  const char *arg;

  g_ptr_array_add (argv, (char *) "git");
  va_start (args, date);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "GIT_AUTHOR_DATE", date, TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_DATE", date, TRUE);
  env = g_environ_setenv (env, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  g_assert_true (g_spawn_sync (folder, (char **) argv->pdata, env, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

static void
save_title (const char *path,
            ConcordMemorandum *m,
            const char *title)
{
  g_autoptr(GError) error = NULL;

  concord_memorandum_set_title (m, title);
  g_assert_true (concord_memorandum_save (m, path, &error));
  g_assert_no_error (error);
}

/* The first mapped window of that type, or NULL. */
static gpointer
mapped_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
has_compare_window (gpointer data)
{
  *(gpointer *) data = mapped_toplevel (CONCORD_TYPE_COMPARE_WINDOW);

  return *(gpointer *) data != NULL;
}

static gboolean
has_revision_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CONCORD_IS_REVISION_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          *(ConcordRevisionDialog **) data = CONCORD_REVISION_DIALOG (window);
          return gtk_widget_get_width (GTK_WIDGET (window)) > 0;
        }
    }

  return FALSE;
}

static void
test_git_revisions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-git-XXXXXX", &error);
  g_autofree char *subfolder = g_build_filename (folder, "mou", NULL);
  g_autofree char *path = g_build_filename (subfolder, "children.mou", NULL);
  g_autofree char *notes = g_build_filename (folder, "notes.txt", NULL);
  g_autofree char *untracked = g_build_filename (folder, "mou", "untracked.mou", NULL);
  g_autofree char *outside_folder = g_dir_make_tmp ("concord-nogit-XXXXXX", &error);
  g_autofree char *outside = g_build_filename (outside_folder, "loose.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("sector-led-improvement", &error);
  g_autoptr(GPtrArray) revisions = NULL;
  ConcordRevision *revision;
  ConcordWindow *window;
  ConcordRevisionDialog *dialog = NULL;
  ConcordCompareWindow *compare = NULL;
  ConcordDiff *diff;
  GtkListBox *list;
  g_autoptr(GFile) untracked_file = g_file_new_for_path (untracked);
  g_autoptr(GFile) outside_file = g_file_new_for_path (outside);

  g_assert_no_error (error);
  git (folder, "2026-01-01T10:00:00Z", "init", "-q", NULL);
  git (folder, "2026-01-01T10:00:00Z", "config", "user.name", "Ada Drafter", NULL);
  git (folder, "2026-01-01T10:00:00Z", "config", "user.email", "ada@example.org", NULL);
  g_assert_cmpint (g_mkdir_with_parents (subfolder, 0755), ==, 0);

  save_title (path, m, "First title");
  git (folder, "2026-01-02T10:00:00Z", "add", "mou/children.mou", NULL);
  git (folder, "2026-01-02T10:00:00Z", "commit", "-q", "-m", "First draft", NULL);
  save_title (path, m, "Second title");
  git (folder, "2026-01-03T10:00:00Z", "commit", "-q", "-a", "-m", "Retitle", NULL);
  g_assert_true (g_file_set_contents (notes, "notes\n", -1, NULL));
  git (folder, "2026-01-04T10:00:00Z", "add", "notes.txt", NULL);
  git (folder, "2026-01-04T10:00:00Z", "commit", "-q", "-m", "Notes only", NULL);
  concord_clause_set_heading (concord_memorandum_find_clause (m, "gen-status", NULL, NULL), "Legal status");
  save_title (path, m, "Third title");
  git (folder, "2026-01-05T10:00:00Z", "commit", "-q", "-a", "-m", "Retitle again, rename a heading", NULL);

  /* Three commits touched the file (the notes commit did not), newest
   * first. */
  revisions = concord_git_list_revisions (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 3);
  revision = g_ptr_array_index (revisions, 0);
  g_assert_cmpstr (revision->summary, ==, "Retitle again, rename a heading");
  g_assert_cmpstr (revision->author, ==, "Ada Drafter");
  g_assert_cmpuint (strlen (revision->short_id), ==, 7);
  g_assert_true (g_str_has_prefix (revision->id, revision->short_id));
  g_assert_cmpint (g_date_time_get_day_of_month (revision->time), ==, 5);
  g_assert_cmpstr (((ConcordRevision *) g_ptr_array_index (revisions, 1))->summary, ==, "Retitle");
  g_assert_cmpstr (((ConcordRevision *) g_ptr_array_index (revisions, 2))->summary, ==, "First draft");

  /* Not committed, not in a repository: said clearly. */
  save_title (untracked, m, "Untracked");
  g_assert_null (concord_git_list_revisions (untracked_file, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "never been committed"));
  g_clear_error (&error);
  save_title (outside, m, "Loose");
  g_assert_null (concord_git_list_revisions (outside_file, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "not in a git repository"));
  g_clear_error (&error);

  /* The window's action opens the dialog, which lists them; choosing the
   * oldest compares with it. */
  window = ui_new_window ();
  ui_open_file (window, file);
  g_assert_nonnull (concord_window_get_document (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-revision", NULL));
  ui_wait_for (has_revision_dialog, &dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_null (concord_revision_dialog_get_error (dialog));
  list = concord_revision_dialog_get_list (dialog);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 2));
  g_assert_null (gtk_list_box_get_row_at_index (list, 3));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                   ==, "Retitle again, rename a heading");
  ui_save_screenshot (GTK_WIDGET (dialog), "revision-dialog", 4);

  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 2));
  ui_wait_for (has_compare_window, &compare);
  gtk_window_set_default_size (GTK_WINDOW (compare), 1300, 820);
  diff = concord_compare_window_get_diff (compare);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 2);
  g_assert_cmpint (find_change (diff, CONCORD_DIFF_OBJECT_DETAILS, concord_memorandum_get_id (m)), >=, 0);
  g_assert_cmpint (find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "gen-status"), >=, 0);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (compare)), "children.mou at "));
  {
    g_autofree char *heading = NULL, *facts = NULL, *body = NULL;
    int details = find_change (diff, CONCORD_DIFF_OBJECT_DETAILS, concord_memorandum_get_id (m));

    /* The old side is this document (Third title), the new one the
     * revision (First title). */
    concord_compare_window_row_markup (compare, item_for_change (compare, details), TRUE, &heading, &facts, &body);
    g_assert_nonnull (strstr (facts, "First title"));
  }
  ui_save_screenshot (GTK_WIDGET (compare), "compare-window-revision", 4);

  gtk_window_destroy (GTK_WINDOW (compare));
  ui_destroy_window (window);

  /* The dialog on a file outside any repository says so instead. */
  window = ui_new_window ();
  ui_open_file (window, outside_file);
  g_assert_nonnull (concord_window_get_document (window));
  dialog = concord_revision_dialog_new (GTK_WINDOW (window), concord_window_get_document (window));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_wait_for (ui_is_ready, dialog);
  g_assert_nonnull (strstr (concord_revision_dialog_get_error (dialog), "not in a git repository"));
  g_assert_null (gtk_list_box_get_row_at_index (concord_revision_dialog_get_list (dialog), 0));
  ui_save_screenshot (GTK_WIDGET (dialog), "revision-dialog-error", 4);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_destroy_window (window);

  remove_tree (folder);
  remove_tree (outside_folder);
}
#endif

/* Conflicts a merge left: the window's bar counts them and opens the
 * resolve view, which shows both sides with the changed words marked,
 * takes a side, undoes it, keeps an edit and saves a clean file. */

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) type);
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  return find_widget (widget, is_of_type, &type);
}

static gboolean
resolve_window_open (gpointer data)
{
  *(gpointer *) data = mapped_toplevel (CONCORD_TYPE_RESOLVE_WINDOW);

  return *(gpointer *) data != NULL;
}

static const char *
subtitle (ConcordResolveWindow *resolve)
{
  AdwWindowTitle *title = ADW_WINDOW_TITLE (find_of_type (GTK_WIDGET (resolve), ADW_TYPE_WINDOW_TITLE));

  return adw_window_title_get_subtitle (title);
}

static void
assert_sides (ConcordResolveWindow *resolve,
              const char           *ours_part,
              const char           *theirs_part)
{
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;

  concord_resolve_window_markup (resolve, &ours, &theirs);
  g_assert_nonnull (strstr (ours, ours_part));
  g_assert_nonnull (strstr (theirs, theirs_part));
}

static gboolean
window_closed (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_resolve_conflicts (void)
{
  g_autofree char *scratch = g_dir_make_tmp ("concord-resolve-XXXXXX", NULL);
  g_autofree char *from = g_build_filename (SOURCE_ROOT, "tests", "data", "conflicts", "two-organisations.mou", NULL);
  g_autofree char *path = g_build_filename (scratch, "merged.mou", NULL);
  g_autofree char *data = NULL;
  g_autofree char *saved = NULL;
  gsize size;
  ConcordWindow *window;
  ConcordMemorandum *m;
  GListModel *conflicts;
  GtkWidget *bar;
  GtkLabel *label;
  ConcordResolveWindow *resolve = NULL;
  ConcordClause *scope;

  g_assert_true (g_file_get_contents (from, &data, &size, NULL));
  g_assert_true (g_file_set_contents (path, data, (gssize) size, NULL));
  window = ui_open_path (path);
  m = ui_memorandum (window);
  conflicts = concord_memorandum_get_conflicts (m);
  scope = concord_memorandum_find_clause (m, "cl-scope", NULL, NULL);

  /* The bar says how many, and opens the resolve view. */
  bar = find_of_type (GTK_WIDGET (window), CONCORD_TYPE_CONFLICT_BAR);
  g_assert_nonnull (bar);
  ui_wait_for (ui_widget_mapped, bar);
  label = GTK_LABEL (find_of_type (bar, GTK_TYPE_LABEL));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "2 conflicts"));
  ui_save_screenshot (GTK_WIDGET (window), "conflict-bar", 30);
  gtk_widget_activate (find_of_type (bar, GTK_TYPE_BUTTON));
  ui_wait_for (resolve_window_open, &resolve);
  g_object_add_weak_pointer (G_OBJECT (resolve), (gpointer *) &resolve);
  gtk_window_set_default_size (GTK_WINDOW (resolve), 1100, 640);
  ui_wait_for (ui_is_ready, resolve);
  g_assert_cmpstr (subtitle (resolve), ==, "Conflict 1 of 2");
  /* The recitals: our word and theirs, struck and underlined as the
   * compare view marks them. */
  assert_sides (resolve, ">associated</span>", ">other</span>");
  ui_save_screenshot (GTK_WIDGET (resolve), "resolve-window", 3);

  /* Next (F8) goes on to the heading; previous (Shift+F8) back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.next", NULL));
  g_assert_cmpstr (subtitle (resolve), ==, "Conflict 2 of 2");
  assert_sides (resolve, "Scope of this memorandum", "Extent");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.previous", NULL));
  g_assert_cmpstr (subtitle (resolve), ==, "Conflict 1 of 2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.next", NULL));

  /* Theirs taken: the heading changes, one conflict is left. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.take", "i", 1));
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Extent");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  g_assert_cmpstr (subtitle (resolve), ==, "Conflict 1 of 1");
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (scope));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "1 conflict "));

  /* Ctrl+Z in the resolve window undoes it through the main window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.undo", NULL));
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Scope of this memorandum");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.redo", NULL));
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Extent");

  /* The recitals edited in the main window, then kept as edited. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.edit", NULL));
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (m));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.keep", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 0);
  g_assert_cmpstr (subtitle (resolve), ==, "No conflicts left");
  ui_wait_for (ui_widget_hidden, bar);

  /* Saved from the resolve view: a clean file, and the view closes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (resolve), "resolve.save", NULL));
  ui_wait_for (window_closed, &resolve);
  saved = ui_saved_xml (path);
  g_assert_null (strstr (saved, "<conflicts>"));
  g_assert_nonnull (strstr (saved, "<heading>Extent</heading>"));
  g_assert_nonnull (strstr (saved, "and associated legislation"));
  g_assert_nonnull (strstr (saved, "once a month, and the chief officers"));

  ui_destroy_window (window);
  remove_tree (scratch);
}

/* A Word document this memorandum was exported to, back with a
 * reviewer's tracked change and comment, compared from Compare With
 * File: the change is the clause's, with the comment as a note, and
 * accepting it edits the memorandum, which is then the memorandum the
 * same edit made here gives, and prints to the same PDF. */
/* GTK's own file chooser, as there is no portal under the tests. */
static GtkFileChooser *
save_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_FILE_CHOOSER (toplevel);
    }

  return NULL;
}

static gboolean
save_chooser_shown (gpointer data)
{
  return save_chooser () != NULL;
}

static gboolean
no_save_chooser (gpointer data)
{
  return save_chooser () == NULL;
}

static void
test_word_revision (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-compare-XXXXXX", &error);
  g_autofree char *source = g_build_filename (SOURCE_ROOT, "tests", "data", "published", "office-holders.mou", NULL);
  g_autofree char *path = g_build_filename (folder, "office-holders.mou", NULL);
  g_autofree char *exported = g_build_filename (folder, "sent.docx", NULL);
  g_autofree char *edited = g_build_filename (folder, "returned.docx", NULL);
  g_autofree char *script = g_strdup_printf ("import sys; sys.path.insert(0, '%s/tests/office'); import word_edit; "
                                             "e = word_edit.WordEdit(sys.argv[1]); "
                                             "e.replace_words('legislative framework', 'statutory framework'); "
                                             "e.comment('legislative', 'Statutory is the word.'); e.save(sys.argv[2])",
                                             SOURCE_ROOT);
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (edited);
  const char *argv[] = { "python3", "-c", script, exported, edited, NULL };
  ConcordWindow *window;
  ConcordMemorandum *m;
  ConcordCompareWindow *compare;
  ConcordDiff *diff;
  int status = 0;
  int change;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (source, &text, NULL, &error));
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  window = ui_open_path (path);
  m = ui_memorandum (window);
  g_assert_true (concord_export_office (m, CONCORD_OFFICE_DOCX, exported, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));

  compare = show_compare (concord_compare_window_new_for_file (GTK_WINDOW (window), concord_window_get_document (window),
                                                               file, &error));
  g_assert_no_error (error);
  diff = concord_compare_window_get_diff (compare);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
  change = find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "c-minister");
  g_assert_cmpint (change, ==, 0);
  g_assert_true (concord_diff_change_get_fields (concord_diff_get_change (diff, change)) & CONCORD_DIFF_FIELD_BODY);
  g_assert_true (concord_diff_change_get_fields (concord_diff_get_change (diff, change)) & CONCORD_DIFF_FIELD_NOTES);
  ui_save_screenshot (GTK_WIDGET (compare), "compare-word-revision", 4);

  /* Sent back to the counterparty for Word: their version, each of the
   * differences from ours a tracked change, through the header button's
   * action and the file chooser. */
  {
    g_autofree char *redline = g_build_filename (folder, "office-holders-changes.docx", NULL);
    g_autoptr(GFile) redline_file = g_file_new_for_path (redline);
    g_autofree char *script_check = g_strdup_printf (
      "import sys, zipfile; d = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode(); "
      "assert '<w:ins ' in d and '<w:del ' in d, 'no tracked changes'; "
      "assert 'statutory' in d.split('<w:ins ')[1], 'the insertion is not the new word'; "
      "assert 'legislative' in d.split('<w:del ')[1], 'the deletion is not the old word'");
    const char *check[] = { "python3", "-c", script_check, redline, NULL };

    GtkFileChooser *chooser;
    g_autofree char *suggested = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.export-docx", NULL));
    ui_wait_for (save_chooser_shown, NULL);
    chooser = save_chooser ();
    suggested = gtk_file_chooser_get_current_name (chooser);
    /* Named after the memorandum, not after whichever file came back. */
    g_assert_cmpstr (suggested, ==, "mou-treasurer-local-government-changes.docx");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
    ui_wait_for (no_save_chooser, NULL);
    g_assert_false (g_file_test (redline, G_FILE_TEST_EXISTS));
    /* What the chooser's Export then does. */
    g_assert_true (concord_compare_export_redline (concord_compare_window_get_diff (compare), redline_file, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_sync (NULL, (char **) check, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                                 &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
    g_assert_no_error (error);
    g_unlink (redline);
  }

  g_assert_true (concord_compare_window_accept (compare, change, &error));
  g_assert_no_error (error);
  {
    ConcordClause *clause = concord_memorandum_find_clause (m, "c-minister", NULL, NULL);
    g_autofree char *body = concord_block_render (m, NULL, g_ptr_array_index (concord_clause_get_body (clause), 0));

    g_assert_nonnull (strstr (body, "statutory framework"));
    g_assert_cmpstr (concord_clause_get_notes (clause)[0], ==, "Robin Counsel: Statutory is the word.");
  }

  /* The accepted result prints as the same edit made here would: the
   * word changed in the clause's text, the reference kept. */
  {
    g_autoptr(ConcordMemorandum) here = concord_memorandum_load_from_file (source, &error);
    ConcordClause *clause = concord_memorandum_find_clause (here, "c-minister", NULL, NULL);
    g_autoptr(GPtrArray) body = concord_blocks_copy (concord_clause_get_body (clause));
    ConcordBlock *block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 0);
    const ConcordBlock *was = g_ptr_array_index (body, 0);
    ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL, FALSE };
    g_autoptr(GBytes) accepted = NULL;
    g_autoptr(GBytes) edited_here = NULL;

    g_assert_no_error (error);
    for (guint i = 0; i < concord_block_get_n_runs (was); i++)
      {
        const ConcordRun *run = concord_block_get_run (was, i);

        if (run->kind == CONCORD_RUN_TEXT && strstr (run->text, "legislative") != NULL)
          {
            g_autoptr(GString) words = g_string_new (run->text);

            g_string_replace (words, "legislative", "statutory", 1);
            concord_block_append_run (block, CONCORD_RUN_TEXT, words->str, FALSE);
          }
        else
          concord_block_append_run_copy (block, run);
      }
    g_ptr_array_index (body, 0) = block;
    concord_block_unref ((ConcordBlock *) was);
    concord_clause_set_body (clause, body);
    /* The reviewer's comment, noted as a drafter would note it. */
    concord_clause_set_notes (clause, (const char *[]) { "Robin Counsel: Statutory is the word.", NULL });
    {
      g_autoptr(GBytes) ours = concord_memorandum_serialize (m);
      g_autoptr(GBytes) theirs = concord_memorandum_serialize (here);

      g_assert_true (g_bytes_equal (ours, theirs));
    }
    accepted = concord_render_pdf (m, &options, &error);
    g_assert_no_error (error);
    edited_here = concord_render_pdf (here, &options, &error);
    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (accepted, edited_here));
  }

  gtk_window_destroy (GTK_WINDOW (compare));
  ui_destroy_window (window);
  g_unlink (exported);
  g_unlink (edited);
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
  g_setenv ("XDG_CONFIG_HOME", state, TRUE);
  g_setenv ("HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/compare/accept-reject-undo", test_accept_reject_undo);
  g_test_add_func ("/ui/compare/accept-refused", test_accept_refused);
  g_test_add_func ("/ui/compare/file-load-failure", test_file_load_failure);
  g_test_add_func ("/ui/compare/same-version", test_same_version);
  g_test_add_func ("/ui/compare/word-revision", test_word_revision);
  g_test_add_func ("/ui/compare/menu-actions", test_menu_actions);
  g_test_add_func ("/ui/compare/menu-items", test_menu_items);
  g_test_add_func ("/ui/resolve/conflicts", test_resolve_conflicts);
#ifdef HAVE_LIBGIT2
  g_test_add_func ("/ui/compare/git-revisions", test_git_revisions);
#endif

  return g_test_run ();
}
