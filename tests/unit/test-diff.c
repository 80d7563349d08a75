/* test-diff.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-core.h"
#include "unit-pdf-text.h"

/* Most tests load the same template (numbered continuously, 1 to 32)
 * twice, change the second copy through
 * the model, and check the diff; then accept every change into a third
 * copy and check that it has become the second one, byte for byte. */

#define TEMPLATE SOURCE_ROOT "/templates/sector-led-improvement.mou"

static ConcordMemorandum *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_file (path, &error);

  g_assert_no_error (error);

  return m;
}

static ConcordMemorandum *
copy_of (ConcordMemorandum *m)
{
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *copy = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL),
                                                               g_bytes_get_size (bytes), "copy.mou", &error);

  g_assert_no_error (error);

  return copy;
}

static void
assert_same_document (ConcordMemorandum *x,
                      ConcordMemorandum *y)
{
  g_autoptr(GBytes) bx = concord_memorandum_serialize (x);
  g_autoptr(GBytes) by = concord_memorandum_serialize (y);

  if (!g_bytes_equal (bx, by))
    {
      g_test_message ("got:\n%s\nexpected:\n%s", (const char *) g_bytes_get_data (bx, NULL),
                      (const char *) g_bytes_get_data (by, NULL));
      g_test_fail ();
    }
}

/* Accepts every change, in order, into a copy of the old memorandum:
 * the result must be the new one. */
static void
assert_apply_all (ConcordDiff *diff)
{
  g_autoptr(ConcordMemorandum) target = copy_of (concord_diff_get_old (diff));

  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    {
      g_autoptr(GError) error = NULL;

      concord_diff_change_apply (diff, i, target, &error);
      g_assert_no_error (error);
    }
  assert_same_document (target, concord_diff_get_new (diff));
}

static const ConcordDiffChange *
only_change (ConcordDiff *diff)
{
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);

  return concord_diff_get_change (diff, 0);
}

static ConcordSection *
section_at (ConcordMemorandum *m,
            guint              position)
{
  g_autoptr(ConcordSection) s = g_list_model_get_item (concord_memorandum_get_sections (m), position);

  return s;
}

static GPtrArray *
paragraph (const char *text)
{
  GPtrArray *body = concord_blocks_new ();

  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, text));

  return body;
}

/* The words of one side of a word diff, as that side prints them: the
 * old side without insertions, the new side without deletions. */
static char *
side_text (const ConcordDiffWord *words,
           guint                  n,
           ConcordDiffOp          skip,
           gboolean               spaced)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (words[i].op == skip)
        continue;
      if ((spaced || words[i].space_before) && out->len > 0)
        g_string_append_c (out, ' ');
      /* The old side as the old side prints it. */
      g_string_append (out, skip == CONCORD_DIFF_INSERT ? words[i].old_text : words[i].text);
    }

  return g_string_free (out, FALSE);
}

static guint
count_ops (const ConcordDiffWord *words,
           guint                  n,
           ConcordDiffOp          op)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    count += words[i].op == op;

  return count;
}

static void
test_equal (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = concord_diff_new (a, b);
  guint n_clauses = concord_memorandum_count_clauses (a);

  g_assert_true (concord_diff_is_empty (diff));
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 0);
  g_assert_cmpuint (n_clauses, >, 20);
  g_assert_cmpuint (concord_diff_get_n_rows (diff), ==, n_clauses);
  for (guint i = 0; i < n_clauses; i++)
    {
      ConcordClause *old_clause, *new_clause;
      int change;

      concord_diff_get_row (diff, i, &old_clause, &new_clause, &change);
      g_assert_cmpint (change, ==, -1);
      g_assert_cmpstr (concord_clause_get_id (old_clause), ==, concord_clause_get_id (new_clause));
    }
}

static void
test_clause_added (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordClause) clause = concord_clause_new ("role-new");
  g_autoptr(GPtrArray) body = paragraph ("The LGA will publish an annual report.");
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(ConcordMemorandum) target = NULL;
  g_autoptr(GError) error = NULL;
  const ConcordDiffChange *change;
  const ConcordDiffWord *words;
  guint n;
  g_autofree char *line = NULL;

  concord_clause_set_body (clause, body);
  concord_section_insert_clause (section_at (b, 1), 2, clause);
  diff = concord_diff_new (a, b);

  change = only_change (diff);
  g_assert_cmpint (concord_diff_change_get_kind (change), ==, CONCORD_DIFF_ADDED);
  g_assert_cmpint (concord_diff_change_get_object (change), ==, CONCORD_DIFF_OBJECT_CLAUSE);
  g_assert_cmpstr (concord_diff_change_get_id (change), ==, "role-new");
  g_assert_cmpstr (concord_diff_change_get_new_number (change), ==, "6");
  g_assert_null (concord_diff_change_get_old_number (change));
  g_assert_cmpstr (concord_diff_change_get_new_section (change), ==, "sec-roles");
  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, n);
  line = concord_diff_change_describe (diff, 0);
  g_assert_cmpstr (line, ==, "Clause 6 [role-new] added");
  assert_apply_all (diff);

  /* Accepting it twice still gives one clause, in its place. */
  target = copy_of (a);
  g_assert_true (concord_diff_change_apply (diff, 0, target, &error));
  g_assert_true (concord_diff_change_apply (diff, 0, target, &error));
  g_assert_no_error (error);
  assert_same_document (target, b);
}

