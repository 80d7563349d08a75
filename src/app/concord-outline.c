/* concord-outline.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-outline.h"
#include "concord-outline-part.h"
#include "concord-outline-text.h"
#include "concord-structure.h"
#include "concord-views.h"

/* The outline: a list view over the memorandum's items in printed order
 * (details, parties, document control, definitions, background, sections
 * with their clauses, signatures, annexes), so a long
 * memorandum costs rows only for what is on screen. Viewing as a party
 * narrows it to what concerns that party. Clauses and sections are
 * reordered by dragging their rows. */

struct _ConcordOutline
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkListView        *outline_view;
  GtkSingleSelection *outline_selection;
  GtkFilterListModel *outline_filter;
  GListStore         *outline_store;

  /* Owned */
  ConcordDocument    *document;
  ConcordNumbering   *numbering;
  char               *party_id;
  /* The rows standing for the memorandum's lists, kept across rebuilds so
   * that a selected one stays selected. */
  ConcordOutlinePart *parts[3];

  /* The selected item, watched for changes to numbering. */
  GObject            *watched;
  gulong              watched_id;

  /* State: the rows now on screen, and a scroll waiting for a size. */
  GPtrArray          *bound_items;
  gboolean            rebuilding;
  gboolean            numbering_dirty;
  guint               scroll_tick_id;
  guint               scroll_position;

  /* A new document's items still to come, from pending_next on. */
  GPtrArray          *pending;
  guint               pending_next;
  guint               fill_id;
};

G_DEFINE_FINAL_TYPE (ConcordOutline, concord_outline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_PARTY_ID,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* What the outline shows for an item: its title, and a subtitle. */
char *
concord_outline_describe (ConcordOutline  *self,
                          GObject         *item,
                          char           **subtitle)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  if (self->numbering == NULL)
    self->numbering = concord_numbering_new (concord_document_get_memorandum (self->document));

  return concord_outline_text_describe (concord_document_get_memorandum (self->document), self->numbering, item,
                                        subtitle);
}

static void
refresh_list_item (ConcordOutline *self,
                   GtkListItem    *list_item)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;

  if (item == NULL || row == NULL || self->document == NULL)
    return;

  /* A row's labels measure their whole text: a name of 100,000 unbroken
   * characters is shown cut, as in the views. */
  {
    g_autofree char *full_subtitle = NULL;
    g_autofree char *full_title =
      concord_outline_text_describe (concord_document_get_memorandum (self->document), self->numbering, item,
                                     &full_subtitle);

    title = concord_view_shorten (full_title, CONCORD_VIEW_LABEL_CHARS);
    subtitle = concord_view_shorten (full_subtitle, CONCORD_VIEW_LABEL_CHARS);
  }
  title_label = GTK_LABEL (gtk_widget_get_first_child (row));
  subtitle_label = GTK_LABEL (gtk_widget_get_last_child (row));
  if (subtitle == NULL)
    subtitle = g_strdup ("");
  if (CONCORD_IS_SECTION (item))
    gtk_widget_add_css_class (row, "outline-heading");
  else
    gtk_widget_remove_css_class (row, "outline-heading");

  /* Rows on screen are refreshed after every keystroke: an unchanged row
   * must not be measured and announced again. */
  if (g_strcmp0 (gtk_label_get_text (title_label), title) == 0 &&
      g_strcmp0 (gtk_label_get_text (subtitle_label), subtitle) == 0 &&
      g_object_get_data (G_OBJECT (row), "named") != NULL)
    return;

  gtk_label_set_text (title_label, title);
  gtk_label_set_text (subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (subtitle_label), *subtitle != '\0');
  /* The list item around the row is what a screen reader lands on. */
  name = *subtitle != '\0' ? g_strdup_printf ("%s, %s", title, subtitle) : g_strdup (title);
  if (gtk_widget_get_parent (row) != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data (G_OBJECT (row), "named", GINT_TO_POINTER (TRUE));
    }
}

/* Drag and drop: the document moves the item, the outline selects it. */

static GObject *
row_item (GtkWidget *row)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (row), "list-item");

  return list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 ConcordOutline *self)
{
  GObject *item = row_item (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));

  if (!CONCORD_IS_CLAUSE (item) && !CONCORD_IS_SECTION (item))
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_OBJECT, item);
}

static void
drag_begin_cb (GtkDragSource  *source,
               GdkDrag        *drag,
               ConcordOutline *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         ConcordOutline *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  gboolean after = y > gtk_widget_get_height (row) / 2.0;

  return concord_outline_drop (self, g_value_get_object (value), row_item (row), after);
}

