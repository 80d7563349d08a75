/* bench-typing.c: the editor with a large memorandum, in process.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage (needs a display; see README.md):
 *   bench-typing FILE.mou [KEYSTROKES] [--views]
 *
 * With --views the pane with the live preview is shown, the first layout
 * awaited before typing, and the time from the last keystroke until the
 * preview shows the result is reported too.
 *
 * Reports: time from opening FILE to a window that shows its outline and
 * can take input; then, with a clause in the middle selected, the time each
 * keystroke typed into its text keeps the main loop busy (the edit, the
 * undo record, the outline refresh and everything they queue), as median,
 * 95th percentile and maximum; and the peak RSS. Not a test: it prints
 * numbers.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "concord-body-editor.h"
#include "concord-clause-pane.h"
#include "concord-window.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static long
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;

  return strtol (line + 6, NULL, 10);
}

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) clauses = NULL;
  g_autofree double *stalls = NULL;
  ConcordWindow *window;
  ConcordMemorandum *m;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  guint n_keys = argc > 2 && atoi (argv[2]) > 0 ? (guint) atoi (argv[2]) : 200;
  gboolean views = argc > 2 && g_str_equal (argv[argc - 1], "--views");
  double caught_up = 0;
  double start, loaded, opened;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-typing FILE.mou [KEYSTROKES]\n");
      return 2;
    }

  gtk_init ();
  adw_init ();
  file = g_file_new_for_commandline_arg (argv[1]);

  start = now_ms ();
  window = concord_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  concord_window_open_file (window, file);
  /* The file loads on a worker thread. */
  while (concord_window_get_opening (window))
    g_main_context_iteration (NULL, TRUE);
  loaded = now_ms ();
  if (concord_window_get_document (window) == NULL)
    {
      fprintf (stderr, "bench-typing: could not open %s\n", argv[1]);
      return 1;
    }
  /* Usable: mapped, with the outline's rows made. */
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) ||
         concord_outline_get_row (concord_window_get_outline (window),
                                  G_OBJECT (concord_document_get_memorandum (concord_window_get_document (window)))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  drain ();
  opened = now_ms ();

  if (views)
    {
      concord_views_pane_set_page (concord_window_get_views_pane (window), "preview");
      gtk_widget_set_visible (GTK_WIDGET (concord_window_get_views_pane (window)), TRUE);
      while (concord_preview_get_generation (concord_views_pane_get_preview (concord_window_get_views_pane (window))) == 0 || concord_preview_get_busy (concord_views_pane_get_preview (concord_window_get_views_pane (window))))
        g_main_context_iteration (NULL, TRUE);
      drain ();
    }

  m = concord_document_get_memorandum (concord_window_get_document (window));
  clauses = concord_memorandum_list_clauses (m);
  concord_window_select (window, g_ptr_array_index (clauses, clauses->len / 2));
  drain ();
  buffer = concord_clause_pane_get_body_buffer (CONCORD_CLAUSE_PANE (concord_window_get_pane (window)));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (CONCORD_BODY_EDITOR (concord_clause_pane_get_body_editor (CONCORD_CLAUSE_PANE (concord_window_get_pane (window)))))));
  drain ();

  stalls = g_new0 (double, n_keys);
  for (guint i = 0; i < n_keys; i++)
    {
      const char *key = i % 6 == 5 ? " " : "a";
      double t = now_ms ();

      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, key, 1, TRUE);
      gtk_text_buffer_end_user_action (buffer);
      drain ();
      stalls[i] = now_ms () - t;
      if (g_getenv ("BENCH_TRACE") && stalls[i] > 16)
        fprintf (stderr, "keystroke %u: %.1f ms\n", i, stalls[i]);
    }
  if (views)
    {
      /* The preview shows the last keystroke once a layout started after
       * it has landed. */
      guint generation = concord_preview_get_generation (concord_views_pane_get_preview (concord_window_get_views_pane (window)));
      double last = now_ms ();

      while (concord_preview_get_generation (concord_views_pane_get_preview (concord_window_get_views_pane (window))) == generation ||
             concord_preview_get_busy (concord_views_pane_get_preview (concord_window_get_views_pane (window))))
        g_main_context_iteration (NULL, TRUE);
      caught_up = now_ms () - last;
    }
  qsort (stalls, n_keys, sizeof (double), bench_compare_doubles);

  printf ("clauses: %u\n", clauses->len);
  printf ("open to usable window: %.0f ms (of which loading and the outline's model %.0f ms)\n",
          opened - start, loaded - start);
  printf ("keystroke stall over %u keys: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
          n_keys, stalls[n_keys / 2], stalls[(n_keys * 95) / 100], stalls[n_keys - 1]);
  if (views)
    printf ("preview caught up %.0f ms after the last keystroke\n", caught_up);
  printf ("peak RSS: %.0f MiB\n", peak_rss_kib () / 1024.0);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
