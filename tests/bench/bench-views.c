/* bench-views.c: how long the side-pane views take to refresh.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window refreshes the matrix, lint and party views after every edit,
 * so each refresh must be cheap on a large memorandum. Reports medians of
 * the synchronous refresh call (model work plus the widget changes it
 * makes; layout and drawing follow in the next frame) for: the first
 * fill, a refresh when nothing changed, and a refresh after an edit that
 * changes matrix cells and lint findings. Needs a display:
 *
 *   xvfb-run -a dbus-run-session -- _build/tests/bench/bench-views big.mou
 */

#include "config.h"

#include <stdlib.h>

#include "bench-util.h"
#include "concord-lint-view.h"
#include "concord-matrix-view.h"
#include "concord-party-view.h"

#define RUNS 21

typedef void (*RefreshFunc) (gpointer view);

static void
report (const char *what,
        double     *samples)
{
  double median = bench_median (samples, RUNS);

  g_print ("  %-44s %7.2f  (min %.2f, max %.2f)\n", what, median, samples[0],
           samples[RUNS - 1]);
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static ConcordClause *
first_role_clause (ConcordMemorandum *m)
{
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (m);

  for (guint i = 0; i < clauses->len; i++)
    if (concord_clause_get_kind (g_ptr_array_index (clauses, i)) == CONCORD_CLAUSE_KIND_ROLE)
      return g_ptr_array_index (clauses, i);

  return NULL;
}

static void
bench_view (const char        *name,
            gpointer           view,
            RefreshFunc        refresh,
            ConcordClause     *clause,
            const char        *owner_a,
            const char        *owner_b)
{
  double unchanged[RUNS], edited[RUNS];
  g_autofree char *label_unchanged = g_strdup_printf ("%s, nothing changed", name);
  g_autofree char *label_edited = g_strdup_printf ("%s, after an owner removed/restored", name);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      refresh (view);
      unchanged[i] = (g_get_monotonic_time () - t0) / 1000.0;
      settle ();
    }
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t0;

      concord_clause_set_owner (clause, i % 2 == 0 ? owner_b : owner_a);
      t0 = g_get_monotonic_time ();
      refresh (view);
      edited[i] = (g_get_monotonic_time () - t0) / 1000.0;
      settle ();
    }
  concord_clause_set_owner (clause, owner_a);
  refresh (view);
  settle ();

  report (label_unchanged, unchanged);
  report (label_edited, edited);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) file = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(ConcordParty) party = NULL;
  ConcordClause *clause;
  GtkWidget *window, *box, *matrix, *lint, *party_view;
  g_autofree char *owner_a = NULL;
  const char *owner_b;
  gint64 t0;

  gtk_init ();
  adw_init ();
  if (argc != 2)
    {
      g_printerr ("usage: bench-views FILE\n");
      return 2;
    }
  file = concord_read_file (argv[1], &error);
  if (file != NULL)
    m = concord_memorandum_load_from_data (g_bytes_get_data (file, NULL), g_bytes_get_size (file),
                                           argv[1], &error);
  if (m == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  window = gtk_window_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  matrix = concord_matrix_view_new ();
  lint = concord_lint_view_new ();
  party_view = concord_party_view_new ();
  gtk_box_append (GTK_BOX (box), matrix);
  gtk_box_append (GTK_BOX (box), lint);
  gtk_box_append (GTK_BOX (box), party_view);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  clause = first_role_clause (m);
  party = g_list_model_get_item (concord_memorandum_get_parties (m), 0);
  owner_a = g_strdup (concord_clause_get_owner (clause));
  /* Taking the owner away changes both views for certain: a cell loses
   * its R, and lint finds an incomplete clause. */
  owner_b = NULL;

  g_print ("%s: %u clauses, %u parties\n", argv[1], concord_memorandum_count_clauses (m),
           g_list_model_get_n_items (concord_memorandum_get_parties (m)));
  g_print ("first fill (ms):\n");
  t0 = g_get_monotonic_time ();
  concord_matrix_view_set_memorandum (CONCORD_MATRIX_VIEW (matrix), m);
  g_print ("  %-44s %7.2f\n", "matrix", (g_get_monotonic_time () - t0) / 1000.0);
  t0 = g_get_monotonic_time ();
  concord_lint_view_set_memorandum (CONCORD_LINT_VIEW (lint), m);
  g_print ("  %-44s %7.2f  (%u findings)\n", "lint", (g_get_monotonic_time () - t0) / 1000.0,
           concord_lint_view_get_n_findings (CONCORD_LINT_VIEW (lint)));
  concord_party_view_set_memorandum (CONCORD_PARTY_VIEW (party_view), m);
  t0 = g_get_monotonic_time ();
  concord_party_view_set_party_id (CONCORD_PARTY_VIEW (party_view), concord_party_get_id (party));
  g_print ("  %-44s %7.2f  (%u lines)\n", "party view, one party",
           (g_get_monotonic_time () - t0) / 1000.0,
           concord_party_view_get_lines (CONCORD_PARTY_VIEW (party_view))->len);
  settle ();

  /* Check that the edit the benchmark makes does change what is shown. */
  concord_clause_set_owner (clause, owner_b);
  concord_lint_view_refresh (CONCORD_LINT_VIEW (lint));
  g_print ("owner of %s: %s ↔ %s; findings %u ↔ ", concord_clause_get_id (clause), owner_a,
           owner_b ? owner_b : "nobody", concord_lint_view_get_n_findings (CONCORD_LINT_VIEW (lint)));
  concord_clause_set_owner (clause, owner_a);
  concord_lint_view_refresh (CONCORD_LINT_VIEW (lint));
  g_print ("%u\n", concord_lint_view_get_n_findings (CONCORD_LINT_VIEW (lint)));
  settle ();

  g_print ("refresh, median of %d (ms):\n", RUNS);
  bench_view ("matrix", matrix, (RefreshFunc) concord_matrix_view_refresh, clause, owner_a,
              owner_b);
  bench_view ("lint", lint, (RefreshFunc) concord_lint_view_refresh, clause, owner_a, owner_b);
  bench_view ("party view", party_view, (RefreshFunc) concord_party_view_refresh, clause, owner_a,
              owner_b);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
