/* concord-date-row.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "concord-date-row.h"

/* A date row: what is typed stays as typed (a month stays a month), and
 * the calendar's choice is written as a full date, or as the month shown
 * with "Whole Month". The row checks its text itself, so whoever binds it
 * can show why a date is refused. */

struct _ConcordDateRow
{
  AdwEntryRow    parent_instance;

  /* Template widgets */
  GtkImage      *problem_icon;
  GtkMenuButton *calendar_button;
  GtkCalendar   *calendar;
  GtkButton     *month_button;

  /* State */
  gboolean       allow_month;
  gboolean       valid;
  /* Set while the row moves the calendar, whose day-selected is then not
   * the user's choice. */
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (ConcordDateRow, concord_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_ALLOW_MONTH,
  PROP_VALID,
  PROP_MESSAGE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Reads "YYYY-MM-DD" (n_parts 3) or "YYYY-MM" (n_parts 2), digits only. */
static gboolean
parse_date (const char *text,
            guint       n_parts,
            int        *year,
            int        *month,
            int        *day)
{
  static const char *shape = "dddd-dd-dd";
  gsize length = n_parts == 3 ? 10 : 7;

  if (text == NULL || strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != '-')
      return FALSE;

  *year = (int) g_ascii_strtoll (text, NULL, 10);
  *month = (int) g_ascii_strtoll (text + 5, NULL, 10);
  *day = n_parts == 3 ? (int) g_ascii_strtoll (text + 8, NULL, 10) : 1;

  return *year >= 1 && g_date_valid_dmy (*day, *month, *year);
}

/**
 * concord_date_text_is_valid:
 * @text: what a date row holds
 *
 * Returns: whether @text is empty or a full date, "2016-11-30"
 */
gboolean
concord_date_text_is_valid (const char *text)
{
  int y, m, d;

  return text == NULL || *text == '\0' || parse_date (text, 3, &y, &m, &d);
}

/**
 * concord_month_date_text_is_valid:
 * @text: what a date row holds
 *
 * Returns: whether @text is empty, a full date, or a month and year,
 *   "2016-11"
 */
gboolean
concord_month_date_text_is_valid (const char *text)
{
  int y, m, d;

  return concord_date_text_is_valid (text) || parse_date (text, 2, &y, &m, &d);
}

static gboolean
text_is_valid (ConcordDateRow *self,
               const char     *text)
{
  return self->allow_month ? concord_month_date_text_is_valid (text) : concord_date_text_is_valid (text);
}

static void
update_valid (ConcordDateRow *self)
{
  gboolean valid = text_is_valid (self, gtk_editable_get_text (GTK_EDITABLE (self)));

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_icon), !valid);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->problem_icon), valid ? NULL : concord_date_row_get_message (self));

  if (self->valid == valid)
    return;
  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

static void
text_changed_cb (ConcordDateRow *self)
{
  update_valid (self);
}

/* The calendar opens on the date the row holds: its day, the first of its
 * month, or today when the row is empty or wrong. */
static void
popover_show_cb (ConcordDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (parse_date (text, 3, &y, &m, &d) || parse_date (text, 2, &y, &m, &d))
    date = g_date_time_new_local (y, m, d, 0, 0, 0);
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing = FALSE;
}

static void
set_date_text (ConcordDateRow *self,
               const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
  concord_date_row_popdown (self);
}

static void
day_selected_cb (ConcordDateRow *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (self->syncing)
    return;

  date = gtk_calendar_get_date (self->calendar);
  text = g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (date), g_date_time_get_month (date),
                          g_date_time_get_day_of_month (date));
  set_date_text (self, text);
}

/**
 * concord_date_row_use_month:
 *
 * Writes the month the calendar shows, without a day ("2016-11"), as the
 * popover's Whole Month button does. Does nothing unless months are
 * allowed.
 */
void
concord_date_row_use_month (ConcordDateRow *self)
{
  g_autofree char *text = NULL;
  int year, month;

  g_return_if_fail (CONCORD_IS_DATE_ROW (self));

  if (!self->allow_month)
    return;

  /* The calendar counts months from 0. */
  g_object_get (self->calendar, "year", &year, "month", &month, NULL);
  text = g_strdup_printf ("%04d-%02d", year, month + 1);
  set_date_text (self, text);
}

