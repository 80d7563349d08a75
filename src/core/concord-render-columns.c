/* concord-render-columns.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include "concord-render-private.h"

/* A bilingual memorandum printed side by side: each part is built once in
 * each language, at the width of a column, and the two runs of flow items
 * are set beside each other here, a heading beside its heading and a
 * paragraph beside its counterpart, so that the columns stay aligned
 * clause by clause however long either text is. */

/* One side of a pair: the item's text in a cell, its hanging label (a
 * clause number, "(a)") before a tab at the text's indent. */
static FlowCell *
cell_from_item (FlowItem *item,
                StyleId   style,
                double    width,
                double    inset)
{
  FlowCell *cell = g_new0 (FlowCell, 1);

  cell->style = style;
  cell->width = width;
  cell->inset = inset;
  cell->align = PANGO_ALIGN_LEFT;
  if (item == NULL)
    {
      cell->text = g_strdup ("");
      return cell;
    }

  cell->attrs = g_steal_pointer (&item->attrs);
  if (item->label != NULL)
    {
      g_autofree char *text = g_steal_pointer (&item->text);
      gsize prefix = strlen (item->label) + 1;

      cell->text = g_strdup_printf ("%s\t%s", item->label, text != NULL ? text : "");
      if (cell->attrs != NULL)
        pango_attr_list_update (cell->attrs, 0, 0, (int) prefix);
      cell->offset = item->label_x;
      cell->hang = MAX (item->indent - item->label_x, 1);
    }
  else
    {
      cell->text = item->text != NULL ? g_steal_pointer (&item->text) : g_strdup ("");
      cell->offset = item->indent;
    }

  return cell;
}

static FlowItem *
pair_row (FlowItem *left,
          FlowItem *right,
          double    column,
          double    gap)
{
  FlowItem *first = left != NULL ? left : right;
  FlowItem *row = _concord_flow_item_new (FLOW_ROW, first->style);

  row->bare = TRUE;
  row->width = 2 * column + gap;
  row->cells = g_ptr_array_new_with_free_func (_concord_flow_cell_free);
  g_ptr_array_add (row->cells, cell_from_item (left, first->style, column + gap, gap));
  g_ptr_array_add (row->cells, cell_from_item (right, first->style, column, 0));
  row->keep_with_next = (left != NULL && left->keep_with_next) || (right != NULL && right->keep_with_next);
  row->gap_after = MAX (left != NULL ? left->gap_after : 0, right != NULL ? right->gap_after : 0);
  /* The first language's heading is the one the contents and the PDF's
   * outline lead to. */
  row->dest = g_steal_pointer (&first->dest);
  row->outline = g_steal_pointer (&first->outline);
  row->outline_level = first->outline_level;
  row->link = g_steal_pointer (&first->link);

  return row;
}

static guint
anchor_at (GPtrArray *items,
           guint      i)
{
  return i < items->len ? ((FlowItem *) g_ptr_array_index (items, i))->anchor : G_MAXUINT;
}

/* Moves @left and @right (built at @column's width) into @out, side by
 * side. Items that are not running text (a table's rows) print whole,
 * the second language's in the right-hand column; a page break is kept
 * once. */
void
_concord_flow_zip_columns (GPtrArray *out,
                           GPtrArray *left,
                           GPtrArray *right,
                           double     column,
                           double     gap)
{
  guint i = 0, j = 0;

  while (i < left->len || j < right->len)
    {
      guint anchor = MIN (anchor_at (left, i), anchor_at (right, j));
      FlowItem *l = anchor_at (left, i) == anchor ? g_ptr_array_index (left, i) : NULL;
      FlowItem *r = anchor_at (right, j) == anchor ? g_ptr_array_index (right, j) : NULL;

      if (l != NULL && l->kind != FLOW_TEXT)
        {
          g_ptr_array_add (out, l);
          i++;
        }
      else if (r != NULL && r->kind == FLOW_PAGE_BREAK)
        {
          _concord_flow_item_free (r);
          j++;
        }
      else if (r != NULL && r->kind != FLOW_TEXT)
        {
          r->indent += column + gap;
          g_ptr_array_add (out, r);
          j++;
        }
      else
        {
          g_ptr_array_add (out, pair_row (l, r, column, gap));
          if (l != NULL)
            {
              _concord_flow_item_free (l);
              i++;
            }
          if (r != NULL)
            {
              _concord_flow_item_free (r);
              j++;
            }
        }
    }
  g_ptr_array_set_size (left, 0);
  g_ptr_array_set_size (right, 0);
}
