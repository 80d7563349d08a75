/* concord-views-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"
#include "concord-checklist-view.h"
#include "concord-lint-view.h"
#include "concord-matrix-view.h"
#include "concord-party-view.h"
#include "concord-preview.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_VIEWS_PANE (concord_views_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordViewsPane, concord_views_pane, CONCORD, VIEWS_PANE, GtkWidget)

GtkWidget         *concord_views_pane_new             (void);
void               concord_views_pane_set_document    (ConcordViewsPane *self,
                                                       ConcordDocument  *document);
void               concord_views_pane_changed         (ConcordViewsPane *self);
void               concord_views_pane_show_item       (ConcordViewsPane *self,
                                                       GObject          *item);
const char        *concord_views_pane_get_page        (ConcordViewsPane *self);
void               concord_views_pane_set_page        (ConcordViewsPane *self,
                                                       const char       *name);
guint              concord_views_pane_get_n_findings  (ConcordViewsPane *self);
const char        *concord_views_pane_get_party_id    (ConcordViewsPane *self);
void               concord_views_pane_set_party_id    (ConcordViewsPane *self,
                                                       const char       *party_id);
ConcordPreview    *concord_views_pane_get_preview     (ConcordViewsPane *self);
ConcordLintView   *concord_views_pane_get_lint_view   (ConcordViewsPane *self);
ConcordChecklistView *concord_views_pane_get_checklist_view (ConcordViewsPane *self);
ConcordMatrixView *concord_views_pane_get_matrix_view (ConcordViewsPane *self);
ConcordPartyView  *concord_views_pane_get_party_view  (ConcordViewsPane *self);
AdwViewStack      *concord_views_pane_get_stack       (ConcordViewsPane *self);

G_END_DECLS