static void
test_clause_removed (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  const ConcordDiffChange *change;
  const ConcordDiffWord *words;
  guint n;
  ConcordClause *old_clause = NULL, *new_clause = NULL;
  int index = -2;

  concord_section_remove_clause (section_at (b, 1), 0);
  diff = concord_diff_new (a, b);

  change = only_change (diff);
  g_assert_cmpint (concord_diff_change_get_kind (change), ==, CONCORD_DIFF_REMOVED);
  g_assert_cmpstr (concord_diff_change_get_id (change), ==, "role-councils");
  g_assert_cmpstr (concord_diff_change_get_old_number (change), ==, "4");
  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, n);

  /* Side by side, the removed clause keeps its place among the others. */
  g_assert_cmpuint (concord_diff_get_n_rows (diff), ==, concord_memorandum_count_clauses (a));
  concord_diff_get_row (diff, 3, &old_clause, &new_clause, &index);
  g_assert_cmpstr (concord_clause_get_id (old_clause), ==, "role-councils");
  g_assert_null (new_clause);
  g_assert_cmpint (index, ==, 0);
  assert_apply_all (diff);
}

static void
test_clause_moved (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(ConcordClause) clause = NULL;
  const ConcordDiffChange *change;
  ConcordClause *old_clause = NULL, *new_clause = NULL;
  int index = -2;
  guint n_rows;

  /* The first roles clause goes to the end of the general section. */
  clause = g_object_ref (concord_section_get_clause (section_at (b, 1), 0));
  concord_section_remove_clause (section_at (b, 1), 0);
  concord_section_append_clause (section_at (b, 4), clause);
  diff = concord_diff_new (a, b);

  change = only_change (diff);
  g_assert_cmpint (concord_diff_change_get_kind (change), ==, CONCORD_DIFF_MOVED);
  g_assert_cmpstr (concord_diff_change_get_id (change), ==, "role-councils");
  g_assert_cmpstr (concord_diff_change_get_old_section (change), ==, "sec-roles");
  g_assert_cmpstr (concord_diff_change_get_new_section (change), ==, "sec-general");
  g_assert_cmpstr (concord_diff_change_get_old_number (change), ==, "4");
  g_assert_cmpstr (concord_diff_change_get_new_number (change), ==, "32");
  g_assert_cmpuint (concord_diff_change_get_fields (change), ==, CONCORD_DIFF_FIELD_NONE);

  /* Side by side, it is shown once, where it is now: last. */
  n_rows = concord_diff_get_n_rows (diff);
  g_assert_cmpuint (n_rows, ==, concord_memorandum_count_clauses (a));
  concord_diff_get_row (diff, n_rows - 1, &old_clause, &new_clause, &index);
  g_assert_cmpstr (concord_clause_get_id (old_clause), ==, "role-councils");
  g_assert_true (new_clause == clause);
  g_assert_cmpint (index, ==, 0);
  concord_diff_get_row (diff, 3, &old_clause, &new_clause, &index);
  g_assert_cmpstr (concord_clause_get_id (new_clause), ==, "role-lga-improvement");
  g_assert_cmpint (index, ==, -1);
  assert_apply_all (diff);
}

static void
test_clause_reordered (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(ConcordClause) clause = NULL;
  ConcordSection *roles = section_at (b, 1);
  const ConcordDiffChange *change;
  g_autofree char *line = NULL;

  /* Moving one clause down three places in its section moves one clause,
   * not the three it jumped over; and its text changes too. */
  clause = g_object_ref (concord_section_get_clause (roles, 1));
  concord_section_remove_clause (roles, 1);
  concord_section_insert_clause (roles, 4, clause);
  concord_clause_set_status (clause, CONCORD_CLAUSE_STATUS_AGREED);
  diff = concord_diff_new (a, b);

  change = only_change (diff);
  g_assert_cmpint (concord_diff_change_get_kind (change), ==, CONCORD_DIFF_MOVED);
  g_assert_cmpstr (concord_diff_change_get_id (change), ==, "role-lga-improvement");
  g_assert_cmpuint (concord_diff_change_get_fields (change), ==, CONCORD_DIFF_FIELD_STATUS);
  line = concord_diff_change_describe (diff, 0);
  g_assert_cmpstr (line, ==, "Clause 8 [role-lga-improvement] moved from 5: status proposed → agreed");
  assert_apply_all (diff);
}

