/* concord-details-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-details-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-date-row.h"
#include "concord-details-pane.h"
#include "concord-editor-pane.h"
#include "concord-fields.h"
#include "concord-language-menu.h"
#include "concord-numbering-group.h"
#include "concord-print-group.h"
#include "concord-wording.h"

/* The memorandum's own details: title, reference, revision, status,
 * language, dates and marking; its numbering and its page furniture are
 * groups of their own. */

struct _ConcordDetailsPane
{
  ConcordEditorPane      parent_instance;

  /* Template widgets */
  AdwEntryRow           *title_row;
  AdwEntryRow           *reference_row;
  AdwEntryRow           *revision_row;
  AdwComboRow           *status_row;
  AdwEntryRow           *language_row;
  AdwEntryRow           *translated_title_row;
  AdwEntryRow           *translation_row;
  AdwComboRow           *bilingual_layout_row;
  GtkMenuButton         *language_button;
  GtkMenuButton         *translation_button;
  ConcordDateRow        *effective_row;
  ConcordDateRow        *review_row;
  AdwEntryRow           *marking_row;
  GtkLabel              *problem_label;
  ConcordNumberingGroup *numbering_group;
  ConcordPrintGroup     *print_group;
};

G_DEFINE_FINAL_TYPE (ConcordDetailsPane, concord_details_pane, CONCORD_TYPE_EDITOR_PANE)

/* A revision is a version ("2.1"); "0", the model's "none", shows as an
 * empty row, and an empty row is "0". */
static gboolean
revision_to_text (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  const char *revision = g_value_get_string (from);

  g_value_set_string (to, revision == NULL || g_str_equal (revision, "0") ? "" : revision);

  return TRUE;
}

static gboolean
revision_is_valid (const char *text)
{
  return *text == '\0' || concord_version_is_valid (text);
}

static gboolean
text_to_revision (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  const char *text = g_value_get_string (from);

  if (text == NULL || !revision_is_valid (text))
    return FALSE;
  g_value_set_string (to, *text == '\0' ? "0" : text);

  return TRUE;
}

static gboolean
valid_second_language (const char *text)
{
  return *text == '\0' || concord_editor_valid_language (text);
}

/* What is typed reaches the model only when it is valid; until then the
 * row is marked and the label under the rows says what is wrong, and how
 * to write it, for the first such row. */
static void
update_problems (ConcordDetailsPane *self)
{
  struct { const char *field; gpointer row; gboolean (*valid) (const char *); const char *hint; } rows[] = {
    { "revision", self->revision_row, revision_is_valid, _("Not a version. Type one such as 3 or 2.1.") },
    { "language", self->language_row, concord_editor_valid_language, _("Not a language tag. Type one such as en-GB.") },
    { "translation-language", self->translation_row, valid_second_language,
      _("Not a language tag. Type one such as en, or leave it empty.") },
    { "effective-date", self->effective_row, concord_month_date_text_is_valid, NULL },
    { "review-date", self->review_row, concord_month_date_text_is_valid, NULL },
  };
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gboolean valid = rows[i].valid (gtk_editable_get_text (GTK_EDITABLE (rows[i].row)));
      const char *hint = rows[i].hint;

      if (valid)
        {
          gtk_widget_remove_css_class (GTK_WIDGET (rows[i].row), "error");
          continue;
        }
      gtk_widget_add_css_class (GTK_WIDGET (rows[i].row), "error");
      if (hint == NULL)
        hint = concord_date_row_get_message (CONCORD_DATE_ROW (rows[i].row));
      if (hint == NULL)
        hint = _("Not a date. Type one such as 2016-11-30, or a month such as 2016-11.");
      if (message == NULL)
        /* TRANSLATORS: a field's label and what is wrong with it,
         * "Revision — Not a version. Type one such as 3 or 2.1." */
        message = g_strdup_printf (_("%s — %s"), concord_field_label (rows[i].field), hint);
    }

  gtk_label_set_text (self->problem_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
}

