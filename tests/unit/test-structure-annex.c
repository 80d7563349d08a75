/* test-structure-annex.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Annexes and document-control rows edited through the document layer,
 * with no display: each edit undone and redone, references to a removed
 * annex kept readable, and the checks on a row's version and date. */

#include "config.h"

#include <string.h>

#include "concord-core.h"
#include "concord-document.h"
#include "concord-structure.h"
#include "concord-structure-annex.h"

static ConcordDocument *
open_published (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ConcordDocument *document = concord_document_new_from_file (file, &error);

  g_assert_no_error (error);

  return document;
}

static GBytes *
serialize (ConcordDocument *document)
{
  return concord_memorandum_serialize (concord_document_get_memorandum (document));
}

static void
assert_same (GBytes *a,
             GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_test_message ("got:\n%.*s\nexpected:\n%.*s",
                      (int) g_bytes_get_size (a), (const char *) g_bytes_get_data (a, NULL),
                      (int) g_bytes_get_size (b), (const char *) g_bytes_get_data (b, NULL));
      g_test_fail ();
    }
}

/* The saved form loads again: what the edits made is a valid memorandum. */
static void
assert_loads (ConcordDocument *document)
{
  g_autoptr(GBytes) bytes = serialize (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL),
                                                                      g_bytes_get_size (bytes), "edited.mou", &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);
}

static ConcordAnnex *
annex_at (ConcordDocument *document,
          guint            position)
{
  GListModel *list = concord_memorandum_get_annexes (concord_document_get_memorandum (document));
  g_autoptr(ConcordAnnex) annex = g_list_model_get_item (list, position);

  return annex;
}

static guint
n_annexes (ConcordDocument *document)
{
  return g_list_model_get_n_items (concord_memorandum_get_annexes (concord_document_get_memorandum (document)));
}

static void
test_annex_add_move (void)
{
  g_autoptr(ConcordDocument) document = open_published ("data-sharing-umbrella.mou");
  g_autoptr(GBytes) start = serialize (document);
  g_autoptr(GBytes) added = NULL;
  ConcordAnnex *second = annex_at (document, 1);
  ConcordAnnex *annex;
  const char *focus = NULL;

  /* After the selected annex; after the last when none is selected. */
  annex = concord_structure_add_annex (document, G_OBJECT (second));
  g_assert_true (annex_at (document, 2) == annex);
  g_assert_cmpuint (n_annexes (document), ==, 5);
  g_assert_true (g_str_has_prefix (concord_annex_get_id (annex), "a-"));
  g_assert_nonnull (concord_annex_get_heading (annex));
  annex = CONCORD_ANNEX (concord_structure_apply (document, "annex-add", NULL, &focus));
  g_assert_cmpstr (focus, ==, "heading");
  g_assert_true (annex_at (document, 5) == annex);
  g_assert_cmpstr (concord_annex_get_id (annex), !=, concord_annex_get_id (annex_at (document, 2)));
  assert_loads (document);
  added = serialize (document);

  /* Up and down, and not past either end. */
  g_assert_false (concord_structure_move_annex (document, annex, 1));
  g_assert_true (concord_structure_move_annex (document, annex, -1));
  g_assert_true (annex_at (document, 4) == annex);
  g_assert_true (concord_structure_apply (document, "move-up", G_OBJECT (annex), &focus) == G_OBJECT (annex));
  g_assert_true (concord_structure_apply (document, "annex-move-up", G_OBJECT (annex), &focus) == G_OBJECT (annex));
  g_assert_true (annex_at (document, 2) == annex);
  g_assert_false (concord_structure_move_annex (document, annex_at (document, 0), -1));
  /* An annex edit does nothing to a clause. */
  g_assert_null (concord_structure_apply (document, "annex-move-up", G_OBJECT (concord_document_get_memorandum (document)), &focus));

  /* Each edit is one step of undo. */
  concord_document_undo (document);
  concord_document_undo (document);
  concord_document_undo (document);
  g_assert_true (annex_at (document, 5) == annex);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_same (now, added);
  }
  concord_document_undo (document);
  concord_document_undo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_same (now, start);
  }
  g_assert_false (concord_document_can_undo (document));
  concord_document_redo (document);
  concord_document_redo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_same (now, added);
  }
}

/* A clause of the umbrella memorandum referring to annex 2, to its
 * third paragraph (bare and with its word), and to annex 3. */
