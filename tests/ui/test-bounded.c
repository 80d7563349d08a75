/* test-bounded.c: a valid memorandum whose party name is one unbroken run
 * of 100,000 characters, opened in the window with each of the views of
 * the whole agreement shown in turn. No widget may ask for more room than
 * the screen has: a label that measured the whole name once made the
 * window too large for X ("BadAlloc") and took seconds to measure.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-window.h"
#include "ui-test-util.h"

/* The screen the UI tests run on (xvfb-run -s '-screen 0 1400x900x24'). */
#define SCREEN_WIDTH  1400
#define SCREEN_HEIGHT 900
#define NAME_CHARS    100000
/* The views cut names to 120 characters and problem rows to 1,000. */
#define LONGEST_LABEL 1200
/* No label may insist on a third of the screen: the window is a row of
 * panes. */
#define WIDEST_LABEL  (SCREEN_WIDTH / 3)

static char *
write_memorandum (const char *folder,
                  guint       name_chars)
{
  g_autofree char *name = g_strnfill (name_chars, 'Q');
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (folder, "name.mou", NULL);

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\""
                   " status=\"draft\" language=\"en-GB\">\n"
                   "  <title>Pathological</title>\n  <revision>1</revision>\n  <parties>\n");
  /* The description is edited in a text view, which lays out a paragraph
   * whole: an unbroken run there is not bounded yet. */
  g_string_append_printf (xml, "    <party id=\"p\" kind=\"signatory\"><name>%s</name>"
                          "<short-name>%s</short-name><description>A body.</description>"
                          "<signatory-person>%s</signatory-person><signatory-title>%s</signatory-title>"
                          "</party>\n",
                          name, name, name, name);
  g_string_append (xml, "    <party id=\"o\" kind=\"signatory\"><name>Other Body</name></party>\n"
                        "  </parties>\n  <section id=\"s\" kind=\"roles\">\n"
                        "    <heading>Roles</heading>\n");
  for (guint i = 0; i < 3; i++)
    g_string_append_printf (xml, "    <clause id=\"c%u\" kind=\"role\" status=\"agreed\" owner=\"p\">\n"
                            "      <p>Work of <party-ref ref=\"p\" form=\"full\"/> %u.</p>\n"
                            "    </clause>\n", i, i);
  g_string_append_printf (xml, "  </section>\n  <signatures>\n    <signature party=\"p\">"
                          "<person>%s</person><title>%s</title><place>%s</place></signature>\n"
                          "  </signatures>\n</memorandum>\n", name, name, name);
  g_assert_true (g_file_set_contents (path, xml->str, xml->len, &error));
  g_assert_no_error (error);

  return path;
}

/* Every shown widget that asks for more than a screen's width, or that
 * measures a run of text many screens long (inside a scrolled window that
 * does not make the window too large, but it still costs seconds of
 * layout on every resize), named with its type and the start of its text,
 * so that a failure says which one. */