static void
test_clause_text (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  ConcordClause *clause = concord_memorandum_find_clause (b, "gen-status", NULL, NULL);
  g_autoptr(GPtrArray) body = paragraph ("This memorandum is not legally binding, and nothing "
                                         "in it creates a contract.");
  g_autoptr(GPtrArray) edited = paragraph ("This memorandum is not binding, and nothing "
                                           "in it creates a new contract between the parties.");
  const ConcordDiffChange *change;
  const ConcordDiffWord *words;
  guint n;
  g_autofree char *old_side = NULL;
  g_autofree char *new_side = NULL;

  concord_clause_set_body (concord_memorandum_find_clause (a, "gen-status", NULL, NULL), body);
  concord_clause_set_body (clause, edited);
  concord_clause_set_heading (clause, "Status of the memorandum");
  diff = concord_diff_new (a, b);

  change = only_change (diff);
  g_assert_cmpint (concord_diff_change_get_kind (change), ==, CONCORD_DIFF_CHANGED);
  g_assert_cmpuint (concord_diff_change_get_fields (change), ==,
                    CONCORD_DIFF_FIELD_BODY | CONCORD_DIFF_FIELD_HEADING);
  g_assert_false (concord_diff_change_is_coarse (change));

  words = concord_diff_change_get_body_words (change, &n);
  old_side = side_text (words, n, CONCORD_DIFF_INSERT, FALSE);
  new_side = side_text (words, n, CONCORD_DIFF_DELETE, FALSE);
  g_assert_cmpstr (old_side, ==, "This memorandum is not legally binding, and nothing in it creates a contract.");
  g_assert_cmpstr (new_side, ==, "This memorandum is not binding, and nothing in it creates a new contract "
                   "between the parties.");
  /* The fewest edits: one word out, four in. */
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, 4);

  /* "Status of this memorandum": one word replaced. */
  words = concord_diff_change_get_heading_words (change, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, 1);
  assert_apply_all (diff);
}

static void
test_clause_facts (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  ConcordClause *clause = concord_memorandum_find_clause (b, "role-solace", NULL, NULL);
  const char * const areas[] = { "corporate-leadership", NULL };
  const ConcordDiffChange *change;
  g_autofree char *line = NULL;

  concord_clause_set_owner (clause, "adcs");
  concord_clause_set_status (clause, CONCORD_CLAUSE_STATUS_AGREED);
  concord_clause_set_areas (clause, areas);
  diff = concord_diff_new (a, b);

  change = only_change (diff);
  g_assert_cmpuint (concord_diff_change_get_fields (change), ==,
                    CONCORD_DIFF_FIELD_PARTIES | CONCORD_DIFF_FIELD_STATUS | CONCORD_DIFF_FIELD_AREAS);
  g_assert_cmpuint (concord_diff_change_get_n_fields (change), ==, 3);
  line = concord_diff_change_describe (diff, 0);
  g_assert_cmpstr (line, ==, "Clause 7 [role-solace] changed: status proposed → agreed; "
                   "responsible Solace → ADCS; "
                   "areas corporate-leadership, leadership-development → corporate-leadership");
  assert_apply_all (diff);
}

static void
test_party_renamed (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  ConcordClause *clause = concord_memorandum_find_clause (b, "role-lga-peer-challenge", NULL, NULL);
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(ConcordBlock) block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);
  g_autoptr(GPtrArray) old_body = concord_blocks_new ();
  g_autoptr(ConcordBlock) old_block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);
  const ConcordDiffChange *change;
  const ConcordDiffField *field;
  const ConcordDiffWord *words;
  guint n;

  /* Renaming a party changes the party, not the clauses that name it. */
  concord_party_set_short_name (concord_memorandum_find_party (b, "lga"), "LG Association");
  diff = concord_diff_new (a, b);
  change = only_change (diff);
  g_assert_cmpint (concord_diff_change_get_object (change), ==, CONCORD_DIFF_OBJECT_PARTY);
  g_assert_cmpstr (concord_diff_change_get_id (change), ==, "lga");
  field = concord_diff_change_get_field (change, 0);
  g_assert_cmpstr (field->name, ==, "short-name");
  g_assert_cmpstr (field->old_text, ==, "LGA");
  g_assert_cmpstr (field->new_text, ==, "LG Association");
  assert_apply_all (diff);
  g_clear_pointer (&diff, concord_diff_free);

  /* A reference is one token, printed with each side's name. */
  concord_block_append_run (block, CONCORD_RUN_PARTY, "lga", FALSE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, " will lead.", FALSE);
  concord_block_append_run (old_block, CONCORD_RUN_PARTY, "lga", FALSE);
  concord_block_append_run (old_block, CONCORD_RUN_TEXT, " will lead now.", FALSE);
  g_ptr_array_add (body, concord_block_ref (block));
  g_ptr_array_add (old_body, concord_block_ref (old_block));
  concord_clause_set_body (clause, body);
  concord_clause_set_body (concord_memorandum_find_clause (a, "role-lga-peer-challenge", NULL, NULL), old_body);
  diff = concord_diff_new (a, b);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 2);
  change = concord_diff_get_change (diff, 1);
  g_assert_cmpstr (concord_diff_change_get_id (change), ==, "role-lga-peer-challenge");
  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpint (words[0].op, ==, CONCORD_DIFF_EQUAL);
  g_assert_cmpstr (words[0].text, ==, "LG Association");
  g_assert_cmpstr (words[0].old_text, ==, "LGA");
  g_assert_cmpstr (words[1].old_text, ==, "will");
  g_assert_cmpint (words[3].op, ==, CONCORD_DIFF_DELETE);
  g_assert_cmpstr (words[3].old_text, ==, "now");
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpint (words[3].op, ==, CONCORD_DIFF_DELETE);
  g_assert_cmpstr (words[3].text, ==, "now");
  assert_apply_all (diff);
}

