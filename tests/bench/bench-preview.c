/* bench-preview.c: what the live preview costs the main thread.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run it under xvfb-run -a dbus-run-session --). For the
 * memorandum in FILE it times: the deep copy an update takes on the main
 * thread; the layout on the worker thread (from the update starting to
 * its pages landing); queue_update itself; and, while updates run, the
 * longest main-loop iteration, which is what a user feels as a stall.
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "concord-preview.h"

#define RUNS 7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *samples,
        guint   n)
{
  qsort (samples, n, sizeof (double), compare_doubles);

  return samples[n / 2];
}

typedef struct
{
  double longest_ms;
  guint  over_16ms;
  guint  iterations;
  double longest_cpu_ms;
  guint  cpu_over_16ms;
} LoopStats;

/* CPU time of the calling thread: on a loaded machine the wall time of
 * an iteration also counts the time the thread waited for a core. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static gint64 poll_time;

/* Time spent waiting in poll() is not work: it is taken out of each
 * iteration's time. */
static int
timed_poll (GPollFD *fds,
            guint    nfds,
            int      timeout)
{
  gint64 t0 = g_get_monotonic_time ();
  int result = g_poll (fds, nfds, timeout);

  poll_time += g_get_monotonic_time () - t0;

  return result;
}

/* Iterates the main loop until the preview is idle, timing the work done
 * in each iteration on the main thread. */
static void
wait_idle (ConcordPreview *preview,
           LoopStats      *stats)
{
  while (concord_preview_get_busy (preview))
    {
      gint64 t0 = g_get_monotonic_time ();
      double cpu0 = thread_cpu_ms ();
      double ms, cpu;

      poll_time = 0;
      g_main_context_iteration (NULL, TRUE);
      ms = (g_get_monotonic_time () - t0 - poll_time) / 1000.0;
      cpu = thread_cpu_ms () - cpu0;
      stats->longest_cpu_ms = MAX (stats->longest_cpu_ms, cpu);
      if (cpu > 16.0)
        stats->cpu_over_16ms++;
      stats->iterations++;
      if (ms > stats->longest_ms)
        stats->longest_ms = ms;
      if (ms > 16.0)
        stats->over_16ms++;
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  double copy_ms[RUNS], layout_ms[RUNS], queue_us[RUNS], snapshot_ms[RUNS];
  LoopStats stats = { 0 };
  GtkWindow *window;
  ConcordPreview *preview;
  g_autoptr(GPtrArray) clauses = NULL;
  gint64 t0;

  gtk_init ();
  g_main_context_set_poll_func (NULL, timed_poll);
  adw_init ();

  if (argc != 2)
    {
      g_printerr ("usage: bench-preview FILE\n");
      return 2;
    }

  m = concord_memorandum_load_from_file (argv[1], &error);
  if (m == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  clauses = concord_memorandum_list_clauses (m);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(ConcordMemorandum) copy = NULL;

      t0 = g_get_monotonic_time ();
      copy = concord_memorandum_copy (m);
      copy_ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  g_print ("memorandum copy (main thread):        %8.2f ms median of %u (%u clauses)\n",
           median (copy_ms, RUNS), RUNS, clauses->len);

  window = GTK_WINDOW (gtk_window_new ());
  preview = CONCORD_PREVIEW (concord_preview_new ());
  gtk_window_set_child (window, GTK_WIDGET (preview));
  gtk_window_set_default_size (window, 700, 900);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (preview)))
    g_main_context_iteration (NULL, TRUE);

  t0 = g_get_monotonic_time ();
  concord_preview_set_memorandum (preview, m);
  wait_idle (preview, &stats);
  g_print ("first layout, open to pages shown:    %8.1f ms (%u pages)\n",
           (g_get_monotonic_time () - t0) / 1000.0, concord_preview_get_n_pages (preview));

  memset (&stats, 0, sizeof stats);
  for (guint i = 0; i < RUNS; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, (i * 997) % clauses->len);
      g_autofree char *heading = g_strdup_printf ("Edited heading %u", i);
      gint64 start;

      concord_clause_set_heading (clause, heading);
      start = g_get_monotonic_time ();
      concord_preview_queue_update (preview);
      queue_us[i] = (double) (g_get_monotonic_time () - start);
      wait_idle (preview, &stats);
      /* From the edit to its pages landing, less the quiet period. */
      layout_ms[i] = (g_get_monotonic_time () - start) / 1000.0 - CONCORD_PREVIEW_DELAY_MS;
      snapshot_ms[i] = concord_preview_get_last_snapshot_time (preview) / 1000.0;
    }

  g_print ("queue_update call (main thread):      %8.1f µs median\n", median (queue_us, RUNS));
  g_print ("snapshot copy per update (main):      %8.2f ms median\n", median (snapshot_ms, RUNS));
  g_print ("layout on the worker, to pages shown: %8.1f ms median of %u\n", median (layout_ms, RUNS), RUNS);
  g_print ("longest main-loop iteration (work):   %8.1f ms (%u of %u iterations over 16 ms)\n",
           stats.longest_ms, stats.over_16ms, stats.iterations);
  g_print ("longest main-loop iteration (CPU):    %8.1f ms (%u of %u iterations over 16 ms)\n",
           stats.longest_cpu_ms, stats.cpu_over_16ms, stats.iterations);

  gtk_window_destroy (window);

  return 0;
}
