/* concord-print-group.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-print-group"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-fields.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-print-group.h"
#include "concord-section.h"

/* Each choice row lists its values in the order of the model's enum. Where
 * the signatures go is two settings, the placement and the section; they
 * are set here rather than bound, so that choosing "in a section" picks a
 * section too, as one edit. */

struct _ConcordPrintGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  AdwComboRow         *details_row;
  AdwActionRow        *parties_row;
  GtkSwitch           *parties_switch;
  AdwComboRow         *matrix_row;
  AdwComboRow         *facts_row;
  AdwComboRow         *status_row;
  AdwComboRow         *signatures_row;
  AdwComboRow         *signatures_section_row;
  GtkStringList       *section_names;
  AdwComboRow         *marking_row;

  /* State */
  /* Not owned: the pane holds the group, and unbinds it before it goes. */
  ConcordEditorPane   *pane;
  /* The ids of the sections the section row lists, in its order. */
  GPtrArray           *section_ids;
  /* What the list was built from: ids, headings and numbering. */
  char                *sections_key;
  gboolean             syncing;
};

G_DEFINE_FINAL_TYPE (ConcordPrintGroup, concord_print_group, ADW_TYPE_PREFERENCES_GROUP)

static ConcordMemorandum *
memorandum (ConcordPrintGroup *self)
{
  return self->pane != NULL ? concord_editor_pane_get_memorandum (self->pane) : NULL;
}

static char *
sections_key (ConcordMemorandum *m)
{
  GListModel *sections = concord_memorandum_get_sections (m);
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%d\n", concord_memorandum_get_numbering (m));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      const char *heading = concord_section_get_heading (section);

      g_string_append_printf (key, "%s\n%s\n", concord_section_get_id (section), heading != NULL ? heading : "");
    }

  return g_string_free (key, FALSE);
}

/* The sections as the drafter reads them: "8 Signatures". */
static void
fill_sections (ConcordPrintGroup *self,
               ConcordMemorandum *m)
{
  GListModel *sections = concord_memorandum_get_sections (m);
  guint n = g_list_model_get_n_items (sections);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (self->section_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      g_autofree char *number = concord_numbering_section_label (m, i);
      const char *heading = concord_section_get_heading (section);

      if (heading == NULL || *heading == '\0')
        heading = _("Untitled section");
      g_ptr_array_add (self->section_ids, g_strdup (concord_section_get_id (section)));
      g_ptr_array_add (names, number != NULL && *number != '\0' ? g_strdup_printf ("%s %s", number, heading)
                                                                : g_strdup (heading));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->section_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->section_names)),
                          (const char * const *) names->pdata);
}

static guint
section_position (ConcordPrintGroup *self,
                  const char        *id)
{
  for (guint i = 0; id != NULL && i < self->section_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->section_ids, i), id))
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/**
 * concord_print_group_sync:
 *
 * Shows the memorandum's signature placement and its sections again,
 * after an edit, an undo or a change of the sections.
 */
void
concord_print_group_sync (ConcordPrintGroup *self)
{
  ConcordMemorandum *m;
  g_autofree char *key = NULL;

  g_return_if_fail (CONCORD_IS_PRINT_GROUP (self));

  if ((m = memorandum (self)) == NULL)
    return;

  self->syncing = TRUE;
  key = sections_key (m);
  if (g_strcmp0 (key, self->sections_key) != 0)
    {
      fill_sections (self, m);
      g_free (self->sections_key);
      self->sections_key = g_steal_pointer (&key);
    }
  adw_combo_row_set_selected (self->signatures_row, concord_memorandum_get_print_signatures (m));
  adw_combo_row_set_selected (self->signatures_section_row,
                              section_position (self, concord_memorandum_get_signatures_section (m)));
  self->syncing = FALSE;
}

static void
signatures_selected_cb (ConcordPrintGroup *self)
{
  ConcordMemorandum *m = memorandum (self);
  guint placement = adw_combo_row_get_selected (self->signatures_row);
  ConcordDocument *document;

  if (self->syncing || m == NULL || placement == GTK_INVALID_LIST_POSITION)
    return;

  document = concord_editor_pane_get_document (self->pane);
  concord_document_begin_group (document);
  concord_memorandum_set_print_signatures (m, placement);
  /* Signatures go in their own last section more often than not. */
  if (placement == CONCORD_SIGNATURE_PLACEMENT_SECTION && self->section_ids->len > 0 &&
      section_position (self, concord_memorandum_get_signatures_section (m)) == GTK_INVALID_LIST_POSITION)
    concord_memorandum_set_signatures_section (m, g_ptr_array_index (self->section_ids, self->section_ids->len - 1));
  concord_document_end_group (document, G_OBJECT (m));
  concord_print_group_sync (self);
}

