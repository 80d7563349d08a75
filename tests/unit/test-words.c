/* test-words.c: the words a memorandum prints in its own language.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"
#include "concord-render-private.h"

/* The printf conversions of @format, in order ("%s%u"), so that a
 * translation that drops, adds or swaps one is caught. */
static char *
conversions (const char *format)
{
  GString *out = g_string_new (NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p != '%')
        continue;
      g_string_append_c (out, '%');
      p++;
      while (*p != '\0' && strchr ("0123456789.-+ #lhz", *p) != NULL)
        g_string_append_c (out, *p++);
      if (*p == '\0')
        break;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
test_table_complete (void)
{
  guint n = 0;
  const ConcordWord *words = concord_words_table (&n);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >, 60);
  for (guint i = 0; i < n; i++)
    {
      const char *columns[] = { words[i].cy, words[i].fr, words[i].es };
      g_autofree char *want = conversions (words[i].en);

      g_assert_nonnull (words[i].en);
      g_assert_false (g_hash_table_contains (seen, words[i].en));
      g_hash_table_add (seen, (gpointer) words[i].en);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          g_autofree char *got = NULL;

          g_assert_nonnull (columns[c]);
          g_assert_cmpuint (strlen (columns[c]), >, 0);
          g_assert_true (g_utf8_validate (columns[c], -1, NULL));
          got = conversions (columns[c]);
          if (g_strcmp0 (got, want) != 0)
            g_error ("“%s” translates to “%s”, with conversions %s instead of %s",
                     words[i].en, columns[c], got, want);
        }
    }
}

static void
test_lookup (void)
{
  static const struct { const char *language, *contents, *page; } cases[] = {
    { "cy", "Cynnwys", "Tudalen %u o %u" },
    { "cy-GB", "Cynnwys", "Tudalen %u o %u" },
    { "CY_gb", "Cynnwys", "Tudalen %u o %u" },
    { "fr", "Sommaire", "Page %u sur %u" },
    { "fr-CA", "Sommaire", "Page %u sur %u" },
    { "es-ES", "Índice", "Página %u de %u" },
    { "en-GB", "Contents", "Page %u of %u" },
    /* Anything else prints English: another language, a three-letter
     * tag that starts like a known one, an empty or missing tag. */
    { "de", "Contents", "Page %u of %u" },
    { "cym", "Contents", "Page %u of %u" },
    { "frr", "Contents", "Page %u of %u" },
    { "", "Contents", "Page %u of %u" },
    { NULL, "Contents", "Page %u of %u" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (concord_words_get (cases[i].language, "Contents"), ==, cases[i].contents);
      g_assert_cmpstr (concord_words_get (cases[i].language, "Page %u of %u"), ==, cases[i].page);
    }
  g_assert_true (concord_words_supported ("cy"));
  g_assert_true (concord_words_supported ("en-US"));
  g_assert_false (concord_words_supported ("de"));
  g_assert_false (concord_words_supported (NULL));
}

/* Every word of the table is found by its English, in every language,
 * and no two share their English. */
static void
test_every_word_found (void)
{
  guint n;
  const ConcordWord *words = concord_words_table (&n);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >, 100);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_hash_table_add (seen, (gpointer) words[i].en));
      g_assert_cmpstr (concord_words_get ("en-GB", words[i].en), ==, words[i].en);
      g_assert_cmpstr (concord_words_get ("cy", words[i].en), ==, words[i].cy);
      g_assert_cmpstr (concord_words_get ("fr", words[i].en), ==, words[i].fr);
      g_assert_cmpstr (concord_words_get ("es-ES", words[i].en), ==, words[i].es);
    }
}

/* A word missing from the table is a programmer's mistake: it warns and
 * prints the English it was given. */
static void
test_missing_word (void)
{
  const char *got;

  g_test_expect_message ("concord-words", G_LOG_LEVEL_CRITICAL, "*word != NULL*");
  got = concord_words_get ("cy", "Not a word in the table");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (got, ==, "Not a word in the table");
}

