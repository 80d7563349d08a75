/* concord-print-group.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_PRINT_GROUP (concord_print_group_get_type ())

G_DECLARE_FINAL_TYPE (ConcordPrintGroup, concord_print_group, CONCORD, PRINT_GROUP, AdwPreferencesGroup)

/* The memorandum's page furniture, <print> in the file (docs/FORMAT.md):
 * the cover's details and parties, the matrix, facts and status lines,
 * where the signatures go and where the marking prints. Its rows are
 * bound through the pane that holds it; the pane calls sync when the
 * memorandum changes, so the list of sections follows. */

GtkWidget *concord_print_group_new    (void);
void       concord_print_group_bind   (ConcordPrintGroup *self,
                                       ConcordEditorPane *pane);
void       concord_print_group_unbind (ConcordPrintGroup *self);
void       concord_print_group_sync   (ConcordPrintGroup *self);

G_END_DECLS
