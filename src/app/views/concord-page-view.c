/* concord-page-view.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-page-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "concord-page-view.h"

/* The pages of a laid-out memorandum, one under another, for a
 * GtkScrolledWindow. A document may have hundreds of pages, so this is one
 * scrollable widget that draws only the pages in view, each rendered once
 * into a texture at the current zoom and kept while it stays near the
 * view. */

#define PAGE_GAP       16
#define POINTS_TO_PX   (96.0 / 72.0)
#define MAX_CACHED     12
#define ZOOM_WHEEL_STEP 1.1

struct _ConcordPageView
{
  GtkWidget              parent_instance;

  /* Owned */
  ConcordDocumentLayout *layout;
  GtkAdjustment         *hadjustment;
  GtkAdjustment         *vadjustment;
  GHashTable            *textures;

  /* State */
  GtkScrollablePolicy    hscroll_policy;
  GtkScrollablePolicy    vscroll_policy;
  double                 zoom;
  gboolean               fit_width;
  guint                  page;
  int                    pending_page;
  int                    texture_scale;
  double                 texture_zoom;
};

static void concord_page_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ConcordPageView, concord_page_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, concord_page_view_scrollable_init))

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  PROP_PAGE,
  PROP_N_PAGES,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

static void
concord_page_view_scrollable_init (GtkScrollableInterface *iface)
{
}

/* Geometry, in widget pixels */

static void
page_size_px (ConcordPageView *self,
              double          *width,
              double          *height)
{
  double w = 595.2756, h = 841.8898; /* A4 until there is a layout */

  if (self->layout != NULL)
    concord_document_layout_get_page_size (self->layout, &w, &h);
  *width = w * POINTS_TO_PX * self->zoom;
  *height = h * POINTS_TO_PX * self->zoom;
}

static double
content_height (ConcordPageView *self)
{
  double w, h;
  guint n = concord_page_view_get_n_pages (self);

  page_size_px (self, &w, &h);

  return PAGE_GAP + n * (h + PAGE_GAP);
}

static double
content_width (ConcordPageView *self)
{
  double w, h;

  page_size_px (self, &w, &h);

  return w + 2 * PAGE_GAP;
}

static double
page_top (ConcordPageView *self,
          guint            page)
{
  double w, h;

  page_size_px (self, &w, &h);

  return PAGE_GAP + page * (h + PAGE_GAP);
}

static double
fit_width_zoom (ConcordPageView *self,
                int              width)
{
  double w = 595.2756, h = 841.8898;

  if (self->layout != NULL)
    concord_document_layout_get_page_size (self->layout, &w, &h);

  return CLAMP ((width - 2.0 * PAGE_GAP) / (w * POINTS_TO_PX),
                CONCORD_PAGE_VIEW_MIN_ZOOM, CONCORD_PAGE_VIEW_MAX_ZOOM);
}

/* The page that fills the upper part of the view is the current one. */
static void
update_current_page (ConcordPageView *self)
{
  double w, h, y;
  guint n = concord_page_view_get_n_pages (self);
  guint page = 0;

  if (n > 0 && self->vadjustment != NULL)
    {
      page_size_px (self, &w, &h);
      y = gtk_adjustment_get_value (self->vadjustment) + gtk_widget_get_height (GTK_WIDGET (self)) / 3.0;
      page = (guint) MAX (0, floor ((y - PAGE_GAP / 2.0) / (h + PAGE_GAP)));
      page = MIN (page, n - 1);
    }

  if (page != self->page)
    {
      self->page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
}

static void
clear_textures (ConcordPageView *self)
{
  g_hash_table_remove_all (self->textures);
}

static void
configure_adjustments (ConcordPageView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->vadjustment != NULL)
    {
      double upper = MAX (content_height (self), height);
      double value = gtk_adjustment_get_value (self->vadjustment);

      gtk_adjustment_configure (self->vadjustment, CLAMP (value, 0, upper - height), 0, upper,
                                height * 0.1, height * 0.9, height);
    }
  if (self->hadjustment != NULL)
    {
      double upper = MAX (content_width (self), width);
      double value = gtk_adjustment_get_value (self->hadjustment);

      gtk_adjustment_configure (self->hadjustment, CLAMP (value, 0, upper - width), 0, upper,
                                width * 0.1, width * 0.9, width);
    }
}

static void
scroll_to_pending_page (ConcordPageView *self)
{
  if (self->pending_page < 0 || self->vadjustment == NULL || gtk_widget_get_height (GTK_WIDGET (self)) == 0)
    return;

  gtk_adjustment_set_value (self->vadjustment, page_top (self, self->pending_page) - PAGE_GAP / 2.0);
  self->pending_page = -1;
  update_current_page (self);
}

