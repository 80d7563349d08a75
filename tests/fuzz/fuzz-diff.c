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

/* One pair of documents, however they were loaded. A three-way merge,
 * when the core has one, is one more call here on the same pair (the old
 * side as the common base). */
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
