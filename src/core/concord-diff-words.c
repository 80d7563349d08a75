/* concord-diff-words.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-diff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-block.h"
#include "concord-diff-private.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-table.h"
#include "concord-term.h"
#include "concord-text.h"
#include "concord-wording.h"

/* Word-level diffs: a heading or body becomes a list of tokens (words,
 * punctuation marks, whole references), each compared by a small integer
 * key, and Myers' O(ND) algorithm finds the shortest edit script. */

static guint
intern_key (ConcordDiff *self,
            const char  *key)
{
  gpointer value;

  if (g_hash_table_lookup_extended (self->keys, key, NULL, &value))
    return GPOINTER_TO_UINT (value);

  value = GUINT_TO_POINTER (g_hash_table_size (self->keys) + 1);
  g_hash_table_insert (self->keys, g_strdup (key), value);

  return GPOINTER_TO_UINT (value);
}

static void
add_token (ConcordDiff *self,
           GArray      *tokens,
           const char  *key,
           const char  *text,
           gboolean     space_before)
{
  ConcordDiffToken token = { 0 };

  token.key = intern_key (self, key);
  token.text = g_string_chunk_insert_const (self->strings, text);
  token.space_before = space_before;
  g_array_append_val (tokens, token);
}

/* Splits running text into words and punctuation marks. Whitespace is not
 * a token: it only says whether the next token follows a space. */
static void
add_text_tokens (ConcordDiff *self,
                 GArray      *tokens,
                 const char  *text,
                 gboolean    *space)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  gboolean word_space = FALSE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean ends_word = c == 0 || g_unichar_isspace (c) || g_unichar_ispunct (c);

      if (ends_word && word->len > 0)
        {
          g_string_printf (key, "w%s", word->str);
          add_token (self, tokens, key->str, word->str, word_space);
          g_string_truncate (word, 0);
          *space = FALSE;
        }
      if (c == 0)
        break;
      if (g_unichar_isspace (c))
        *space = TRUE;
      else if (g_unichar_ispunct (c))
        {
          char mark[8] = { 0 };

          g_unichar_to_utf8 (c, mark);
          g_string_printf (key, "w%s", mark);
          add_token (self, tokens, key->str, mark, *space);
          *space = FALSE;
        }
      else
        {
          if (word->len == 0)
            word_space = *space;
          g_string_append_unichar (word, c);
        }
    }
}

GArray *
_concord_diff_tokenize_string (ConcordDiff *self,
                               const char  *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (ConcordDiffToken));
  gboolean space = FALSE;

  if (text != NULL)
    add_text_tokens (self, tokens, text, &space);

  return tokens;
}

/* Whether a token after these starts a sentence: the block starts, or
 * the last tokens close one (a stop, perhaps a closing quote) and a space
 * follows. Only the tail matters, so a few tokens are enough. */
static gboolean
sentence_starts (GArray   *tokens,
                 gboolean  space)
{
  g_autoptr(GString) tail = g_string_new (NULL);

  for (guint i = tokens->len >= 4 ? tokens->len - 4 : 0; i < tokens->len; i++)
    g_string_append (tail, g_array_index (tokens, ConcordDiffToken, i).text);
  if (space)
    g_string_append_c (tail, ' ');

  return concord_text_ends_sentence (tail->str, tail->len);
}

/* A reference is one token whatever its printed name: the key is the id,
 * so renaming a party does not show as a change in every clause. */
static void
add_reference (ConcordDiff        *self,
               GArray             *tokens,
               ConcordMemorandum  *m,
               ConcordNumbering   *numbering,
               const ConcordRun   *run,
               gboolean           *space)
{
  g_autofree char *text = concord_run_render (m, numbering, run);
  g_autofree char *key = NULL;

  /* Capitalised at the start of a sentence, as the text prints it. */
  if (concord_run_starts_capital (run) && sentence_starts (tokens, *space))
    {
      char *capital = concord_text_capitalise (text);

      g_free (text);
      text = capital;
    }

  /* The form a term is printed in is part of the key: "we" to "our" is a
   * change of wording. */
  key = g_strdup_printf ("r%d%d%s%s%s", run->kind, run->full_form ? 1 : 0, run->text,
                         run->form != NULL ? "\n" : "", run->form != NULL ? run->form : "");
  add_token (self, tokens, key, text, *space);
  g_array_index (tokens, ConcordDiffToken, tokens->len - 1).run = run;
  *space = FALSE;
}