static void
concord_page_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  ConcordPageView *self = CONCORD_PAGE_VIEW (widget);

  if (self->fit_width)
    {
      double zoom = fit_width_zoom (self, width);

      if (fabs (zoom - self->zoom) > 1e-6)
        {
          self->zoom = zoom;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
        }
    }
  configure_adjustments (self);
  scroll_to_pending_page (self);
  update_current_page (self);
}

static void
concord_page_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  ConcordPageView *self = CONCORD_PAGE_VIEW (widget);

  /* Scrolled: the view asks for little and scrolls the rest. */
  *minimum = 1;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? (int) content_width (self)
                                                       : (int) MIN (content_height (self), 800);
}

/* Drawing */

void
concord_page_pixels_free (ConcordPagePixels *pixels)
{
  if (pixels == NULL)
    return;

  g_bytes_unref (pixels->pixels);
  g_free (pixels);
}

static void
pixel_size (ConcordDocumentLayout *layout,
            double                 zoom,
            int                    scale,
            int                   *width,
            int                   *height)
{
  double w, h;

  concord_document_layout_get_page_size (layout, &w, &h);
  *width = (int) ceil (w * POINTS_TO_PX * zoom * scale);
  *height = (int) ceil (h * POINTS_TO_PX * zoom * scale);
}

/**
 * concord_page_pixels_render:
 *
 * Draws a page at a zoom and scale factor into memory, on any thread;
 * the caller holds concord_render_lock().
 *
 * Returns: (transfer full): the page's pixels
 */
ConcordPagePixels *
concord_page_pixels_render (ConcordDocumentLayout *layout,
                            guint                  page,
                            double                 zoom,
                            int                    scale)
{
  ConcordPagePixels *pixels = g_new0 (ConcordPagePixels, 1);
  double points_w, points_h;
  cairo_surface_t *surface;
  cairo_t *cr;

  pixels->page = page;
  pixels->zoom = zoom;
  pixels->scale = scale;
  pixel_size (layout, zoom, scale, &pixels->width, &pixels->height);
  concord_document_layout_get_page_size (layout, &points_w, &points_h);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels->width, pixels->height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, pixels->width / points_w, pixels->height / points_h);
  concord_document_layout_draw_page (layout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels->stride = cairo_image_surface_get_stride (surface);
  pixels->pixels = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) pixels->stride * pixels->height);
  cairo_surface_destroy (surface);

  return pixels;
}

static GdkTexture *
texture_from_pixels (const ConcordPagePixels *pixels)
{
  /* Cairo's ARGB32 is GDK's default memory format. */
  return gdk_memory_texture_new (pixels->width, pixels->height, GDK_MEMORY_DEFAULT,
                                 pixels->pixels, pixels->stride);
}

/* Keeps the textures of the pages in view and drops the rest once there
 * are more than a few. */
static void
trim_cache (ConcordPageView *self,
            guint            first,
            guint            last)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (self->textures) <= MAX_CACHED)
    return;

  g_hash_table_iter_init (&iter, self->textures);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint page = GPOINTER_TO_UINT (key);

      if (page + 2 < first || page > last + 2)
        g_hash_table_iter_remove (&iter);
    }
}

/* Textures are for one zoom and scale factor. */
static void
sync_texture_params (ConcordPageView *self,
                     int              scale)
{
  if (self->texture_scale != scale || fabs (self->texture_zoom - self->zoom) > 1e-9)
    {
      clear_textures (self);
      self->texture_scale = scale;
      self->texture_zoom = self->zoom;
    }
}

static GdkTexture *
lookup_texture (ConcordPageView *self,
                guint            page,
                int              scale)
{
  GdkTexture *texture;

  sync_texture_params (self, scale);

  texture = g_hash_table_lookup (self->textures, GUINT_TO_POINTER (page));
  if (texture != NULL)
    return texture;

  /* While another thread lays a document out, text is not drawn here
   * (cairo 1.16 would share its glyph caches between the two); the page
   * is drawn blank and again once the layout has landed. */
  if (!concord_render_trylock ())
    return NULL;
  {
    ConcordPagePixels *pixels = concord_page_pixels_render (self->layout, page, self->zoom, scale);

    texture = texture_from_pixels (pixels);
    concord_page_pixels_free (pixels);
  }
  concord_render_unlock ();
  g_hash_table_insert (self->textures, GUINT_TO_POINTER (page), texture);

  return texture;
}