static void
test_signature (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  ConcordSignature *sig = concord_memorandum_find_signature (b, "solace");
  g_autofree char *line = NULL;

  concord_signature_set_person (sig, "Jo Bloggs");
  concord_signature_set_date (sig, "2026-03-01");
  diff = concord_diff_new (a, b);

  g_assert_cmpint (concord_diff_change_get_object (only_change (diff)), ==, CONCORD_DIFF_OBJECT_SIGNATURE);
  line = concord_diff_change_describe (diff, 0);
  g_assert_cmpstr (line, ==, "Signature [solace] changed: person [Name of signatory] → Jo Bloggs; "
                   "date [Date] → 2026-03-01");
  assert_apply_all (diff);
}

static void
test_details_and_lists (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(ConcordParty) party = concord_party_new ("wga");
  g_autoptr(ConcordSection) section = concord_section_new ("sec-new");
  g_autoptr(ConcordClause) clause = concord_clause_new ("new-role");
  GListStore *parties = G_LIST_STORE (concord_memorandum_get_parties (b));
  GListStore *sections = G_LIST_STORE (concord_memorandum_get_sections (b));
  g_autoptr(ConcordTerm) unused = concord_term_new ("term-unused");
  g_autoptr(GPtrArray) recitals = paragraph ("Background.");
  g_autoptr(ConcordParty) first = g_list_model_get_item (G_LIST_MODEL (parties), 0);
  guint kinds[4] = { 0 };

  /* A bit of everything: details, recitals, a party added and one moved,
   * a new section with a clause for the new party, a term removed. */
  concord_memorandum_set_revision (b, "3");
  concord_memorandum_set_title (b, "A new title");
  concord_memorandum_set_recitals (b, recitals);
  concord_term_set_name (unused, "Unused");
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_terms (a)), unused);
  concord_party_set_name (party, "Welsh Government Association");
  g_list_store_append (parties, party);
  g_list_store_remove (parties, 0);
  g_list_store_insert (parties, 3, first);
  concord_section_set_heading (section, "New things");
  concord_clause_set_kind (clause, CONCORD_CLAUSE_KIND_ROLE);
  concord_clause_set_owner (clause, "wga");
  concord_section_append_clause (section, clause);
  g_list_store_insert (sections, 2, section);
  diff = concord_diff_new (a, b);

  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    kinds[concord_diff_change_get_kind (concord_diff_get_change (diff, i))]++;
  g_assert_cmpuint (kinds[CONCORD_DIFF_ADDED], ==, 3);
  g_assert_cmpuint (kinds[CONCORD_DIFF_MOVED], ==, 1);
  g_assert_cmpuint (kinds[CONCORD_DIFF_REMOVED], ==, 1);
  g_assert_cmpint (concord_diff_change_get_object (concord_diff_get_change (diff, 0)), ==,
                   CONCORD_DIFF_OBJECT_DETAILS);
  g_assert_cmpuint (concord_diff_change_get_n_fields (concord_diff_get_change (diff, 0)), ==, 2);
  /* The removed term comes last, after the clauses that referred to it. */
  g_assert_cmpint (concord_diff_change_get_object (concord_diff_get_change (diff, concord_diff_get_n_changes (diff) - 1)),
                   ==, CONCORD_DIFF_OBJECT_TERM);
  assert_apply_all (diff);
}

static void
test_apply_errors (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) target = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(ConcordSection) section = concord_section_new ("sec-new");
  g_autoptr(ConcordClause) clause = concord_clause_new ("new-clause");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  GListStore *parties = G_LIST_STORE (concord_memorandum_get_parties (b));

  concord_section_append_clause (section, clause);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (b)), section);
  g_list_store_remove (parties, g_list_model_get_n_items (G_LIST_MODEL (parties)) - 1);
  diff = concord_diff_new (a, b);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 3);
  before = concord_memorandum_serialize (target);

  /* The clause before its section, the party while clauses still name it. */
  g_assert_cmpint (concord_diff_change_get_object (concord_diff_get_change (diff, 1)), ==,
                   CONCORD_DIFF_OBJECT_CLAUSE);
  g_assert_false (concord_diff_change_apply (diff, 1, target, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (concord_diff_change_get_object (concord_diff_get_change (diff, 2)), ==,
                   CONCORD_DIFF_OBJECT_PARTY);
  g_assert_false (concord_diff_change_apply (diff, 2, target, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE);
  g_clear_error (&error);
  after = concord_memorandum_serialize (target);
  g_assert_true (g_bytes_equal (before, after));

  /* In order, the section and then its clause go in. */
  g_assert_true (concord_diff_change_apply (diff, 0, target, &error));
  g_assert_true (concord_diff_change_apply (diff, 1, target, &error));
  g_assert_no_error (error);
  g_assert_nonnull (concord_memorandum_find_clause (target, "new-clause", NULL, NULL));
}

static ConcordMemorandum *
one_clause (const char *id,
            const char *text)
{
  ConcordMemorandum *m = concord_memorandum_new ("m");
  g_autoptr(ConcordSection) section = concord_section_new ("s");
  g_autoptr(ConcordClause) clause = concord_clause_new (id);
  g_autoptr(GPtrArray) body = paragraph (text);

  concord_clause_set_body (clause, body);
  concord_section_append_clause (section, clause);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (m)), section);

  return m;
}

