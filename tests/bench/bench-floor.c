/* bench-floor.c: the floor for export, a bare loop that only lays out and
 * paints paragraphs with Pango and Cairo into a PDF.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Usage: bench-floor TEXT OUT.pdf
 *
 * TEXT holds one paragraph per line (what `concord-cli text` prints).  Each
 * is laid out in the body font at the body width of an A4 page with
 * Concord's margins, justified, and painted; a page is started when the next
 * paragraph does not fit.  No numbering, no furniture, no hyphenation, no
 * XML: whatever Concord's export spends beyond this is its own overhead.
 * The ratios in bench-floor.py compare against this program's wall time,
 * its start-up (dynamic linker, fontconfig) included, as Concord's is. */

#include <pango/pangocairo.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>

#define MM(x) ((x) * 72.0 / 25.4)

int
main (int   argc,
      char *argv[])
{
  const double page_width = MM (210), page_height = MM (297);
  const double left = MM (25), right = MM (25), top = MM (25), bottom = MM (22);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoLayout *layout;
  PangoFontDescription *font;
  double y = top;
  guint pages = 1, paragraphs = 0;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s TEXT OUT.pdf\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &text, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  surface = cairo_pdf_surface_create (argv[2], page_width, page_height);
  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Noto Serif, DejaVu Serif, serif 10.5");
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (page_width - left - right));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_justify (layout, TRUE);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      int height;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      pango_layout_set_text (layout, lines[i], -1);
      pango_layout_get_size (layout, NULL, &height);
      if (y + pango_units_to_double (height) > page_height - bottom && y > top)
        {
          cairo_show_page (cr);
          pages++;
          y = top;
        }
      cairo_move_to (cr, left, y);
      pango_cairo_show_layout (cr, layout);
      y += pango_units_to_double (height) + 4.5;
      paragraphs++;
    }

  g_object_unref (layout);
  pango_font_description_free (font);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "%s: %s\n", argv[2], cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return 1;
    }
  cairo_surface_destroy (surface);
  printf ("%u paragraphs, %u pages\n", paragraphs, pages);

  return 0;
}
