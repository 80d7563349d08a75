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
 * are the same. Other text gets the system's fonts.
 *
 * That holds while the narrow set has exactly the faces of those families
 * that the system's configuration gives, the configuration's rules leave
 * the families first, and the text is not one Pango sets in another
 * family: an emoji (it asks for "emoji" then), or a script whose own
 * language a rule could give another family (only Latin and the
 * characters common to scripts count as covered). Each is checked. */

struct _ConcordNarrowFonts
{
  FcConfig *config;
  /* The system's configuration the set was checked against: when it is
   * replaced (fonts installed while the application runs), so is the
   * set. */
  FcConfig *system;
  /* The characters of the Basic Multilingual Plane that each style's
   * named families have, a bit each. */
  guint32   covered[0x10000 / 32];
};

/* Characters of the BMP with which Pango starts an emoji run (Unicode's
 * Emoji_Presentation and Emoji_Modifier_Base), and those that make an
 * emoji of the character before them. */
static const gunichar emoji[][2] = {
  { 0x231a, 0x231b }, { 0x23e9, 0x23ec }, { 0x23f0, 0x23f0 }, { 0x23f3, 0x23f3 },
  { 0x25fd, 0x25fe }, { 0x2614, 0x2615 }, { 0x261d, 0x261d }, { 0x2648, 0x2653 },
  { 0x267f, 0x267f }, { 0x2693, 0x2693 }, { 0x26a1, 0x26a1 }, { 0x26aa, 0x26ab },
  { 0x26bd, 0x26be }, { 0x26c4, 0x26c5 }, { 0x26ce, 0x26ce }, { 0x26d4, 0x26d4 },
  { 0x26ea, 0x26ea }, { 0x26f2, 0x26f3 }, { 0x26f5, 0x26f5 }, { 0x26f9, 0x26f9 },
  { 0x26fa, 0x26fa }, { 0x26fd, 0x26fd }, { 0x2705, 0x2705 }, { 0x270a, 0x270d },
  { 0x2728, 0x2728 }, { 0x274c, 0x274c }, { 0x274e, 0x274e }, { 0x2753, 0x2755 },
  { 0x2757, 0x2757 }, { 0x2795, 0x2797 }, { 0x27b0, 0x27b0 }, { 0x27bf, 0x27bf },
  { 0x2b1b, 0x2b1c }, { 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 },
};
/* Zero-width joiner, enclosing circle backslash and keycap, emoji
 * presentation selector. */
static const gunichar emoji_makers[] = { 0x200d, 0x20e0, 0x20e3, 0xfe0f };

