/* concord-preview.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "concord-app-resources.h"
#include "concord-page-view.h"
#include "concord-layout-task.h"
#include "concord-preview.h"

/* The live preview: the memorandum's printed pages, from the one renderer.
 *
 * Laying out a long memorandum takes seconds, so it never happens on the
 * main thread. An edit asks for an update; once edits pause for
 * CONCORD_PREVIEW_DELAY_MS, a copy of the memorandum is taken (cheap, and
 * on the main thread, where the model lives) and laid out on a worker
 * thread; the finished layout replaces the one on screen. An update asked
 * for while one is being laid out runs once that one has landed. */

#define ZOOM_STEP 1.2
#define SPINNER_DELAY_MS 400
/* A memorandum of more clauses than this is copied for its layout a few
 * hundred clauses a main-loop turn: 12,000 at once stall the window for
 * about a tenth of a second. */
#define COPY_IN_STEPS 1500
#define COPY_PER_TURN 500

struct _ConcordPreview
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkWidget            *box;
  ConcordPageView      *view;
  GtkLabel             *page_label;
  GtkLabel             *zoom_label;
  GtkLabel             *error_label;
  GtkSpinner           *spinner;

  /* Owned */
  ConcordMemorandum    *memorandum;
  GCancellable         *cancellable;
  /* Text shaped for earlier layouts, reused by the next: an edit changes
   * a paragraph, and the rest need not be shaped again. Used by one
   * layout at a time, on the worker, under the render lock. */
  ConcordLayoutCache   *cache;
  char                 *counterpart;
  char                 *pending_id;

  /* State */
  ConcordRenderOptions  options;
  guint                 timeout_id;
  guint                 controls_id;
  guint                 spinner_id;
  gboolean              busy;
  guint                 serial;
  guint                 generation;
  gboolean              running;
  gboolean              again;
  /* The copy being made for the next layout, a step a turn. */
  ConcordMemorandumCopier *copier;
  guint                 copy_id;
  gint64                last_snapshot_time;
};

G_DEFINE_FINAL_TYPE (ConcordPreview, concord_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  PROP_BUSY,
  PROP_GENERATION,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  N_PROPS,
};

