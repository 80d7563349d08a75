/* fuzz-diff.c: compare two loaded memoranda and accept every change.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

static GBytes *
serialize_checked (ConcordMemorandum *m,
                   const char        *what)
{
  GBytes *bytes = concord_memorandum_serialize (m);
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autoptr(GError) error = NULL;

  again = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                             what, &error);
  if (again == NULL)
    fuzz_fail ("%s does not load: %s\n--- saved:\n%.*s\n", what, error->message,
               (int) g_bytes_get_size (bytes), (const char *) g_bytes_get_data (bytes, NULL));

  return bytes;
}

/* Reads every change and row of the comparison the way the compare
 * window and "concord-cli diff" do. */
static void
read_diff (ConcordDiff *diff)
{
  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    {
      g_autofree char *description = concord_diff_change_describe (diff, i);

      if (description == NULL || !g_utf8_validate (description, -1, NULL))
        fuzz_fail ("change %u has no valid description\n", i);
    }

  for (guint row = 0; row < concord_diff_get_n_rows (diff); row++)
    {
      ConcordClause *old_clause, *new_clause;
      int change;

      concord_diff_get_row (diff, row, &old_clause, &new_clause, &change);
      if (change >= (int) concord_diff_get_n_changes (diff))
        fuzz_fail ("row %u names change %d of %u\n", row, change, concord_diff_get_n_changes (diff));
    }
}

/* Accepting every change into a copy of the old side gives a document
 * that loads. When every change applied, it is the new side. */
static void
apply_all (ConcordDiff       *diff,
           ConcordMemorandum *old_side,
           ConcordMemorandum *new_side)
{
  g_autoptr(ConcordMemorandum) target = concord_memorandum_copy (old_side);
  g_autoptr(GBytes) result = NULL;
  g_autoptr(GBytes) expected = NULL;
  gboolean all = TRUE;

  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!concord_diff_change_apply (diff, i, target, &error))
        {
          if (error == NULL)
            fuzz_fail ("change %u failed without an error\n", i);
          all = FALSE;
        }
    }

  result = serialize_checked (target, "merged.mou");
  expected = concord_memorandum_serialize (new_side);
  if (all && !g_bytes_equal (result, expected))
    fuzz_fail ("every change applied but the result is not the new side\n--- result:\n%.*s\n"
               "--- new side:\n%.*s\n",
               (int) g_bytes_get_size (result), (const char *) g_bytes_get_data (result, NULL),
               (int) g_bytes_get_size (expected), (const char *) g_bytes_get_data (expected, NULL));
}

/* A three-way merge where one side changed nothing gives the other side,
 * byte for byte. */
static void
merge_one_side (ConcordMemorandum *base,
                ConcordMemorandum *ours,
                ConcordMemorandum *theirs,
                ConcordMemorandum *expected)
{
  g_autoptr(ConcordMerge) merge = concord_merge_new (base, ours, theirs);
  g_autoptr(GBytes) result = serialize_checked (concord_merge_get_result (merge), "merged.mou");
  g_autoptr(GBytes) want = concord_memorandum_serialize (expected);

  if (concord_merge_get_n_conflicts (merge) > 0 || !g_bytes_equal (result, want))
    fuzz_fail ("a merge with one side unchanged is not the other side (%u conflicts)\n--- result:\n%.*s\n",
               concord_merge_get_n_conflicts (merge), (int) g_bytes_get_size (result),
               (const char *) g_bytes_get_data (result, NULL));
}

/* Both sides changed: theirs is the new side with every heading of its
 * clauses rewritten, so most clauses the two sides share conflict. The
 * conflicts kept in the file load back, and settling each one, either
 * way, leaves a memorandum that loads with no conflict left. */
static void
merge_both_sides (ConcordMemorandum *base,
                  ConcordMemorandum *ours)
{
  g_autoptr(ConcordMemorandum) theirs = concord_memorandum_copy (ours);
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (theirs);
  g_autoptr(ConcordMerge) merge = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(ConcordMemorandum) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *conflicts;
  guint turn = 0;

  for (guint i = 0; i < clauses->len; i++)
    concord_clause_set_heading (g_ptr_array_index (clauses, i), "Theirs");
  merge = concord_merge_new (base, ours, theirs);
  saved = serialize_checked (concord_merge_get_result (merge), "conflicts.mou");
  loaded = concord_memorandum_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                              "conflicts.mou", &error);
  conflicts = concord_memorandum_get_conflicts (loaded);
  if (g_list_model_get_n_items (conflicts) < concord_merge_get_n_conflicts (merge))
    fuzz_fail ("%u conflicts made, %u read back\n", concord_merge_get_n_conflicts (merge),
               g_list_model_get_n_items (conflicts));
  while (g_list_model_get_n_items (conflicts) > 0)
    {
      g_autoptr(ConcordConflict) conflict = g_list_model_get_item (conflicts, 0);
      ConcordConflictSide side = turn++ % 2 == 0 ? CONCORD_CONFLICT_OURS : CONCORD_CONFLICT_THEIRS;
      g_autoptr(GError) apply_error = NULL;

      if (!concord_conflict_apply (conflict, loaded, &side, &apply_error))
        {
          if (apply_error == NULL)
            fuzz_fail ("a conflict failed without an error\n");
          /* Kept as it is instead: that always settles it. */
          if (!concord_conflict_apply (conflict, loaded, NULL, NULL))
            fuzz_fail ("a conflict cannot be kept as it is\n");
        }
    }
  g_clear_pointer (&saved, g_bytes_unref);
  saved = serialize_checked (loaded, "settled.mou");
}

/* One pair of documents, however they were loaded, and the three-way
 * merges made of them (the old side as the common base). */
static void
exercise_pair (ConcordMemorandum *a,
               ConcordMemorandum *b)
{
  g_autoptr(ConcordDiff) diff = concord_diff_new (a, b);
  g_autoptr(ConcordDiff) same = concord_diff_new (a, a);

  if (!concord_diff_is_empty (same))
    fuzz_fail ("a memorandum differs from itself\n");

  read_diff (diff);
  apply_all (diff, a, b);
  /* Not merge (a, a, b): the memorandum's id and its dismissals are
   * ours, not merged, and these two need not share them. */
  merge_one_side (a, b, a, b);
  merge_both_sides (a, b);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *first, *second;
  size_t first_size, second_size;
  g_autoptr(ConcordMemorandum) a = NULL;
  g_autoptr(ConcordMemorandum) b = NULL;

  fuzz_split (data, size, &first, &first_size, &second, &second_size);
  a = fuzz_load (first, first_size, "old.mou");
  if (a == NULL)
    return 0;
  b = fuzz_load (second, second_size, "new.mou");
  if (b == NULL)
    return 0;

  exercise_pair (a, b);
  return 0;
}