/**
 * concord_outline_drop:
 *
 * Moves @dragged as dropping it on @onto's row does (in the lower half of
 * the row if @after), as one undoable edit, and selects it.
 *
 * Returns: whether anything moved
 */
gboolean
concord_outline_drop (ConcordOutline *self,
                      GObject        *dragged,
                      GObject        *onto,
                      gboolean        after)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), FALSE);

  if (self->document == NULL || !concord_structure_drop (self->document, dragged, onto, after))
    return FALSE;

  concord_outline_select (self, dragged);

  return TRUE;
}

static void
setup_row_dnd (ConcordOutline *self,
               GtkWidget      *row,
               GtkListItem    *list_item)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_OBJECT, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (row), "list-item", list_item);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

/* The list */

static void
outline_setup_cb (ConcordOutline           *self,
                  GtkListItem              *list_item,
                  GtkSignalListItemFactory *factory)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/concord-outline-row.ui");
  GtkWidget *row = GTK_WIDGET (gtk_builder_get_object (builder, "row"));

  gtk_list_item_set_child (list_item, row);
  setup_row_dnd (self, row, list_item);
}

static void
outline_bind_cb (ConcordOutline           *self,
                 GtkListItem              *list_item,
                 GtkSignalListItemFactory *factory)
{
  g_ptr_array_add (self->bound_items, list_item);
  refresh_list_item (self, list_item);
}

static void
outline_unbind_cb (ConcordOutline           *self,
                   GtkListItem              *list_item,
                   GtkSignalListItemFactory *factory)
{
  g_ptr_array_remove_fast (self->bound_items, list_item);
}

/* Numbers change with a clause's "numbered" flag and the memorandum's and
 * sections' settings, which are edited while the item is selected. */
static void
watched_notify_cb (ConcordOutline *self,
                   GParamSpec     *pspec,
                   GObject        *item)
{
  if (g_strcmp0 (pspec->name, "numbered") == 0 || CONCORD_IS_MEMORANDUM (item) || CONCORD_IS_SECTION (item))
    self->numbering_dirty = TRUE;
}

static void
watch_selected (ConcordOutline *self)
{
  GObject *item = gtk_single_selection_get_selected_item (self->outline_selection);

  if (item == self->watched)
    return;
  if (self->watched != NULL)
    g_clear_signal_handler (&self->watched_id, self->watched);
  g_set_object (&self->watched, item);
  if (item != NULL)
    self->watched_id = g_signal_connect_object (item, "notify", G_CALLBACK (watched_notify_cb), self,
                                                G_CONNECT_SWAPPED);
}

static void
outline_selected_cb (ConcordOutline     *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  watch_selected (self);
  if (!self->rebuilding)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
append_model (GPtrArray  *items,
              GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
}

/* A long memorandum's outline arrives over several turns: the list view
 * makes, binds and measures a row for each of its first 200 items at once,
 * and for a new document that shared one turn with the first layout of the
 * whole window. Beyond those rows the rest can come at once. */
#define ROWS_PER_TURN   50
#define ROWS_MADE       250

static GPtrArray *
collect_items (ConcordOutline *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  ConcordMemorandum *m;
  GListModel *sections;

  g_clear_pointer (&self->numbering, concord_numbering_free);
  if (self->document == NULL)
    return items;

  m = concord_document_get_memorandum (self->document);
  sections = concord_memorandum_get_sections (m);
  self->numbering = concord_numbering_new (m);
  g_ptr_array_add (items, g_object_ref (m));
  append_model (items, concord_memorandum_get_parties (m));
  for (guint i = 0; i < G_N_ELEMENTS (self->parts); i++)
    g_ptr_array_add (items, g_object_ref (self->parts[i]));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      ConcordSection *section = g_list_model_get_item (sections, i);

      g_ptr_array_add (items, section);
      append_model (items, concord_section_get_clauses (section));
    }
  append_model (items, concord_memorandum_get_signatures (m));
  append_model (items, concord_memorandum_get_annexes (m));

  return items;
}

/* One change for each batch; the selection follows by hand. */
static void
splice_items (ConcordOutline *self,
              guint           position,
              guint           n_removed,
              gpointer       *items,
              guint           n_added)
{
  self->rebuilding = TRUE;
  g_list_store_splice (self->outline_store, position, n_removed, items, n_added);
  self->rebuilding = FALSE;
}

