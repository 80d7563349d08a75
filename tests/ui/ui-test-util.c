/* ui-test-util.c: what the UI tests share: waiting for conditions (never
 * for time), screenshots, and the application's style sheet.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-test-util.h"

/* Iterate the main loop until the predicate holds; fail after a timeout. */
void
ui_wait_for_within (Predicate predicate,
                    gpointer  data,
                    gint64    timeout_us)
{
  gint64 deadline = g_get_monotonic_time () + timeout_us;

  while (!predicate (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

void
ui_wait_for (Predicate predicate,
             gpointer  data)
{
  ui_wait_for_within (predicate, data, UI_TIMEOUT_US);
}

gboolean
ui_is_ready (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static guint frames_seen;

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  frames_seen++;

  return G_SOURCE_CONTINUE;
}

static gboolean
frames_passed (gpointer data)
{
  return frames_seen >= GPOINTER_TO_UINT (data);
}

/* Lets frames pass, so that widgets are laid out and drawn as a user would
 * see them. */
void
ui_wait_frames (GtkWidget *widget,
                guint      n_frames)
{
  guint id;

  frames_seen = 0;
  id = gtk_widget_add_tick_callback (widget, count_frame_cb, NULL, NULL);
  gtk_widget_queue_draw (widget);
  ui_wait_for (frames_passed, GUINT_TO_POINTER (n_frames));
  gtk_widget_remove_tick_callback (widget, id);
}

/* Screenshots named in tests/reference/screenshots/ are compared with
 * their reference there: a pixel differs when a channel is off by more
 * than SCREENSHOT_THRESHOLD, and more than SCREENSHOT_MAX_PIXELS such
 * pixels fail the test.  The cairo renderer draws the same pixels on every
 * run here (GSK_RENDERER=cairo in tests/ui/meson.build), so the tolerance
 * only absorbs antialiasing noise.  With CONCORD_REFRESH_REFERENCES set to
 * that folder, the references are rewritten instead
 * (build-aux/refresh-references). */
#define SCREENSHOT_THRESHOLD 48
#define SCREENSHOT_MAX_PIXELS 8

static guchar *
download (GdkTexture *texture)
{
  gsize stride = (gsize) gdk_texture_get_width (texture) * 4;
  guchar *pixels = g_malloc (stride * (gsize) gdk_texture_get_height (texture));

  gdk_texture_download (texture, pixels, stride);

  return pixels;
}

/* How many pixels of two textures of one size differ. */
static guint
count_differences (GdkTexture *a,
                   GdkTexture *b)
{
  g_autofree guchar *pa = download (a);
  g_autofree guchar *pb = download (b);
  gsize n_pixels = (gsize) gdk_texture_get_width (a) * (gsize) gdk_texture_get_height (a);
  guint count = 0;

  for (gsize i = 0; i < n_pixels; i++)
    for (guint c = 0; c < 4; c++)
      if (ABS ((int) pa[i * 4 + c] - (int) pb[i * 4 + c]) > SCREENSHOT_THRESHOLD)
        {
          count++;
          break;
        }

  return count;
}

static void
check_against_reference (GdkTexture *texture,
                         const char *name)
{
  const char *refresh = g_getenv ("CONCORD_REFRESH_REFERENCES");
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "reference", "screenshots", file, NULL);
  g_autoptr(GdkTexture) reference = NULL;
  g_autoptr(GError) error = NULL;
  guint differences;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  reference = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  if (gdk_texture_get_width (reference) != gdk_texture_get_width (texture)
      || gdk_texture_get_height (reference) != gdk_texture_get_height (texture))
    differences = G_MAXUINT;
  else
    differences = count_differences (texture, reference);

  if (differences > SCREENSHOT_MAX_PIXELS && refresh != NULL && *refresh != '\0')
    {
      /* Only references that changed are rewritten, so that a refresh
       * shows in git exactly what moved. */
      g_autofree char *target = g_build_filename (refresh, file, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, target));
    }
  else if (differences > SCREENSHOT_MAX_PIXELS)
    {
      g_autofree char *folder = g_build_filename (BUILD_ROOT, "tests", "ui", "screenshot-differences", NULL);
      g_autofree char *actual = g_build_filename (folder, file, NULL);

      g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
      g_assert_true (gdk_texture_save_to_png (texture, actual));
      g_test_message ("%s: %dx%d, reference %dx%d, %u pixels differ; the screenshot is in %s",
                      name, gdk_texture_get_width (texture), gdk_texture_get_height (texture),
                      gdk_texture_get_width (reference), gdk_texture_get_height (reference),
                      differences, actual);
      g_test_fail_printf ("screenshot %s differs from tests/reference/screenshots/%s", name, file);
    }
}

/* Saves what a widget shows as BUILD_ROOT/tests/ui/screens/NAME.png, after
 * letting n_frames frames pass, and compares it with its reference if it
 * has one. */
void
ui_save_screenshot (GtkWidget  *widget,
                    const char *name,
                    guint       n_frames)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *folder = g_build_filename (BUILD_ROOT, "tests", "ui", "screens", NULL);
  g_autofree char *path = NULL;
  graphene_rect_t bounds;

  ui_wait_frames (widget, n_frames);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  graphene_rect_init (&bounds, 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &bounds);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  path = g_strdup_printf ("%s/%s.png", folder, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  check_against_reference (texture, name);
}

/* The application loads its style sheet; so do the tests, to see what
 * users see. */
void
ui_load_style_sheet (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/io/github/ConcordMoU/Concord/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* A main window of the size the screenshots use, shown and ready. */
ConcordWindow *
ui_new_window (void)
{
  ConcordWindow *window = concord_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_for (ui_is_ready, window);

  return window;
}

void
ui_destroy_window (ConcordWindow *window)
{
  /* Changes are thrown away on purpose: skip the question. */
  concord_window_set_closing_confirmed (window, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

gboolean
ui_is_opened (gpointer window)
{
  return !concord_window_get_opening (window);
}

/* Opens @file as the app does, on a worker thread, and waits until the
 * window shows it or says why it cannot. */
void
ui_open_file (ConcordWindow *window,
              GFile         *file)
{
  concord_window_open_file (window, file);
  ui_wait_for (ui_is_opened, window);
}
