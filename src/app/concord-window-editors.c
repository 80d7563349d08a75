/* concord-window-editors.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "concord-window-private.h"

/* The structured editor beside the outline: its rows are bound both ways
 * to the properties of the selected item, so an edit in a row is an edit
 * of the model, and any change to the model marks the document changed. */

static gboolean
enum_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));

  return TRUE;
}

static gboolean
selected_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  guint selected = g_value_get_uint (from);

  if (selected == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, (int) selected);

  return TRUE;
}

/* Model strings are NULL when empty; an entry's text is never NULL. */
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
bind_text (ConcordWindow *self,
           GObject       *item,
           const char    *property,
           AdwEntryRow   *row)
{
  GBinding *binding = g_object_bind_property_full (item, property, row, "text",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   string_to_text, NULL, NULL, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

/* Dates and language tags must stay valid in the file: what is typed
 * reaches the model only once it is valid (or empty), and the row shows an
 * error until then. */
static gboolean
valid_date (const char *text)
{
  int y, m, d;
  char tail;

  return *text == '\0' ||
         (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && strlen (text) == 10 &&
          g_date_valid_dmy (d, m, y));
}

static gboolean
valid_language (const char *text)
{
  /* Required: a memorandum always says what language it is in. */
  return g_regex_match_simple ("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", text, 0, 0);
}

static gboolean
checked_text_to_string (GBinding     *binding,
                        const GValue *from,
                        GValue       *to,
                        gpointer      data)
{
  gboolean (*valid) (const char *) = data;
  const char *text = g_value_get_string (from);
  GtkWidget *row = GTK_WIDGET (g_binding_dup_target (binding));
  gboolean ok = valid (text != NULL ? text : "");

  if (ok)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  g_object_unref (row);

  if (!ok)
    return FALSE;

  g_value_set_string (to, text);

  return TRUE;
}

static void
bind_checked_text (ConcordWindow *self,
                   GObject       *item,
                   const char    *property,
                   AdwEntryRow   *row,
                   gboolean     (*valid) (const char *))
{
  GBinding *binding = g_object_bind_property_full (item, property, row, "text",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   string_to_text, checked_text_to_string,
                                                   valid, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

/* Colours are "#rrggbb" in the file; a party without one shows grey. */
static gboolean
colour_to_rgba (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      data)
{
  const char *colour = g_value_get_string (from);
  GdkRGBA rgba = { 0.6, 0.6, 0.6, 1.0 };

  if (colour != NULL)
    gdk_rgba_parse (&rgba, colour);
  g_value_set_boxed (to, &rgba);

  return TRUE;
}

static gboolean
rgba_to_colour (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      data)
{
  const GdkRGBA *rgba = g_value_get_boxed (from);

  if (rgba == NULL)
    return FALSE;
  g_value_take_string (to, g_strdup_printf ("#%02x%02x%02x",
                                            (int) (CLAMP (rgba->red, 0, 1) * 255 + 0.5),
                                            (int) (CLAMP (rgba->green, 0, 1) * 255 + 0.5),
                                            (int) (CLAMP (rgba->blue, 0, 1) * 255 + 0.5)));

  return TRUE;
}

static void
bind_colour (ConcordWindow  *self,
             GObject        *item,
             GtkColorButton *button)
{
  GBinding *binding = g_object_bind_property_full (item, "colour", button, "rgba",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   colour_to_rgba, rgba_to_colour, NULL, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
bind_choice (ConcordWindow *self,
             GObject       *item,
             const char    *property,
             AdwComboRow   *row)
{
  GBinding *binding = g_object_bind_property_full (item, property, row, "selected",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   enum_to_selected, selected_to_enum, NULL, NULL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

void
_concord_window_unbind_editor (ConcordWindow *self)
{
  _concord_window_clear_facts (self);
  /* During dispose the template's widgets are already gone. */
  if (self->body_editor != NULL)
    concord_body_editor_set_clause (self->body_editor, NULL, NULL);
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  if (self->edited != NULL)
    {
      g_clear_signal_handler (&self->edited_notify_id, self->edited);
      g_clear_object (&self->edited);
    }
}

/* Notes are a list of strings, edited one per line. */
static void
load_notes (ConcordWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char * const *notes = CONCORD_IS_CLAUSE (self->edited)
    ? concord_clause_get_notes (CONCORD_CLAUSE (self->edited)) : NULL;
  g_autofree char *text = notes != NULL ? g_strjoinv ("\n", (char **) notes) : NULL;

  self->loading_notes = TRUE;
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  self->loading_notes = FALSE;
}

static void
notes_changed_cb (ConcordWindow *self,
                  GtkTextBuffer *buffer)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) notes = NULL;
  g_autofree char *text = NULL;
  const char * const *current;
  GtkTextIter start, end;

  if (self->loading_notes || !CONCORD_IS_CLAUSE (self->edited))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);
  notes = g_strv_builder_end (builder);

  current = concord_clause_get_notes (CONCORD_CLAUSE (self->edited));
  if (current != NULL ? g_strv_equal (current, (const char * const *) notes) : notes[0] == NULL)
    return;
  concord_clause_set_notes (CONCORD_CLAUSE (self->edited), (const char * const *) notes);
}

/* The edited item changed, by its editor or by undo: the document records
 * the edit itself (it watches the model); here the view follows. */
static void
edited_notify_cb (ConcordWindow *self,
                  GParamSpec    *pspec,
                  GObject       *item)
{
  if (g_strcmp0 (pspec->name, "numbered") == 0 || CONCORD_IS_MEMORANDUM (item) || CONCORD_IS_SECTION (item))
    _concord_window_numbering_changed (self);

  /* Undo changes notes and images behind the view's back. */
  if (g_strcmp0 (pspec->name, "notes") == 0 && concord_document_get_applying (self->document))
    load_notes (self);
  if (g_strcmp0 (pspec->name, "image") == 0)
    _concord_window_show_signature_image (self);

  if (CONCORD_IS_CLAUSE (item) && g_strcmp0 (pspec->name, "heading") != 0 &&
      g_strcmp0 (pspec->name, "status") != 0 && g_strcmp0 (pspec->name, "body") != 0)
    _concord_window_queue_facts (self);
}

static void
document_changed_cb (ConcordWindow   *self,
                     ConcordDocument *document)
{
  /* Chips show names and numbers, which this change may have altered. */
  if (CONCORD_IS_CLAUSE (self->edited))
    concord_body_editor_reload (self->body_editor);
}

void
_concord_window_edit (ConcordWindow *self,
                      GObject       *item)
{
  _concord_window_unbind_editor (self);
  if (item == NULL)
    return;

  self->edited = g_object_ref (item);
  self->edited_notify_id = g_signal_connect_object (item, "notify", G_CALLBACK (edited_notify_cb),
                                                    self, G_CONNECT_SWAPPED);

  if (CONCORD_IS_MEMORANDUM (item))
    {
      bind_text (self, item, "title", self->title_row);
      bind_text (self, item, "reference", self->reference_row);
      bind_choice (self, item, "status", self->status_row);
      bind_checked_text (self, item, "language", self->language_row, valid_language);
      bind_checked_text (self, item, "effective-date", self->effective_row, valid_date);
      bind_checked_text (self, item, "review-date", self->review_row, valid_date);
      gtk_stack_set_visible_child_name (self->editor_stack, "details");
    }
  else if (CONCORD_IS_PARTY (item))
    {
      bind_text (self, item, "name", self->party_name_row);
      bind_text (self, item, "short-name", self->party_short_row);
      bind_choice (self, item, "kind", self->party_kind_row);
      bind_text (self, item, "description", self->party_description_row);
      bind_colour (self, item, self->party_colour_button);
      bind_text (self, item, "signatory-person", self->party_person_row);
      bind_text (self, item, "signatory-title", self->party_office_row);
      gtk_stack_set_visible_child_name (self->editor_stack, "party");
    }
  else if (CONCORD_IS_SECTION (item))
    {
      bind_text (self, item, "heading", self->section_heading_row);
      bind_choice (self, item, "kind", self->section_kind_row);
      gtk_stack_set_visible_child_name (self->editor_stack, "section");
    }
  else if (CONCORD_IS_SIGNATURE (item))
    {
      const char *party[] = { concord_signature_get_party (CONCORD_SIGNATURE (item)), NULL };
      g_autofree char *who = concord_party_list_render (concord_document_get_memorandum (self->document), party);

      adw_action_row_set_subtitle (self->signature_party_row, who);
      bind_text (self, item, "person", self->signature_person_row);
      bind_text (self, item, "title", self->signature_title_row);
      bind_checked_text (self, item, "date", self->signature_date_row, valid_date);
      bind_text (self, item, "place", self->signature_place_row);
      _concord_window_show_signature_image (self);
      gtk_stack_set_visible_child_name (self->editor_stack, "signature");
    }
  else if (CONCORD_IS_CLAUSE (item))
    {
      bind_text (self, item, "heading", self->clause_heading_row);
      bind_choice (self, item, "status", self->clause_status_row);
      bind_choice (self, item, "kind", self->clause_kind_row);
      _concord_window_build_facts (self);
      concord_body_editor_set_clause (self->body_editor, concord_document_get_memorandum (self->document),
                                      CONCORD_CLAUSE (item));
      load_notes (self);
      gtk_stack_set_visible_child_name (self->editor_stack, "clause");
    }

  _concord_window_views_show_item (self, item);

  g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_concord_window_init_editors (ConcordWindow *self)
{
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
}
