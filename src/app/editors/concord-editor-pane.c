/* concord-editor-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-editor-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "concord-editor-pane.h"

/* The base of every editor pane: it holds the document and the edited
 * item, and the bindings that tie the pane's rows to the item's
 * properties, so an edit in a row is an edit of the model. */

typedef struct
{
  ConcordDocument *document;
  GObject         *item;
  GPtrArray       *bindings;
  gulong           notify_id;
  gulong           changed_id;
} ConcordEditorPanePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (ConcordEditorPane, concord_editor_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ITEM,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
item_notify_cb (ConcordEditorPane *self,
                GParamSpec        *pspec,
                GObject           *item)
{
  ConcordEditorPaneClass *klass = CONCORD_EDITOR_PANE_GET_CLASS (self);

  if (klass->item_notify != NULL)
    klass->item_notify (self, pspec);
}

static void
document_changed_cb (ConcordEditorPane *self,
                     ConcordDocument   *document)
{
  ConcordEditorPaneClass *klass = CONCORD_EDITOR_PANE_GET_CLASS (self);
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  if (priv->item != NULL && klass->document_changed != NULL)
    klass->document_changed (self);
}

static void
unbind (ConcordEditorPane *self)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);
  ConcordEditorPaneClass *klass = CONCORD_EDITOR_PANE_GET_CLASS (self);

  if (priv->item == NULL)
    return;

  if (klass->unbind != NULL)
    klass->unbind (self);
  for (guint i = 0; i < priv->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (priv->bindings, i));
  g_ptr_array_set_size (priv->bindings, 0);
  g_clear_signal_handler (&priv->notify_id, priv->item);
  g_clear_object (&priv->item);
}

void
concord_editor_pane_set_item (ConcordEditorPane *self,
                              GObject           *item)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);
  ConcordEditorPaneClass *klass;

  g_return_if_fail (CONCORD_IS_EDITOR_PANE (self));
  g_return_if_fail (item == NULL || concord_editor_pane_accepts (self, item));

  if (priv->item == item)
    return;

  unbind (self);
  klass = CONCORD_EDITOR_PANE_GET_CLASS (self);
  if (item != NULL && priv->document != NULL)
    {
      priv->item = g_object_ref (item);
      priv->notify_id = g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), self,
                                                 G_CONNECT_SWAPPED);
      if (klass->bind != NULL)
        klass->bind (self, item);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

GObject *
concord_editor_pane_get_item (ConcordEditorPane *self)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_val_if_fail (CONCORD_IS_EDITOR_PANE (self), NULL);

  return priv->item;
}

void
concord_editor_pane_set_document (ConcordEditorPane *self,
                                  ConcordDocument   *document)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_if_fail (CONCORD_IS_EDITOR_PANE (self));
  g_return_if_fail (document == NULL || CONCORD_IS_DOCUMENT (document));

  if (priv->document == document)
    return;

  /* An item belongs to one document. */
  concord_editor_pane_set_item (self, NULL);
  if (priv->document != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->document);
  g_set_object (&priv->document, document);
  if (document != NULL)
    priv->changed_id = g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                                                G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

ConcordDocument *
concord_editor_pane_get_document (ConcordEditorPane *self)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_val_if_fail (CONCORD_IS_EDITOR_PANE (self), NULL);

  return priv->document;
}

ConcordMemorandum *
concord_editor_pane_get_memorandum (ConcordEditorPane *self)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_val_if_fail (CONCORD_IS_EDITOR_PANE (self), NULL);

  return priv->document != NULL ? concord_document_get_memorandum (priv->document) : NULL;
}

/* Whether this pane is the one that edits @item. */
gboolean
concord_editor_pane_accepts (ConcordEditorPane *self,
                             GObject           *item)
{
  ConcordEditorPaneClass *klass;

  g_return_val_if_fail (CONCORD_IS_EDITOR_PANE (self), FALSE);

  klass = CONCORD_EDITOR_PANE_GET_CLASS (self);
  if (item == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (item, klass->item_type))
    return FALSE;

  return klass->accepts == NULL || klass->accepts (self, item);
}

gboolean
concord_editor_pane_focus_field (ConcordEditorPane *self,
                                 const char        *field)
{
  ConcordEditorPaneClass *klass;

  g_return_val_if_fail (CONCORD_IS_EDITOR_PANE (self), FALSE);

  klass = CONCORD_EDITOR_PANE_GET_CLASS (self);
  if (field == NULL || klass->focus_field == NULL)
    return FALSE;

  return klass->focus_field (self, field);
}

