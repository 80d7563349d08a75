/* concord-schema-private.h: the quick validator, for the loader and its
 * tests.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

gboolean _concord_schema_proves_valid (xmlDoc *doc);

G_END_DECLS
