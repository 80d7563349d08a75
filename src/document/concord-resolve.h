/* concord-resolve.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

/* Settles a conflict a merge left (concord_conflict_apply) as one
 * undoable edit: side's alternative, or with NULL what the document
 * holds now. Returns the object to show after it, or NULL on failure. */
GObject *concord_document_resolve_conflict (ConcordDocument           *document,
                                            ConcordConflict           *conflict,
                                            const ConcordConflictSide *side,
                                            GError                   **error);

G_END_DECLS
