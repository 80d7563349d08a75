/* concord-hyphenate.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-hyphenate"

#include "config.h"

#include <gio/gio.h>
#include <hyphen.h>
#include <string.h>

#include "concord-hyphen-cache-private.h"
#include "concord-render-private.h"
#include "concord-util-private.h"

/* Pango 1.50 breaks lines only at spaces and soft hyphens, so justified
 * text would open wide gaps. libhyphen finds the break points; they go
 * into the laid-out text as soft hyphens (U+00AD), which Pango draws as a
 * hyphen when it breaks there, and never into the saved document. */

#define SOFT_HYPHEN "\xc2\xad"
#define MIN_WORD    6

/* Welsh has no Debian dictionary: its patterns are converted at build
 * time and embedded (data/hyphen/README.md). */
static HyphenDict *
load_embedded (const char *name)
{
  g_autofree char *path = g_strdup_printf ("hyphen/%s", name);
  g_autoptr(GBytes) bytes = _concord_embedded_lookup (path);

  if (bytes == NULL)
    return NULL;

  return _concord_hyphen_load_patterns (name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static HyphenDict *
load_one (const char *tag)
{
  g_autofree char *name = g_strdup_printf ("hyph_%s.dic", tag);
  g_autofree char *path = g_build_filename ("/usr/share/hyphen", name, NULL);
  g_autofree char *patterns = NULL;
  gsize length = 0;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_file_get_contents (path, &patterns, &length, NULL))
    return _concord_hyphen_load_patterns (name, (const guint8 *) patterns, length);

  return load_embedded (name);
}

static HyphenDict *
load_dictionary (const char *language)
{
  static GMutex lock;
  static GHashTable *dictionaries;
  g_autofree char *tag = NULL;
  HyphenDict *dict;

  if (language == NULL || *language == '\0' || strchr (language, '/') != NULL)
    return NULL;

  /* "en-GB" -> hyph_en_GB.dic; a language without a dictionary here is
   * simply not hyphenated. */
  tag = g_strdelimit (g_strdup (language), "-", '_');

  g_mutex_lock (&lock);
  if (dictionaries == NULL)
    dictionaries = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (dictionaries, tag, NULL, (gpointer *) &dict))
    {
      dict = load_one (tag);
      /* "es" -> hyph_es_ES.dic: Debian ships Spanish only by country. */
      if (dict == NULL && strlen (tag) == 2)
        {
          g_autofree char *upper = g_ascii_strup (tag, -1);
          g_autofree char *regional = g_strdup_printf ("%s_%s", tag, upper);

          dict = load_one (regional);
        }
      /* "cy-GB" -> the embedded Welsh patterns, which serve every region. */
      if (dict == NULL && strlen (tag) > 2)
        {
          g_autofree char *primary = g_strdup_printf ("hyph_%.*s.dic", (int) strcspn (tag, "_"), tag);

          dict = load_embedded (primary);
        }
      g_hash_table_insert (dictionaries, g_strdup (tag), dict);
    }
  g_mutex_unlock (&lock);

  return dict;
}

static gpointer
load_dictionaries_thread (gpointer data)
{
  char **languages = data;

  for (guint i = 0; languages[i] != NULL; i++)
    load_dictionary (languages[i]);
  g_strfreev (languages);

  return NULL;
}

/* Compiling a dictionary that is not yet in the cache takes about a
 * tenth of a short export, and even a cached one costs a read and a
 * checksum (concord-hyphen-cache.c): it is read on the other core while
 * this one sets up its fonts, and the first
 * hyphenation waits for it (load_dictionary holds its lock meanwhile).
 * The caller joins the thread it gets (NULL when no thread could
 * start: the first hyphenation then reads the dictionary itself). */
GThread *
_concord_hyphenation_prepare (const char *language,
                              const char *other_language)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (language != NULL)
    g_strv_builder_add (builder, language);
  if (other_language != NULL)
    g_strv_builder_add (builder, other_language);

  return g_thread_try_new ("concord-hyphen", load_dictionaries_thread,
                           g_strv_builder_end (builder), NULL);
}

/* A soft hyphen between the letters of a ligature (ff, fi, fl) would end up
 * inside the ligature's text in the PDF, so "officers" would no longer
 * be found by a search; those break points are given up. */
