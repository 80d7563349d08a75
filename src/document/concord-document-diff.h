/* concord-document-diff.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

gboolean concord_document_accept_change (ConcordDocument  *self,
                                         ConcordDiff      *diff,
                                         guint             index,
                                         GError          **error);

G_END_DECLS