/**
 * concord_editor_pane_reveal:
 * @member: an object in the list that the edited item stands for
 *
 * Selects @member in the pane, as when undo or a finding leads to one
 * term of the definitions.
 *
 * Returns: whether the pane shows @member
 */
gboolean
concord_editor_pane_reveal (ConcordEditorPane *self,
                            GObject           *member)
{
  ConcordEditorPaneClass *klass;

  g_return_val_if_fail (CONCORD_IS_EDITOR_PANE (self), FALSE);

  klass = CONCORD_EDITOR_PANE_GET_CLASS (self);
  if (member == NULL || klass->reveal == NULL)
    return FALSE;

  return klass->reveal (self, member);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * concord_editor_pane_find_row:
 * @title: the row's title, as the user reads it (translated)
 *
 * Returns: (transfer none) (nullable): the pane's row with that title
 */
GtkWidget *
concord_editor_pane_find_row (ConcordEditorPane *self,
                              const char        *title)
{
  g_return_val_if_fail (CONCORD_IS_EDITOR_PANE (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return find_row (GTK_WIDGET (self), title);
}

/* Bindings */

static void
keep_binding (ConcordEditorPane *self,
              GBinding          *binding)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_ptr_array_add (priv->bindings, g_object_ref (binding));
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

void
concord_editor_pane_bind_text (ConcordEditorPane *self,
                               const char        *property,
                               AdwEntryRow       *row)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_if_fail (priv->item != NULL);

  keep_binding (self, g_object_bind_property_full (priv->item, property, row, "text",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   string_to_text, NULL, NULL, NULL));
}

static gboolean
language_to_visible (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      data)
{
  g_value_set_boolean (to, g_value_get_string (from) != NULL);
  return TRUE;
}

/* "Heading in English": the label of a field of the other language. */
static gboolean
language_to_title (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      data)
{
  const char *language = concord_language_name (g_value_get_string (from));

  /* Hidden then: it keeps the title it had. */
  if (g_value_get_string (from) == NULL)
    return FALSE;
  /* Translators: a field in the memorandum's second language, "Heading in English" */
  g_value_take_string (to, g_strdup_printf (C_("field in a language", "%s in %s"), (const char *) data, language));
  return TRUE;
}

/**
 * concord_editor_pane_show_with_translation:
 * @label: (nullable): the field's name, for a title naming the language
 *
 * Shows @widget only while the memorandum has a second language (the
 * fields of a bilingual memorandum's other text), titled "@label in
 * Welsh" when @label is given.
 */
void
concord_editor_pane_show_with_translation (ConcordEditorPane *self,
                                           GtkWidget         *widget,
                                           const char        *label)
{
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (self);

  g_return_if_fail (m != NULL);

  keep_binding (self, g_object_bind_property_full (m, "translation-language", widget, "visible",
                                                   G_BINDING_SYNC_CREATE, language_to_visible, NULL, NULL, NULL));
  if (label != NULL)
    keep_binding (self, g_object_bind_property_full (m, "translation-language", widget, "title",
                                                     G_BINDING_SYNC_CREATE, language_to_title, NULL,
                                                     g_strdup (label), g_free));
}

/* A text field of the other language, in its row. */
void
concord_editor_pane_bind_translated_text (ConcordEditorPane *self,
                                          const char        *property,
                                          AdwEntryRow       *row,
                                          const char        *label)
{
  concord_editor_pane_bind_text (self, property, row);
  concord_editor_pane_show_with_translation (self, GTK_WIDGET (row), label);
}

/* Dates and language tags must stay valid in the file: what is typed
 * reaches the model only once it is valid (or empty), and the row shows an
 * error until then. */
gboolean
concord_editor_valid_date (const char *text)
{
  int y, m, d;
  char tail;

  return *text == '\0' ||
         (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && strlen (text) == 10 &&
          g_date_valid_dmy (d, m, y));
}

gboolean
concord_editor_valid_language (const char *text)
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

void
concord_editor_pane_bind_checked_text (ConcordEditorPane *self,
                                       const char        *property,
                                       AdwEntryRow       *row,
                                       gboolean         (*valid) (const char *))
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_if_fail (priv->item != NULL);

  keep_binding (self, g_object_bind_property_full (priv->item, property, row, "text",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   string_to_text, checked_text_to_string,
                                                   valid, NULL));
}

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

void
concord_editor_pane_bind_choice (ConcordEditorPane *self,
                                 const char        *property,
                                 AdwComboRow       *row)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_if_fail (priv->item != NULL);

  keep_binding (self, g_object_bind_property_full (priv->item, property, row, "selected",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   enum_to_selected, selected_to_enum, NULL, NULL));
}

