/* concord-structure-annex.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

/* Edits of the annexes and of the document-control rows, each one
 * undoable edit, and the checks a document-control row's fields pass
 * before they reach the model. */

ConcordAnnex        *concord_structure_add_annex               (ConcordDocument      *document,
                                                                GObject              *selected);
GObject             *concord_structure_remove_annex            (ConcordDocument      *document,
                                                                ConcordAnnex         *annex);
gboolean             concord_structure_move_annex              (ConcordDocument      *document,
                                                                ConcordAnnex         *annex,
                                                                int                   delta);
GPtrArray           *concord_structure_annex_referrers         (ConcordDocument      *document,
                                                                ConcordAnnex         *annex);
char                *concord_structure_describe_annex_removal  (ConcordDocument      *document,
                                                                ConcordAnnex         *annex,
                                                                char                **heading);

ConcordControlEntry *concord_structure_add_control_entry       (ConcordDocument      *document);
gboolean             concord_structure_remove_control_entry    (ConcordDocument      *document,
                                                                ConcordControlEntry  *entry);
gboolean             concord_structure_move_control_entry      (ConcordDocument      *document,
                                                                ConcordControlEntry  *entry,
                                                                int                   delta);
char                *concord_structure_next_version            (ConcordDocument      *document);
gboolean             concord_structure_check_version           (ConcordDocument      *document,
                                                                ConcordControlEntry  *entry,
                                                                const char           *version,
                                                                GError              **error);
gboolean             concord_structure_check_month_or_date     (const char           *text,
                                                                GError              **error);

G_END_DECLS
