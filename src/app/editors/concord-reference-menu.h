/* concord-reference-menu.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-core.h"

G_BEGIN_DECLS

GMenuModel *concord_reference_menu_new (ConcordMemorandum *memorandum,
                                        gboolean           with_table);

G_END_DECLS
