/* ui-test-util.c: what the UI tests share: waiting for conditions (never
 * for time), screenshots, and the application's style sheet.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <execinfo.h>
#include <sys/wait.h>

#include "ui-test-util.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "concord-outline.h"
#include "concord-preview.h"

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
 * only absorbs antialiasing noise, and the faint shade of a row that
 * happens to lie under the pointer an earlier test left on the display
 * (a dozen pixels past the threshold; changed words are hundreds).  With
 * CONCORD_REFRESH_REFERENCES set to
 * that folder, the references are rewritten instead
 * (build-aux/refresh-references). */
#define SCREENSHOT_THRESHOLD 48
#define SCREENSHOT_MAX_PIXELS 32

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
static gboolean
display_has_monitors (gpointer data)
{
  return g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())) > 0;
}

ConcordWindow *
ui_new_window (void)
{
  ConcordWindow *window;

  /* A window sizes itself from a monitor: on a display whose monitors
   * GDK has not heard of yet (seen once under the sanitizers, on a loaded
   * machine) gdk_monitor_get_geometry() is given NULL. */
  ui_wait_for (display_has_monitors, NULL);
  window = concord_window_new (NULL);

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

gboolean
ui_widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

gboolean
ui_widget_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* The last widget ui_widget_on_screen() placed, for print_trace(). */
static char last_placed[200];

/* Whether @data's bounds, where the X server has its window, meet a
 * monitor. GTK 4.8 places a popover only from a parent that does (it asks
 * for the monitor under the parent and takes none for granted): a row
 * scrolled out of sight, or a window not yet where the server puts it,
 * would fail a critical inside GTK. Elsewhere than on X11, mapped is
 * enough. */
gboolean
ui_widget_on_screen (gpointer data)
{
  GtkWidget *widget = data;
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  graphene_rect_t bounds;

  if (surface == NULL || !gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, GTK_WIDGET (native), &bounds))
    return FALSE;
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (gdk_surface_get_display (surface)))
    {
      GdkDisplay *display = gdk_surface_get_display (surface);
      Display *xdisplay = gdk_x11_display_get_xdisplay (display);
      GListModel *monitors = gdk_display_get_monitors (display);
      Window child;
      double dx, dy;
      int x, y;
      gboolean met = FALSE;

      gtk_native_get_surface_transform (native, &dx, &dy);
      if (!XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface), DefaultRootWindow (xdisplay),
                                  (int) (bounds.origin.x + dx), (int) (bounds.origin.y + dy), &x, &y, &child))
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (monitors) && !met; i++)
        {
          g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
          GdkRectangle area, anchor = { x, y, MAX (1, (int) bounds.size.width), MAX (1, (int) bounds.size.height) };

          gdk_monitor_get_geometry (monitor, &area);
          met = gdk_rectangle_intersect (&area, &anchor, NULL);
        }
      g_snprintf (last_placed, sizeof last_placed, "%s at %d,%d (%gx%g) in the X server's root window, in a %s of %dx%d",
                  G_OBJECT_TYPE_NAME (widget), x, y, bounds.size.width, bounds.size.height,
                  G_OBJECT_TYPE_NAME (native), gdk_surface_get_width (surface), gdk_surface_get_height (surface));
      return met;
    }
#endif

  return TRUE;
}

static void
print_trace (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        data)
{
  void *frames[64];
  int n = backtrace (frames, G_N_ELEMENTS (frames));

  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = display != NULL ? gdk_display_get_monitors (display) : NULL;
  guint n_monitors = monitors != NULL ? g_list_model_get_n_items (monitors) : 0;

  g_printerr ("%s-CRITICAL: %s; from:\n", domain != NULL ? domain : "", message);
  backtrace_symbols_fd (frames, n, STDERR_FILENO);
  g_printerr ("last placed: %s; %u monitors\n", last_placed[0] != '\0' ? last_placed : "none", n_monitors);
  for (guint i = 0; i < n_monitors; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle area;

      gdk_monitor_get_geometry (monitor, &area);
      g_printerr ("monitor %u: %d,%d %dx%d\n", i, area.x, area.y, area.width, area.height);
    }
  g_log_default_handler (domain, level, message, data);
}

/* A critical inside GTK fails the test (gtk_test_init() makes it fatal);
 * this prints where it was called from first, so that a failure seen once
 * in CI says which path of GTK's it took. */
void
ui_trace_criticals (void)
{
  static const char *const domains[] = { "Gdk", "Gtk", "Adwaita", "GLib-GObject" };

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    g_log_set_handler (domains[i], G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL, print_trace, NULL);
}

/* A published memorandum from tests/data, copied into @scratch as @as (or
 * its own name), so that saving it writes the copy. */
