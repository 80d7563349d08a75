/* concord-compare-markup.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-core.h"

G_BEGIN_DECLS

/* A comparison and, by side (0 old, 1 new), the memorandum and numbers
 * that clauses which did not change are shown from. */
typedef struct
{
  ConcordDiff       *diff;
  ConcordMemorandum *memorandum[2];
  ConcordNumbering  *numbering[2];
} ConcordCompareSides;

void concord_compare_markup_row (const ConcordCompareSides  *sides,
                                 int                         row,
                                 int                         change,
                                 gboolean                    new_side,
                                 char                      **heading,
                                 char                      **facts,
                                 char                      **body);

G_END_DECLS
