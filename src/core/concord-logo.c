/* concord-logo.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-logo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <string.h>

#include "concord-error.h"
#include "concord-logo-private.h"
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
 * refused outright, as it is in a .mou file.
 *
 * The checks are here; drawing is in concord-logo-draw.c, with the
 * renderer. */

static const guchar png_magic[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

gboolean
_concord_is_png (const guchar *data,
                 gsize         len)
{
  return len >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0;
}

/* librsvg is opened when the first SVG is met, not linked: most
 * memoranda have no SVG logo, and a command that never draws one should
 * not pay for loading librsvg and its dependencies at start-up. The name
 * is the library's soname, stable across librsvg 2. */
#define RSVG_LIBRARY "librsvg-2.so.2"

const ConcordRsvg *
_concord_rsvg (GError **error)
{
  static gsize initialized;
  static ConcordRsvg rsvg;
  static char *failure;

  if (g_once_init_enter (&initialized))
    {
      GModule *module = g_module_open (RSVG_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

      if (module == NULL ||
          !g_module_symbol (module, "rsvg_handle_new_from_stream_sync", (gpointer *) &rsvg.new_from_stream_sync) ||
          !g_module_symbol (module, "rsvg_handle_get_intrinsic_size_in_pixels",
                            (gpointer *) &rsvg.get_intrinsic_size_in_pixels) ||
          !g_module_symbol (module, "rsvg_handle_get_intrinsic_dimensions",
                            (gpointer *) &rsvg.get_intrinsic_dimensions) ||
          !g_module_symbol (module, "rsvg_handle_render_document", (gpointer *) &rsvg.render_document) ||
          !g_module_symbol (module, "g_memory_input_stream_new_from_data",
                            (gpointer *) &rsvg.memory_input_stream_new))
        {
          failure = g_strdup (g_module_error ());
          rsvg.new_from_stream_sync = NULL;
        }
      else
        g_module_make_resident (module);
      g_once_init_leave (&initialized, 1);
    }

  if (rsvg.new_from_stream_sync == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("SVG images need librsvg, which cannot be loaded: %s"), failure);
      return NULL;
    }

  return &rsvg;
}

/* An SVG read from memory, with no base file. */
RsvgHandle *
_concord_svg_open (const guchar  *data,
                   gsize          len,
                   GError       **error)
{
  const ConcordRsvg *rsvg = _concord_rsvg (error);
  g_autoptr(GInputStream) stream = NULL;

  if (rsvg == NULL)
    return NULL;
  stream = rsvg->memory_input_stream_new (data, len, NULL);

  return rsvg->new_from_stream_sync (stream, NULL, RSVG_HANDLE_FLAGS_NONE, NULL, error);
}

gboolean
_concord_svg_read (const guchar  *data,
                   gsize          len,
                   GError       **error)
{
  g_autoptr(RsvgHandle) handle = _concord_svg_open (data, len, error);

  return handle != NULL;
}

static ConcordSvgReader svg_reader = _concord_svg_read;

void
_concord_logo_set_svg_reader (ConcordSvgReader reader)
{
  svg_reader = reader != NULL ? reader : _concord_svg_read;
}

static gboolean
check_svg (const guchar  *data,
           gsize          len,
           GError       **error)
{
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

  if (!svg_reader (data, len, &local))
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
  if (_concord_is_png (data, len))
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

