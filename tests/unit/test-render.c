/* test-render.c: the renderer's layout cache, and the styles' faces
 * standing in for the system's fonts.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"
#include "concord-render-private.h"

/* Every page of two layouts gives the same pixels. */
static void
assert_same_pages (ConcordDocumentLayout *a,
                   ConcordDocumentLayout *b)
{
  double width, height;

  g_assert_cmpuint (concord_document_layout_get_n_pages (a), ==, concord_document_layout_get_n_pages (b));
  concord_document_layout_get_page_size (a, &width, &height);
  for (guint page = 0; page < concord_document_layout_get_n_pages (a); page++)
    {
      cairo_surface_t *surfaces[2];

      for (guint i = 0; i < 2; i++)
        {
          cairo_t *cr;

          surfaces[i] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
          cr = cairo_create (surfaces[i]);
          concord_document_layout_draw_page (i == 0 ? a : b, cr, page);
          cairo_destroy (cr);
          cairo_surface_flush (surfaces[i]);
        }
      g_assert_cmpint (memcmp (cairo_image_surface_get_data (surfaces[0]),
                               cairo_image_surface_get_data (surfaces[1]),
                               (gsize) cairo_image_surface_get_stride (surfaces[0]) * (gsize) height), ==, 0);
      cairo_surface_destroy (surfaces[0]);
      cairo_surface_destroy (surfaces[1]);
    }
}

/* After an edit, a layout made with the cache shapes only what changed,
 * and its pages are exactly those of a layout made from scratch. */
static void
test_cache_reuses_unchanged_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("sector-led-improvement", &error);
  g_autoptr(ConcordLayoutCache) cache = concord_layout_cache_new ();
  g_autoptr(ConcordDocumentLayout) first = NULL;
  g_autoptr(ConcordDocumentLayout) cached = NULL;
  g_autoptr(ConcordDocumentLayout) fresh = NULL;
  g_autoptr(ConcordDocumentLayout) again = NULL;
  ConcordClause *clause;
  guint shaped_first;

  g_assert_no_error (error);
  first = concord_document_layout_new_with_cache (m, NULL, cache, &error);
  g_assert_no_error (error);
  shaped_first = concord_layout_cache_get_misses (cache);
  g_assert_cmpuint (shaped_first, >, 100);

  /* Nothing changed: nothing is shaped again. */
  again = concord_document_layout_new_with_cache (m, NULL, cache, &error);
  g_assert_cmpuint (concord_layout_cache_get_misses (cache), ==, 0);
  assert_same_pages (first, again);

  /* One heading changed: it is shaped, with its entry in the contents. */
  clause = concord_memorandum_find_clause (m, "role-solace", NULL, NULL);
  concord_clause_set_heading (clause, "Solace: leadership of the whole council, and much more besides");
  cached = concord_document_layout_new_with_cache (m, NULL, cache, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (concord_layout_cache_get_misses (cache), >, 0);
  g_assert_cmpuint (concord_layout_cache_get_misses (cache), <=, 6);
  fresh = concord_document_layout_new (m, NULL, &error);
  g_assert_no_error (error);
  assert_same_pages (cached, fresh);

  /* Letter paper changes every measure: nothing can be reused, and the
   * result is still right. */
  {
    ConcordRenderOptions letter = { CONCORD_PAPER_LETTER, FALSE, NULL };
    g_autoptr(ConcordDocumentLayout) letter_cached = concord_document_layout_new_with_cache (m, &letter, cache,
                                                                                             &error);
    g_autoptr(ConcordDocumentLayout) letter_fresh = concord_document_layout_new (m, &letter, &error);

    g_assert_cmpuint (concord_layout_cache_get_misses (cache), >=, shaped_first / 2);
    assert_same_pages (letter_cached, letter_fresh);
  }
}

/* Which text the styles' families (Noto Sans and Serif, then DejaVu
 * Sans and Serif, all installed by the README's command) cover: only
 * that is laid out without the system's fonts. test-fonts.py checks that
 * the PDF is the same either way. */
static void
test_narrow_fonts_cover (void)
{
  const ConcordNarrowFonts *fonts = NULL;
  const ConcordNarrowFonts *again;
  static const char *const covered[] = {
    "",
    "Plain text, digits 0123456789 and punctuation; (brackets) [1] ! ? & @ #",
    "Bydd y partïon yn cydweithio’n agos: ŵyr, ŷd, naïve, Ærø, São, “quoted”, § 4 – 5 — …",
    /* The matrix legend's arrow is DejaVu Sans's, the second family. */
    "A → whom the party answers to",
    /* Characters Pango sets with the font before them: tab, new line,
     * no-break space, zero-width space, soft hyphen, word joiner, the
     * text presentation selector. */
    "tab\there\nline\u00a0nbsp\u200bzwsp\u00adsoft\u2060joiner \u00a9\ufe0e",
    /* Emoji with a text presentation, as text. */
    "\u00a9 2026, \u2122, \u2194, 1 # *",
  };
  static const struct { const char *text; gunichar lacking; } lacking[] = {
    /* Other scripts than Latin, though DejaVu has them: a rule could give
     * their languages other families. */
    { "Ελληνικά", 0x0395 },
    { "Кириллица", 0x041a },
    { "تتعاون الأطراف", 0x062a },
    /* Emoji, for which Pango asks for the family "emoji". */
    { "\u25fe item", 0x25fe },
    { "\u261d up", 0x261d },
    { "Agreed \u00a9\ufe0f", 0xfe0f },
    { "Key 1\ufe0f\u20e3", 0xfe0f },
    { "1\u20e3", 0x20e3 },
    { "1\u200d2", 0x200d },
    /* Not UTF-8 (the loaders let none through): the system's fonts. */
    { "caf\xc3", 0 },
    { "Text then 合作", 0x5408 },
    { "नमस्ते", 0x0928 },
    /* Beyond the Basic Multilingual Plane: always the system's fonts. */
    { "A handshake 🤝", 0x1f91d },
  };

  if (g_strcmp0 (g_getenv ("CONCORD_SYSTEM_FONTS"), "1") == 0)
    {
      g_test_skip ("CONCORD_SYSTEM_FONTS=1 turns the narrow set off");
      return;
    }
  fonts = _concord_narrow_fonts_get ();
  g_assert_nonnull (fonts);
  for (guint i = 0; i < G_N_ELEMENTS (covered); i++)
    {
      gunichar got = 0;
      gboolean is_covered = _concord_narrow_fonts_cover (fonts, covered[i], &got);

      /* The first lacking character, if any, is in the message. */
      g_assert_cmphex (got, ==, 0);
      g_assert_true (is_covered);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lacking); i++)
    {
      gunichar got = 0;

      g_assert_false (_concord_narrow_fonts_cover (fonts, lacking[i].text, &got));
      g_assert_cmphex (got, ==, lacking[i].lacking);
      g_assert_false (_concord_narrow_fonts_cover (fonts, lacking[i].text, NULL));
    }
  /* Made once: the same set for every caller, while the system's
   * configuration stays. */
  again = _concord_narrow_fonts_get ();
  g_assert_true (again == fonts);
  _concord_narrow_fonts_unref (again);
  _concord_narrow_fonts_unref (fonts);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/render/cache-reuses-unchanged-text", test_cache_reuses_unchanged_text);
  g_test_add_func ("/core/render/narrow-fonts-cover", test_narrow_fonts_cover);

  return g_test_run ();
}
