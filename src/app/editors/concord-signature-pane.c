/* concord-signature-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-signature-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-date-row.h"
#include "concord-signature-pane.h"
#include "concord-views.h"

/* A signature block: for which party (or for none: a signatory who is
 * not a party, signing in an office), who signed, in what office and
 * perhaps a second office on the same line, which may sign for a second
 * party, when and where, and the image of a recorded signature. The image
 * is a PNG, capped in size as the loader caps it, so that what the editor
 * accepts can always be saved and read back. Each is an undoable edit of
 * the signature; adding and removing blocks are the window's actions. */

struct _ConcordSignaturePane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  AdwActionRow      *signature_party_row;
  AdwEntryRow       *signature_person_row;
  AdwEntryRow       *signature_title_row;
  AdwEntryRow       *signature_second_title_row;
  AdwComboRow       *signature_also_for_row;
  AdwEntryRow       *signature_date_row;
  AdwEntryRow       *signature_place_row;
  GtkPicture        *signature_picture;

  /* State: the party ids behind the also-for choices, after "none" */
  GPtrArray         *also_for_ids;
  gulong             parties_changed_id;
  gboolean           syncing;
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
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  /* A FIFO or a device would never end, or never start: only a file. */
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: not a file"), name);
      return FALSE;
    }
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

/* Called for the item shown when the chooser answers. */
static gboolean
use_chosen_file (ConcordEditorPane  *pane,
                 GFile              *file,
                 GError            **error)
{
  return concord_signature_pane_set_image_file (CONCORD_SIGNATURE_PANE (pane), file, error);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "png");
  concord_editor_pane_choose_file (CONCORD_EDITOR_PANE (widget), _("Choose a Signature Image"), filter,
                                   _("Could Not Use the Image"), use_chosen_file);
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

/* What the block signs for, in words: the party, and what that means
 * for an office holder; or that the signatory is not a party. */
static void
show_party (ConcordSignaturePane *self)
{
  ConcordEditorPane *pane = CONCORD_EDITOR_PANE (self);
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (pane);
  ConcordSignature *sig = edited_signature (self);
  const char *id = concord_signature_get_party (sig);
  ConcordParty *party = id != NULL ? concord_memorandum_find_party (m, id) : NULL;
  const char *ids[] = { id, NULL };
  g_autofree char *who = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *shown = NULL;

  if (id == NULL)
    subtitle = g_strdup (_("A signatory who is not a party, signing in the office below"));
  else if (party != NULL && concord_party_get_office_holder (party))
    {
      who = concord_party_list_render (m, ids);
      /* Translators: %s is an office, such as "the Treasurer". */
      subtitle = g_strdup_printf (_("%s, an office holder: the block reads “Signed by” the office, "
                                    "and a name is printed only when one is given"), who);
    }
  else
    subtitle = concord_party_list_render (m, ids);
  /* A row measures all its text, and a name may be 100,000 characters. */
  shown = concord_view_shorten (subtitle, CONCORD_VIEW_LABEL_CHARS);
  adw_action_row_set_subtitle (self->signature_party_row, shown);
  /* A second party is signed for only after a first. */
  gtk_widget_set_visible (GTK_WIDGET (self->signature_also_for_row), id != NULL);
}

/* Which choice is the signature's second party. */
static void
select_also_for (ConcordSignaturePane *self)
{
  const char *also = concord_signature_get_also_for (edited_signature (self));
  guint selected = 0;

  for (guint i = 0; also != NULL && i < self->also_for_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->also_for_ids, i), also))
      selected = i + 1;

  /* Undo calls this, and so does the row's own choice, while the row is
   * still busy with it: only a different choice is set. */
  self->syncing = TRUE;
  if (adw_combo_row_get_selected (self->signature_also_for_row) != selected)
    adw_combo_row_set_selected (self->signature_also_for_row, selected);
  self->syncing = FALSE;
}

/* The choices for a second party: none, or any party but the first.
 * They are made when the pane shows the signature and again when parties
 * are added or removed, not after every edit: a memorandum may have very
 * many parties. */
static void
fill_also_for (ConcordSignaturePane *self)
{
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (CONCORD_EDITOR_PANE (self));
  ConcordSignature *sig = edited_signature (self);
  GListModel *parties = concord_memorandum_get_parties (m);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->also_for_ids, 0);
  gtk_string_list_append (names, _("No second party"));
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      const char *id = concord_party_get_id (party);
      const char *ids[] = { id, NULL };
      g_autofree char *name = NULL;

      if (g_strcmp0 (id, concord_signature_get_party (sig)) == 0)
        continue;
      name = concord_party_list_render (m, ids);
      gtk_string_list_append (names, name);
      g_ptr_array_add (self->also_for_ids, g_strdup (id));
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->signature_also_for_row, G_LIST_MODEL (names));
  self->syncing = FALSE;
  select_also_for (self);
}

static void
parties_changed_cb (ConcordSignaturePane *self)
{
  if (edited_signature (self) != NULL)
    fill_also_for (self);
}

static void
also_for_selected_cb (ConcordSignaturePane *self)
{
  ConcordSignature *sig = edited_signature (self);
  guint selected = adw_combo_row_get_selected (self->signature_also_for_row);
  const char *id = NULL;

  if (self->syncing || sig == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0 && selected <= self->also_for_ids->len)
    id = g_ptr_array_index (self->also_for_ids, selected - 1);
  if (g_strcmp0 (id, concord_signature_get_also_for (sig)) != 0)
    g_object_set (sig, "also-for", id, NULL);
}

/* Signatories who are not parties are told apart by office and name, as
 * the file is read: two alike could not be read back, so the rows say so
 * until one differs. */
