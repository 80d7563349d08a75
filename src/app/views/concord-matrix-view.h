/* concord-matrix-view.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_MATRIX_VIEW (concord_matrix_view_get_type ())

G_DECLARE_FINAL_TYPE (ConcordMatrixView, concord_matrix_view, CONCORD, MATRIX_VIEW, AdwBin)

GtkWidget         *concord_matrix_view_new             (void);
ConcordMemorandum *concord_matrix_view_get_memorandum  (ConcordMatrixView *self);
void               concord_matrix_view_set_memorandum  (ConcordMatrixView *self,
                                                        ConcordMemorandum *memorandum);
void               concord_matrix_view_queue_refresh (ConcordMatrixView *self);
void               concord_matrix_view_refresh         (ConcordMatrixView *self);
ConcordMatrix     *concord_matrix_view_get_matrix      (ConcordMatrixView *self);
GtkWidget         *concord_matrix_view_get_cell        (ConcordMatrixView *self,
                                                        guint              area,
                                                        guint              party);
GtkWidget         *concord_matrix_view_get_area_header (ConcordMatrixView *self,
                                                        guint              area);
int                concord_matrix_view_find_area       (ConcordMatrixView *self,
                                                        const char        *area);
int                concord_matrix_view_find_party      (ConcordMatrixView *self,
                                                        const char        *party_id);
guint              concord_matrix_view_get_n_rebuilds  (ConcordMatrixView *self);

G_END_DECLS
