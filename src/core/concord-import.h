/* concord-import.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

gboolean           concord_import_handles (const char  *path);
ConcordMemorandum *concord_import_file    (const char  *path,
                                           GPtrArray   *report,
                                           GError     **error);

G_END_DECLS
