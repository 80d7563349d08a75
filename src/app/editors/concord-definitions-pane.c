/* concord-definitions-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-definitions-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-definitions-pane.h"
#include "concord-dialogs.h"
#include "concord-outline-part.h"
#include "concord-structure.h"

/* The memorandum's definitions: a list of its terms, in printed order,
 * and below it the selected term's fields. One editor serves every term,
 * so a memorandum with many terms costs one row each and no more. */

struct _ConcordDefinitionsPane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  GtkScrolledWindow *terms_scroller;
  GtkListBox        *terms_list;
  ConcordTermEditor *term_editor;

  /* Owned references */
  GListModel        *terms;
  ConcordTerm       *selected;
  ConcordTerm       *removing;

  /* State */
  gulong             items_changed_id;
  guint              reconcile_id;
  guint              changed_at;
  gboolean           selected_lost;
  guint              scroll_id;
  gboolean           refocus_row;
};

G_DEFINE_FINAL_TYPE (ConcordDefinitionsPane, concord_definitions_pane, CONCORD_TYPE_EDITOR_PANE)

static ConcordMemorandum *
memorandum (ConcordDefinitionsPane *self)
{
  return concord_editor_pane_get_memorandum (CONCORD_EDITOR_PANE (self));
}

static gboolean
selected_position (ConcordDefinitionsPane *self,
                   guint                  *position)
{
  return self->selected != NULL && self->terms != NULL &&
         g_list_store_find (G_LIST_STORE (self->terms), self->selected, position);
}

static void
update_actions (ConcordDefinitionsPane *self)
{
  guint position = 0;
  gboolean found = selected_position (self, &position);
  guint n = self->terms != NULL ? g_list_model_get_n_items (self->terms) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "definitions.add", self->terms != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "definitions.remove", found);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "definitions.move-up", found && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "definitions.move-down", found && position + 1 < n);
}

/* Rows */

static void
update_row (AdwActionRow *row,
            GParamSpec   *pspec,
            ConcordTerm  *term)
{
  GtkWidget *tag = g_object_get_data (G_OBJECT (row), "inline-tag");
  const char *name = concord_term_get_name (term);
  GPtrArray *meaning = concord_term_get_meaning (term);
  g_autofree char *said = NULL;
  ConcordMemorandum *m = g_object_get_data (G_OBJECT (row), "memorandum");

  if (pspec == NULL || g_str_equal (pspec->name, "name"))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                   name != NULL && *name != '\0' ? name : _("Unnamed term"));
  if (pspec == NULL || g_str_equal (pspec->name, "meaning"))
    {
      said = meaning->len > 0 ? concord_block_render (m, NULL, g_ptr_array_index (meaning, 0)) : NULL;
      adw_action_row_set_subtitle (row, said != NULL && *said != '\0' ? said : _("No meaning yet"));
    }
  if (pspec == NULL || g_str_equal (pspec->name, "inline"))
    gtk_widget_set_visible (tag, concord_term_get_inline (term));
}

/* Dragging a row onto another moves its term to that place: one edit. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (CONCORD_TYPE_TERM, g_object_get_data (G_OBJECT (row), "term"));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
drop_cb (ConcordDefinitionsPane *self,
         const GValue           *value,
         double                  x,
         double                  y,
         GtkDropTarget          *target)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  ConcordTerm *dragged = g_value_get_object (value);
  ConcordTerm *onto = g_object_get_data (G_OBJECT (row), "term");
  guint from, to;

  if (self->terms == NULL || dragged == NULL || onto == NULL ||
      !g_list_store_find (G_LIST_STORE (self->terms), dragged, &from) ||
      !g_list_store_find (G_LIST_STORE (self->terms), onto, &to))
    return FALSE;

  g_set_object (&self->selected, dragged);
  concord_document_move_item (concord_editor_pane_get_document (CONCORD_EDITOR_PANE (self)), self->terms, from, to);
  update_actions (self);

  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  ConcordDefinitionsPane *self = data;
  ConcordTerm *term = CONCORD_TERM (item);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *tag = gtk_label_new (_("At first use"));
  GtkDragSource *source;
  GtkDropTarget *target;

  /* Names are the drafters' words, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (row, 1);
  adw_action_row_set_subtitle_lines (row, 1);
  gtk_widget_add_css_class (tag, "dim-label");
  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_set_tooltip_text (tag, _("Defined where the text first uses it"));
  adw_action_row_add_suffix (row, tag);
  g_object_set_data (G_OBJECT (row), "inline-tag", tag);
  g_object_set_data_full (G_OBJECT (row), "term", g_object_ref (term), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "memorandum", g_object_ref (memorandum (self)), g_object_unref);
  update_row (row, NULL, term);
  g_signal_connect_object (term, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (source));
  target = gtk_drop_target_new (CONCORD_TYPE_TERM, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (target));

  return GTK_WIDGET (row);
}

/* Selection */