static void
concord_page_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ConcordPageView *self = CONCORD_PAGE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  double w, h, x, y0;
  guint n = concord_page_view_get_n_pages (self);
  guint first, last;
  GdkRGBA white = { 1, 1, 1, 1 };
  GdkRGBA shadow = { 0, 0, 0, 0.25 };

  if (n == 0)
    return;

  page_size_px (self, &w, &h);
  y0 = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  x = MAX (PAGE_GAP, (width - w) / 2.0);
  if (self->hadjustment != NULL && content_width (self) > width)
    x = PAGE_GAP - gtk_adjustment_get_value (self->hadjustment);

  first = (guint) MAX (0, floor ((y0 - PAGE_GAP) / (h + PAGE_GAP)));
  last = MIN (n - 1, (guint) MAX (0, floor ((y0 + height) / (h + PAGE_GAP))));

  for (guint page = first; page <= last; page++)
    {
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, page_top (self, page) - y0, w, h);
      GskRoundedRect outline;
      GdkTexture *texture;

      gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 4);
      texture = lookup_texture (self, page, scale);
      if (texture != NULL)
        gtk_snapshot_append_texture (snapshot, texture, &bounds);
      else
        gtk_snapshot_append_color (snapshot, &white, &bounds);
    }

  trim_cache (self, first, last);
}

/* Adjustments */

