/* ui-test-util.h: what the UI tests share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-window.h"

G_BEGIN_DECLS

#define UI_TIMEOUT_US (10 * G_USEC_PER_SEC)

typedef gboolean (*Predicate) (gpointer data);

void     ui_wait_for_within  (Predicate   predicate,
                              gpointer    data,
                              gint64      timeout_us);
void     ui_wait_for         (Predicate   predicate,
                              gpointer    data);
gboolean ui_is_ready         (gpointer    widget);
gboolean ui_is_opened        (gpointer    window);
void     ui_wait_frames      (GtkWidget  *widget,
                              guint       n_frames);
void     ui_save_screenshot  (GtkWidget  *widget,
                              const char *name,
                              guint       n_frames);
void     ui_load_style_sheet (void);

ConcordWindow *ui_new_window     (void);
void           ui_destroy_window (ConcordWindow *window);
void           ui_open_file      (ConcordWindow *window,
                                  GFile         *file);

G_END_DECLS
