/* concord-drafts.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *title;
  char *original_path;
  char *saved_at;
} ConcordDraftInfo;

void             concord_draft_info_free  (ConcordDraftInfo *info);
char            *concord_drafts_folder    (void);
GPtrArray       *concord_drafts_list      (void);
gboolean         concord_drafts_write     (ConcordDocument  *document,
                                           GError          **error);
void             concord_drafts_remove    (const char       *draft_id);
ConcordDocument *concord_drafts_restore   (const char       *draft_id,
                                           GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordDraftInfo, concord_draft_info_free)

G_END_DECLS
