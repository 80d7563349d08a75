/* concord-body-clipboard.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-core.h"

G_BEGIN_DECLS

/* How the clipboard reaches the text of its owner: the memorandum edited
 * (NULL when none), the blocks between two places, and blocks inserted
 * at one, within a user action. */
typedef struct
{
  ConcordMemorandum *(*memorandum) (gpointer           owner);
  GPtrArray         *(*get)        (gpointer           owner,
                                    const GtkTextIter *from,
                                    const GtkTextIter *to);
  void               (*insert)     (gpointer           owner,
                                    GtkTextIter       *iter,
                                    GPtrArray         *blocks);
} ConcordBodyClipboardFuncs;

void                concord_body_clipboard_attach      (GtkTextView                     *view,
                                                        GObject                         *owner,
                                                        const ConcordBodyClipboardFuncs *funcs);
GdkContentProvider *concord_body_clipboard_provider    (ConcordMemorandum    *memorandum,
                                                        GPtrArray            *blocks);
void                concord_body_clipboard_read_async  (GdkClipboard         *clipboard,
                                                        ConcordMemorandum    *target,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray          *concord_body_clipboard_read_finish (GAsyncResult         *result,
                                                        char                **text,
                                                        GError              **error);

G_END_DECLS
