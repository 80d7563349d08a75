/* concord-outline.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_OUTLINE (concord_outline_get_type ())

G_DECLARE_FINAL_TYPE (ConcordOutline, concord_outline, CONCORD, OUTLINE, GtkWidget)

GtkWidget  *concord_outline_new                (void);
void        concord_outline_set_document       (ConcordOutline  *self,
                                                ConcordDocument *document);
void        concord_outline_rebuild            (ConcordOutline  *self);
void        concord_outline_refresh            (ConcordOutline  *self);
void        concord_outline_invalidate_numbers (ConcordOutline  *self);
GObject    *concord_outline_get_selected       (ConcordOutline  *self);
gboolean    concord_outline_select             (ConcordOutline  *self,
                                                GObject         *item);
gboolean    concord_outline_find               (ConcordOutline  *self,
                                                GObject         *item,
                                                guint           *position);
GListModel *concord_outline_get_items          (ConcordOutline  *self);
GtkSelectionModel *concord_outline_get_selection_model (ConcordOutline *self);
guint       concord_outline_get_n_all_items    (ConcordOutline  *self);
void        concord_outline_set_party_filter   (ConcordOutline  *self,
                                                const char      *party_id);
void        concord_outline_filter_changed     (ConcordOutline  *self);
char       *concord_outline_describe           (ConcordOutline  *self,
                                                GObject         *item,
                                                char           **subtitle);
gboolean    concord_outline_drop               (ConcordOutline  *self,
                                                GObject         *dragged,
                                                GObject         *onto,
                                                gboolean         after);
GtkWidget  *concord_outline_get_row            (ConcordOutline  *self,
                                                GObject         *item);
GObject    *concord_outline_row_item           (ConcordOutline  *self,
                                                GObject         *object,
                                                const char      *property);

G_END_DECLS
