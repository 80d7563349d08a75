/* concord-term-editor.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-body-editor.h"
#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_TERM_EDITOR (concord_term_editor_get_type ())

G_DECLARE_FINAL_TYPE (ConcordTermEditor, concord_term_editor, CONCORD, TERM_EDITOR, AdwPreferencesGroup)

void               concord_term_editor_set_term        (ConcordTermEditor *self,
                                                        ConcordDocument   *document,
                                                        ConcordTerm       *term);
ConcordTerm       *concord_term_editor_get_term        (ConcordTermEditor *self);
void               concord_term_editor_reload          (ConcordTermEditor *self);
ConcordBodyEditor *concord_term_editor_get_body_editor (ConcordTermEditor *self);
gboolean           concord_term_editor_focus_field     (ConcordTermEditor *self,
                                                        const char        *field);

G_END_DECLS
