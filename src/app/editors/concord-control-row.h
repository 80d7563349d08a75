/* concord-control-row.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_CONTROL_ROW (concord_control_row_get_type ())

G_DECLARE_FINAL_TYPE (ConcordControlRow, concord_control_row, CONCORD, CONTROL_ROW, AdwExpanderRow)

GtkWidget           *concord_control_row_new        (ConcordDocument     *document,
                                                     ConcordControlEntry *entry);
ConcordControlEntry *concord_control_row_get_entry  (ConcordControlRow   *self);
AdwEntryRow         *concord_control_row_get_field  (ConcordControlRow   *self,
                                                     const char          *property);
const char          *concord_control_row_get_error  (ConcordControlRow   *self);
void                 concord_control_row_update_moves (ConcordControlRow *self,
                                                       guint              position,
                                                       guint              n_rows);

G_END_DECLS