/* Colours are "#rrggbb" in the file; an item without one shows grey. */
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

void
concord_editor_pane_bind_colour (ConcordEditorPane *self,
                                 const char        *property,
                                 GtkColorButton    *button)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_if_fail (priv->item != NULL);

  keep_binding (self, g_object_bind_property_full (priv->item, property, button, "rgba",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   colour_to_rgba, rgba_to_colour, NULL, NULL));
}

/* Any other two-way binding of a property of the item, with optional
 * transforms (a switch's "active", a row that maps values), undone with
 * the others when the item changes. */
void
concord_editor_pane_bind_property (ConcordEditorPane     *self,
                                   const char            *property,
                                   gpointer               target,
                                   const char            *target_property,
                                   GBindingTransformFunc  to_target,
                                   GBindingTransformFunc  to_item,
                                   gpointer               data)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_return_if_fail (priv->item != NULL);
  g_return_if_fail (G_IS_OBJECT (target));

  keep_binding (self, g_object_bind_property_full (priv->item, property, target, target_property,
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   to_target, to_item, data, NULL));
}

/* A failure the user caused, told in a dialog over the pane's window. */
void
concord_editor_pane_show_error (ConcordEditorPane *self,
                                const char        *heading,
                                const char        *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
concord_editor_pane_dispose (GObject *object)
{
  ConcordEditorPane *self = CONCORD_EDITOR_PANE (object);
  GtkWidget *child;

  concord_editor_pane_set_document (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (concord_editor_pane_parent_class)->dispose (object);
}

static void
concord_editor_pane_finalize (GObject *object)
{
  ConcordEditorPane *self = CONCORD_EDITOR_PANE (object);
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  g_clear_pointer (&priv->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (concord_editor_pane_parent_class)->finalize (object);
}

static void
concord_editor_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ConcordEditorPane *self = CONCORD_EDITOR_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, concord_editor_pane_get_document (self));
      break;
    case PROP_ITEM:
      g_value_set_object (value, concord_editor_pane_get_item (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_editor_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ConcordEditorPane *self = CONCORD_EDITOR_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      concord_editor_pane_set_document (self, g_value_get_object (value));
      break;
    case PROP_ITEM:
      concord_editor_pane_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_editor_pane_class_init (ConcordEditorPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_editor_pane_dispose;
  object_class->finalize = concord_editor_pane_finalize;
  object_class->get_property = concord_editor_pane_get_property;
  object_class->set_property = concord_editor_pane_set_property;
  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CONCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
concord_editor_pane_init (ConcordEditorPane *self)
{
  ConcordEditorPanePrivate *priv = concord_editor_pane_get_instance_private (self);

  priv->bindings = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
choose_file_response_cb (GtkNativeDialog   *dialog,
                         int                response,
                         ConcordEditorPane *self)
{
  ConcordEditorPaneFileFunc use = g_object_get_data (G_OBJECT (dialog), "use");

  if (response == GTK_RESPONSE_ACCEPT && concord_editor_pane_get_item (self) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!use (self, file, &error))
        concord_editor_pane_show_error (self, g_object_get_data (G_OBJECT (dialog), "error-title"), error->message);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

/**
 * concord_editor_pane_choose_file:
 * @filter: the files offered
 * @error_title: the heading of the message shown when @use refuses a file
 * @use: what to do with the chosen file, for the item then shown
 *
 * Asks for a file to open (a logo, a signature image) for the item shown.
 */
void
concord_editor_pane_choose_file (ConcordEditorPane        *self,
                                 const char               *title,
                                 GtkFileFilter            *filter,
                                 const char               *error_title,
                                 ConcordEditorPaneFileFunc use)
{
  GtkRoot *root;
  GtkFileChooserNative *dialog;

  g_return_if_fail (CONCORD_IS_EDITOR_PANE (self));

  if (concord_editor_pane_get_item (self) == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data (G_OBJECT (dialog), "use", use);
  g_object_set_data_full (G_OBJECT (dialog), "error-title", g_strdup (error_title), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (choose_file_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
