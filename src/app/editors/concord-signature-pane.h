/* concord-signature-pane.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-editor-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_SIGNATURE_PANE (concord_signature_pane_get_type ())

G_DECLARE_FINAL_TYPE (ConcordSignaturePane, concord_signature_pane, CONCORD, SIGNATURE_PANE, ConcordEditorPane)

GtkWidget *concord_signature_pane_new (void);
gboolean   concord_signature_pane_set_image_file (ConcordSignaturePane  *self,
                                                  GFile                 *file,
                                                  GError               **error);
gboolean   concord_signature_pane_shows_image    (ConcordSignaturePane  *self);
gboolean   concord_signature_pane_shows_duplicate (ConcordSignaturePane *self);

G_END_DECLS
