/* concord-party-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-party-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-party-pane.h"

/* A party: its names, kind, description, colour and who signs for it.
 * Adding and removing parties are the window's actions. */

struct _ConcordPartyPane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  AdwEntryRow       *party_name_row;
  AdwEntryRow       *party_short_row;
  AdwComboRow       *party_kind_row;
  AdwEntryRow       *party_description_row;
  GtkColorButton    *party_colour_button;
  AdwEntryRow       *party_person_row;
  AdwEntryRow       *party_office_row;
};

G_DEFINE_FINAL_TYPE (ConcordPartyPane, concord_party_pane, CONCORD_TYPE_EDITOR_PANE)

static void
concord_party_pane_bind (ConcordEditorPane *pane,
                         GObject           *item)
{
  ConcordPartyPane *self = CONCORD_PARTY_PANE (pane);

  concord_editor_pane_bind_text (pane, "name", self->party_name_row);
  concord_editor_pane_bind_text (pane, "short-name", self->party_short_row);
  concord_editor_pane_bind_choice (pane, "kind", self->party_kind_row);
  concord_editor_pane_bind_text (pane, "description", self->party_description_row);
  concord_editor_pane_bind_colour (pane, "colour", self->party_colour_button);
  concord_editor_pane_bind_text (pane, "signatory-person", self->party_person_row);
  concord_editor_pane_bind_text (pane, "signatory-title", self->party_office_row);
}

static gboolean
concord_party_pane_focus_field (ConcordEditorPane *pane,
                                const char        *field)
{
  ConcordPartyPane *self = CONCORD_PARTY_PANE (pane);
  const struct { const char *field; gpointer widget; } rows[] = {
    { "name", self->party_name_row },
    { "short-name", self->party_short_row },
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
  pane_class->focus_field = concord_party_pane_focus_field;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-party-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_name_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_short_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_kind_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_description_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_colour_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_person_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyPane, party_office_row);
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
