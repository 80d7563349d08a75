/* concord-checklist-view.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_CHECKLIST_VIEW (concord_checklist_view_get_type ())

G_DECLARE_FINAL_TYPE (ConcordChecklistView, concord_checklist_view, CONCORD, CHECKLIST_VIEW, AdwBin)

GtkWidget         *concord_checklist_view_new            (void);
ConcordMemorandum *concord_checklist_view_get_memorandum (ConcordChecklistView *self);
void               concord_checklist_view_set_memorandum (ConcordChecklistView *self,
                                                          ConcordMemorandum    *memorandum);
void               concord_checklist_view_refresh        (ConcordChecklistView *self);
guint              concord_checklist_view_get_n_present  (ConcordChecklistView *self);
gboolean           concord_checklist_view_is_present     (ConcordChecklistView *self,
                                                          const char           *id);
GtkWidget         *concord_checklist_view_get_row        (ConcordChecklistView *self,
                                                          const char           *id);
guint              concord_checklist_view_get_n_dates    (ConcordChecklistView *self);
gboolean           concord_checklist_view_save_calendar  (ConcordChecklistView  *self,
                                                          GFile                 *file,
                                                          GError               **error);

G_END_DECLS
