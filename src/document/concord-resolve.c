/* concord-resolve.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "concord-resolve.h"

GObject *
concord_document_resolve_conflict (ConcordDocument           *document,
                                   ConcordConflict           *conflict,
                                   const ConcordConflictSide *side,
                                   GError                   **error)
{
  ConcordMemorandum *m;
  g_autoptr(GObject) target = NULL;
  gboolean done;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_CONFLICT (conflict), NULL);

  m = concord_document_get_memorandum (document);
  target = concord_conflict_find_target (conflict, m);
  if (target != NULL)
    g_object_ref (target);
  /* The document records every setter and list change made inside the
   * group, so the value, the removal or the move and the conflict's
   * leaving are one step of undo. */
  concord_document_begin_group (document);
  done = concord_conflict_apply (conflict, m, side, error);
  concord_document_end_group (document, target != NULL ? target : G_OBJECT (m));
  if (!done)
    return NULL;

  /* Removed: show the memorandum's details instead. */
  if (target != NULL && concord_conflict_find_target (conflict, m) == target)
    return target;
  return G_OBJECT (m);
}
