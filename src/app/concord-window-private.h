/* concord-window-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"
#include "concord-lint-view.h"
#include "concord-matrix-view.h"
#include "concord-preview.h"
#include "concord-party-view.h"
#include "concord-window.h"

G_BEGIN_DECLS

struct _ConcordWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkInfoBar           *changed_bar;
  GtkStack             *main_stack;
  GtkListBox           *template_list;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  AdwPreferencesGroup  *drafts_group;
  GtkListBox           *drafts_list;
  AdwStatusPage        *error_page;
  GtkListView          *outline_view;
  GtkSingleSelection   *outline_selection;
  GListStore           *outline_store;
  GtkFilterListModel   *outline_filter;
  GtkWidget            *views_pane;
  AdwViewStack         *views_stack;
  ConcordPreview       *preview;
  ConcordLintView      *lint_view;
  ConcordMatrixView    *matrix_view;
  ConcordPartyView     *party_view;
  GtkButton            *problems_button;
  GtkToggleButton      *views_button;
  AdwButtonContent     *problems_content;
  GtkStack             *editor_stack;
  ConcordEditorPane    *details_pane;
  ConcordEditorPane    *party_pane;
  ConcordEditorPane    *section_pane;
  ConcordEditorPane    *clause_pane;
  ConcordEditorPane    *signature_pane;

  /* Owned */
  ConcordDocument      *document;
  GSettings            *settings;
  /* The item the shown pane edits. */
  GObject              *edited;
  gulong                edited_notify_id;

  /* The outline's numbers, and its rows now on screen. */
  ConcordNumbering     *numbering;
  GPtrArray            *bound_items;
  gboolean              rebuilding_outline;
  gboolean              numbering_dirty;
  gboolean              preview_stale;
  guint                 lint_idle_id;
  guint                 scroll_tick_id;
  guint                 scroll_position;

  /* State */
  gboolean              closing_confirmed;
  guint                 autosave_id;
  /* Noticing changes made to the file by other programs. */
  GFileMonitor         *monitor;
  char                 *etag;
};

void _concord_window_select        (ConcordWindow *self,
                                    GObject       *item);
char *_concord_window_describe     (ConcordWindow *self,
                                    GObject       *item,
                                    char         **subtitle);
void _concord_window_add_party     (ConcordWindow *self);
void _concord_window_remove_party  (ConcordWindow *self,
                                    ConcordParty  *party);
GPtrArray *_concord_window_clauses_naming (ConcordWindow *self,
                                           const char    *id);
gboolean _concord_window_focus_field (ConcordWindow *self,
                                      const char    *field);

void _concord_window_update_actions            (ConcordWindow  *self);
void _concord_window_install_structure_actions (GtkWidgetClass *widget_class);
void _concord_window_update_structure_actions  (ConcordWindow  *self);
gboolean _concord_window_move_clause           (ConcordWindow  *self,
                                                ConcordClause  *clause,
                                                ConcordSection *section,
                                                guint           position);
gboolean _concord_window_drop_item             (ConcordWindow  *self,
                                                GObject        *dragged,
                                                GObject        *onto,
                                                gboolean        after);
void _concord_window_setup_row_dnd             (ConcordWindow  *self,
                                                GtkWidget      *row,
                                                GtkListItem    *list_item);
gboolean _concord_window_open_files            (ConcordWindow  *self,
                                                GSList         *files);
void _concord_window_install_compare_actions   (GtkWidgetClass *widget_class);
void _concord_window_update_compare_actions    (ConcordWindow  *self);
void _concord_window_numbering_changed         (ConcordWindow  *self);
gboolean _concord_window_outline_position      (ConcordWindow  *self,
                                                gpointer        item,
                                                guint          *position);
void _concord_window_class_init_views          (GtkWidgetClass *widget_class);
void _concord_window_init_views                (ConcordWindow  *self);
void _concord_window_views_set_document        (ConcordWindow  *self);
void _concord_window_views_changed             (ConcordWindow  *self);
void _concord_window_views_dispose             (ConcordWindow  *self);
void _concord_window_views_show_item           (ConcordWindow  *self,
                                                GObject        *item);
void _concord_window_update_views_actions      (ConcordWindow  *self);

G_END_DECLS