/* Scrolls the list to the selected row once it has its place. */
static gboolean
scroll_to_selected_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  ConcordDefinitionsPane *self = data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->terms_list);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->terms_scroller);
  graphene_rect_t bounds;
  double top, page;

  /* A list just shown has no size until the next frame's layout. */
  if (row != NULL && gtk_adjustment_get_page_size (adjustment) <= 0)
    return G_SOURCE_CONTINUE;
  self->scroll_id = 0;
  if (row == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->terms_list), &bounds))
    return G_SOURCE_REMOVE;

  top = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < top)
    gtk_adjustment_set_value (adjustment, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > top + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height - page);
  if (self->refocus_row)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  self->refocus_row = FALSE;

  return G_SOURCE_REMOVE;
}

static void
queue_scroll (ConcordDefinitionsPane *self)
{
  if (self->scroll_id == 0)
    self->scroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->terms_list), scroll_to_selected_cb, self, NULL);
}

static void
show_selected (ConcordDefinitionsPane *self)
{
  ConcordDocument *document = concord_editor_pane_get_document (CONCORD_EDITOR_PANE (self));
  GtkListBoxRow *row = NULL;
  guint position;

  if (selected_position (self, &position))
    row = gtk_list_box_get_row_at_index (self->terms_list, (int) position);
  if (row != NULL && gtk_list_box_get_selected_row (self->terms_list) != row)
    gtk_list_box_select_row (self->terms_list, row);
  if (row != NULL)
    queue_scroll (self);
  concord_term_editor_set_term (self->term_editor, document, row != NULL ? self->selected : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->term_editor), row != NULL);
  update_actions (self);
}

/**
 * concord_definitions_pane_select:
 * @term: (nullable): one of the memorandum's terms
 *
 * Shows @term in the pane's editor, and selects its row.
 */
void
concord_definitions_pane_select (ConcordDefinitionsPane *self,
                                 ConcordTerm            *term)
{
  g_return_if_fail (CONCORD_IS_DEFINITIONS_PANE (self));

  g_set_object (&self->selected, term);
  show_selected (self);
}

ConcordTerm *
concord_definitions_pane_get_selected (ConcordDefinitionsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_DEFINITIONS_PANE (self), NULL);

  return concord_term_editor_get_term (self->term_editor);
}

static gboolean
concord_definitions_pane_reveal (ConcordEditorPane *pane,
                                 GObject           *member)
{
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (pane);

  ConcordMemorandum *m = concord_editor_pane_get_memorandum (pane);
  ConcordTerm *term = CONCORD_IS_TERM (member) ? CONCORD_TERM (member) : NULL;

  /* Undo may have taken the term out of the list; and reselecting the term
   * shown would rebuild the editor under the typing focus. */
  if (term == NULL || m == NULL || concord_memorandum_find_term (m, concord_term_get_id (term)) != term)
    return FALSE;
  if (concord_definitions_pane_get_selected (self) == term)
    return TRUE;

  concord_definitions_pane_select (self, term);

  return concord_definitions_pane_get_selected (self) == CONCORD_TERM (member);
}

static void
row_selected_cb (ConcordDefinitionsPane *self,
                 GtkListBoxRow          *row)
{
  ConcordTerm *term = row != NULL ? g_object_get_data (G_OBJECT (row), "term") : NULL;

  /* A row goes while the list changes: the selection is settled after. */
  if (term == NULL || term == self->selected)
    return;
  concord_definitions_pane_select (self, term);
}

