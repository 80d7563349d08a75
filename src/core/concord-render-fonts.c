/* concord-render-fonts.c: the styles' own faces, for text they cover.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#include <string.h>

#include "concord-render-private.h"

/* For each pattern it meets (a family, weight and size) Pango sorts every
 * font on the system, so that a character the first font lacks can come
 * from another: about thirty patterns in an export, a fifth of a small
 * export's work. Most memoranda are set entirely in the families the
 * styles name (Noto Sans, then DejaVu Sans for what it lacks, and the
 * same for the serif). Text whose every character one of those families
 * has is laid out with a font map that knows only their faces. Fontconfig
 * ranks fonts by the pattern's families first, so the sorted fonts start
 * with those faces in the same order with all the system's fonts, and
 * Pango takes each character from the same face either way: the pages
 * are the same. Other text gets the system's fonts. */

struct _ConcordNarrowFonts
{
  FcConfig *config;
  /* The characters of the Basic Multilingual Plane that each style's
   * named families have, a bit each. */
  guint32   covered[0x10000 / 32];
};

static gboolean
is_generic (const char *family)
{
  static const char *const generic[] = { "sans", "sans-serif", "serif", "monospace", "mono", "system-ui",
                                         "cursive", "fantasy" };

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    if (g_ascii_strcasecmp (family, generic[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Each style's list of families ("Noto Sans", "DejaVu Sans"), without the
 * generic name that ends it, once each. */
static GPtrArray *
styles_families (void)
{
  GPtrArray *lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint s = 0; s < N_STYLES; s++)
    {
      PangoFontDescription *font = pango_font_description_from_string (_concord_styles[s].font);
      g_auto(GStrv) names = g_strsplit (pango_font_description_get_family (font), ",", -1);
      g_autoptr(GStrvBuilder) named = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;
      gboolean seen = FALSE;

      pango_font_description_free (font);
      for (guint i = 0; names[i] != NULL; i++)
        {
          g_strstrip (names[i]);
          if (!is_generic (names[i]))
            g_strv_builder_add (named, names[i]);
        }
      list = g_strv_builder_end (named);
      for (guint i = 0; i < lists->len && !seen; i++)
        seen = g_strv_equal (g_ptr_array_index (lists, i), (const char *const *) list);
      if (!seen && list[0] != NULL)
        g_ptr_array_add (lists, g_steal_pointer (&list));
    }

  return lists;
}

static gboolean
face_in_families (FcPattern         *face,
                  const char *const *families)
{
  FcChar8 *name;

  for (int i = 0; FcPatternGetString (face, FC_FAMILY, i, &name) == FcResultMatch; i++)
    for (guint f = 0; families[f] != NULL; f++)
      if (FcStrCmpIgnoreCase (name, (const FcChar8 *) families[f]) == 0)
        return TRUE;

  return FALSE;
}

/* Whether the configuration's rules keep @families first, in order, for
 * text in the default language: a rule that put another family among
 * them (a language's own font, say) would rank a face outside the narrow
 * set before theirs. */
static gboolean
families_stay_first (FcConfig          *config,
                     const char *const *families)
{
  FcPattern *pattern = FcPatternCreate ();
  const char *language = pango_language_to_string (pango_language_get_default ());
  gboolean stay = TRUE;

  for (guint f = 0; families[f] != NULL; f++)
    FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) families[f]);
  FcPatternAddString (pattern, FC_LANG, (const FcChar8 *) language);
  FcConfigSubstitute (config, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  for (guint f = 0; families[f] != NULL && stay; f++)
    {
      FcChar8 *name = NULL;

      stay = FcPatternGetString (pattern, FC_FAMILY, (int) f, &name) == FcResultMatch &&
             FcStrCmpIgnoreCase (name, (const FcChar8 *) families[f]) == 0;
    }
  FcPatternDestroy (pattern);

  return stay;
}

/* ORs into @has the characters of the BMP that @charset has. */
static void
add_charset (guint32         *has,
             const FcCharSet *charset)
{
  FcChar32 map[FC_CHARSET_MAP_SIZE];
  FcChar32 next;

  for (FcChar32 base = FcCharSetFirstPage (charset, map, &next);
       base != FC_CHARSET_DONE && base < 0x10000;
       base = FcCharSetNextPage (charset, map, &next))
    for (guint i = 0; i < FC_CHARSET_MAP_SIZE; i++)
      has[base / 32 + i] |= map[i];
}

static char *
narrow_selection (GPtrArray *lists)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                               "<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                               "<fontconfig><selectfont><acceptfont>");

  for (guint i = 0; i < lists->len; i++)
    for (char **family = g_ptr_array_index (lists, i); *family != NULL; family++)
      {
        g_autofree char *escaped = g_markup_escape_text (*family, -1);

        g_string_append_printf (xml, "<pattern><patelt name=\"family\"><string>%s</string></patelt></pattern>",
                                escaped);
      }
  /* An empty pattern matches every font: all but the accepted ones. */
  g_string_append (xml, "</acceptfont><rejectfont><pattern/></rejectfont></selectfont></fontconfig>\n");

  return g_string_free (xml, FALSE);
}

/* The characters each list of families has (in any of their faces), or
 * FALSE if a list has no face at all. */
static gboolean
find_covered (FcFontSet *set,
              GPtrArray *lists,
              guint32   *covered)
{
  g_autofree guint32 *has = g_new (guint32, 0x10000 / 32);

  memset (covered, 0xff, sizeof (guint32) * 0x10000 / 32);
  for (guint i = 0; i < lists->len; i++)
    {
      const char *const *families = g_ptr_array_index (lists, i);
      guint n_faces = 0;

      memset (has, 0, sizeof (guint32) * 0x10000 / 32);
      for (int f = 0; f < set->nfont; f++)
        {
          FcCharSet *charset;

          if (!face_in_families (set->fonts[f], families) ||
              FcPatternGetCharSet (set->fonts[f], FC_CHARSET, 0, &charset) != FcResultMatch)
            continue;
          add_charset (has, charset);
          n_faces++;
        }
      if (n_faces == 0)
        return FALSE;
      for (guint c = 0; c < 0x10000 / 32; c++)
        covered[c] &= has[c];
    }

  return TRUE;
}

static ConcordNarrowFonts *
narrow_fonts_new (void)
{
  g_autoptr(GPtrArray) lists = styles_families ();
  g_autofree char *selection = narrow_selection (lists);
  g_autofree ConcordNarrowFonts *fonts = g_new0 (ConcordNarrowFonts, 1);
  FcConfig *config = FcConfigCreate ();
  FcFontSet *set;

  /* The user's and the system's configuration (its folders, caches and
   * rules), then the selection, which Fontconfig applies as it reads the
   * caches: no font file is opened. */
  if (!FcConfigParseAndLoad (config, NULL, FcTrue) ||
      !FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) selection, FcTrue) ||
      !FcConfigBuildFonts (config))
    goto unusable;
  set = FcConfigGetFonts (config, FcSetSystem);
  if (set == NULL || !find_covered (set, lists, fonts->covered))
    goto unusable;
  for (guint i = 0; i < lists->len; i++)
    if (!families_stay_first (config, g_ptr_array_index (lists, i)))
      goto unusable;
  g_debug ("%d faces stand in for the system's fonts", set->nfont);
  fonts->config = config;

  return g_steal_pointer (&fonts);

