/* concord-table-cell.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_TABLE_CELL (concord_table_cell_get_type ())

G_DECLARE_FINAL_TYPE (ConcordTableCell, concord_table_cell, CONCORD, TABLE_CELL, GObject)

ConcordTableCell   *concord_table_cell_new       (guint               row,
                                                  guint               column,
                                                  const ConcordBlock *block);
guint               concord_table_cell_get_row    (ConcordTableCell   *self);
guint               concord_table_cell_get_column (ConcordTableCell   *self);
ConcordBlock       *concord_table_cell_dup_block  (ConcordTableCell   *self);

G_END_DECLS