/* After the list changed (a term added, moved, removed, or undo): the
 * selected term again if it is still there, else the one now in its
 * place. A move is a removal and an insertion, so this waits for both. */
static gboolean
reconcile_cb (gpointer data)
{
  ConcordDefinitionsPane *self = data;
  guint n = self->terms != NULL ? g_list_model_get_n_items (self->terms) : 0;
  guint position;

  self->reconcile_id = 0;
  self->selected_lost = FALSE;
  if (!selected_position (self, &position))
    {
      g_autoptr(ConcordTerm) next = NULL;

      if (n > 0)
        next = g_list_model_get_item (self->terms, MIN (self->changed_at, n - 1));
      g_set_object (&self->selected, next);
    }
  show_selected (self);

  return G_SOURCE_REMOVE;
}

static void
items_changed_cb (ConcordDefinitionsPane *self,
                  guint                   position,
                  guint                   removed,
                  guint                   added)
{
  /* Where the selected term went, the first time it is missed. */
  if (!self->selected_lost && self->selected != NULL &&
      !g_list_store_find (G_LIST_STORE (self->terms), self->selected, NULL))
    {
      self->selected_lost = TRUE;
      self->changed_at = position;
    }
  if (self->reconcile_id == 0)
    self->reconcile_id = g_idle_add_full (G_PRIORITY_HIGH, reconcile_cb, self, NULL);
}

/* Actions */

static ConcordDocument *
document (ConcordDefinitionsPane *self)
{
  return concord_editor_pane_get_document (CONCORD_EDITOR_PANE (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (widget);
  guint position;
  ConcordTerm *term;

  if (self->terms == NULL)
    return;

  position = selected_position (self, &position) ? position + 1 : g_list_model_get_n_items (self->terms);
  term = concord_structure_add_term (document (self), position);
  concord_definitions_pane_select (self, term);
  concord_term_editor_focus_field (self->term_editor, "name");
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* The moved row is made anew: the keyboard stays on it. */
  self->refocus_row = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->terms_list));
  if (self->selected != NULL)
    concord_structure_move_term (document (self), self->selected,
                                 g_str_equal (action_name, "definitions.move-up") ? -1 : 1);
  update_actions (self);
}

static void
remove_answered (GObject    *object,
                 const char *response)
{
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (object);
  g_autoptr(ConcordTerm) term = g_steal_pointer (&self->removing);

  if (g_strcmp0 (response, "remove") == 0 && term != NULL && document (self) != NULL)
    concord_structure_remove_term (document (self), term);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const ConcordDialogResponse responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "remove", _("_Remove"), ADW_RESPONSE_DESTRUCTIVE },
  };
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (self->selected == NULL || document (self) == NULL)
    return;

  g_set_object (&self->removing, self->selected);
  body = concord_structure_describe_term_removal (document (self), self->selected, &heading);
  if (body == NULL)
    {
      remove_answered (G_OBJECT (self), "remove");
      return;
    }
  concord_dialog_ask (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body, responses,
                      G_N_ELEMENTS (responses), "cancel", remove_answered, G_OBJECT (self));
}

/* The pane */

static gboolean
concord_definitions_pane_accepts (ConcordEditorPane *pane,
                                  GObject           *item)
{
  return concord_outline_part_is (item, CONCORD_OUTLINE_PART_DEFINITIONS);
}

static void
concord_definitions_pane_bind (ConcordEditorPane *pane,
                               GObject           *item)
{
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (pane);
  g_autoptr(ConcordTerm) first = NULL;

  self->terms = g_object_ref (concord_memorandum_get_terms (memorandum (self)));
  gtk_list_box_bind_model (self->terms_list, self->terms, create_row, self, NULL);
  /* After the list box's own handler, so the rows are there. */
  self->items_changed_id = g_signal_connect_object (self->terms, "items-changed", G_CALLBACK (items_changed_cb),
                                                    self, G_CONNECT_SWAPPED);
  if (!selected_position (self, NULL) && g_list_model_get_n_items (self->terms) > 0)
    first = g_list_model_get_item (self->terms, 0);
  concord_definitions_pane_select (self, first != NULL ? first : self->selected);
}

