/* concord-party-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_PARTY_PANE (concord_party_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordPartyPane, concord_party_pane, CONCORD, PARTY_PANE, ConcordEditorPane)

GtkWidget *concord_party_pane_new           (void);
gboolean   concord_party_pane_set_logo_file (ConcordPartyPane  *self,
                                             GFile             *file,
                                             GError           **error);
gboolean   concord_party_pane_shows_logo    (ConcordPartyPane  *self);
gboolean   concord_party_pane_offers_signature (ConcordPartyPane *self);

G_END_DECLS
