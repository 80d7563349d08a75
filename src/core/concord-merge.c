/* concord-merge.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-merge"

#include "config.h"

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-conflict.h"
#include "concord-control-entry.h"
#include "concord-diff-private.h"
#include "concord-memorandum.h"
#include "concord-merge.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-table.h"
#include "concord-term.h"

/* A three-way merge of memoranda. Objects are aligned by id as the diff
 * aligns them; their order is a three-way merge of the id sequences; each
 * object's fields are merged one GObject property at a time, so a new
 * field in the model is merged with no change here; headings and bodies
 * that both sides changed are merged word by word on the diff's tokens. */

enum { BASE, OURS, THEIRS };

struct _ConcordMerge
{
  ConcordMemorandum *side[3];
  ConcordNumbering  *numbering[3];
  ConcordMemorandum *result;
  GPtrArray         *conflicts;   /* of ConcordConflict, also in result */
  /* the diff's tokenizer state: interned keys and strings */
  ConcordDiff       *tokens;
};

/* A token of a merged sequence: which side's token, and its index there. */
typedef struct
{
  int   side;
  guint index;
} Pick;

/* A conflict kept in the result for someone to decide; the caller sets
 * the alternatives. */
static ConcordConflict *
add_conflict (ConcordMerge *self,
              const char   *object,
              const char   *id,
              const char   *field)
{
  ConcordConflict *conflict = concord_conflict_new (object, id, field);

  g_ptr_array_add (self->conflicts, conflict);

  return conflict;
}

static void
add_field_conflict (ConcordMerge *self,
                    const char   *object,
                    const char   *id,
                    const char   *field,
                    const GValue *ours,
                    const GValue *theirs)
{
  ConcordConflict *conflict = add_conflict (self, object, id, field);

  concord_conflict_set_value (conflict, CONCORD_CONFLICT_OURS, ours);
  concord_conflict_set_value (conflict, CONCORD_CONFLICT_THEIRS, theirs);
}

/* For each base token, the index of the same token on the side, or -1. */
static int *
match_side (GArray   *base,
            GArray   *side,
            guint64  *budget)
{
  int *match = g_new (int, base->len + 1);
  gboolean coarse;
  g_autoptr(GArray) words = _concord_diff_words (base, side, G_MAXINT / 4, budget, &coarse);
  guint b = 0, s = 0;

  for (guint i = 0; i < words->len; i++)
    {
      ConcordDiffOp op = g_array_index (words, ConcordDiffWord, i).op;

      if (op == CONCORD_DIFF_EQUAL)
        match[b++] = (int) s++;
      else if (op == CONCORD_DIFF_DELETE)
        match[b++] = -1;
      else
        s++;
    }

  return match;
}

static gboolean
keys_equal (GArray *a,
            guint   a_from,
            guint   a_to,
            GArray *b,
            guint   b_from,
            guint   b_to)
{
  if (a_to - a_from != b_to - b_from)
    return FALSE;
  for (guint i = 0; i < a_to - a_from; i++)
    if (g_array_index (a, ConcordDiffToken, a_from + i).key
        != g_array_index (b, ConcordDiffToken, b_from + i).key)
      return FALSE;

  return TRUE;
}

static void
pick_range (GArray *out,
            int     side,
            guint   from,
            guint   to)
{
  for (guint i = from; i < to; i++)
    {
      Pick pick = { side, i };

      g_array_append_val (out, pick);
    }
}

/* diff3: between tokens that both sides kept in place, a stretch changed
 * by one side takes that side's tokens; one changed by both the same way
 * takes ours; one changed differently is a conflict, and with union set
 * gives ours then theirs (for id sequences, deduplicated later). Returns
 * whether the merge is clean. */
