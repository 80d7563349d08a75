/* concord-body-editor.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-core.h"
#include "concord-reference-chooser.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_BODY_EDITOR (concord_body_editor_get_type ())

G_DECLARE_FINAL_TYPE (ConcordBodyEditor, concord_body_editor, CONCORD, BODY_EDITOR, GtkWidget)

void           concord_body_editor_set_clause       (ConcordBodyEditor *self,
                                                     ConcordMemorandum *memorandum,
                                                     ConcordClause     *clause);
void           concord_body_editor_set_item         (ConcordBodyEditor *self,
                                                     ConcordMemorandum *memorandum,
                                                     GObject           *item,
                                                     const char        *property);
void           concord_body_editor_reload           (ConcordBodyEditor *self);
GtkTextBuffer *concord_body_editor_get_buffer       (ConcordBodyEditor *self);
GtkTextView   *concord_body_editor_get_view         (ConcordBodyEditor *self);
void           concord_body_editor_insert_reference (ConcordBodyEditor *self,
                                                     ConcordRunKind     kind,
                                                     const char        *id,
                                                     gboolean           full_form);
ConcordReferenceChooser *concord_body_editor_get_chooser (ConcordBodyEditor *self);
GtkWindow     *concord_body_editor_get_table_editor (ConcordBodyEditor *self);
void           concord_body_editor_set_levels_shown (ConcordBodyEditor *self,
                                                     gboolean           shown);
void           concord_body_editor_open_line        (ConcordBodyEditor *self,
                                                     gboolean           before);
void           concord_body_editor_set_line_kind    (ConcordBodyEditor *self,
                                                     ConcordBlockKind   kind,
                                                     guint              level);

G_END_DECLS
