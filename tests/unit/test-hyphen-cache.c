/* test-hyphen-cache.c: a dictionary read back from the cache is the one
 * libhyphen built, and a damaged or hostile cache file changes nothing.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "concord-core.h"
#include "concord-hyphen-cache-private.h"
#include "concord-util-private.h"

/* The header's layout (concord-hyphen-cache.c): where a hostile file's
 * counts and checksum are. */
#define HEADER_SIZE      48
#define PAYLOAD_HASH_AT  24
#define N_LEVELS_AT      32
#define N_STATES_AT      36
#define N_TRANS_AT       40
#define POOL_SIZE_AT     44
#define LEVEL_SIZE       56
#define STATE_SIZE       24

/* Each test starts with an empty cache (main sets XDG_CACHE_HOME to a
 * folder of the run's own). */
static void
empty_cache (void)
{
  g_autofree char *concord = g_build_filename (g_get_user_cache_dir (), "concord", NULL);
  g_autofree char *hyphen = g_build_filename (concord, "hyphen", NULL);
  g_autoptr(GDir) dir = g_dir_open (hyphen, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (hyphen, name, NULL);

      g_remove (file);
    }
  g_remove (hyphen);
  g_remove (concord);
}

typedef struct
{
  char   *name;
  GBytes *patterns;
} Patterns;

static void
patterns_clear (Patterns *p)
{
  g_free (p->name);
  g_bytes_unref (p->patterns);
}

/* The dictionaries this machine has that the templates' languages use,
 * and the embedded Welsh patterns; each test calls this first, so starts
 * with an empty cache. */
static GArray *
all_patterns (void)
{
  const char *files[] = { "hyph_en_GB.dic", "hyph_en_US.dic", "hyph_fr.dic", "hyph_es_ES.dic" };
  GArray *all = g_array_new (FALSE, FALSE, sizeof (Patterns));
  Patterns welsh = { g_strdup ("hyph_cy.dic"), NULL };

  empty_cache ();
  g_array_set_clear_func (all, (GDestroyNotify) patterns_clear);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename ("/usr/share/hyphen", files[i], NULL);
      char *text = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &text, &length, NULL))
        {
          Patterns p = { g_strdup (files[i]), g_bytes_new_take (text, length) };

          g_array_append_val (all, p);
        }
    }
  welsh.patterns = _concord_embedded_lookup ("hyphen/hyph_cy.dic");
  g_assert_nonnull (welsh.patterns);
  g_array_append_val (all, welsh);

  return all;
}

static HyphenDict *
load_directly (GBytes *patterns)
{
  FILE *f = fmemopen ((void *) g_bytes_get_data (patterns, NULL), g_bytes_get_size (patterns), "r");
  HyphenDict *dict;

  g_assert_nonnull (f);
  dict = hnj_hyphen_load_file (f);
  fclose (f);
  g_assert_nonnull (dict);

  return dict;
}

static HyphenDict *
load_cached (const Patterns *p)
{
  return _concord_hyphen_load_patterns (p->name, g_bytes_get_data (p->patterns, NULL),
                                        g_bytes_get_size (p->patterns));
}

static void
assert_same_string (const char *a,
                    const char *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_cmpstr (a, ==, b);
}

