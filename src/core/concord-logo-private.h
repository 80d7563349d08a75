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
  /* GIO's, from librsvg's own dependencies: the model calls no GIO
   * function beyond its lists (see src/cli/meson.build). */
  __typeof__ (g_memory_input_stream_new_from_data)     *memory_input_stream_new;
} ConcordRsvg;

/* Reads an SVG logo as a check, setting librsvg's message in @error when
 * it cannot. */
typedef gboolean (*ConcordSvgReader) (const guchar  *data,
                                      gsize          len,
                                      GError       **error);

const ConcordRsvg *_concord_rsvg     (GError       **error);
RsvgHandle        *_concord_svg_open (const guchar  *data,
                                      gsize          len,
                                      GError       **error);
gboolean           _concord_is_png   (const guchar  *data,
                                      gsize          len);
/* Reads an SVG logo with librsvg, in this process (a ConcordSvgReader). */
gboolean           _concord_svg_read (const guchar  *data,
                                      gsize          len,
                                      GError       **error);
/* Checks SVG logos with @reader rather than librsvg in this process: for a
 * program that must not load librsvg (concord-cli's statically linked
 * executable, src/cli/concord-cli.c). Set before any logo is read. */
void               _concord_logo_set_svg_reader (ConcordSvgReader reader);

G_END_DECLS