static ConcordClause *
refer_to_annexes (ConcordDocument *document)
{
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (m);
  ConcordClause *clause = g_ptr_array_index (clauses, 0);
  g_autoptr(GPtrArray) annex_body = concord_blocks_copy (concord_annex_get_body (annex_at (document, 1)));
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  ConcordBlock *block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);

  concord_block_set_id (g_ptr_array_index (annex_body, 2), "quality-report");
  concord_annex_set_body (annex_at (document, 1), annex_body);
  concord_block_append_run (block, CONCORD_RUN_TEXT, "See ", FALSE);
  concord_block_append_run (block, CONCORD_RUN_CLAUSE, "annex-2", TRUE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, ", in particular paragraph ", FALSE);
  concord_block_append_run (block, CONCORD_RUN_CLAUSE, "quality-report", FALSE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, " (", FALSE);
  concord_block_append_run (block, CONCORD_RUN_CLAUSE, "quality-report", TRUE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, "), and ", FALSE);
  concord_block_append_run (block, CONCORD_RUN_CLAUSE, "annex-3", TRUE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, ".", FALSE);
  g_ptr_array_add (body, block);
  concord_clause_set_body (clause, body);

  return clause;
}

static char *
clause_text (ConcordDocument *document,
             ConcordClause   *clause)
{
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (concord_document_get_memorandum (document));
  const ConcordBlock *block = g_ptr_array_index (concord_clause_get_body (clause), 0);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      if (run->kind == CONCORD_RUN_CLAUSE)
        {
          g_autofree char *ref = concord_numbering_render_ref (numbering, run->text, run->full_form);

          g_string_append_printf (text, "[%s]", ref != NULL ? ref : "missing");
        }
      else
        g_string_append (text, run->text);
    }

  return g_string_free (text, FALSE);
}

/* A reference follows its annex's new number after a move. */
static void
test_annex_references_follow_moves (void)
{
  g_autoptr(ConcordDocument) document = open_published ("data-sharing-umbrella.mou");
  ConcordClause *clause = refer_to_annexes (document);
  g_autofree char *before = clause_text (document, clause);
  g_autofree char *after = NULL;

  g_assert_cmpstr (before, ==, "See [Annex 2], in particular paragraph [3] ([paragraph 3 of Annex 2]), and [Annex 3].");
  g_assert_true (concord_structure_move_annex (document, annex_at (document, 1), 1));
  after = clause_text (document, clause);
  g_assert_cmpstr (after, ==, "See [Annex 3], in particular paragraph [3] ([paragraph 3 of Annex 3]), and [Annex 2].");
}

static void
test_annex_remove_referred (void)
{
  g_autoptr(ConcordDocument) document = open_published ("data-sharing-umbrella.mou");
  ConcordClause *clause = refer_to_annexes (document);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(GBytes) referred = serialize (document);
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;
  ConcordAnnex *second = annex_at (document, 1);
  ConcordAnnex *fourth = annex_at (document, 3);
  GObject *next;

  /* Nothing refers to annex 4: it goes without asking. */
  g_assert_null (concord_structure_describe_annex_removal (document, fourth, &heading));
  g_assert_null (heading);

  /* Annex 2 is named, and so is its paragraph. */
  names = concord_structure_annex_referrers (document, second);
  g_assert_cmpuint (names->len, ==, 1);
  g_test_message ("referrer: %s", (char *) g_ptr_array_index (names, 0));
  g_assert_true (g_str_equal (g_ptr_array_index (names, 0), "clause 1.1"));
  body = concord_structure_describe_annex_removal (document, second, &heading);
  g_assert_cmpstr (heading, ==, "Remove Annex 2?");
  g_assert_nonnull (strstr (body, (char *) g_ptr_array_index (names, 0)));

  /* A reference from inside the annex to itself is no reason to ask. */
  {
    g_autoptr(GPtrArray) own = concord_blocks_copy (concord_annex_get_body (fourth));
    ConcordBlock *block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);
    g_autoptr(GPtrArray) none = NULL;

    concord_block_append_run (block, CONCORD_RUN_CLAUSE, "annex-4", TRUE);
    g_ptr_array_add (own, block);
    concord_annex_set_body (fourth, own);
    none = concord_structure_annex_referrers (document, fourth);
    g_assert_cmpuint (none->len, ==, 0);
  }

  /* Removed, its references read as they printed; annex 3 is now 2. */
  g_clear_pointer (&referred, g_bytes_unref);
  referred = serialize (document);
  next = concord_structure_remove_annex (document, second);
  g_assert_true (next == G_OBJECT (annex_at (document, 1)));
  g_assert_cmpuint (n_annexes (document), ==, 3);
  g_assert_cmpstr (concord_annex_get_id (annex_at (document, 1)), ==, "annex-3");
  text = clause_text (document, clause);
  g_assert_cmpstr (text, ==, "See Annex 2, in particular paragraph 3 (paragraph 3 of Annex 2), and [Annex 2].");
  assert_loads (document);

  /* One undo brings back the annex and the references. */
  concord_document_undo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_same (now, referred);
  }
  g_clear_pointer (&text, g_free);
  text = clause_text (document, clause);
  g_assert_cmpstr (text, ==, "See [Annex 2], in particular paragraph [3] ([paragraph 3 of Annex 2]), and [Annex 3].");

  /* The last annex gone, the memorandum is what is left to select. */
  while (n_annexes (document) > 1)
    concord_structure_remove_annex (document, annex_at (document, 0));
  g_assert_true (concord_structure_remove_annex (document, annex_at (document, 0)) == G_OBJECT (m));
  assert_loads (document);
}

