/* bench-diff.c: in-process timings of concord_diff_new ().
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports medians over several runs of: diffing two files (normally a
 * generate.py document and its mutate.py revision), and diffing two
 * one-clause memoranda whose 5,000-word paragraphs have no word in
 * common, the case the edit limit is for. See README.md.
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "concord-core.h"
#include "bench-util.h"

#define RUNS 11
#define PATHOLOGICAL_WORDS 5000

/* One clause of n words, each the prefix and a number, so two prefixes
 * give two paragraphs with nothing in common. */
static ConcordMemorandum *
one_long_clause (const char *prefix,
                 guint       n)
{
  ConcordMemorandum *m = concord_memorandum_new ("m");
  g_autoptr(ConcordSection) section = concord_section_new ("s");
  g_autoptr(ConcordClause) clause = concord_clause_new ("c");
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s%u", i > 0 ? " " : "", prefix, i);
  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, text->str));
  concord_clause_set_body (clause, body);
  concord_section_append_clause (section, clause);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (m)), section);

  return m;
}

/* CPU time as well as wall time: on a busy machine the wall time says
 * more about the neighbours than about the diff. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static ConcordMemorandum *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_file (path, &error);

  if (m == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }

  return m;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(ConcordMemorandum) a = NULL;
  g_autoptr(ConcordMemorandum) b = NULL;
  g_autoptr(ConcordMemorandum) pa = one_long_clause ("old", PATHOLOGICAL_WORDS);
  g_autoptr(ConcordMemorandum) pb = one_long_clause ("new", PATHOLOGICAL_WORDS);
  double files[RUNS], pathological[RUNS], files_cpu[RUNS], pathological_cpu[RUNS];
  guint n_changes = 0, n_rows = 0;
  gboolean coarse = FALSE;
  g_autofree char *label_files = NULL;
  g_autofree char *label_worst = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: bench-diff OLD NEW\n");
      return 2;
    }

  a = load (argv[1]);
  b = load (argv[2]);

  for (guint i = 0; i < RUNS; i++)
    {
      double c0 = cpu_ms (), c1, c2;
      gint64 t0 = g_get_monotonic_time (), t1, t2;
      g_autoptr(ConcordDiff) diff = concord_diff_new (a, b);
      g_autoptr(ConcordDiff) worst = NULL;

      t1 = g_get_monotonic_time ();
      c1 = cpu_ms ();
      worst = concord_diff_new (pa, pb);
      t2 = g_get_monotonic_time ();
      c2 = cpu_ms ();
      files_cpu[i] = c1 - c0;
      pathological_cpu[i] = c2 - c1;

      files[i] = (t1 - t0) / 1000.0;
      pathological[i] = (t2 - t1) / 1000.0;
      n_changes = concord_diff_get_n_changes (diff);
      n_rows = concord_diff_get_n_rows (diff);
      coarse = concord_diff_get_n_changes (worst) == 1
               && concord_diff_change_is_coarse (concord_diff_get_change (worst, 0));
    }

  label_files = g_strdup_printf ("diff %u clauses, %u changes", n_rows, n_changes);
  label_worst = g_strdup_printf ("diff 2 x %u disjoint words", PATHOLOGICAL_WORDS);
  g_print ("in-process medians over %d runs (ms)     wall      cpu\n", RUNS);
  g_print ("  %-34s %8.1f %8.1f\n", label_files, bench_median (files, RUNS), bench_median (files_cpu, RUNS));
  g_print ("  %-34s %8.1f %8.1f (%s)\n", label_worst, bench_median (pathological, RUNS),
           bench_median (pathological_cpu, RUNS), coarse ? "fell back to delete + insert" : "word diff");

  return 0;
}
