/* concord-control-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_CONTROL_PANE (concord_control_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordControlPane, concord_control_pane, CONCORD, CONTROL_PANE, ConcordEditorPane)

GtkWidget *concord_control_pane_new (void);
GtkListBox *concord_control_pane_get_list (ConcordControlPane *self);

G_END_DECLS