unusable:
  g_debug ("the styles' faces cannot stand in for the system's fonts");
  FcConfigDestroy (config);

  return NULL;
}

const ConcordNarrowFonts *
_concord_narrow_fonts_get (void)
{
  static gsize once = 0;
  static ConcordNarrowFonts *fonts;

  if (g_once_init_enter (&once))
    {
      /* CONCORD_SYSTEM_FONTS=1 lays everything out with the system's fonts,
       * to compare. */
      if (g_strcmp0 (g_getenv ("CONCORD_SYSTEM_FONTS"), "1") != 0)
        fonts = narrow_fonts_new ();
      g_once_init_leave (&once, 1);
    }

  return fonts;
}

PangoFontMap *
_concord_narrow_fonts_new_font_map (const ConcordNarrowFonts *fonts)
{
  PangoFontMap *map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);

  if (map == NULL)
    return NULL;
  pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), fonts->config);

  return map;
}

/* The characters Pango lays out with the font before them rather than
 * looking one up (as its itemizer does): controls, most format
 * characters, separators and variation selectors. */
static gboolean
takes_no_font (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    case G_UNICODE_FORMAT:
      /* Arabic's format characters are shaped with its font. */
      return !((c >= 0x600 && c <= 0x6ff) || c == 0x70f || c == 0x8e2);
    case G_UNICODE_SPACE_SEPARATOR:
      return c != 0x1680;
    default:
      return (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef);
    }
}

gboolean
_concord_narrow_fonts_cover (const ConcordNarrowFonts *fonts,
                             const char               *text,
                             gunichar                 *lacking)
{
  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      gunichar c;

      if (*p < 0x80)
        c = *p++;
      else
        {
          c = g_utf8_get_char ((const char *) p);
          p = (const guchar *) g_utf8_next_char ((const char *) p);
        }
      if (c < 0x10000 && (fonts->covered[c / 32] >> (c % 32) & 1) != 0)
        continue;
      if (c >= 0x110000 || !takes_no_font (c))
        {
          if (lacking != NULL)
            *lacking = c;
          return FALSE;
        }
    }

  return TRUE;
}