/* Field by field, state by state: the automaton, not only its answers. */
static void
assert_same_dict (const HyphenDict *a,
                  const HyphenDict *b)
{
  for (; a != NULL || b != NULL; a = a->nextlevel, b = b->nextlevel)
    {
      g_assert_nonnull (a);
      g_assert_nonnull (b);
      g_assert_cmpint (a->lhmin, ==, b->lhmin);
      g_assert_cmpint (a->rhmin, ==, b->rhmin);
      g_assert_cmpint (a->clhmin, ==, b->clhmin);
      g_assert_cmpint (a->crhmin, ==, b->crhmin);
      g_assert_cmpint (a->utf8, ==, b->utf8);
      g_assert_cmpstr (a->cset, ==, b->cset);
      g_assert_cmpint (a->nohyphenl, ==, b->nohyphenl);
      g_assert_true ((a->nohyphen == NULL) == (b->nohyphen == NULL));
      for (int i = 0, offset = 0; a->nohyphen != NULL && i <= a->nohyphenl; i++)
        {
          g_assert_cmpstr (a->nohyphen + offset, ==, b->nohyphen + offset);
          offset += strlen (a->nohyphen + offset) + 1;
        }
      g_assert_cmpint (a->num_states, ==, b->num_states);
      for (int i = 0; i < a->num_states; i++)
        {
          const HyphenState *s = &a->states[i];
          const HyphenState *t = &b->states[i];

          assert_same_string (s->match, t->match);
          assert_same_string (s->repl, t->repl);
          /* Only read (and only set by libhyphen) with a repl. */
          if (s->repl != NULL)
            {
              g_assert_cmpint (s->replindex, ==, t->replindex);
              g_assert_cmpint (s->replcut, ==, t->replcut);
            }
          g_assert_cmpint (s->fallback_state, ==, t->fallback_state);
          g_assert_cmpint (s->num_trans, ==, t->num_trans);
          for (int k = 0; k < s->num_trans; k++)
            {
              g_assert_cmpint (s->trans[k].ch, ==, t->trans[k].ch);
              g_assert_cmpint (s->trans[k].new_state, ==, t->trans[k].new_state);
            }
        }
    }
}

static void
free_replacements (char ***rep,
                   int   **pos,
                   int   **cut,
                   int     n)
{
  for (int i = 0; *rep != NULL && i < n; i++)
    g_free ((*rep)[i]);
  g_clear_pointer (rep, g_free);
  g_clear_pointer (pos, g_free);
  g_clear_pointer (cut, g_free);
}

/* Where each dictionary breaks the words of a bilingual template. */
static void
assert_same_breaks (HyphenDict *a,
                    HyphenDict *b)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "templates", "two-party-partnership-cy-en.mou", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  guint tried = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  words = g_regex_split_simple ("[^[:alpha:]]+", text, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_strdown (words[i], -1);
      int n = (int) strlen (word);
      g_autofree char *ha = g_malloc0 (n + 5);
      g_autofree char *hb = g_malloc0 (n + 5);
      char **rep = NULL;
      int *pos = NULL;
      int *cut = NULL;

      if (n < 6 || n > 100)
        continue;
      hnj_hyphen_hyphenate2 (a, word, n, ha, NULL, &rep, &pos, &cut);
      free_replacements (&rep, &pos, &cut, n);
      hnj_hyphen_hyphenate2 (b, word, n, hb, NULL, &rep, &pos, &cut);
      free_replacements (&rep, &pos, &cut, n);
      g_assert_cmpstr (ha, ==, hb);
      tried++;
    }
  g_assert_cmpuint (tried, >, 100);
}

/* Compiled on first use, read back after: the same automaton for every
 * dictionary, and the file is where the cache says. */
static void
test_same_dictionary (void)
{
  g_autoptr(GArray) all = all_patterns ();

  for (guint i = 0; i < all->len; i++)
    {
      const Patterns *p = &g_array_index (all, Patterns, i);
      HyphenDict *direct = load_directly (p->patterns);
      HyphenDict *first = load_cached (p);
      HyphenDict *again = load_cached (p);
      g_autofree char *path = _concord_hyphen_cache_path (p->name, g_bytes_get_data (p->patterns, NULL),
                                                         g_bytes_get_size (p->patterns));

      g_test_message ("%s", p->name);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      assert_same_dict (direct, first);
      assert_same_dict (direct, again);
      assert_same_breaks (direct, again);
      hnj_hyphen_free (direct);
      hnj_hyphen_free (first);
      /* Read from the cache: one block. */
      g_free (again);
    }
}

static const Patterns *
english (GArray *all)
{
  const Patterns *p = &g_array_index (all, Patterns, 0);

  g_assert_cmpstr (p->name, ==, "hyph_en_GB.dic");
  return p;
}

static GBytes *
cache_file (const Patterns *p,
            char          **path)
{
  HyphenDict *dict = load_cached (p);
  char *text = NULL;
  gsize length = 0;

  /* Written by this load or an earlier one. */
  if (dict != NULL)
    hnj_hyphen_free (dict);
  *path = _concord_hyphen_cache_path (p->name, g_bytes_get_data (p->patterns, NULL), g_bytes_get_size (p->patterns));
  g_assert_true (g_file_get_contents (*path, &text, &length, NULL));

  return g_bytes_new_take (text, length);
}

