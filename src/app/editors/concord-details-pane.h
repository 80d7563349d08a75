/* concord-details-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_DETAILS_PANE (concord_details_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordDetailsPane, concord_details_pane, CONCORD, DETAILS_PANE, ConcordEditorPane)

GtkWidget *concord_details_pane_new (void);

G_END_DECLS
