/* concord-background-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-background-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-background-pane.h"
#include "concord-outline-part.h"

/* The memorandum's background: its recitals, text like a clause's. The
 * heading is the renderer's own ("Background"), so there is no field for
 * it. */

struct _ConcordBackgroundPane
{
  ConcordEditorPane     parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *background_group;
  ConcordBodyEditor    *body_editor;
  AdwPreferencesGroup *translation_group;
  ConcordBodyEditor   *translated_body_editor;
};

G_DEFINE_FINAL_TYPE (ConcordBackgroundPane, concord_background_pane, CONCORD_TYPE_EDITOR_PANE)

static gboolean
concord_background_pane_accepts (ConcordEditorPane *pane,
                                 GObject           *item)
{
  return concord_outline_part_is (item, CONCORD_OUTLINE_PART_BACKGROUND);
}

static void
concord_background_pane_bind (ConcordEditorPane *pane,
                              GObject           *item)
{
  ConcordBackgroundPane *self = CONCORD_BACKGROUND_PANE (pane);
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (pane);

  concord_body_editor_set_item (self->body_editor, m, G_OBJECT (m), "recitals");
  concord_editor_pane_show_with_translation (pane, GTK_WIDGET (self->translation_group), _("Recitals"));
  concord_body_editor_set_item (self->translated_body_editor, m, G_OBJECT (m), "translated-recitals");
}

static void
concord_background_pane_unbind (ConcordEditorPane *pane)
{
  ConcordBackgroundPane *self = CONCORD_BACKGROUND_PANE (pane);

  /* During dispose the template's widgets are already gone. */
  if (self->body_editor != NULL)
    concord_body_editor_set_item (self->body_editor, NULL, NULL, NULL);
  if (self->translated_body_editor != NULL)
    concord_body_editor_set_item (self->translated_body_editor, NULL, NULL, NULL);
}

/* Chips show names, which any change may have altered. */
static void
concord_background_pane_document_changed (ConcordEditorPane *pane)
{
  concord_body_editor_reload (CONCORD_BACKGROUND_PANE (pane)->body_editor);
}

static gboolean
concord_background_pane_focus_field (ConcordEditorPane *pane,
                                     const char        *field)
{
  ConcordBackgroundPane *self = CONCORD_BACKGROUND_PANE (pane);

  if (g_strcmp0 (field, "recitals") != 0)
    return FALSE;

  return gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (self->body_editor)));
}

ConcordBodyEditor *
concord_background_pane_get_body_editor (ConcordBackgroundPane *self)
{
  g_return_val_if_fail (CONCORD_IS_BACKGROUND_PANE (self), NULL);

  return self->body_editor;
}

/* Ctrl+Return adds a recital after the one being typed, as it adds a
 * clause in clause text; Shift+Ctrl+Return one before it. */
static void
recital_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordBackgroundPane *self = CONCORD_BACKGROUND_PANE (widget);

  concord_body_editor_open_line (self->body_editor, g_str_equal (action_name, "background.recital-before"));
}

static void
concord_background_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_BACKGROUND_PANE);

  G_OBJECT_CLASS (concord_background_pane_parent_class)->dispose (object);
}

static void
concord_background_pane_class_init (ConcordBackgroundPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_background_pane_dispose;
  pane_class->item_type = CONCORD_TYPE_OUTLINE_PART;
  pane_class->accepts = concord_background_pane_accepts;
  pane_class->bind = concord_background_pane_bind;
  pane_class->unbind = concord_background_pane_unbind;
  pane_class->document_changed = concord_background_pane_document_changed;
  pane_class->focus_field = concord_background_pane_focus_field;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-background-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordBackgroundPane, background_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordBackgroundPane, body_editor);
  gtk_widget_class_bind_template_child (widget_class, ConcordBackgroundPane, translation_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordBackgroundPane, translated_body_editor);

  gtk_widget_class_install_action (widget_class, "background.recital-after", NULL, recital_action);
  gtk_widget_class_install_action (widget_class, "background.recital-before", NULL, recital_action);
}

static void
concord_background_pane_init (ConcordBackgroundPane *self)
{
  g_type_ensure (CONCORD_TYPE_BODY_EDITOR);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The heading the renderer prints, from the one table of field names. */
  adw_preferences_group_set_title (self->background_group, concord_field_label ("recitals"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (concord_body_editor_get_view (self->body_editor)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Background text"), -1);
}

GtkWidget *
concord_background_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_BACKGROUND_PANE, NULL);
}
