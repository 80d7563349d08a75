/* bench-long-use.c: resident memory over a long session.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens, edits, exports to PDF and closes DOCUMENTS memoranda (default 200)
 * one after another in one process, each in a window of its own with the
 * live preview shown, as a user working through a day's files would, and
 * prints the resident set size (VmRSS) every 20 documents. The memoranda
 * come from the shared seeded generator (generate.py, seeds 1..N, 20 to 60
 * clauses each). Memory should settle, not grow with the count
 * (NOEXPORT=1 leaves the export out). A
 * measurement, not a test. Needs a display:
 *
 *   GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=_build/data GSK_RENDERER=cairo \
 *     xvfb-run -a dbus-run-session -- _build/tests/bench/bench-long-use SOURCE_ROOT [DOCUMENTS]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "concord-export-dialog.h"
#include "concord-window.h"

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

static long
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");

  return line != NULL ? strtol (line + strlen ("VmRSS:"), NULL, 10) : -1;
}

static void
wait_until (gboolean (*predicate) (gpointer),
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out");
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
ready (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
opened (gpointer data)
{
  return !concord_window_get_opening (data);
}

static gboolean
laid_out (gpointer data)
{
  ConcordPreview *preview = concord_views_pane_get_preview (concord_window_get_views_pane (data));

  return !concord_preview_get_busy (preview) && concord_preview_get_n_pages (preview) > 0;
}

/* Lets pending idles and finalisers run. */
static void
settle (void)
{
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static char *
generate (const char *source_root,
          const char *folder,
          guint       seed)
{
  g_autofree char *script = g_build_filename (source_root, "tests", "bench", "generate.py", NULL);
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  g_autofree char *clauses = g_strdup_printf ("%u", 20 + seed * 7 % 41);
  g_autofree char *name = g_strdup_printf ("doc-%03u.mou", seed);
  char *path = g_build_filename (folder, name, NULL);
  const char *argv[] = { "python3", script, "--seed", seed_text, "--clauses", clauses,
                         "--words", "40:120", "-o", path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("generate.py: %s", error->message);

  return path;
}

static void
use_document (const char *path,
              const char *pdf)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  ConcordWindow *window = concord_window_new (NULL);
  ConcordExportDialog *dialog;
  ConcordMemorandum *m;
  GListModel *sections;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (ready, window);
  g_object_set (concord_window_get_views_pane (window), "page", "preview", NULL);
  gtk_widget_set_visible (GTK_WIDGET (concord_window_get_views_pane (window)), TRUE);

  concord_window_open_file (window, file);
  wait_until (opened, window);
  if (concord_window_get_document (window) == NULL)
    g_error ("%s did not open", path);
  wait_until (laid_out, window);

  /* Edits: the title, and a clause selected and its heading changed. */
  m = concord_document_get_memorandum (concord_window_get_document (window));
  concord_memorandum_set_title (m, "Edited in a long session");
  sections = concord_memorandum_get_sections (m);
  if (g_list_model_get_n_items (sections) > 0)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, 0);
      GListModel *clauses = concord_section_get_clauses (section);

      if (g_list_model_get_n_items (clauses) > 0)
        {
          g_autoptr(ConcordClause) clause = g_list_model_get_item (clauses, 0);

          concord_window_select (window, G_OBJECT (clause));
          concord_clause_set_heading (clause, "A heading typed today");
        }
    }
  settle ();
  wait_until (laid_out, window);

  /* NOEXPORT=1 leaves the export out, to tell its memory from the rest. */
  if (g_getenv ("NOEXPORT") == NULL)
    {
      dialog = concord_export_dialog_new (GTK_WINDOW (window), m);
      if (!concord_export_dialog_export_to (dialog, pdf_file, &error))
        g_error ("export: %s", error->message);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  concord_window_set_closing_confirmed (window, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *folder = g_dir_make_tmp ("concord-long-use-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "out.pdf", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint n = argc > 2 ? (guint) atoi (argv[2]) : 200;
  gint64 t0;

  if (argc < 2)
    {
      g_printerr ("usage: bench-long-use SOURCE_ROOT [DOCUMENTS]\n");
      return 2;
    }
  g_setenv ("XDG_STATE_HOME", folder, TRUE);
  g_setenv ("XDG_DATA_HOME", folder, TRUE);
  gtk_init ();
  adw_init ();

  for (guint i = 1; i <= n; i++)
    g_ptr_array_add (paths, generate (argv[1], folder, i));

  g_print ("documents  VmRSS (KiB)  seconds\n");
  g_print ("%9u  %11ld  %7.1f\n", 0, resident_kib (), 0.0);
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      use_document (g_ptr_array_index (paths, i), pdf);
      if ((i + 1) % 20 == 0)
        g_print ("%9u  %11ld  %7.1f\n", i + 1, resident_kib (),
                 (g_get_monotonic_time () - t0) / (double) G_USEC_PER_SEC);
    }

  /* Drafts were written there too. */
  remove_tree (folder);

  return 0;
}
