/* concord-logo.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "concord-types.h"

G_BEGIN_DECLS

typedef enum
{
  CONCORD_LOGO_PNG,
  CONCORD_LOGO_SVG,
} ConcordLogoFormat;

gboolean concord_logo_check  (const guchar      *data,
                              gsize              len,
                              ConcordLogoFormat *format,
                              GError           **error);
double   _concord_logo_aspect (GBytes           *logo);
void     _concord_image_draw  (cairo_t          *cr,
                               GBytes           *image,
                               double            x,
                               double            y,
                               double            max_w,
                               double            max_h);

G_END_DECLS
