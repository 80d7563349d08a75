/* concord-definitions-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"
#include "concord-term-editor.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_DEFINITIONS_PANE (concord_definitions_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordDefinitionsPane, concord_definitions_pane, CONCORD, DEFINITIONS_PANE, ConcordEditorPane)

GtkWidget         *concord_definitions_pane_new             (void);
ConcordTerm       *concord_definitions_pane_get_selected    (ConcordDefinitionsPane *self);
void               concord_definitions_pane_select          (ConcordDefinitionsPane *self,
                                                             ConcordTerm            *term);
ConcordTermEditor *concord_definitions_pane_get_term_editor (ConcordDefinitionsPane *self);
GtkListBox        *concord_definitions_pane_get_list        (ConcordDefinitionsPane *self);

G_END_DECLS
