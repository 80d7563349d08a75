/* concord-reference-chooser.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-core.h"
#include "concord-reference-target.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_REFERENCE_CHOOSER (concord_reference_chooser_get_type ())

G_DECLARE_FINAL_TYPE (ConcordReferenceChooser, concord_reference_chooser, CONCORD, REFERENCE_CHOOSER, AdwWindow)

GtkWidget  *concord_reference_chooser_new              (void);
void        concord_reference_chooser_set_memorandum   (ConcordReferenceChooser *self,
                                                        ConcordMemorandum       *memorandum);
GtkEditable *concord_reference_chooser_get_search_entry (ConcordReferenceChooser *self);
GListModel *concord_reference_chooser_get_shown        (ConcordReferenceChooser *self);
guint       concord_reference_chooser_get_selected     (ConcordReferenceChooser *self);

G_END_DECLS