static void
section_selected_cb (ConcordPrintGroup *self)
{
  ConcordMemorandum *m = memorandum (self);
  guint position = adw_combo_row_get_selected (self->signatures_section_row);

  if (self->syncing || m == NULL || position >= self->section_ids->len)
    return;

  concord_memorandum_set_signatures_section (m, g_ptr_array_index (self->section_ids, position));
}

/**
 * concord_print_group_bind:
 * @pane: the pane that shows the memorandum
 *
 * Binds the rows to the memorandum @pane edits, until
 * concord_print_group_unbind().
 */
void
concord_print_group_bind (ConcordPrintGroup *self,
                          ConcordEditorPane *pane)
{
  g_return_if_fail (CONCORD_IS_PRINT_GROUP (self));
  g_return_if_fail (CONCORD_IS_EDITOR_PANE (pane));

  self->pane = pane;
  g_clear_pointer (&self->sections_key, g_free);
  concord_editor_pane_bind_choice (pane, "print-details", self->details_row);
  concord_editor_pane_bind_property (pane, "print-parties", self->parties_switch, "active", NULL, NULL, NULL);
  concord_editor_pane_bind_choice (pane, "print-matrix", self->matrix_row);
  concord_editor_pane_bind_choice (pane, "print-facts", self->facts_row);
  concord_editor_pane_bind_choice (pane, "print-status", self->status_row);
  concord_editor_pane_bind_choice (pane, "print-marking", self->marking_row);
  concord_print_group_sync (self);
}

void
concord_print_group_unbind (ConcordPrintGroup *self)
{
  g_return_if_fail (CONCORD_IS_PRINT_GROUP (self));

  self->pane = NULL;
}

static gboolean
selected_is_section (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == CONCORD_SIGNATURE_PLACEMENT_SECTION);

  return TRUE;
}

static void
concord_print_group_dispose (GObject *object)
{
  ConcordPrintGroup *self = CONCORD_PRINT_GROUP (object);

  self->pane = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_PRINT_GROUP);

  G_OBJECT_CLASS (concord_print_group_parent_class)->dispose (object);
}

static void
concord_print_group_finalize (GObject *object)
{
  ConcordPrintGroup *self = CONCORD_PRINT_GROUP (object);

  g_ptr_array_unref (self->section_ids);
  g_free (self->sections_key);

  G_OBJECT_CLASS (concord_print_group_parent_class)->finalize (object);
}

static void
concord_print_group_class_init (ConcordPrintGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_print_group_dispose;
  object_class->finalize = concord_print_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-print-group.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, details_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, parties_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, parties_switch);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, matrix_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, facts_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, status_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, signatures_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, signatures_section_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, section_names);
  gtk_widget_class_bind_template_child (widget_class, ConcordPrintGroup, marking_row);
  gtk_widget_class_bind_template_callback (widget_class, signatures_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_selected_cb);
}

/* Labels come from the table of fields, as the comparison's do. */
static void
set_titles (ConcordPrintGroup *self)
{
  const struct { const char *field; gpointer row; } rows[] = {
    { "print-details", self->details_row },
    { "print-parties", self->parties_row },
    { "print-matrix", self->matrix_row },
    { "print-facts", self->facts_row },
    { "print-status", self->status_row },
    { "print-signatures", self->signatures_row },
    { "print-signatures-section", self->signatures_section_row },
    { "print-marking", self->marking_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows[i].row), concord_field_label (rows[i].field));
  /* A switch is named for its row, so a screen reader can say it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->parties_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  concord_field_label ("print-parties"), -1);
}

static void
concord_print_group_init (ConcordPrintGroup *self)
{
  self->section_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  set_titles (self);
  g_object_bind_property_full (self->signatures_row, "selected", self->signatures_section_row, "visible",
                               G_BINDING_SYNC_CREATE, selected_is_section, NULL, NULL, NULL);
}

GtkWidget *
concord_print_group_new (void)
{
  return g_object_new (CONCORD_TYPE_PRINT_GROUP, NULL);
}
