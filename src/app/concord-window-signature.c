/* concord-window-signature.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-window-private.h"

/* The image of a recorded signature: a PNG, capped in size as the loader
 * caps it, so that what the editor accepts can always be saved and read
 * back. Setting it is an undoable edit of the signature. */

static ConcordSignature *
edited_signature (ConcordWindow *self)
{
  return CONCORD_IS_SIGNATURE (self->edited) ? CONCORD_SIGNATURE (self->edited) : NULL;
}

void
_concord_window_show_signature_image (ConcordWindow *self)
{
  ConcordSignature *sig = edited_signature (self);
  GBytes *image = sig != NULL ? concord_signature_get_image (sig) : NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (image != NULL)
    texture = gdk_texture_new_from_bytes (image, NULL);
  gtk_picture_set_paintable (self->signature_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->signature_picture), texture != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.signature-image-remove", image != NULL);
}

gboolean
_concord_window_set_signature_image (ConcordWindow  *self,
                                     GFile          *file,
                                     GError        **error)
{
  ConcordSignature *sig = edited_signature (self);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len;

  g_return_val_if_fail (sig != NULL, FALSE);

  /* Look at the size before reading, so a huge file is never loaded. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info != NULL && g_file_info_get_size (info) > CONCORD_MAX_IMAGE_SIZE)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT,
                   _("%s: the signature image is larger than the limit of %d KiB"),
                   name, CONCORD_MAX_IMAGE_SIZE / 1024);
      return FALSE;
    }
  if (info == NULL || !g_file_load_contents (file, NULL, &data, &len, NULL, &local_error))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, "%s: %s", name, local_error->message);
      return FALSE;
    }
  if (!concord_signature_check_image ((const guchar *) data, len, &local_error))
    {
      g_set_error (error, CONCORD_ERROR, local_error->code, "%s: %s", name, local_error->message);
      return FALSE;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  g_object_set (sig, "image", bytes, NULL);
  _concord_window_show_signature_image (self);

  return TRUE;
}

static void
show_image_error (ConcordWindow *self,
                  const char    *message)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         _("Could Not Use the Image"),
                                                                         message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
choose_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    ConcordWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT && edited_signature (self) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!_concord_window_set_signature_image (self, file, &error))
        show_image_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (edited_signature (self) == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Choose a Signature Image"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (choose_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  ConcordSignature *sig = edited_signature (self);

  if (sig == NULL)
    return;

  g_object_set (sig, "image", NULL, NULL);
  _concord_window_show_signature_image (self);
}

void
_concord_window_install_signature_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.signature-image-choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "win.signature-image-remove", NULL, remove_action);
}