static gboolean
merge_tokens (GArray   *base,
              GArray   *ours,
              GArray   *theirs,
              gboolean  union_on_conflict,
              GArray   *out,
              int     **matches)
{
  guint64 budget = CONCORD_DIFF_BUDGET;
  g_autofree int *mo = match_side (base, ours, &budget);
  g_autofree int *mt = match_side (base, theirs, &budget);
  guint b = 0, o = 0, t = 0;
  gboolean clean = TRUE;

  while (b < base->len || o < ours->len || t < theirs->len)
    {
      guint next = b, o_end, t_end;

      if (b < base->len && mo[b] == (int) o && mt[b] == (int) t)
        {
          Pick pick = { OURS, o };

          g_array_append_val (out, pick);
          b++, o++, t++;
          continue;
        }
      while (next < base->len && (mo[next] < 0 || mt[next] < 0))
        next++;
      o_end = next < base->len ? (guint) mo[next] : ours->len;
      t_end = next < base->len ? (guint) mt[next] : theirs->len;

      if (keys_equal (base, b, next, ours, o, o_end))
        pick_range (out, THEIRS, t, t_end);
      else if (keys_equal (base, b, next, theirs, t, t_end)
               || keys_equal (ours, o, o_end, theirs, t, t_end))
        pick_range (out, OURS, o, o_end);
      else
        {
          clean = FALSE;
          pick_range (out, OURS, o, o_end);
          if (union_on_conflict)
            pick_range (out, THEIRS, t, t_end);
        }
      b = next, o = o_end, t = t_end;
    }
  if (matches != NULL)
    {
      matches[0] = g_steal_pointer (&mo);
      matches[1] = g_steal_pointer (&mt);
    }

  return clean;
}

/* Field values ------------------------------------------------------- */

static gboolean
value_equal (const GValue *a,
             const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_PTR_ARRAY)
    return concord_blocks_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_BYTES)
    {
      GBytes *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);

      return x == y || (x != NULL && y != NULL && g_bytes_equal (x, y));
    }

  return _concord_diff_values_equal (a, b);
}

static GArray *
tokenize_value (ConcordMerge *self,
                int           side,
                const GValue *value)
{
  if (G_VALUE_TYPE (value) == G_TYPE_STRING)
    return _concord_diff_tokenize_string (self->tokens, g_value_get_string (value));

  return _concord_diff_tokenize_blocks (self->tokens, self->side[side], self->numbering[side],
                                        g_value_get_boxed (value));
}

static gboolean
has_table (GPtrArray *blocks)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    if (concord_block_get_table (g_ptr_array_index (blocks, i)) != NULL)
      return TRUE;

  return FALSE;
}

static char *
join_words (GArray *picks,
            GArray *tokens[3])
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < picks->len; i++)
    {
      Pick pick = g_array_index (picks, Pick, i);
      const ConcordDiffToken *token = &g_array_index (tokens[pick.side], ConcordDiffToken, pick.index);

      if (token->space_before && text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, token->text);
    }

  return g_string_free (text, text->len == 0);
}

static void
flush_text (ConcordBlock *block,
            GString      *text)
{
  if (block != NULL && text->len > 0)
    concord_block_append_run (block, CONCORD_RUN_TEXT, text->str, FALSE);
  g_string_truncate (text, 0);
}

static ConcordBlock *
start_block (GPtrArray          *blocks,
             const ConcordBlock *like)
{
  ConcordBlock *block = concord_block_new (concord_block_get_kind (like), concord_block_get_level (like));

  concord_block_set_id (block, concord_block_get_id (like));
  g_ptr_array_add (blocks, block);

  return block;
}

/* Blocks again from merged tokens: a break starts a block like the one it
 * came from, words become text runs, references copies of their runs. */
static GPtrArray *
rebuild_blocks (GArray *picks,
                GArray *tokens[3])
{
  GPtrArray *blocks = concord_blocks_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  ConcordBlock *block = NULL;

  for (guint i = 0; i < picks->len; i++)
    {
      Pick pick = g_array_index (picks, Pick, i);
      const ConcordDiffToken *token = &g_array_index (tokens[pick.side], ConcordDiffToken, pick.index);

      if (token->is_break || block == NULL)
        {
          flush_text (block, text);
          block = start_block (blocks, token->block);
          if (token->is_break)
            continue;
        }
      if (token->space_before && (text->len > 0 || concord_block_get_n_runs (block) > 0))
        g_string_append_c (text, ' ');
      if (token->run != NULL)
        {
          flush_text (block, text);
          concord_block_append_run_copy (block, token->run);
        }
      else
        g_string_append (text, token->text);
    }
  flush_text (block, text);

  return blocks;
}

