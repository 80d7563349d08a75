/* concord-window-structure.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-window-private.h"

/* Sections and clauses: add, duplicate, remove and reorder, from the
 * keyboard, the buttons and drag and drop. Each is one undoable edit, and
 * the item it concerns is selected afterwards. */

static ConcordMemorandum *
memorandum (ConcordWindow *self)
{
  return concord_document_get_memorandum (self->document);
}

static gboolean
find_edited_clause (ConcordWindow   *self,
                    ConcordSection **section,
                    guint           *position)
{
  if (self->document == NULL || !CONCORD_IS_CLAUSE (self->edited))
    return FALSE;

  return concord_memorandum_find_clause (memorandum (self),
                                         concord_clause_get_id (CONCORD_CLAUSE (self->edited)),
                                         section, position) != NULL;
}

/* The section of the selected item: the section itself, or the clause's. */
static ConcordSection *
edited_section (ConcordWindow *self,
                guint         *section_position)
{
  ConcordSection *section = NULL;
  GListModel *sections;

  if (self->document == NULL)
    return NULL;

  if (CONCORD_IS_SECTION (self->edited))
    section = CONCORD_SECTION (self->edited);
  else if (!find_edited_clause (self, &section, NULL))
    return NULL;

  sections = concord_memorandum_get_sections (memorandum (self));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);

      if (s == section)
        {
          if (section_position != NULL)
            *section_position = i;
          return section;
        }
    }

  return NULL;
}

static void
insert_clause_after_edited (ConcordWindow *self,
                            ConcordClause *clause)
{
  ConcordSection *section;
  guint position;

  if (find_edited_clause (self, &section, &position))
    position++;
  else if ((section = edited_section (self, NULL)) != NULL)
    position = 0;
  else
    return;

  concord_document_insert_clause (self->document, section, position, clause);
  _concord_window_select (self, G_OBJECT (clause));
}

static void
clause_add_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  g_autofree char *id = NULL;
  g_autoptr(ConcordClause) clause = NULL;

  if (edited_section (self, NULL) == NULL)
    return;

  id = concord_document_new_id (self->document, "c-");
  clause = concord_clause_new (id);
  /* A new clause in a section of roles is most likely a role. */
  if (CONCORD_IS_CLAUSE (self->edited))
    concord_clause_set_kind (clause, concord_clause_get_kind (CONCORD_CLAUSE (self->edited)));
  insert_clause_after_edited (self, clause);
  _concord_window_focus_field (self, "heading");
}

static void
clause_duplicate_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  g_autofree char *id = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(ConcordClause) copy = NULL;
  const char *original;

  if (!find_edited_clause (self, NULL, NULL))
    return;

  id = concord_document_new_id (self->document, "c-");
  copy = concord_clause_copy (CONCORD_CLAUSE (self->edited), id);
  original = concord_clause_get_heading (CONCORD_CLAUSE (self->edited));
  /* TRANSLATORS: the heading of a duplicated clause; %s is the original's */
  heading = g_strdup_printf (_("%s (copy)"), original != NULL ? original : _("Untitled clause"));
  concord_clause_set_heading (copy, heading);
  insert_clause_after_edited (self, copy);
}

static void
clause_remove_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  ConcordSection *section;
  guint position, n;

  if (!find_edited_clause (self, &section, &position))
    return;

  concord_document_remove_clause (self->document, section, position);
  n = concord_section_get_n_clauses (section);
  if (n > 0)
    _concord_window_select (self, G_OBJECT (concord_section_get_clause (section, MIN (position, n - 1))));
  else
    _concord_window_select (self, G_OBJECT (section));
}

/* Moves a clause to a position in a section, which may be another section:
 * one undoable edit either way. */
gboolean
_concord_window_move_clause (ConcordWindow  *self,
                             ConcordClause  *clause,
                             ConcordSection *to_section,
                             guint           to_position)
{
  g_autoptr(ConcordClause) keep = g_object_ref (clause);
  ConcordSection *from_section;
  guint from_position;

  if (self->document == NULL ||
      concord_memorandum_find_clause (memorandum (self), concord_clause_get_id (clause),
                                      &from_section, &from_position) == NULL)
    return FALSE;

  if (from_section == to_section)
    {
      /* The position is counted with the clause still in place. */
      if (to_position > from_position)
        to_position--;
      to_position = MIN (to_position, concord_section_get_n_clauses (to_section) - 1);
      if (to_position == from_position)
        return FALSE;
      concord_document_move_clause (self->document, to_section, from_position, to_position);
    }
  else
    {
      to_position = MIN (to_position, concord_section_get_n_clauses (to_section));
      concord_document_begin_group (self->document);
      concord_document_remove_clause (self->document, from_section, from_position);
      concord_document_insert_clause (self->document, to_section, to_position, clause);
      concord_document_end_group (self->document, G_OBJECT (clause));
    }

  _concord_window_select (self, G_OBJECT (clause));

  return TRUE;
}

