/* concord-merge.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

/* One place where ours and theirs changed the same thing differently. The
 * merged memorandum keeps ours there. */
typedef struct
{
  /* "party", "clause", "details"... */
  const char *object;
  const char *id;
  /* The property ("body", "heading"), "removed" for an edit against a
   * removal, "position" for two different moves. */
  const char *field;
} ConcordMergeConflict;

typedef struct _ConcordMerge ConcordMerge;

ConcordMerge               *concord_merge_new            (ConcordMemorandum *base,
                                                          ConcordMemorandum *ours,
                                                          ConcordMemorandum *theirs);
void                        concord_merge_free           (ConcordMerge      *self);
ConcordMemorandum          *concord_merge_get_result     (ConcordMerge      *self);
guint                       concord_merge_get_n_conflicts (ConcordMerge     *self);
const ConcordMergeConflict *concord_merge_get_conflict   (ConcordMerge      *self,
                                                          guint              index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordMerge, concord_merge_free)

G_END_DECLS