/* Both sides changed a heading or body: merge it word by word into
 * merged. FALSE when the same words changed differently. */
static gboolean
merge_words (ConcordMerge *self,
             const GValue *values,
             GValue       *merged)
{
  GArray *tokens[3];
  g_autoptr(GArray) picks = g_array_new (FALSE, FALSE, sizeof (Pick));
  gboolean clean;

  if (G_VALUE_TYPE (&values[0]) == G_TYPE_PTR_ARRAY)
    for (int s = 0; s < 3; s++)
      if (has_table (g_value_get_boxed (&values[s])))
        return FALSE;

  for (int s = 0; s < 3; s++)
    tokens[s] = tokenize_value (self, s, &values[s]);
  clean = merge_tokens (tokens[BASE], tokens[OURS], tokens[THEIRS], FALSE, picks, NULL);
  if (clean && G_VALUE_TYPE (merged) == G_TYPE_STRING)
    g_value_take_string (merged, join_words (picks, tokens));
  else if (clean)
    g_value_take_boxed (merged, rebuild_blocks (picks, tokens));
  for (int s = 0; s < 3; s++)
    g_array_unref (tokens[s]);

  return clean;
}

static gboolean
is_field (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE
         && !(pspec->flags & G_PARAM_CONSTRUCT_ONLY)
         && !g_type_is_a (pspec->value_type, G_TYPE_OBJECT)
         && !g_str_equal (pspec->name, "id");
}

/* Merges one property into target (a copy of ours, or of theirs when ours
 * lacks the object). */
static void
merge_property (ConcordMerge *self,
                GObject      *objects[3],
                GObject      *target,
                GParamSpec   *pspec,
                const char   *kind,
                const char   *id)
{
  GValue values[3] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  g_auto(GValue) merged = G_VALUE_INIT;
  int take = -1;

  for (int s = 0; s < 3; s++)
    {
      g_value_init (&values[s], pspec->value_type);
      g_object_get_property (objects[s], pspec->name, &values[s]);
    }
  g_value_init (&merged, pspec->value_type);

  if (value_equal (&values[OURS], &values[BASE]))
    take = THEIRS;
  else if (value_equal (&values[THEIRS], &values[BASE])
           || value_equal (&values[OURS], &values[THEIRS]))
    take = OURS;
  else if (pspec->value_type == CONCORD_TYPE_COMMENTS)
    {
      /* Both sides commented: every thread and reply of both. */
      g_value_take_boxed (&merged, concord_comments_merge (g_value_get_boxed (&values[BASE]),
                                                           g_value_get_boxed (&values[OURS]),
                                                           g_value_get_boxed (&values[THEIRS])));
      g_object_set_property (target, pspec->name, &merged);
    }
  else if ((pspec->value_type == G_TYPE_STRING || pspec->value_type == G_TYPE_PTR_ARRAY)
           && merge_words (self, values, &merged))
    g_object_set_property (target, pspec->name, &merged);
  else
    {
      add_field_conflict (self, kind, id, pspec->name, &values[OURS], &values[THEIRS]);
      take = OURS;
    }
  if (take >= 0)
    g_object_set_property (target, pspec->name, &values[take]);

  for (int s = 0; s < 3; s++)
    g_value_unset (&values[s]);
}

static void
merge_fields (ConcordMerge *self,
              GObject      *objects[3],
              GObject      *target,
              const char   *kind,
              const char   *id)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (target), &n);

  for (guint i = 0; i < n; i++)
    if (is_field (pspecs[i]))
      merge_property (self, objects, target, pspecs[i], kind, id);
}

static gboolean
fields_equal (GObject *a,
              GObject *b)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!is_field (pspecs[i]))
        continue;
      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);
      if (!value_equal (&va, &vb))
        return FALSE;
    }

  return TRUE;
}

/* Added on both sides with one id and different fields: ours stays, and
 * each field where theirs differs is a conflict of its own. */
