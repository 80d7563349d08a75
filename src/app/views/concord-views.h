/* concord-views.h: what the views of the whole agreement share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

/* How long after the last edit the problems, matrix and party views
 * refresh: once typing pauses rather than for every key. */
#define CONCORD_VIEW_REFRESH_DELAY_MS 250

/* A view's pending refresh: a timeout, or (for a view that waits until it
 * is shown) a note that it is out of date. */
typedef struct
{
  guint    source_id;
  gboolean stale;
} ConcordViewRefresh;

void concord_view_refresh_queue (ConcordViewRefresh *refresh,
                                 GtkWidget          *view,
                                 gboolean            only_when_shown,
                                 GSourceFunc         refresh_cb);
void concord_view_refresh_clear (ConcordViewRefresh *refresh);
