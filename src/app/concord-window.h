/* concord-window.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"
#include "concord-editor-pane.h"
#include "concord-outline.h"
#include "concord-start-page.h"
#include "concord-views-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_WINDOW (concord_window_get_type ())

G_DECLARE_FINAL_TYPE (ConcordWindow, concord_window, CONCORD, WINDOW, AdwApplicationWindow)

ConcordWindow   *concord_window_new            (AdwApplication *application);
void             concord_window_open_file      (ConcordWindow  *self,
                                                GFile          *file);
gboolean         concord_window_get_opening    (ConcordWindow  *self);
gboolean         concord_window_open_template  (ConcordWindow  *self,
                                                const char     *template_id);
ConcordDocument *concord_window_get_document   (ConcordWindow  *self);
const char      *concord_window_get_page_name  (ConcordWindow  *self);
GObject         *concord_window_get_edited     (ConcordWindow  *self);
ConcordEditorPane *concord_window_get_pane     (ConcordWindow  *self);
void             concord_window_select         (ConcordWindow  *self,
                                                GObject        *item);
void             concord_window_set_closing_confirmed (ConcordWindow *self,
                                                       gboolean       confirmed);
gboolean         concord_window_open_files     (ConcordWindow  *self,
                                                GSList         *files);
ConcordOutline   *concord_window_get_outline    (ConcordWindow  *self);
ConcordViewsPane *concord_window_get_views_pane (ConcordWindow  *self);
ConcordStartPage *concord_window_get_start_page (ConcordWindow  *self);

G_END_DECLS
