/* test-autosave-error.c: a draft that cannot be written is told in the
 * window, once per streak of failures, under Xvfb.
 *
 * The state folder is made unwritable with a regular file where the
 * drafts folder must be made: mkdir fails for root too, as CI runs.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-drafts.h"
#include "concord-window.h"
#include "ui-test-util.h"

static guint n_failures;
static guint n_toasts;
static char *toast_text;

static void
autosave_log_cb (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        data)
{
  if (g_str_has_prefix (message, "Could not autosave"))
    n_failures++;
}

static const char *
find_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), "Drafts") != NULL)
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = find_label_text (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

/* Counts each toast the overlay shows, as a user sees them come. */
static void
count_toasts (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
        {
          if (g_object_get_data (G_OBJECT (child), "counted") == NULL)
            {
              g_object_set_data (G_OBJECT (child), "counted", GINT_TO_POINTER (TRUE));
              n_toasts++;
              g_free (toast_text);
              toast_text = g_strdup (find_label_text (child));
            }
          continue;
        }
      count_toasts (child);
    }
}

typedef struct
{
  ConcordWindow *window;
  guint          failures;
} Until;

static gboolean
failed_times (gpointer data)
{
  Until *until = data;

  count_toasts (GTK_WIDGET (until->window));

  return n_failures >= until->failures;
}

static void
edit_and_fail (ConcordWindow *window,
               const char    *title,
               guint          failures)
{
  ConcordMemorandum *m = concord_document_get_memorandum (concord_window_get_document (window));
  Until until = { window, failures };

  concord_memorandum_set_title (m, title);
  ui_wait_for (failed_times, &until);
  /* Frames for a toast to come if one would. */
  ui_wait_frames (GTK_WIDGET (window), 5);
  count_toasts (GTK_WIDGET (window));
}

static gboolean
drafted (gpointer data)
{
  g_autoptr(GPtrArray) drafts = concord_drafts_list ();

  return drafts->len > 0;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_remove (path);
}

static void
block (const char *blocker)
{
  g_autoptr(GError) error = NULL;

  remove_tree (blocker);
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, &error));
  g_assert_no_error (error);
}

static void
test_toast_once_per_streak (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *blocker = g_build_filename (g_get_user_state_dir (), "concord", NULL);
  ConcordWindow *window;
  ConcordMemorandum *m;

  g_settings_set_uint (settings, "autosave-delay", 100);
  g_log_set_handler ("concord-autosave", G_LOG_LEVEL_MESSAGE, autosave_log_cb, NULL);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_state_dir (), 0700), ==, 0);
  block (blocker);

  window = ui_new_window ();
  g_assert_true (concord_window_open_template (window, "two-party-partnership"));
  count_toasts (GTK_WIDGET (window));
  g_assert_cmpuint (n_toasts, ==, 0);

  /* The first failure is told, with why. */
  edit_and_fail (window, "First", 1);
  g_assert_cmpuint (n_toasts, ==, 1);
  g_assert_nonnull (toast_text);
  g_assert_true (g_str_has_prefix (toast_text, "Drafts cannot be kept: "));
  g_assert_nonnull (strstr (toast_text, "drafts folder"));

  /* Failures after it are not told again. */
  edit_and_fail (window, "Second", 2);
  edit_and_fail (window, "Third", 3);
  g_assert_cmpuint (n_toasts, ==, 1);

  /* A draft is written again; then a new failure is told again. */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  m = concord_document_get_memorandum (concord_window_get_document (window));
  concord_memorandum_set_title (m, "Fourth");
  ui_wait_for (drafted, NULL);
  block (blocker);
  edit_and_fail (window, "Fifth", 4);
  g_assert_cmpuint (n_toasts, ==, 2);

  ui_destroy_window (window);
  g_unlink (blocker);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/autosave/toast-once-per-streak", test_toast_once_per_streak);

  status = g_test_run ();
  g_free (toast_text);
  remove_tree (state);

  return status;
}