enum {
  LAYOUT_CHANGED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* A layout made through the shared layout call, and which memorandum (by
 * serial) it belongs to. */
typedef struct
{
  ConcordPreview       *preview;
  guint                 serial;

  /* The pages in view, drawn on the worker too so that the main thread
   * only shows them. */
  guint                 first_visible;
  guint                 last_visible;
  double                zoom;
  int                   scale;
  GPtrArray            *pages;
} Job;

/* What the worker hands back. */
typedef struct
{
  ConcordDocumentLayout *layout;
  GPtrArray             *pages;
} Result;

static void
job_free (Job *job)
{
  g_clear_object (&job->preview);
  g_clear_pointer (&job->pages, g_ptr_array_unref);
  g_free (job);
}

static void
free_layout_locked (gpointer data)
{
  concord_render_lock ();
  concord_document_layout_free (data);
  concord_render_unlock ();
}

static void
result_free (gpointer data)
{
  Result *result = data;

  if (result->layout != NULL)
    free_layout_locked (result->layout);
  g_clear_pointer (&result->pages, g_ptr_array_unref);
  g_free (result);
}

/* On the worker, under the render lock: the pages in view. */
static gboolean
render_visible_cb (ConcordDocumentLayout  *layout,
                   guint                   index,
                   gpointer                data,
                   GCancellable           *cancellable,
                   GError                **error)
{
  Job *job = data;

  for (guint page = job->first_visible;
       page <= job->last_visible && page < concord_document_layout_get_n_pages (layout) &&
       !g_cancellable_is_cancelled (cancellable);
       page++)
    g_ptr_array_add (job->pages, concord_page_pixels_render (layout, page, job->zoom, job->scale));

  return TRUE;
}

static void
free_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  free_layout_locked (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
freed_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      data)
{
  ConcordPreview *self = CONCORD_PREVIEW (object);

  /* Pages skipped while the lock was held are drawn now. */
  if (self->view != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (self->view));
}

/* Freeing the layout of a long document takes tens of milliseconds, so
 * that too happens on a worker thread. */
static void
free_layout_later (ConcordPreview        *self,
                   ConcordDocumentLayout *layout)
{
  g_autoptr(GTask) task = NULL;

  if (layout == NULL)
    return;

  task = g_task_new (self, NULL, freed_cb, NULL);
  g_task_set_source_tag (task, free_layout_later);
  g_task_set_task_data (task, layout, NULL);
  g_task_run_in_thread (task, free_thread);
}

static gboolean
show_spinner_cb (gpointer data)
{
  ConcordPreview *self = data;

  self->spinner_id = 0;
  gtk_spinner_set_spinning (self->spinner, TRUE);

  return G_SOURCE_REMOVE;
}

/* Busy from an update being asked for until its pages are shown. The
 * spinner shows only for a layout that takes a while, so that typing in
 * a short memorandum does not make it flicker. */
static void
set_busy (ConcordPreview *self,
          gboolean        busy)
{
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  if (!busy)
    gtk_spinner_set_spinning (self->spinner, FALSE);
  else if (!gtk_spinner_get_spinning (self->spinner))
    self->spinner_id = g_timeout_add (SPINNER_DELAY_MS, show_spinner_cb, self);

  if (busy == self->busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void update_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      data);

static void
stop_copying (ConcordPreview *self)
{
  g_clear_handle_id (&self->copy_id, g_source_remove);
  g_clear_pointer (&self->copier, concord_memorandum_copier_free);
}

/* Lays out @copy (which it takes), as the memorandum is now. */
static void
launch_layout (ConcordPreview    *self,
               ConcordMemorandum *copy)
{
  Job *job;
  gint64 start;

  start = g_get_monotonic_time ();
  job = g_new0 (Job, 1);
  job->preview = g_object_ref (self);
  job->serial = self->serial;
  job->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_page_pixels_free);
  concord_page_view_get_visible_pages (self->view, &job->first_visible, &job->last_visible,
                                       &job->zoom, &job->scale);

  self->running = TRUE;
  set_busy (self, TRUE);
  self->options.counterpart = self->counterpart;
  concord_layout_take_async (copy, &self->options, 1, self->cache, render_visible_cb, job, TRUE,
                             self->cancellable, update_cb, job);
  self->options.counterpart = NULL;
  self->last_snapshot_time = g_get_monotonic_time () - start;
}

static gboolean
copy_step_cb (gpointer data)
{
  ConcordPreview *self = data;

  if (!concord_memorandum_copier_step (self->copier, COPY_PER_TURN))
    return G_SOURCE_CONTINUE;

  self->copy_id = 0;
  launch_layout (self, concord_memorandum_copier_finish (self->copier));
  g_clear_pointer (&self->copier, concord_memorandum_copier_free);

  return G_SOURCE_REMOVE;
}

static void
start_update (ConcordPreview *self)
{
  if (self->memorandum == NULL)
    return;
  if (self->running)
    {
      self->again = TRUE;
      return;
    }

  /* A copy under way is of the memorandum as it was: it starts again. */
  stop_copying (self);
  if (concord_memorandum_count_clauses (self->memorandum) <= COPY_IN_STEPS)
    {
      launch_layout (self, concord_memorandum_copy (self->memorandum));
      return;
    }
  set_busy (self, TRUE);
  self->copier = concord_memorandum_copier_new (self->memorandum);
  self->copy_id = g_idle_add (copy_step_cb, self);
}

static void
show_error (ConcordPreview *self,
            const GError   *error)
{
  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static void
land_layout (ConcordPreview *self,
             Result         *result)
{
  free_layout_later (self, concord_page_view_replace_layout (self->view, g_steal_pointer (&result->layout)));
  while (result->pages->len > 0)
    concord_page_view_add_pixels (self->view, g_ptr_array_steal_index_fast (result->pages, result->pages->len - 1));
  self->generation++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERATION]);

  if (self->pending_id != NULL)
    {
      g_autofree char *id = g_steal_pointer (&self->pending_id);

      concord_preview_scroll_to_id (self, id);
    }

  g_signal_emit (self, signals[LAYOUT_CHANGED], 0);
}