static void
add_block_tokens (ConcordDiff        *self,
                  GArray             *tokens,
                  ConcordMemorandum  *m,
                  ConcordNumbering   *numbering,
                  const ConcordBlock *block,
                  gboolean            space)
{
  for (guint j = 0; j < concord_block_get_n_runs (block); j++)
    {
      const ConcordRun *run = concord_block_get_run (block, j);

      if (run->kind == CONCORD_RUN_TEXT)
        add_text_tokens (self, tokens, run->text, &space);
      else
        add_reference (self, tokens, m, numbering, run, &space);
    }
}

/* A table's cells are compared as text: a new row is a line break, a new
 * cell a bar, so a word moved from one cell to the next is a change. */
static void
add_table_tokens (ConcordDiff        *self,
                  GArray             *tokens,
                  ConcordMemorandum  *m,
                  ConcordNumbering   *numbering,
                  const ConcordTable *table)
{
  guint rows = concord_table_get_n_rows (table);
  guint columns = concord_table_get_n_columns (table);

  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < columns; c++)
      {
        if (c > 0)
          add_token (self, tokens, "tc", "|", TRUE);
        else if (r > 0)
          add_token (self, tokens, "tr", "\n", FALSE);
        /* A cell's first word follows the bar with a space. */
        add_block_tokens (self, tokens, m, numbering, concord_table_get_cell (table, r, c), c > 0);
      }
}

/* The break before a table says its shape, so that changing its columns,
 * widths, header or fill lines is a change. */
static char *
break_key (const ConcordBlock *block)
{
  ConcordTable *table = concord_block_get_table (block);
  GString *key;

  if (table == NULL)
    return g_strdup_printf ("b%d%u", concord_block_get_kind (block), concord_block_get_level (block));

  key = g_string_new (NULL);
  g_string_printf (key, "t%u|%d|%u|", concord_table_get_n_columns (table),
                   concord_table_get_header (table), concord_table_get_fill (table));
  for (guint c = 0; concord_table_has_widths (table) && c < concord_table_get_n_columns (table); c++)
    g_string_append_printf (key, "%u,", concord_table_get_width (table, c));

  return g_string_free (key, FALSE);
}

GArray *
_concord_diff_tokenize_blocks (ConcordDiff       *self,
                               ConcordMemorandum *m,
                               ConcordNumbering  *numbering,
                               GPtrArray         *blocks)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (ConcordDiffToken));

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      guint start = tokens->len;

      /* A paragraph break is a token too, keyed by the block's kind and
       * level, so turning a paragraph into an item is a change. */
      if (i > 0)
        {
          g_autofree char *key = break_key (block);

          add_token (self, tokens, key, "\n", FALSE);
        }
      if (concord_block_get_table (block) != NULL)
        add_table_tokens (self, tokens, m, numbering, concord_block_get_table (block));
      else
        add_block_tokens (self, tokens, m, numbering, block, FALSE);
      for (guint j = start; j < tokens->len; j++)
        g_array_index (tokens, ConcordDiffToken, j).block = block;
      if (i > 0)
        g_array_index (tokens, ConcordDiffToken, start).is_break = TRUE;
    }

  return tokens;
}

/* old is the old side's token: for an equal word it may print
 * differently (a renamed party), and a deleted word is only the old one. */
static void
append_word (GArray                 *words,
             ConcordDiffOp           op,
             const ConcordDiffToken *token,
             const ConcordDiffToken *old)
{
  ConcordDiffWord word = { op, token->text, token->space_before, old != NULL ? old->text : NULL };

  g_array_append_val (words, word);
}

/* Myers' algorithm on the middle part (a[0..n), b[0..m)) that differs.
 * trace holds V after each round d at d*d + (k + d), so memory is
 * O(D^2) and stops at max_d. Returns FALSE when D would pass max_d. */
