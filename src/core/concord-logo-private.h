/* concord-logo-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <librsvg/rsvg.h>

G_BEGIN_DECLS

/* librsvg 2.54 declares no cleanup function for its handle. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)

/* The librsvg functions Concord calls, opened at the first SVG. */
typedef struct
{
  __typeof__ (rsvg_handle_new_from_stream_sync)        *new_from_stream_sync;
  __typeof__ (rsvg_handle_get_intrinsic_size_in_pixels) *get_intrinsic_size_in_pixels;
  __typeof__ (rsvg_handle_get_intrinsic_dimensions)    *get_intrinsic_dimensions;
  __typeof__ (rsvg_handle_render_document)             *render_document;
} ConcordRsvg;

const ConcordRsvg *_concord_rsvg     (GError       **error);
RsvgHandle        *_concord_svg_open (const guchar  *data,
                                      gsize          len,
                                      GError       **error);
gboolean           _concord_is_png   (const guchar  *data,
                                      gsize          len);

G_END_DECLS