static void
update_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  Job *job = data;
  ConcordPreview *self = job->preview;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) layouts = concord_layout_finish (result, &error);
  Result *outcome = NULL;

  /* Cancelled: the preview is going away. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      job_free (job);
      return;
    }

  self->running = FALSE;
  /* Pages skipped while the layout held the render lock are drawn now. */
  gtk_widget_queue_draw (GTK_WIDGET (self->view));
  if (layouts != NULL)
    {
      outcome = g_new0 (Result, 1);
      outcome->layout = g_ptr_array_steal_index (layouts, 0);
      outcome->pages = g_steal_pointer (&job->pages);
    }
  if (outcome == NULL)
    {
      if (job->serial == self->serial)
        show_error (self, error);
    }
  else
    {
      if (job->serial == self->serial)
        {
          show_error (self, NULL);
          land_layout (self, outcome);
        }
      /* Freeing what is left (a layout for another memorandum) takes a
       * while for a long one. */
      free_layout_later (self, g_steal_pointer (&outcome->layout));
      result_free (outcome);
    }

  if (self->again)
    {
      self->again = FALSE;
      start_update (self);
    }
  else if (self->timeout_id == 0)
    set_busy (self, FALSE);
  job_free (job);
}

static gboolean
timeout_cb (gpointer data)
{
  ConcordPreview *self = data;

  self->timeout_id = 0;
  start_update (self);
  if (!self->running)
    set_busy (self, FALSE);

  return G_SOURCE_REMOVE;
}

/* Controls */

static void
update_page_label (ConcordPreview *self)
{
  guint n = concord_page_view_get_n_pages (self->view);
  guint page = concord_page_view_get_page (self->view);

  if (n == 0)
    gtk_label_set_text (self->page_label, _("No pages"));
  else
    {
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, n);

      gtk_label_set_text (self->page_label, text);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", n > 0 && page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", n > 0 && page + 1 < n);
}

static void
update_zoom_label (ConcordPreview *self)
{
  double zoom = concord_page_view_get_zoom (self->view);
  g_autofree char *text = g_strdup_printf ("%d%%", (int) round (zoom * 100));

  gtk_label_set_text (self->zoom_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", zoom < CONCORD_PAGE_VIEW_MAX_ZOOM - 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", zoom > CONCORD_PAGE_VIEW_MIN_ZOOM + 1e-6);
}

static gboolean
update_controls_cb (gpointer data)
{
  ConcordPreview *self = data;

  self->controls_id = 0;
  update_page_label (self);
  update_zoom_label (self);

  return G_SOURCE_REMOVE;
}

/* The view's page and zoom change while it is being allocated (fitting
 * the width, scrolling): labels resized then would miss that allocation,
 * so they follow just after, before the next frame. */
static void
queue_update_controls (ConcordPreview *self)
{
  if (self->controls_id == 0)
    self->controls_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_controls_cb, self, NULL);
}

