/* concord-background-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-body-editor.h"
#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_BACKGROUND_PANE (concord_background_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordBackgroundPane, concord_background_pane, CONCORD, BACKGROUND_PANE, ConcordEditorPane)

GtkWidget         *concord_background_pane_new             (void);
ConcordBodyEditor *concord_background_pane_get_body_editor (ConcordBackgroundPane *self);

G_END_DECLS
