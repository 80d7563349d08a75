/* concord-text-row.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-text-row"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-text-row.h"

/* A preferences row holding a few lines of plain text (an entry row holds
 * one): its title above a text view that wraps and grows with its text.
 * Its "text" property is the whole text, so it binds to a model property
 * as an entry row's does. */

struct _ConcordTextRow
{
  AdwPreferencesRow  parent_instance;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkTextView       *text_view;

  /* State */
  char              *text;
  gboolean           syncing;
};

G_DEFINE_FINAL_TYPE (ConcordTextRow, concord_text_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

const char *
concord_text_row_get_text (ConcordTextRow *self)
{
  g_return_val_if_fail (CONCORD_IS_TEXT_ROW (self), NULL);

  return self->text != NULL ? self->text : "";
}

/* Pango shapes the rest of a run of text again for every line it breaks,
 * which on thousands of characters with no space costs seconds (a
 * 100,000-character description froze the pane). Such a text is not
 * wrapped but scrolls sideways, laid out as one line in linear time; text
 * with ordinary words wraps between them as before. */
#define LONGEST_WORD 1000

static gboolean
has_long_run (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = g_unichar_isspace (c) || c == '-' ? 0 : run + 1;
      if (run > LONGEST_WORD)
        return TRUE;
    }

  return FALSE;
}

static void
choose_wrap_mode (ConcordTextRow *self)
{
  gboolean long_run = has_long_run (self->text != NULL ? self->text : "");

  gtk_text_view_set_wrap_mode (self->text_view, long_run ? GTK_WRAP_NONE : GTK_WRAP_WORD_CHAR);
}

void
concord_text_row_set_text (ConcordTextRow *self,
                           const char     *text)
{
  g_return_if_fail (CONCORD_IS_TEXT_ROW (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (text, concord_text_row_get_text (self)) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  self->syncing = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  choose_wrap_mode (self);
  self->syncing = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

GtkTextView *
concord_text_row_get_view (ConcordTextRow *self)
{
  g_return_val_if_fail (CONCORD_IS_TEXT_ROW (self), NULL);

  return self->text_view;
}

static void
buffer_changed_cb (ConcordTextRow *self,
                   GtkTextBuffer  *buffer)
{
  GtkTextIter start, end;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (self->text);
  self->text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  choose_wrap_mode (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
title_changed_cb (ConcordTextRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_label_set_text (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

/* Clicking anywhere on the row starts typing in it. */
static void
pressed_cb (ConcordTextRow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static gboolean
concord_text_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (CONCORD_TEXT_ROW (widget)->text_view));
}

static void
concord_text_row_finalize (GObject *object)
{
  g_free (CONCORD_TEXT_ROW (object)->text);

  G_OBJECT_CLASS (concord_text_row_parent_class)->finalize (object);
}

static void
concord_text_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_TEXT_ROW);

  G_OBJECT_CLASS (concord_text_row_parent_class)->dispose (object);
}

static void
concord_text_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, concord_text_row_get_text (CONCORD_TEXT_ROW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_text_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      concord_text_row_set_text (CONCORD_TEXT_ROW (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_text_row_class_init (ConcordTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_text_row_dispose;
  object_class->finalize = concord_text_row_finalize;
  object_class->get_property = concord_text_row_get_property;
  object_class->set_property = concord_text_row_set_property;
  widget_class->grab_focus = concord_text_row_grab_focus;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-text-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordTextRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordTextRow, text_view);
  gtk_widget_class_bind_template_callback (widget_class, pressed_cb);
}

static void
concord_text_row_init (ConcordTextRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
}

GtkWidget *
concord_text_row_new (void)
{
  return g_object_new (CONCORD_TYPE_TEXT_ROW, NULL);
}
