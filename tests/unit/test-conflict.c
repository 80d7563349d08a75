/* test-conflict.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Conflicts a merge leaves: made by concord_merge_new from edits to a
 * template, kept through a save and a load, and settled one side or the
 * other by concord_conflict_apply. */

#include "config.h"

#include <string.h>

#include "concord-core.h"

typedef struct
{
  ConcordMemorandum *base;
  ConcordMemorandum *ours;
  ConcordMemorandum *theirs;
} Sides;

static void
sides_init (Sides *sides)
{
  g_autoptr(GError) error = NULL;

  sides->base = concord_template_instantiate ("sector-led-improvement", &error);
  g_assert_no_error (error);
  sides->ours = concord_memorandum_copy (sides->base);
  sides->theirs = concord_memorandum_copy (sides->base);
}

static void
sides_clear (Sides *sides)
{
  g_clear_object (&sides->base);
  g_clear_object (&sides->ours);
  g_clear_object (&sides->theirs);
}

static ConcordClause *
clause (ConcordMemorandum *m,
        const char        *id)
{
  ConcordClause *c = concord_memorandum_find_clause (m, id, NULL, NULL);

  g_assert_nonnull (c);
  return c;
}

/* The merged memorandum, saved and loaded again: what the app opens. */
static ConcordMemorandum *
merge_and_reload (Sides *sides)
{
  g_autoptr(ConcordMerge) merge = concord_merge_new (sides->base, sides->ours, sides->theirs);
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (concord_merge_get_result (merge));
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL),
                                                            g_bytes_get_size (bytes), "merged.mou", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_conflicts (m)), ==,
                    concord_merge_get_n_conflicts (merge));

  return m;
}

static ConcordConflict *
find_conflict (ConcordMemorandum *m,
               const char        *ref,
               const char        *field)
{
  GListModel *conflicts = concord_memorandum_get_conflicts (m);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(ConcordConflict) c = g_list_model_get_item (conflicts, i);

      if (g_strcmp0 (concord_conflict_get_ref (c), ref) == 0 && g_str_equal (concord_conflict_get_field (c), field))
        return c;
    }
  g_error ("no conflict on %s %s", ref, field);
}

static void
test_take_each_side (void)
{
  Sides sides;
  g_autoptr(ConcordMemorandum) m = NULL;
  const ConcordConflictSide ours = CONCORD_CONFLICT_OURS, theirs = CONCORD_CONFLICT_THEIRS;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  sides_init (&sides);
  concord_clause_set_heading (clause (sides.ours, "cl-scope"), "Scope of this memorandum");
  concord_clause_set_heading (clause (sides.theirs, "cl-scope"), "Extent");
  concord_clause_set_status (clause (sides.ours, "role-councils"), CONCORD_CLAUSE_STATUS_AGREED);
  concord_clause_set_status (clause (sides.theirs, "role-councils"), CONCORD_CLAUSE_STATUS_DISPUTED);
  m = merge_and_reload (&sides);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_conflicts (m)), ==, 2);
  /* Ours in place meanwhile. */
  g_assert_cmpstr (concord_clause_get_heading (clause (m, "cl-scope")), ==, "Scope of this memorandum");

  text = concord_conflict_dup_text (find_conflict (m, "cl-scope", "heading"), theirs, m);
  g_assert_cmpstr (text, ==, "Extent");
  g_assert_true (concord_conflict_apply (find_conflict (m, "cl-scope", "heading"), m, &theirs, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (concord_clause_get_heading (clause (m, "cl-scope")), ==, "Extent");
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_conflicts (m)), ==, 1);

  g_assert_true (concord_conflict_apply (find_conflict (m, "role-councils", "status"), m, &ours, &error));
  g_assert_cmpint (concord_clause_get_status (clause (m, "role-councils")), ==, CONCORD_CLAUSE_STATUS_AGREED);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_conflicts (m)), ==, 0);
  sides_clear (&sides);
}

