/* concord-numbering-group.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_NUMBERING_GROUP (concord_numbering_group_get_type ())

G_DECLARE_FINAL_TYPE (ConcordNumberingGroup, concord_numbering_group, CONCORD, NUMBERING_GROUP, AdwPreferencesGroup)

/* The memorandum's numbering (docs/FORMAT.md): style, number format,
 * numbered headings, items, annexes and the word references use. The
 * group's rows are bound through the pane that holds it, so they follow
 * the pane's item. */

GtkWidget *concord_numbering_group_new  (void);
void       concord_numbering_group_bind (ConcordNumberingGroup *self,
                                         ConcordEditorPane     *pane);

G_END_DECLS
