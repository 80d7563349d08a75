/* bench-util.h: what the in-process benchmarks share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdlib.h>

static inline int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts the samples in place and returns the one in the middle. */
static inline double
bench_median (double *samples,
              gsize   n)
{
  qsort (samples, n, sizeof (double), bench_compare_doubles);

  return samples[n / 2];
}
