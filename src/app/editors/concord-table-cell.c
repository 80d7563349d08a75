/* concord-table-cell.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-table-cell"

#include "config.h"

#include "concord-table-cell.h"

/* One cell of a table being edited, as a body editor edits text: its
 * "cell" property is a list of blocks, of which the table keeps one
 * paragraph (lines typed in a cell are joined). */

struct _ConcordTableCell
{
  GObject    parent_instance;

  guint      row;
  guint      column;
  GPtrArray *blocks;
};

G_DEFINE_FINAL_TYPE (ConcordTableCell, concord_table_cell, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CELL,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

ConcordTableCell *
concord_table_cell_new (guint               row,
                        guint               column,
                        const ConcordBlock *block)
{
  ConcordTableCell *self = g_object_new (CONCORD_TYPE_TABLE_CELL, NULL);

  self->row = row;
  self->column = column;
  if (block != NULL && !concord_block_is_empty (block))
    g_ptr_array_add (self->blocks, concord_block_ref ((ConcordBlock *) block));

  return self;
}

guint
concord_table_cell_get_row (ConcordTableCell *self)
{
  g_return_val_if_fail (CONCORD_IS_TABLE_CELL (self), 0);

  return self->row;
}

guint
concord_table_cell_get_column (ConcordTableCell *self)
{
  g_return_val_if_fail (CONCORD_IS_TABLE_CELL (self), 0);

  return self->column;
}

/* Returns: (transfer full): the cell's text as one paragraph */
ConcordBlock *
concord_table_cell_dup_block (ConcordTableCell *self)
{
  ConcordBlock *block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);

  g_return_val_if_fail (CONCORD_IS_TABLE_CELL (self), block);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const ConcordBlock *line = g_ptr_array_index (self->blocks, i);

      if (i > 0)
        concord_block_append_run (block, CONCORD_RUN_TEXT, " ", FALSE);
      for (guint r = 0; r < concord_block_get_n_runs (line); r++)
        concord_block_append_run_copy (block, concord_block_get_run (line, r));
    }

  return block;
}

static void
concord_table_cell_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ConcordTableCell *self = CONCORD_TABLE_CELL (object);

  switch (prop_id)
    {
    case PROP_CELL:
      g_value_set_boxed (value, self->blocks);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_table_cell_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ConcordTableCell *self = CONCORD_TABLE_CELL (object);

  switch (prop_id)
    {
    case PROP_CELL:
      g_ptr_array_unref (self->blocks);
      self->blocks = concord_blocks_copy (g_value_get_boxed (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_table_cell_finalize (GObject *object)
{
  ConcordTableCell *self = CONCORD_TABLE_CELL (object);

  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (concord_table_cell_parent_class)->finalize (object);
}

static void
concord_table_cell_class_init (ConcordTableCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = concord_table_cell_get_property;
  object_class->set_property = concord_table_cell_set_property;
  object_class->finalize = concord_table_cell_finalize;

  properties[PROP_CELL] = g_param_spec_boxed ("cell", NULL, NULL, G_TYPE_PTR_ARRAY,
                                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_table_cell_init (ConcordTableCell *self)
{
  self->blocks = concord_blocks_new ();
}
