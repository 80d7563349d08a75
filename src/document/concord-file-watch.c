/* concord-file-watch.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-file-watch"

#include "config.h"

#include "concord-file-watch.h"

/* Noticing that another program changed the file: its etag is remembered
 * when the watch starts and when asked to, and a change to the file with
 * another etag is someone else's ("changed" is emitted). */

struct _ConcordFileWatch
{
  GObject       parent_instance;

  GFile        *file;
  GFileMonitor *monitor;
  char         *etag;
};

G_DEFINE_FINAL_TYPE (ConcordFileWatch, concord_file_watch, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* The file as it is now counts as ours. */
void
concord_file_watch_remember (ConcordFileWatch *self)
{
  g_return_if_fail (CONCORD_IS_FILE_WATCH (self));

  g_free (self->etag);
  self->etag = self->file != NULL ? query_etag (self->file) : NULL;
}

static void
file_changed_cb (ConcordFileWatch  *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  g_autofree char *etag = NULL;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_DELETED &&
      event != G_FILE_MONITOR_EVENT_CREATED && event != G_FILE_MONITOR_EVENT_RENAMED &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;

  /* A save by another program often renames a new file over ours: ask
   * about our file, not the name the event was about. */
  if (self->file == NULL)
    return;
  etag = query_etag (self->file);
  if (g_strcmp0 (etag, self->etag) != 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
stop (ConcordFileWatch *self)
{
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
}

/* Watches @file (or nothing), taking it as it is now as ours. */
void
concord_file_watch_set_file (ConcordFileWatch *self,
                             GFile            *file)
{
  g_return_if_fail (CONCORD_IS_FILE_WATCH (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  stop (self);
  g_set_object (&self->file, file);
  concord_file_watch_remember (self);
  if (file == NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
concord_file_watch_dispose (GObject *object)
{
  ConcordFileWatch *self = CONCORD_FILE_WATCH (object);

  stop (self);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (concord_file_watch_parent_class)->dispose (object);
}

static void
concord_file_watch_finalize (GObject *object)
{
  ConcordFileWatch *self = CONCORD_FILE_WATCH (object);

  g_free (self->etag);

  G_OBJECT_CLASS (concord_file_watch_parent_class)->finalize (object);
}

static void
concord_file_watch_class_init (ConcordFileWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = concord_file_watch_dispose;
  object_class->finalize = concord_file_watch_finalize;

  /**
   * ConcordFileWatch::changed:
   *
   * Another program changed, replaced or removed the file.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
concord_file_watch_init (ConcordFileWatch *self)
{
}

ConcordFileWatch *
concord_file_watch_new (void)
{
  return g_object_new (CONCORD_TYPE_FILE_WATCH, NULL);
}