static void
conflict_fields (ConcordMerge *self,
                 GObject      *ours,
                 GObject      *theirs,
                 const char   *kind,
                 const char   *id)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (ours), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) vo = G_VALUE_INIT;
      g_auto(GValue) vt = G_VALUE_INIT;

      if (!is_field (pspecs[i]))
        continue;
      g_value_init (&vo, pspecs[i]->value_type);
      g_value_init (&vt, pspecs[i]->value_type);
      g_object_get_property (ours, pspecs[i]->name, &vo);
      g_object_get_property (theirs, pspecs[i]->name, &vt);
      if (!value_equal (&vo, &vt))
        add_field_conflict (self, kind, id, pspecs[i]->name, &vo, &vt);
    }
}

/* Lists ------------------------------------------------------------- */

/* One object on the three sides (NULL where absent). */
typedef struct
{
  GObject *item[3];
  /* a section marker in the sections-and-clauses sequence */
  gboolean section;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  for (int s = 0; s < 3; s++)
    g_clear_object (&entry->item[s]);
  g_free (entry);
}

/* Every object of a list (or sequence) on each side, keyed by a string
 * that is unique across the sequence, and each side's order as tokens. */
typedef struct
{
  GHashTable *entries;   /* key -> Entry */
  GArray     *order[3];  /* of ConcordDiffToken, text = key */
} Sequence;

static guint
intern_id (ConcordMerge *self,
           const char   *key)
{
  g_autofree char *interned = g_strdup_printf ("i%s", key);
  gpointer value;

  if (g_hash_table_lookup_extended (self->tokens->keys, interned, NULL, &value))
    return GPOINTER_TO_UINT (value);
  value = GUINT_TO_POINTER (g_hash_table_size (self->tokens->keys) + 1);
  g_hash_table_insert (self->tokens->keys, g_steal_pointer (&interned), value);

  return GPOINTER_TO_UINT (value);
}

static void
sequence_add (ConcordMerge *self,
              Sequence     *seq,
              int           side,
              const char   *key,
              GObject      *item,
              gboolean      section)
{
  Entry *entry = g_hash_table_lookup (seq->entries, key);
  ConcordDiffToken token = { 0 };

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->section = section;
      g_hash_table_insert (seq->entries, g_strdup (key), entry);
    }
  /* An id used twice on one side is kept once, at its first place. */
  if (entry->item[side] != NULL)
    return;
  entry->item[side] = g_object_ref (item);
  token.text = g_string_chunk_insert_const (self->tokens->strings, key);
  token.key = intern_id (self, key);
  g_array_append_val (seq->order[side], token);
}

static void
sequence_init (Sequence *seq)
{
  seq->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  for (int s = 0; s < 3; s++)
    seq->order[s] = g_array_new (FALSE, FALSE, sizeof (ConcordDiffToken));
}

static void
sequence_clear (Sequence *seq)
{
  g_clear_pointer (&seq->entries, g_hash_table_unref);
  for (int s = 0; s < 3; s++)
    g_clear_pointer (&seq->order[s], g_array_unref);
}

/* Whether the object survives, and merged from which fields: removed on
 * one side and unchanged on the other, it goes; removed against edited,
 * it stays as edited, a conflict. */
static GObject *
merge_entry (ConcordMerge          *self,
             const ConcordDiffList *list,
             Entry                 *entry,
             const char            *kind,
             const char            *id)
{
  GObject **item = entry->item;
  int present = item[OURS] != NULL ? OURS : THEIRS;
  GObject *copy;

  if (item[OURS] == NULL && item[THEIRS] == NULL)
    return NULL;
  if (item[BASE] != NULL && (item[OURS] == NULL || item[THEIRS] == NULL))
    {
      ConcordConflict *conflict;

      if (fields_equal (item[BASE], item[present]))
        return NULL;
      conflict = add_conflict (self, kind, id, "removed");
      concord_conflict_set_removed (conflict, present == OURS ? CONCORD_CONFLICT_THEIRS : CONCORD_CONFLICT_OURS,
                                    TRUE);
    }

  copy = concord_diff_list_clone_item (list, item[present]);
  if (item[OURS] != NULL && item[THEIRS] != NULL)
    {
      GObject *objects[3] = { item[BASE] != NULL ? item[BASE] : item[OURS], item[OURS], item[THEIRS] };

      /* Added on both sides with one id: the same object or a conflict. */
      if (item[BASE] == NULL)
        conflict_fields (self, item[OURS], item[THEIRS], kind, id);
      else
        merge_fields (self, objects, copy, kind, id);
    }

  return copy;
}

