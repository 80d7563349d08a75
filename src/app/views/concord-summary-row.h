/* concord-summary-row.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CONCORD_TYPE_SUMMARY_ROW (concord_summary_row_get_type ())

G_DECLARE_FINAL_TYPE (ConcordSummaryRow, concord_summary_row, CONCORD, SUMMARY_ROW, AdwActionRow)

GtkWidget  *concord_summary_row_new        (const char        *target,
                                            const char        *number,
                                            const char        *title,
                                            const char        *subtitle);
const char *concord_summary_row_get_target (ConcordSummaryRow *self);

G_END_DECLS
