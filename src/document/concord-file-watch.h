/* concord-file-watch.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CONCORD_TYPE_FILE_WATCH (concord_file_watch_get_type ())

G_DECLARE_FINAL_TYPE (ConcordFileWatch, concord_file_watch, CONCORD, FILE_WATCH, GObject)

ConcordFileWatch *concord_file_watch_new      (void);
void              concord_file_watch_set_file (ConcordFileWatch *self,
                                               GFile            *file);
void              concord_file_watch_remember (ConcordFileWatch *self);

G_END_DECLS
