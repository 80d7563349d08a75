/* concord-git.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-core.h"

G_BEGIN_DECLS

/* One commit that changed a file. */
typedef struct
{
  char      *id;
  char      *short_id;
  GDateTime *time;
  char      *author;
  char      *summary;
} ConcordRevision;

void               concord_revision_free          (ConcordRevision  *self);
GPtrArray         *concord_git_list_revisions     (GFile            *file,
                                                   GError          **error);
ConcordMemorandum *concord_git_load_revision      (GFile            *file,
                                                   const char       *commit_id,
                                                   GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordRevision, concord_revision_free)

G_END_DECLS