void
concord_date_row_popup (ConcordDateRow *self)
{
  g_return_if_fail (CONCORD_IS_DATE_ROW (self));

  gtk_menu_button_popup (self->calendar_button);
}

void
concord_date_row_popdown (ConcordDateRow *self)
{
  g_return_if_fail (CONCORD_IS_DATE_ROW (self));

  gtk_menu_button_popdown (self->calendar_button);
}

gboolean
concord_date_row_get_allow_month (ConcordDateRow *self)
{
  g_return_val_if_fail (CONCORD_IS_DATE_ROW (self), FALSE);

  return self->allow_month;
}

/**
 * concord_date_row_set_allow_month:
 * @allow_month: whether a month and year alone ("2016-11") is a date
 */
void
concord_date_row_set_allow_month (ConcordDateRow *self,
                                  gboolean        allow_month)
{
  g_return_if_fail (CONCORD_IS_DATE_ROW (self));

  allow_month = !!allow_month;
  if (self->allow_month == allow_month)
    return;

  self->allow_month = allow_month;
  gtk_widget_set_visible (GTK_WIDGET (self->month_button), allow_month);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               allow_month ? _("A date such as 2016-11-30, or a month such as 2016-11")
                                           : _("A date such as 2016-11-30"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_MONTH]);
  update_valid (self);
}

gboolean
concord_date_row_get_valid (ConcordDateRow *self)
{
  g_return_val_if_fail (CONCORD_IS_DATE_ROW (self), FALSE);

  return self->valid;
}

/**
 * concord_date_row_get_message:
 *
 * Returns: (nullable): why the row's text is not a date, or %NULL if it is
 */
const char *
concord_date_row_get_message (ConcordDateRow *self)
{
  g_return_val_if_fail (CONCORD_IS_DATE_ROW (self), NULL);

  if (self->valid)
    return NULL;

  return self->allow_month ? _("Not a date. Type one such as 2016-11-30, or a month such as 2016-11.")
                           : _("Not a date. Type one such as 2016-11-30.");
}

/**
 * concord_date_row_get_calendar:
 *
 * Returns: (transfer none): the calendar of the row's popover; selecting a
 *   day in it writes that date, as a click does
 */
GtkCalendar *
concord_date_row_get_calendar (ConcordDateRow *self)
{
  g_return_val_if_fail (CONCORD_IS_DATE_ROW (self), NULL);

  return self->calendar;
}

static void
concord_date_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ConcordDateRow *self = CONCORD_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_ALLOW_MONTH:
      g_value_set_boolean (value, self->allow_month);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, concord_date_row_get_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_date_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ConcordDateRow *self = CONCORD_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_ALLOW_MONTH:
      concord_date_row_set_allow_month (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_DATE_ROW);

  G_OBJECT_CLASS (concord_date_row_parent_class)->dispose (object);
}

static void
concord_date_row_class_init (ConcordDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = concord_date_row_get_property;
  object_class->set_property = concord_date_row_set_property;
  object_class->dispose = concord_date_row_dispose;

  /**
   * ConcordDateRow:allow-month:
   *
   * Whether a month and year alone ("2016-11") is a date.
   */
  properties[PROP_ALLOW_MONTH] =
    g_param_spec_boolean ("allow-month", NULL, NULL, FALSE, G_PARAM_READWRITE | flags);
  /**
   * ConcordDateRow:valid:
   *
   * Whether the row's text is a date (or empty).
   */
  properties[PROP_VALID] = g_param_spec_boolean ("valid", NULL, NULL, TRUE, G_PARAM_READABLE | flags);
  /**
   * ConcordDateRow:message:
   *
   * Why the row's text is not a date, or %NULL.
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READABLE | flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordDateRow, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, ConcordDateRow, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, ConcordDateRow, month_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, concord_date_row_use_month);
}

static void
concord_date_row_init (ConcordDateRow *self)
{
  self->valid = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("A date such as 2016-11-30"));
  g_signal_connect (self, "changed", G_CALLBACK (text_changed_cb), NULL);
}

GtkWidget *
concord_date_row_new (void)
{
  return g_object_new (CONCORD_TYPE_DATE_ROW, NULL);
}