static void
concord_details_pane_bind (ConcordEditorPane *pane,
                           GObject           *item)
{
  ConcordDetailsPane *self = CONCORD_DETAILS_PANE (pane);

  concord_editor_pane_bind_text (pane, "title", self->title_row);
  concord_editor_pane_bind_text (pane, "reference", self->reference_row);
  concord_editor_pane_bind_property (pane, "revision", self->revision_row, "text",
                                     revision_to_text, text_to_revision, NULL);
  concord_editor_pane_bind_choice (pane, "status", self->status_row);
  concord_editor_pane_bind_checked_text (pane, "language", self->language_row, concord_editor_valid_language);
  concord_editor_pane_bind_checked_text (pane, "translation-language", self->translation_row,
                                         valid_second_language);
  concord_editor_pane_bind_choice (pane, "bilingual-layout", self->bilingual_layout_row);
  concord_editor_pane_show_with_translation (pane, GTK_WIDGET (self->bilingual_layout_row), NULL);
  concord_editor_pane_bind_translated_text (pane, "translated-title", self->translated_title_row,
                                            concord_field_label ("title"));
  concord_editor_pane_bind_checked_text (pane, "effective-date", ADW_ENTRY_ROW (self->effective_row),
                                         concord_month_date_text_is_valid);
  concord_editor_pane_bind_checked_text (pane, "review-date", ADW_ENTRY_ROW (self->review_row),
                                         concord_month_date_text_is_valid);
  concord_editor_pane_bind_text (pane, "marking", self->marking_row);
  concord_numbering_group_bind (self->numbering_group, pane);
  concord_print_group_bind (self->print_group, pane);
  update_problems (self);
}

static void
concord_details_pane_unbind (ConcordEditorPane *pane)
{
  concord_print_group_unbind (CONCORD_DETAILS_PANE (pane)->print_group);
}

/* The sections the signatures may go in, and the placement after undo. */
static void
concord_details_pane_item_notify (ConcordEditorPane *pane,
                                  GParamSpec        *pspec)
{
  concord_print_group_sync (CONCORD_DETAILS_PANE (pane)->print_group);
}

static void
concord_details_pane_document_changed (ConcordEditorPane *pane)
{
  concord_print_group_sync (CONCORD_DETAILS_PANE (pane)->print_group);
}

static gboolean
concord_details_pane_focus_field (ConcordEditorPane *pane,
                                  const char        *field)
{
  ConcordDetailsPane *self = CONCORD_DETAILS_PANE (pane);
  const struct { const char *field; gpointer row; } rows[] = {
    { "title", self->title_row },
    { "reference", self->reference_row },
    { "revision", self->revision_row },
    { "status", self->status_row },
    { "language", self->language_row },
    { "translation-language", self->translation_row },
    { "translated-title", self->translated_title_row },
    { "effective-date", self->effective_row },
    { "review-date", self->review_row },
    { "marking", self->marking_row },
  };
  GtkWidget *row;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return gtk_widget_grab_focus (rows[i].row);

  /* The groups' rows are titled from the table of fields. */
  row = concord_editor_pane_find_row (pane, concord_field_label (field));

  return row != NULL && gtk_widget_grab_focus (row);
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
  pane_class->unbind = concord_details_pane_unbind;
  pane_class->item_notify = concord_details_pane_item_notify;
  pane_class->document_changed = concord_details_pane_document_changed;
  pane_class->focus_field = concord_details_pane_focus_field;

  g_type_ensure (CONCORD_TYPE_DATE_ROW);
  g_type_ensure (CONCORD_TYPE_NUMBERING_GROUP);
  g_type_ensure (CONCORD_TYPE_PRINT_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-details-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, title_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, reference_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, revision_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, status_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, language_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, translated_title_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, translation_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, bilingual_layout_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, language_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, translation_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, effective_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, review_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, marking_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, numbering_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordDetailsPane, print_group);
  gtk_widget_class_bind_template_callback (widget_class, update_problems);
}

/* Labels come from the table of fields, as the comparison's do. */
static void
set_titles (ConcordDetailsPane *self)
{
  const struct { const char *field; gpointer row; } rows[] = {
    { "title", self->title_row },
    { "reference", self->reference_row },
    { "revision", self->revision_row },
    { "status", self->status_row },
    { "effective-date", self->effective_row },
    { "review-date", self->review_row },
    { "marking", self->marking_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows[i].row), concord_field_label (rows[i].field));
}

static void
concord_details_pane_init (ConcordDetailsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_titles (self);
  /* Common languages by their own names; any other is typed. */
  concord_language_menu_attach (self->language_button, GTK_EDITABLE (self->language_row));
  concord_language_menu_attach (self->translation_button, GTK_EDITABLE (self->translation_row));
}

GtkWidget *
concord_details_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_DETAILS_PANE, NULL);
}
