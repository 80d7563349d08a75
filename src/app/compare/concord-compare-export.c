/* concord-compare-export.c: the comparison as a Word document, the newer
 * version with each difference a tracked change, for a counterparty who
 * reviews in Word or LibreOffice.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "concord-compare-export.h"
#include "concord-xml.h"

/**
 * concord_compare_export_redline:
 * @diff: the comparison
 * @file: where to write the DOCX
 *
 * Writes the compared version with every difference from the open one as
 * a tracked change by the user, atomically: the file is the old one or
 * the whole new one.
 */
gboolean
concord_compare_export_redline (ConcordDiff  *diff,
                                GFile        *file,
                                GError      **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (diff != NULL, FALSE);

  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("Only files on this computer can be written"));
      return FALSE;
    }
  bytes = concord_render_office_redline (diff, NULL, error);
  if (bytes == NULL)
    return FALSE;

  return concord_file_replace_atomic (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

typedef struct
{
  ConcordFileChosen  chosen;
  GObject           *object;
} Chosen;

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           Chosen          *chosen)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    chosen->chosen (chosen->object, file);
  g_object_unref (chosen->object);
  g_free (chosen);
  g_object_unref (chooser);
}

/* Asks where to write the changes for Word, suggesting a name from the
 * compared memorandum's; @chosen gets the file if the user chose one. */
void
concord_compare_export_choose (GtkWindow         *parent,
                               ConcordDiff       *diff,
                               ConcordFileChosen  chosen,
                               GObject           *object)
{
  ConcordMemorandum *theirs = concord_diff_get_new (diff);
  g_autofree char *name = g_strdup_printf ("%s-changes.docx", concord_memorandum_get_id (theirs));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = concord_dialog_start_folder (NULL);
  GtkFileChooserNative *chooser;
  Chosen *pending = g_new0 (Chosen, 1);

  pending->chosen = chosen;
  pending->object = g_object_ref (object);
  chooser = gtk_file_chooser_native_new (_("Export Changes for Word"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Word Documents"));
  gtk_file_filter_add_pattern (filter, "*.docx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
