/* concord-control-entry.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-types.h"
#include "concord-block.h"

G_BEGIN_DECLS
#define CONCORD_TYPE_CONTROL_ENTRY (concord_control_entry_get_type ())
G_DECLARE_FINAL_TYPE (ConcordControlEntry, concord_control_entry, CONCORD, CONTROL_ENTRY, GObject)
ConcordControlEntry *concord_control_entry_new (void);
const char *concord_control_entry_get_version (ConcordControlEntry *self);
void concord_control_entry_set_version (ConcordControlEntry *self, const char *version);
const char *concord_control_entry_get_date (ConcordControlEntry *self);
void concord_control_entry_set_date (ConcordControlEntry *self, const char *date);
const char *concord_control_entry_get_author (ConcordControlEntry *self);
void concord_control_entry_set_author (ConcordControlEntry *self, const char *author);
const char *concord_control_entry_get_summary (ConcordControlEntry *self);
void concord_control_entry_set_summary (ConcordControlEntry *self, const char *summary);

G_END_DECLS
