/* concord-session.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_SESSION (concord_session_get_type ())

G_DECLARE_FINAL_TYPE (ConcordSession, concord_session, CONCORD, SESSION, GObject)

ConcordSession  *concord_session_new            (GSettings        *settings);
ConcordDocument *concord_session_get_document   (ConcordSession   *self);
void             concord_session_open_file_async (ConcordSession     *self,
                                                  GFile              *file,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
void             concord_session_restore_draft_async (ConcordSession     *self,
                                                      const char         *draft_id,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
gboolean         concord_session_open_finish    (ConcordSession   *self,
                                                 GAsyncResult     *result,
                                                 GError          **error);
gboolean         concord_session_get_opening    (ConcordSession   *self);
void             concord_session_cancel_open    (ConcordSession   *self);
gboolean         concord_session_open_template  (ConcordSession   *self,
                                                 const char       *template_id,
                                                 GError          **error);
gboolean         concord_session_save           (ConcordSession   *self,
                                                 GFile            *file,
                                                 GError          **error);
gboolean         concord_session_reload         (ConcordSession   *self,
                                                 GError          **error);
void             concord_session_keep_version   (ConcordSession   *self);
void             concord_session_discard_draft  (ConcordSession   *self);
void             concord_session_flush_draft    (ConcordSession   *self);
void             concord_session_show_errors_in (ConcordSession   *self,
                                                 AdwToastOverlay  *overlay);
GFile           *concord_session_take_files     (ConcordSession   *self,
                                                 GApplication     *application,
                                                 GSList           *files);

G_END_DECLS
