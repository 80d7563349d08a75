/* concord-table-editor.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-table-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-editor.h"
#include "concord-document.h"
#include "concord-table-cell.h"
#include "concord-table-editor.h"

/* A table of a clause's or an annex's text, cell by cell: rows and
 * columns added and removed, the header row on or off, and each cell's
 * text edited as clause text is, references and all. Every change sets
 * the text holding the table at once, one edit the document's undo
 * takes back, and the preview shows. A change from elsewhere (undo)
 * shows here too. */

struct _ConcordTableEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  GtkGrid           *grid;
  GtkToggleButton   *header_button;

  /* Owned */
  ConcordMemorandum *memorandum;
  GObject           *item;
  char              *property;
  ConcordTable      *table;
  GPtrArray         *cells;

  /* State */
  guint              index;
  gulong             notify_id;
  /* The cell last edited, which removing a row or column means. */
  guint              row;
  guint              column;
  /* The cell whose typing the last edit was: typing on in it joins that
   * edit, typing in another cell is a step of its own. */
  int                typed_row;
  int                typed_column;
  gboolean           applying;
  gboolean           building;
};

G_DEFINE_FINAL_TYPE (ConcordTableEditor, concord_table_editor, ADW_TYPE_WINDOW)

/* Tables, rebuilt: a table's cells do not change once it is made. */

static const ConcordBlock *
cell_or_empty (const ConcordTable *table,
               guint               row,
               guint               column)
{
  return row < concord_table_get_n_rows (table) && column < concord_table_get_n_columns (table)
         ? concord_table_get_cell (table, row, column) : NULL;
}

/* A copy of @table with @rows rows and @columns columns. Rows and columns
 * before @at_row / @at_column are the old ones; from there on, a new row
 * or column is inserted (@step 1) or the old one dropped (@step -1).
 * @cell, if not NULL, replaces the text of the cell at @row, @column. */
static ConcordTable *
rebuild (const ConcordTable *table,
         int                 row_step,
         guint               at_row,
         int                 column_step,
         guint               at_column,
         const ConcordBlock *cell)
{
  guint rows = (guint) ((int) concord_table_get_n_rows (table) + row_step);
  guint columns = (guint) ((int) concord_table_get_n_columns (table) + column_step);
  ConcordTable *copy = concord_table_new (columns, NULL);

  if (copy == NULL || rows == 0)
    {
      g_clear_pointer (&copy, concord_table_unref);
      return NULL;
    }
  concord_table_set_header (copy, concord_table_get_header (table));
  concord_table_set_fill (copy, concord_table_get_fill (table), NULL);
  if (column_step == 0 && concord_table_has_widths (table))
    {
      g_autofree guint *widths = g_new0 (guint, columns);

      for (guint c = 0; c < columns; c++)
        widths[c] = concord_table_get_width (table, c);
      concord_table_set_widths (copy, widths, columns, NULL);
    }

  for (guint r = 0; r < rows; r++)
    {
      g_autoptr(GPtrArray) cells = concord_blocks_new ();
      /* The old row this one comes from, G_MAXUINT for a new one. */
      guint from_row = r < at_row || row_step == 0 ? r : row_step > 0 ? (r == at_row ? G_MAXUINT : r - 1) : r + 1;

      for (guint c = 0; c < columns; c++)
        {
          guint from_column = c < at_column || column_step == 0 ? c
                              : column_step > 0 ? (c == at_column ? G_MAXUINT : c - 1) : c + 1;
          const ConcordBlock *old = from_row == G_MAXUINT || from_column == G_MAXUINT
                                    ? NULL : cell_or_empty (table, from_row, from_column);

          if (cell != NULL && from_row == at_row && from_column == at_column && row_step == 0 && column_step == 0)
            old = cell;
          g_ptr_array_add (cells, old != NULL ? concord_block_ref ((ConcordBlock *) old)
                                              : concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1));
        }
      concord_table_append_row (copy, cells, NULL);
    }

  return copy;
}