static void
stop_filling (ConcordOutline *self)
{
  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  self->pending_next = 0;
}

static void
add_pending (ConcordOutline *self,
             guint           n)
{
  guint end = g_list_model_get_n_items (G_LIST_MODEL (self->outline_store));
  g_autoptr(GPtrArray) pending = g_ptr_array_ref (self->pending);
  guint from = self->pending_next;

  /* Counted as added before the list says so, and done before: whatever
   * the list's change leads to sees the outline as it now is. */
  self->pending_next += n;
  if (self->pending_next == self->pending->len)
    stop_filling (self);
  splice_items (self, end, 0, pending->pdata + from, n);
}

static gboolean
fill_step_cb (gpointer data)
{
  ConcordOutline *self = data;
  guint left = self->pending->len - self->pending_next;

  add_pending (self, self->pending_next < ROWS_MADE ? MIN (ROWS_PER_TURN, left) : left);
  if (self->pending != NULL)
    return G_SOURCE_CONTINUE;

  return G_SOURCE_REMOVE;
}

/* Whatever asks for an item gets the whole list. */
static void
finish_filling (ConcordOutline *self)
{
  if (self->pending == NULL)
    return;

  add_pending (self, self->pending->len - self->pending_next);
}

static void
fill (ConcordOutline *self,
      gboolean        in_steps)
{
  g_autoptr(GPtrArray) items = NULL;
  guint first;

  stop_filling (self);
  items = collect_items (self);
  first = in_steps ? MIN (items->len, ROWS_PER_TURN) : items->len;
  splice_items (self, 0, g_list_model_get_n_items (G_LIST_MODEL (self->outline_store)), items->pdata, first);
  if (first == items->len)
    return;

  self->pending = g_steal_pointer (&items);
  self->pending_next = first;
  self->fill_id = g_idle_add (fill_step_cb, self);
}

/* Builds the list again after a change of structure; the caller selects
 * what should stay selected. */
void
concord_outline_rebuild (ConcordOutline *self)
{
  g_return_if_fail (CONCORD_IS_OUTLINE (self));

  fill (self, FALSE);
}

void
concord_outline_set_document (ConcordOutline  *self,
                              ConcordDocument *document)
{
  g_return_if_fail (CONCORD_IS_OUTLINE (self));
  g_return_if_fail (document == NULL || CONCORD_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_clear_pointer (&self->party_id, g_free);
  fill (self, TRUE);
}

/* Numbers change with the structure, a clause's "numbered" flag, the
 * memorandum's numbering style and undo; not with typing, which is why they
 * are not recomputed for every keystroke in a long memorandum. */
void
concord_outline_invalidate_numbers (ConcordOutline *self)
{
  g_return_if_fail (CONCORD_IS_OUTLINE (self));

  self->numbering_dirty = TRUE;
}

/* After any change: the rows on screen say what their items now are. */
void
concord_outline_refresh (ConcordOutline *self)
{
  g_return_if_fail (CONCORD_IS_OUTLINE (self));

  if (self->document == NULL)
    return;
  if (self->numbering_dirty || self->numbering == NULL)
    {
      g_clear_pointer (&self->numbering, concord_numbering_free);
      self->numbering = concord_numbering_new (concord_document_get_memorandum (self->document));
      self->numbering_dirty = FALSE;
    }

  for (guint i = 0; i < self->bound_items->len; i++)
    refresh_list_item (self, g_ptr_array_index (self->bound_items, i));
}

/* Selection and scrolling */

GObject *
concord_outline_get_selected (ConcordOutline *self)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), NULL);

  return gtk_single_selection_get_selected_item (self->outline_selection);
}

/* Where an item is in the outline as shown, which a party filter may
 * narrow. */
gboolean
concord_outline_find (ConcordOutline *self,
                      GObject        *item,
                      guint          *position)
{
  GListModel *model = G_LIST_MODEL (self->outline_filter);
  guint n;

  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), FALSE);

  /* What is not there yet may be among the items still to come. */
  for (gboolean all = self->pending == NULL;; all = TRUE)
    {
      n = g_list_model_get_n_items (model);
      for (guint i = 0; item != NULL && i < n; i++)
        {
          g_autoptr(GObject) candidate = g_list_model_get_item (model, i);

          if (candidate == item)
            {
              if (position != NULL)
                *position = i;
              return TRUE;
            }
        }
      if (all)
        return FALSE;
      finish_filling (self);
    }
}

/* The list can scroll to an item only once it has a size: a window just
 * opened has none until its first frame. */
