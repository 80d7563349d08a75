/* concord-compare-export.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-compare-window.h"

G_BEGIN_DECLS

gboolean concord_compare_export_redline (ConcordCompareWindow  *window,
                                         GFile                 *file,
                                         GError               **error);
void     concord_compare_export_choose  (ConcordCompareWindow  *window);

G_END_DECLS
