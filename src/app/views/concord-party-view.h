/* concord-party-view.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_PARTY_VIEW (concord_party_view_get_type ())

G_DECLARE_FINAL_TYPE (ConcordPartyView, concord_party_view, CONCORD, PARTY_VIEW, AdwBin)

GtkWidget         *concord_party_view_new              (void);
ConcordMemorandum *concord_party_view_get_memorandum   (ConcordPartyView  *self);
void               concord_party_view_set_memorandum   (ConcordPartyView  *self,
                                                        ConcordMemorandum *memorandum);
void               concord_party_view_queue_refresh (ConcordPartyView *self);
void               concord_party_view_refresh          (ConcordPartyView  *self);
const char        *concord_party_view_get_party_id     (ConcordPartyView  *self);
void               concord_party_view_set_party_id     (ConcordPartyView  *self,
                                                        const char        *party_id);
GPtrArray         *concord_party_view_get_lines        (ConcordPartyView  *self);
GtkListBoxRow     *concord_party_view_get_row          (ConcordPartyView  *self,
                                                        const char        *clause_id);

G_END_DECLS
