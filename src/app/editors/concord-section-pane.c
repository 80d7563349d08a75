/* concord-section-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-section-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-library-group.h"
#include "concord-section-pane.h"

/* A section: its heading and kind, and where it came from when it came
 * from the clause library. Adding, moving and removing sections
 * are the window's actions, which the pane's buttons activate. */

struct _ConcordSectionPane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  AdwEntryRow       *section_heading_row;
  AdwEntryRow       *section_translated_heading_row;
  AdwComboRow       *section_kind_row;
  ConcordLibraryGroup *library_group;
};

G_DEFINE_FINAL_TYPE (ConcordSectionPane, concord_section_pane, CONCORD_TYPE_EDITOR_PANE)

static void
concord_section_pane_bind (ConcordEditorPane *pane,
                           GObject           *item)
{
  ConcordSectionPane *self = CONCORD_SECTION_PANE (pane);

  concord_editor_pane_bind_text (pane, "heading", self->section_heading_row);
  concord_editor_pane_bind_translated_text (pane, "translated-heading", self->section_translated_heading_row,
                                            _("Heading"));
  concord_editor_pane_bind_choice (pane, "kind", self->section_kind_row);
  concord_library_group_set_item (self->library_group, concord_editor_pane_get_document (pane), item);
}

static void
concord_section_pane_unbind (ConcordEditorPane *pane)
{
  ConcordSectionPane *self = CONCORD_SECTION_PANE (pane);

  /* During dispose the template's widgets are already gone. */
  if (self->library_group != NULL)
    concord_library_group_set_item (self->library_group, NULL, NULL);
}

static void
concord_section_pane_item_notify (ConcordEditorPane *pane,
                                  GParamSpec        *pspec)
{
  if (g_str_equal (pspec->name, "library"))
    concord_library_group_update (CONCORD_SECTION_PANE (pane)->library_group);
}

static gboolean
concord_section_pane_focus_field (ConcordEditorPane *pane,
                                  const char        *field)
{
  ConcordSectionPane *self = CONCORD_SECTION_PANE (pane);

  if (g_str_equal (field, "heading"))
    return gtk_widget_grab_focus (GTK_WIDGET (self->section_heading_row));
  if (g_str_equal (field, "translated-heading"))
    return gtk_widget_grab_focus (GTK_WIDGET (self->section_translated_heading_row));
  if (g_str_equal (field, "kind"))
    return gtk_widget_grab_focus (GTK_WIDGET (self->section_kind_row));

  return FALSE;
}

static void
concord_section_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_SECTION_PANE);

  G_OBJECT_CLASS (concord_section_pane_parent_class)->dispose (object);
}

static void
concord_section_pane_class_init (ConcordSectionPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_section_pane_dispose;
  pane_class->item_type = CONCORD_TYPE_SECTION;
  pane_class->bind = concord_section_pane_bind;
  pane_class->unbind = concord_section_pane_unbind;
  pane_class->item_notify = concord_section_pane_item_notify;
  pane_class->focus_field = concord_section_pane_focus_field;

  g_type_ensure (CONCORD_TYPE_LIBRARY_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-section-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordSectionPane, section_heading_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSectionPane, section_translated_heading_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSectionPane, section_kind_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordSectionPane, library_group);
}

static void
concord_section_pane_init (ConcordSectionPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
concord_section_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_SECTION_PANE, NULL);
}