static char *
numbered_words (const char *prefix,
                guint       n,
                guint       changed_every)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s%u", i > 0 ? " " : "",
                            changed_every > 0 && i % changed_every == 0 ? "changed" : prefix, i);

  return g_string_free (out, FALSE);
}

/* A word whose case changed is a changed word: "body" to "Body" is one
 * word out and one in, not text that only changed its spacing. */
static void
test_case_change (void)
{
  g_autoptr(ConcordMemorandum) a = one_clause ("c", "The governing body meets monthly.");
  g_autoptr(ConcordMemorandum) b = one_clause ("c", "The governing Body meets monthly.");
  g_autoptr(ConcordDiff) diff = concord_diff_new (a, b);
  const ConcordDiffChange *change = only_change (diff);
  const ConcordDiffWord *words;
  guint n;

  g_assert_cmpuint (concord_diff_change_get_fields (change), ==, CONCORD_DIFF_FIELD_BODY);
  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, 1);
  for (guint i = 0; i < n; i++)
    if (words[i].op == CONCORD_DIFF_DELETE)
      g_assert_cmpstr (words[i].text, ==, "body");
    else if (words[i].op == CONCORD_DIFF_INSERT)
      g_assert_cmpstr (words[i].text, ==, "Body");
  assert_apply_all (diff);
}

/* A term printed in another of its forms ("we" to "our") is a change of
 * wording, though it refers to the same term. */
static ConcordMemorandum *
with_term_form (const char *form)
{
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n"
    "  <title>T</title>\n  <revision>0</revision>\n  <parties/>\n"
    "  <definitions>\n    <term id=\"we\">\n      <name>we</name>\n      <form>our</form>\n"
    "      <meaning>the parties</meaning>\n    </term>\n  </definitions>\n"
    "  <section id=\"s\" kind=\"general\">\n    <heading>General</heading>\n"
    "    <clause id=\"c\" kind=\"general\" status=\"agreed\">\n"
    "      <p>This is <term-ref ref=\"we\"%s/> plan.</p>\n    </clause>\n  </section>\n"
    "</memorandum>\n", form);
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);

  g_assert_no_error (error);

  return m;
}

static void
test_term_form_change (void)
{
  g_autoptr(ConcordMemorandum) a = with_term_form ("");
  g_autoptr(ConcordMemorandum) b = with_term_form (" form=\"our\"");
  g_autoptr(ConcordMemorandum) c = with_term_form (" form=\"our\"");
  g_autoptr(ConcordDiff) changed = concord_diff_new (a, b);
  g_autoptr(ConcordDiff) same = concord_diff_new (b, c);
  const ConcordDiffChange *change = only_change (changed);
  const ConcordDiffWord *words;
  guint n;

  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, 1);
  g_assert_cmpuint (concord_diff_get_n_changes (same), ==, 0);
  assert_apply_all (changed);
}

static void
test_pathological (void)
{
  g_autofree char *old_text = numbered_words ("old", 5000, 0);
  g_autofree char *new_text = numbered_words ("new", 5000, 0);
  g_autofree char *edited_text = numbered_words ("old", 5000, 500);
  g_autoptr(ConcordMemorandum) a = one_clause ("c", old_text);
  g_autoptr(ConcordMemorandum) b = one_clause ("c", new_text);
  g_autoptr(ConcordMemorandum) c = one_clause ("c", edited_text);
  g_autoptr(ConcordDiff) disjoint = concord_diff_new (a, b);
  g_autoptr(ConcordDiff) edited = concord_diff_new (a, c);
  const ConcordDiffChange *change = only_change (disjoint);
  const ConcordDiffWord *words;
  guint n;

  /* Nothing in common: past the edit limit, one deletion and one insertion. */
  g_assert_true (concord_diff_change_is_coarse (change));
  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpuint (n, ==, 10000);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 5000);
  g_assert_cmpint (words[0].op, ==, CONCORD_DIFF_DELETE);
  g_assert_cmpint (words[n - 1].op, ==, CONCORD_DIFF_INSERT);
  assert_apply_all (disjoint);

  /* Ten words changed in the same 5,000: an exact word diff. */
  change = only_change (edited);
  g_assert_false (concord_diff_change_is_coarse (change));
  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 10);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, 10);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_EQUAL), ==, 4990);
}

static void
add_clause (ConcordMemorandum *m,
            const char        *id,
            const char        *text)
{
  g_autoptr(ConcordClause) clause = concord_clause_new (id);
  g_autoptr(GPtrArray) body = paragraph (text);

  concord_clause_set_body (clause, body);
  concord_section_append_clause (section_at (m, 0), clause);
}

