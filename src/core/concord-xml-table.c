/* concord-xml-table.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-xml-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-block.h"
#include "concord-error.h"
#include "concord-table.h"
#include "concord-xml-private.h"

/* <table columns="3" widths="2 1 1" header="true" fill="2">
 *   <row><cell>…</cell><cell/>…</row>
 * </table>
 * The schema gives the shape; what it cannot count (cells against
 * columns, widths against columns) is checked here. */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

/* A whole number no greater than @max; FALSE for anything else. */
static gboolean
parse_count (const char *text,
             guint       max,
             guint      *value)
{
  guint64 v;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, max, &v, NULL))
    return FALSE;
  *value = (guint) v;

  return TRUE;
}

static gboolean
read_widths (ConcordTable  *table,
             const char    *text,
             GError       **error)
{
  g_auto(GStrv) tokens = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      guint width;

      if (*tokens[i] == '\0')
        continue;
      if (!parse_count (tokens[i], CONCORD_TABLE_MAX_WIDTH, &width) || width == 0)
        {
          g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                       _("a column width is a whole number from 1 to %u, not “%s”"),
                       CONCORD_TABLE_MAX_WIDTH, tokens[i]);
          return FALSE;
        }
      g_array_append_val (widths, width);
    }

  return concord_table_set_widths (table, (guint *) (gpointer) widths->data, widths->len, error);
}

static ConcordTable *
read_attributes (xmlNode  *node,
                 GError  **error)
{
  g_autofree char *columns = (char *) xmlGetNoNsProp (node, (const xmlChar *) "columns");
  g_autofree char *widths = (char *) xmlGetNoNsProp (node, (const xmlChar *) "widths");
  g_autofree char *header = (char *) xmlGetNoNsProp (node, (const xmlChar *) "header");
  g_autofree char *fill = (char *) xmlGetNoNsProp (node, (const xmlChar *) "fill");
  g_autoptr(ConcordTable) table = NULL;
  guint n = 0, lines = 0;

  if (!parse_count (columns, CONCORD_TABLE_MAX_COLUMNS, &n) || n == 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   _("a table has from 1 to %u columns, not “%s”"), CONCORD_TABLE_MAX_COLUMNS,
                   columns != NULL ? columns : "");
      return NULL;
    }
  table = concord_table_new (n, error);
  if (table == NULL)
    return NULL;
  if (widths != NULL && !read_widths (table, widths, error))
    return NULL;
  concord_table_set_header (table, g_strcmp0 (header, "true") == 0);
  if (fill != NULL && (!parse_count (fill, G_MAXUINT, &lines) || !concord_table_set_fill (table, lines, error)))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                     _("“%s” is not a number of lines to fill in"), fill);
      return NULL;
    }

  return g_steal_pointer (&table);
}

ConcordBlock *
_concord_xml_read_table (xmlNode  *node,
                         xmlNode **where,
                         GError  **error)
{
  g_autoptr(ConcordTable) table = NULL;

  *where = node;
  table = read_attributes (node, error);
  if (table == NULL)
    return NULL;

  for (xmlNode *row = node->children; row != NULL; row = row->next)
    {
      g_autoptr(GPtrArray) cells = NULL;

      if (!is_element (row, "row"))
        continue;
      cells = concord_blocks_new ();
      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        if (is_element (cell, "cell"))
          g_ptr_array_add (cells, _concord_xml_read_inline (cell, CONCORD_BLOCK_PARAGRAPH, 0));
      if (!concord_table_append_row (table, cells, error))
        {
          *where = row;
          return NULL;
        }
    }

  return concord_block_new_table (table, error);
}

/* Checked before the schema: a table inside a table, a table with no
 * rows, and the counts the schema cannot make. */
gboolean
_concord_xml_check_table (xmlNode  *node,
                          xmlNode **where,
                          GError  **error)
{
  g_autoptr(ConcordBlock) block = NULL;

  for (xmlNode *up = node->parent; up != NULL && up->type == XML_ELEMENT_NODE; up = up->parent)
    if (is_element (up, "cell") || is_element (up, "table"))
      {
        *where = node;
        g_set_error_literal (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                             _("a table cannot be put inside another table"));
        return FALSE;
      }

  block = _concord_xml_read_table (node, where, error);

  return block != NULL;
}

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

/* The canonical form: defaults unwritten, every row with a cell for each
 * column, one row and one cell to a line. */
void
_concord_xml_write_table (GString            *out,
                          guint               depth,
                          const ConcordBlock *block)
{
  ConcordTable *table = concord_block_get_table (block);
  guint columns = concord_table_get_n_columns (table);
  guint rows = concord_table_get_n_rows (table);

  indent (out, depth);
  g_string_append_printf (out, "<table columns=\"%u\"", columns);
  if (concord_table_has_widths (table))
    {
      g_string_append (out, " widths=\"");
      for (guint c = 0; c < columns; c++)
        g_string_append_printf (out, c > 0 ? " %u" : "%u", concord_table_get_width (table, c));
      g_string_append_c (out, '"');
    }
  if (concord_table_get_header (table))
    g_string_append (out, " header=\"true\"");
  if (concord_table_get_fill (table) > 0)
    g_string_append_printf (out, " fill=\"%u\"", concord_table_get_fill (table));
  g_string_append (out, ">\n");

  for (guint r = 0; r < rows; r++)
    {
      indent (out, depth + 1);
      g_string_append (out, "<row>\n");
      for (guint c = 0; c < columns; c++)
        {
          const ConcordBlock *cell = concord_table_get_cell (table, r, c);

          indent (out, depth + 2);
          if (concord_block_is_empty (cell))
            g_string_append (out, "<cell/>\n");
          else
            {
              g_string_append (out, "<cell>");
              _concord_xml_write_runs (out, cell);
              g_string_append (out, "</cell>\n");
            }
        }
      indent (out, depth + 1);
      g_string_append (out, "</row>\n");
    }
  indent (out, depth);
  g_string_append (out, "</table>\n");
}