static void
test_removed_and_moved (void)
{
  Sides sides;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(ConcordMemorandum) copy = NULL;
  const ConcordConflictSide ours = CONCORD_CONFLICT_OURS, theirs = CONCORD_CONFLICT_THEIRS;
  g_autoptr(GError) error = NULL;
  ConcordSection *section = NULL, *roles = NULL, *boundaries = NULL;
  guint position = 0, at = 0;
  g_autoptr(ConcordClause) principles = NULL;

  sides_init (&sides);
  /* cl-scope: removed by theirs, edited by ours. */
  concord_clause_set_heading (clause (sides.ours, "cl-scope"), "Scope of this memorandum");
  concord_memorandum_find_clause (sides.theirs, "cl-scope", &section, &position);
  concord_section_remove_clause (section, position);
  /* cl-principles: moved by both, to two places. */
  concord_memorandum_find_clause (sides.ours, "cl-principles", &section, &position);
  principles = g_object_ref (concord_section_get_clause (section, position));
  concord_section_remove_clause (section, position);
  concord_memorandum_find_clause (sides.ours, "role-councils", &roles, &at);
  concord_section_insert_clause (roles, at + 1, principles);
  g_clear_object (&principles);
  concord_memorandum_find_clause (sides.theirs, "cl-principles", &section, &position);
  principles = g_object_ref (concord_section_get_clause (section, position));
  concord_section_remove_clause (section, position);
  concord_memorandum_find_clause (sides.theirs, "bnd-corporate-professional", &boundaries, &at);
  concord_section_insert_clause (boundaries, at + 1, principles);

  m = merge_and_reload (&sides);
  g_assert_true (concord_conflict_get_removed (find_conflict (m, "cl-scope", "removed"), theirs));
  g_assert_false (concord_conflict_get_removed (find_conflict (m, "cl-scope", "removed"), ours));
  copy = concord_memorandum_copy (m);

  /* Taking theirs removes the clause; taking ours keeps it. */
  g_assert_true (concord_conflict_apply (find_conflict (m, "cl-scope", "removed"), m, &theirs, &error));
  g_assert_null (concord_memorandum_find_clause (m, "cl-scope", NULL, NULL));
  g_assert_true (concord_conflict_apply (find_conflict (copy, "cl-scope", "removed"), copy, &ours, &error));
  g_assert_nonnull (concord_memorandum_find_clause (copy, "cl-scope", NULL, NULL));

  /* Ours put it after role-councils; theirs after the last boundary. */
  concord_memorandum_find_clause (m, "cl-principles", &section, &position);
  g_assert_cmpstr (concord_clause_get_id (concord_section_get_clause (section, position - 1)), ==, "role-councils");
  g_assert_true (concord_conflict_apply (find_conflict (m, "cl-principles", "position"), m, &theirs, &error));
  g_assert_no_error (error);
  concord_memorandum_find_clause (m, "cl-principles", &section, &position);
  g_assert_cmpstr (concord_section_get_id (section), ==, "sec-boundaries");
  g_assert_cmpstr (concord_clause_get_id (concord_section_get_clause (section, position - 1)), ==,
                   "bnd-corporate-professional");
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_conflicts (m)), ==, 0);
  sides_clear (&sides);
}

static void
test_gone_and_as_is (void)
{
  Sides sides;
  g_autoptr(ConcordMemorandum) m = NULL;
  const ConcordConflictSide theirs = CONCORD_CONFLICT_THEIRS;
  g_autoptr(GError) error = NULL;
  ConcordSection *section = NULL;
  guint position = 0;
  ConcordConflict *conflict;

  sides_init (&sides);
  concord_clause_set_heading (clause (sides.ours, "cl-scope"), "Scope of this memorandum");
  concord_clause_set_heading (clause (sides.theirs, "cl-scope"), "Extent");
  m = merge_and_reload (&sides);
  conflict = find_conflict (m, "cl-scope", "heading");
  g_object_ref (conflict);

  /* The clause removed since: taking a side fails and changes nothing. */
  concord_memorandum_find_clause (m, "cl-scope", &section, &position);
  concord_section_remove_clause (section, position);
  g_assert_false (concord_conflict_apply (conflict, m, &theirs, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_conflicts (m)), ==, 1);
  g_clear_error (&error);

  /* Kept as it is now: the conflict goes, nothing else changes. */
  g_assert_true (concord_conflict_apply (conflict, m, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_conflicts (m)), ==, 0);
  /* And a second time it is no longer there. */
  g_assert_false (concord_conflict_apply (conflict, m, NULL, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_object_unref (conflict);
  sides_clear (&sides);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/conflict/take-each-side", test_take_each_side);
  g_test_add_func ("/core/conflict/removed-and-moved", test_removed_and_moved);
  g_test_add_func ("/core/conflict/gone-and-as-is", test_gone_and_as_is);

  return g_test_run ();
}
