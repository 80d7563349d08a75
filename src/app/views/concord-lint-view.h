/* concord-lint-view.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_LINT_VIEW (concord_lint_view_get_type ())

G_DECLARE_FINAL_TYPE (ConcordLintView, concord_lint_view, CONCORD, LINT_VIEW, AdwBin)

GtkWidget         *concord_lint_view_new            (void);
ConcordMemorandum *concord_lint_view_get_memorandum (ConcordLintView   *self);
void               concord_lint_view_set_memorandum (ConcordLintView   *self,
                                                     ConcordMemorandum *memorandum);
void               concord_lint_view_queue_refresh (ConcordLintView *self);
void               concord_lint_view_refresh        (ConcordLintView   *self);
gboolean           concord_lint_view_get_busy       (ConcordLintView   *self);
guint              concord_lint_view_get_n_findings (ConcordLintView   *self);
GListModel        *concord_lint_view_get_findings   (ConcordLintView   *self);
void               concord_lint_view_activate_finding (ConcordLintView *self,
                                                       guint            position);
void               concord_lint_view_dismiss        (ConcordLintView   *self,
                                                     const char        *code,
                                                     const char        *target,
                                                     const char        *reason);
void               concord_lint_view_restore        (ConcordLintView   *self,
                                                     const char        *code,
                                                     const char        *target,
                                                     const char        *field);

G_END_DECLS
