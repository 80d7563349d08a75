/* concord-diff-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-diff.h"
#include "concord-block.h"
#include "concord-numbering.h"

G_BEGIN_DECLS

struct _ConcordDiffChange
{
  ConcordDiffKind    kind;
  ConcordDiffObject  object;
  const char        *id;
  const char        *old_number;
  const char        *new_number;
  const char        *old_section;
  const char        *new_section;
  GObject           *old_object;
  GObject           *new_object;
  ConcordDiffFields  fields;
  GArray            *field_list;      /* of ConcordDiffField */
  GArray            *heading_words;   /* of ConcordDiffWord, or NULL */
  GArray            *body_words;      /* of ConcordDiffWord, or NULL */
  gboolean           coarse;
};

typedef struct
{
  ConcordClause *old_clause;
  ConcordClause *new_clause;
  int            change;
} ConcordDiffRow;

struct _ConcordDiff
{
  /* owned references */
  ConcordMemorandum *a;
  ConcordMemorandum *b;
  ConcordNumbering  *numbering_a;
  ConcordNumbering  *numbering_b;
  /* Each side in its other language, made when a bilingual memorandum's
   * translated text is first compared, so its references print in that
   * language. */
  ConcordMemorandum *translated[2];
  ConcordNumbering  *translated_numbering[2];

  /* results */
  GPtrArray         *changes;
  GArray            *rows;

  /* every string the changes point at, and token keys as small integers */
  GStringChunk      *strings;
  GHashTable        *keys;

  /* word-diff work left for the whole comparison */
  guint64            budget;
};

/* One side of a word diff: what is compared (key) and what is shown. */
typedef struct
{
  guint               key;
  const char         *text;
  gboolean            space_before;
  /* Where the token came from, so a merge can rebuild blocks from tokens:
   * its block, whether it is the break that starts the block, and for a
   * reference its run. Only set by _concord_diff_tokenize_blocks. */
  const ConcordBlock *block;
  gboolean            is_break;
  const ConcordRun   *run;
} ConcordDiffToken;

GArray   *_concord_diff_tokenize_blocks (ConcordDiff        *self,
                                         ConcordMemorandum  *m,
                                         ConcordNumbering   *numbering,
                                         GPtrArray          *blocks);
GArray   *_concord_diff_tokenize_string (ConcordDiff        *self,
                                         const char         *text);
GArray   *_concord_diff_words           (GArray             *old_tokens,
                                         GArray             *new_tokens,
                                         guint               max_edits,
                                         guint64            *budget,
                                         gboolean           *coarse);

gboolean  _concord_diff_values_equal    (const GValue       *a,
                                         const GValue       *b);

G_END_DECLS