/* Many paragraphs past the edit limit spend the whole diff's budget: a
 * small change listed after them is coarse, one listed before is not. */
static void
test_budget (void)
{
  g_autoptr(ConcordMemorandum) a = one_clause ("first", "One small change here.");
  g_autoptr(ConcordMemorandum) b = one_clause ("first", "One little change here.");
  g_autoptr(ConcordDiff) diff = NULL;
  g_autofree char *old_text = numbered_words ("old", 600, 0);
  g_autofree char *new_text = numbered_words ("new", 600, 0);
  guint n_changes;

  for (guint i = 0; i < 140; i++)
    {
      g_autofree char *id = g_strdup_printf ("long-%u", i);

      add_clause (a, id, old_text);
      add_clause (b, id, new_text);
    }
  add_clause (a, "last", "One small change here.");
  add_clause (b, "last", "One little change here.");
  diff = concord_diff_new (a, b);

  n_changes = concord_diff_get_n_changes (diff);
  g_assert_cmpuint (n_changes, ==, 142);
  g_assert_false (concord_diff_change_is_coarse (concord_diff_get_change (diff, 0)));
  g_assert_true (concord_diff_change_is_coarse (concord_diff_get_change (diff, 1)));
  g_assert_cmpstr (concord_diff_change_get_id (concord_diff_get_change (diff, n_changes - 1)), ==, "last");
  g_assert_true (concord_diff_change_is_coarse (concord_diff_get_change (diff, n_changes - 1)));
}

static guint
lcs_length (const char * const *a,
            guint               n,
            const char * const *b,
            guint               m)
{
  g_autofree guint *table = g_new0 (guint, (n + 1) * (m + 1));

  for (guint i = 1; i <= n; i++)
    for (guint j = 1; j <= m; j++)
      table[i * (m + 1) + j] = g_str_equal (a[i - 1], b[j - 1])
                               ? table[(i - 1) * (m + 1) + j - 1] + 1
                               : MAX (table[(i - 1) * (m + 1) + j], table[i * (m + 1) + j - 1]);

  return table[n * (m + 1) + m];
}

/* Random short texts from a small vocabulary: each word diff must spell
 * both sides and make as few edits as the longest common subsequence
 * allows. */
static void
test_words_minimal (void)
{
  static const char * const vocabulary[] = { "a", "b", "c", "d", "e" };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GPtrArray) wa = g_ptr_array_new ();
      g_autoptr(GPtrArray) wb = g_ptr_array_new ();
      guint na = g_rand_int_range (rand, 1, 30), nb = g_rand_int_range (rand, 1, 30);
      g_autofree char *ta = NULL;
      g_autofree char *tb = NULL;
      g_autoptr(ConcordMemorandum) a = NULL;
      g_autoptr(ConcordMemorandum) b = NULL;
      g_autoptr(ConcordDiff) diff = NULL;
      const ConcordDiffWord *words;
      guint n, lcs;
      g_autofree char *old_side = NULL;
      g_autofree char *new_side = NULL;

      for (guint i = 0; i < na; i++)
        g_ptr_array_add (wa, (gpointer) vocabulary[g_rand_int_range (rand, 0, 5)]);
      for (guint i = 0; i < nb; i++)
        g_ptr_array_add (wb, (gpointer) vocabulary[g_rand_int_range (rand, 0, 5)]);
      g_ptr_array_add (wa, NULL);
      g_ptr_array_add (wb, NULL);
      ta = g_strjoinv (" ", (char **) wa->pdata);
      tb = g_strjoinv (" ", (char **) wb->pdata);
      a = one_clause ("c", ta);
      b = one_clause ("c", tb);
      diff = concord_diff_new (a, b);
      if (g_str_equal (ta, tb))
        {
          g_assert_true (concord_diff_is_empty (diff));
          continue;
        }

      words = concord_diff_change_get_body_words (only_change (diff), &n);
      /* Equal words carry the new side's spacing, so the old side is
       * compared word by word. */
      old_side = side_text (words, n, CONCORD_DIFF_INSERT, TRUE);
      new_side = side_text (words, n, CONCORD_DIFF_DELETE, TRUE);
      g_assert_cmpstr (old_side, ==, ta);
      g_assert_cmpstr (new_side, ==, tb);
      lcs = lcs_length ((const char * const *) wa->pdata, na, (const char * const *) wb->pdata, nb);
      g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_EQUAL), ==, lcs);
    }

  g_rand_free (rand);
}

