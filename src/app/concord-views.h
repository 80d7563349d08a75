/* concord-views.h: what the views of the whole agreement share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* How long after the last edit the problems, matrix and party views
 * refresh: once typing pauses rather than for every key. */
#define CONCORD_VIEW_REFRESH_DELAY_MS 250
