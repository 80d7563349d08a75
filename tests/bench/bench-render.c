/* bench-render.c: what the renderer costs, phase by phase.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays the memorandum out once (what the preview pays on open), draws
 * single pages to an image surface (what the preview pays per page), and
 * draws every page into a PDF surface. Run by bench-pdf.py.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <stdlib.h>

#include "concord-core.h"
#include "bench-util.h"

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(ConcordDocumentLayout) layout = NULL;
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL };
  double width, height, samples[25];
  guint n_pages, n_samples = G_N_ELEMENTS (samples);
  gint64 t0, t1;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (argc != 2)
    {
      g_printerr ("usage: bench-render FILE\n");
      return 2;
    }

  m = concord_memorandum_load_from_file (argv[1], &error);
  if (m == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  t0 = g_get_monotonic_time ();
  layout = concord_document_layout_new (m, &options, &error);
  t1 = g_get_monotonic_time ();
  n_pages = concord_document_layout_get_n_pages (layout);
  concord_document_layout_get_page_size (layout, &width, &height);
  g_print ("lay out once:          %8.1f ms (%u pages)\n", (t1 - t0) / 1000.0, n_pages);

  /* One page at preview size (about 100 dpi), pages spread through the
   * document. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * 1.4), (int) (height * 1.4));
  cr = cairo_create (surface);
  cairo_scale (cr, 1.4, 1.4);
  for (guint i = 0; i < n_samples; i++)
    {
      guint page = (guint) ((guint64) i * n_pages / n_samples);

      t0 = g_get_monotonic_time ();
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      concord_document_layout_draw_page (layout, cr, page);
      cairo_surface_flush (surface);
      samples[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  qsort (samples, n_samples, sizeof (double), bench_compare_doubles);
  g_print ("draw one page (image): %8.1f ms median, %.1f ms worst of %u\n",
           samples[n_samples / 2], samples[n_samples - 1], n_samples);

  surface = cairo_pdf_surface_create_for_stream (discard, NULL, width, height);
  cr = cairo_create (surface);
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n_pages; i++)
    {
      concord_document_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  t1 = g_get_monotonic_time ();
  g_print ("draw all pages (PDF):  %8.1f ms\n", (t1 - t0) / 1000.0);

  return 0;
}
