/* concord-print.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-core.h"

G_BEGIN_DECLS

GtkPrintOperationResult concord_print_run               (GtkWindow                  *parent,
                                                         ConcordMemorandum          *memorandum,
                                                         const ConcordRenderOptions *options,
                                                         GtkPrintOperationAction     action,
                                                         const char                 *export_filename,
                                                         GError                    **error);
GtkPrintOperationResult concord_print_counterparts      (GtkWindow                  *parent,
                                                         ConcordMemorandum          *memorandum,
                                                         ConcordPaper                paper,
                                                         GtkPrintOperationAction     action,
                                                         const char                 *export_filename,
                                                         GError                    **error);
void                    concord_print_run_async         (GtkWindow                  *parent,
                                                         ConcordMemorandum          *memorandum,
                                                         const ConcordRenderOptions *options,
                                                         gboolean                    counterparts,
                                                         GtkPrintOperationAction     action,
                                                         const char                 *export_filename,
                                                         GCancellable               *cancellable,
                                                         GAsyncReadyCallback         callback,
                                                         gpointer                    user_data);
GtkPrintOperationResult concord_print_run_finish        (GAsyncResult               *result,
                                                         GError                    **error);
GtkPrintSettings       *concord_print_get_settings      (void);
GtkPageSetup           *concord_print_get_page_setup    (void);
void                    concord_print_forget_settings   (void);
void                    concord_print_present           (GtkWindow                  *parent,
                                                         ConcordMemorandum          *memorandum,
                                                         gboolean                    counterparts,
                                                         gboolean                    with_comments);

G_END_DECLS
