/* concord-fields.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "concord-types.h"

G_BEGIN_DECLS

const char *concord_field_label  (const char *name);
const char *concord_field_phrase (const char *name);

const char *concord_clause_status_label (ConcordClauseStatus status);

G_END_DECLS
