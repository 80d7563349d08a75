/* concord-term-editor.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-term-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-structure.h"
#include "concord-term-editor.h"

/* One defined term: its name, its other forms, whether it is defined at
 * its first use, and its meaning. Each row edits the term in the model,
 * which the document records for undo. */

struct _ConcordTermEditor
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  AdwEntryRow         *name_row;
  AdwEntryRow         *forms_row;
  AdwActionRow        *inline_row;
  GtkSwitch           *inline_switch;
  GtkLabel            *meaning_label;
  ConcordBodyEditor   *body_editor;
  GtkLabel            *meaning_note;
  AdwEntryRow         *translated_name_row;
  GtkBox              *translated_meaning_box;
  GtkLabel            *translated_meaning_label;
  ConcordBodyEditor   *translated_body_editor;

  /* Owned references */
  ConcordDocument     *document;
  ConcordTerm         *term;
  GBinding            *name_binding;
  GBinding            *inline_binding;
  GBinding            *translated_name_binding;

  /* State */
  gulong               notify_id;
  gboolean             setting_forms;
};

G_DEFINE_FINAL_TYPE (ConcordTermEditor, concord_term_editor, ADW_TYPE_PREFERENCES_GROUP)

/* The forms as one line, "our, us". */
static char *
forms_to_text (ConcordTerm *term)
{
  const char * const *forms = concord_term_get_forms (term);

  return forms != NULL ? g_strjoinv (", ", (char **) forms) : g_strdup ("");
}

/* The forms typed, or NULL (and @problem set) when the file could not
 * hold them. */
static GStrv
text_to_forms (ConcordTermEditor  *self,
               const char         *text,
               char              **problem)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_auto(GStrv) used = concord_structure_term_forms_in_use (self->document, self->term);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) forms = NULL;
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *form = g_strstrip (parts[i]);

      if (*form == '\0')
        continue;
      if (g_utf8_strlen (form, -1) > 200)
        {
          *problem = g_strdup (_("A form is at most 200 characters long"));
          return NULL;
        }
      g_strv_builder_add (builder, form);
      n++;
    }
  forms = g_strv_builder_end (builder);
  if (n > CONCORD_MAX_TERM_FORMS)
    {
      *problem = g_strdup_printf (_("A term has at most %d other forms"), CONCORD_MAX_TERM_FORMS);
      return NULL;
    }
  /* A reference that prints a form needs it, or the file would not load. */
  for (guint i = 0; used[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) forms, used[i]))
      {
        *problem = g_strdup_printf (_("The text prints the form “%s”: keep it, or change those references first"),
                                    used[i]);
        return NULL;
      }

  return g_steal_pointer (&forms);
}

static void
show_forms_problem (ConcordTermEditor *self,
                    const char        *problem)
{
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->forms_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->forms_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->forms_row),
                               problem != NULL ? problem
                                               : _("Other words the text may print for the term, separated by "
                                                   "commas: “our, us” for “we”"));
}

static void
forms_changed_cb (ConcordTermEditor *self)
{
  g_autofree char *problem = NULL;
  g_auto(GStrv) forms = NULL;
  const char * const none[] = { NULL };
  const char * const *now;

  if (self->term == NULL || self->setting_forms)
    return;

  forms = text_to_forms (self, gtk_editable_get_text (GTK_EDITABLE (self->forms_row)), &problem);
  show_forms_problem (self, problem);
  if (forms == NULL)
    return;

  now = concord_term_get_forms (self->term);
  if (g_strv_equal ((const char * const *) forms, now != NULL ? now : none))
    return;
  self->setting_forms = TRUE;
  concord_term_set_forms (self->term, forms[0] != NULL ? (const char * const *) forms : NULL);
  self->setting_forms = FALSE;
}

static void
load_forms (ConcordTermEditor *self)
{
  g_autofree char *text = NULL;

  self->setting_forms = TRUE;
  text = self->term != NULL ? forms_to_text (self->term) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->forms_row), text);
  show_forms_problem (self, NULL);
  self->setting_forms = FALSE;
}

