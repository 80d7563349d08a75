/* concord-views.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "concord-views.h"

/* Refreshes a view once the current burst of edits is over: typing is a
 * burst of edits, and a long memorandum must never hold up the next
 * keystroke. A view that waits until it is shown only notes, while
 * hidden, that it is out of date; it catches up when mapped. refresh_cb
 * gets the view, and must zero source_id before it refreshes. */
void
concord_view_refresh_queue (ConcordViewRefresh *refresh,
                            GtkWidget          *view,
                            gboolean            only_when_shown,
                            GSourceFunc         refresh_cb)
{
  g_clear_handle_id (&refresh->source_id, g_source_remove);
  if (only_when_shown && !gtk_widget_get_mapped (view))
    {
      refresh->stale = TRUE;
      return;
    }
  refresh->source_id = g_timeout_add (CONCORD_VIEW_REFRESH_DELAY_MS, refresh_cb, view);
}

/* The view is up to date: nothing is pending. */
void
concord_view_refresh_clear (ConcordViewRefresh *refresh)
{
  refresh->stale = FALSE;
  g_clear_handle_id (&refresh->source_id, g_source_remove);
}

char *
concord_view_shorten (const char *text,
                      guint       max_chars)
{
  const char *end = text;

  if (text == NULL)
    return NULL;

  /* Counted in characters: g_utf8_strlen's bound is in bytes. */
  for (guint n = 0; n < max_chars && *end != '\0'; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);

  {
    g_autofree char *head = g_strndup (text, end - text);

    return g_strconcat (head, "…", NULL);
  }
}
