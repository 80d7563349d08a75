/* concord-page-view.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_PAGE_VIEW (concord_page_view_get_type ())

G_DECLARE_FINAL_TYPE (ConcordPageView, concord_page_view, CONCORD, PAGE_VIEW, GtkWidget)

#define CONCORD_PAGE_VIEW_MIN_ZOOM 0.25
#define CONCORD_PAGE_VIEW_MAX_ZOOM 4.0

GtkWidget             *concord_page_view_new           (void);
ConcordDocumentLayout *concord_page_view_get_layout    (ConcordPageView       *self);
ConcordDocumentLayout *concord_page_view_replace_layout (ConcordPageView      *self,
                                                        ConcordDocumentLayout *layout);
guint                  concord_page_view_get_n_pages   (ConcordPageView       *self);
guint                  concord_page_view_get_page      (ConcordPageView       *self);
void                   concord_page_view_scroll_to_page (ConcordPageView      *self,
                                                        guint                  page);
double                 concord_page_view_get_zoom      (ConcordPageView       *self);
void                   concord_page_view_set_zoom      (ConcordPageView       *self,
                                                        double                 zoom);
gboolean               concord_page_view_get_fit_width (ConcordPageView       *self);
void                   concord_page_view_set_fit_width (ConcordPageView       *self,
                                                        gboolean               fit_width);

/* Pages drawn ahead of time, on another thread, for the view to show. */
typedef struct
{
  guint   page;
  double  zoom;
  int     scale;
  int     width;
  int     height;
  int     stride;
  GBytes *pixels;
} ConcordPagePixels;

void               concord_page_pixels_free             (ConcordPagePixels     *pixels);
ConcordPagePixels *concord_page_pixels_render           (ConcordDocumentLayout *layout,
                                                         guint                  page,
                                                         double                 zoom,
                                                         int                    scale);
void               concord_page_view_get_visible_pages  (ConcordPageView       *self,
                                                         guint                 *first,
                                                         guint                 *last,
                                                         double                *zoom,
                                                         int                   *scale);
void               concord_page_view_add_pixels         (ConcordPageView       *self,
                                                         ConcordPagePixels     *pixels);

G_END_DECLS
