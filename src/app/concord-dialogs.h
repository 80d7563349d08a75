/* concord-dialogs.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"

G_BEGIN_DECLS

/* The window's questions to the user. Each answer goes to a callback with
 * the object given, which the dialog keeps alive until then. */

typedef void (*ConcordFileChosen) (GObject *object,
                                   GFile   *file);
typedef void (*ConcordAnswered)   (GObject    *object,
                                   const char *response);

typedef struct
{
  const char            *id;
  const char            *label;
  AdwResponseAppearance  appearance;
} ConcordDialogResponse;

char *concord_dialog_suggest_name      (ConcordDocument             *document);
GFile *concord_dialog_start_folder     (ConcordDocument             *document);
GtkFileChooserNative *
     concord_dialog_choose_memorandum (GtkWindow                   *parent,
                                       gboolean                     save,
                                       ConcordDocument             *document,
                                       ConcordFileChosen            chosen,
                                       GObject                     *object);
void concord_dialog_ask               (GtkWindow                   *parent,
                                       const char                  *heading,
                                       const char                  *body,
                                       const ConcordDialogResponse *responses,
                                       guint                        n_responses,
                                       const char                  *default_response,
                                       ConcordAnswered              answered,
                                       GObject                     *object);
void concord_dialog_confirm_edit     (GtkWindow                   *parent,
                                       ConcordDocument             *document,
                                       const char                  *edit,
                                       GObject                     *selected,
                                       ConcordAnswered              answered,
                                       GObject                     *object);
void concord_dialog_tell              (GtkWindow                   *parent,
                                       const char                  *heading,
                                       const char                  *message);

GtkWindow            *concord_dialog_show_import_report (GtkWindow          *parent,
                                                        GFile              *source,
                                                        const char * const *lines);

G_END_DECLS