static void
update_meaning_note (ConcordTermEditor *self)
{
  GPtrArray *meaning = self->term != NULL ? concord_term_get_meaning (self->term) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->meaning_note), meaning != NULL && meaning->len > 1);
}

static void
term_notify_cb (ConcordTermEditor *self,
                GParamSpec        *pspec)
{
  /* Undo, or another pane, changed the forms. */
  if (g_str_equal (pspec->name, "forms") && !self->setting_forms)
    load_forms (self);
  if (g_str_equal (pspec->name, "meaning"))
    update_meaning_note (self);
}

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

static gboolean
text_to_string (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      data)
{
  const char *text = g_value_get_string (from);

  /* An empty name is written as an empty element, as the file has it. */
  g_value_set_string (to, text != NULL && *text != '\0' ? text : NULL);

  return TRUE;
}

/* A bilingual memorandum's term has a name and a meaning in each
 * language; the list of terms is made anew when the languages change. */
static void
show_translation (ConcordTermEditor *self)
{
  ConcordMemorandum *m = self->document != NULL ? concord_document_get_memorandum (self->document) : NULL;
  gboolean bilingual = self->term != NULL && m != NULL && concord_memorandum_is_bilingual (m);
  g_autofree char *name = NULL;
  g_autofree char *meaning = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->translated_name_row), bilingual);
  gtk_widget_set_visible (GTK_WIDGET (self->translated_meaning_box), bilingual);
  if (!bilingual)
    return;
  /* Translators: a field in the memorandum's second language, "Name in English" */
  name = g_strdup_printf (C_("field in a language", "%s in %s"), concord_field_label ("name"),
                          concord_language_name (concord_memorandum_get_translation_language (m)));
  meaning = g_strdup_printf (C_("field in a language", "%s in %s"), concord_field_label ("meaning"),
                             concord_language_name (concord_memorandum_get_translation_language (m)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->translated_name_row), name);
  gtk_label_set_text (self->translated_meaning_label, meaning);
}

static void
unbind_term (ConcordTermEditor *self)
{
  if (self->term == NULL)
    return;

  g_clear_pointer (&self->name_binding, g_binding_unbind);
  g_clear_pointer (&self->inline_binding, g_binding_unbind);
  g_clear_pointer (&self->translated_name_binding, g_binding_unbind);
  g_clear_signal_handler (&self->notify_id, self->term);
  g_clear_object (&self->term);
}

/**
 * concord_term_editor_set_term:
 * @term: (nullable): the term to edit, one of @document's
 *
 * Shows @term, or nothing.
 */
void
concord_term_editor_set_term (ConcordTermEditor *self,
                              ConcordDocument   *document,
                              ConcordTerm       *term)
{
  g_return_if_fail (CONCORD_IS_TERM_EDITOR (self));
  g_return_if_fail (term == NULL || CONCORD_IS_DOCUMENT (document));

  if (self->term == term && self->document == document)
    return;

  unbind_term (self);
  g_set_object (&self->document, document);
  if (term != NULL)
    {
      self->term = g_object_ref (term);
      /* Bindings hold no reference to their ends: unbound before either goes. */
      self->name_binding = g_object_bind_property_full (term, "name", self->name_row, "text",
                                                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                        string_to_text, text_to_string, NULL, NULL);
      self->inline_binding = g_object_bind_property (term, "inline", self->inline_switch, "active",
                                                     G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      self->translated_name_binding = g_object_bind_property_full (term, "translated-name",
                                                                   self->translated_name_row, "text",
                                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                                   string_to_text, text_to_string, NULL, NULL);
      self->notify_id = g_signal_connect_object (term, "notify", G_CALLBACK (term_notify_cb), self,
                                                 G_CONNECT_SWAPPED);
    }
  show_translation (self);
  load_forms (self);
  concord_body_editor_set_item (self->body_editor,
                                document != NULL ? concord_document_get_memorandum (document) : NULL,
                                G_OBJECT (term), "meaning");
  concord_body_editor_set_item (self->translated_body_editor,
                                document != NULL ? concord_document_get_memorandum (document) : NULL,
                                G_OBJECT (term), "translated-meaning");
  update_meaning_note (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), term != NULL);
}

