/* concord-numbering-group.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-numbering-group"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-fields.h"
#include "concord-numbering-group.h"

/* Each choice row lists its values in the order of the model's enum, so
 * that the row's position is the value. */

struct _ConcordNumberingGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  AdwComboRow         *numbering_row;
  AdwComboRow         *number_format_row;
  AdwActionRow        *headings_row;
  GtkSwitch           *headings_switch;
  AdwComboRow         *item_style_row;
  AdwComboRow         *annex_style_row;
  AdwComboRow         *annex_numbering_row;
  AdwComboRow         *clause_word_row;
};

G_DEFINE_FINAL_TYPE (ConcordNumberingGroup, concord_numbering_group, ADW_TYPE_PREFERENCES_GROUP)

/**
 * concord_numbering_group_bind:
 * @pane: the pane that shows the memorandum
 *
 * Binds the rows to the memorandum @pane edits; the pane undoes the
 * bindings when its item changes.
 */
void
concord_numbering_group_bind (ConcordNumberingGroup *self,
                              ConcordEditorPane     *pane)
{
  g_return_if_fail (CONCORD_IS_NUMBERING_GROUP (self));
  g_return_if_fail (CONCORD_IS_EDITOR_PANE (pane));

  concord_editor_pane_bind_choice (pane, "numbering", self->numbering_row);
  concord_editor_pane_bind_choice (pane, "number-format", self->number_format_row);
  concord_editor_pane_bind_property (pane, "numbered-headings", self->headings_switch, "active",
                                     NULL, NULL, NULL);
  concord_editor_pane_bind_choice (pane, "item-style", self->item_style_row);
  concord_editor_pane_bind_choice (pane, "annex-style", self->annex_style_row);
  concord_editor_pane_bind_choice (pane, "annex-numbering", self->annex_numbering_row);
  concord_editor_pane_bind_choice (pane, "clause-word", self->clause_word_row);
}

/* Hierarchical numbering always numbers its headings: the switch only
 * means something in continuous numbering. */
static gboolean
selected_is_continuous (GBinding     *binding,
                        const GValue *from,
                        GValue       *to,
                        gpointer      data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == CONCORD_NUMBERING_CONTINUOUS);

  return TRUE;
}

static void
concord_numbering_group_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_NUMBERING_GROUP);

  G_OBJECT_CLASS (concord_numbering_group_parent_class)->dispose (object);
}

static void
concord_numbering_group_class_init (ConcordNumberingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_numbering_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-numbering-group.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, numbering_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, number_format_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, headings_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, headings_switch);
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, item_style_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, annex_style_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, annex_numbering_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordNumberingGroup, clause_word_row);
}

/* Labels come from the table of fields, as the comparison's do. */
static void
set_titles (ConcordNumberingGroup *self)
{
  const struct { const char *field; gpointer row; } rows[] = {
    { "numbering", self->numbering_row },
    { "number-format", self->number_format_row },
    { "numbered-headings", self->headings_row },
    { "item-style", self->item_style_row },
    { "annex-style", self->annex_style_row },
    { "annex-numbering", self->annex_numbering_row },
    { "clause-word", self->clause_word_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows[i].row), concord_field_label (rows[i].field));
  /* A switch is named for its row, so a screen reader can say it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->headings_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  concord_field_label ("numbered-headings"), -1);
}

static void
concord_numbering_group_init (ConcordNumberingGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_titles (self);
  g_object_bind_property_full (self->numbering_row, "selected", self->headings_row, "sensitive",
                               G_BINDING_SYNC_CREATE, selected_is_continuous, NULL, NULL, NULL);
}

GtkWidget *
concord_numbering_group_new (void)
{
  return g_object_new (CONCORD_TYPE_NUMBERING_GROUP, NULL);
}
