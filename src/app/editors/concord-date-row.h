/* concord-date-row.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CONCORD_TYPE_DATE_ROW (concord_date_row_get_type ())

G_DECLARE_FINAL_TYPE (ConcordDateRow, concord_date_row, CONCORD, DATE_ROW, AdwEntryRow)

/* An entry row for a date, typed ("2016-11-30", or "2016-11" for a month
 * with allow-month) or chosen from a calendar in a popover. The date is
 * the row's "text" (GtkEditable), so it binds like any entry row; "valid"
 * and "message" say whether that text is a date and, if not, why. */

GtkWidget   *concord_date_row_new             (void);
gboolean     concord_date_row_get_allow_month (ConcordDateRow *self);
void         concord_date_row_set_allow_month (ConcordDateRow *self,
                                               gboolean        allow_month);
gboolean     concord_date_row_get_valid       (ConcordDateRow *self);
const char  *concord_date_row_get_message     (ConcordDateRow *self);
GtkCalendar *concord_date_row_get_calendar    (ConcordDateRow *self);
void         concord_date_row_popup           (ConcordDateRow *self);
void         concord_date_row_popdown         (ConcordDateRow *self);
void         concord_date_row_use_month       (ConcordDateRow *self);

/* The checks the row makes, for bindings that must refuse what it refuses.
 * The empty text is valid: a date may be left out. */
gboolean     concord_date_text_is_valid       (const char     *text);
gboolean     concord_month_date_text_is_valid (const char     *text);

G_END_DECLS
