/* concord-wrap-text.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-compare"

#include "config.h"

#include "concord-wrap-text.h"

/* Wrapped text that takes whatever width it is given and is as tall as
 * the text needs at that width. Unlike a wrapping GtkLabel it asks for no
 * width of its own, and it remembers its height for the last width, so a
 * list view that measures its rows again and again (GTK 4.8's keeps some
 * 200 of them) lays each paragraph out once per width, not once per
 * measurement. */
#define N_CACHED 4

struct _ConcordWrapText
{
  GtkWidget    parent_instance;

  PangoLayout *layout;
  char        *text;
  /* The width the layout is laid out for now. */
  int          width;
  /* Heights at the last few widths asked about: a box measures its
   * children at more than one width while it shares out its own. */
  int          widths[N_CACHED];
  int          heights[N_CACHED];
  guint        next_slot;
  /* The font context the layout was made for: a new theme or text size
   * changes it, and then the text is laid out again. */
  guint        serial;
};

G_DEFINE_FINAL_TYPE (ConcordWrapText, concord_wrap_text, GTK_TYPE_WIDGET)

static void
forget_sizes (ConcordWrapText *self)
{
  for (guint i = 0; i < N_CACHED; i++)
    self->widths[i] = -1;
  self->width = -1;
}

static void
check_context (ConcordWrapText *self)
{
  guint serial = pango_context_get_serial (pango_layout_get_context (self->layout));

  if (serial != self->serial)
    {
      pango_layout_context_changed (self->layout);
      self->serial = pango_context_get_serial (pango_layout_get_context (self->layout));
      forget_sizes (self);
    }
}

static void
lay_out (ConcordWrapText *self,
         int              width)
{
  if (width == self->width)
    return;

  pango_layout_set_width (self->layout, MAX (width, 1) * PANGO_SCALE);
  self->width = width;
}

static int
height_for_width (ConcordWrapText *self,
                  int              width)
{
  int height;

  check_context (self);
  for (guint i = 0; i < N_CACHED; i++)
    if (self->widths[i] == width)
      return self->heights[i];

  lay_out (self, width);
  pango_layout_get_pixel_size (self->layout, NULL, &height);
  self->widths[self->next_slot] = width;
  self->heights[self->next_slot] = height;
  self->next_slot = (self->next_slot + 1) % N_CACHED;

  return height;
}

static void
concord_wrap_text_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  ConcordWrapText *self = CONCORD_WRAP_TEXT (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  /* With no width to go by, the height at a width already laid out will
   * do, rather than laying the text out once more. */
  if (for_size < 0)
    {
      *minimum = *natural = 0;
      for (guint i = 0; i < N_CACHED; i++)
        if (self->widths[i] >= 0)
          *minimum = *natural = self->heights[i];
      return;
    }

  *minimum = *natural = height_for_width (self, for_size);
}

static GtkSizeRequestMode
concord_wrap_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
concord_wrap_text_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  check_context (CONCORD_WRAP_TEXT (widget));
  lay_out (CONCORD_WRAP_TEXT (widget), width);
}

static void
concord_wrap_text_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ConcordWrapText *self = CONCORD_WRAP_TEXT (widget);
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
}

static void
concord_wrap_text_finalize (GObject *object)
{
  ConcordWrapText *self = CONCORD_WRAP_TEXT (object);

  g_clear_object (&self->layout);
  g_free (self->text);

  G_OBJECT_CLASS (concord_wrap_text_parent_class)->finalize (object);
}

static void
concord_wrap_text_class_init (ConcordWrapTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = concord_wrap_text_finalize;
  widget_class->measure = concord_wrap_text_measure;
  widget_class->get_request_mode = concord_wrap_text_get_request_mode;
  widget_class->size_allocate = concord_wrap_text_size_allocate;
  widget_class->snapshot = concord_wrap_text_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_widget_class_set_css_name (widget_class, "label");
}

static void
concord_wrap_text_init (ConcordWrapText *self)
{
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  forget_sizes (self);
  self->serial = pango_context_get_serial (pango_layout_get_context (self->layout));
}

GtkWidget *
concord_wrap_text_new (void)
{
  return g_object_new (CONCORD_TYPE_WRAP_TEXT, NULL);
}

/* Sets the text, as Pango markup (escape what is not markup). */
void
concord_wrap_text_set_markup (ConcordWrapText *self,
                              const char      *markup)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CONCORD_IS_WRAP_TEXT (self));

  if (markup == NULL)
    markup = "";
  pango_layout_set_markup (self->layout, markup, -1);
  pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL);
  g_free (self->text);
  self->text = g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->text != NULL ? self->text : "", -1);
  forget_sizes (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The text without its markup. */
const char *
concord_wrap_text_get_text (ConcordWrapText *self)
{
  g_return_val_if_fail (CONCORD_IS_WRAP_TEXT (self), NULL);

  return self->text;
}
