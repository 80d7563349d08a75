/* concord-conflict-bar.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-document.h"

G_BEGIN_DECLS

/* Says how many conflicts a merge left in the document, and opens the
 * resolve window. Hidden when there are none. */
#define CONCORD_TYPE_CONFLICT_BAR (concord_conflict_bar_get_type ())

G_DECLARE_FINAL_TYPE (ConcordConflictBar, concord_conflict_bar, CONCORD, CONFLICT_BAR, GtkWidget)

void             concord_conflict_bar_set_document (ConcordConflictBar *self,
                                                    ConcordDocument    *document);
ConcordDocument *concord_conflict_bar_get_document (ConcordConflictBar *self);

G_END_DECLS