static gboolean
is_generic (const char *family)
{
  static const char *const generic[] = { "sans", "sans-serif", "serif", "monospace", "mono",
                                         "system-ui", "cursive", "fantasy", "emoji" };

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    if (g_ascii_strcasecmp (family, generic[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Each style's list of families ("Noto Sans", "DejaVu Sans", "sans"), once
 * each; NULL if a style's list does not start with a named family, or
 * names one after a generic name, which the narrow set cannot stand in
 * for. */
static GPtrArray *
styles_families (void)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint s = 0; s < N_STYLES; s++)
    {
      PangoFontDescription *font = pango_font_description_from_string (_concord_styles[s].font);
      g_auto(GStrv) list = g_strsplit (pango_font_description_get_family (font), ",", -1);
      gboolean seen = FALSE;

      pango_font_description_free (font);
      for (guint i = 0; list[i] != NULL; i++)
        {
          g_strstrip (list[i]);
          if (is_generic (list[i]) ? i == 0 : i > 0 && is_generic (list[i - 1]))
            return NULL;
        }
      for (guint i = 0; i < lists->len && !seen; i++)
        seen = g_strv_equal (g_ptr_array_index (lists, i), (const char *const *) list);
      if (!seen)
        g_ptr_array_add (lists, g_steal_pointer (&list));
    }

  return g_steal_pointer (&lists);
}

static gboolean
face_in_families (FcPattern         *face,
                  const char *const *families)
{
  FcChar8 *name;

  for (int i = 0; FcPatternGetString (face, FC_FAMILY, i, &name) == FcResultMatch; i++)
    for (guint f = 0; families[f] != NULL; f++)
      if (!is_generic (families[f]) &&
          FcStrCmpIgnoreCase (name, (const FcChar8 *) families[f]) == 0)
        return TRUE;

  return FALSE;
}

/* Pango lays text out only in TrueType and CFF faces. */
static gboolean
pango_takes (FcPattern *face)
{
  FcChar8 *format;

  return FcPatternGetString (face, FC_FONTFORMAT, 0, &format) == FcResultMatch &&
         (FcStrCmpIgnoreCase (format, (const FcChar8 *) "TrueType") == 0 ||
          FcStrCmpIgnoreCase (format, (const FcChar8 *) "CFF") == 0);
}

/* The files (and faces in them) of @sets that Pango would take from the
 * styles' families, one string each. */
static GHashTable *
families_faces (FcFontSet **sets,
                guint       n_sets,
                GPtrArray  *lists)
{
  GHashTable *faces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint s = 0; s < n_sets; s++)
    for (int f = 0; sets[s] != NULL && f < sets[s]->nfont; f++)
      {
        FcPattern *face = sets[s]->fonts[f];
        FcChar8 *file = (FcChar8 *) "";
        int index = 0;
        gboolean named = FALSE;

        for (guint i = 0; i < lists->len && !named; i++)
          named = face_in_families (face, g_ptr_array_index (lists, i));
        if (!named || !pango_takes (face))
          continue;
        FcPatternGetString (face, FC_FILE, 0, &file);
        FcPatternGetInteger (face, FC_INDEX, 0, &index);
        g_hash_table_add (faces, g_strdup_printf ("%d:%s", index, (const char *) file));
      }

  return faces;
}

/* Whether the narrow set has the very faces of the styles' families that
 * the system's configuration gives Pango: that configuration may reject
 * some of them, or add application fonts. */
static gboolean
same_faces (FcConfig  *narrow,
            FcConfig  *system,
            GPtrArray *lists)
{
  FcFontSet *narrow_sets[] = { FcConfigGetFonts (narrow, FcSetSystem),
                               FcConfigGetFonts (narrow, FcSetApplication) };
  FcFontSet *system_sets[] = { FcConfigGetFonts (system, FcSetSystem),
                               FcConfigGetFonts (system, FcSetApplication) };
  g_autoptr(GHashTable) ours = families_faces (narrow_sets, G_N_ELEMENTS (narrow_sets), lists);
  g_autoptr(GHashTable) theirs = families_faces (system_sets, G_N_ELEMENTS (system_sets), lists);
  GHashTableIter iter;
  gpointer face;

  if (g_hash_table_size (ours) != g_hash_table_size (theirs) || g_hash_table_size (ours) == 0)
    return FALSE;
  g_hash_table_iter_init (&iter, ours);
  while (g_hash_table_iter_next (&iter, &face, NULL))
    if (!g_hash_table_contains (theirs, face))
      return FALSE;

  return TRUE;
}

/* Whether the configuration's rules keep the named families of @families
 * first, in order, for a pattern as Pango makes it (the program's name,
 * @language): a rule that put another family among them would rank a face
 * outside the narrow set before theirs. */
static gboolean
families_stay_first (FcConfig          *config,
                     const char *const *families,
                     PangoLanguage     *language)
{
  FcPattern *pattern = FcPatternCreate ();
  gboolean stay = TRUE;

  for (guint f = 0; families[f] != NULL; f++)
    FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) families[f]);
  FcPatternAddString (pattern, FC_LANG, (const FcChar8 *) pango_language_to_string (language));
  if (g_get_prgname () != NULL)
    FcPatternAddString (pattern, FC_PRGNAME, (const FcChar8 *) g_get_prgname ());
  FcConfigSubstitute (config, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  for (guint f = 0; families[f] != NULL && !is_generic (families[f]) && stay; f++)
    {
      FcChar8 *name = NULL;

      stay = FcPatternGetString (pattern, FC_FAMILY, (int) f, &name) == FcResultMatch &&
             FcStrCmpIgnoreCase (name, (const FcChar8 *) families[f]) == 0;
    }
  FcPatternDestroy (pattern);

  return stay;
}