static void
adjustment_value_changed_cb (GtkAdjustment   *adjustment,
                             ConcordPageView *self)
{
  update_current_page (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (ConcordPageView  *self,
                GtkAdjustment   **slot,
                GtkAdjustment    *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
  g_set_object (slot, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Ctrl and the wheel zoom, as in document viewers; the plain wheel
 * scrolls (the scrolled window has it). */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           ConcordPageView          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;

  concord_page_view_set_zoom (self, self->zoom * (dy < 0 ? ZOOM_WHEEL_STEP : 1.0 / ZOOM_WHEEL_STEP));

  return TRUE;
}

/* GObject */

static void
concord_page_view_dispose (GObject *object)
{
  ConcordPageView *self = CONCORD_PAGE_VIEW (object);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->textures, g_hash_table_unref);
  if (self->layout != NULL)
    {
      concord_render_lock ();
      g_clear_pointer (&self->layout, concord_document_layout_free);
      concord_render_unlock ();
    }

  G_OBJECT_CLASS (concord_page_view_parent_class)->dispose (object);
}

static void
concord_page_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ConcordPageView *self = CONCORD_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, concord_page_view_get_n_pages (self));
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_page_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ConcordPageView *self = CONCORD_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      concord_page_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT_WIDTH:
      concord_page_view_set_fit_width (self, g_value_get_boolean (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_page_view_class_init (ConcordPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = concord_page_view_dispose;
  object_class->get_property = concord_page_view_get_property;
  object_class->set_property = concord_page_view_set_property;

  widget_class->measure = concord_page_view_measure;
  widget_class->size_allocate = concord_page_view_size_allocate;
  widget_class->snapshot = concord_page_view_snapshot;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, CONCORD_PAGE_VIEW_MIN_ZOOM, CONCORD_PAGE_VIEW_MAX_ZOOM, 1.0, flags);
  properties[PROP_FIT_WIDTH] = g_param_spec_boolean ("fit-width", NULL, NULL, FALSE, flags);
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "pageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
concord_page_view_init (ConcordPageView *self)
{
  GtkEventController *scroll;

  self->zoom = 1.0;
  self->pending_page = -1;
  self->textures = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Printed pages of the memorandum"),
                                  -1);
}

GtkWidget *
concord_page_view_new (void)
{
  return g_object_new (CONCORD_TYPE_PAGE_VIEW, NULL);
}

ConcordDocumentLayout *
concord_page_view_get_layout (ConcordPageView *self)
{
  g_return_val_if_fail (CONCORD_IS_PAGE_VIEW (self), NULL);

  return self->layout;
}

/**
 * concord_page_view_replace_layout:
 * @layout: (transfer full) (nullable): the pages to show
 *
 * Shows @layout, keeping the scroll position as far as it goes.
 *
 * Returns: (transfer full) (nullable): the layout shown until now, for the
 * caller to free (freeing a large one takes a while, so not here)
 */
ConcordDocumentLayout *
concord_page_view_replace_layout (ConcordPageView       *self,
                                  ConcordDocumentLayout *layout)
{
  ConcordDocumentLayout *old;
  guint n_before;

  g_return_val_if_fail (CONCORD_IS_PAGE_VIEW (self), NULL);

  n_before = concord_page_view_get_n_pages (self);
  old = g_steal_pointer (&self->layout);
  self->layout = layout;
  clear_textures (self);
  configure_adjustments (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (n_before != concord_page_view_get_n_pages (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  update_current_page (self);

  return old;
}

guint
concord_page_view_get_n_pages (ConcordPageView *self)
{
  g_return_val_if_fail (CONCORD_IS_PAGE_VIEW (self), 0);

  return self->layout != NULL ? concord_document_layout_get_n_pages (self->layout) : 0;
}

/* The page (from 0) at the top of the view. */
guint
concord_page_view_get_page (ConcordPageView *self)
{
  g_return_val_if_fail (CONCORD_IS_PAGE_VIEW (self), 0);

  return self->page;
}

void
concord_page_view_scroll_to_page (ConcordPageView *self,
                                  guint            page)
{
  g_return_if_fail (CONCORD_IS_PAGE_VIEW (self));

  if (concord_page_view_get_n_pages (self) == 0)
    return;

  self->pending_page = MIN (page, concord_page_view_get_n_pages (self) - 1);
  /* Before the first allocation the adjustments have no size yet. */
  if (gtk_widget_get_height (GTK_WIDGET (self)) > 0)
    {
      configure_adjustments (self);
      scroll_to_pending_page (self);
    }
  else
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

double
concord_page_view_get_zoom (ConcordPageView *self)
{
  g_return_val_if_fail (CONCORD_IS_PAGE_VIEW (self), 1.0);

  return self->zoom;
}

/* Changes the zoom, keeping the current page in view; a chosen zoom ends
 * fitting to the width. */
void
concord_page_view_set_zoom (ConcordPageView *self,
                            double           zoom)
{
  g_return_if_fail (CONCORD_IS_PAGE_VIEW (self));

  zoom = CLAMP (zoom, CONCORD_PAGE_VIEW_MIN_ZOOM, CONCORD_PAGE_VIEW_MAX_ZOOM);
  concord_page_view_set_fit_width (self, FALSE);
  if (fabs (zoom - self->zoom) < 1e-9)
    return;

  self->zoom = zoom;
  if (concord_page_view_get_n_pages (self) > 0)
    self->pending_page = self->page;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
concord_page_view_get_fit_width (ConcordPageView *self)
{
  g_return_val_if_fail (CONCORD_IS_PAGE_VIEW (self), FALSE);

  return self->fit_width;
}

void
concord_page_view_set_fit_width (ConcordPageView *self,
                                 gboolean         fit_width)
{
  g_return_if_fail (CONCORD_IS_PAGE_VIEW (self));

  fit_width = !!fit_width;
  if (fit_width == self->fit_width)
    return;

  self->fit_width = fit_width;
  if (fit_width && concord_page_view_get_n_pages (self) > 0)
    self->pending_page = self->page;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

/* The pages in view (or that would be, for a layout with enough pages),
 * and the zoom and scale factor they are drawn at. */
void
concord_page_view_get_visible_pages (ConcordPageView *self,
                                     guint           *first,
                                     guint           *last,
                                     double          *zoom,
                                     int             *scale)
{
  double w, h, y0;
  int height;

  g_return_if_fail (CONCORD_IS_PAGE_VIEW (self));

  page_size_px (self, &w, &h);
  height = gtk_widget_get_height (GTK_WIDGET (self));
  y0 = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  *first = (guint) MAX (0, floor ((y0 - PAGE_GAP) / (h + PAGE_GAP)));
  *last = (guint) MAX (0, floor ((y0 + MAX (height, 1)) / (h + PAGE_GAP)));
  *zoom = self->zoom;
  *scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

/**
 * concord_page_view_add_pixels:
 * @pixels: (transfer full): a page of the current layout, drawn ahead
 *
 * Keeps a page drawn on another thread to show, unless the zoom or the
 * scale factor has changed since.
 */
void
concord_page_view_add_pixels (ConcordPageView   *self,
                              ConcordPagePixels *pixels)
{
  int scale, width, height;

  g_return_if_fail (CONCORD_IS_PAGE_VIEW (self));
  g_return_if_fail (pixels != NULL);

  scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  if (self->layout != NULL && pixels->page < concord_page_view_get_n_pages (self))
    {
      sync_texture_params (self, scale);
      pixel_size (self->layout, self->zoom, scale, &width, &height);
      if (width == pixels->width && height == pixels->height && pixels->scale == scale &&
          fabs (pixels->zoom - self->zoom) < 1e-9)
        g_hash_table_replace (self->textures, GUINT_TO_POINTER (pixels->page), texture_from_pixels (pixels));
    }
  concord_page_pixels_free (pixels);
}
