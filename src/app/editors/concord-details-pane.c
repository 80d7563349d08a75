/* concord-details-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-details-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-details-pane.h"

/* The memorandum's own details: title, reference, status, language and
 * dates. */

struct _ConcordDetailsPane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  AdwEntryRow       *title_row;
  AdwEntryRow       *reference_row;
  AdwComboRow       *status_row;
  AdwEntryRow       *language_row;
  AdwEntryRow       *effective_row;
  AdwEntryRow       *review_row;
};

G_DEFINE_FINAL_TYPE (ConcordDetailsPane, concord_details_pane, CONCORD_TYPE_EDITOR_PANE)

static void
concord_details_pane_bind (ConcordEditorPane *pane,
                           GObject           *item)
{
  ConcordDetailsPane *self = CONCORD_DETAILS_PANE (pane);

  concord_editor_pane_bind_text (pane, "title", self->title_row);
  concord_editor_pane_bind_text (pane, "reference", self->reference_row);
  concord_editor_pane_bind_choice (pane, "status", self->status_row);
  concord_editor_pane_bind_checked_text (pane, "language", self->language_row, concord_editor_valid_language);
  concord_editor_pane_bind_checked_text (pane, "effective-date", self->effective_row, concord_editor_valid_date);
  concord_editor_pane_bind_checked_text (pane, "review-date", self->review_row, concord_editor_valid_date);
}

static gboolean
concord_details_pane_focus_field (ConcordEditorPane *pane,
                                  const char        *field)
{
  ConcordDetailsPane *self = CONCORD_DETAILS_PANE (pane);
  const struct { const char *field; gpointer row; } rows[] = {
    { "title", self->title_row },
    { "reference", self->reference_row },
    { "status", self->status_row },
    { "language", self->language_row },
    { "effective-date", self->effective_row },
    { "review-date", self->review_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return gtk_widget_grab_focus (rows[i].row);

  return FALSE;
}

static void
concord_details_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_DETAILS_PANE);

  G_OBJECT_CLASS (concord_details_pane_parent_class)->dispose (object);
}

static void
concord_details_pane_class_init (ConcordDetailsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_details_pane_dispose;
  pane_class->item_type = CONCORD_TYPE_MEMORANDUM;
  pane_class->bind = concord_details_pane_bind;
  pane_class->focus_field = concord_details_pane_focus_field;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-details-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, title_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, reference_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, status_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, language_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, effective_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, review_row);
}

static void
concord_details_pane_init (ConcordDetailsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
concord_details_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_DETAILS_PANE, NULL);
}
