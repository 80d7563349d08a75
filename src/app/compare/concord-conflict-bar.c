/* concord-conflict-bar.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "concord-conflict-bar.h"
#include "concord-resolve-window.h"

struct _ConcordConflictBar
{
  GtkWidget        parent_instance;

  GtkInfoBar      *info_bar;
  GtkLabel        *label;

  ConcordDocument *document;
  GListModel      *conflicts;
};

G_DEFINE_FINAL_TYPE (ConcordConflictBar, concord_conflict_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
update (ConcordConflictBar *self)
{
  guint n = self->conflicts != NULL ? g_list_model_get_n_items (self->conflicts) : 0;
  g_autofree char *text = NULL;

  gtk_info_bar_set_revealed (self->info_bar, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  if (n == 0)
    return;
  text = g_strdup_printf (g_dngettext (NULL, "A merge left %u conflict to settle: both sides changed the same thing.",
                                       "A merge left %u conflicts to settle: both sides changed the same things.", n),
                          n);
  gtk_label_set_text (self->label, text);
}

static void
resolve_clicked_cb (ConcordConflictBar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->document == NULL)
    return;
  gtk_window_present (GTK_WINDOW (concord_resolve_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                              self->document)));
}

void
concord_conflict_bar_set_document (ConcordConflictBar *self,
                                   ConcordDocument    *document)
{
  g_return_if_fail (CONCORD_IS_CONFLICT_BAR (self));

  if (self->document == document)
    return;
  if (self->conflicts != NULL)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);
  g_set_object (&self->document, document);
  g_clear_object (&self->conflicts);
  if (document != NULL)
    self->conflicts = g_object_ref (concord_memorandum_get_conflicts (concord_document_get_memorandum (document)));
  if (self->conflicts != NULL)
    g_signal_connect_swapped (self->conflicts, "items-changed", G_CALLBACK (update), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

ConcordDocument *
concord_conflict_bar_get_document (ConcordConflictBar *self)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT_BAR (self), NULL);

  return self->document;
}

static void
concord_conflict_bar_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ConcordConflictBar *self = CONCORD_CONFLICT_BAR (object);

  if (prop_id == PROP_DOCUMENT)
    g_value_set_object (value, self->document);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
concord_conflict_bar_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ConcordConflictBar *self = CONCORD_CONFLICT_BAR (object);

  if (prop_id == PROP_DOCUMENT)
    concord_conflict_bar_set_document (self, g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
concord_conflict_bar_dispose (GObject *object)
{
  ConcordConflictBar *self = CONCORD_CONFLICT_BAR (object);

  concord_conflict_bar_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_CONFLICT_BAR);

  G_OBJECT_CLASS (concord_conflict_bar_parent_class)->dispose (object);
}

static void
concord_conflict_bar_class_init (ConcordConflictBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_conflict_bar_dispose;
  object_class->get_property = concord_conflict_bar_get_property;
  object_class->set_property = concord_conflict_bar_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, CONCORD_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                                   G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/compare/concord-conflict-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordConflictBar, info_bar);
  gtk_widget_class_bind_template_child (widget_class, ConcordConflictBar, label);
  gtk_widget_class_bind_template_callback (widget_class, resolve_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
concord_conflict_bar_init (ConcordConflictBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
