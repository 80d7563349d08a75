/* concord-revision-dialog.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-compare-window.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_REVISION_DIALOG (concord_revision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ConcordRevisionDialog, concord_revision_dialog, CONCORD, REVISION_DIALOG, AdwWindow)

ConcordRevisionDialog *concord_revision_dialog_new          (GtkWindow             *parent,
                                                             ConcordDocument       *document);
GtkListBox            *concord_revision_dialog_get_list     (ConcordRevisionDialog *self);
const char            *concord_revision_dialog_get_error    (ConcordRevisionDialog *self);
ConcordCompareWindow  *concord_revision_dialog_compare      (ConcordRevisionDialog *self,
                                                             guint                  index,
                                                             GError               **error);

G_END_DECLS
