/* concord-library-group.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_LIBRARY_GROUP (concord_library_group_get_type ())

G_DECLARE_FINAL_TYPE (ConcordLibraryGroup, concord_library_group, CONCORD, LIBRARY_GROUP, AdwPreferencesGroup)

void concord_library_group_set_item (ConcordLibraryGroup *self,
                                     ConcordDocument     *document,
                                     GObject             *item);
void concord_library_group_update   (ConcordLibraryGroup *self);

G_END_DECLS
