/* bench-load.c: in-process timings of the core on one file.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports medians over several runs of: load + validate (model built and
 * checked), serialize, atomic save, lint and text. Run by bench-core.py.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "concord-core.h"
#include "bench-util.h"

#define RUNS 11

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) file = NULL;
  g_autofree char *out = NULL;
  double load[RUNS], serialize[RUNS], save[RUNS], lint[RUNS], text[RUNS], total[RUNS];

  if (argc != 2)
    {
      g_printerr ("usage: bench-load FILE\n");
      return 2;
    }

  file = concord_read_file (argv[1], &error);
  if (file == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  out = g_strconcat (argv[1], ".bench-out", NULL);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t0 = g_get_monotonic_time (), t1, t2, t3, t4, t5;
      g_autoptr(ConcordMemorandum) m =
        concord_memorandum_load_from_data (g_bytes_get_data (file, NULL), g_bytes_get_size (file),
                                           argv[1], &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *plain = NULL;

      if (m == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      t1 = g_get_monotonic_time ();
      bytes = concord_memorandum_serialize (m);
      t2 = g_get_monotonic_time ();
      if (!concord_memorandum_save (m, out, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      t3 = g_get_monotonic_time ();
      findings = concord_memorandum_lint (m);
      t4 = g_get_monotonic_time ();
      plain = concord_memorandum_to_text (m);
      t5 = g_get_monotonic_time ();

      load[i] = (t1 - t0) / 1000.0;
      serialize[i] = (t2 - t1) / 1000.0;
      save[i] = (t3 - t2) / 1000.0;
      lint[i] = (t4 - t3) / 1000.0;
      text[i] = (t5 - t4) / 1000.0;
      total[i] = load[i] + save[i];
    }
  g_unlink (out);

  g_print ("in-process medians over %d runs (ms):\n", RUNS);
  g_print ("  load+validate      %8.1f\n", bench_median (load, RUNS));
  g_print ("  serialize          %8.1f\n", bench_median (serialize, RUNS));
  g_print ("  save (atomic)      %8.1f\n", bench_median (save, RUNS));
  g_print ("  load+validate+save %8.1f\n", bench_median (total, RUNS));
  g_print ("  lint               %8.1f\n", bench_median (lint, RUNS));
  g_print ("  text               %8.1f\n", bench_median (text, RUNS));

  return 0;
}