/* British English, as libhyphen builds it and as the cache holds it. */
typedef struct
{
  GArray         *all;
  const Patterns *p;
  HyphenDict     *direct;
  char           *path;
  GBytes         *good;
} English;

static void
english_set_up (English       *e,
                gconstpointer  data)
{
  e->all = all_patterns ();
  e->p = english (e->all);
  e->direct = load_directly (e->p->patterns);
  e->good = cache_file (e->p, &e->path);
}

static void
english_tear_down (English       *e,
                   gconstpointer  data)
{
  hnj_hyphen_free (e->direct);
  g_bytes_unref (e->good);
  g_free (e->path);
  g_array_unref (e->all);
}

/* A damaged file in the cache is not used: the dictionary is libhyphen's,
 * and the file is written again. */
static void
assert_rejected (English      *e,
                 const guint8 *contents,
                 gsize         length)
{
  g_autofree char *rewritten = NULL;
  gsize rewritten_length = 0;
  HyphenDict *dict;

  g_assert_true (g_file_set_contents (e->path, (const char *) contents, length, NULL));
  dict = load_cached (e->p);
  assert_same_dict (e->direct, dict);
  /* Built by libhyphen (not read from the file), so its own to free. */
  hnj_hyphen_free (dict);
  g_assert_true (g_file_get_contents (e->path, &rewritten, &rewritten_length, NULL));
  g_assert_cmpuint (rewritten_length, >, HEADER_SIZE);
}

static void
test_damaged (English       *e,
              gconstpointer  data)
{
  gsize length = g_bytes_get_size (e->good);
  g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (e->good, NULL), length);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1207);
  const gsize cuts[] = { 0, 1, HEADER_SIZE - 1, HEADER_SIZE, HEADER_SIZE + 10, length / 2, length - 1 };

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    assert_rejected (e, copy, cuts[i]);
  g_assert_true (g_file_set_contents (e->path, (const char *) copy, length, NULL));
  {
    g_autofree guint8 *longer = g_malloc0 (length + 1);

    memcpy (longer, copy, length);
    assert_rejected (e, longer, length + 1);
  }
  /* A byte changed anywhere: the checksum or a check catches it. */
  for (guint i = 0; i < 24; i++)
    {
      gsize at = g_rand_int_range (rand, 0, (gint32) length);
      guint8 was = copy[at];

      copy[at] ^= 1 << g_rand_int_range (rand, 0, 8);
      assert_rejected (e, copy, length);
      copy[at] = was;
    }
}

static void
put32 (guint8 *data,
       gsize   at,
       gint32  value)
{
  memcpy (data + at, &value, sizeof value);
}

static gint32
get32 (const guint8 *data,
       gsize         at)
{
  gint32 value;

  memcpy (&value, data + at, sizeof value);
  return value;
}

static void
reseal (guint8 *data,
        gsize   length)
{
  guint64 hash = _concord_hyphen_hash (data + HEADER_SIZE, length - HEADER_SIZE);

  memcpy (data + PAYLOAD_HASH_AT, &hash, sizeof hash);
}

/* Files made to pass the checksum, with counts, indices and strings that
 * point outside what the file holds: each is refused (and nothing reads
 * out of bounds, which the sanitizer run checks). */
