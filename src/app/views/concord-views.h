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

/* Names as a label shows them: at most @max_chars characters, the rest
 * replaced by "…". A label measures its whole text on the main thread, and
 * an unbroken name of 100,000 characters (valid in a file) froze the
 * window for minutes. */
#define CONCORD_VIEW_LABEL_CHARS   120
#define CONCORD_VIEW_TOOLTIP_CHARS 1000
/* Labels that wrap (problem messages, subtitles): Pango breaks an unbroken
 * run in time that grows with the square of its length, and GTK measures
 * a label several times per frame; 1,000 characters cost 200 ms. */
#define CONCORD_VIEW_TEXT_CHARS    240

char *concord_view_shorten (const char *text,
                            guint       max_chars);
