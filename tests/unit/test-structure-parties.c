/* test-structure-parties.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"
#include "concord-document.h"
#include "concord-structure.h"

/* Structure edits of parties and signature blocks, through the document
 * layer with no display: what they change, that each is one undoable
 * edit, and that what they leave can be saved and read back. */

static ConcordDocument *
open_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ConcordDocument *document = concord_document_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static GBytes *
serialize (ConcordDocument *document)
{
  return concord_memorandum_serialize (concord_document_get_memorandum (document));
}

/* The memorandum as it is now loads again: no dangling reference. */
static void
assert_reloads (ConcordDocument *document)
{
  g_autoptr(GBytes) bytes = serialize (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) again =
    concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
}

static void
assert_undo_redo (ConcordDocument *document,
                  GBytes          *start)
{
  g_autoptr(GBytes) end = serialize (document);

  g_assert_true (concord_document_can_undo (document));
  concord_document_undo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    g_assert_true (g_bytes_equal (now, start));
  }
  concord_document_redo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    g_assert_true (g_bytes_equal (now, end));
  }
}

static GObject *
find_item (GListModel *list,
           const char *property,
           const char *value)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *v = NULL;

      g_object_get (item, property, &v, NULL);
      if (g_strcmp0 (v, value) == 0)
        return item;
    }

  return NULL;
}

static gboolean
names (const ConcordBlock *block,
       const char         *id)
{
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    if (concord_block_get_run (block, i)->kind == CONCORD_RUN_PARTY &&
        g_strcmp0 (concord_block_get_run (block, i)->text, id) == 0)
      return TRUE;

  return FALSE;
}

/* The local boards' annex holds a contacts table naming each board: the
 * table stays a table, the board's cell reads its name, and the other
 * boards' cells keep their references. */
