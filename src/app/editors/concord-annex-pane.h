/* concord-annex-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_ANNEX_PANE (concord_annex_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordAnnexPane, concord_annex_pane, CONCORD, ANNEX_PANE, ConcordEditorPane)

GtkWidget *concord_annex_pane_new (void);
GtkWidget *concord_annex_pane_get_body_editor (ConcordAnnexPane *self);
const char *concord_annex_pane_get_numbering  (ConcordAnnexPane *self);

G_END_DECLS
