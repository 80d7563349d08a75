/* concord-hyphen-cache.c: hyphenation dictionaries, compiled once per
 * machine.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-hyphenate"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "concord-hyphen-cache-private.h"

/* libhyphen builds its automaton from the text patterns each time a
 * program loads them: some 40 million instructions for British English,
 * about a tenth of exporting a short memorandum. The automaton it built
 * is kept in the user's cache (~/.cache/concord/hyphen), in a file named
 * after a hash of the patterns, so a changed dictionary gets a new file,
 * and the next program reads it back in a fraction of the time. A cache
 * file is only trusted after a check of its checksum and of every index
 * and string in it: a damaged one is rebuilt, and a hostile one can at
 * worst change where words break. */

#define CACHE_MAGIC      "CNCDHYP1"
#define CACHE_MAX_LEVELS 4
#define CACHE_MAX_ITEMS  (1 << 24)

typedef struct
{
  char    magic[8];
  guint64 source_hash;
  guint64 source_length;
  guint64 payload_hash;
  guint32 n_levels;
  guint32 n_states;
  guint32 n_trans;
  guint32 pool_size;
} CacheHeader;

typedef struct
{
  gint32 lhmin;
  gint32 rhmin;
  gint32 clhmin;
  gint32 crhmin;
  gint32 nohyphen;       /* offset in the pool, or -1 */
  gint32 nohyphen_size;
  gint32 nohyphenl;
  gint32 num_states;
  gint32 utf8;
  char   cset[MAX_NAME];
} CacheLevel;

/* A state's transitions follow those of the state before it. */
typedef struct
{
  gint32 match;          /* offset in the pool, or -1 */
  gint32 repl;
  gint32 replindex;
  gint32 replcut;
  gint32 fallback_state;
  gint32 num_trans;
} CacheState;

typedef struct
{
  gint32 ch;
  gint32 new_state;
} CacheTrans;

static gsize
align_up (gsize n,
          gsize alignment)
{
  return (n + alignment - 1) / alignment * alignment;
}

/* A 64-bit hash, eight bytes a step: the patterns and the compiled file
 * are hashed at every load. */
guint64
_concord_hyphen_hash (const guint8 *data,
                      gsize         length)
{
  guint64 hash = 0xcbf29ce484222325ull ^ length;
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, data + i, 8);
      hash = (hash ^ word) * 0x9e3779b97f4a7c15ull;
      hash ^= hash >> 29;
    }
  for (; i < length; i++)
    hash = (hash ^ data[i]) * 0x100000001b3ull;

  return hash;
}

static char *
cache_path (const char *name,
            guint64     source_hash)
{
  g_autofree char *file = g_strdup_printf ("%s-%016" G_GINT64_MODIFIER "x.bin", name, source_hash);

  return g_build_filename (g_get_user_cache_dir (), "concord", "hyphen", file, NULL);
}

char *
_concord_hyphen_cache_path (const char   *name,
                            const guint8 *data,
                            gsize         length)
{
  return cache_path (name, _concord_hyphen_hash (data, length));
}

static gint32
pool_add (GString    *pool,
          const char *text,
          gsize       size)
{
  gint32 offset = (gint32) pool->len;

  if (text == NULL)
    return -1;
  g_string_append_len (pool, text, size);

  return offset;
}

/* The bytes of libhyphen's NUL-separated list of nohyphenl + 1 strings. */
static gsize
nohyphen_size (const HyphenDict *dict)
{
  const char *p = dict->nohyphen;

  for (int i = 0; p != NULL && i <= dict->nohyphenl; i++)
    p += strlen (p) + 1;

  return p != NULL ? (gsize) (p - dict->nohyphen) : 0;
}