static void
test_remove_party_in_annex_table (void)
{
  g_autoptr(ConcordDocument) document = open_fixture ("published/local-boards.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(GBytes) start = serialize (document);
  ConcordParty *hwb = concord_memorandum_find_party (m, "hwb");
  g_autoptr(ConcordAnnex) annex = g_list_model_get_item (concord_memorandum_get_annexes (m), 0);
  g_autoptr(GPtrArray) body = NULL;
  const ConcordTable *table;
  const ConcordBlock *cell;

  g_assert_nonnull (hwb);
  g_assert_true (concord_structure_remove_party (document, hwb) == G_OBJECT (m));
  g_assert_null (concord_memorandum_find_party (m, "hwb"));

  g_object_get (annex, "body", &body, NULL);
  g_assert_cmpuint (body->len, ==, 1);
  table = concord_block_get_table (g_ptr_array_index (body, 0));
  g_assert_nonnull (table);
  g_assert_cmpuint (concord_table_get_n_rows (table), ==, 4);
  g_assert_cmpuint (concord_table_get_n_columns (table), ==, 3);
  g_assert_true (concord_table_get_header (table));
  g_assert_cmpuint (concord_table_get_width (table, 1), ==, 3);
  cell = concord_table_get_cell (table, 1, 0);
  g_assert_cmpint (concord_block_get_run (cell, 0)->kind, ==, CONCORD_RUN_TEXT);
  g_assert_false (names (g_ptr_array_index (body, 0), "hwb"));
  g_assert_true (names (concord_table_get_cell (table, 2, 0), "ctb"));
  g_assert_cmpstr (concord_block_get_run (concord_table_get_cell (table, 2, 1), 0)->text, ==,
                   "Corporate Director, People");

  /* The Trust Board answered to the board removed: now to a body of
   * that name. */
  {
    ConcordClause *acc = concord_memorandum_find_clause (m, "c-ctb-acc", NULL, NULL);

    g_assert_null (concord_clause_get_to (acc));
    g_assert_cmpstr (concord_clause_get_to_body (acc), ==, "the HWB");
  }

  assert_reloads (document);
  assert_undo_redo (document, start);
}

/* A table in a clause, beside paragraphs: each block keeps its kind and
 * id, and the clause, named only in its table, still stops naming it. */
static void
test_remove_party_in_clause_table (void)
{
  g_autoptr(ConcordDocument) document = open_fixture ("tables.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(GBytes) start = serialize (document);
  ConcordClause *clause = concord_memorandum_find_clause (m, "c1", NULL, NULL);
  GPtrArray *body;
  g_autoptr(GPtrArray) before = NULL;

  g_assert_nonnull (clause);
  before = concord_blocks_copy (concord_clause_get_body (clause));
  concord_structure_remove_party (document, concord_memorandum_find_party (m, "ct"));
  body = concord_clause_get_body (clause);
  g_assert_cmpuint (body->len, ==, before->len);
  for (guint i = 0; i < body->len; i++)
    {
      const ConcordBlock *a = g_ptr_array_index (before, i);
      const ConcordBlock *b = g_ptr_array_index (body, i);

      g_assert_cmpint (concord_block_get_kind (a), ==, concord_block_get_kind (b));
      g_assert_cmpstr (concord_block_get_id (a), ==, concord_block_get_id (b));
      g_assert_true ((concord_block_get_table (a) == NULL) == (concord_block_get_table (b) == NULL));
      g_assert_false (names (b, "ct"));
    }
  /* The other party's reference in the same table stays. */
  g_assert_true (names (g_ptr_array_index (body, 1), "hb"));

  assert_reloads (document);
  assert_undo_redo (document, start);
}

/* A line that also signed for the party removed signs for its own
 * party alone afterwards, so the file still loads. */
static void
test_remove_party_also_for (void)
{
  g_autoptr(ConcordDocument) document = open_fixture ("published/local-boards.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  GListModel *signatures = concord_memorandum_get_signatures (m);
  ConcordSignature *ctb = CONCORD_SIGNATURE (find_item (signatures, "party", "ctb"));
  guint n = g_list_model_get_n_items (signatures);
  g_autoptr(GBytes) start = NULL;

  concord_signature_set_also_for (ctb, "hwb");
  start = serialize (document);
  concord_structure_remove_party (document, concord_memorandum_find_party (m, "hwb"));
  g_assert_null (concord_signature_get_also_for (ctb));
  g_assert_cmpstr (concord_signature_get_second_title (ctb), ==, "Corporate Director, People");
  g_assert_cmpuint (g_list_model_get_n_items (signatures), ==, n - 1);
  assert_reloads (document);
  assert_undo_redo (document, start);
  concord_document_undo (document);
  g_assert_cmpstr (concord_signature_get_also_for (ctb), ==, "hwb");
}

/* Adding a block: first for the selected party without one, then for the
 * first signatory without one, then a signatory who is not a party. */
static void
test_signature_add_remove (void)
{
  g_autoptr(ConcordDocument) document = open_fixture ("published/office-holders.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  GListModel *signatures = concord_memorandum_get_signatures (m);
  GListModel *parties = concord_memorandum_get_parties (m);
  g_autoptr(ConcordSignature) treasurer = g_list_model_get_item (signatures, 0);
  g_autoptr(ConcordSignature) minister = g_list_model_get_item (signatures, 1);
  g_autoptr(GBytes) start = serialize (document);
  g_autoptr(GBytes) step = NULL;
  ConcordSignature *added;
  GObject *next;
  const char *focus = NULL;

  /* Both office holders have blocks: a new one is not a party's. */
  added = concord_structure_add_signature (document, G_OBJECT (treasurer), FALSE);
  g_assert_null (concord_signature_get_party (added));
  g_assert_nonnull (concord_signature_get_placeholder (added, "title"));
  g_assert_true (g_list_model_get_item (signatures, 1) == (gpointer) added);
  g_object_unref (added);
  assert_reloads (document);
  assert_undo_redo (document, start);

  /* Removing the first block of the pair selects the one after it. */
  step = serialize (document);
  next = concord_structure_remove_signature (document, treasurer);
  g_assert_true (next == G_OBJECT (added));
  g_assert_cmpuint (g_list_model_get_n_items (signatures), ==, 2);
  assert_reloads (document);
  assert_undo_redo (document, step);

  /* A party without a block, selected, gets one, through the named edit
   * as the window's action calls it. */
  {
    g_autoptr(ConcordParty) party = concord_party_new ("p-third");

    concord_party_set_name (party, "the Minister of Finance");
    concord_party_set_kind (party, CONCORD_PARTY_KIND_SIGNATORY);
    concord_document_insert_item (document, parties, g_list_model_get_n_items (parties), party);
    next = concord_structure_apply (document, "signature-add", G_OBJECT (party), &focus);
    g_assert_cmpstr (concord_signature_get_party (CONCORD_SIGNATURE (next)), ==, "p-third");
    g_assert_cmpstr (focus, ==, "person");
    /* It has one now: the next goes to the first party without one, the
     * Treasurer, whose block was removed above. */
    next = concord_structure_apply (document, "signature-add", G_OBJECT (party), &focus);
    g_assert_cmpstr (concord_signature_get_party (CONCORD_SIGNATURE (next)), ==, "treasurer");
    /* Every party has one: the next is not a party's, and while the one
     * added first has no office or name, that one is offered again, as
     * two unnamed ones could not be told apart when read back. */
    next = concord_structure_apply (document, "signature-add", G_OBJECT (minister), &focus);
    g_assert_true (next == G_OBJECT (added));
    g_assert_cmpstr (focus, ==, "title");
    g_assert_cmpuint (g_list_model_get_n_items (signatures), ==, 4);
    concord_signature_set_title (added, "Director of Public Health");
    next = concord_structure_apply (document, "signature-add-other", NULL, &focus);
    g_assert_false (next == G_OBJECT (added));
    g_assert_null (concord_signature_get_party (CONCORD_SIGNATURE (next)));
    g_assert_cmpuint (g_list_model_get_n_items (signatures), ==, 5);
    assert_reloads (document);
  }

  /* Removal applies to a signature only; the last one gone selects the
   * memorandum. */
  g_assert_null (concord_structure_apply (document, "signature-remove", G_OBJECT (m), &focus));
  while (g_list_model_get_n_items (signatures) > 0)
    {
      g_autoptr(GObject) sig = g_list_model_get_item (signatures, 0);

      next = concord_structure_apply (document, "signature-remove", sig, &focus);
      g_assert_nonnull (next);
    }
  g_assert_true (next == G_OBJECT (m));

  while (concord_document_can_undo (document))
    concord_document_undo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    g_assert_true (g_bytes_equal (now, start));
  }
}

/* New parties take colours no party has, in the palette's order. */
static void
test_party_colours (void)
{
  g_autoptr(ConcordDocument) document = open_fixture ("published/local-boards.mou");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) coloured = concord_document_new_from_template ("sector-led-improvement", &error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *parties;

  for (guint i = 0; i < 6; i++)
    {
      ConcordParty *party = concord_structure_add_party (document);
      const char *colour = concord_party_get_colour (party);

      g_assert_nonnull (colour);
      g_assert_true (g_hash_table_add (seen, g_ascii_strdown (colour, -1)));
    }

  /* The template uses six colours, one written in capitals here. */
  g_assert_no_error (error);
  parties = concord_memorandum_get_parties (concord_document_get_memorandum (coloured));
  {
    g_autoptr(ConcordParty) first = g_list_model_get_item (parties, 0);

    concord_party_set_colour (first, "#1C71D8");
  }
  g_hash_table_remove_all (seen);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);

      g_hash_table_add (seen, g_ascii_strdown (concord_party_get_colour (party), -1));
    }
  for (guint i = 0; i < 3; i++)
    {
      ConcordParty *party = concord_structure_add_party (coloured);

      g_assert_true (g_hash_table_add (seen, g_ascii_strdown (concord_party_get_colour (party), -1)));
    }
  /* Adding a party is one edit, colour and all. */
  concord_document_undo (coloured);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 8);
}

