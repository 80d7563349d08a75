/* concord-autosave.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

typedef struct _ConcordAutosave ConcordAutosave;

ConcordAutosave *concord_autosave_new      (void);
void             concord_autosave_free     (ConcordAutosave *self);
void             concord_autosave_schedule (ConcordAutosave *self,
                                            ConcordDocument *document,
                                            guint            delay_ms);
gboolean         concord_autosave_pending  (ConcordAutosave *self);
void             concord_autosave_flush    (ConcordAutosave *self);
void             concord_autosave_cancel   (ConcordAutosave *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordAutosave, concord_autosave_free)

G_END_DECLS