static void
view_page_cb (ConcordPreview *self)
{
  queue_update_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
view_n_pages_cb (ConcordPreview *self)
{
  queue_update_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

static void
view_zoom_cb (ConcordPreview *self)
{
  queue_update_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
view_fit_width_cb (ConcordPreview *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordPreview *self = CONCORD_PREVIEW (widget);
  guint page = concord_page_view_get_page (self->view);

  if (g_str_equal (action_name, "preview.previous-page"))
    concord_preview_scroll_to_page (self, page > 0 ? page - 1 : 0);
  else
    concord_preview_scroll_to_page (self, page + 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordPreview *self = CONCORD_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    concord_preview_zoom_in (self);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    concord_preview_zoom_out (self);
  else
    concord_preview_set_fit_width (self, TRUE);
}

/* GObject */

static void
concord_preview_dispose (GObject *object)
{
  ConcordPreview *self = CONCORD_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  stop_copying (self);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_handle_id (&self->controls_id, g_source_remove);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_PREVIEW);
  self->view = NULL;
  g_clear_object (&self->memorandum);

  G_OBJECT_CLASS (concord_preview_parent_class)->dispose (object);
}

static void
concord_preview_finalize (GObject *object)
{
  ConcordPreview *self = CONCORD_PREVIEW (object);

  g_clear_object (&self->cancellable);
  /* No layout can be running: the task holds the preview until it ends. */
  concord_render_lock ();
  g_clear_pointer (&self->cache, concord_layout_cache_free);
  concord_render_unlock ();
  g_free (self->counterpart);
  g_free (self->pending_id);

  G_OBJECT_CLASS (concord_preview_parent_class)->finalize (object);
}

static void
concord_preview_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ConcordPreview *self = CONCORD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      g_value_set_object (value, self->memorandum);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, concord_preview_get_busy (self));
      break;
    case PROP_GENERATION:
      g_value_set_uint (value, self->generation);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, concord_preview_get_n_pages (self));
      break;
    case PROP_PAGE:
      g_value_set_uint (value, concord_preview_get_page (self));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, concord_preview_get_zoom (self));
      break;
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, concord_preview_get_fit_width (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_preview_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ConcordPreview *self = CONCORD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      concord_preview_set_memorandum (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      concord_preview_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT_WIDTH:
      concord_preview_set_fit_width (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_preview_class_init (ConcordPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = concord_preview_dispose;
  object_class->finalize = concord_preview_finalize;
  object_class->get_property = concord_preview_get_property;
  object_class->set_property = concord_preview_set_property;

  properties[PROP_MEMORANDUM] =
    g_param_spec_object ("memorandum", NULL, NULL, CONCORD_TYPE_MEMORANDUM, flags);
  /* TRUE from an update being asked for until its pages are shown. */
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, read_only);
  /* How many layouts have been shown: tests wait for it to move on. */
  properties[PROP_GENERATION] = g_param_spec_uint ("generation", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_N_PAGES] = g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_PAGE] = g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, CONCORD_PAGE_VIEW_MIN_ZOOM, CONCORD_PAGE_VIEW_MAX_ZOOM, 1.0, flags);
  properties[PROP_FIT_WIDTH] = g_param_spec_boolean ("fit-width", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ConcordPreview::layout-changed:
   *
   * New pages are shown: the memorandum as it was when the update began.
   */
  signals[LAYOUT_CHANGED] =
    g_signal_new ("layout-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* Referencing the resource keeps it linked in (and so registered) when
   * this comes from the static library, as in the UI tests. */
  g_assert (concord_app_get_resource () != NULL);
  g_type_ensure (CONCORD_TYPE_PAGE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/views/concord-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordPreview, box);
  gtk_widget_class_bind_template_child (widget_class, ConcordPreview, view);
  gtk_widget_class_bind_template_child (widget_class, ConcordPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordPreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordPreview, error_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordPreview, spinner);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit-width", NULL, zoom_action);
  gtk_widget_class_install_property_action (widget_class, "preview.fit-width", "fit-width");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-fit-width", NULL);

  gtk_widget_class_set_css_name (widget_class, "preview");
}

static void
concord_preview_init (ConcordPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->cache = concord_layout_cache_new ();
  self->options.paper = CONCORD_PAPER_A4;

  g_signal_connect_object (self->view, "notify::page", G_CALLBACK (view_page_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::n-pages", G_CALLBACK (view_n_pages_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::zoom", G_CALLBACK (view_zoom_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::fit-width", G_CALLBACK (view_fit_width_cb), self,
                           G_CONNECT_SWAPPED);
  update_page_label (self);
  update_zoom_label (self);
}

GtkWidget *
concord_preview_new (void)
{
  return g_object_new (CONCORD_TYPE_PREVIEW, NULL);
}

ConcordMemorandum *
concord_preview_get_memorandum (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), NULL);

  return self->memorandum;
}

/* Shows another memorandum (or none), laid out at once. */
void
concord_preview_set_memorandum (ConcordPreview    *self,
                                ConcordMemorandum *memorandum)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));
  g_return_if_fail (memorandum == NULL || CONCORD_IS_MEMORANDUM (memorandum));

  if (!g_set_object (&self->memorandum, memorandum))
    return;

  /* A layout under way is for the old memorandum: it is dropped when it
   * lands. */
  self->serial++;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->pending_id, g_free);
  if (memorandum == NULL)
    {
      stop_copying (self);
      free_layout_later (self, concord_page_view_replace_layout (self->view, NULL));
      self->again = FALSE;
      if (!self->running)
        set_busy (self, FALSE);
    }
  else
    start_update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMORANDUM]);
}

