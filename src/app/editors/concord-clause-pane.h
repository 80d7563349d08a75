/* concord-clause-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_CLAUSE_PANE (concord_clause_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordClausePane, concord_clause_pane, CONCORD, CLAUSE_PANE, ConcordEditorPane)

GtkWidget *concord_clause_pane_new (void);
GtkTextBuffer *concord_clause_pane_get_body_buffer (ConcordClausePane *self);
GtkWidget     *concord_clause_pane_get_body_editor (ConcordClausePane *self);
GtkTextBuffer *concord_clause_pane_get_notes_buffer (ConcordClausePane *self);
GPtrArray     *concord_clause_pane_get_fact_rows    (ConcordClausePane *self);
gboolean       concord_clause_pane_get_facts_pending (ConcordClausePane *self);
void           concord_clause_pane_apply_areas      (ConcordClausePane *self);
GMenuModel    *concord_clause_pane_build_areas_menu (ConcordClausePane *self);

G_END_DECLS