static void
test_hostile (void)
{
  g_autoptr(ConcordMemorandum) empty_a = concord_memorandum_new ("m");
  g_autoptr(ConcordMemorandum) empty_b = concord_memorandum_new ("m");
  g_autoptr(ConcordMemorandum) full = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) x = one_clause ("x", "Same words.");
  g_autoptr(ConcordMemorandum) y = one_clause ("y", "Same words.");
  g_autoptr(ConcordDiff) diff = concord_diff_new (empty_a, empty_b);
  g_autoptr(ConcordClause) twin = concord_clause_new ("x");
  guint added = 0;

  g_assert_true (concord_diff_is_empty (diff));
  g_assert_cmpuint (concord_diff_get_n_rows (diff), ==, 0);
  g_clear_pointer (&diff, concord_diff_free);

  /* From nothing to a whole memorandum and back. */
  diff = concord_diff_new (empty_a, full);
  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    added += concord_diff_change_get_kind (concord_diff_get_change (diff, i)) == CONCORD_DIFF_ADDED;
  g_assert_cmpuint (concord_diff_get_n_rows (diff), ==, concord_memorandum_count_clauses (full));
  g_assert_cmpuint (added, >=, concord_memorandum_count_clauses (full));
  g_clear_pointer (&diff, concord_diff_free);
  diff = concord_diff_new (full, empty_b);
  g_assert_false (concord_diff_is_empty (diff));
  assert_apply_all (diff);
  g_clear_pointer (&diff, concord_diff_free);

  /* Same text under other ids: one removed, one added, nothing moved. */
  diff = concord_diff_new (x, y);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 2);
  g_assert_cmpint (concord_diff_change_get_kind (concord_diff_get_change (diff, 0)), ==, CONCORD_DIFF_REMOVED);
  g_assert_cmpint (concord_diff_change_get_kind (concord_diff_get_change (diff, 1)), ==, CONCORD_DIFF_ADDED);
  g_clear_pointer (&diff, concord_diff_free);

  /* A duplicate id made in code: the first is matched, the other added. */
  concord_section_append_clause (section_at (y, 0), twin);
  concord_section_insert_clause (section_at (y, 0), 0, twin);
  diff = concord_diff_new (x, y);
  g_assert_cmpuint (concord_diff_get_n_rows (diff), ==, 3);
}

static void
test_generated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("concord-diff-XXXXXX", NULL);
  g_autofree char *old_path = g_build_filename (dir, "a.mou", NULL);
  g_autofree char *new_path = g_build_filename (dir, "b.mou", NULL);
  g_autofree char *generate = g_strdup_printf ("python3 %s/tests/bench/generate.py --seed 5 --clauses 300 "
                                               "--words 10:40 --parties 4 -o %s", SOURCE_ROOT, old_path);
  g_autofree char *mutate = g_strdup_printf ("python3 %s/tests/bench/mutate.py --seed 5 --fraction 0.4 "
                                             "%s -o %s", SOURCE_ROOT, old_path, new_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) a = NULL;
  g_autoptr(ConcordMemorandum) b = NULL;
  g_autoptr(ConcordDiff) diff = NULL;
  int status = 0;
  guint kinds[4] = { 0 };

  /* The benchmark's pair, smaller: every kind of clause change at once. */
  g_assert_nonnull (dir);
  g_spawn_command_line_sync (generate, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_spawn_command_line_sync (mutate, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  a = load (old_path);
  b = load (new_path);
  diff = concord_diff_new (a, b);
  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    kinds[concord_diff_change_get_kind (concord_diff_get_change (diff, i))]++;
  g_assert_cmpuint (kinds[CONCORD_DIFF_ADDED], >, 0);
  g_assert_cmpuint (kinds[CONCORD_DIFF_REMOVED], >, 0);
  g_assert_cmpuint (kinds[CONCORD_DIFF_MOVED], >, 0);
  g_assert_cmpuint (kinds[CONCORD_DIFF_CHANGED], >, 0);
  assert_apply_all (diff);

  g_unlink (old_path);
  g_unlink (new_path);
  g_rmdir (dir);
}

static void
test_pdf (void)
{
  g_autoptr(ConcordMemorandum) a = load (TEMPLATE);
  g_autoptr(ConcordMemorandum) b = load (TEMPLATE);
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;

  concord_clause_set_heading (concord_memorandum_find_clause (b, "gen-status", NULL, NULL), "Legal status");
  diff = concord_diff_new (a, b);
  first = concord_diff_render_pdf (diff, &error);
  g_assert_no_error (error);
  second = concord_diff_render_pdf (diff, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (first), >, 1000);
  g_assert_cmpmem (g_bytes_get_data (first, NULL), 5, "%PDF-", 5);
  g_assert_true (g_bytes_equal (first, second));
  /* It reads as the change: the heading's old words and its new ones. */
  {
    g_autofree char *text = unit_pdf_text (first);
    const char *old_heading = concord_clause_get_heading (concord_memorandum_find_clause (a, "gen-status", NULL, NULL));

    g_test_message ("redline: %s", text);
    g_assert_nonnull (strstr (text, "1 change"));
    g_assert_nonnull (strstr (text, "[gen-status] changed"));
    g_assert_nonnull (strstr (text, old_heading));
    g_assert_nonnull (strstr (text, "Legal status"));
  }
}

/* A table's cells compare as text: a changed cell is a changed word, a
 * cell boundary a bar and a row a line, and a change of shape (widths)
 * is a change even where no word moved. Accepting the change rebuilds
 * the table. */
static ConcordMemorandum *
with_table (const char *widths,
            const char *cell)
{
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n"
    "  <title>T</title>\n  <revision>0</revision>\n  <parties>\n"
    "    <party id=\"a\" kind=\"signatory\">\n      <name>Alpha Council</name>\n    </party>\n"
    "  </parties>\n  <section id=\"s\" kind=\"general\">\n    <heading>H</heading>\n"
    "    <clause id=\"c\" kind=\"general\" status=\"agreed\">\n      <p>Contacts:</p>\n"
    "      <table columns=\"2\"%s header=\"true\">\n"
    "        <row><cell>Party</cell><cell>Telephone</cell></row>\n"
    "        <row><cell><party-ref ref=\"a\"/></cell><cell>%s</cell></row>\n"
    "      </table>\n    </clause>\n  </section>\n</memorandum>\n", widths, cell);
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);

  g_assert_no_error (error);

  return m;
}