/* Removing an annex referred to from a table cell keeps the table. */
static void
test_annex_remove_from_table (void)
{
  g_autoptr(ConcordDocument) document = open_published ("data-sharing-umbrella.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (m);
  ConcordClause *clause = g_ptr_array_index (clauses, 1);
  g_autoptr(ConcordTable) table = concord_table_new (2, NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);
  g_autoptr(GPtrArray) body = concord_blocks_copy (concord_clause_get_body (clause));
  ConcordBlock *cell = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);
  ConcordBlock *block;
  ConcordTable *kept;
  const ConcordRun *run;

  concord_block_append_run (cell, CONCORD_RUN_CLAUSE, "annex-1", TRUE);
  g_ptr_array_add (cells, cell);
  g_ptr_array_add (cells, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, "Monthly"));
  g_assert_true (concord_table_append_row (table, cells, NULL));
  concord_table_set_header (table, TRUE);
  block = concord_block_new_table (table, NULL);
  concord_block_set_id (block, "t-exchanges");
  g_ptr_array_add (body, block);
  concord_clause_set_body (clause, body);

  concord_structure_remove_annex (document, annex_at (document, 0));
  block = g_ptr_array_index (concord_clause_get_body (clause), body->len - 1);
  kept = concord_block_get_table (block);
  g_assert_nonnull (kept);
  g_assert_cmpstr (concord_block_get_id (block), ==, "t-exchanges");
  g_assert_true (concord_table_get_header (kept));
  g_assert_cmpuint (concord_table_get_n_rows (kept), ==, 1);
  run = concord_block_get_run (concord_table_get_cell (kept, 0, 0), 0);
  g_assert_cmpint (run->kind, ==, CONCORD_RUN_TEXT);
  g_assert_cmpstr (run->text, ==, "Annex 1");
  assert_loads (document);
}

static ConcordControlEntry *
entry_at (ConcordDocument *document,
          guint            position)
{
  GListModel *list = concord_memorandum_get_control_entries (concord_document_get_memorandum (document));
  g_autoptr(ConcordControlEntry) entry = g_list_model_get_item (list, position);

  return entry;
}

static void
test_control_add_remove_move (void)
{
  g_autoptr(ConcordDocument) document = open_published ("data-sharing-umbrella.mou");
  GListModel *list = concord_memorandum_get_control_entries (concord_document_get_memorandum (document));
  g_autoptr(GBytes) start = serialize (document);
  g_autoptr(GError) error = NULL;
  ConcordControlEntry *entry;

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  entry = concord_structure_add_control_entry (document);
  g_assert_true (entry_at (document, 3) == entry);
  /* After 2.1 comes 2.2, dated today. */
  g_assert_cmpstr (concord_control_entry_get_version (entry), ==, "2.2");
  g_assert_true (concord_structure_check_month_or_date (concord_control_entry_get_date (entry), &error));
  g_assert_no_error (error);
  concord_control_entry_set_author (entry, "Statistics Authority");
  concord_control_entry_set_summary (entry, "Annex 5 added");
  assert_loads (document);

  g_assert_true (concord_structure_move_control_entry (document, entry, -1));
  g_assert_true (entry_at (document, 2) == entry);
  g_assert_false (concord_structure_move_control_entry (document, entry_at (document, 0), -1));
  g_assert_false (concord_structure_move_control_entry (document, entry_at (document, 3), 1));
  g_assert_true (concord_structure_remove_control_entry (document, entry_at (document, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_cmpstr (concord_control_entry_get_version (entry_at (document, 0)), ==, "2.0");
  g_assert_false (concord_structure_remove_control_entry (document, concord_control_entry_new ()));
  assert_loads (document);

  while (concord_document_can_undo (document))
    concord_document_undo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_same (now, start);
  }
}

/* A new row's version is one after the last, and never another row's. */
static void
test_control_next_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_document_new_from_template ("blank", &error);
  GListModel *list = concord_memorandum_get_control_entries (concord_document_get_memorandum (document));
  const char *cases[][2] = {
    { "0.9", "0.10" }, { "7", "8" }, { "1.0.2", "1.0.3" }, { "draft", "draft.1" }, { "2 final", "2 final.1" },
  };

  g_assert_no_error (error);
  while (g_list_model_get_n_items (list) > 0)
    concord_structure_remove_control_entry (document, entry_at (document, 0));
  {
    g_autofree char *first = concord_structure_next_version (document);

    g_assert_cmpstr (first, ==, "0.1");
  }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConcordControlEntry *entry = concord_structure_add_control_entry (document);
      g_autofree char *next = NULL;

      concord_control_entry_set_version (entry, cases[i][0]);
      next = concord_structure_next_version (document);
      g_assert_cmpstr (next, ==, cases[i][1]);
    }
  /* 0.10 is taken by an earlier row: 0.11 then. */
  concord_control_entry_set_version (entry_at (document, 0), "0.10");
  concord_control_entry_set_version (entry_at (document, 4), "0.9");
  {
    g_autofree char *next = concord_structure_next_version (document);

    g_assert_cmpstr (next, ==, "0.11");
  }
  assert_loads (document);
}

