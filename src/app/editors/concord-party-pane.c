/* concord-party-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-party-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-logo.h"
#include "concord-party-pane.h"
#include "concord-text-row.h"

/* A party: its names, the organisation it is a unit of, whether it is an
 * office, its kind, description, colour, logo and who signs for it.
 * Adding and removing parties are the window's actions. */

#define THUMBNAIL_SIZE 80

struct _ConcordPartyPane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  AdwEntryRow       *party_name_row;
  AdwEntryRow       *party_short_row;
  AdwEntryRow       *party_translated_name_row;
  AdwEntryRow       *party_translated_short_row;
  AdwEntryRow       *party_organisation_row;
  GtkSwitch         *party_office_holder_switch;
  AdwComboRow       *party_kind_row;
  ConcordTextRow    *party_description_row;
  GtkColorButton    *party_colour_button;
  GtkPicture        *party_logo_picture;
  AdwPreferencesGroup *party_signs_group;
  GtkWidget         *party_add_signature_button;
  AdwEntryRow       *party_person_row;
  AdwEntryRow       *party_office_row;

  /* State: bindings the base class does not make, undone on unbind */
  GBinding          *description_binding;
  GBinding          *office_holder_binding;
};

G_DEFINE_FINAL_TYPE (ConcordPartyPane, concord_party_pane, CONCORD_TYPE_EDITOR_PANE)

static ConcordParty *
edited_party (ConcordPartyPane *self)
{
  GObject *item = concord_editor_pane_get_item (CONCORD_EDITOR_PANE (self));

  return CONCORD_IS_PARTY (item) ? CONCORD_PARTY (item) : NULL;
}

/* A party that does not sign has no one to sign for it. */
static void
show_signs (ConcordPartyPane *self)
{
  ConcordParty *party = edited_party (self);

  ConcordMemorandum *m = concord_editor_pane_get_memorandum (CONCORD_EDITOR_PANE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->party_signs_group),
                          party != NULL && concord_party_get_kind (party) == CONCORD_PARTY_KIND_SIGNATORY);
  /* A party signs once: a party with a block has nothing to add. */
  gtk_widget_set_visible (self->party_add_signature_button,
                          party != NULL && m != NULL &&
                          concord_memorandum_find_signature (m, concord_party_get_id (party)) == NULL);
}

/* Blocks added and removed, by the pane's button or by undo. */
static void
concord_party_pane_document_changed (ConcordEditorPane *pane)
{
  show_signs (CONCORD_PARTY_PANE (pane));
}

/* The logo drawn as the cover draws it, so an SVG shows as it will
 * print. */
static GdkTexture *
render_thumbnail (GBytes *logo)
{
  double aspect = _concord_logo_aspect (logo);
  int width = aspect >= 1 ? THUMBNAIL_SIZE : MAX (1, (int) (THUMBNAIL_SIZE * aspect));
  int height = aspect >= 1 ? MAX (1, (int) (THUMBNAIL_SIZE / aspect)) : THUMBNAIL_SIZE;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  gsize stride = (gsize) cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) pixels = NULL;
  GdkTexture *texture;

  _concord_image_draw (cr, logo, 0, 0, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface), stride * (gsize) height);
  /* Cairo's ARGB32 is GDK's default memory format. */
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, pixels, stride);
  cairo_surface_destroy (surface);

  return texture;
}

static void
show_logo (ConcordPartyPane *self)
{
  ConcordParty *party = edited_party (self);
  GBytes *logo = party != NULL ? concord_party_get_logo (party) : NULL;
  g_autoptr(GdkTexture) texture = logo != NULL ? render_thumbnail (logo) : NULL;

  gtk_picture_set_paintable (self->party_logo_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->party_logo_picture), texture != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "party.logo-remove", logo != NULL);
}

gboolean
concord_party_pane_offers_signature (ConcordPartyPane *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY_PANE (self), FALSE);

  return gtk_widget_get_visible (self->party_add_signature_button) &&
         gtk_widget_get_visible (GTK_WIDGET (self->party_signs_group));
}