/* The question before removing a party lists the clauses that name it as
 * the outline does: a clause with no heading by its opening words, never
 * by its identifier. */
static void
test_describe_party_removal (void)
{
  g_autoptr(ConcordDocument) document = open_fixture ("published/data-sharing-umbrella.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  ConcordParty *rev = concord_memorandum_find_party (m, "rev");
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  body = concord_structure_describe_party_removal (document, rev, &heading);
  g_assert_nonnull (body);
  g_assert_cmpstr (heading, ==, "Remove Risk and Intelligence Directorate, Data Exchange Team?");
  g_assert_nonnull (strstr (body, "These 2 clauses name the party"));
  g_assert_nonnull (strstr (body, "\n• 1.1 This memorandum of understanding sets out the framework"));
  g_assert_null (strstr (body, "cl-intro-what"));
  g_assert_null (strstr (body, "cl-role-rev"));

  /* A party no clause names is removed without a question. */
  g_clear_pointer (&heading, g_free);
  g_assert_null (concord_structure_describe_party_removal (document, concord_structure_add_party (document),
                                                           &heading));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/structure/remove-party/annex-table", test_remove_party_in_annex_table);
  g_test_add_func ("/structure/remove-party/clause-table", test_remove_party_in_clause_table);
  g_test_add_func ("/structure/remove-party/also-for", test_remove_party_also_for);
  g_test_add_func ("/structure/signature-add-remove", test_signature_add_remove);
  g_test_add_func ("/structure/party-colours", test_party_colours);
  g_test_add_func ("/structure/describe-party-removal", test_describe_party_removal);

  return g_test_run ();
}
