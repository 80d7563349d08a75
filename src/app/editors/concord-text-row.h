/* concord-text-row.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CONCORD_TYPE_TEXT_ROW (concord_text_row_get_type ())

G_DECLARE_FINAL_TYPE (ConcordTextRow, concord_text_row, CONCORD, TEXT_ROW, AdwPreferencesRow)

GtkWidget   *concord_text_row_new      (void);
const char  *concord_text_row_get_text (ConcordTextRow *self);
void         concord_text_row_set_text (ConcordTextRow *self,
                                        const char     *text);
GtkTextView *concord_text_row_get_view (ConcordTextRow *self);

G_END_DECLS