static void
test_dates (void)
{
  static const struct { const char *language, *date, *want; } cases[] = {
    { "en-GB", "2016-11", "November 2016" },
    { "cy", "2016-11", "Tachwedd 2016" },
    { "cy", "2024-02", "Chwefror 2024" },
    { "fr", "2016-08", "août 2016" },
    { "es", "2016-11", "noviembre de 2016" },
    { "cy", "2016-11-30", "2016-11-30" },
    { "fr", "2016-13", "2016-13" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = concord_date_render (cases[i].date, cases[i].language);

      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

/* Soft hyphens the text gets in @language; the text itself unchanged. */
static guint
soft_hyphens (const char *text,
              const char *language)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) pieces = NULL;
  g_autofree char *joined = NULL;

  _concord_hyphenate_append (out, text, language);
  pieces = g_strsplit (out->str, "\xc2\xad", -1);
  joined = g_strjoinv ("", pieces);
  g_assert_cmpstr (joined, ==, text);

  return g_strv_length (pieces) - 1;
}

/* The memorandum's language chooses the patterns: Debian's for English,
 * French and Spanish (by its country), the embedded Welsh ones; none for
 * a language without a dictionary. */
static void
test_hyphenation_follows_language (void)
{
  g_assert_cmpuint (soft_hyphens ("responsibilities accountability", "en-GB"), >, 2);
  g_assert_cmpuint (soft_hyphens ("responsabilités gouvernementales", "fr"), >, 2);
  g_assert_cmpuint (soft_hyphens ("responsabilités gouvernementales", "fr-BE"), >, 2);
  g_assert_cmpuint (soft_hyphens ("responsabilidades gubernamentales", "es"), >, 2);
  g_assert_cmpuint (soft_hyphens ("cyfrifoldebau llywodraethu cydweithredu", "cy"), >, 2);
  g_assert_cmpuint (soft_hyphens ("cyfrifoldebau llywodraethu cydweithredu", "cy-GB"), >, 2);
  /* Welsh letters keep their bytes whole, and the text its words. */
  soft_hyphens ("gŵyl ŷd pŵer cwmnïau ymddiriedolwyr", "cy");
  /* No dictionary: no breaks; nor for a tag that tries to be a path. */
  g_assert_cmpuint (soft_hyphens ("Verantwortlichkeiten Zusammenarbeit", "de-DE"), ==, 0);
  g_assert_cmpuint (soft_hyphens ("responsibilities accountability", "../../etc/x"), ==, 0);
  g_assert_cmpuint (soft_hyphens ("responsibilities accountability", ""), ==, 0);
  g_assert_cmpuint (soft_hyphens ("responsibilities accountability", NULL), ==, 0);
}

static void
test_welsh_and (void)
{
  g_assert_cmpstr (concord_words_and ("cy", "Cyngor Gwynedd"), ==, " a ");
  g_assert_cmpstr (concord_words_and ("cy", "Ynys Môn"), ==, " ac ");
  g_assert_cmpstr (concord_words_and ("cy-GB", "“ein”"), ==, " ac ");
  g_assert_cmpstr (concord_words_and ("cy", "Îsel"), ==, " ac ");
  g_assert_cmpstr (concord_words_and ("cy", "[Enw’r ail sefydliad]"), ==, " ac ");
  g_assert_cmpstr (concord_words_and ("cy", ""), ==, " a ");
  g_assert_cmpstr (concord_words_and ("cy", NULL), ==, " a ");
  g_assert_cmpstr (concord_words_and ("en-GB", "Ofsted"), ==, " and ");
  g_assert_cmpstr (concord_words_and ("fr", "Ofsted"), ==, " et ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/words/table-complete", test_table_complete);
  g_test_add_func ("/core/words/lookup", test_lookup);
  g_test_add_func ("/core/words/every-word-found", test_every_word_found);
  g_test_add_func ("/core/words/missing-word", test_missing_word);
  g_test_add_func ("/core/words/dates", test_dates);
  g_test_add_func ("/core/words/welsh-and", test_welsh_and);
  g_test_add_func ("/core/words/hyphenation-follows-language", test_hyphenation_follows_language);

  return g_test_run ();
}
