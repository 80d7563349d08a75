/* concord-window-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-body-editor.h"
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
  AdwEntryRow          *title_row;
  AdwEntryRow          *reference_row;
  AdwComboRow          *status_row;
  AdwEntryRow          *language_row;
  AdwEntryRow          *effective_row;
  AdwEntryRow          *review_row;
  AdwEntryRow          *party_name_row;
  AdwEntryRow          *party_short_row;
  AdwComboRow          *party_kind_row;
  AdwEntryRow          *party_description_row;
  GtkColorButton       *party_colour_button;
  AdwEntryRow          *party_person_row;
  AdwEntryRow          *party_office_row;
  AdwEntryRow          *section_heading_row;
  AdwComboRow          *section_kind_row;
  AdwPreferencesGroup  *signature_group;
  AdwActionRow         *signature_party_row;
  AdwEntryRow          *signature_person_row;
  AdwEntryRow          *signature_title_row;
  AdwEntryRow          *signature_date_row;
  AdwEntryRow          *signature_place_row;
  GtkPicture           *signature_picture;
  AdwEntryRow          *clause_heading_row;
  AdwComboRow          *clause_status_row;
  AdwComboRow          *clause_kind_row;
  AdwEntryRow          *clause_areas_row;
  GtkMenuButton        *areas_button;
  AdwPreferencesGroup  *facts_group;
  AdwActionRow         *clause_facts_row;
  ConcordBodyEditor    *body_editor;
  GtkTextView          *notes_view;

  /* Owned */
  ConcordDocument      *document;
  GSettings            *settings;
  /* Bindings between the editor's rows and the selected item. */
  GPtrArray            *bindings;
  GObject              *edited;
  gulong                edited_notify_id;
  /* Rows of the "Who" group, made for the parties of the memorandum. */
  GPtrArray            *fact_rows;
  guint                 facts_idle_id;
  gboolean              loading_notes;

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

void _concord_window_edit          (ConcordWindow *self,
                                    GObject       *item);
void _concord_window_unbind_editor (ConcordWindow *self);
void _concord_window_init_editors  (ConcordWindow *self);
void _concord_window_build_facts   (ConcordWindow *self);
void _concord_window_clear_facts   (ConcordWindow *self);
void _concord_window_queue_facts   (ConcordWindow *self);
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
void _concord_window_install_signature_actions (GtkWidgetClass *widget_class);
void _concord_window_install_compare_actions   (GtkWidgetClass *widget_class);
void _concord_window_update_compare_actions    (ConcordWindow  *self);
void _concord_window_show_signature_image      (ConcordWindow  *self);
gboolean _concord_window_set_signature_image   (ConcordWindow  *self,
                                                GFile          *file,
                                                GError        **error);
GMenuModel *_concord_window_build_areas_menu    (ConcordWindow  *self);
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
