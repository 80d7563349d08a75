/* concord-logo.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-logo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "concord-error.h"
#include "concord-logo.h"
#include "concord-xml.h"

/* Party logos (PNG or SVG) and signature images (PNG), checked when a file
 * is loaded and drawn onto any Cairo surface.
 *
 * An SVG is untrusted input: it is read from memory with no base file, so
 * librsvg refuses every external reference (images, style sheets, fonts by
 * URL) and only data: URLs inside the logo itself load; it is read without
 * RSVG_HANDLE_FLAG_UNLIMITED, so librsvg's own limits on size and element
 * count hold; and a document type declaration, where entities live, is
 * refused outright, as it is in a .mou file. */

/* librsvg 2.54 declares no cleanup function for its handle. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)

static const guchar png_magic[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

static gboolean
is_png (const guchar *data,
        gsize         len)
{
  return len >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0;
}

static RsvgHandle *
load_svg (const guchar  *data,
          gsize          len,
          GError       **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, len, NULL);

  return rsvg_handle_new_from_stream_sync (stream, NULL, RSVG_HANDLE_FLAGS_NONE, NULL, error);
}

static gboolean
check_svg (const guchar  *data,
           gsize          len,
           GError       **error)
{
  g_autoptr(RsvgHandle) handle = NULL;
  g_autoptr(GError) local = NULL;

  if (!g_utf8_validate ((const char *) data, len, NULL))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   _("the logo is neither a PNG image nor an SVG image in UTF-8"));
      return FALSE;
    }
  if (g_strstr_len ((const char *) data, len, "<!DOCTYPE") != NULL ||
      g_strstr_len ((const char *) data, len, "<!ENTITY") != NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   _("the SVG logo has a document type declaration, which is not allowed"));
      return FALSE;
    }

  handle = load_svg (data, len, &local);
  if (handle == NULL)
    {
      g_strchomp (local->message);
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   _("the SVG logo cannot be read: %s"), local->message);
      return FALSE;
    }

  return TRUE;
}

/* A logo must be a PNG, or an SVG that librsvg reads, of at most
 * CONCORD_MAX_IMAGE_SIZE bytes. */
gboolean
concord_logo_check (const guchar       *data,
                    gsize               len,
                    ConcordLogoFormat  *format,
                    GError            **error)
{
  if (len > CONCORD_MAX_IMAGE_SIZE)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT,
                   _("the logo is larger than the limit of %d KiB"), CONCORD_MAX_IMAGE_SIZE / 1024);
      return FALSE;
    }
  if (is_png (data, len))
    {
      if (format != NULL)
        *format = CONCORD_LOGO_PNG;
      return TRUE;
    }
  if (!check_svg (data, len, error))
    return FALSE;
  if (format != NULL)
    *format = CONCORD_LOGO_SVG;

  return TRUE;
}

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
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;
  double w, h;

  if (rsvg_handle_get_intrinsic_size_in_pixels (handle, &w, &h) && w > 0 && h > 0)
    return w / h;
  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &width, &has_height, &height,
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

  if (is_png (data, len))
    {
      cairo_surface_t *image = decode_png (logo);

      if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS &&
          cairo_image_surface_get_height (image) > 0)
        aspect = (double) cairo_image_surface_get_width (image) / cairo_image_surface_get_height (image);
      cairo_surface_destroy (image);
    }
  else
    {
      g_autoptr(RsvgHandle) handle = load_svg (data, len, NULL);

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
  g_autoptr(RsvgHandle) handle = load_svg (data, len, NULL);
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
  rsvg_handle_render_document (handle, cr, &viewport, NULL);
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

  if (is_png (data, len))
    draw_png (cr, image, x, y, max_w, max_h);
  else
    draw_svg (cr, image, x, y, max_w, max_h);
}
