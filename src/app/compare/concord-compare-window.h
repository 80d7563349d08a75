/* concord-compare-window.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-compare-item.h"
#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_COMPARE_WINDOW (concord_compare_window_get_type ())

G_DECLARE_FINAL_TYPE (ConcordCompareWindow, concord_compare_window, CONCORD, COMPARE_WINDOW, AdwWindow)

ConcordCompareWindow *concord_compare_window_new          (GtkWindow            *parent,
                                                           ConcordDocument      *document,
                                                           ConcordMemorandum    *other,
                                                           const char           *other_name,
                                                           GError              **error);
ConcordCompareWindow *concord_compare_window_new_for_file (GtkWindow            *parent,
                                                           ConcordDocument      *document,
                                                           GFile                *file,
                                                           GError              **error);
void                  concord_compare_window_choose_file  (GtkWindow            *parent,
                                                           ConcordDocument      *document);
ConcordDiff          *concord_compare_window_get_diff     (ConcordCompareWindow *self);
GListModel           *concord_compare_window_get_items    (ConcordCompareWindow *self);
GListModel           *concord_compare_window_get_shown    (ConcordCompareWindow *self);
ConcordCompareItem   *concord_compare_window_get_current  (ConcordCompareWindow *self);
guint                 concord_compare_window_get_n_decided (ConcordCompareWindow *self);
char                 *concord_compare_window_dup_summary  (ConcordCompareWindow *self);
gboolean              concord_compare_window_accept       (ConcordCompareWindow *self,
                                                           guint                 change,
                                                           GError              **error);
void                  concord_compare_window_reject       (ConcordCompareWindow *self,
                                                           guint                 change);
void                  concord_compare_window_row_markup   (ConcordCompareWindow *self,
                                                           ConcordCompareItem   *item,
                                                           gboolean              new_side,
                                                           char                **heading,
                                                           char                **facts,
                                                           char                **body);

G_END_DECLS