/* The document of the window this one edits for (its transient parent's
 * "document", found by name: editors do not call the window). */
static ConcordDocument *
find_document (ConcordTableEditor *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(ConcordDocument) document = NULL;

  if (parent == NULL || g_object_class_find_property (G_OBJECT_GET_CLASS (parent), "document") == NULL)
    return NULL;
  g_object_get (parent, "document", &document, NULL);

  /* The window holds it. */
  return document;
}

/* Sets the item's text with the table changed: one edit, and with
 * @own_step one that undo takes back alone, never merged with typing
 * just before it (the document joins quick successive edits of one
 * property, as typing is). */
static void
apply (ConcordTableEditor *self,
       ConcordTable       *table,
       gboolean            own_step)
{
  ConcordDocument *document;
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) edited = NULL;
  ConcordBlock *block;

  if (table == NULL || self->item == NULL)
    return;
  g_object_get (self->item, self->property, &body, NULL);
  if (body == NULL || self->index >= body->len || concord_block_get_table (g_ptr_array_index (body, self->index)) == NULL)
    return;

  block = concord_block_new_table (table, NULL);
  concord_block_set_id (block, concord_block_get_id (g_ptr_array_index (body, self->index)));
  edited = concord_blocks_copy (body);
  concord_block_unref (g_ptr_array_index (edited, self->index));
  g_ptr_array_index (edited, self->index) = block;
  g_clear_pointer (&self->table, concord_table_unref);
  self->table = concord_table_ref (table);
  self->applying = TRUE;
  document = own_step ? find_document (self) : NULL;
  if (document != NULL)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_PTR_ARRAY);
      g_value_set_boxed (&value, edited);
      concord_document_set_property (document, self->item, self->property, &value);
    }
  else
    g_object_set (self->item, self->property, edited, NULL);
  self->applying = FALSE;
  if (own_step)
    self->typed_row = self->typed_column = -1;
}

static void update_actions (ConcordTableEditor *self);

static void
cell_changed_cb (ConcordTableEditor *self,
                 GParamSpec         *pspec,
                 ConcordTableCell   *cell)
{
  g_autoptr(ConcordBlock) block = NULL;
  g_autoptr(ConcordTable) table = NULL;

  if (self->building || self->table == NULL)
    return;
  self->row = concord_table_cell_get_row (cell);
  self->column = concord_table_cell_get_column (cell);
  block = concord_table_cell_dup_block (cell);
  table = rebuild (self->table, 0, self->row, 0, self->column, block);
  if ((int) self->row == self->typed_row && (int) self->column == self->typed_column)
    apply (self, table, FALSE);
  else
    {
      apply (self, table, TRUE);
      self->typed_row = (int) self->row;
      self->typed_column = (int) self->column;
    }
}

static void
cell_focused_cb (ConcordTableEditor      *self,
                 GtkEventControllerFocus *focus)
{
  ConcordTableCell *cell = g_object_get_data (G_OBJECT (focus), "cell");

  self->row = concord_table_cell_get_row (cell);
  self->column = concord_table_cell_get_column (cell);
}