static void
test_control_checks (void)
{
  g_autoptr(ConcordDocument) document = open_published ("data-sharing-umbrella.mou");
  ConcordControlEntry *first = entry_at (document, 0);
  const char *good_dates[] = { "", "2016-11", "2016-11-30", "2024-02-29", "0001-01" };
  const char *bad_dates[] = {
    "2016", "2016-13", "2016-00", "2016-11-31", "2023-02-29", "16-11-30", "2016-1-30", "2016-11-3",
    "2016/11/30", " 2016-11", "2016-11 ", "+016-11", "2016-+1", "2016-11-+1", "0000-01", "November 2016",
    "2016-11-30T10:00", "2016-11-30x", "２０１６-11",
  };
  const char *bad_versions[] = { "", " ", "1.0 ", " 1.0", "1  0", "1\t0", "1\n0", "2.0" };

  for (guint i = 0; i < G_N_ELEMENTS (good_dates); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (concord_structure_check_month_or_date (good_dates[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("date %s", bad_dates[i]);
      g_assert_false (concord_structure_check_month_or_date (bad_dates[i], &error));
      g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
      g_assert_nonnull (strstr (error->message, "2016-11"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_versions); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("version “%s”", bad_versions[i]);
      g_assert_false (concord_structure_check_version (document, first, bad_versions[i], &error));
      g_assert_nonnull (error);
    }
  /* A row keeps its own version; "1.0 draft" is one token of two words. */
  g_assert_true (concord_structure_check_version (document, first, "1.0", NULL));
  g_assert_true (concord_structure_check_version (document, first, "1.0 draft", NULL));
  g_assert_false (concord_structure_check_version (document, NULL, "1.0", NULL));
}

/* A memorandum made by the seeded generator's shape, but with many rows:
 * each edit still touches one row and undoes as one step. */
static void
test_control_many_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_document_new_from_template ("blank", &error);
  GListModel *list = concord_memorandum_get_control_entries (concord_document_get_memorandum (document));
  g_autoptr(GBytes) start = NULL;
  guint n;

  g_assert_no_error (error);
  for (guint i = 0; i < 300; i++)
    concord_structure_add_control_entry (document);
  n = g_list_model_get_n_items (list);
  assert_loads (document);
  start = serialize (document);
  g_assert_true (concord_structure_move_control_entry (document, entry_at (document, n - 1), -1));
  g_assert_true (concord_structure_remove_control_entry (document, entry_at (document, 150)));
  concord_document_undo (document);
  concord_document_undo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_same (now, start);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("concord-structure-home-XXXXXX", NULL);

  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/structure/annex/add-move", test_annex_add_move);
  g_test_add_func ("/structure/annex/references-follow-moves", test_annex_references_follow_moves);
  g_test_add_func ("/structure/annex/remove-referred", test_annex_remove_referred);
  g_test_add_func ("/structure/annex/remove-from-table", test_annex_remove_from_table);
  g_test_add_func ("/structure/control/add-remove-move", test_control_add_remove_move);
  g_test_add_func ("/structure/control/next-version", test_control_next_version);
  g_test_add_func ("/structure/control/checks", test_control_checks);
  g_test_add_func ("/structure/control/many-rows", test_control_many_rows);

  return g_test_run ();
}