char *
ui_copy_published (const char *scratch,
                   const char *name,
                   const char *as)
{
  g_autofree char *from = g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);
  char *to = g_build_filename (scratch, as != NULL ? as : name, NULL);
  g_autofree char *data = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (from, &data, &size, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) size, NULL));

  return to;
}

/* A new window with the file open on its document page. */
ConcordWindow *
ui_open_path (const char *path)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ui_open_file (window, file);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");

  return window;
}

ConcordMemorandum *
ui_memorandum (ConcordWindow *window)
{
  return concord_document_get_memorandum (concord_window_get_document (window));
}

ConcordMemorandum *
ui_reload (const char *path)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);

  return m;
}

/* What was saved loads again; the file's text, to look into. */
char *
ui_saved_xml (const char *path)
{
  g_autoptr(ConcordMemorandum) reloaded = ui_reload (path);
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));

  return data;
}

void
ui_activate (gpointer    widget,
             const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
}

/* As a click on its outline row does it. */
void
ui_select_item (ConcordWindow *window,
                gpointer       item)
{
  ConcordOutline *outline = concord_window_get_outline (window);
  guint position;

  g_assert_nonnull (item);
  g_assert_true (concord_outline_find (outline, item, &position));
  g_assert_true (gtk_selection_model_select_item (concord_outline_get_selection_model (outline), position, TRUE));
  g_assert_true (concord_window_get_edited (window) == item);
}

/* The outline's Definitions, Background or Document control row. */
GObject *
ui_outline_part (ConcordWindow          *window,
                 ConcordOutlinePartKind  kind)
{
  GListModel *items = concord_outline_get_items (concord_window_get_outline (window));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (concord_outline_part_is (item, kind))
        return item;
    }
  g_assert_not_reached ();
}

/* The outline's title and subtitle for an item, a tab between. */
char *
ui_outline_text (ConcordWindow *window,
                 gpointer       item)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = concord_outline_describe (concord_window_get_outline (window), item, &subtitle);

  return g_strdup_printf ("%s\t%s", title, subtitle != NULL ? subtitle : "");
}

/* The shown pane's row of that title; the test fails without one. */
GtkWidget *
ui_pane_row (ConcordWindow *window,
             const char    *title)
{
  GtkWidget *row = concord_editor_pane_find_row (concord_window_get_pane (window), title);

  if (row == NULL)
    g_error ("no row “%s” in the %s", title, G_OBJECT_TYPE_NAME (concord_window_get_pane (window)));

  return row;
}

void
ui_type_into (ConcordWindow *window,
              const char    *title,
              const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (ui_pane_row (window, title)), text);
}

/* Types @text at the end of the buffer, as the keyboard does. */
void
ui_type_at_end (GtkTextBuffer *buffer,
                const char    *text)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

/* The words of every chip in the text, in order, "|" between them. */
char *
ui_chip_texts (ConcordBodyEditor *editor)
{
  GtkTextBuffer *buffer = concord_body_editor_get_buffer (editor);
  GString *out = g_string_new (NULL);
  GtkTextIter it;

  for (gtk_text_buffer_get_start_iter (buffer, &it); !gtk_text_iter_is_end (&it); gtk_text_iter_forward_char (&it))
    {
      GtkTextChildAnchor *anchor = gtk_text_iter_get_child_anchor (&it);
      guint n = 0;
      g_autofree GtkWidget **widgets = anchor != NULL ? gtk_text_child_anchor_get_widgets (anchor, &n) : NULL;

      for (guint i = 0; i < n; i++)
        if (GTK_IS_LABEL (widgets[i]))
          g_string_append_printf (out, "%s%s", out->len > 0 ? "|" : "", gtk_label_get_text (GTK_LABEL (widgets[i])));
    }

  return g_string_free (out, FALSE);
}

/* The message dialog shown, if any. */
/* The first shown top-level window of TYPE, or NULL. */
static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

AdwMessageDialog *
ui_find_dialog (void)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

gboolean
ui_no_dialog (gpointer data)
{
  return ui_find_dialog () == NULL;
}

static GtkFileChooser *
find_file_chooser (void)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
}

static gboolean
file_chooser_shown (gpointer data)
{
  return find_file_chooser () != NULL;
}

static gboolean
file_chooser_has (gpointer data)
{
  GtkFileChooser *chooser = find_file_chooser ();
  g_autoptr(GFile) chosen = chooser != NULL ? gtk_file_chooser_get_file (chooser) : NULL;

  return chosen != NULL && g_file_equal (chosen, data);
}

/* In the file chooser the app has open (GTK's own dialog, as there is no
 * portal under the tests), picks FILE and presses the accepting button, as
 * a user does. */