static gboolean
scroll_when_laid_out_cb (GtkWidget     *widget,
                         GdkFrameClock *clock,
                         gpointer       data)
{
  ConcordOutline *self = data;

  if (gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;

  self->scroll_tick_id = 0;
  if (self->scroll_position < g_list_model_get_n_items (G_LIST_MODEL (self->outline_filter)))
    gtk_widget_activate_action (widget, "list.scroll-to-item", "u", self->scroll_position);

  return G_SOURCE_REMOVE;
}

/* Selects an item, if the outline shows it, and scrolls it into view. */
gboolean
concord_outline_select (ConcordOutline *self,
                        GObject        *item)
{
  guint position;

  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), FALSE);

  if (!concord_outline_find (self, item, &position))
    return FALSE;

  if (gtk_single_selection_get_selected (self->outline_selection) != position)
    gtk_single_selection_set_selected (self->outline_selection, position);
  self->scroll_position = position;
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->outline_view),
                                                         scroll_when_laid_out_cb, self, NULL);

  return TRUE;
}

/* The items as shown. */
GListModel *
concord_outline_get_items (ConcordOutline *self)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), NULL);

  finish_filling (self);

  return G_LIST_MODEL (self->outline_filter);
}

/* The selection as a click changes it (without scrolling). */
GtkSelectionModel *
concord_outline_get_selection_model (ConcordOutline *self)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), NULL);

  return GTK_SELECTION_MODEL (self->outline_selection);
}

/* How many items the outline has when no filter narrows it. */
guint
concord_outline_get_n_all_items (ConcordOutline *self)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), 0);

  finish_filling (self);

  return g_list_model_get_n_items (G_LIST_MODEL (self->outline_store));
}

/**
 * concord_outline_get_row:
 *
 * Returns: (transfer none) (nullable): the row showing @item, if it is on
 *   screen
 */
GtkWidget *
concord_outline_get_row (ConcordOutline *self,
                         GObject        *item)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), NULL);

  for (guint i = 0; i < self->bound_items->len; i++)
    {
      GtkListItem *list_item = g_ptr_array_index (self->bound_items, i);

      if (gtk_list_item_get_item (list_item) == item)
        return gtk_list_item_get_child (list_item);
    }

  return NULL;
}

/**
 * concord_outline_row_item:
 * @object: an object of the memorandum, such as one that undo changed
 * @property: (nullable): which of its properties changed, if known
 *
 * Returns: (transfer none): the item of the row that shows @object: its
 *   own, or for a defined term, a document-control row or the background,
 *   the row of the list that holds it
 */
GObject *
concord_outline_row_item (ConcordOutline *self,
                          GObject        *object,
                          const char     *property)
{
  ConcordOutlinePartKind kind;

  g_return_val_if_fail (CONCORD_IS_OUTLINE (self), object);

  if (CONCORD_IS_TERM (object))
    kind = CONCORD_OUTLINE_PART_DEFINITIONS;
  else if (CONCORD_IS_CONTROL_ENTRY (object))
    kind = CONCORD_OUTLINE_PART_DOCUMENT_CONTROL;
  else if (CONCORD_IS_MEMORANDUM (object) && g_strcmp0 (property, "recitals") == 0)
    kind = CONCORD_OUTLINE_PART_BACKGROUND;
  else
    return object;

  for (guint i = 0; i < G_N_ELEMENTS (self->parts); i++)
    if (concord_outline_part_get_kind (self->parts[i]) == kind)
      return G_OBJECT (self->parts[i]);

  return object;
}

/* View as a party: the outline keeps the details, that party, the clauses
 * that concern it with their sections, and its signature. */

static gboolean
outline_filter_func (gpointer item,
                     gpointer data)
{
  ConcordOutline *self = data;
  const char *party = self->party_id;

  if (party == NULL)
    return TRUE;
  if (CONCORD_IS_CLAUSE (item))
    return concord_clause_concerns_party (item, party);
  if (CONCORD_IS_SECTION (item))
    {
      GListModel *clauses = concord_section_get_clauses (item);

      for (guint i = 0; i < g_list_model_get_n_items (clauses); i++)
        {
          g_autoptr(ConcordClause) clause = g_list_model_get_item (clauses, i);

          if (concord_clause_concerns_party (clause, party))
            return TRUE;
        }
      return FALSE;
    }
  if (CONCORD_IS_PARTY (item))
    return g_strcmp0 (concord_party_get_id (item), party) == 0;
  if (CONCORD_IS_SIGNATURE (item))
    return g_strcmp0 (concord_signature_get_party (item), party) == 0;

  return TRUE;
}

