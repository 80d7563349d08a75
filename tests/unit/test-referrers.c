/* test-referrers.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Who refers to a clause or a section, which removing it asks about:
 * references to the clause itself and to its paragraphs and items, from
 * clauses, the background, definitions, annexes and table cells, but not
 * from within what is removed. */

#include "config.h"

#include <string.h>

#include "concord-core.h"
#include "concord-referrers.h"

static ConcordMemorandum *
load_framework (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", "framework.mou", NULL);
  ConcordMemorandum *m = concord_memorandum_load_from_file (path, &error);

  g_assert_no_error (error);

  return m;
}

static GPtrArray *
one_block (ConcordBlockKind  kind,
           const char       *id,
           ConcordRunKind    run_kind,
           const char       *text)
{
  GPtrArray *blocks = concord_blocks_new ();
  ConcordBlock *block = concord_block_new (kind, 1);

  concord_block_set_id (block, id);
  concord_block_append_run (block, CONCORD_RUN_TEXT, "See ", FALSE);
  concord_block_append_run (block, run_kind, text, TRUE);
  g_ptr_array_add (blocks, block);

  return blocks;
}

static void
test_framework (void)
{
  g_autoptr(ConcordMemorandum) m = load_framework ();
  ConcordClause *independence = concord_memorandum_find_clause (m, "cl-independence", NULL, NULL);
  ConcordClause *review = concord_memorandum_find_clause (m, "cl-review", NULL, NULL);
  g_autoptr(GPtrArray) found = concord_referrers_find (m, G_OBJECT (independence));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Paragraph 7 says "as set out in paragraph 6". */
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == concord_memorandum_find_clause (m, "cl-intervention", NULL, NULL));
  body = concord_referrers_describe_removal (m, G_OBJECT (independence), &heading);
  g_assert_cmpstr (heading, ==, "Remove paragraph 6?");
  g_assert_nonnull (strstr (body, "• 7 Where the Regulator considers"));

  /* Nothing refers to the review clause: no question. */
  g_clear_pointer (&heading, g_free);
  g_assert_null (concord_referrers_describe_removal (m, G_OBJECT (review), &heading));
  g_assert_null (heading);

  /* The section holds both the reference and what it names. */
  {
    g_autoptr(GPtrArray) in_section = concord_referrers_find (m, G_OBJECT (concord_memorandum_find_section (m, "sec-boundaries")));

    g_assert_cmpuint (in_section->len, ==, 0);
  }
}

/* A memorandum of two sections: clause "a" with an item "a-1"; every
 * other kind of text may refer to them. */
static ConcordMemorandum *
build (void)
{
  ConcordMemorandum *m = concord_memorandum_new ("m");
  g_autoptr(ConcordSection) first = concord_section_new ("s1");
  g_autoptr(ConcordSection) second = concord_section_new ("s2");
  g_autoptr(ConcordClause) a = concord_clause_new ("a");
  g_autoptr(ConcordClause) b = concord_clause_new ("b");
  g_autoptr(GPtrArray) body = one_block (CONCORD_BLOCK_ITEM, "a-1", CONCORD_RUN_CLAUSE, "a");

  /* "a" refers to itself: removing it leaves nothing dangling there. */
  concord_clause_set_body (a, body);
  concord_clause_set_heading (b, "Other");
  concord_section_append_clause (first, a);
  concord_section_append_clause (second, b);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (m)), first);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (m)), second);

  return m;
}

