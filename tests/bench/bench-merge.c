/* bench-merge.c: in-process timings of concord_merge_new ().
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports medians over several runs of merging three files (normally a
 * generate.py document and two mutate.py revisions of it with different
 * seeds), and of serializing the result, with the peak resident memory.
 * See README.md.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "concord-core.h"
#include "bench-util.h"

#define RUNS 11

/* CPU time as well as wall time: on a busy machine the wall time says
 * more about the neighbours than about the merge. */
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
  ConcordMemorandum *sides[3];
  double wall[RUNS], cpu[RUNS], write_wall[RUNS];
  guint n_conflicts = 0;
  struct rusage usage;

  if (argc != 4)
    {
      g_printerr ("usage: bench-merge BASE OURS THEIRS\n");
      return 2;
    }
  for (int s = 0; s < 3; s++)
    sides[s] = load (argv[s + 1]);

  for (guint i = 0; i < RUNS; i++)
    {
      double c0 = cpu_ms ();
      gint64 t0 = g_get_monotonic_time (), t1, t2;
      g_autoptr(ConcordMerge) merge = concord_merge_new (sides[0], sides[1], sides[2]);
      g_autoptr(GBytes) bytes = NULL;

      t1 = g_get_monotonic_time ();
      cpu[i] = cpu_ms () - c0;
      bytes = concord_memorandum_serialize (concord_merge_get_result (merge));
      t2 = g_get_monotonic_time ();
      wall[i] = (t1 - t0) / 1000.0;
      write_wall[i] = (t2 - t1) / 1000.0;
      n_conflicts = concord_merge_get_n_conflicts (merge);
    }
  getrusage (RUSAGE_SELF, &usage);

  g_print ("in-process medians over %d runs (ms)     wall      cpu\n", RUNS);
  g_print ("  merge (%u conflicts)%*s %8.1f %8.1f\n", n_conflicts, 14, "",
           bench_median (wall, RUNS), bench_median (cpu, RUNS));
  g_print ("  serialize the result               %8.1f\n", bench_median (write_wall, RUNS));
  g_print ("peak resident memory (three documents loaded): %ld KiB\n", usage.ru_maxrss);
  for (int s = 0; s < 3; s++)
    g_object_unref (sides[s]);

  return 0;
}
