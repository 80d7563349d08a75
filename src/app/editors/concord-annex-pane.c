/* concord-annex-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-annex-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-annex-pane.h"
#include "concord-body-editor.h"
#include "concord-dialogs.h"
#include "concord-structure-annex.h"

/* An annex: its heading and its text, with the number it prints under and
 * how its paragraphs are numbered. Adding, moving and removing annexes are
 * the window's actions; removing one that text refers to asks first. */

struct _ConcordAnnexPane
{
  ConcordEditorPane  parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *annex_group;
  AdwEntryRow         *annex_heading_row;
  AdwEntryRow          *annex_translated_heading_row;
  AdwPreferencesGroup  *translation_group;
  ConcordBodyEditor    *translated_body_editor;
  AdwPreferencesGroup *content_group;
  ConcordBodyEditor   *body_editor;

  /* State */
  char                *numbering;
};

G_DEFINE_FINAL_TYPE (ConcordAnnexPane, concord_annex_pane, CONCORD_TYPE_EDITOR_PANE)

static ConcordAnnex *
annex (ConcordAnnexPane *self)
{
  return CONCORD_ANNEX (concord_editor_pane_get_item (CONCORD_EDITOR_PANE (self)));
}

/* "Its paragraphs are numbered B.1, B.2 …", as the renderer numbers them:
 * from the memorandum's annex numbering, set in the details. */
static char *
describe_numbering (ConcordNumbering *numbering,
                    ConcordAnnex     *item)
{
  g_autoptr(GPtrArray) labels = concord_numbering_label_annex (numbering, item);
  GPtrArray *body = concord_annex_get_body (item);
  const char *first = NULL, *second = NULL;

  for (guint i = 0; i < labels->len && second == NULL; i++)
    {
      const char *label = g_ptr_array_index (labels, i);

      if (label == NULL || concord_block_get_kind (g_ptr_array_index (body, i)) != CONCORD_BLOCK_PARAGRAPH)
        continue;
      if (first == NULL)
        first = label;
      else
        second = label;
    }

  if (first == NULL)
    return g_strdup (_("Its paragraphs are not numbered. Details sets how annex paragraphs are numbered."));
  if (second == NULL)
    /* TRANSLATORS: %s is the first paragraph's number, such as "B.1" */
    return g_strdup_printf (_("Its paragraphs are numbered %s, … as Details sets."), first);

  /* TRANSLATORS: %s are the first two paragraphs' numbers, such as "B.1" and "B.2" */
  return g_strdup_printf (_("Its paragraphs are numbered %s, %s, … as Details sets."), first, second);
}

static void
update_numbering (ConcordAnnexPane *self)
{
  ConcordMemorandum *m = concord_editor_pane_get_memorandum (CONCORD_EDITOR_PANE (self));
  g_autoptr(ConcordNumbering) numbering = NULL;
  const char *number;

  if (m == NULL || annex (self) == NULL)
    return;

  numbering = concord_numbering_new (m);
  number = concord_numbering_get_annex (numbering, annex (self));
  adw_preferences_group_set_title (self->annex_group, number != NULL ? number : _("Annex"));
  g_free (self->numbering);
  self->numbering = describe_numbering (numbering, annex (self));
  adw_preferences_group_set_description (self->content_group, self->numbering);
}

static void
concord_annex_pane_bind (ConcordEditorPane *pane,
                         GObject           *item)
{
  ConcordAnnexPane *self = CONCORD_ANNEX_PANE (pane);

  concord_editor_pane_bind_text (pane, "heading", self->annex_heading_row);
  concord_body_editor_set_item (self->body_editor, concord_editor_pane_get_memorandum (pane), item, "body");
  concord_editor_pane_bind_translated_text (pane, "translated-heading", self->annex_translated_heading_row,
                                            _("Heading"));
  concord_editor_pane_show_with_translation (pane, GTK_WIDGET (self->translation_group), _("Text"));
  concord_body_editor_set_item (self->translated_body_editor, concord_editor_pane_get_memorandum (pane), item,
                                "translated-body");
  update_numbering (self);
}

static void
concord_annex_pane_unbind (ConcordEditorPane *pane)
{
  ConcordAnnexPane *self = CONCORD_ANNEX_PANE (pane);

  /* During dispose the template's widgets are already gone. */
  if (self->body_editor != NULL)
    concord_body_editor_set_item (self->body_editor, NULL, NULL, NULL);
  if (self->translated_body_editor != NULL)
    concord_body_editor_set_item (self->translated_body_editor, NULL, NULL, NULL);
}