static void
collect_oversized (GtkWidget *widget,
                   GString   *found)
{
  int min_w, nat_w, min_h, width = gtk_widget_get_width (widget);

  /* Hidden pages of a stack count: the stack measures them all. */
  if (!gtk_widget_get_visible (widget))
    return;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
  /* Heights only at the width the widget has on screen. */
  min_h = 0;
  if (gtk_widget_get_mapped (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, MAX (width, min_w), &min_h, NULL, NULL, NULL);
  if (min_w > SCREEN_WIDTH || nat_w > 10 * SCREEN_WIDTH || min_h > 10 * SCREEN_HEIGHT ||
      (GTK_IS_LABEL (widget) && min_w > WIDEST_LABEL))
    {
      g_autofree char *text = NULL;

      if (GTK_IS_LABEL (widget))
        text = g_strndup (gtk_label_get_text (GTK_LABEL (widget)), 20);
      else if (GTK_IS_EDITABLE (widget))
        text = g_strndup (gtk_editable_get_text (GTK_EDITABLE (widget)), 20);
      g_string_append_printf (found, "%s%s \"%s\" min %dx%d nat width %d",
                              found->len > 0 ? "; " : "", G_OBJECT_TYPE_NAME (widget),
                              text != NULL ? text : "", min_w, min_h, nat_w);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_oversized (child, found);
}

/* Every label, shown or not, that holds a run of the name far longer than
 * any label can show. Labels measure their whole text. */
static void
collect_long_labels (GtkWidget *widget,
                     GString   *found)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  if (text != NULL && g_utf8_strlen (text, -1) > LONGEST_LABEL)
    {
      g_autofree char *start = g_utf8_substring (text, 0, 30);

      g_string_append_printf (found, "%s\"%s\" (%ld characters) in", found->len > 0 ? "; " : "",
                              start, g_utf8_strlen (text, -1));
      for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
        g_string_append_printf (found, " %s", G_OBJECT_TYPE_NAME (w));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_long_labels (child, found);
}

static char *
long_labels (GtkWidget *root)
{
  GString *found = g_string_new (NULL);

  collect_long_labels (root, found);

  return g_string_free (found, FALSE);
}

/* The chain of widest children down from a widget, for the message of a
 * failure. */
static void
append_widest_path (GtkWidget *widget,
                    GString   *found)
{
  while (widget != NULL)
    {
      GtkWidget *widest = NULL;
      int widest_min = -1;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min_w;

          if (!gtk_widget_get_visible (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
          g_string_append_printf (found, " %s:%d", G_OBJECT_TYPE_NAME (child), min_w);
          if (min_w > widest_min)
            {
              widest = child;
              widest_min = min_w;
            }
        }
      if (widest != NULL)
        g_string_append_printf (found, " >");
      widget = widest;
    }
}

static const char *
oversized_leaves (GtkWidget *root)
{
  static GString *found;

  if (found == NULL)
    found = g_string_new (NULL);
  g_string_truncate (found, 0);
  collect_oversized (root, found);

  return found->str;
}

static void
check_window_fits (ConcordWindow *window,
                   const char    *what)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  int min_w, nat_w, min_h;

  {
    g_autofree char *found = long_labels (GTK_WIDGET (window));

    g_test_message ("%s: long labels: %s", what, found);
    g_assert_cmpstr (found, ==, "");
  }
  ui_wait_frames (GTK_WIDGET (window), 3);

  g_test_message ("%s: window %dx%d", what, gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, SCREEN_WIDTH, &min_h, NULL, NULL, NULL);
  if (min_w > SCREEN_WIDTH || min_h > SCREEN_HEIGHT)
    {
      g_autoptr(GString) path = g_string_new (NULL);

      append_widest_path (content, path);
      g_test_message ("%s: too large: %s; widest:%s", what, oversized_leaves (content), path->str);
    }
  g_assert_cmpint (min_w, <=, SCREEN_WIDTH);
  g_assert_cmpint (min_h, <=, SCREEN_HEIGHT);
  g_assert_cmpstr (oversized_leaves (content), ==, "");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, SCREEN_WIDTH);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, SCREEN_HEIGHT);
}

static gboolean
page_shown (gpointer data)
{
  ConcordViewsPane *views = data;

  return gtk_widget_get_mapped (GTK_WIDGET (views));
}

static void
test_long_party_name (gconstpointer data)
{
  g_autofree char *folder = g_dir_make_tmp ("concord-bounded-XXXXXX", NULL);
  g_autofree char *path = write_memorandum (folder, GPOINTER_TO_UINT (data));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ConcordWindow *window = ui_new_window ();
  ConcordViewsPane *views = concord_window_get_views_pane (window);
  ConcordMemorandum *m;
  const char *pages[] = { "preview", "problems", "matrix", "party" };

  ui_open_file (window, file);
  g_assert_nonnull (concord_window_get_document (window));
  m = concord_document_get_memorandum (concord_window_get_document (window));
  check_window_fits (window, "opened");

  /* The party's own pane, with its name in the entries. */
  concord_window_select (window, G_OBJECT (concord_memorandum_find_party (m, "p")));
  check_window_fits (window, "party pane");

  gtk_widget_set_visible (GTK_WIDGET (views), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_object_set (views, "page", pages[i], NULL);
      ui_wait_for (page_shown, views);
      check_window_fits (window, pages[i]);
    }

  /* The clauses that name the party, and its signature. */
  concord_window_select (window, G_OBJECT (concord_memorandum_find_clause (m, "c0", NULL, NULL)));
  check_window_fits (window, "clause pane");
  concord_window_select (window, G_OBJECT (concord_memorandum_find_signature (m, "p")));
  check_window_fits (window, "signature pane");

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  /* Just over the views' cut (a label that neither wraps nor ellipsizes
   * then widens the window), and far over it (a label that measures the
   * whole name takes seconds and makes the window too large for X). */
  g_test_add_data_func ("/ui/bounded/party-name-130", GUINT_TO_POINTER (130), test_long_party_name);
  g_test_add_data_func ("/ui/bounded/party-name-100000", GUINT_TO_POINTER (NAME_CHARS), test_long_party_name);

  return g_test_run ();
}
