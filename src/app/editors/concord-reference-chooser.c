/* concord-reference-chooser.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-reference-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-reference-chooser.h"

/* The clauses, sections, annexes and numbered paragraphs a
 * cross-reference can name, by the words a reference to each prints and
 * its heading, found by typing: Up and Down move through what matches,
 * Return chooses, Escape closes. A small modal window, whose parent
 * keeps the keyboard where it was for when it closes. */

struct _ConcordReferenceChooser
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkLabel           *empty_label;

  /* Owned */
  GtkStringFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (ConcordReferenceChooser, concord_reference_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
choose (ConcordReferenceChooser *self,
        guint                    position)
{
  g_autoptr(ConcordReferenceTarget) target = NULL;

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->filtered)))
    return;
  target = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[CHOSEN], 0, target);
}

static void
select_position (ConcordReferenceChooser *self,
                 guint                    position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
search_changed_cb (ConcordReferenceChooser *self)
{
  guint n;

  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  if (n > 0)
    select_position (self, 0);
}

static void
search_activate_cb (ConcordReferenceChooser *self)
{
  choose (self, gtk_single_selection_get_selected (self->selection));
}

static void
stop_search_cb (ConcordReferenceChooser *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
list_activate_cb (ConcordReferenceChooser *self,
                  guint                    position)
{
  choose (self, position);
}

/* Up and Down move the selection while the search entry keeps the
 * keyboard, so typing goes on narrowing the list. */
static gboolean
key_pressed_cb (ConcordReferenceChooser *self,
                guint                    keyval,
                guint                    keycode,
                GdkModifierType          state)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint selected = gtk_single_selection_get_selected (self->selection);
  int step;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      step = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      step = 1;
      break;
    case GDK_KEY_Page_Up:
      step = -8;
      break;
    case GDK_KEY_Page_Down:
      step = 8;
      break;
    default:
      return FALSE;
    }
  if (n == 0)
    return TRUE;
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  else
    selected = (guint) CLAMP ((int) selected + step, 0, (int) n - 1);
  select_position (self, selected);

  return TRUE;
}

static void
shown_cb (ConcordReferenceChooser *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Lists the targets of @memorandum as they are now: numbers change as the
 * text does, so this is called each time the chooser opens. */
void
concord_reference_chooser_set_memorandum (ConcordReferenceChooser *self,
                                          ConcordMemorandum       *memorandum)
{
  g_autoptr(GListModel) targets = NULL;

  g_return_if_fail (CONCORD_IS_REFERENCE_CHOOSER (self));

  targets = memorandum != NULL ? concord_reference_targets_list (memorandum)
                               : G_LIST_MODEL (g_list_store_new (CONCORD_TYPE_REFERENCE_TARGET));
  gtk_filter_list_model_set_model (self->filtered, targets);
  search_changed_cb (self);
}

GtkEditable *
concord_reference_chooser_get_search_entry (ConcordReferenceChooser *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_CHOOSER (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

/* Returns: (transfer none): the targets that match the search */
GListModel *
concord_reference_chooser_get_shown (ConcordReferenceChooser *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_CHOOSER (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

guint
concord_reference_chooser_get_selected (ConcordReferenceChooser *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_CHOOSER (self), GTK_INVALID_LIST_POSITION);

  return gtk_single_selection_get_selected (self->selection);
}

static void
concord_reference_chooser_dispose (GObject *object)
{
  ConcordReferenceChooser *self = CONCORD_REFERENCE_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_REFERENCE_CHOOSER);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);

  G_OBJECT_CLASS (concord_reference_chooser_parent_class)->dispose (object);
}

static void
concord_reference_chooser_class_init (ConcordReferenceChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_reference_chooser_dispose;

  /**
   * ConcordReferenceChooser::chosen:
   * @target: what the user chose
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 1, CONCORD_TYPE_REFERENCE_TARGET);

  g_type_ensure (CONCORD_TYPE_REFERENCE_TARGET);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/editors/concord-reference-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordReferenceChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ConcordReferenceChooser, list_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordReferenceChooser, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
concord_reference_chooser_init (ConcordReferenceChooser *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));

  expression = gtk_property_expression_new (CONCORD_TYPE_REFERENCE_TARGET, NULL, "search-text");
  self->filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect (self, "show", G_CALLBACK (shown_cb), NULL);
}

GtkWidget *
concord_reference_chooser_new (void)
{
  return g_object_new (CONCORD_TYPE_REFERENCE_CHOOSER, NULL);
}
