/* concord-comment-row.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-comments.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_COMMENT_ROW (concord_comment_row_get_type ())

G_DECLARE_FINAL_TYPE (ConcordCommentRow, concord_comment_row, CONCORD, COMMENT_ROW, GtkListBoxRow)

GtkWidget  *concord_comment_row_new       (const ConcordCommentThread *thread);
void        concord_comment_row_set_thread (ConcordCommentRow         *self,
                                            const ConcordCommentThread *thread);
const char *concord_comment_row_get_id    (ConcordCommentRow          *self);
gboolean    concord_comment_row_reply     (ConcordCommentRow          *self,
                                           const char                 *text);

G_END_DECLS
