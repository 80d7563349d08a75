/* render-cached.c: draw a memorandum's pages the way the live preview does.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preview lays out a copy of the memorandum with a layout cache that
 * survives between edits, and draws each page with
 * concord_document_layout_draw_page.  This tool takes the same path, with
 * the cache warmed by a first layout, and draws every page into a PDF so a
 * test can read the preview's text back with pdftotext.
 *
 * Usage: render-cached IN.mou OUT.pdf
 */

#include "config.h"

#include <cairo-pdf.h>

#include "concord-core.h"

static gboolean
draw_pages (ConcordDocumentLayout *layout,
            const char            *path,
            GError               **error)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  concord_document_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  for (guint page = 0; page < concord_document_layout_get_n_pages (layout); page++)
    {
      concord_document_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) memorandum = NULL;
  g_autoptr(ConcordLayoutCache) cache = NULL;
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL };
  gboolean ok = FALSE;

  if (argc != 3)
    {
      g_printerr ("usage: %s IN.mou OUT.pdf\n", argv[0]);
      return 2;
    }

  memorandum = concord_memorandum_load_from_file (argv[1], &error);
  if (memorandum == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 65;
    }

  cache = concord_layout_cache_new ();
  concord_render_lock ();
  for (guint pass = 0; pass < 2 && error == NULL; pass++)
    {
      g_autoptr(ConcordMemorandum) copy = concord_memorandum_copy (memorandum);
      g_autoptr(ConcordDocumentLayout) layout =
        concord_document_layout_new_with_cache (copy, &options, cache, &error);

      /* The second pass draws from measurements the first one cached, as
       * the preview does after every edit. */
      if (layout != NULL && pass == 1)
        ok = draw_pages (layout, argv[2], &error);
    }
  concord_render_unlock ();

  if (!ok)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "no pages");
      return 74;
    }

  return 0;
}
