/* concord-section-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_SECTION_PANE (concord_section_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordSectionPane, concord_section_pane, CONCORD, SECTION_PANE, ConcordEditorPane)

GtkWidget *concord_section_pane_new (void);

G_END_DECLS