/* The order merge drops an object that one side removed; when the other
 * side edited it, merge_entry() must see it to keep it as a conflict, so
 * it goes back after the object before it on the side that kept it. */
static void
restore_edited (Sequence   *seq,
                GPtrArray  *keys,
                GHashTable *seen,
                int         side)
{
  GArray *order = seq->order[side];

  for (guint i = 0; i < order->len; i++)
    {
      const char *key = g_array_index (order, ConcordDiffToken, i).text;
      Entry *entry = g_hash_table_lookup (seq->entries, key);
      guint at = 0;

      if (g_hash_table_contains (seen, key) || entry->item[BASE] == NULL
          || fields_equal (entry->item[BASE], entry->item[side]))
        continue;
      for (guint j = i; j > 0; j--)
        {
          const char *before = g_array_index (order, ConcordDiffToken, j - 1).text;
          guint index;

          if (g_ptr_array_find_with_equal_func (keys, before, g_str_equal, &index))
            {
              at = index + 1;
              break;
            }
        }
      g_hash_table_add (seen, (gpointer) key);
      g_ptr_array_insert (keys, (int) at, (gpointer) key);
    }
}

/* Keys of base objects that a side has at another place: in the side but
 * not matched by the diff from base. */
static GHashTable *
moved_keys (Sequence *seq,
            int       side,
            const int *match)
{
  GHashTable *moved = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *base = seq->order[BASE];

  for (guint i = 0; i < base->len; i++)
    {
      const char *key = g_array_index (base, ConcordDiffToken, i).text;
      Entry *entry = g_hash_table_lookup (seq->entries, key);

      if (match[i] < 0 && entry->item[side] != NULL)
        g_hash_table_add (moved, (gpointer) key);
    }

  return moved;
}

/* The id of what key follows on the side (for a section, the section
 * before it), or NULL when it comes first. */
static const char *
key_before (Sequence   *seq,
            int         side,
            const char *key,
            gboolean    sections)
{
  GArray *order = seq->order[side];
  guint at = 0;

  while (at < order->len && !g_str_equal (g_array_index (order, ConcordDiffToken, at).text, key))
    at++;
  while (at-- > 0)
    {
      const char *before = g_array_index (order, ConcordDiffToken, at).text;

      if (!sections)
        return before;
      if (key[0] != 's' || before[0] == 's')
        return before + 1;
    }

  return NULL;
}

/* The merged order: picks from ours and theirs, each key once. A key that
 * the order merge placed twice (removed from a stretch and inserted in
 * another) stays where the side that moved it put it; moved differently
 * by both sides, it stays where ours put it, a conflict. */
