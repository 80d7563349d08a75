/* concord-export-dialog.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-core.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_EXPORT_DIALOG (concord_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ConcordExportDialog, concord_export_dialog, CONCORD, EXPORT_DIALOG, AdwWindow)

typedef enum
{
  CONCORD_EXPORT_FORMAT_PDF,
  CONCORD_EXPORT_FORMAT_XML,
  CONCORD_EXPORT_FORMAT_DOCX,
  CONCORD_EXPORT_FORMAT_ODT,
} ConcordExportFormat;

ConcordExportDialog *concord_export_dialog_new          (GtkWindow           *parent,
                                                         ConcordMemorandum   *memorandum);
ConcordExportDialog *concord_export_dialog_present      (GtkWindow           *parent,
                                                         ConcordMemorandum   *memorandum);
ConcordExportFormat  concord_export_dialog_get_format   (ConcordExportDialog *self);
void                 concord_export_dialog_set_format   (ConcordExportDialog *self,
                                                         ConcordExportFormat  format);
void                 concord_export_dialog_get_options  (ConcordExportDialog *self,
                                                         ConcordRenderOptions *options);
gboolean             concord_export_dialog_export_to    (ConcordExportDialog *self,
                                                         GFile               *file,
                                                         GError             **error);
void                 concord_export_dialog_export_async (ConcordExportDialog *self,
                                                         GFile               *file,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean             concord_export_dialog_export_finish (ConcordExportDialog *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

G_END_DECLS
