/* concord-library-dialog.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

/* How a command asks the window to show an item it made. */
typedef void (*ConcordSelectFunc) (GtkWindow *window,
                                   GObject   *item);

#define CONCORD_TYPE_LIBRARY_DIALOG (concord_library_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ConcordLibraryDialog, concord_library_dialog, CONCORD, LIBRARY_DIALOG, AdwWindow)

ConcordLibraryDialog *concord_library_dialog_new        (GtkWindow            *parent,
                                                         ConcordDocument      *document,
                                                         GObject              *edited,
                                                         ConcordSelectFunc     select);
void                  concord_library_dialog_set_query  (ConcordLibraryDialog *self,
                                                         const char           *query);
guint                 concord_library_dialog_get_n_shown (ConcordLibraryDialog *self);
gboolean              concord_library_dialog_choose     (ConcordLibraryDialog *self,
                                                         const char           *name);
const char           *concord_library_dialog_get_page   (ConcordLibraryDialog *self);
gboolean              concord_library_dialog_save       (ConcordDocument      *document,
                                                         GObject              *item,
                                                         char                **message,
                                                         GError              **error);
void                  concord_library_dialog_show_error (GtkWindow            *parent,
                                                         const char           *heading,
                                                         const GError         *error);

G_END_DECLS