/* Paper, signed copy and counterpart, as printed; the pages are laid out
 * again. */
void
concord_preview_set_render_options (ConcordPreview             *self,
                                    const ConcordRenderOptions *options)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));
  g_return_if_fail (options != NULL);

  self->options = *options;
  g_free (self->counterpart);
  self->counterpart = g_strdup (options->counterpart);
  self->options.counterpart = NULL;
  concord_preview_queue_update (self);
}

/**
 * concord_preview_queue_update:
 *
 * The memorandum has changed: lay it out again once edits pause. Cheap;
 * call it on every change.
 */
void
concord_preview_queue_update (ConcordPreview *self)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));

  if (self->memorandum == NULL)
    return;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (CONCORD_PREVIEW_DELAY_MS, timeout_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[concord] preview update");
  set_busy (self, TRUE);
}

gboolean
concord_preview_get_busy (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), FALSE);

  return self->busy;
}

guint
concord_preview_get_generation (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), 0);

  return self->generation;
}

guint
concord_preview_get_n_pages (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), 0);

  return concord_page_view_get_n_pages (self->view);
}

/* The page (from 0) at the top of the preview. */
guint
concord_preview_get_page (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), 0);

  return concord_page_view_get_page (self->view);
}

void
concord_preview_scroll_to_page (ConcordPreview *self,
                                guint           page)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));

  concord_page_view_scroll_to_page (self->view, page);
}

/**
 * concord_preview_scroll_to_id:
 * @clause_or_section_id: the id of a clause, section or annex
 *
 * Brings the page where it starts into view. Before the first pages are
 * shown, that happens when they are.
 *
 * Returns: whether the page is known
 */
gboolean
concord_preview_scroll_to_id (ConcordPreview *self,
                              const char     *clause_or_section_id)
{
  ConcordDocumentLayout *layout;
  int page;

  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), FALSE);
  g_return_val_if_fail (clause_or_section_id != NULL, FALSE);

  layout = concord_page_view_get_layout (self->view);
  if (layout == NULL)
    {
      g_free (self->pending_id);
      self->pending_id = g_strdup (clause_or_section_id);
      return FALSE;
    }

  page = concord_document_layout_find_page (layout, clause_or_section_id);
  if (page < 0)
    return FALSE;

  concord_page_view_scroll_to_page (self->view, page);

  return TRUE;
}

double
concord_preview_get_zoom (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), 1.0);

  return concord_page_view_get_zoom (self->view);
}

void
concord_preview_set_zoom (ConcordPreview *self,
                          double          zoom)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));

  concord_page_view_set_zoom (self->view, zoom);
}

void
concord_preview_zoom_in (ConcordPreview *self)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));

  concord_page_view_set_zoom (self->view, concord_page_view_get_zoom (self->view) * ZOOM_STEP);
}

void
concord_preview_zoom_out (ConcordPreview *self)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));

  concord_page_view_set_zoom (self->view, concord_page_view_get_zoom (self->view) / ZOOM_STEP);
}

gboolean
concord_preview_get_fit_width (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), FALSE);

  return concord_page_view_get_fit_width (self->view);
}

void
concord_preview_set_fit_width (ConcordPreview *self,
                               gboolean        fit_width)
{
  g_return_if_fail (CONCORD_IS_PREVIEW (self));

  concord_page_view_set_fit_width (self->view, fit_width);
}

/**
 * concord_preview_get_layout:
 *
 * The pages shown, for tests and for printing what is seen. Drawing from
 * it while a layout is made on another thread needs concord_render_lock().
 *
 * Returns: (transfer none) (nullable): the layout shown
 */
ConcordDocumentLayout *
concord_preview_get_layout (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), NULL);

  return concord_page_view_get_layout (self->view);
}

/* How long the last update's copy of the memorandum took on the main
 * thread, in microseconds. */
gint64
concord_preview_get_last_snapshot_time (ConcordPreview *self)
{
  g_return_val_if_fail (CONCORD_IS_PREVIEW (self), 0);

  return self->last_snapshot_time;
}
