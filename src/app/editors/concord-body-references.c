/* concord-body-references.c: a body editor's references: chips
 * inserted from the Insert Reference menu, its keys and the chooser of
 * clauses, sections and annexes, and redrawn when names and numbers change.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-editor-private.h"
#include "concord-reference-menu.h"

typedef ConcordChipReference Reference;

/* A chip in place of the selection. The checks of the public API are in
 * concord-body-editor.c, which this file does not call back. */
void
_concord_body_editor_insert_reference (ConcordBodyEditor *self,
                                       ConcordRunKind     kind,
                                       const char        *id,
                                       gboolean           full_form)
{
  GtkTextBuffer *buffer;
  g_autoptr(ConcordNumbering) numbering = NULL;
  GtkTextIter iter;

  if (self->item == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  numbering = concord_numbering_new (self->memorandum);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  _concord_body_editor_insert_chip (self, &iter, kind, id, full_form, NULL, numbering);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* body.insert-party, -party-full and -term name what to refer to;
 * body.insert-placeholder asks for something to be agreed. */
static void
insert_reference_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ConcordRunKind kind = g_str_has_prefix (action_name, "body.insert-party") ? CONCORD_RUN_PARTY
                        : g_str_equal (action_name, "body.insert-term") ? CONCORD_RUN_TERM
                        : CONCORD_RUN_PLACEHOLDER;

  _concord_body_editor_insert_reference ((ConcordBodyEditor *) widget, kind,
                                         parameter != NULL ? g_variant_get_string (parameter, NULL) : _("To be agreed"),
                                         g_str_equal (action_name, "body.insert-party-full"));
}

static void
show_insert_menu_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  /* Installed on ConcordBodyEditor alone. */
  ConcordBodyEditor *self = (ConcordBodyEditor *) widget;

  if (self->item != NULL)
    gtk_menu_button_popup (self->insert_button);
}

/* Parties may have been added or renamed since the text was shown. */
void
_concord_body_editor_update_insert_menu (ConcordBodyEditor *self)
{
  g_autoptr(GMenuModel) menu = concord_reference_menu_new (self->memorandum,
                                                           g_strcmp0 (self->property, "body") == 0);
  GtkPopover *popover;

  gtk_menu_button_set_menu_model (self->insert_button, menu);
  popover = gtk_menu_button_get_popover (self->insert_button);
  if (popover != NULL && g_object_get_data (G_OBJECT (popover), "refocuses") == NULL)
    {
      g_object_set_data (G_OBJECT (popover), "refocuses", GINT_TO_POINTER (TRUE));
      concord_refocus_on (G_OBJECT (popover), "closed", GTK_WIDGET (self->view));
    }
}

static void
reference_chosen_cb (ConcordBodyEditor      *self,
                     ConcordReferenceTarget *target)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autofree char *id = NULL;
  GtkTextIter iter;
  int offset;

  /* Giving a paragraph of this text an id reloads it: the cursor is put
   * back where it was. */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  id = concord_reference_target_ensure_id (target, self->memorandum);
  if (id == NULL || self->item == NULL)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
  _concord_body_editor_insert_reference (self, CONCORD_RUN_CLAUSE, id, TRUE);
}

static void
choose_cross_reference_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  /* Installed on ConcordBodyEditor alone. */
  ConcordBodyEditor *self = (ConcordBodyEditor *) widget;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->item == NULL)
    return;
  if (self->chooser == NULL)
    {
      self->chooser = CONCORD_REFERENCE_CHOOSER (concord_reference_chooser_new ());
      g_signal_connect_object (self->chooser, "chosen", G_CALLBACK (reference_chosen_cb), self, G_CONNECT_SWAPPED);
      concord_refocus_on (G_OBJECT (self->chooser), "hide", GTK_WIDGET (self->view));
    }
  gtk_window_set_transient_for (GTK_WINDOW (self->chooser), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  concord_reference_chooser_set_memorandum (self->chooser, self->memorandum);
  gtk_window_present (GTK_WINDOW (self->chooser));
}

/* Names and numbers may have changed: redraw the chips. */
void
_concord_body_editor_redraw_chips (ConcordBodyEditor *self)
{
  GtkTextBuffer *buffer;
  g_autoptr(ConcordNumbering) numbering = NULL;
  GtkTextIter it, end;

  if (self->item == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &it, &end);
  while (gtk_text_iter_get_char (&it) == REFERENCE_CHAR ||
         gtk_text_iter_forward_find_char (&it, _concord_body_is_reference_char, NULL, &end))
    {
      GtkTextChildAnchor *anchor = gtk_text_iter_get_child_anchor (&it);
      Reference *ref = anchor != NULL ? g_object_get_data (G_OBJECT (anchor), "reference") : NULL;

      if (ref != NULL)
        {
          guint n_widgets;
          g_autofree GtkWidget **widgets = gtk_text_child_anchor_get_widgets (anchor, &n_widgets);

          /* Only references to clauses need the numbers, which cost a walk
           * of the whole memorandum. */
          if (ref->kind == CONCORD_RUN_CLAUSE && numbering == NULL)
            numbering = concord_numbering_new (_concord_body_editor_get_names (self));
          for (guint i = 0; i < n_widgets; i++)
            concord_chip_update (widgets[i], _concord_body_editor_get_names (self), numbering, ref);
        }
      if (!gtk_text_iter_forward_char (&it))
        break;
    }
}

void
_concord_body_references_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "body.insert-party", "s", insert_reference_action);
  gtk_widget_class_install_action (widget_class, "body.insert-party-full", "s", insert_reference_action);
  gtk_widget_class_install_action (widget_class, "body.insert-term", "s", insert_reference_action);
  gtk_widget_class_install_action (widget_class, "body.insert-placeholder", NULL, insert_reference_action);
  gtk_widget_class_install_action (widget_class, "body.show-insert-menu", NULL, show_insert_menu_action);
  gtk_widget_class_install_action (widget_class, "body.choose-cross-reference", NULL, choose_cross_reference_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "body.show-insert-menu", NULL);
}