static void
concord_definitions_pane_unbind (ConcordEditorPane *pane)
{
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (pane);

  g_clear_handle_id (&self->reconcile_id, g_source_remove);
  self->selected_lost = FALSE;
  if (self->scroll_id != 0 && self->terms_list != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->terms_list), self->scroll_id);
  self->scroll_id = 0;
  if (self->terms != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->terms);
  /* During dispose the template's widgets are already gone. */
  if (self->terms_list != NULL)
    gtk_list_box_bind_model (self->terms_list, NULL, NULL, NULL, NULL);
  if (self->term_editor != NULL)
    concord_term_editor_set_term (self->term_editor, NULL, NULL);
  g_clear_object (&self->terms);
  /* The selection is kept while the same memorandum is shown. */
  update_actions (self);
}

static void
concord_definitions_pane_document_changed (ConcordEditorPane *pane)
{
  concord_term_editor_reload (CONCORD_DEFINITIONS_PANE (pane)->term_editor);
}

static gboolean
concord_definitions_pane_focus_field (ConcordEditorPane *pane,
                                      const char        *field)
{
  return concord_term_editor_focus_field (CONCORD_DEFINITIONS_PANE (pane)->term_editor, field);
}

ConcordTermEditor *
concord_definitions_pane_get_term_editor (ConcordDefinitionsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_DEFINITIONS_PANE (self), NULL);

  return self->term_editor;
}

GtkListBox *
concord_definitions_pane_get_list (ConcordDefinitionsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_DEFINITIONS_PANE (self), NULL);

  return self->terms_list;
}

static void
document_notify_cb (ConcordDefinitionsPane *self)
{
  /* Another memorandum: its terms are not this one's. */
  g_clear_object (&self->selected);
}

static void
concord_definitions_pane_dispose (GObject *object)
{
  ConcordDefinitionsPane *self = CONCORD_DEFINITIONS_PANE (object);

  g_clear_handle_id (&self->reconcile_id, g_source_remove);
  g_clear_object (&self->selected);
  g_clear_object (&self->removing);
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_DEFINITIONS_PANE);

  G_OBJECT_CLASS (concord_definitions_pane_parent_class)->dispose (object);
}

static void
concord_definitions_pane_class_init (ConcordDefinitionsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_definitions_pane_dispose;
  pane_class->item_type = CONCORD_TYPE_OUTLINE_PART;
  pane_class->accepts = concord_definitions_pane_accepts;
  pane_class->bind = concord_definitions_pane_bind;
  pane_class->unbind = concord_definitions_pane_unbind;
  pane_class->document_changed = concord_definitions_pane_document_changed;
  pane_class->focus_field = concord_definitions_pane_focus_field;
  pane_class->reveal = concord_definitions_pane_reveal;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-definitions-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordDefinitionsPane, terms_scroller);
  gtk_widget_class_bind_template_child (widget_class, ConcordDefinitionsPane, terms_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordDefinitionsPane, term_editor);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);

  gtk_widget_class_install_action (widget_class, "definitions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "definitions.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "definitions.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "definitions.move-down", NULL, move_action);
  /* The window's keys for clauses, here for terms. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "definitions.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "definitions.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "definitions.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "definitions.remove", NULL);
}

static void
concord_definitions_pane_init (ConcordDefinitionsPane *self)
{
  GtkWidget *placeholder;

  g_type_ensure (CONCORD_TYPE_TERM_EDITOR);
  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No terms defined. Add one with Add Term (Ctrl+Return)."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->terms_list, placeholder);
  gtk_widget_set_visible (GTK_WIDGET (self->term_editor), FALSE);
  /* The list's height settles only once the editor below it is shown. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->terms_scroller), "changed",
                           G_CALLBACK (queue_scroll), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::document", G_CALLBACK (document_notify_cb), NULL);
  update_actions (self);
}

GtkWidget *
concord_definitions_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_DEFINITIONS_PANE, NULL);
}