static GBytes *
compile (const HyphenDict *dict,
         guint64           source_hash,
         gsize             source_length)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GArray) levels = g_array_new (FALSE, TRUE, sizeof (CacheLevel));
  g_autoptr(GArray) states = g_array_new (FALSE, TRUE, sizeof (CacheState));
  g_autoptr(GArray) trans = g_array_new (FALSE, TRUE, sizeof (CacheTrans));
  g_autoptr(GString) pool = g_string_new (NULL);
  CacheHeader header = { CACHE_MAGIC, source_hash, source_length, 0, 0, 0, 0, 0 };

  for (const HyphenDict *d = dict; d != NULL; d = d->nextlevel)
    {
      CacheLevel level = { d->lhmin, d->rhmin, d->clhmin, d->crhmin, -1, 0, d->nohyphenl,
                           d->num_states, d->utf8, { 0 } };

      if (levels->len == CACHE_MAX_LEVELS || d->num_states < 1)
        return NULL;
      memcpy (level.cset, d->cset, MAX_NAME);
      level.cset[MAX_NAME - 1] = '\0';
      level.nohyphen_size = (gint32) nohyphen_size (d);
      level.nohyphen = pool_add (pool, d->nohyphen, level.nohyphen_size);
      g_array_append_val (levels, level);

      for (int i = 0; i < d->num_states; i++)
        {
          const HyphenState *s = &d->states[i];
          /* libhyphen leaves replindex and replcut unset without a repl. */
          CacheState state = { -1, -1, s->repl != NULL ? s->replindex : 0, s->repl != NULL ? s->replcut : 0,
                               s->fallback_state, s->num_trans };

          state.match = s->match != NULL ? pool_add (pool, s->match, strlen (s->match) + 1) : -1;
          state.repl = s->repl != NULL ? pool_add (pool, s->repl, strlen (s->repl) + 1) : -1;
          g_array_append_val (states, state);
          for (int t = 0; t < s->num_trans; t++)
            {
              CacheTrans move = { s->trans[t].ch, s->trans[t].new_state };

              g_array_append_val (trans, move);
            }
        }
    }
  g_string_append_c (pool, '\0');

  header.n_levels = levels->len;
  header.n_states = states->len;
  header.n_trans = trans->len;
  header.pool_size = (guint32) pool->len;
  g_byte_array_append (out, (const guint8 *) &header, sizeof header);
  g_byte_array_append (out, (const guint8 *) levels->data, levels->len * sizeof (CacheLevel));
  g_byte_array_append (out, (const guint8 *) states->data, states->len * sizeof (CacheState));
  g_byte_array_append (out, (const guint8 *) trans->data, trans->len * sizeof (CacheTrans));
  g_byte_array_append (out, (const guint8 *) pool->str, pool->len);
  header.payload_hash = _concord_hyphen_hash (out->data + sizeof header, out->len - sizeof header);
  memcpy (out->data, &header, sizeof header);

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static gboolean
string_at (guint32 pool_size,
           gint32  offset)
{
  return offset == -1 || (offset >= 0 && (guint32) offset < pool_size);
}

/* Every string runs to a NUL inside the pool (its last byte is one). */
static gboolean
level_valid (const CacheLevel *level,
             const char       *pool,
             guint32           pool_size)
{
  const char *p;
  const char *end;

  if (level->num_states < 1 || level->nohyphenl < 0 || memchr (level->cset, '\0', MAX_NAME) == NULL)
    return FALSE;
  if (level->nohyphen == -1)
    return TRUE;
  if (!string_at (pool_size, level->nohyphen) || level->nohyphen_size < 1 ||
      (guint32) level->nohyphen_size > pool_size - (guint32) level->nohyphen)
    return FALSE;
  p = pool + level->nohyphen;
  end = p + level->nohyphen_size;
  for (int i = 0; i <= level->nohyphenl; i++)
    {
      const char *nul = memchr (p, '\0', end - p);

      if (nul == NULL)
        return FALSE;
      p = nul + 1;
    }

  return TRUE;
}