static void
build_grid (ConcordTableEditor *self)
{
  GtkWidget *child;
  guint rows = concord_table_get_n_rows (self->table);
  guint columns = concord_table_get_n_columns (self->table);

  self->building = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->cells, 0);

  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < columns; c++)
      {
        g_autoptr(ConcordTableCell) cell = concord_table_cell_new (r, c, concord_table_get_cell (self->table, r, c));
        GtkWidget *editor = g_object_new (CONCORD_TYPE_BODY_EDITOR, NULL);
        GtkEventController *focus = gtk_event_controller_focus_new ();
        g_autofree char *label = g_strdup_printf (_("Row %u, column %u"), r + 1, c + 1);

        concord_body_editor_set_levels_shown (CONCORD_BODY_EDITOR (editor), FALSE);
        gtk_widget_set_size_request (GTK_WIDGET (concord_body_editor_get_view (CONCORD_BODY_EDITOR (editor))), -1, 64);
        gtk_accessible_update_property (GTK_ACCESSIBLE (concord_body_editor_get_view (CONCORD_BODY_EDITOR (editor))),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        if (r == 0 && concord_table_get_header (self->table))
          gtk_widget_add_css_class (editor, "table-header-cell");
        concord_body_editor_set_item (CONCORD_BODY_EDITOR (editor), self->memorandum, G_OBJECT (cell), "cell");
        g_signal_connect_object (cell, "notify::cell", G_CALLBACK (cell_changed_cb), self, G_CONNECT_SWAPPED);
        g_object_set_data_full (G_OBJECT (focus), "cell", g_object_ref (cell), g_object_unref);
        g_signal_connect_object (focus, "enter", G_CALLBACK (cell_focused_cb), self, G_CONNECT_SWAPPED);
        gtk_widget_add_controller (editor, focus);
        gtk_grid_attach (self->grid, editor, (int) c, (int) r, 1, 1);
        g_ptr_array_add (self->cells, g_steal_pointer (&cell));
      }
  gtk_toggle_button_set_active (self->header_button, concord_table_get_header (self->table));
  self->row = MIN (self->row, rows - 1);
  self->column = MIN (self->column, columns - 1);
  self->building = FALSE;
  update_actions (self);
}

static void
update_actions (ConcordTableEditor *self)
{
  guint rows = self->table != NULL ? concord_table_get_n_rows (self->table) : 0;
  guint columns = self->table != NULL ? concord_table_get_n_columns (self->table) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.add-row", self->table != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.remove-row", rows > 1);
  /* The format's limit: a table of more columns does not fit a page. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.add-column",
                                 self->table != NULL && columns < CONCORD_TABLE_MAX_COLUMNS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.remove-column", columns > 1);
}

static void
reshape (ConcordTableEditor *self,
         int                 row_step,
         int                 column_step)
{
  g_autoptr(ConcordTable) table = NULL;
  guint at_row, at_column;

  if (self->table == NULL)
    return;
  /* Added after the cell being edited; that cell's row or column removed. */
  at_row = row_step > 0 ? self->row + 1 : self->row;
  at_column = column_step > 0 ? self->column + 1 : self->column;
  table = rebuild (self->table, row_step, at_row, column_step, at_column, NULL);
  if (table == NULL)
    return;
  apply (self, table, TRUE);
  build_grid (self);
}

static void
add_row_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  reshape (CONCORD_TABLE_EDITOR (widget), 1, 0);
}

static void
remove_row_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  reshape (CONCORD_TABLE_EDITOR (widget), -1, 0);
}

static void
add_column_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  reshape (CONCORD_TABLE_EDITOR (widget), 0, 1);
}

static void
remove_column_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  reshape (CONCORD_TABLE_EDITOR (widget), 0, -1);
}

static void
header_toggled_cb (ConcordTableEditor *self,
                   GtkToggleButton    *button)
{
  g_autoptr(ConcordTable) table = NULL;

  if (self->building || self->table == NULL ||
      gtk_toggle_button_get_active (button) == concord_table_get_header (self->table))
    return;
  table = rebuild (self->table, 0, 0, 0, 0, NULL);
  concord_table_set_header (table, gtk_toggle_button_get_active (button));
  apply (self, table, TRUE);
  build_grid (self);
}

/* The text changed from elsewhere, as by undo: show the table as it is
 * now, or close if it is gone. */
static void
item_notify_cb (ConcordTableEditor *self)
{
  g_autoptr(GPtrArray) body = NULL;
  ConcordTable *table;

  if (self->applying)
    return;
  g_object_get (self->item, self->property, &body, NULL);
  table = body != NULL && self->index < body->len ? concord_block_get_table (g_ptr_array_index (body, self->index))
                                                  : NULL;
  if (table == NULL)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  if (self->table != NULL && concord_table_equal (table, self->table))
    return;
  g_clear_pointer (&self->table, concord_table_unref);
  self->table = concord_table_ref (table);
  build_grid (self);
}