/* Up from the first clause of a section goes to the end of the section
 * before; down from the last, to the start of the next. */
static void
clause_move (ConcordWindow *self,
             int            delta)
{
  ConcordSection *section;
  guint position, section_position, n_sections;
  GListModel *sections;

  if (!find_edited_clause (self, &section, &position) ||
      edited_section (self, &section_position) == NULL)
    return;

  sections = concord_memorandum_get_sections (memorandum (self));
  n_sections = g_list_model_get_n_items (sections);

  if (delta < 0 && position > 0)
    _concord_window_move_clause (self, CONCORD_CLAUSE (self->edited), section, position - 1);
  else if (delta > 0 && position + 1 < concord_section_get_n_clauses (section))
    _concord_window_move_clause (self, CONCORD_CLAUSE (self->edited), section, position + 2);
  else if (delta < 0 && section_position > 0)
    {
      g_autoptr(ConcordSection) before = g_list_model_get_item (sections, section_position - 1);

      _concord_window_move_clause (self, CONCORD_CLAUSE (self->edited), before,
                                   concord_section_get_n_clauses (before));
    }
  else if (delta > 0 && section_position + 1 < n_sections)
    {
      g_autoptr(ConcordSection) after = g_list_model_get_item (sections, section_position + 1);

      _concord_window_move_clause (self, CONCORD_CLAUSE (self->edited), after, 0);
    }
}

static void
clause_move_up_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  clause_move (CONCORD_WINDOW (widget), -1);
}

static void
clause_move_down_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  clause_move (CONCORD_WINDOW (widget), 1);
}

/* Sections */

static void
section_add_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  GListModel *sections;
  guint position;
  g_autofree char *id = NULL;
  g_autoptr(ConcordSection) section = NULL;

  if (self->document == NULL)
    return;

  sections = concord_memorandum_get_sections (memorandum (self));
  if (edited_section (self, &position) != NULL)
    position++;
  else
    position = g_list_model_get_n_items (sections);

  id = concord_document_new_id (self->document, "s-");
  section = concord_section_new (id);
  concord_section_set_kind (section, CONCORD_SECTION_KIND_GENERAL);
  concord_section_set_heading (section, _("New section"));
  concord_document_insert_item (self->document, sections, position, section);
  _concord_window_select (self, G_OBJECT (section));
  _concord_window_focus_field (self, "heading");
}

/* Removing a section removes its clauses with it; undo brings back both. */
static void
section_remove_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  GListModel *sections;
  guint position, n;

  if (!CONCORD_IS_SECTION (self->edited) || edited_section (self, &position) == NULL)
    return;

  sections = concord_memorandum_get_sections (memorandum (self));
  concord_document_remove_item (self->document, sections, position);
  n = g_list_model_get_n_items (sections);
  if (n > 0)
    {
      g_autoptr(GObject) next = g_list_model_get_item (sections, MIN (position, n - 1));

      _concord_window_select (self, next);
    }
  else
    _concord_window_select (self, G_OBJECT (memorandum (self)));
}

static void
section_move (ConcordWindow *self,
              int            delta)
{
  g_autoptr(GObject) section = NULL;
  GListModel *sections;
  guint position;

  if (!CONCORD_IS_SECTION (self->edited) || edited_section (self, &position) == NULL)
    return;

  sections = concord_memorandum_get_sections (memorandum (self));
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= g_list_model_get_n_items (sections)))
    return;

  section = g_object_ref (self->edited);
  concord_document_move_item (self->document, sections, position, position + delta);
  _concord_window_select (self, section);
}

static void
section_move_up_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  section_move (CONCORD_WINDOW (widget), -1);
}

static void
section_move_down_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  section_move (CONCORD_WINDOW (widget), 1);
}

/* Alt+Up and Alt+Down move whichever is selected. */
static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (CONCORD_IS_SECTION (self->edited))
    section_move (self, -1);
  else
    clause_move (self, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (CONCORD_IS_SECTION (self->edited))
    section_move (self, 1);
  else
    clause_move (self, 1);
}

/* Shift+Ctrl+Delete removes whichever is selected. */
static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (CONCORD_IS_SECTION (self->edited))
    section_remove_action (widget, action_name, parameter);
  else
    clause_remove_action (widget, action_name, parameter);
}

