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

typedef void (*ConcordAutosaveErrorFunc) (ConcordAutosave *autosave,
                                          const GError    *error,
                                          gpointer         data);

ConcordAutosave *concord_autosave_new      (void);
void             concord_autosave_free     (ConcordAutosave *self);
void             concord_autosave_schedule (ConcordAutosave *self,
                                            ConcordDocument *document,
                                            guint            delay_ms);
gboolean         concord_autosave_pending  (ConcordAutosave *self);
void             concord_autosave_flush    (ConcordAutosave *self);
void             concord_autosave_cancel   (ConcordAutosave *self);
void             concord_autosave_set_error_func (ConcordAutosave          *self,
                                                  ConcordAutosaveErrorFunc  func,
                                                  gpointer                  data,
                                                  GDestroyNotify            destroy);
gboolean         concord_autosave_get_failing    (ConcordAutosave          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordAutosave, concord_autosave_free)

G_END_DECLS