static gboolean
duplicates_another (ConcordSignaturePane *self)
{
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (CONCORD_EDITOR_PANE (self));
  ConcordSignature *sig = edited_signature (self);
  GListModel *signatures = concord_memorandum_get_signatures (m);

  if (concord_signature_get_party (sig) != NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (signatures); i++)
    {
      g_autoptr(ConcordSignature) other = g_list_model_get_item (signatures, i);

      if (other != sig && concord_signature_get_party (other) == NULL &&
          g_strcmp0 (concord_signature_get_key (other), concord_signature_get_key (sig)) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
show_duplicate (ConcordSignaturePane *self)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->signature_person_row), GTK_WIDGET (self->signature_title_row) };
  gboolean duplicate = duplicates_another (self);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (duplicate)
        gtk_widget_add_css_class (rows[i], "error");
      else
        gtk_widget_remove_css_class (rows[i], "error");
      gtk_widget_set_tooltip_text (rows[i], duplicate ? _("Another signatory who is not a party has this "
                                                          "office and name: change one of them") : NULL);
    }
}

gboolean
concord_signature_pane_shows_duplicate (ConcordSignaturePane *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE_PANE (self), FALSE);

  return gtk_widget_has_css_class (GTK_WIDGET (self->signature_title_row), "error");
}

static void
concord_signature_pane_bind (ConcordEditorPane *pane,
                             GObject           *item)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (pane);

  show_party (self);
  fill_also_for (self);
  self->parties_changed_id =
    g_signal_connect_object (concord_memorandum_get_parties (concord_editor_pane_get_memorandum (pane)),
                             "items-changed", G_CALLBACK (parties_changed_cb), self, G_CONNECT_SWAPPED);
  concord_editor_pane_bind_text (pane, "person", self->signature_person_row);
  concord_editor_pane_bind_text (pane, "title", self->signature_title_row);
  concord_editor_pane_bind_text (pane, "second-title", self->signature_second_title_row);
  concord_editor_pane_bind_checked_text (pane, "date", self->signature_date_row, concord_editor_valid_date);
  concord_editor_pane_bind_text (pane, "place", self->signature_place_row);
  show_image (self);
  show_duplicate (self);
}

static void
concord_signature_pane_unbind (ConcordEditorPane *pane)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (pane);
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (pane);

  if (m != NULL)
    g_clear_signal_handler (&self->parties_changed_id, concord_memorandum_get_parties (m));
  self->parties_changed_id = 0;
}

/* A party renamed, or another block's office, changes what the pane says. */
static void
concord_signature_pane_document_changed (ConcordEditorPane *pane)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (pane);

  if (edited_signature (self) == NULL)
    return;
  show_party (self);
  show_duplicate (self);
}

/* A signatory who is not a party must name an office or a person for
 * the file to be read back: once both are cleared, the office's prompt
 * names it, as it does in a block just added. */
static void
keep_named (ConcordSignaturePane *self)
{
  ConcordSignature *sig = edited_signature (self);

  if (concord_signature_get_party (sig) == NULL && concord_signature_get_title (sig) == NULL &&
      concord_signature_get_person (sig) == NULL && concord_signature_get_placeholder (sig, "title") == NULL &&
      concord_signature_get_placeholder (sig, "person") == NULL)
    concord_signature_set_placeholder (sig, "title", _("Office of the signatory"));
}

/* Undo changes the image behind the pane's back too. */
static void
concord_signature_pane_item_notify (ConcordEditorPane *pane,
                                    GParamSpec        *pspec)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (pane);

  if (g_strcmp0 (pspec->name, "image") == 0)
    show_image (self);
  else if (g_strcmp0 (pspec->name, "also-for") == 0)
    select_also_for (self);
  else if (g_strcmp0 (pspec->name, "title") == 0 || g_strcmp0 (pspec->name, "person") == 0)
    {
      keep_named (self);
      show_duplicate (self);
    }
}

static gboolean
concord_signature_pane_focus_field (ConcordEditorPane *pane,
                                    const char        *field)
{
  ConcordSignaturePane *self = CONCORD_SIGNATURE_PANE (pane);
  const struct { const char *field; gpointer row; } rows[] = {
    { "person", self->signature_person_row },
    { "title", self->signature_title_row },
    { "second-title", self->signature_second_title_row },
    { "also-for", self->signature_also_for_row },
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
concord_signature_pane_finalize (GObject *object)
{
  g_clear_pointer (&CONCORD_SIGNATURE_PANE (object)->also_for_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (concord_signature_pane_parent_class)->finalize (object);
}

static void
concord_signature_pane_class_init (ConcordSignaturePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  g_type_ensure (CONCORD_TYPE_DATE_ROW);

  object_class->dispose = concord_signature_pane_dispose;
  object_class->finalize = concord_signature_pane_finalize;
  pane_class->item_type = CONCORD_TYPE_SIGNATURE;
  pane_class->bind = concord_signature_pane_bind;
  pane_class->unbind = concord_signature_pane_unbind;
  pane_class->item_notify = concord_signature_pane_item_notify;
  pane_class->document_changed = concord_signature_pane_document_changed;
  pane_class->focus_field = concord_signature_pane_focus_field;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-signature-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_party_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_person_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_title_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_second_title_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_also_for_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_date_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_place_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSignaturePane, signature_picture);

  gtk_widget_class_install_action (widget_class, "signature.image-choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "signature.image-remove", NULL, remove_action);
}

static void
concord_signature_pane_init (ConcordSignaturePane *self)
{
  self->also_for_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->signature_also_for_row, "notify::selected", G_CALLBACK (also_for_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
concord_signature_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_SIGNATURE_PANE, NULL);
}