static GPtrArray *
merged_keys (ConcordMerge *self,
             Sequence     *seq,
             const char   *kind,
             gboolean      sections)
{
  g_autoptr(GArray) picks = g_array_new (FALSE, FALSE, sizeof (Pick));
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) twice = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) moved_o = NULL;
  g_autoptr(GHashTable) moved_t = NULL;
  int *matches[2] = { NULL, NULL };
  GPtrArray *keys = g_ptr_array_new ();

  merge_tokens (seq->order[BASE], seq->order[OURS], seq->order[THEIRS], TRUE, picks, matches);
  moved_o = moved_keys (seq, OURS, matches[0]);
  moved_t = moved_keys (seq, THEIRS, matches[1]);
  g_free (matches[0]);
  g_free (matches[1]);

  for (guint i = 0; i < picks->len; i++)
    {
      Pick pick = g_array_index (picks, Pick, i);
      const char *key = g_array_index (seq->order[pick.side], ConcordDiffToken, pick.index).text;
      int preferred = g_hash_table_contains (moved_t, key) && !g_hash_table_contains (moved_o, key)
                      ? THEIRS : OURS;
      gpointer found = g_hash_table_lookup (chosen, key);

      if (found != NULL)
        g_hash_table_add (twice, (gpointer) key);
      if (found == NULL || (pick.side == preferred
                            && g_array_index (picks, Pick, GPOINTER_TO_UINT (found) - 1).side != preferred))
        g_hash_table_insert (chosen, (gpointer) key, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < picks->len; i++)
    {
      Pick pick = g_array_index (picks, Pick, i);
      const char *key = g_array_index (seq->order[pick.side], ConcordDiffToken, pick.index).text;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (chosen, key)) != i + 1)
        continue;
      if (g_hash_table_contains (twice, key) && g_hash_table_contains (moved_o, key)
          && g_hash_table_contains (moved_t, key))
        {
          Entry *entry = g_hash_table_lookup (seq->entries, key);
          ConcordConflict *conflict = add_conflict (self, !sections ? kind : entry->section ? "section" : "clause",
                                                    sections ? key + 1 : key, "position");

          for (int s = OURS; s <= THEIRS; s++)
            {
              g_auto(GValue) after = G_VALUE_INIT;

              g_value_init (&after, G_TYPE_STRING);
              g_value_set_string (&after, key_before (seq, s, key, sections));
              concord_conflict_set_value (conflict, s == OURS ? CONCORD_CONFLICT_OURS : CONCORD_CONFLICT_THEIRS,
                                          &after);
            }
        }
      g_hash_table_add (seen, (gpointer) key);
      g_ptr_array_add (keys, (gpointer) key);
    }
  restore_edited (seq, keys, seen, OURS);
  restore_edited (seq, keys, seen, THEIRS);

  return keys;
}

static void
replace_items (GListModel *model,
               GPtrArray  *items)
{
  g_list_store_splice (G_LIST_STORE (model), 0, g_list_model_get_n_items (model),
                       items->pdata, items->len);
}

static void
merge_list (ConcordMerge      *self,
            ConcordDiffObject  object,
            const char        *kind)
{
  const ConcordDiffList *list = concord_diff_list_for (object);
  Sequence seq;
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  sequence_init (&seq);
  for (int s = 0; s < 3; s++)
    {
      GListModel *model = list->list (self->side[s]);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          const char *key = list->key (item);

          sequence_add (self, &seq, s, key != NULL ? key : "", item, FALSE);
        }
    }

  keys = merged_keys (self, &seq, kind, FALSE);
  for (guint i = 0; i < keys->len; i++)
    {
      GObject *copy = merge_entry (self, list, g_hash_table_lookup (seq.entries, keys->pdata[i]),
                                   kind, keys->pdata[i]);

      if (copy != NULL)
        g_ptr_array_add (items, copy);
    }
  replace_items (list->list (self->result), items);
  sequence_clear (&seq);
}

static const char *
clause_key (gpointer item)
{
  return concord_clause_get_id (item);
}

/* Sections and clauses are one sequence, each section followed by its
 * clauses, so a clause moved to another section is a move like any other
 * and the section order merges in the same pass. */
static void
merge_sections (ConcordMerge *self)
{
  static const ConcordDiffList clauses = { NULL, clause_key, NULL, NULL };
  const ConcordDiffList *sections = concord_diff_list_for (CONCORD_DIFF_OBJECT_SECTION);
  Sequence seq;
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  ConcordSection *current = NULL;

  sequence_init (&seq);
  for (int s = 0; s < 3; s++)
    {
      GListModel *model = concord_memorandum_get_sections (self->side[s]);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(ConcordSection) section = g_list_model_get_item (model, i);
          g_autofree char *key = g_strdup_printf ("s%s", concord_section_get_id (section));

          sequence_add (self, &seq, s, key, G_OBJECT (section), TRUE);
          for (guint j = 0; j < concord_section_get_n_clauses (section); j++)
            {
              ConcordClause *clause = concord_section_get_clause (section, j);
              g_autofree char *ckey = g_strdup_printf ("c%s", concord_clause_get_id (clause));

              sequence_add (self, &seq, s, ckey, G_OBJECT (clause), FALSE);
            }
        }
    }

  keys = merged_keys (self, &seq, NULL, TRUE);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = keys->pdata[i];
      Entry *entry = g_hash_table_lookup (seq.entries, key);
      GObject *copy = merge_entry (self, entry->section ? sections : &clauses, entry,
                                   entry->section ? "section" : "clause", key + 1);

      if (copy == NULL)
        continue;
      if (entry->section)
        {
          current = CONCORD_SECTION (copy);
          g_ptr_array_add (items, copy);
        }
      else if (current != NULL)
        {
          concord_section_append_clause (current, CONCORD_CLAUSE (copy));
          g_object_unref (copy);
        }
      else
        {
          /* Its section went: a conflict, and the clause is kept in a
           * section of its own rather than lost. */
          ConcordConflict *conflict = add_conflict (self, "clause", key + 1, "section");

          concord_conflict_set_removed (conflict, CONCORD_CONFLICT_OURS, entry->item[OURS] == NULL);
          concord_conflict_set_removed (conflict, CONCORD_CONFLICT_THEIRS, entry->item[THEIRS] == NULL);
          current = concord_section_new ("merge-orphans");
          g_ptr_array_add (items, current);
          concord_section_append_clause (current, CONCORD_CLAUSE (copy));
          g_object_unref (copy);
        }
    }
  replace_items (concord_memorandum_get_sections (self->result), items);
  sequence_clear (&seq);
}

