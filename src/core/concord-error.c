/* concord-error.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "concord-error.h"

G_DEFINE_QUARK (concord-error-quark, concord_error)