/* The languages Pango gives covered text: the context's (the default),
 * or its sample language for Latin when the default is not written in
 * Latin. */
static gboolean
rules_keep_families (FcConfig  *config,
                     GPtrArray *lists)
{
  PangoLanguage *languages[] = { pango_language_get_default (),
                                 pango_script_get_sample_language (PANGO_SCRIPT_LATIN) };
  guint n_languages = pango_language_includes_script (languages[0], PANGO_SCRIPT_LATIN) ? 1 : 2;

  for (guint i = 0; i < lists->len; i++)
    for (guint l = 0; l < n_languages; l++)
      if (!families_stay_first (config, g_ptr_array_index (lists, i), languages[l]))
        return FALSE;

  return TRUE;
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

/* The characters each list of families has (in any of their faces), less
 * those of other scripts than Latin and emoji; FALSE if a list has no
 * face at all. */
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

          if (!face_in_families (set->fonts[f], families) || !pango_takes (set->fonts[f]) ||
              FcPatternGetCharSet (set->fonts[f], FC_CHARSET, 0, &charset) != FcResultMatch)
            continue;
          add_charset (has, charset);
          n_faces++;
        }
      if (n_faces == 0)
        return FALSE;
      for (guint w = 0; w < 0x10000 / 32; w++)
        covered[w] &= has[w];
    }

  for (guint w = 0; w < 0x10000 / 32; w++)
    for (guint b = 0; covered[w] != 0 && b < 32; b++)
      if ((covered[w] >> b & 1) != 0)
        {
          GUnicodeScript script = g_unichar_get_script (w * 32 + b);

          if (script != G_UNICODE_SCRIPT_LATIN && script != G_UNICODE_SCRIPT_COMMON &&
              script != G_UNICODE_SCRIPT_INHERITED)
            covered[w] &= ~(1u << b);
        }
  for (guint e = 0; e < G_N_ELEMENTS (emoji); e++)
    for (gunichar c = emoji[e][0]; c <= emoji[e][1]; c++)
      covered[c / 32] &= ~(1u << (c % 32));
  for (guint e = 0; e < G_N_ELEMENTS (emoji_makers); e++)
    covered[emoji_makers[e] / 32] &= ~(1u << (emoji_makers[e] % 32));

  return TRUE;
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
        g_autofree char *escaped = NULL;

        if (is_generic (*family))
          continue;
        escaped = g_markup_escape_text (*family, -1);
        g_string_append_printf (xml, "<pattern><patelt name=\"family\"><string>%s</string>"
                                "</patelt></pattern>", escaped);
      }
  /* An empty pattern matches every font: all but the accepted ones. */
  g_string_append (xml, "</acceptfont><rejectfont><pattern/></rejectfont></selectfont>"
                        "</fontconfig>\n");

  return g_string_free (xml, FALSE);
}

/* Loads the system's configuration, as Pango would on its first font map
 * (at once if something already has). */
static gpointer
load_system_thread (gpointer data)
{
  return FcConfigReference (NULL);
}

static void
narrow_fonts_free (gpointer data)
{
  ConcordNarrowFonts *fonts = data;

  g_clear_pointer (&fonts->config, FcConfigDestroy);
  g_clear_pointer (&fonts->system, FcConfigDestroy);
}