gboolean
concord_party_pane_shows_logo (ConcordPartyPane *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY_PANE (self), FALSE);

  return gtk_picture_get_paintable (self->party_logo_picture) != NULL;
}

/* A PNG starts with its signature and an SVG with markup (perhaps after
 * a byte-order mark or blanks); anything else is not worth parsing, and
 * the user is better told so than shown an XML parser's complaint. */
static gboolean
looks_like_image (const char *data,
                  gsize       len)
{
  static const char png[] = "\x89PNG\r\n\x1a\n";
  gsize i = 0;

  if (len >= sizeof png - 1 && memcmp (data, png, sizeof png - 1) == 0)
    return TRUE;
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;

  return i < len && data[i] == '<';
}

/* The loader checks a PNG's signature only; a file cut short would save
 * and print as nothing, so it is decoded once here. */
static gboolean
png_decodes (const char  *data,
             gsize        len,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, len);
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (bytes, NULL);

  if (texture == NULL)
    {
      g_set_error_literal (error, CONCORD_ERROR, CONCORD_ERROR_PARSE, _("the PNG image is damaged or cut short"));
      return FALSE;
    }

  return TRUE;
}

/**
 * concord_party_pane_set_logo_file:
 *
 * Sets the logo of the edited party from a PNG or SVG file, if it is one
 * that the loader would read back and is not too large: one undoable edit.
 */
gboolean
concord_party_pane_set_logo_file (ConcordPartyPane  *self,
                                  GFile             *file,
                                  GError           **error)
{
  ConcordParty *party;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ConcordLogoFormat format;
  gsize len;

  g_return_val_if_fail (CONCORD_IS_PARTY_PANE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  party = edited_party (self);
  g_return_val_if_fail (party != NULL, FALSE);

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
                   _("%s: the logo is larger than the limit of %d KiB"), name, CONCORD_MAX_IMAGE_SIZE / 1024);
      return FALSE;
    }
  if (info == NULL || !g_file_load_contents (file, NULL, &data, &len, NULL, &local_error))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, "%s: %s", name, local_error->message);
      return FALSE;
    }
  if (!looks_like_image (data, len))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE, _("%s: the file is not a PNG or SVG image"), name);
      return FALSE;
    }
  if (!concord_logo_check ((const guchar *) data, len, &format, &local_error) ||
      (format == CONCORD_LOGO_PNG && !png_decodes (data, len, &local_error)))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE, "%s: %s", name, local_error->message);
      return FALSE;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  g_object_set (party, "logo", bytes, NULL);

  return TRUE;
}

/* Called for the item shown when the chooser answers. */
static gboolean
use_chosen_file (ConcordEditorPane  *pane,
                 GFile              *file,
                 GError            **error)
{
  return concord_party_pane_set_logo_file (CONCORD_PARTY_PANE (pane), file, error);
}

static void
logo_choose_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PNG and SVG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "svg");
  concord_editor_pane_choose_file (CONCORD_EDITOR_PANE (widget), _("Choose a Logo"), filter,
                                   _("Could Not Use the Logo"), use_chosen_file);
}

static void
logo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ConcordParty *party = edited_party (CONCORD_PARTY_PANE (widget));

  if (party != NULL)
    g_object_set (party, "logo", NULL, NULL);
}

/* The model's description is NULL when empty; the row's text never is. */
static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");

  return TRUE;
}

