/* concord-table-editor.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_TABLE_EDITOR (concord_table_editor_get_type ())

G_DECLARE_FINAL_TYPE (ConcordTableEditor, concord_table_editor, CONCORD, TABLE_EDITOR, AdwWindow)

GtkWidget    *concord_table_editor_new             (void);
void          concord_table_editor_edit            (ConcordTableEditor *self,
                                                    ConcordMemorandum  *memorandum,
                                                    GObject            *item,
                                                    const char         *property,
                                                    guint               index);
ConcordTable *concord_table_editor_get_table       (ConcordTableEditor *self);
GtkWidget    *concord_table_editor_get_cell_editor (ConcordTableEditor *self,
                                                    guint               row,
                                                    guint               column);

G_END_DECLS
