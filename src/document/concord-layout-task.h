/* concord-layout-task.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-core.h"

G_BEGIN_DECLS

/**
 * ConcordLayoutFunc:
 * @layout: one of the layouts just made
 * @index: which of the options asked for it
 *
 * Runs on the worker thread right after each layout, with the render lock
 * held: what the caller does with the pages there (draw the ones in view,
 * write a PDF) so that the main thread only shows the result.
 *
 * Returns: %FALSE with @error set to fail the whole call
 */
typedef gboolean (*ConcordLayoutFunc) (ConcordDocumentLayout  *layout,
                                       guint                   index,
                                       gpointer                data,
                                       GCancellable           *cancellable,
                                       GError                **error);

void       concord_layout_async  (ConcordMemorandum          *memorandum,
                                  const ConcordRenderOptions *options,
                                  guint                       n_options,
                                  ConcordLayoutCache         *cache,
                                  ConcordLayoutFunc           func,
                                  gpointer                    func_data,
                                  gboolean                    keep_layouts,
                                  GCancellable               *cancellable,
                                  GAsyncReadyCallback         callback,
                                  gpointer                    user_data);
void       concord_layout_take_async (ConcordMemorandum          *copy,
                                      const ConcordRenderOptions *options,
                                      guint                       n_options,
                                      ConcordLayoutCache         *cache,
                                      ConcordLayoutFunc           func,
                                      gpointer                    func_data,
                                      gboolean                    keep_layouts,
                                      GCancellable               *cancellable,
                                      GAsyncReadyCallback         callback,
                                      gpointer                    user_data);
GPtrArray *concord_layout_finish (GAsyncResult               *result,
                                  GError                    **error);

G_END_DECLS
