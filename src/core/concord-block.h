/* concord-block.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

/* One run of running text: plain words, or a structured reference that is
 * rendered from the model (so renaming a party renames it everywhere). */
typedef struct
{
  ConcordRunKind kind;
  /* For CONCORD_RUN_PARTY: print the full name rather than the short one;
   * for CONCORD_RUN_CLAUSE: print the word with the number ("clause 3.2"). */
  gboolean       full_form;
  /* The words, the referenced id, or the placeholder's prompt. */
  char          *text;
  /* For CONCORD_RUN_TERM: which of the term's forms to print ("our"),
   * NULL for its name. */
  char          *form;
} ConcordRun;

#define CONCORD_TYPE_BLOCK (concord_block_get_type ())

GType              concord_block_get_type       (void) G_GNUC_CONST;
ConcordBlock      *concord_block_new            (ConcordBlockKind  kind,
                                                 guint             level);
ConcordBlock      *concord_block_new_text       (ConcordBlockKind  kind,
                                                 guint             level,
                                                 const char       *text);
ConcordBlock      *concord_block_ref            (ConcordBlock     *self);
void               concord_block_unref          (ConcordBlock     *self);
ConcordBlockKind   concord_block_get_kind       (const ConcordBlock *self);
guint              concord_block_get_level      (const ConcordBlock *self);
/* A table's runs are its cells' runs, row by row (concord-table.h). */
guint              concord_block_get_n_runs     (const ConcordBlock *self);
const ConcordRun  *concord_block_get_run        (const ConcordBlock *self,
                                                 guint             index);
void               concord_block_append_run     (ConcordBlock     *self,
                                                 ConcordRunKind    kind,
                                                 const char       *text,
                                                 gboolean          full_form);
void               concord_block_append_term_run (ConcordBlock  *self,
                                                 const char       *term_id,
                                                 const char       *form);
void               concord_block_append_run_copy (ConcordBlock  *self,
                                                 const ConcordRun *run);
gboolean           concord_block_equal          (const ConcordBlock *a,
                                                 const ConcordBlock *b);
gboolean           concord_block_is_empty       (const ConcordBlock *self);
const char        *concord_block_get_id         (const ConcordBlock *self);
void               concord_block_set_id         (ConcordBlock     *self,
                                                 const char       *id);

GPtrArray         *concord_blocks_new           (void);
GPtrArray         *concord_blocks_copy          (GPtrArray        *blocks);
gboolean           concord_blocks_equal         (GPtrArray        *a,
                                                 GPtrArray        *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordBlock, concord_block_unref)

G_END_DECLS