/* Narrows the outline to one party (or none). The selection stays on what
 * was selected if it is still listed, else goes to the details, which are
 * always listed. */
void
concord_outline_set_party_filter (ConcordOutline *self,
                                  const char     *party_id)
{
  g_autoptr(GObject) selected = NULL;

  g_return_if_fail (CONCORD_IS_OUTLINE (self));

  if (g_strcmp0 (self->party_id, party_id) == 0)
    return;

  g_set_object (&selected, concord_outline_get_selected (self));
  g_free (self->party_id);
  self->party_id = g_strdup (party_id);
  self->rebuilding = TRUE;
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->outline_filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->rebuilding = FALSE;

  if (!concord_outline_select (self, selected) && self->document != NULL)
    concord_outline_select (self, G_OBJECT (concord_document_get_memorandum (self->document)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY_ID]);
}

/* A clause may now concern the party, or no longer does. */
void
concord_outline_filter_changed (ConcordOutline *self)
{
  g_return_if_fail (CONCORD_IS_OUTLINE (self));

  if (self->party_id != NULL)
    gtk_filter_changed (gtk_filter_list_model_get_filter (self->outline_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* GObject */

static void
concord_outline_dispose (GObject *object)
{
  ConcordOutline *self = CONCORD_OUTLINE (object);
  GtkWidget *child;

  if (self->scroll_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->outline_view), self->scroll_tick_id);
  self->scroll_tick_id = 0;
  stop_filling (self);
  if (self->watched != NULL)
    g_clear_signal_handler (&self->watched_id, self->watched);
  g_clear_object (&self->watched);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_OUTLINE);
  /* The template's root is not a bound child: it goes by hand. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (concord_outline_parent_class)->dispose (object);
}

static void
concord_outline_finalize (GObject *object)
{
  ConcordOutline *self = CONCORD_OUTLINE (object);

  g_clear_pointer (&self->bound_items, g_ptr_array_unref);
  g_clear_pointer (&self->numbering, concord_numbering_free);
  g_free (self->party_id);
  for (guint i = 0; i < G_N_ELEMENTS (self->parts); i++)
    g_clear_object (&self->parts[i]);

  G_OBJECT_CLASS (concord_outline_parent_class)->finalize (object);
}

static void
concord_outline_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ConcordOutline *self = CONCORD_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, concord_outline_get_selected (self));
      break;
    case PROP_PARTY_ID:
      g_value_set_string (value, self->party_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_outline_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ConcordOutline *self = CONCORD_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_PARTY_ID:
      concord_outline_set_party_filter (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_outline_class_init (ConcordOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_outline_dispose;
  object_class->finalize = concord_outline_finalize;
  object_class->get_property = concord_outline_get_property;
  object_class->set_property = concord_outline_set_property;

  /**
   * ConcordOutline:selected:
   *
   * The item the user selected, notified when the user selects another
   * (not when the list is rebuilt or filtered).
   */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * ConcordOutline:party-id:
   *
   * The party whose view the outline is narrowed to, or %NULL.
   */
  properties[PROP_PARTY_ID] =
    g_param_spec_string ("party-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/concord-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordOutline, outline_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordOutline, outline_selection);
  gtk_widget_class_bind_template_child (widget_class, ConcordOutline, outline_filter);
  gtk_widget_class_bind_template_child (widget_class, ConcordOutline, outline_store);
  gtk_widget_class_bind_template_callback (widget_class, outline_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_unbind_cb);
}

static void
concord_outline_init (ConcordOutline *self)
{
  g_autoptr(GtkCustomFilter) filter = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound_items = g_ptr_array_new ();
  /* In printed order. */
  self->parts[0] = concord_outline_part_new (CONCORD_OUTLINE_PART_DOCUMENT_CONTROL);
  self->parts[1] = concord_outline_part_new (CONCORD_OUTLINE_PART_DEFINITIONS);
  self->parts[2] = concord_outline_part_new (CONCORD_OUTLINE_PART_BACKGROUND);
  filter = gtk_custom_filter_new (outline_filter_func, self, NULL);
  gtk_filter_list_model_set_filter (self->outline_filter, GTK_FILTER (filter));
}

GtkWidget *
concord_outline_new (void)
{
  return g_object_new (CONCORD_TYPE_OUTLINE, NULL);
}
