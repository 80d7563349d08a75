/* concord-start-page.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CONCORD_TYPE_START_PAGE (concord_start_page_get_type ())

G_DECLARE_FINAL_TYPE (ConcordStartPage, concord_start_page, CONCORD, START_PAGE, GtkWidget)

GtkWidget  *concord_start_page_new             (void);
gboolean    concord_start_page_fill_templates  (ConcordStartPage  *self,
                                                GError           **error);
void        concord_start_page_forget_draft    (ConcordStartPage  *self,
                                                const char        *draft_id);
GtkListBox *concord_start_page_get_templates   (ConcordStartPage  *self);
GtkListBox *concord_start_page_get_recent      (ConcordStartPage  *self);
GtkListBox *concord_start_page_get_drafts      (ConcordStartPage  *self);
gboolean    concord_start_page_get_has_recent  (ConcordStartPage  *self);
gboolean    concord_start_page_get_has_drafts  (ConcordStartPage  *self);

G_END_DECLS
