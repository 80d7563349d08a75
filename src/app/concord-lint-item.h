/* concord-lint-item.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "concord-lint.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_LINT_ITEM (concord_lint_item_get_type ())

G_DECLARE_FINAL_TYPE (ConcordLintItem, concord_lint_item, CONCORD, LINT_ITEM, GObject)

ConcordLintItem       *concord_lint_item_new          (ConcordMemorandum    *memorandum,
                                                       const ConcordFinding *finding);
const ConcordFinding  *concord_lint_item_get_finding  (ConcordLintItem      *self);
ConcordLintSeverity    concord_lint_item_get_severity (ConcordLintItem      *self);
GVariant              *concord_lint_item_dup_action_target (ConcordLintItem *self);
gboolean               concord_lint_item_matches      (ConcordLintItem      *self,
                                                       const ConcordFinding *finding);

G_END_DECLS