ConcordTerm *
concord_term_editor_get_term (ConcordTermEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM_EDITOR (self), NULL);

  return self->term;
}

/* Names of parties and terms in the meaning may have changed. */
void
concord_term_editor_reload (ConcordTermEditor *self)
{
  g_return_if_fail (CONCORD_IS_TERM_EDITOR (self));

  concord_body_editor_reload (self->body_editor);
  concord_body_editor_reload (self->translated_body_editor);
  show_translation (self);
}

ConcordBodyEditor *
concord_term_editor_get_body_editor (ConcordTermEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM_EDITOR (self), NULL);

  return self->body_editor;
}

gboolean
concord_term_editor_focus_field (ConcordTermEditor *self,
                                 const char        *field)
{
  g_return_val_if_fail (CONCORD_IS_TERM_EDITOR (self), FALSE);

  if (g_strcmp0 (field, "name") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  if (g_strcmp0 (field, "forms") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->forms_row));
  if (g_strcmp0 (field, "inline") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->inline_switch));
  if (g_strcmp0 (field, "meaning") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (self->body_editor)));

  return FALSE;
}

/* A meaning is one paragraph, read mid-sentence after "means": Return
 * does not start another. */
static gboolean
meaning_key_pressed_cb (ConcordTermEditor     *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  /* Ctrl+Return adds a term, as it does anywhere in the pane: the text
   * view would take it for a new line. */
  if ((state & GDK_CONTROL_MASK) != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "definitions.add", NULL);

  return TRUE;
}

/* Pasted lines join into the one paragraph, with spaces, before the text
 * editor sees them. */
static void
meaning_insert_text_cb (ConcordTermEditor *self,
                        GtkTextIter       *location,
                        const char        *text,
                        int                len,
                        GtkTextBuffer     *buffer)
{
  g_autoptr(GString) joined = NULL;

  if (memchr (text, '\n', len) == NULL && memchr (text, '\r', len) == NULL)
    return;

  joined = g_string_new_len (text, len);
  g_string_replace (joined, "\r\n", " ", 0);
  g_string_replace (joined, "\n", " ", 0);
  g_string_replace (joined, "\r", " ", 0);
  g_signal_stop_emission_by_name (buffer, "insert-text");
  gtk_text_buffer_insert (buffer, location, joined->str, (int) joined->len);
}

static void
concord_term_editor_dispose (GObject *object)
{
  ConcordTermEditor *self = CONCORD_TERM_EDITOR (object);

  unbind_term (self);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_TERM_EDITOR);

  G_OBJECT_CLASS (concord_term_editor_parent_class)->dispose (object);
}

static void
concord_term_editor_class_init (ConcordTermEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_term_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-term-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, forms_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, inline_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, inline_switch);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, translated_name_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, translated_meaning_box);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, translated_meaning_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, translated_body_editor);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, body_editor);
  gtk_widget_class_bind_template_child (widget_class, ConcordTermEditor, meaning_note);
  gtk_widget_class_bind_template_callback (widget_class, forms_changed_cb);
}

static void
concord_term_editor_init (ConcordTermEditor *self)
{
  GtkEventController *keys;
  GtkTextView *view;

  g_type_ensure (CONCORD_TYPE_BODY_EDITOR);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The labels are the fields' names, from the one table of them. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), concord_field_label ("name"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->forms_row), concord_field_label ("forms"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->inline_row), concord_field_label ("inline"));
  gtk_label_set_text (self->meaning_label, concord_field_label ("meaning"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->inline_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  concord_field_label ("inline"), -1);

  view = concord_body_editor_get_view (self->body_editor);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Meaning of the term"), -1);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (GTK_WIDGET (view), -1, 72);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (meaning_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (view), keys);
  g_signal_connect_object (gtk_text_view_get_buffer (view), "insert-text", G_CALLBACK (meaning_insert_text_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}
