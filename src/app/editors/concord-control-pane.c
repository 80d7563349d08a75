/* concord-control-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-control-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-control-pane.h"
#include "concord-control-row.h"
#include "concord-outline-part.h"
#include "concord-structure-annex.h"

/* The document control: one row per version of the memorandum, added at
 * the end, moved, removed and edited in place. The list box follows the
 * memorandum's list item by item, so a long history costs only the rows
 * that change. */

struct _ConcordControlPane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  GtkListBox        *control_list;

  /* State: the row open for editing, kept open when its row is made
   * again after a move. Compared only, never dereferenced. */
  gpointer           open_entry;
  GListModel        *entries;
  gulong             items_changed_id;
};

G_DEFINE_FINAL_TYPE (ConcordControlPane, concord_control_pane, CONCORD_TYPE_EDITOR_PANE)

static void
row_expanded_cb (ConcordControlPane *self,
                 GParamSpec         *pspec,
                 ConcordControlRow  *row)
{
  ConcordControlEntry *entry = concord_control_row_get_entry (row);

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    self->open_entry = entry;
  else if (self->open_entry == entry)
    self->open_entry = NULL;
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  ConcordControlPane *self = data;
  ConcordDocument *document = concord_editor_pane_get_document (CONCORD_EDITOR_PANE (self));
  GtkWidget *row = concord_control_row_new (document, CONCORD_CONTROL_ENTRY (item));

  if (item == self->open_entry)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (row_expanded_cb), self, G_CONNECT_SWAPPED);

  return row;
}

/* Only the rows at the ends, and those that moved, change whether they
 * can go up or down; setting every row's costs little more and is sure. */
static void
update_moves (ConcordControlPane *self)
{
  guint n = g_list_model_get_n_items (self->entries);

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->control_list, i);

      if (CONCORD_IS_CONTROL_ROW (row))
        concord_control_row_update_moves (CONCORD_CONTROL_ROW (row), i, n);
    }
}

static void
items_changed_cb (ConcordControlPane *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *list)
{
  update_moves (self);
}

static gboolean
concord_control_pane_accepts (ConcordEditorPane *pane,
                              GObject           *item)
{
  return concord_outline_part_is (item, CONCORD_OUTLINE_PART_DOCUMENT_CONTROL);
}

static void
concord_control_pane_bind (ConcordEditorPane *pane,
                           GObject           *item)
{
  ConcordControlPane *self = CONCORD_CONTROL_PANE (pane);
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (pane);

  self->entries = g_object_ref (concord_memorandum_get_control_entries (m));
  gtk_list_box_bind_model (self->control_list, self->entries, create_row, self, NULL);
  /* After the list box, so its rows exist when they are told where they are. */
  self->items_changed_id = g_signal_connect_object (self->entries, "items-changed", G_CALLBACK (items_changed_cb),
                                                    self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_moves (self);
}

static void
concord_control_pane_unbind (ConcordEditorPane *pane)
{
  ConcordControlPane *self = CONCORD_CONTROL_PANE (pane);

  if (self->entries != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->entries);
  g_clear_object (&self->entries);
  self->open_entry = NULL;
  /* During dispose the template's widgets are already gone. */
  if (self->control_list != NULL)
    gtk_list_box_bind_model (self->control_list, NULL, NULL, NULL, NULL);
}

static ConcordControlRow *
last_row (ConcordControlPane *self)
{
  guint n = self->entries != NULL ? g_list_model_get_n_items (self->entries) : 0;
  GtkListBoxRow *row = n > 0 ? gtk_list_box_get_row_at_index (self->control_list, n - 1) : NULL;

  return CONCORD_IS_CONTROL_ROW (row) ? CONCORD_CONTROL_ROW (row) : NULL;
}

static gboolean
concord_control_pane_focus_field (ConcordEditorPane *pane,
                                  const char        *field)
{
  ConcordControlRow *row = last_row (CONCORD_CONTROL_PANE (pane));
  AdwEntryRow *entry_row = row != NULL ? concord_control_row_get_field (row, field) : NULL;

  if (entry_row == NULL)
    return FALSE;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  return gtk_widget_grab_focus (GTK_WIDGET (entry_row));
}

/* A new row goes at the end, open, for its summary to be typed. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ConcordEditorPane *pane = CONCORD_EDITOR_PANE (widget);
  ConcordDocument *document = concord_editor_pane_get_document (pane);

  if (document == NULL || concord_editor_pane_get_item (pane) == NULL)
    return;

  concord_structure_add_control_entry (document);
  concord_control_pane_focus_field (pane, "summary");
}

GtkListBox *
concord_control_pane_get_list (ConcordControlPane *self)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_PANE (self), NULL);

  return self->control_list;
}

static void
concord_control_pane_dispose (GObject *object)
{
  concord_editor_pane_set_document (CONCORD_EDITOR_PANE (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_CONTROL_PANE);

  G_OBJECT_CLASS (concord_control_pane_parent_class)->dispose (object);
}

static void
concord_control_pane_class_init (ConcordControlPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_control_pane_dispose;
  pane_class->item_type = CONCORD_TYPE_OUTLINE_PART;
  pane_class->accepts = concord_control_pane_accepts;
  pane_class->bind = concord_control_pane_bind;
  pane_class->unbind = concord_control_pane_unbind;
  pane_class->focus_field = concord_control_pane_focus_field;

  g_type_ensure (CONCORD_TYPE_CONTROL_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-control-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordControlPane, control_list);

  gtk_widget_class_install_action (widget_class, "control.add", NULL, add_action);
}

static void
concord_control_pane_init (ConcordControlPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
concord_control_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_CONTROL_PANE, NULL);
}
