/* concord-merge.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-conflict.h"
#include "concord-types.h"

G_BEGIN_DECLS

typedef struct _ConcordMerge ConcordMerge;

ConcordMerge               *concord_merge_new            (ConcordMemorandum *base,
                                                          ConcordMemorandum *ours,
                                                          ConcordMemorandum *theirs);
void                        concord_merge_free           (ConcordMerge      *self);
ConcordMemorandum          *concord_merge_get_result     (ConcordMerge      *self);
guint                       concord_merge_get_n_conflicts (ConcordMerge     *self);
/* The conflicts this merge found, each also in the result's conflicts
 * (concord-conflict.h); the result keeps ours in their places. */
ConcordConflict            *concord_merge_get_conflict   (ConcordMerge      *self,
                                                          guint              index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordMerge, concord_merge_free)

G_END_DECLS
