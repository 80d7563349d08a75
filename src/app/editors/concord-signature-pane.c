/* concord-signature-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-signature-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-signature-pane.h"
#include "concord-views.h"

/* A signature block: who signed, when and where, and the image of a
 * recorded signature. The image is a PNG, capped in size as the loader
 * caps it, so that what the editor accepts can always be saved and read
 * back. Setting it is an undoable edit of the signature. */

struct _ConcordSignaturePane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  AdwActionRow      *signature_party_row;
  AdwEntryRow       *signature_person_row;
  AdwEntryRow       *signature_title_row;
  AdwEntryRow       *signature_date_row;
  AdwEntryRow       *signature_place_row;
  GtkPicture        *signature_picture;
};

G_DEFINE_FINAL_TYPE (ConcordSignaturePane, concord_signature_pane, CONCORD_TYPE_EDITOR_PANE)

static ConcordSignature *
edited_signature (ConcordSignaturePane *self)
{
  GObject *item = concord_editor_pane_get_item (CONCORD_EDITOR_PANE (self));

  return CONCORD_IS_SIGNATURE (item) ? CONCORD_SIGNATURE (item) : NULL;
}

static void
show_image (ConcordSignaturePane *self)
{
  ConcordSignature *sig = edited_signature (self);
  GBytes *image = sig != NULL ? concord_signature_get_image (sig) : NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (image != NULL)
    texture = gdk_texture_new_from_bytes (image, NULL);
  gtk_picture_set_paintable (self->signature_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->signature_picture), texture != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "signature.image-remove", image != NULL);
}

/**
 * concord_signature_pane_set_image_file:
 *
 * Sets the image of the edited signature from a PNG file, if it is one and
 * is not too large.
 */
gboolean
concord_signature_pane_set_image_file (ConcordSignaturePane  *self,
                                       GFile                 *file,
                                       GError               **error)
{
  ConcordSignature *sig;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len;

  g_return_val_if_fail (CONCORD_IS_SIGNATURE_PANE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  sig = edited_signature (self);
  g_return_val_if_fail (sig != NULL, FALSE);

  name = g_file_get_parse_name (file);
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

  return TRUE;
}

gboolean
concord_signature_pane_shows_image (ConcordSignaturePane *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE_PANE (self), FALSE);

  return gtk_picture_get_paintable (self->signature_picture) != NULL;
}

static void
choose_response_cb (GtkNativeDialog      *dialog,
                    int                   response,
                    ConcordSignaturePane *self)
{
  if (response == GTK_RESPONSE_ACCEPT && edited_signature (self) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!concord_signature_pane_set_image_file (self, file, &error))
        concord_editor_pane_show_error (CONCORD_EDITOR_PANE (self), _("Could Not Use the Image"), error->message);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (edited_signature (self) == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Choose a Signature Image"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (choose_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordSignature *sig = edited_signature (CONCORD_SIGNATURE_PANE (widget));

  if (sig != NULL)
    g_object_set (sig, "image", NULL, NULL);
}

static void
concord_signature_pane_bind (ConcordEditorPane *pane,
                             GObject           *item)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (pane);
  const char *party[] = { concord_signature_get_party (CONCORD_SIGNATURE (item)), NULL };
  g_autofree char *who = concord_party_list_render (concord_editor_pane_get_memorandum (pane), party);
  /* A row measures all its text, and a name may be 100,000 characters. */
  g_autofree char *shown = concord_view_shorten (who, CONCORD_VIEW_LABEL_CHARS);

  adw_action_row_set_subtitle (self->signature_party_row, shown);
  concord_editor_pane_bind_text (pane, "person", self->signature_person_row);
  concord_editor_pane_bind_text (pane, "title", self->signature_title_row);
  concord_editor_pane_bind_checked_text (pane, "date", self->signature_date_row, concord_editor_valid_date);
  concord_editor_pane_bind_text (pane, "place", self->signature_place_row);
  show_image (self);
}

/* Undo changes the image behind the pane's back too. */
static void
concord_signature_pane_item_notify (ConcordEditorPane *pane,
                                    GParamSpec        *pspec)
{
  if (g_strcmp0 (pspec->name, "image") == 0)
    show_image (CONCORD_SIGNATURE_PANE (pane));
}

static gboolean
concord_signature_pane_focus_field (ConcordEditorPane *pane,
                                    const char        *field)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (pane);
  const struct { const char *field; gpointer row; } rows[] = {
    { "person", self->signature_person_row },
    { "title", self->signature_title_row },
    { "date", self->signature_date_row },
    { "place", self->signature_place_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return gtk_widget_grab_focus (rows[i].row);

  return FALSE;
}

static void
concord_signature_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_SIGNATURE_PANE);

  G_OBJECT_CLASS (concord_signature_pane_parent_class)->dispose (object);
}

static void
concord_signature_pane_class_init (ConcordSignaturePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_signature_pane_dispose;
  pane_class->item_type = CONCORD_TYPE_SIGNATURE;
  pane_class->bind = concord_signature_pane_bind;
  pane_class->item_notify = concord_signature_pane_item_notify;
  pane_class->focus_field = concord_signature_pane_focus_field;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-signature-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_party_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_person_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_title_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_date_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_place_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_picture);

  gtk_widget_class_install_action (widget_class, "signature.image-choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "signature.image-remove", NULL, remove_action);
}

static void
concord_signature_pane_init (ConcordSignaturePane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
concord_signature_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_SIGNATURE_PANE, NULL);
}