static void
test_hostile (English       *e,
              gconstpointer  data)
{
  gsize length = g_bytes_get_size (e->good);
  const guint8 *original = g_bytes_get_data (e->good, NULL);
  gint32 n_levels = get32 (original, N_LEVELS_AT);
  gint32 n_states = get32 (original, N_STATES_AT);
  gsize states_at = HEADER_SIZE + n_levels * LEVEL_SIZE;
  gsize pool_at = length - get32 (original, POOL_SIZE_AT);
  struct { gsize at; gint32 value; } edits[] = {
    { N_LEVELS_AT, 0 }, { N_LEVELS_AT, 5 }, { N_STATES_AT, n_states + 1 }, { N_STATES_AT, G_MAXINT32 },
    { N_TRANS_AT, -1 }, { POOL_SIZE_AT, 0 },
    /* the first level: no states, too many, a nohyphen list past the pool */
    { HEADER_SIZE + 28, 0 }, { HEADER_SIZE + 28, n_states + 1 }, { HEADER_SIZE + 16, G_MAXINT32 },
    { HEADER_SIZE + 24, -1 },
    /* state 1: its match past the pool, fallback and transitions out of range */
    { states_at + STATE_SIZE, G_MAXINT32 }, { states_at + STATE_SIZE, -2 },
    { states_at + STATE_SIZE + 16, n_states }, { states_at + STATE_SIZE + 16, -2 },
    { states_at + STATE_SIZE + 20, -1 }, { states_at + STATE_SIZE + 20, G_MAXINT32 },
    { states_at + STATE_SIZE + 8, 300 },
  };

  g_assert_cmpint (n_levels, >=, 1);
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree guint8 *copy = g_memdup2 (original, length);

      g_test_message ("edit %u: %d at %" G_GSIZE_FORMAT, i, edits[i].value, edits[i].at);
      put32 (copy, edits[i].at, edits[i].value);
      reseal (copy, length);
      assert_rejected (e, copy, length);
    }
  /* A pool whose last string runs off its end. */
  {
    g_autofree guint8 *copy = g_memdup2 (original, length);

    g_assert_cmpuint (pool_at, <, length);
    copy[length - 1] = 'x';
    reseal (copy, length);
    assert_rejected (e, copy, length);
  }
}

/* A file compiled from an earlier version of the same dictionary goes
 * when the new one is written; another dictionary's stays. */
static void
test_stale (void)
{
  g_autoptr(GArray) all = all_patterns ();
  const Patterns *p = english (all);
  g_autofree char *path = _concord_hyphen_cache_path (p->name, g_bytes_get_data (p->patterns, NULL),
                                                     g_bytes_get_size (p->patterns));
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *stale = g_build_filename (folder, "hyph_en_GB.dic-0123456789abcdef.bin", NULL);
  g_autofree char *other = g_build_filename (folder, "hyph_en_US.dic-0123456789abcdef.bin", NULL);
  HyphenDict *dict;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (stale, "old", -1, NULL));
  g_assert_true (g_file_set_contents (other, "other", -1, NULL));
  dict = load_cached (p);
  g_assert_nonnull (dict);
  hnj_hyphen_free (dict);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

/* With nowhere to keep the compiled dictionary, hyphenation works the
 * same. */
static void
test_unwritable (void)
{
  g_autoptr(GArray) all = all_patterns ();
  const Patterns *p = english (all);
  g_autofree char *concord = g_build_filename (g_get_user_cache_dir (), "concord", NULL);
  HyphenDict *direct = load_directly (p->patterns);
  HyphenDict *dict;
  g_autofree char *path = _concord_hyphen_cache_path (p->name, g_bytes_get_data (p->patterns, NULL),
                                                     g_bytes_get_size (p->patterns));

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  /* A file where the folder would be. */
  g_assert_true (g_file_set_contents (concord, "not a folder", -1, NULL));
  dict = load_cached (p);
  assert_same_dict (direct, dict);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  hnj_hyphen_free (dict);
  hnj_hyphen_free (direct);
}

int
main (int   argc,
      char *argv[])
{
  char *cache_home;
  int status;

  /* A cache folder of this run's own, set before GLib first reads it. */
  cache_home = g_dir_make_tmp ("concord-hyphen-cache-XXXXXX", NULL);
  g_assert_nonnull (cache_home);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/hyphen-cache/same-dictionary", test_same_dictionary);
  g_test_add ("/core/hyphen-cache/damaged", English, NULL, english_set_up, test_damaged, english_tear_down);
  g_test_add ("/core/hyphen-cache/hostile", English, NULL, english_set_up, test_hostile, english_tear_down);
  g_test_add_func ("/core/hyphen-cache/stale", test_stale);
  g_test_add_func ("/core/hyphen-cache/unwritable", test_unwritable);

  status = g_test_run ();
  empty_cache ();
  g_rmdir (cache_home);
  g_free (cache_home);

  return status;
}