static gboolean
in_ligature (const char *lower,
             gsize       i)
{
  return lower[i] == 'f' && (lower[i + 1] == 'f' || lower[i + 1] == 'i' || lower[i + 1] == 'l');
}

static void
hyphenate_word (GString    *out,
                HyphenDict *dict,
                const char *word,
                gsize       length)
{
  g_autofree char *lower = g_utf8_strdown (word, length);
  gsize n = strlen (lower);
  g_autofree char *hyphens = NULL;
  char **rep = NULL;
  int *pos = NULL;
  int *cut = NULL;

  /* Lower-casing must keep byte offsets for the break points to apply. */
  if (n != length || n < MIN_WORD || n > 200)
    {
      g_string_append_len (out, word, length);
      return;
    }

  hyphens = g_malloc0 (n + 5);
  if (hnj_hyphen_hyphenate2 (dict, lower, (int) n, hyphens, NULL, &rep, &pos, &cut) != 0 ||
      rep != NULL)
    {
      /* Non-standard breaks (which change spelling) are not used. */
      if (rep != NULL)
        {
          for (gsize i = 0; i < n; i++)
            g_free (rep[i]);
          g_free (rep);
          g_free (pos);
          g_free (cut);
        }
      g_string_append_len (out, word, length);
      return;
    }

  for (gsize i = 0; i < n; i++)
    {
      g_string_append_c (out, word[i]);
      if ((hyphens[i] & 1) && i + 1 < n && (word[i + 1] & 0xC0) != 0x80 && !in_ligature (lower, i))
        g_string_append (out, SOFT_HYPHEN);
    }
}

/* Words recur: a memorandum is laid out again after every burst of edits
 * in the preview, and its words were hyphenated the time before. The
 * memo is per dictionary, shared by threads, and bounded. */
#define MEMO_LIMIT 200000

static void
append_word (GString    *out,
             HyphenDict *dict,
             const char *word,
             gsize       length)
{
  static GMutex lock;
  static GHashTable *memos;
  g_autofree char *key = g_strndup (word, length);
  GHashTable *memo;
  const char *known;
  gsize before = out->len;

  g_mutex_lock (&lock);
  if (memos == NULL)
    memos = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  memo = g_hash_table_lookup (memos, dict);
  if (memo == NULL)
    {
      memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (memos, dict, memo);
    }
  known = g_hash_table_lookup (memo, key);
  if (known != NULL)
    g_string_append (out, known);
  g_mutex_unlock (&lock);
  if (known != NULL)
    return;

  hyphenate_word (out, dict, word, length);

  g_mutex_lock (&lock);
  if (g_hash_table_size (memo) >= MEMO_LIMIT)
    g_hash_table_remove_all (memo);
  g_hash_table_replace (memo, g_steal_pointer (&key), g_strndup (out->str + before, out->len - before));
  g_mutex_unlock (&lock);
}

void
_concord_hyphenate_append (GString    *out,
                           const char *text,
                           const char *language)
{
  HyphenDict *dict = load_dictionary (language);
  const char *p = text;

  if (dict == NULL)
    {
      g_string_append (out, text);
      return;
    }

  while (*p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p > start)
        append_word (out, dict, start, p - start);

      start = p;
      while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      g_string_append_len (out, start, p - start);
    }
}

/* Pango breaks a line inside a run with no break opportunity by trying
 * every character, which is quadratic in the run's length: a pasted 40,000
 * character name took most of a minute to lay out.  So a run is given a
 * zero-width space, which prints nothing, every LONGEST_RUN characters,
 * before Pango sees it; the saved document is never changed. */
#define LONGEST_RUN 48
#define ZERO_WIDTH_SPACE "\xe2\x80\x8b"

static gboolean
is_break_opportunity (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200B || c == 0x00AD || c == '-' || c == '/';
}

void
_concord_append_breakable (GString    *out,
                           const char *text,
                           guint      *run)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *next = g_utf8_next_char (p);
      gunichar c = g_utf8_get_char (p);

      if (is_break_opportunity (c))
        *run = 0;
      else if (++*run > LONGEST_RUN)
        {
          g_string_append (out, ZERO_WIDTH_SPACE);
          *run = 1;
        }
      g_string_append_len (out, p, next - p);
      p = next;
    }
}