static void
test_kinds_of_text (void)
{
  g_autoptr(ConcordMemorandum) m = build ();
  ConcordClause *a = concord_memorandum_find_clause (m, "a", NULL, NULL);
  ConcordClause *b = concord_memorandum_find_clause (m, "b", NULL, NULL);
  g_autoptr(ConcordTerm) term = concord_term_new ("t");
  g_autoptr(ConcordAnnex) annex = concord_annex_new ("x");
  g_autoptr(ConcordTable) table = concord_table_new (1, NULL);
  g_autoptr(GPtrArray) cells = one_block (CONCORD_BLOCK_PARAGRAPH, NULL, CONCORD_RUN_CLAUSE, "a-1");
  g_autoptr(GPtrArray) annex_body = concord_blocks_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_assert_cmpuint ((found = concord_referrers_find (m, G_OBJECT (a)))->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A reference to an item of "a", from the other clause... */
  blocks = one_block (CONCORD_BLOCK_PARAGRAPH, NULL, CONCORD_RUN_CLAUSE, "a-1");
  concord_clause_set_body (b, blocks);
  g_clear_pointer (&blocks, g_ptr_array_unref);
  /* ...from the background and a definition, to "a" itself... */
  blocks = one_block (CONCORD_BLOCK_PARAGRAPH, NULL, CONCORD_RUN_CLAUSE, "a");
  concord_memorandum_set_recitals (m, blocks);
  concord_term_set_name (term, "the Scheme");
  concord_term_set_meaning (term, blocks);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_terms (m)), term);
  /* ...and from a table's cell in an annex. */
  g_assert_true (concord_table_append_row (table, cells, NULL));
  g_ptr_array_add (annex_body, concord_block_new_table (table, NULL));
  concord_annex_set_heading (annex, "Contacts");
  concord_annex_set_body (annex, annex_body);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_annexes (m)), annex);

  found = concord_referrers_find (m, G_OBJECT (a));
  g_assert_cmpuint (found->len, ==, 4);
  g_assert_true (g_ptr_array_index (found, 0) == (gpointer) m);
  g_assert_true (g_ptr_array_index (found, 1) == (gpointer) term);
  g_assert_true (g_ptr_array_index (found, 2) == (gpointer) b);
  g_assert_true (g_ptr_array_index (found, 3) == (gpointer) annex);

  body = concord_referrers_describe_removal (m, G_OBJECT (a), &heading);
  g_assert_cmpstr (heading, ==, "Remove clause 1.1?");
  g_assert_nonnull (strstr (body, "These 4 places refer to it"));
  g_assert_nonnull (strstr (body, "• The background"));
  g_assert_nonnull (strstr (body, "• The definition of “the Scheme”"));
  g_assert_nonnull (strstr (body, "• 2.1 Other"));
  g_assert_nonnull (strstr (body, "• Annex A Contacts"));

  /* Removing the first section removes "a" with it; the second section
   * holds "b", which refers out of it, not into it. */
  g_clear_pointer (&found, g_ptr_array_unref);
  found = concord_referrers_find (m, G_OBJECT (concord_memorandum_find_section (m, "s1")));
  g_assert_cmpuint (found->len, ==, 4);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = concord_referrers_find (m, G_OBJECT (concord_memorandum_find_section (m, "s2")));
  g_assert_cmpuint (found->len, ==, 0);

  /* Neither a party nor nothing is a clause or a section. */
  g_clear_pointer (&found, g_ptr_array_unref);
  found = concord_referrers_find (m, NULL);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_edit_removes (void)
{
  g_autoptr(ConcordMemorandum) m = build ();
  GObject *clause = G_OBJECT (concord_memorandum_find_clause (m, "a", NULL, NULL));
  GObject *section = G_OBJECT (concord_memorandum_find_section (m, "s1"));

  g_assert_true (concord_referrers_edit_removes ("clause-remove", clause));
  g_assert_false (concord_referrers_edit_removes ("clause-remove", section));
  g_assert_true (concord_referrers_edit_removes ("section-remove", section));
  g_assert_false (concord_referrers_edit_removes ("section-remove", clause));
  g_assert_true (concord_referrers_edit_removes ("remove-item", clause));
  g_assert_true (concord_referrers_edit_removes ("remove-item", section));
  g_assert_false (concord_referrers_edit_removes ("remove-item", G_OBJECT (m)));
  g_assert_false (concord_referrers_edit_removes ("clause-add", clause));
  g_assert_false (concord_referrers_edit_removes ("clause-remove", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/referrers/framework", test_framework);
  g_test_add_func ("/referrers/kinds-of-text", test_kinds_of_text);
  g_test_add_func ("/referrers/edit-removes", test_edit_removes);

  return g_test_run ();
}
