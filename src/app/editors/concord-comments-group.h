/* concord-comments-group.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-clause.h"
#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_COMMENTS_GROUP (concord_comments_group_get_type ())

G_DECLARE_FINAL_TYPE (ConcordCommentsGroup, concord_comments_group, CONCORD, COMMENTS_GROUP, AdwPreferencesGroup)

void        concord_comments_group_set_clause (ConcordCommentsGroup *self,
                                               ConcordDocument      *document,
                                               ConcordClause        *clause);
gboolean    concord_comments_group_add        (ConcordCommentsGroup *self,
                                               const char           *text);
GtkListBox *concord_comments_group_get_list   (ConcordCommentsGroup *self);

G_END_DECLS