void
ui_choose_file (GFile *file)
{
  GtkFileChooser *chooser;

  ui_wait_for (file_chooser_shown, NULL);
  chooser = find_file_chooser ();
  g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  /* The chooser reads the folder in the background, then selects it. */
  ui_wait_for (file_chooser_has, file);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

typedef struct
{
  ConcordPreview *preview;
  guint           generation;
} PreviewWait;

static gboolean
preview_laid_out (gpointer data)
{
  PreviewWait *wait = data;

  return !concord_preview_get_busy (wait->preview) &&
         concord_preview_get_generation (wait->preview) >= wait->generation &&
         concord_preview_get_n_pages (wait->preview) > 0;
}

/* The preview's pages, once laid out again after the edits since
 * GENERATION (which it updates), as pdftotext reads them. */
char *
ui_preview_text (ConcordPreview *preview,
                 guint          *generation)
{
  PreviewWait wait = { preview, *generation + 1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  char *text;
  int fd;

  ui_wait_for (preview_laid_out, &wait);
  *generation = concord_preview_get_generation (preview);
  fd = g_file_open_tmp ("concord-preview-XXXXXX.pdf", &pdf, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (concord_document_layout_export_pdf (concord_preview_get_layout (preview), pdf, &error));
  g_assert_no_error (error);
  text = ui_pdftotext (pdf);
  g_assert_cmpint (g_unlink (pdf), ==, 0);

  return text;
}

/* Checks that the PDF at PATH, as `pdftotext -layout` reads it, shows
 * every headed clause of M as "NUMBER HEADING", in order. The numbers are worked
 * out here from the model by the format's rules, not by Concord's
 * numbering: sections from 1, clauses from 1 in each (straight through in
 * continuous numbering), a fixed number restarting the count, and an
 * unnumbered clause taking none. */
void
ui_assert_clause_numbers (ConcordMemorandum *m,
                          const char        *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *raw = ui_run (argv);
  g_auto(GStrv) words = g_strsplit_set (raw, " \t\n\f", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) nonempty = NULL;
  g_autofree char *text = NULL;
  GListModel *sections = concord_memorandum_get_sections (m);
  gboolean continuous = concord_memorandum_get_numbering (m) == CONCORD_NUMBERING_CONTINUOUS;
  const char *at;
  guint count = 0;
  guint checked = 0;

  /* White space folded, so that a number and its heading read "2 Scope". */
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (kept, words[i]);
  nonempty = g_strv_builder_end (kept);
  text = g_strjoinv (" ", nonempty);
  at = text;

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, s);

      if (!continuous)
        count = 0;
      for (guint c = 0; c < concord_section_get_n_clauses (section); c++)
        {
          ConcordClause *clause = concord_section_get_clause (section, c);
          const char *fixed = concord_clause_get_number (clause);
          const char *heading = concord_clause_get_heading (clause);
          g_autofree char *expected = NULL;
          const char *found;

          if (!concord_clause_get_numbered (clause))
            continue;
          if (fixed != NULL)
            count = (guint) g_ascii_strtoull (strrchr (fixed, '.') != NULL ? strrchr (fixed, '.') + 1 : fixed,
                                              NULL, 10);
          else
            count++;
          if (heading == NULL)
            continue;
          expected = continuous ? g_strdup_printf ("%u %s", count, heading)
                                : g_strdup_printf ("%u.%u %s", s + 1, count, heading);
          found = strstr (at, expected);
          if (found == NULL)
            g_error ("“%s” is not printed after “%.60s”", expected, at);
          at = found;
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 0);
}

/* The first button under ROOT labelled LABEL ("_Add", with its
 * mnemonic), or NULL. */
GtkWidget *
ui_find_button (GtkWidget  *root,
                const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Runs a program found on PATH; its standard output and error together,
 * and in EXIT_CODE its exit code. */
char *
ui_run_with_exit (const char * const *argv,
                  int                *exit_code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  *exit_code = WEXITSTATUS (status);

  return g_strconcat (out, err, NULL);
}

/* Runs a program found on PATH; its output. It must succeed. */
char *
ui_run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed:\n%s%s", argv[0], out, err);

  return out;
}

/* The concord-cli this build made. */
char *
ui_cli_path (void)
{
  return g_build_filename (BUILD_ROOT, "src", "cli", "concord-cli", NULL);
}

char *
ui_pdftotext (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return ui_run (argv);
}

/* What `concord-cli text` prints for a file. */
char *
ui_cli_text (const char *mou)
{
  g_autofree char *cli = ui_cli_path ();
  const char *argv[] = { cli, "text", mou, NULL };

  return ui_run (argv);
}

/* The file exported by concord-cli to MOU.pdf (left for the caller to look
 * into or remove), as pdftotext reads it. */
char *
ui_pdf_text (const char *mou)
{
  g_autofree char *cli = ui_cli_path ();
  g_autofree char *pdf = g_strconcat (mou, ".pdf", NULL);
  const char *export[] = { cli, "export-pdf", mou, "-o", pdf, NULL };
  g_autofree char *ignored = ui_run (export);

  return ui_pdftotext (pdf);
}
