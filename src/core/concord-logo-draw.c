/* concord-logo-draw.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-logo"

#include "config.h"

#include <cairo.h>
#include <string.h>

#include "concord-logo-private.h"
#include "concord-logo.h"

/* Party logos and signature images drawn onto any Cairo surface: PNG
 * through Cairo, SVG through librsvg as concord-logo.c opens it. */

typedef struct
{
  const guchar *data;
  gsize         left;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->left)
    return CAIRO_STATUS_READ_ERROR;

  memcpy (data, reader->data, length);
  reader->data += length;
  reader->left -= length;

  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes *png)
{
  PngReader reader = { g_bytes_get_data (png, NULL), g_bytes_get_size (png) };

  return cairo_image_surface_create_from_png_stream (read_png, &reader);
}

/* Width over height of an SVG as it says, from its size or view box. */
static double
svg_aspect (RsvgHandle *handle)
{
  const ConcordRsvg *rsvg = _concord_rsvg (NULL);
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;
  double w, h;

  if (rsvg->get_intrinsic_size_in_pixels (handle, &w, &h) && w > 0 && h > 0)
    return w / h;
  rsvg->get_intrinsic_dimensions (handle, &has_width, &width, &has_height, &height,
                                        &has_viewbox, &viewbox);
  if (has_viewbox && viewbox.width > 0 && viewbox.height > 0)
    return viewbox.width / viewbox.height;

  return 1.0;
}

/* Width over height, to reserve room for the logo; 1 when unknown. */
double
_concord_logo_aspect (GBytes *logo)
{
  gsize len;
  const guchar *data = g_bytes_get_data (logo, &len);
  double aspect = 1.0;

  if (_concord_is_png (data, len))
    {
      cairo_surface_t *image = decode_png (logo);

      if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS &&
          cairo_image_surface_get_height (image) > 0)
        aspect = (double) cairo_image_surface_get_width (image) / cairo_image_surface_get_height (image);
      cairo_surface_destroy (image);
    }
  else
    {
      g_autoptr(RsvgHandle) handle = _concord_svg_open (data, len, NULL);

      if (handle != NULL)
        aspect = svg_aspect (handle);
    }

  return CLAMP (aspect, 0.05, 20.0);
}

static void
draw_png (cairo_t *cr,
          GBytes  *png,
          double   x,
          double   y,
          double   max_w,
          double   max_h)
{
  cairo_surface_t *image = decode_png (png);
  double w, h, scale;

  /* A damaged image is left out rather than spoiling the page. */
  if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS)
    {
      w = cairo_image_surface_get_width (image);
      h = cairo_image_surface_get_height (image);
      scale = w > 0 && h > 0 ? MIN (max_w / w, max_h / h) : 0;
      if (scale > 0)
        {
          cairo_save (cr);
          cairo_translate (cr, x, y);
          cairo_scale (cr, scale, scale);
          cairo_set_source_surface (cr, image, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
        }
    }
  cairo_surface_destroy (image);
}

static void
draw_svg (cairo_t *cr,
          GBytes  *svg,
          double   x,
          double   y,
          double   max_w,
          double   max_h)
{
  gsize len;
  const guchar *data = g_bytes_get_data (svg, &len);
  g_autoptr(RsvgHandle) handle = _concord_svg_open (data, len, NULL);
  const ConcordRsvg *rsvg = _concord_rsvg (NULL);
  RsvgRectangle viewport;
  double aspect;

  if (handle == NULL)
    return;

  /* Top left in the box, as a PNG is placed. */
  aspect = svg_aspect (handle);
  viewport.x = x;
  viewport.y = y;
  viewport.width = MIN (max_w, max_h * aspect);
  viewport.height = viewport.width / aspect;
  cairo_save (cr);
  cairo_rectangle (cr, x, y, max_w, max_h);
  cairo_clip (cr);
  rsvg->render_document (handle, cr, &viewport, NULL);
  cairo_restore (cr);
}

/* Draws a PNG or SVG scaled to fit the box, keeping its proportions. */
void
_concord_image_draw (cairo_t *cr,
                     GBytes  *image,
                     double   x,
                     double   y,
                     double   max_w,
                     double   max_h)
{
  gsize len;
  const guchar *data = g_bytes_get_data (image, &len);

  if (_concord_is_png (data, len))
    draw_png (cr, image, x, y, max_w, max_h);
  else
    draw_svg (cr, image, x, y, max_w, max_h);
}
