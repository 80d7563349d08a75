/* concord-problems-button.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-problems-button"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-problems-button.h"

/* How many problems the views pane's lint found, in the header bar; a
 * click shows them. Hidden while there are none. */

struct _ConcordProblemsButton
{
  GtkButton         parent_instance;

  /* The button's child, from the template. */
  AdwButtonContent *content;

  ConcordViewsPane *views_pane;
};

G_DEFINE_FINAL_TYPE (ConcordProblemsButton, concord_problems_button, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_VIEWS_PANE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
update (ConcordProblemsButton *self)
{
  guint n = self->views_pane != NULL ? concord_views_pane_get_n_findings (self->views_pane) : 0;
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *tooltip = g_strdup_printf (g_dngettext (NULL, "%u problem found in the memorandum",
                                                           "%u problems found in the memorandum", n), n);

  adw_button_content_set_label (self->content, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

void
concord_problems_button_set_views_pane (ConcordProblemsButton *self,
                                        ConcordViewsPane      *pane)
{
  g_return_if_fail (CONCORD_IS_PROBLEMS_BUTTON (self));
  g_return_if_fail (pane == NULL || CONCORD_IS_VIEWS_PANE (pane));

  if (self->views_pane != NULL)
    g_signal_handlers_disconnect_by_data (self->views_pane, self);
  g_set_object (&self->views_pane, pane);
  if (pane != NULL)
    g_signal_connect_object (pane, "notify::n-findings", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEWS_PANE]);
}

/* The count shown, or NULL while the button is hidden. */
const char *
concord_problems_button_get_label (ConcordProblemsButton *self)
{
  g_return_val_if_fail (CONCORD_IS_PROBLEMS_BUTTON (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self)) ? adw_button_content_get_label (self->content) : NULL;
}

static void
concord_problems_button_dispose (GObject *object)
{
  ConcordProblemsButton *self = CONCORD_PROBLEMS_BUTTON (object);

  if (self->views_pane != NULL)
    g_signal_handlers_disconnect_by_data (self->views_pane, self);
  g_clear_object (&self->views_pane);

  G_OBJECT_CLASS (concord_problems_button_parent_class)->dispose (object);
}

static void
concord_problems_button_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ConcordProblemsButton *self = CONCORD_PROBLEMS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_VIEWS_PANE:
      g_value_set_object (value, self->views_pane);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_problems_button_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ConcordProblemsButton *self = CONCORD_PROBLEMS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_VIEWS_PANE:
      concord_problems_button_set_views_pane (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_problems_button_class_init (ConcordProblemsButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_problems_button_dispose;
  object_class->get_property = concord_problems_button_get_property;
  object_class->set_property = concord_problems_button_set_property;

  properties[PROP_VIEWS_PANE] =
    g_param_spec_object ("views-pane", NULL, NULL, CONCORD_TYPE_VIEWS_PANE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/views/concord-problems-button.ui");
}

static void
concord_problems_button_init (ConcordProblemsButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GtkButton owns its child and disposes of it. */
  self->content = ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (self)));
}