void
_concord_window_update_structure_actions (ConcordWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean clause = self->document != NULL && CONCORD_IS_CLAUSE (self->edited);
  gboolean section = self->document != NULL && CONCORD_IS_SECTION (self->edited);
  gboolean in_section = clause || section;

  gtk_widget_action_set_enabled (widget, "win.clause-add", in_section);
  gtk_widget_action_set_enabled (widget, "win.clause-duplicate", clause);
  gtk_widget_action_set_enabled (widget, "win.clause-remove", clause);
  gtk_widget_action_set_enabled (widget, "win.clause-move-up", clause);
  gtk_widget_action_set_enabled (widget, "win.clause-move-down", clause);
  gtk_widget_action_set_enabled (widget, "win.section-add", self->document != NULL);
  gtk_widget_action_set_enabled (widget, "win.section-remove", section);
  gtk_widget_action_set_enabled (widget, "win.section-move-up", section);
  gtk_widget_action_set_enabled (widget, "win.section-move-down", section);
  gtk_widget_action_set_enabled (widget, "win.move-up", in_section);
  gtk_widget_action_set_enabled (widget, "win.move-down", in_section);
  gtk_widget_action_set_enabled (widget, "win.remove-item", in_section);
}

void
_concord_window_install_structure_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.clause-add", NULL, clause_add_action);
  gtk_widget_class_install_action (widget_class, "win.clause-duplicate", NULL, clause_duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.clause-remove", NULL, clause_remove_action);
  gtk_widget_class_install_action (widget_class, "win.clause-move-up", NULL, clause_move_up_action);
  gtk_widget_class_install_action (widget_class, "win.clause-move-down", NULL, clause_move_down_action);
  gtk_widget_class_install_action (widget_class, "win.section-add", NULL, section_add_action);
  gtk_widget_class_install_action (widget_class, "win.section-remove", NULL, section_remove_action);
  gtk_widget_class_install_action (widget_class, "win.section-move-up", NULL, section_move_up_action);
  gtk_widget_class_install_action (widget_class, "win.section-move-down", NULL, section_move_down_action);
  gtk_widget_class_install_action (widget_class, "win.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "win.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "win.remove-item", NULL, remove_item_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "win.clause-add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.clause-duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.remove-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.section-add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.move-down", NULL);
}

/* Drag and drop in the outline: a clause dropped on a clause goes before
 * it (after it, in the lower half of the row); on a section, to the start
 * of that section. A section dropped on a section takes its place. */

static GObject *
row_item (GtkWidget *row)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (row), "list-item");

  return list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 ConcordWindow *self)
{
  GObject *item = row_item (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));

  if (!CONCORD_IS_CLAUSE (item) && !CONCORD_IS_SECTION (item))
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_OBJECT, item);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               ConcordWindow *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ConcordWindow *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GObject *dragged = g_value_get_object (value);
  GObject *onto = row_item (row);
  gboolean after = y > gtk_widget_get_height (row) / 2.0;

  return _concord_window_drop_item (self, dragged, onto, after);
}

gboolean
_concord_window_drop_item (ConcordWindow *self,
                           GObject       *dragged,
                           GObject       *onto,
                           gboolean       after)
{
  if (self->document == NULL || dragged == NULL || onto == NULL || dragged == onto)
    return FALSE;

  if (CONCORD_IS_CLAUSE (dragged))
    {
      ConcordSection *section;
      guint position;

      if (CONCORD_IS_SECTION (onto))
        return _concord_window_move_clause (self, CONCORD_CLAUSE (dragged), CONCORD_SECTION (onto), 0);
      if (CONCORD_IS_CLAUSE (onto) &&
          concord_memorandum_find_clause (memorandum (self), concord_clause_get_id (CONCORD_CLAUSE (onto)),
                                          &section, &position) != NULL)
        return _concord_window_move_clause (self, CONCORD_CLAUSE (dragged), section,
                                            position + (after ? 1 : 0));
      return FALSE;
    }

  if (CONCORD_IS_SECTION (dragged) && CONCORD_IS_SECTION (onto))
    {
      GListModel *sections = concord_memorandum_get_sections (memorandum (self));
      guint from, to;

      if (!g_list_store_find (G_LIST_STORE (sections), dragged, &from) ||
          !g_list_store_find (G_LIST_STORE (sections), onto, &to))
        return FALSE;
      concord_document_move_item (self->document, sections, from, to);
      _concord_window_select (self, dragged);
      return TRUE;
    }

  return FALSE;
}

void
_concord_window_setup_row_dnd (ConcordWindow *self,
                               GtkWidget     *row,
                               GtkListItem   *list_item)
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
