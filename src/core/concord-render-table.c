/* concord-render-table.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include "concord-block.h"
#include "concord-render-private.h"
#include "concord-table.h"

/* Tables: a memorandum's own tables become rows in the flow, as the
 * parties table does; every row, and a row taller than a page, is drawn
 * here. A row is never split across pages unless it cannot fit on one,
 * and then it is cut between lines of text, never through one. */

#define CELL_PADDING 3.0
/* The distance between ruled lines to write on, in points. */
#define FILL_PITCH   18.0
#define TABLE_GAP     6.0

void
_concord_flow_cell_free (gpointer data)
{
  FlowCell *cell = data;

  g_free (cell->text);
  g_clear_pointer (&cell->attrs, pango_attr_list_unref);
  g_clear_object (&cell->layout);
  g_free (cell);
}

/* The height a cell needs: its text, or its lines to fill in. */
double
_concord_cell_height (const FlowCell *cell)
{
  PangoRectangle logical;
  double height;

  pango_layout_get_extents (cell->layout, NULL, &logical);
  height = (double) logical.height / PANGO_SCALE;

  /* Room below the last ruled line, so that it does not read as the
   * cell's border. */
  return MAX (height, cell->fill > 0 ? cell->fill * FILL_PITCH + FILL_PITCH / 3 : 0);
}

static FlowItem *
add_table_row (ConcordFlowBuilder *b,
               const ConcordTable *table,
               guint               r,
               const double       *widths,
               double              indent,
               FlowItem           *header)
{
  gboolean is_header = r == 0 && concord_table_get_header (table);
  FlowItem *row = _concord_flow_item_new (FLOW_ROW, is_header ? STYLE_TABLE_HEADER : STYLE_TABLE);

  row->cells = g_ptr_array_new_with_free_func (_concord_flow_cell_free);
  row->header = header;
  row->padding = CELL_PADDING;
  row->shaded = is_header;
  row->boxed = TRUE;
  row->indent = indent;
  row->width = 0;
  for (guint c = 0; c < concord_table_get_n_columns (table); c++)
    {
      const ConcordBlock *block = concord_table_get_cell (table, r, c);
      FlowCell *cell = g_new0 (FlowCell, 1);

      cell->text = _concord_flow_builder_cell_text (b, block, &cell->attrs);
      cell->style = row->style;
      cell->width = widths[c];
      cell->align = PANGO_ALIGN_LEFT;
      cell->fill = !is_header && concord_block_is_empty (block) ? concord_table_get_fill (table) : 0;
      row->width += widths[c];
      g_ptr_array_add (row->cells, cell);
    }
  _concord_flow_builder_add (b, row);

  return row;
}

void
_concord_flow_add_table (ConcordFlowBuilder *b,
                         const ConcordTable *table,
                         double              indent)
{
  guint columns = concord_table_get_n_columns (table);
  guint rows = concord_table_get_n_rows (table);
  double room = _concord_flow_builder_get_width (b) - indent;
  g_autofree double *widths = g_new (double, columns);
  FlowItem *header = NULL;
  FlowItem *row = NULL;
  guint total = 0;

  for (guint c = 0; c < columns; c++)
    total += concord_table_get_width (table, c);
  for (guint c = 0; c < columns; c++)
    widths[c] = room * concord_table_get_width (table, c) / total;

  for (guint r = 0; r < rows; r++)
    {
      row = add_table_row (b, table, r, widths, indent, header);
      /* The header stays with the first row, and repeats on each page. */
      if (r == 0 && concord_table_get_header (table))
        {
          header = row;
          header->keep_with_next = rows > 1;
        }
    }
  row->gap_after = TABLE_GAP;
}

/* Where a slice of @row that starts at @from (from the row's top) may end
 * within @room: the lowest point that cuts no cell's line of text in two.
 * Returns @from when not even one line fits. */
double
_concord_row_cut (FlowItem *row,
                  double    from,
                  double    room)
{
  double cut = MIN (from + room, row->height);
  gboolean moved = TRUE;

  if (cut >= row->height)
    return row->height;

  /* Each pass can only move the cut up, onto the top of a line. */
  while (moved && cut > from)
    {
      moved = FALSE;
      for (guint i = 0; i < row->cells->len; i++)
        {
          FlowCell *cell = g_ptr_array_index (row->cells, i);
          PangoLayoutIter *iter = pango_layout_get_iter (cell->layout);

          do
            {
              int y0, y1;
              double top, bottom;

              pango_layout_iter_get_line_yrange (iter, &y0, &y1);
              top = row->padding + (double) y0 / PANGO_SCALE;
              bottom = row->padding + (double) y1 / PANGO_SCALE;
              if (top >= cut)
                break;
              if (bottom > cut && top < cut)
                {
                  cut = top;
                  moved = TRUE;
                }
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }

  return MAX (cut, from);
}

/* The lines of a cell whose tops fall within [from, to) of the row. */
static void
draw_cell_lines (cairo_t        *cr,
                 const FlowItem *row,
                 const FlowCell *cell,
                 double          x,
                 double          y,
                 double          from,
                 double          to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (cell->layout);

  do
    {
      int y0, y1;
      double top;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = row->padding + (double) y0 / PANGO_SCALE;
      if (top >= to)
        break;
      if (top >= from)
        {
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + row->padding + cell->offset + (double) logical.x / PANGO_SCALE,
                         y + row->padding + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - from);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_fill_lines (cairo_t        *cr,
                 const FlowItem *row,
                 const FlowCell *cell,
                 double          x,
                 double          y,
                 double          from,
                 double          to)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  cairo_set_line_width (cr, 0.5);
  for (guint k = 1; k <= cell->fill; k++)
    {
      double line_y = row->padding + k * FILL_PITCH - 2;

      if (line_y < from || line_y >= to)
        continue;
      cairo_move_to (cr, x + row->padding, y + line_y - from);
      cairo_line_to (cr, x + cell->width - row->padding, y + line_y - from);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Draws the part [from, to) of @row at (x0, y): the whole row when from
 * is 0 and to its height. */
void
_concord_draw_row (cairo_t  *cr,
                   FlowItem *row,
                   double    x0,
                   double    y,
                   double    from,
                   double    to)
{
  double x = x0 + row->indent;
  double height = to - from;
  gboolean whole = from <= 0 && to >= row->height;

  if (row->shaded)
    {
      cairo_set_source_rgb (cr, 0.92, 0.93, 0.95);
      cairo_rectangle (cr, x, y, row->width, height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, 0.4);
  if (row->boxed)
    {
      double cx = x;

      for (guint i = 0; i < row->cells->len; i++)
        {
          FlowCell *cell = g_ptr_array_index (row->cells, i);

          cairo_rectangle (cr, cx, y, cell->width, height);
          cx += cell->width;
        }
      cairo_stroke (cr);
    }
  else if (to >= row->height && !row->bare)
    {
      cairo_move_to (cr, x, y + height);
      cairo_line_to (cr, x + row->width, y + height);
      cairo_stroke (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < row->cells->len; i++)
    {
      FlowCell *cell = g_ptr_array_index (row->cells, i);

      if (whole)
        {
          cairo_move_to (cr, x + row->padding + cell->offset, y + row->padding);
          pango_cairo_show_layout (cr, cell->layout);
        }
      else
        draw_cell_lines (cr, row, cell, x, y, from, to);
      if (cell->fill > 0)
        draw_fill_lines (cr, row, cell, x, y, from, to);
      cairo_set_source_rgb (cr, 0, 0, 0);
      x += cell->width;
    }
}