static void
merge_details (ConcordMerge *self)
{
  GObject *objects[3] = { G_OBJECT (self->side[BASE]), G_OBJECT (self->side[OURS]),
                          G_OBJECT (self->side[THEIRS]) };

  merge_fields (self, objects, G_OBJECT (self->result), "details", NULL);
}

ConcordMerge *
concord_merge_new (ConcordMemorandum *base,
                   ConcordMemorandum *ours,
                   ConcordMemorandum *theirs)
{
  ConcordMerge *self;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (base), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (ours), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (theirs), NULL);

  self = g_new0 (ConcordMerge, 1);
  self->side[BASE] = g_object_ref (base);
  self->side[OURS] = g_object_ref (ours);
  self->side[THEIRS] = g_object_ref (theirs);
  for (int s = 0; s < 3; s++)
    self->numbering[s] = concord_numbering_new (self->side[s]);
  self->conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  self->tokens = g_new0 (ConcordDiff, 1);
  self->tokens->strings = g_string_chunk_new (4096);
  self->tokens->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->tokens->budget = CONCORD_DIFF_BUDGET;

  /* Ours is the starting point: what neither side touched, and whatever
   * the model holds that is not merged here (dismissals), stay as ours. */
  self->result = concord_memorandum_copy (ours);
  merge_details (self);
  merge_list (self, CONCORD_DIFF_OBJECT_PARTY, "party");
  merge_list (self, CONCORD_DIFF_OBJECT_TERM, "term");
  merge_sections (self);
  merge_list (self, CONCORD_DIFF_OBJECT_ANNEX, "annex");
  merge_list (self, CONCORD_DIFF_OBJECT_SIGNATURE, "signature");
  merge_list (self, CONCORD_DIFF_OBJECT_CONTROL_ENTRY, "control-entry");
  /* After ours' own: a conflict already in ours stays until decided. */
  g_list_store_splice (G_LIST_STORE (concord_memorandum_get_conflicts (self->result)),
                       g_list_model_get_n_items (concord_memorandum_get_conflicts (self->result)), 0,
                       self->conflicts->pdata, self->conflicts->len);

  return self;
}

void
concord_merge_free (ConcordMerge *self)
{
  if (self == NULL)
    return;

  for (int s = 0; s < 3; s++)
    {
      g_clear_object (&self->side[s]);
      g_clear_pointer (&self->numbering[s], concord_numbering_free);
    }
  g_clear_object (&self->result);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  concord_diff_free (self->tokens);
  g_free (self);
}

ConcordMemorandum *
concord_merge_get_result (ConcordMerge *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->result;
}

guint
concord_merge_get_n_conflicts (ConcordMerge *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->conflicts->len;
}

ConcordConflict *
concord_merge_get_conflict (ConcordMerge *self,
                            guint         index)
{
  g_return_val_if_fail (self != NULL && index < self->conflicts->len, NULL);

  return g_ptr_array_index (self->conflicts, index);
}
