/* concord-table.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

/* A simple table held by a clause or an annex: rows of text cells, an
 * optional header row that repeats on each page, relative column widths,
 * and ruled lines in empty cells for forms to be filled in by hand. */
#define CONCORD_TABLE_MAX_COLUMNS 12
#define CONCORD_TABLE_MAX_WIDTH   1000
#define CONCORD_TABLE_MAX_FILL    10

#define CONCORD_TYPE_TABLE (concord_table_get_type ())

GType               concord_table_get_type        (void) G_GNUC_CONST;
ConcordTable       *concord_table_new             (guint               columns,
                                                   GError            **error);
ConcordTable       *concord_table_ref             (ConcordTable       *self);
void                concord_table_unref           (ConcordTable       *self);
gboolean            concord_table_set_widths      (ConcordTable       *self,
                                                   const guint        *widths,
                                                   guint               n_widths,
                                                   GError            **error);
void                concord_table_set_header      (ConcordTable       *self,
                                                   gboolean            header);
gboolean            concord_table_set_fill        (ConcordTable       *self,
                                                   guint               lines,
                                                   GError            **error);
gboolean            concord_table_append_row      (ConcordTable       *self,
                                                   GPtrArray          *cells,
                                                   GError            **error);

guint               concord_table_get_n_columns   (const ConcordTable *self);
guint               concord_table_get_n_rows      (const ConcordTable *self);
gboolean            concord_table_has_widths      (const ConcordTable *self);
guint               concord_table_get_width       (const ConcordTable *self,
                                                   guint               column);
gboolean            concord_table_get_header      (const ConcordTable *self);
guint               concord_table_get_fill        (const ConcordTable *self);
const ConcordBlock *concord_table_get_cell        (const ConcordTable *self,
                                                   guint               row,
                                                   guint               column);
gboolean            concord_table_equal           (const ConcordTable *a,
                                                   const ConcordTable *b);

/* A table is one block of a clause's or an annex's body. */
ConcordBlock       *concord_block_new_table       (ConcordTable       *table,
                                                   GError            **error);
ConcordTable       *concord_block_get_table       (const ConcordBlock *self);

/* A copy of @block with each reference to the party @party_id replaced by
 * the words @text, in running text and in a table's cells alike, its id
 * kept (for removing a party while the text still reads as it did). */
ConcordBlock       *concord_block_unlink_party    (const ConcordBlock *block,
                                                   const char         *party_id,
                                                   const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordTable, concord_table_unref)

G_END_DECLS