static HyphenDict *
load_compiled (GBytes  *bytes,
               guint64  source_hash,
               gsize    source_length)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  CacheHeader header;
  const CacheLevel *levels;
  const CacheState *states;
  const CacheTrans *trans;
  const char *pool;
  HyphenDict *dicts;
  HyphenState *out_states;
  HyphenTrans *out_trans;
  char *out_pool;
  guint64 expected;
  gsize states_at, trans_at, pool_at;
  guint32 first_state = 0;
  guint32 first_trans = 0;

  if (size < sizeof header)
    return NULL;
  memcpy (&header, data, sizeof header);
  if (memcmp (header.magic, CACHE_MAGIC, sizeof header.magic) != 0 ||
      header.source_length != source_length || header.source_hash != source_hash ||
      header.n_levels < 1 || header.n_levels > CACHE_MAX_LEVELS || header.n_states > CACHE_MAX_ITEMS ||
      header.n_trans > CACHE_MAX_ITEMS || header.pool_size < 1 || header.pool_size > CACHE_MAX_ITEMS)
    return NULL;
  expected = sizeof header + (guint64) header.n_levels * sizeof (CacheLevel) +
             (guint64) header.n_states * sizeof (CacheState) + (guint64) header.n_trans * sizeof (CacheTrans) +
             header.pool_size;
  if (expected != size || header.payload_hash != _concord_hyphen_hash (data + sizeof header, size - sizeof header))
    return NULL;

  levels = (const CacheLevel *) (data + sizeof header);
  states = (const CacheState *) (levels + header.n_levels);
  trans = (const CacheTrans *) (states + header.n_states);
  pool = (const char *) (trans + header.n_trans);
  if (pool[header.pool_size - 1] != '\0')
    return NULL;

  /* Checked before anything is built. */
  for (guint32 l = 0, s = 0, t = 0; l < header.n_levels; l++)
    {
      gint32 n = levels[l].num_states;

      if (!level_valid (&levels[l], pool, header.pool_size) || (guint32) n > header.n_states - s)
        return NULL;
      for (gint32 i = 0; i < n; i++, s++)
        {
          const CacheState *state = &states[s];

          if (!string_at (header.pool_size, state->match) ||
              !string_at (header.pool_size, state->repl) ||
              state->replindex < G_MININT8 || state->replindex > G_MAXINT8 ||
              state->replcut < G_MININT8 || state->replcut > G_MAXINT8 ||
              state->fallback_state < -1 || state->fallback_state >= n ||
              state->num_trans < 0 || (guint32) state->num_trans > header.n_trans - t)
            return NULL;
          for (gint32 k = 0; k < state->num_trans; k++, t++)
            if (trans[t].new_state < 0 || trans[t].new_state >= n ||
                trans[t].ch < G_MININT8 || trans[t].ch > G_MAXUINT8)
              return NULL;
        }
      if (l == header.n_levels - 1 && (s != header.n_states || t != header.n_trans))
        return NULL;
    }

  /* One block, levels, states, transitions and strings: kept for the life
   * of the program, as every dictionary is (g_free() frees it). */
  states_at = align_up (header.n_levels * sizeof (HyphenDict), G_ALIGNOF (HyphenState));
  trans_at = align_up (states_at + header.n_states * sizeof (HyphenState), G_ALIGNOF (HyphenTrans));
  pool_at = trans_at + header.n_trans * sizeof (HyphenTrans);
  dicts = g_malloc0 (pool_at + header.pool_size);
  out_states = (HyphenState *) ((char *) dicts + states_at);
  out_trans = (HyphenTrans *) ((char *) dicts + trans_at);
  out_pool = memcpy ((char *) dicts + pool_at, pool, header.pool_size);
  for (guint32 l = 0; l < header.n_levels; l++)
    {
      HyphenDict *d = &dicts[l];

      d->lhmin = (char) levels[l].lhmin;
      d->rhmin = (char) levels[l].rhmin;
      d->clhmin = (char) levels[l].clhmin;
      d->crhmin = (char) levels[l].crhmin;
      d->nohyphen = levels[l].nohyphen >= 0 ? out_pool + levels[l].nohyphen : NULL;
      d->nohyphenl = levels[l].nohyphenl;
      d->num_states = levels[l].num_states;
      d->utf8 = levels[l].utf8;
      memcpy (d->cset, levels[l].cset, MAX_NAME);
      d->states = out_states + first_state;
      d->nextlevel = l + 1 < header.n_levels ? &dicts[l + 1] : NULL;
      for (gint32 i = 0; i < d->num_states; i++)
        {
          const CacheState *state = &states[first_state + i];
          HyphenState *s = &d->states[i];

          s->match = state->match >= 0 ? out_pool + state->match : NULL;
          s->repl = state->repl >= 0 ? out_pool + state->repl : NULL;
          s->replindex = (signed char) state->replindex;
          s->replcut = (signed char) state->replcut;
          s->fallback_state = state->fallback_state;
          s->num_trans = state->num_trans;
          s->trans = state->num_trans > 0 ? out_trans + first_trans : NULL;
          for (gint32 k = 0; k < state->num_trans; k++, first_trans++)
            {
              out_trans[first_trans].ch = (char) trans[first_trans].ch;
              out_trans[first_trans].new_state = trans[first_trans].new_state;
            }
        }
      first_state += d->num_states;
    }

  return dicts;
}

/* Files of the same dictionary compiled from other patterns (before an
 * update of it) are of no more use. */
static void
remove_others (const char *folder,
               const char *name,
               const char *kept)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *prefix = g_strconcat (name, "-", NULL);
  const char *file;

  while (dir != NULL && (file = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (file, prefix) && g_str_has_suffix (file, ".bin") &&
        strlen (file) == strlen (kept) && strcmp (file, kept) != 0)
      {
        g_autofree char *other = g_build_filename (folder, file, NULL);

        g_remove (other);
      }
}

static void
store (const char *path,
       const char *name,
       GBytes     *compiled)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *kept = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;

  /* A cache that cannot be written costs time, nothing else. */
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents (path, g_bytes_get_data (compiled, NULL), g_bytes_get_size (compiled), &error))
    {
      g_debug ("cannot keep the compiled dictionary in %s: %s", folder,
               error != NULL ? error->message : g_strerror (errno));
      return;
    }
  remove_others (folder, name, kept);
}

HyphenDict *
_concord_hyphen_load_patterns (const char   *name,
                               const guint8 *data,
                               gsize         length)
{
  guint64 source_hash = _concord_hyphen_hash (data, length);
  g_autofree char *path = cache_path (name, source_hash);
  g_autofree char *cached = NULL;
  gsize cached_length = 0;
  HyphenDict *dict = NULL;
  FILE *f;

  if (length == 0)
    return NULL;
  if (g_file_get_contents (path, &cached, &cached_length, NULL))
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&cached), cached_length);

      dict = load_compiled (bytes, source_hash, length);
      if (dict != NULL)
        return dict;
      g_debug ("%s is not a dictionary this Concord wrote: compiled again", path);
    }

  f = fmemopen ((void *) data, length, "r");
  if (f == NULL)
    return NULL;
  dict = hnj_hyphen_load_file (f);
  fclose (f);
  if (dict != NULL)
    {
      g_autoptr(GBytes) compiled = compile (dict, source_hash, length);

      if (compiled != NULL)
        store (path, name, compiled);
    }

  return dict;
}