static void
concord_party_pane_bind (ConcordEditorPane *pane,
                         GObject           *item)
{
  ConcordPartyPane *self = CONCORD_PARTY_PANE (pane);

  concord_editor_pane_bind_text (pane, "name", self->party_name_row);
  concord_editor_pane_bind_text (pane, "short-name", self->party_short_row);
  concord_editor_pane_bind_translated_text (pane, "translated-name", self->party_translated_name_row, _("Name"));
  concord_editor_pane_bind_translated_text (pane, "translated-short-name", self->party_translated_short_row,
                                            _("Short Name"));
  concord_editor_pane_bind_text (pane, "organisation", self->party_organisation_row);
  concord_editor_pane_bind_choice (pane, "kind", self->party_kind_row);
  concord_editor_pane_bind_colour (pane, "colour", self->party_colour_button);
  concord_editor_pane_bind_text (pane, "signatory-person", self->party_person_row);
  concord_editor_pane_bind_text (pane, "signatory-title", self->party_office_row);
  self->description_binding =
    g_object_ref (g_object_bind_property_full (item, "description", self->party_description_row, "text",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               string_to_text, NULL, NULL, NULL));
  self->office_holder_binding =
    g_object_ref (g_object_bind_property (item, "office-holder", self->party_office_holder_switch, "active",
                                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
  show_signs (self);
  show_logo (self);
}

static void
clear_binding (GBinding **binding)
{
  if (*binding == NULL)
    return;
  g_binding_unbind (*binding);
  g_clear_object (binding);
}

static void
concord_party_pane_unbind (ConcordEditorPane *pane)
{
  ConcordPartyPane *self = CONCORD_PARTY_PANE (pane);

  clear_binding (&self->description_binding);
  clear_binding (&self->office_holder_binding);
}

/* Undo changes the kind and the logo behind the pane's back too. */
static void
concord_party_pane_item_notify (ConcordEditorPane *pane,
                                GParamSpec        *pspec)
{
  ConcordPartyPane *self = CONCORD_PARTY_PANE (pane);

  if (g_strcmp0 (pspec->name, "kind") == 0)
    show_signs (self);
  else if (g_strcmp0 (pspec->name, "logo") == 0)
    show_logo (self);
}

static gboolean
concord_party_pane_focus_field (ConcordEditorPane *pane,
                                const char        *field)
{
  ConcordPartyPane *self = CONCORD_PARTY_PANE (pane);
  const struct { const char *field; gpointer widget; } rows[] = {
    { "name", self->party_name_row },
    { "short-name", self->party_short_row },
    { "organisation", self->party_organisation_row },
    { "office-holder", self->party_office_holder_switch },
    { "kind", self->party_kind_row },
    { "description", self->party_description_row },
    { "colour", self->party_colour_button },
    { "signatory-person", self->party_person_row },
    { "signatory-title", self->party_office_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return gtk_widget_grab_focus (rows[i].widget);

  return FALSE;
}

static void
concord_party_pane_dispose (GObject *object)
{
  ConcordPartyPane *self = CONCORD_PARTY_PANE (object);

  concord_party_pane_unbind (CONCORD_EDITOR_PANE (self));
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_PARTY_PANE);

  G_OBJECT_CLASS (concord_party_pane_parent_class)->dispose (object);
}

static void
concord_party_pane_class_init (ConcordPartyPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_party_pane_dispose;
  pane_class->item_type = CONCORD_TYPE_PARTY;
  pane_class->bind = concord_party_pane_bind;
  pane_class->unbind = concord_party_pane_unbind;
  pane_class->item_notify = concord_party_pane_item_notify;
  pane_class->document_changed = concord_party_pane_document_changed;
  pane_class->focus_field = concord_party_pane_focus_field;

  g_type_ensure (CONCORD_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-party-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_name_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_short_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_translated_name_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_translated_short_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_organisation_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_office_holder_switch);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_kind_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_description_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_colour_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_logo_picture);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_signs_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_add_signature_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_person_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_office_row);

  gtk_widget_class_install_action (widget_class, "party.logo-choose", NULL, logo_choose_action);
  gtk_widget_class_install_action (widget_class, "party.logo-remove", NULL, logo_remove_action);
}

static void
concord_party_pane_init (ConcordPartyPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GtkColorButton's own button has no name for a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->party_colour_button))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Colour of the party"), -1);
}

GtkWidget *
concord_party_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_PARTY_PANE, NULL);
}