static ConcordNarrowFonts *
narrow_fonts_new (void)
{
  g_autoptr(GPtrArray) lists = styles_families ();
  g_autofree char *selection = lists != NULL ? narrow_selection (lists) : NULL;
  GThread *system_loader;
  FcConfig *config = FcConfigCreate ();
  FcConfig *system = NULL;
  FcFontSet *set;
  gboolean usable;
  ConcordNarrowFonts *fonts;

  /* This thread reads the user's and the system's configuration (its
   * folders, caches and rules) once more, then the selection, which
   * Fontconfig applies as it reads the caches, while the system's is read
   * on another. */
  system_loader = g_thread_try_new ("concord-fontconfig", load_system_thread, NULL, NULL);
  usable = lists != NULL && FcConfigParseAndLoad (config, NULL, FcTrue) &&
           FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) selection, FcTrue) &&
           FcConfigBuildFonts (config);
  system = system_loader != NULL ? g_thread_join (system_loader) : FcConfigReference (NULL);
  fonts = g_atomic_rc_box_new0 (ConcordNarrowFonts);
  fonts->config = config;
  fonts->system = system;
  set = usable ? FcConfigGetFonts (config, FcSetSystem) : NULL;
  if (set == NULL || system == NULL || !same_faces (config, system, lists) ||
      !rules_keep_families (config, lists) || !find_covered (set, lists, fonts->covered))
    {
      g_debug ("the styles' faces cannot stand in for the system's fonts");
      g_atomic_rc_box_release_full (fonts, narrow_fonts_free);
      return NULL;
    }
  g_debug ("%d faces stand in for the system's fonts", set->nfont);

  return fonts;
}

const ConcordNarrowFonts *
_concord_narrow_fonts_get (void)
{
  static GMutex lock;
  static ConcordNarrowFonts *current;
  static FcConfig *checked;
  const ConcordNarrowFonts *fonts;

  /* CONCORD_SYSTEM_FONTS=1 lays everything out with the system's fonts,
   * to compare. */
  if (g_strcmp0 (g_getenv ("CONCORD_SYSTEM_FONTS"), "1") == 0)
    return NULL;

  g_mutex_lock (&lock);
  /* Made once, and again after the system's configuration changes. */
  if (checked == NULL || checked != FcConfigGetCurrent ())
    {
      g_clear_pointer (&current, _concord_narrow_fonts_unref);
      current = narrow_fonts_new ();
      checked = current != NULL ? current->system : FcConfigGetCurrent ();
    }
  fonts = current != NULL ? g_atomic_rc_box_acquire (current) : NULL;
  g_mutex_unlock (&lock);

  return fonts;
}

void
_concord_narrow_fonts_unref (const ConcordNarrowFonts *fonts)
{
  if (fonts != NULL)
    g_atomic_rc_box_release_full ((gpointer) fonts, narrow_fonts_free);
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

/* The characters Pango 1.50's itemizer sets with the font before them
 * rather than looking one up (consider_as_space in pango/itemize.c; to
 * be checked again when Pango is upgraded): controls, most format
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

static gboolean
makes_emoji (gunichar c)
{
  for (guint e = 0; e < G_N_ELEMENTS (emoji_makers); e++)
    if (c == emoji_makers[e])
      return TRUE;

  return FALSE;
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
          c = g_utf8_get_char_validated ((const char *) p, -1);
          /* Text that is not UTF-8 is for the system's fonts to deal with. */
          if (c == (gunichar) -1 || c == (gunichar) -2)
            return FALSE;
          p = (const guchar *) g_utf8_next_char ((const char *) p);
        }
      if (c < 0x10000 && (fonts->covered[c / 32] >> (c % 32) & 1) != 0)
        continue;
      if (c >= 0x110000 || makes_emoji (c) || !takes_no_font (c))
        {
          if (lacking != NULL)
            *lacking = c;
          return FALSE;
        }
    }

  return TRUE;
}