static void
test_table_cells (void)
{
  g_autoptr(ConcordMemorandum) a = with_table ("", "01234 567890");
  g_autoptr(ConcordMemorandum) b = with_table ("", "01234 999999");
  g_autoptr(ConcordMemorandum) c = with_table (" widths=\"1 2\"", "01234 567890");
  g_autoptr(ConcordMemorandum) same = with_table ("", "01234 567890");
  g_autoptr(ConcordDiff) diff = concord_diff_new (a, b);
  g_autoptr(ConcordDiff) shape = concord_diff_new (a, c);
  g_autoptr(ConcordDiff) none = concord_diff_new (a, same);
  const ConcordDiffChange *change = only_change (diff);
  const ConcordDiffWord *words;
  guint n;
  g_autofree char *old_side = NULL;
  g_autofree char *new_side = NULL;

  g_assert_cmpuint (concord_diff_change_get_fields (change), ==, CONCORD_DIFF_FIELD_BODY);
  words = concord_diff_change_get_body_words (change, &n);
  old_side = side_text (words, n, CONCORD_DIFF_INSERT, FALSE);
  new_side = side_text (words, n, CONCORD_DIFF_DELETE, FALSE);
  g_assert_cmpstr (old_side, ==, "Contacts:\nParty | Telephone\nAlpha Council | 01234 567890");
  g_assert_cmpstr (new_side, ==, "Contacts:\nParty | Telephone\nAlpha Council | 01234 999999");
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, 1);
  assert_apply_all (diff);

  change = only_change (shape);
  g_assert_cmpuint (concord_diff_change_get_fields (change), ==, CONCORD_DIFF_FIELD_BODY);
  words = concord_diff_change_get_body_words (change, &n);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_ops (words, n, CONCORD_DIFF_INSERT), ==, 1);
  assert_apply_all (shape);

  g_assert_true (concord_diff_is_empty (none));
}

/* One table names the fields for the compare view and the text report. */
static void
test_field_labels (void)
{
  g_assert_cmpstr (concord_field_label ("effective-date"), ==, "Effective date");
  g_assert_cmpstr (concord_field_phrase ("effective-date"), ==, "effective date");
  g_assert_cmpstr (concord_field_label ("marking"), ==, "Protective marking");
  g_assert_cmpstr (concord_field_phrase ("marking"), ==, "marking");
  g_assert_cmpstr (concord_field_label ("item-style"), ==, "Item style");
  /* A field the table does not know is named as it is. */
  g_assert_cmpstr (concord_field_label ("no-such-field"), ==, "no-such-field");
  g_assert_cmpstr (concord_field_phrase ("no-such-field"), ==, "no-such-field");
  g_assert_null (concord_field_label (NULL));
  g_assert_cmpstr (concord_field_phrase ("print-matrix"), ==, "roles and accountability matrix");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/diff/equal", test_equal);
  g_test_add_func ("/core/diff/case-change", test_case_change);
  g_test_add_func ("/core/diff/term-form-change", test_term_form_change);
  g_test_add_func ("/core/diff/clause-added", test_clause_added);
  g_test_add_func ("/core/diff/clause-removed", test_clause_removed);
  g_test_add_func ("/core/diff/clause-moved", test_clause_moved);
  g_test_add_func ("/core/diff/clause-reordered", test_clause_reordered);
  g_test_add_func ("/core/diff/clause-text", test_clause_text);
  g_test_add_func ("/core/diff/clause-facts", test_clause_facts);
  g_test_add_func ("/core/diff/party-renamed", test_party_renamed);
  g_test_add_func ("/core/diff/signature", test_signature);
  g_test_add_func ("/core/diff/details-and-lists", test_details_and_lists);
  g_test_add_func ("/core/diff/apply-errors", test_apply_errors);
  g_test_add_func ("/core/diff/pathological", test_pathological);
  g_test_add_func ("/core/diff/budget", test_budget);
  g_test_add_func ("/core/diff/words-minimal", test_words_minimal);
  g_test_add_func ("/core/diff/hostile", test_hostile);
  g_test_add_func ("/core/diff/generated", test_generated);
  g_test_add_func ("/core/diff/pdf", test_pdf);
  g_test_add_func ("/core/diff/table-cells", test_table_cells);
  g_test_add_func ("/core/diff/field-labels", test_field_labels);

  return g_test_run ();
}