static gboolean
myers (const ConcordDiffToken *a,
       int                     n,
       const ConcordDiffToken *b,
       int                     m,
       int                     max_d,
       guint64                *budget,
       GArray                 *reversed)
{
  int limit = MIN (n + m, max_d);
  int offset = limit + 1;
  g_autofree int *v = g_new0 (int, 2 * limit + 3);
  g_autofree int *trace = g_new (int, (gsize) (limit + 1) * (limit + 1));
  int found = -1;

  for (int d = 0; d <= limit && found < 0; d++)
    {
      for (int k = -d; k <= d; k += 2)
        {
          int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                  ? v[offset + k + 1] : v[offset + k - 1] + 1;
          int y = x - k;
          int start;
          guint64 cost;

          start = x;
          while (x < n && y < m && a[x].key == b[y].key)
            x++, y++;
          /* Each diagonal tried and each token compared spends the whole
           * diff's budget, so many long paragraphs stay bounded too. */
          cost = 1 + (guint64) (x - start);
          if (*budget < cost)
            return FALSE;
          *budget -= cost;
          v[offset + k] = x;
          trace[d * d + k + d] = x;
          if (x >= n && y >= m)
            found = d;
        }
    }
  if (found < 0)
    return FALSE;

  /* Walk back from (n, m): each round is one insert or delete after a
   * run of equal tokens. Ops are collected in reverse. */
  {
    int x = n, y = m;

    for (int d = found; d > 0; d--)
      {
        int k = x - y;
        const int *prev = trace + (d - 1) * (d - 1) + (d - 1);
        int prev_k = (k == -d || (k != d && prev[k - 1] < prev[k + 1])) ? k + 1 : k - 1;
        int prev_x = prev[prev_k];
        int prev_y = prev_x - prev_k;

        for (; x > prev_x && y > prev_y; x--, y--)
          append_word (reversed, CONCORD_DIFF_EQUAL, &b[y - 1], &a[x - 1]);
        if (prev_k == k + 1)
          append_word (reversed, CONCORD_DIFF_INSERT, &b[prev_y], NULL);
        else
          append_word (reversed, CONCORD_DIFF_DELETE, &a[prev_x], &a[prev_x]);
        x = prev_x;
        y = prev_y;
      }
    for (; x > 0 && y > 0; x--, y--)
      append_word (reversed, CONCORD_DIFF_EQUAL, &b[y - 1], &a[x - 1]);
  }

  return TRUE;
}

/* The edit script from old_tokens to new_tokens. Past max_edits, or once
 * the diff's budget of work is spent, the middle part is shown as one
 * deletion and one insertion, and *coarse is set: two long paragraphs with
 * nothing in common would otherwise take O(N^2) time and memory. */
GArray *
_concord_diff_words (GArray   *old_tokens,
                     GArray   *new_tokens,
                     guint     max_edits,
                     guint64  *budget,
                     gboolean *coarse)
{
  const ConcordDiffToken *a = (const ConcordDiffToken *) old_tokens->data;
  const ConcordDiffToken *b = (const ConcordDiffToken *) new_tokens->data;
  guint n = old_tokens->len, m = new_tokens->len;
  guint prefix = 0, suffix = 0;
  GArray *words = g_array_new (FALSE, FALSE, sizeof (ConcordDiffWord));
  g_autoptr(GArray) middle = g_array_new (FALSE, FALSE, sizeof (ConcordDiffWord));

  *coarse = FALSE;
  while (prefix < n && prefix < m && a[prefix].key == b[prefix].key)
    prefix++;
  while (suffix < n - prefix && suffix < m - prefix
         && a[n - 1 - suffix].key == b[m - 1 - suffix].key)
    suffix++;

  for (guint i = 0; i < prefix; i++)
    append_word (words, CONCORD_DIFF_EQUAL, &b[i], &a[i]);

  /* A pure insertion or deletion needs no search, however long. */
  if (n - prefix - suffix == 0 || m - prefix - suffix == 0)
    {
      for (guint i = prefix; i < n - suffix; i++)
        append_word (words, CONCORD_DIFF_DELETE, &a[i], &a[i]);
      for (guint i = prefix; i < m - suffix; i++)
        append_word (words, CONCORD_DIFF_INSERT, &b[i], NULL);
    }
  else if (myers (a + prefix, n - prefix - suffix, b + prefix, m - prefix - suffix,
             MIN (max_edits, G_MAXINT / 4), budget, middle))
    {
      for (guint i = middle->len; i > 0; i--)
        g_array_append_val (words, g_array_index (middle, ConcordDiffWord, i - 1));
    }
  else
    {
      *coarse = TRUE;
      for (guint i = prefix; i < n - suffix; i++)
        append_word (words, CONCORD_DIFF_DELETE, &a[i], &a[i]);
      for (guint i = prefix; i < m - suffix; i++)
        append_word (words, CONCORD_DIFF_INSERT, &b[i], NULL);
    }

  for (guint i = m - suffix; i < m; i++)
    append_word (words, CONCORD_DIFF_EQUAL, &b[i], &a[i - m + n]);

  return words;
}
