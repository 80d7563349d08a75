/* concord-resolve-window.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_RESOLVE_WINDOW (concord_resolve_window_get_type ())

G_DECLARE_FINAL_TYPE (ConcordResolveWindow, concord_resolve_window, CONCORD, RESOLVE_WINDOW, AdwWindow)

ConcordResolveWindow *concord_resolve_window_new         (GtkWindow            *parent,
                                                          ConcordDocument      *document);
/* The conflict shown, or NULL when none is left. */
ConcordConflict      *concord_resolve_window_get_current (ConcordResolveWindow *self);
void                  concord_resolve_window_markup      (ConcordResolveWindow *self,
                                                          char                **ours,
                                                          char                **theirs);

G_END_DECLS
