/* concord-preview.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_PREVIEW (concord_preview_get_type ())

G_DECLARE_FINAL_TYPE (ConcordPreview, concord_preview, CONCORD, PREVIEW, GtkWidget)

/* How long after the last edit the pages are laid out again: long enough
 * to take a burst of keystrokes as one, short enough that the pages follow
 * within about a quarter of a second of a pause. */
#define CONCORD_PREVIEW_DELAY_MS 100

GtkWidget             *concord_preview_new                (void);
ConcordMemorandum     *concord_preview_get_memorandum     (ConcordPreview             *self);
void                   concord_preview_set_memorandum     (ConcordPreview             *self,
                                                           ConcordMemorandum          *memorandum);
void                   concord_preview_set_render_options (ConcordPreview             *self,
                                                           const ConcordRenderOptions *options);
void                   concord_preview_queue_update       (ConcordPreview             *self);
gboolean               concord_preview_get_busy           (ConcordPreview             *self);
guint                  concord_preview_get_generation     (ConcordPreview             *self);
guint                  concord_preview_get_n_pages        (ConcordPreview             *self);
guint                  concord_preview_get_page           (ConcordPreview             *self);
void                   concord_preview_scroll_to_page     (ConcordPreview             *self,
                                                           guint                       page);
gboolean               concord_preview_scroll_to_id       (ConcordPreview             *self,
                                                           const char                 *clause_or_section_id);
double                 concord_preview_get_zoom           (ConcordPreview             *self);
void                   concord_preview_set_zoom           (ConcordPreview             *self,
                                                           double                      zoom);
void                   concord_preview_zoom_in            (ConcordPreview             *self);
void                   concord_preview_zoom_out           (ConcordPreview             *self);
gboolean               concord_preview_get_fit_width      (ConcordPreview             *self);
void                   concord_preview_set_fit_width      (ConcordPreview             *self,
                                                           gboolean                    fit_width);
ConcordDocumentLayout *concord_preview_get_layout         (ConcordPreview             *self);
gint64                 concord_preview_get_last_snapshot_time (ConcordPreview         *self);

G_END_DECLS
