/* concord-fragment.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

/* Copied text with its references, as Concord puts it on the clipboard. */
#define CONCORD_FRAGMENT_MIME_TYPE "application/x-concord-blocks"

GBytes    *concord_fragment_serialize (ConcordMemorandum  *source,
                                       GPtrArray          *blocks);
GPtrArray *concord_fragment_parse     (ConcordMemorandum  *target,
                                       const char         *data,
                                       gsize               length,
                                       GError            **error);

ConcordMemorandum *concord_fragment_extract (ConcordMemorandum  *source,
                                            GObject            *item,
                                            const char         *title);
gboolean           concord_fragment_check_shape (ConcordMemorandum  *fragment,
                                                gboolean            whole_section,
                                                GError            **error);
GObject           *concord_fragment_adopt   (ConcordMemorandum  *fragment,
                                            gboolean            whole_section,
                                            ConcordMemorandum  *target,
                                            GError            **error);

G_END_DECLS
