/* test-labels.c: no label of a choice list is cut short.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "concord-outline.h"
#include "ui-test-util.h"

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkPopover *
popover_of (GtkWidget *row)
{
  g_autoptr(GPtrArray) popovers = g_ptr_array_new ();

  collect (row, GTK_TYPE_POPOVER, popovers);

  return popovers->len > 0 ? g_ptr_array_index (popovers, 0) : NULL;
}

static gboolean
popover_shown (gpointer data)
{
  GtkPopover *popover = popover_of (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover)) &&
         gtk_widget_get_width (GTK_WIDGET (popover)) > 0;
}

static gboolean
popover_hidden (gpointer data)
{
  GtkPopover *popover = popover_of (data);

  return popover == NULL || !gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* Whether the window's surface is on a monitor yet. */
static gboolean
on_a_monitor (gpointer data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (data));

  return surface != NULL && gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface) != NULL;
}

/* Opens each choice row on screen and counts the labels of its list that
 * Pango had to shorten with an ellipsis; each such one is reported. */
static guint
cut_labels_in_choices (GtkWidget  *pane,
                       const char *where,
                       guint      *n_checked)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint cut = 0;

  collect (pane, ADW_TYPE_COMBO_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      GtkPopover *popover;

      if (!gtk_widget_get_mapped (row))
        continue;
      /* A popover opens on a monitor: its row is scrolled onto the screen
       * first, as the keyboard focus does, until what the popover points
       * at is there. */
      gtk_widget_grab_focus (row);
      ui_wait_frames (row, 3);
      ui_wait_for (ui_widget_on_screen, gtk_widget_get_parent (GTK_WIDGET (popover_of (row))));
      gtk_widget_activate (row);
      ui_wait_for (popover_shown, row);
      popover = popover_of (row);
      ui_wait_frames (GTK_WIDGET (popover), 3);
      collect (GTK_WIDGET (popover), GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        {
          GtkLabel *label = g_ptr_array_index (labels, j);

          if (!gtk_widget_get_mapped (GTK_WIDGET (label)))
            continue;
          (*n_checked)++;
          if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
            {
              g_printerr ("%s, %s: \"%s\" is cut short\n", where,
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), gtk_label_get_text (label));
              cut++;
            }
        }
      gtk_popover_popdown (popover);
      ui_wait_for (popover_hidden, row);
    }

  return cut;
}

/* Every kind of item of a published memorandum is shown in its pane, and
 * every choice list there is opened. */
static void
test_choice_lists_not_cut (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", "framework.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ConcordOutline *outline;
  GListModel *items;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint cut = 0;
  guint n_checked = 0;

  gtk_window_present (GTK_WINDOW (window));
  ui_wait_for (on_a_monitor, window);
  ui_open_file (window, file);
  g_assert_nonnull (concord_window_get_document (window));
  outline = concord_window_get_outline (window);
  items = concord_outline_get_items (outline);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      ConcordEditorPane *pane;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* One item of each type, and each kind of clause (their facts
       * differ). */
      gpointer key = CONCORD_IS_CLAUSE (item)
                       ? GINT_TO_POINTER (1000 + concord_clause_get_kind (CONCORD_CLAUSE (item)))
                       : GSIZE_TO_POINTER (G_OBJECT_TYPE (item));

      if (g_hash_table_contains (seen, key))
        continue;
      g_hash_table_add (seen, key);
      concord_window_select (window, item);
      pane = concord_window_get_pane (window);
      if (pane == NULL)
        continue;
      ui_wait_frames (GTK_WIDGET (window), 3);
      title = concord_outline_describe (outline, item, &subtitle);
      cut += cut_labels_in_choices (GTK_WIDGET (pane), title, &n_checked);
    }

  /* The clause pane alone has kind and status lists. */
  g_assert_cmpuint (n_checked, >=, 8);
  g_assert_cmpuint (cut, ==, 0);

  ui_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);

  /* Drafts and recent files go to throwaway folders, never the user's. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/labels/choice-lists-not-cut", test_choice_lists_not_cut);

  return g_test_run ();
}
