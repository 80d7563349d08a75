/* concord-reference-target.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_REFERENCE_TARGET (concord_reference_target_get_type ())

G_DECLARE_FINAL_TYPE (ConcordReferenceTarget, concord_reference_target, CONCORD, REFERENCE_TARGET, GObject)

const char *concord_reference_target_get_id      (ConcordReferenceTarget *self);
const char *concord_reference_target_get_label   (ConcordReferenceTarget *self);
const char *concord_reference_target_get_heading (ConcordReferenceTarget *self);
GObject    *concord_reference_target_get_owner   (ConcordReferenceTarget *self);
guint       concord_reference_target_get_block   (ConcordReferenceTarget *self);
char       *concord_reference_target_ensure_id (ConcordReferenceTarget *self,
                                                ConcordMemorandum      *memorandum);
GListModel *concord_reference_targets_list       (ConcordMemorandum      *memorandum);

G_END_DECLS