/* A move renumbers the annex, and chips show names and numbers that any
 * change may have altered. */
static void
concord_annex_pane_document_changed (ConcordEditorPane *pane)
{
  ConcordAnnexPane *self = CONCORD_ANNEX_PANE (pane);

  update_numbering (self);
  concord_body_editor_reload (self->body_editor);
}

static gboolean
concord_annex_pane_focus_field (ConcordEditorPane *pane,
                                const char        *field)
{
  ConcordAnnexPane *self = CONCORD_ANNEX_PANE (pane);

  if (g_str_equal (field, "heading"))
    return gtk_widget_grab_focus (GTK_WIDGET (self->annex_heading_row));
  if (g_str_equal (field, "body"))
    return gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (self->body_editor)));

  return FALSE;
}

/* Removing */

static void
remove_answered (GObject    *object,
                 const char *response)
{
  ConcordAnnexPane *self = CONCORD_ANNEX_PANE (object);

  if (g_strcmp0 (response, "remove") == 0 && annex (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.annex-remove", NULL);
}

/* An annex that nothing refers to goes at once (undo brings it back);
 * one that text refers to only once the user has read which text. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const ConcordDialogResponse responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "remove", _("_Remove"), ADW_RESPONSE_DESTRUCTIVE },
  };
  ConcordAnnexPane *self = CONCORD_ANNEX_PANE (widget);
  ConcordDocument *document = concord_editor_pane_get_document (CONCORD_EDITOR_PANE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (document == NULL || annex (self) == NULL)
    return;

  body = concord_structure_describe_annex_removal (document, annex (self), &heading);
  if (body == NULL)
    {
      remove_answered (G_OBJECT (self), "remove");
      return;
    }
  concord_dialog_ask (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body, responses,
                      G_N_ELEMENTS (responses), "cancel", remove_answered, G_OBJECT (self));
}

GtkWidget *
concord_annex_pane_get_body_editor (ConcordAnnexPane *self)
{
  g_return_val_if_fail (CONCORD_IS_ANNEX_PANE (self), NULL);

  return GTK_WIDGET (self->body_editor);
}

/* How the pane says the annex's paragraphs are numbered. */
const char *
concord_annex_pane_get_numbering (ConcordAnnexPane *self)
{
  g_return_val_if_fail (CONCORD_IS_ANNEX_PANE (self), NULL);

  return self->numbering;
}

static void
concord_annex_pane_dispose (GObject *object)
{
  concord_editor_pane_set_document (CONCORD_EDITOR_PANE (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_ANNEX_PANE);

  G_OBJECT_CLASS (concord_annex_pane_parent_class)->dispose (object);
}

static void
concord_annex_pane_finalize (GObject *object)
{
  g_free (CONCORD_ANNEX_PANE (object)->numbering);

  G_OBJECT_CLASS (concord_annex_pane_parent_class)->finalize (object);
}

static void
concord_annex_pane_class_init (ConcordAnnexPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ConcordEditorPaneClass *pane_class = CONCORD_EDITOR_PANE_CLASS (klass);

  object_class->dispose = concord_annex_pane_dispose;
  object_class->finalize = concord_annex_pane_finalize;
  pane_class->item_type = CONCORD_TYPE_ANNEX;
  pane_class->bind = concord_annex_pane_bind;
  pane_class->unbind = concord_annex_pane_unbind;
  pane_class->document_changed = concord_annex_pane_document_changed;
  pane_class->focus_field = concord_annex_pane_focus_field;

  g_type_ensure (CONCORD_TYPE_BODY_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-annex-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordAnnexPane, annex_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordAnnexPane, annex_heading_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordAnnexPane, annex_translated_heading_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordAnnexPane, translation_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordAnnexPane, translated_body_editor);
  gtk_widget_class_bind_template_child (widget_class, ConcordAnnexPane, content_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordAnnexPane, body_editor);

  gtk_widget_class_install_action (widget_class, "annex.remove", NULL, remove_action);
}

static void
concord_annex_pane_init (ConcordAnnexPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->annex_heading_row), concord_field_label ("heading"));
}

GtkWidget *
concord_annex_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_ANNEX_PANE, NULL);
}
