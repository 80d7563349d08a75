/* concord-editor-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_EDITOR_PANE (concord_editor_pane_get_type ())

G_DECLARE_DERIVABLE_TYPE (ConcordEditorPane, concord_editor_pane, CONCORD, EDITOR_PANE, GtkWidget)

/**
 * ConcordEditorPaneClass:
 * @item_type: the kind of outline item the pane edits
 * @accepts: whether the pane edits @item, which is of @item_type (for
 *   panes that edit only some items of their type; by default all)
 * @bind: show @item, which is of @item_type, and follow its edits
 * @unbind: stop editing the item (bindings made through the pane's
 *   helpers are undone by the base class)
 * @item_notify: a property of the edited item changed, by the pane or by undo
 * @document_changed: the document changed in any way
 * @focus_field: move the keyboard focus to the row of a field of the item
 *   (a property name), returning %FALSE if the pane does not show it
 * @reveal: select @member, an object in the list the edited item shows
 *   (a term of the definitions), returning %FALSE if it is not there
 *
 * The editor of one kind of outline item. A pane knows the document and
 * the item it shows and nothing of the window: what it changes it changes
 * in the model (the document records each change for undo), and what
 * concerns the outline (adding, removing, moving items) it asks for by
 * activating the window's actions.
 */
struct _ConcordEditorPaneClass
{
  GtkWidgetClass parent_class;

  GType    item_type;

  gboolean (*accepts)          (ConcordEditorPane *self,
                                GObject           *item);
  void     (*bind)             (ConcordEditorPane *self,
                                GObject           *item);
  void     (*unbind)           (ConcordEditorPane *self);
  void     (*item_notify)      (ConcordEditorPane *self,
                                GParamSpec        *pspec);
  void     (*document_changed) (ConcordEditorPane *self);
  gboolean (*focus_field)      (ConcordEditorPane *self,
                                const char        *field);
  gboolean (*reveal)           (ConcordEditorPane *self,
                                GObject           *member);

  gpointer padding[6];
};

ConcordDocument   *concord_editor_pane_get_document     (ConcordEditorPane *self);
void               concord_editor_pane_set_document     (ConcordEditorPane *self,
                                                         ConcordDocument   *document);
GObject           *concord_editor_pane_get_item         (ConcordEditorPane *self);
void               concord_editor_pane_set_item         (ConcordEditorPane *self,
                                                         GObject           *item);
gboolean           concord_editor_pane_accepts          (ConcordEditorPane *self,
                                                         GObject           *item);
gboolean           concord_editor_pane_focus_field      (ConcordEditorPane *self,
                                                         const char        *field);
gboolean           concord_editor_pane_reveal           (ConcordEditorPane *self,
                                                         GObject           *member);
GtkWidget         *concord_editor_pane_find_row         (ConcordEditorPane *self,
                                                         const char        *title);
ConcordMemorandum *concord_editor_pane_get_memorandum   (ConcordEditorPane *self);

/* For the panes themselves: two-way bindings between the item's
 * properties and rows, undone when the item changes. */
void               concord_editor_pane_bind_text        (ConcordEditorPane *self,
                                                         const char        *property,
                                                         AdwEntryRow       *row);
void               concord_editor_pane_bind_checked_text (ConcordEditorPane *self,
                                                         const char        *property,
                                                         AdwEntryRow       *row,
                                                         gboolean         (*valid) (const char *text));
void               concord_editor_pane_bind_choice      (ConcordEditorPane *self,
                                                         const char        *property,
                                                         AdwComboRow       *row);
void               concord_editor_pane_bind_colour      (ConcordEditorPane *self,
                                                         const char        *property,
                                                         GtkColorButton    *button);
void               concord_editor_pane_bind_property    (ConcordEditorPane *self,
                                                         const char        *property,
                                                         gpointer           target,
                                                         const char        *target_property,
                                                         GBindingTransformFunc to_target,
                                                         GBindingTransformFunc to_item,
                                                         gpointer           data);
typedef gboolean (*ConcordEditorPaneFileFunc) (ConcordEditorPane  *self,
                                               GFile              *file,
                                               GError            **error);
void               concord_editor_pane_choose_file      (ConcordEditorPane        *self,
                                                         const char               *title,
                                                         GtkFileFilter            *filter,
                                                         const char               *error_title,
                                                         ConcordEditorPaneFileFunc use);
void               concord_editor_pane_show_error       (ConcordEditorPane *self,
                                                         const char        *heading,
                                                         const char        *message);

gboolean           concord_editor_valid_date            (const char        *text);
gboolean           concord_editor_valid_language        (const char        *text);

void        concord_editor_pane_show_with_translation (ConcordEditorPane *self,
                                                       GtkWidget         *widget,
                                                       const char        *label);
void        concord_editor_pane_bind_translated_text (ConcordEditorPane *self,
                                                      const char        *property,
                                                      AdwEntryRow       *row,
                                                      const char        *label);

G_END_DECLS