static void
unbind (ConcordTableEditor *self)
{
  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_clear_object (&self->item);
  g_clear_object (&self->memorandum);
  g_clear_pointer (&self->property, g_free);
  g_clear_pointer (&self->table, concord_table_unref);
}

/**
 * concord_table_editor_edit:
 * @property: the property of @item holding its blocks ("body")
 * @index: which of them is the table
 *
 * Edits the table, each change an edit of @item.
 */
void
concord_table_editor_edit (ConcordTableEditor *self,
                           ConcordMemorandum  *memorandum,
                           GObject            *item,
                           const char         *property,
                           guint               index)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (CONCORD_IS_TABLE_EDITOR (self));
  g_return_if_fail (G_IS_OBJECT (item) && property != NULL);

  unbind (self);
  self->memorandum = g_object_ref (memorandum);
  self->item = g_object_ref (item);
  self->property = g_strdup (property);
  self->index = index;
  self->row = self->column = 0;
  self->typed_row = self->typed_column = -1;
  signal = g_strconcat ("notify::", property, NULL);
  self->notify_id = g_signal_connect_object (item, signal, G_CALLBACK (item_notify_cb), self, G_CONNECT_SWAPPED);
  item_notify_cb (self);
}

/* Returns: (transfer none) (nullable): the table as edited so far */
ConcordTable *
concord_table_editor_get_table (ConcordTableEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_TABLE_EDITOR (self), NULL);

  return self->table;
}

/* Returns: (transfer none) (nullable): the body editor of one cell */
GtkWidget *
concord_table_editor_get_cell_editor (ConcordTableEditor *self,
                                      guint               row,
                                      guint               column)
{
  g_return_val_if_fail (CONCORD_IS_TABLE_EDITOR (self), NULL);

  return gtk_grid_get_child_at (self->grid, (int) column, (int) row);
}

static void
concord_table_editor_dispose (GObject *object)
{
  ConcordTableEditor *self = CONCORD_TABLE_EDITOR (object);

  unbind (self);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_TABLE_EDITOR);

  G_OBJECT_CLASS (concord_table_editor_parent_class)->dispose (object);
}

/* Ctrl+Z and redo here are the main window's: its document holds the
 * history, each cell edit, row and column one step of it, and this
 * window follows (item_notify_cb). The cells' own text views keep no
 * history of their own. */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent),
                              g_str_equal (action_name, "table.undo") ? "win.undo" : "win.redo", NULL);
}

static void
concord_table_editor_class_init (ConcordTableEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_table_editor_dispose;

  /**
   * ConcordTableEditor::edit:
   *
   * concord_table_editor_edit() as a signal, for the body editor, which
   * cannot name this type since it is made of body editors.
   */
  g_signal_new_class_handler ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                              G_CALLBACK (concord_table_editor_edit), NULL, NULL, NULL, G_TYPE_NONE, 4,
                              CONCORD_TYPE_MEMORANDUM, G_TYPE_OBJECT, G_TYPE_STRING, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-table-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordTableEditor, grid);
  gtk_widget_class_bind_template_child (widget_class, ConcordTableEditor, header_button);
  gtk_widget_class_bind_template_callback (widget_class, header_toggled_cb);

  gtk_widget_class_install_action (widget_class, "table.add-row", NULL, add_row_action);
  gtk_widget_class_install_action (widget_class, "table.remove-row", NULL, remove_row_action);
  gtk_widget_class_install_action (widget_class, "table.add-column", NULL, add_column_action);
  gtk_widget_class_install_action (widget_class, "table.remove-column", NULL, remove_column_action);
  gtk_widget_class_install_action (widget_class, "table.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "table.redo", NULL, history_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "table.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "table.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "table.redo", NULL);
}

static void
concord_table_editor_init (ConcordTableEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cells = g_ptr_array_new_with_free_func (g_object_unref);
  update_actions (self);
}

GtkWidget *
concord_table_editor_new (void)
{
  return g_object_new (CONCORD_TYPE_TABLE_EDITOR, NULL);
}
