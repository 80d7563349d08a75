/* concord-summary-row.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-summary-row"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-app-resources.h"
#include "concord-summary-row.h"
#include "concord-views.h"

/* One line of the view-as-party pane: a clause (its number, heading and
 * what it says about the party) or, in the overview, a party. Activating
 * it leads to its target, the clause or party id. */
struct _ConcordSummaryRow
{
  AdwActionRow  parent_instance;

  /* Template widgets */
  GtkLabel     *number;

  /* State */
  char         *target;
};

G_DEFINE_FINAL_TYPE (ConcordSummaryRow, concord_summary_row, ADW_TYPE_ACTION_ROW)

static void
concord_summary_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_SUMMARY_ROW);

  G_OBJECT_CLASS (concord_summary_row_parent_class)->dispose (object);
}

static void
concord_summary_row_finalize (GObject *object)
{
  g_free (CONCORD_SUMMARY_ROW (object)->target);

  G_OBJECT_CLASS (concord_summary_row_parent_class)->finalize (object);
}

static void
concord_summary_row_class_init (ConcordSummaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_summary_row_dispose;
  object_class->finalize = concord_summary_row_finalize;

  g_assert (concord_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/views/concord-summary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordSummaryRow, number);
}

static void
concord_summary_row_init (ConcordSummaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A row titled title, with subtitle under it and number (a clause number,
 * or NULL for none) before it. */
GtkWidget *
concord_summary_row_new (const char *target,
                         const char *number,
                         const char *title,
                         const char *subtitle)
{
  ConcordSummaryRow *self = g_object_new (CONCORD_TYPE_SUMMARY_ROW, NULL);
  /* The row's labels measure all their text, and titles and subtitles name
   * parties: cut them as the other views do. */
  g_autofree char *short_title = concord_view_shorten (title, CONCORD_VIEW_LABEL_CHARS);
  g_autofree char *short_subtitle = concord_view_shorten (subtitle, CONCORD_VIEW_TEXT_CHARS);
  g_autofree char *title_markup = g_markup_escape_text (short_title, -1);
  g_autofree char *subtitle_markup = g_markup_escape_text (short_subtitle, -1);
  g_autofree char *label = number != NULL ? g_strdup_printf (_("Clause %s, %s"), number, title)
                                          : g_strdup (title);

  self->target = g_strdup (target);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title_markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle_markup);
  gtk_label_set_label (self->number, number != NULL ? number : "");
  gtk_widget_set_visible (GTK_WIDGET (self->number), number != NULL);
  /* The row is named by its title label; name it with the clause number
   * too ("Clause 7, Roles of Solace"), and let the subtitle describe it. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);

  return GTK_WIDGET (self);
}

const char *
concord_summary_row_get_target (ConcordSummaryRow *self)
{
  g_return_val_if_fail (CONCORD_IS_SUMMARY_ROW (self), NULL);

  return self->target;
}
