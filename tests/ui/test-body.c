/* test-body.c: the text of a clause as a drafter edits it, under Xvfb:
 * cross-references chosen by searching, which follow renumbering; the
 * keyboard going back to the text; removing what others refer to; copying
 * and pasting chips; the window's keys while typing.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-annex-pane.h"
#include "concord-background-pane.h"
#include "concord-body-editor.h"
#include "concord-clause-pane.h"
#include "concord-fragment.h"
#include "concord-referrers.h"
#include "concord-structure.h"
#include "concord-table-editor.h"
#include "concord-window.h"
#include "concord-views-pane.h"
#include "ui-test-util.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* Keys, pressed for real */

#ifdef GDK_WINDOWING_X11
typedef int (*FakeKeyEvent) (Display *, unsigned int, int, unsigned long);
#endif

/* Presses a chord such as "Control_L+Return" through the X server (the
 * XTest extension, loaded at run time), so the key travels the way a
 * user's does: through every event controller from the window down.
 * FALSE when the display cannot do it. */
static gboolean
press_keys (const char *chord)
{
#ifdef GDK_WINDOWING_X11
  static FakeKeyEvent fake;
  GdkDisplay *display = gdk_display_get_default ();
  g_auto(GStrv) keys = g_strsplit (chord, "+", -1);
  guint n = g_strv_length (keys);
  Display *xdisplay;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;
  if (fake == NULL)
    {
      void *library = dlopen ("libXtst.so.6", RTLD_NOW);

      fake = library != NULL ? (FakeKeyEvent) dlsym (library, "XTestFakeKeyEvent") : NULL;
      if (fake == NULL)
        return FALSE;
    }
  xdisplay = gdk_x11_display_get_xdisplay (display);
  for (guint i = 0; i < 2 * n; i++)
    {
      const char *name = keys[i < n ? i : 2 * n - 1 - i];

      fake (xdisplay, XKeysymToKeycode (xdisplay, XStringToKeysym (name)), i < n, 0);
    }
  XFlush (xdisplay);

  return TRUE;
#else
  return FALSE;
#endif
}

/* Helpers */

/* The window is on a monitor, where popovers are placed. */
static gboolean
on_monitor (gpointer data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (data));

  return surface != NULL && gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface) != NULL;
}

static ConcordWindow *
open_fixture (const char *name)
{
  ConcordWindow *window = ui_new_window ();
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ui_open_file (window, file);
  g_assert_nonnull (concord_window_get_document (window));
  ui_wait_for (on_monitor, window);

  return window;
}

static ConcordClause *
clause_of (ConcordWindow *window,
           const char    *id)
{
  ConcordClause *clause = concord_memorandum_find_clause (ui_memorandum (window), id, NULL, NULL);

  g_assert_nonnull (clause);

  return clause;
}

static ConcordBodyEditor *
edit_clause (ConcordWindow *window,
             const char    *id)
{
  ConcordEditorPane *pane;

  concord_window_select (window, G_OBJECT (clause_of (window, id)));
  pane = concord_window_get_pane (window);
  g_assert_true (CONCORD_IS_CLAUSE_PANE (pane));

  return CONCORD_BODY_EDITOR (concord_clause_pane_get_body_editor (CONCORD_CLAUSE_PANE (pane)));
}

static void
cursor_to_end (ConcordBodyEditor *editor)
{
  GtkTextBuffer *buffer = concord_body_editor_get_buffer (editor);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
}

static const ConcordRun *
last_run (ConcordClause *clause)
{
  GPtrArray *body = concord_clause_get_body (clause);
  const ConcordBlock *block = g_ptr_array_index (body, body->len - 1);

  return concord_block_get_run (block, concord_block_get_n_runs (block) - 1);
}

static gboolean
is_focus (gpointer data)
{
  return gtk_widget_is_focus (GTK_WIDGET (data));
}

static gboolean
has_focus (gpointer data)
{
  return gtk_widget_has_focus (GTK_WIDGET (data));
}

/* The keyboard is in the widget or in a part of it (an entry's text). */
static gboolean
focus_within (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (data)));

  return focus != NULL && (focus == data || gtk_widget_is_ancestor (focus, GTK_WIDGET (data)));
}

typedef struct
{
  ConcordReferenceChooser *chooser;
  guint                    n;
} Shown;

static gboolean
shows (gpointer data)
{
  Shown *shown = data;

  return g_list_model_get_n_items (concord_reference_chooser_get_shown (shown->chooser)) == shown->n;
}

static gboolean
selects (gpointer data)
{
  Shown *shown = data;

  return concord_reference_chooser_get_selected (shown->chooser) == shown->n;
}

static gboolean
selected_one (gpointer data)
{
  return concord_reference_chooser_get_selected (data) == 1;
}

static gboolean
narrowed (gpointer data)
{
  guint n = g_list_model_get_n_items (concord_reference_chooser_get_shown (data));

  return n > 1 && n < 10;
}

static ConcordReferenceChooser *
open_chooser (ConcordBodyEditor *editor)
{
  ConcordReferenceChooser *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "body.choose-cross-reference", NULL));
  chooser = concord_body_editor_get_chooser (editor);
  g_assert_nonnull (chooser);
  ui_wait_for (ui_widget_mapped, chooser);

  return chooser;
}

static void
search (ConcordReferenceChooser *chooser,
        const char              *text,
        guint                    expect)
{
  Shown shown = { chooser, expect };

  gtk_editable_set_text (concord_reference_chooser_get_search_entry (chooser), text);
  ui_wait_for (shows, &shown);
}

static GtkWidget *
find_toggle (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Tests */

static void
test_cross_reference (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordBodyEditor *editor = edit_clause (window, "cl-review");
  ConcordReferenceChooser *chooser;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-body-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "framework.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  g_autofree char *chips = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  const ConcordRun *run;

  cursor_to_end (editor);
  chooser = open_chooser (editor);
  ui_wait_for (focus_within, concord_reference_chooser_get_search_entry (chooser));
  /* Sections, numbered clauses, the annex and its numbered paragraphs. */
  g_assert_cmpuint (g_list_model_get_n_items (concord_reference_chooser_get_shown (chooser)), >, 12);

  /* Words in headings and opening words, in several places. */
  gtk_editable_set_text (concord_reference_chooser_get_search_entry (chooser), "regulator");
  ui_wait_for (narrowed, chooser);
  ui_save_screenshot (GTK_WIDGET (chooser), "reference-chooser", 3);

  /* By words of its text: the clause with no heading about copies. */
  search (chooser, "copies of this", 1);
  {
    g_autoptr(ConcordReferenceTarget) target = g_list_model_get_item (concord_reference_chooser_get_shown (chooser), 0);

    g_assert_cmpstr (concord_reference_target_get_label (target), ==, "Paragraph 2");
    g_assert_cmpstr (concord_reference_target_get_id (target), ==, "cl-copies");
  }
  g_signal_emit_by_name (concord_reference_chooser_get_search_entry (chooser), "activate");
  ui_wait_for (ui_widget_hidden, chooser);

  run = last_run (clause_of (window, "cl-review"));
  g_assert_cmpint (run->kind, ==, CONCORD_RUN_CLAUSE);
  g_assert_cmpstr (run->text, ==, "cl-copies");
  g_assert_true (run->full_form);
  chips = ui_chip_texts (editor);
  g_assert_true (g_str_has_suffix (chips, "paragraph 2"));
  g_clear_pointer (&chips, g_free);
  ui_wait_for (has_focus, concord_body_editor_get_view (editor));

  /* The clause referred to moves up: the chip follows its number. */
  g_assert_nonnull (concord_structure_move (document, G_OBJECT (clause_of (window, "cl-copies")), -1));
  chips = ui_chip_texts (editor);
  g_assert_true (g_str_has_suffix (chips, "paragraph 1"));
  g_clear_pointer (&chips, g_free);
  /* And back with undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  editor = edit_clause (window, "cl-review");
  chips = ui_chip_texts (editor);
  g_assert_true (g_str_has_suffix (chips, "paragraph 2"));

  /* Saved as a reference by id, and read back so. */
  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, &error));
  g_assert_nonnull (strstr (saved, "<clause-ref ref=\"cl-copies\" form=\"full\"/>"));
  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (last_run (concord_memorandum_find_clause (reloaded, "cl-review", NULL, NULL))->text, ==,
                   "cl-copies");

  g_unlink (path);
  g_rmdir (folder);
  ui_destroy_window (window);
}

/* A numbered paragraph of the annex has no id: referring to it gives it
 * one, which the reference names. */
static void
test_reference_gives_id (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordBodyEditor *editor = edit_clause (window, "cl-review");
  ConcordReferenceChooser *chooser;
  g_autoptr(ConcordReferenceTarget) target = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autofree char *label = NULL;
  g_autofree char *chips = NULL;
  GListModel *shown;
  const ConcordRun *run;
  Shown selected;
  guint i;

  cursor_to_end (editor);
  chooser = open_chooser (editor);
  shown = concord_reference_chooser_get_shown (chooser);
  for (i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_clear_object (&target);
      target = g_list_model_get_item (shown, i);
      if (concord_reference_target_get_id (target) == NULL)
        break;
    }
  g_assert_cmpuint (i, <, g_list_model_get_n_items (shown));
  label = g_utf8_strdown (concord_reference_target_get_label (target), -1);

  /* Return with nothing typed chooses the first: the first section. */
  g_signal_emit_by_name (concord_reference_chooser_get_search_entry (chooser), "activate");
  ui_wait_for (ui_widget_hidden, chooser);
  run = last_run (clause_of (window, "cl-review"));
  g_assert_cmpint (run->kind, ==, CONCORD_RUN_CLAUSE);
  g_assert_cmpstr (run->text, ==, "sec-purpose");

  /* Down through the list to it, then Return, as the keyboard does. */
  chooser = open_chooser (editor);
  if (!press_keys ("Down"))
    {
      g_test_skip ("no XTest on this display");
      ui_destroy_window (window);
      return;
    }
  ui_wait_for (selected_one, chooser);
  selected.chooser = chooser;
  for (selected.n = 2; selected.n <= i; selected.n++)
    {
      g_test_message ("down to %u of %u", selected.n, i);
      g_assert_true (press_keys ("Down"));
      ui_wait_for (selects, &selected);
    }
  g_assert_true (press_keys ("Return"));
  ui_wait_for (ui_widget_hidden, chooser);
  run = last_run (clause_of (window, "cl-review"));
  g_assert_cmpint (run->kind, ==, CONCORD_RUN_CLAUSE);
  g_assert_true (g_str_has_prefix (run->text, "r-"));
  numbering = concord_numbering_new (m);
  g_assert_true (concord_numbering_has_target (numbering, run->text));
  chips = ui_chip_texts (editor);
  g_assert_true (g_str_has_suffix (chips, label));

  ui_destroy_window (window);
}

static gboolean
window_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

/* Escape closes the menu and the chooser, and typing goes on in the text. */
static void
test_escape_returns_focus (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordBodyEditor *editor = edit_clause (window, "cl-review");
  GtkWidget *view = GTK_WIDGET (concord_body_editor_get_view (editor));
  GtkPopover *menu;
  ConcordReferenceChooser *chooser;

  gtk_widget_grab_focus (view);
  ui_wait_for (has_focus, view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "body.show-insert-menu", NULL));
  menu = GTK_POPOVER (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_POPOVER));
  g_assert_nonnull (menu);
  ui_wait_for (ui_widget_mapped, menu);
  if (press_keys ("Escape"))
    ui_wait_for (ui_widget_hidden, menu);
  else
    gtk_popover_popdown (menu);
  ui_wait_for (has_focus, view);

  chooser = open_chooser (editor);
  ui_wait_for (focus_within, concord_reference_chooser_get_search_entry (chooser));
  ui_wait_for (window_active, chooser);
  if (press_keys ("Escape"))
    ui_wait_for (ui_widget_hidden, chooser);
  else
    g_signal_emit_by_name (concord_reference_chooser_get_search_entry (chooser), "stop-search");
  ui_wait_for (ui_widget_hidden, chooser);
  /* The window the chooser was over has the text as its focus, which
   * the keyboard goes to as the window is active again (the window
   * manager's part; this display has none). */
  ui_wait_for (is_focus, view);

  ui_destroy_window (window);
}

static void
test_remove_referred_clause (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordMemorandum *m = ui_memorandum (window);
  AdwMessageDialog *dialog;
  guint n = concord_memorandum_count_clauses (m);

  /* Paragraph 7 refers to paragraph 6: removing 6 asks, naming 7. */
  concord_window_select (window, G_OBJECT (clause_of (window, "cl-independence")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-item", NULL));
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove paragraph 6?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "• 7 Where the Regulator considers"));
  /* As its button does: answers, then closes. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  ui_wait_for (ui_no_dialog, NULL);
  g_assert_cmpuint (concord_memorandum_count_clauses (m), ==, n);
  g_assert_nonnull (concord_memorandum_find_clause (m, "cl-independence", NULL, NULL));

  /* Agreeing removes it, as one undoable edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clause-remove", NULL));
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_close (GTK_WINDOW (dialog));
  ui_wait_for (ui_no_dialog, NULL);
  g_assert_null (concord_memorandum_find_clause (m, "cl-independence", NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (concord_memorandum_find_clause (m, "cl-independence", NULL, NULL));

  /* Nothing refers to the review clause: it goes without a question. */
  concord_window_select (window, G_OBJECT (clause_of (window, "cl-review")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-item", NULL));
  g_assert_null (ui_find_dialog ());
  g_assert_null (concord_memorandum_find_clause (m, "cl-review", NULL, NULL));

  ui_destroy_window (window);
}

typedef struct
{
  ConcordMemorandum *m;
  guint              n;
} Count;

static gboolean
has_clauses (gpointer data)
{
  Count *count = data;

  return concord_memorandum_count_clauses (count->m) == count->n;
}

static gboolean
has_sections (gpointer data)
{
  Count *count = data;

  return g_list_model_get_n_items (concord_memorandum_get_sections (count->m)) == count->n;
}

/* Ctrl+Return while typing adds a clause after this one, as everywhere
 * else in the window; Shift+Ctrl+Return a section. */
static void
test_keys_while_typing (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordBodyEditor *editor = edit_clause (window, "cl-copies");
  GtkWidget *view = GTK_WIDGET (concord_body_editor_get_view (editor));
  Count count = { m, concord_memorandum_count_clauses (m) + 1 };
  Count sections = { m, g_list_model_get_n_items (concord_memorandum_get_sections (m)) + 1 };
  ConcordSection *section;
  guint position;

  gtk_widget_grab_focus (view);
  ui_wait_for (has_focus, view);
  ui_wait_for (window_active, window);
  if (!press_keys ("Control_L+Return"))
    {
      g_test_skip ("no XTest on this display");
      ui_destroy_window (window);
      return;
    }
  ui_wait_for (has_clauses, &count);
  /* The new clause is after this one, and no new line was typed here. */
  g_assert_true (CONCORD_IS_CLAUSE (concord_window_get_edited (window)));
  concord_memorandum_find_clause (m, "cl-copies", &section, &position);
  g_assert_true (concord_section_get_clause (section, position + 1) ==
                 CONCORD_CLAUSE (concord_window_get_edited (window)));
  g_assert_cmpuint (concord_clause_get_body (clause_of (window, "cl-copies"))->len, ==, 1);

  editor = edit_clause (window, "cl-copies");
  view = GTK_WIDGET (concord_body_editor_get_view (editor));
  gtk_widget_grab_focus (view);
  ui_wait_for (has_focus, view);
  g_assert_true (press_keys ("Shift_L+Control_L+Return"));
  ui_wait_for (has_sections, &sections);
  g_assert_cmpuint (concord_clause_get_body (clause_of (window, "cl-copies"))->len, ==, 1);

  ui_destroy_window (window);
}

static gboolean
has_annexes (gpointer data)
{
  Count *count = data;

  return g_list_model_get_n_items (concord_memorandum_get_annexes (count->m)) == count->n;
}

static gboolean
has_recitals (gpointer data)
{
  Count *count = data;

  return concord_memorandum_get_recitals (count->m)->len == count->n;
}

static const char *
recital_text (ConcordMemorandum *m,
              guint              i)
{
  const ConcordBlock *block = g_ptr_array_index (concord_memorandum_get_recitals (m), i);

  return concord_block_get_run (block, 0)->text;
}

typedef struct
{
  GtkWidget *view;
  int        n;
} Lines;

/* The key, sent through the X server, has arrived: the text has a line
 * more. */
static gboolean
has_lines (gpointer data)
{
  Lines *lines = data;

  return gtk_text_buffer_get_line_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (lines->view))) == lines->n;
}

/* Types at the cursor, as the keyboard does. */
static void
type_here (GtkWidget  *view,
           const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

/* The same keys in an annex's text: a new annex after it, and the
 * window's new section; in the background: a new recital after the one
 * typed in, and one before it. No key types a new line in the text it
 * was pressed in. */
static void
test_keys_in_annex_and_background (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordMemorandum *m = ui_memorandum (window);
  g_autoptr(ConcordAnnex) annex = g_list_model_get_item (concord_memorandum_get_annexes (m), 0);
  Count annexes = { m, g_list_model_get_n_items (concord_memorandum_get_annexes (m)) + 1 };
  Count sections = { m, g_list_model_get_n_items (concord_memorandum_get_sections (m)) + 1 };
  guint body_len = concord_annex_get_body (annex)->len;
  ConcordEditorPane *pane;
  GtkWidget *view;
  Count recitals;
  Lines lines;

  concord_window_select (window, G_OBJECT (annex));
  pane = concord_window_get_pane (window);
  g_assert_true (CONCORD_IS_ANNEX_PANE (pane));
  view = GTK_WIDGET (concord_body_editor_get_view (CONCORD_BODY_EDITOR (
    concord_annex_pane_get_body_editor (CONCORD_ANNEX_PANE (pane)))));
  gtk_widget_grab_focus (view);
  ui_wait_for (has_focus, view);
  ui_wait_for (window_active, window);
  if (!press_keys ("Control_L+Return"))
    {
      g_test_skip ("no XTest on this display");
      ui_destroy_window (window);
      return;
    }
  ui_wait_for (has_annexes, &annexes);
  {
    g_autoptr(ConcordAnnex) second = g_list_model_get_item (concord_memorandum_get_annexes (m), 1);

    g_assert_true (concord_window_get_edited (window) == G_OBJECT (second));
  }
  g_assert_cmpuint (concord_annex_get_body (annex)->len, ==, body_len);

  concord_window_select (window, G_OBJECT (annex));
  pane = concord_window_get_pane (window);
  view = GTK_WIDGET (concord_body_editor_get_view (CONCORD_BODY_EDITOR (
    concord_annex_pane_get_body_editor (CONCORD_ANNEX_PANE (pane)))));
  gtk_widget_grab_focus (view);
  ui_wait_for (has_focus, view);
  g_assert_true (press_keys ("Shift_L+Control_L+Return"));
  ui_wait_for (has_sections, &sections);
  g_assert_cmpuint (concord_annex_get_body (annex)->len, ==, body_len);
  ui_destroy_window (window);

  window = open_fixture ("office-holders.mou");
  m = ui_memorandum (window);
  recitals.m = m;
  recitals.n = concord_memorandum_get_recitals (m)->len;
  g_assert_cmpuint (recitals.n, ==, 1);
  concord_window_select (window, ui_outline_part (window, CONCORD_OUTLINE_PART_BACKGROUND));
  pane = concord_window_get_pane (window);
  g_assert_true (CONCORD_IS_BACKGROUND_PANE (pane));
  view = GTK_WIDGET (concord_body_editor_get_view (
    concord_background_pane_get_body_editor (CONCORD_BACKGROUND_PANE (pane))));
  gtk_widget_grab_focus (view);
  ui_wait_for (has_focus, view);
  ui_wait_for (window_active, window);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter start;

    /* From the middle of the recital's words. */
    gtk_text_buffer_get_iter_at_offset (buffer, &start, 5);
    gtk_text_buffer_place_cursor (buffer, &start);
  }
  g_assert_true (press_keys ("Control_L+Return"));
  lines.view = view;
  lines.n = 2;
  ui_wait_for (has_lines, &lines);
  type_here (view, "Second recital.");
  recitals.n = 2;
  ui_wait_for (has_recitals, &recitals);
  g_assert_cmpstr (recital_text (m, 1), ==, "Second recital.");
  /* The first recital, a reference to the Act first, kept whole. */
  g_assert_cmpstr (recital_text (m, 0), ==, "t-act");

  g_assert_true (press_keys ("Shift_L+Control_L+Return"));
  lines.n = 3;
  ui_wait_for (has_lines, &lines);
  type_here (view, "Between.");
  recitals.n = 3;
  ui_wait_for (has_recitals, &recitals);
  g_assert_cmpstr (recital_text (m, 1), ==, "Between.");
  g_assert_cmpstr (recital_text (m, 2), ==, "Second recital.");

  /* Undo takes the typing back (the document joins successive typing in
   * one text into one step), and redo puts it again. */
  ui_activate (window, "win.undo");
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, <, 3);
  for (guint i = 0; i < concord_memorandum_get_recitals (m)->len; i++)
    g_assert_cmpstr (recital_text (m, i), !=, "Between.");
  ui_activate (window, "win.redo");
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 3);
  g_assert_cmpstr (recital_text (m, 1), ==, "Between.");
  ui_destroy_window (window);
}

static gboolean
body_has_run (gpointer data)
{
  ConcordClause *clause = data;
  GPtrArray *body = concord_clause_get_body (clause);

  for (guint i = 0; i < body->len; i++)
    for (guint j = 0; j < concord_block_get_n_runs (g_ptr_array_index (body, i)); j++)
      if (concord_block_get_run (g_ptr_array_index (body, i), j)->kind == CONCORD_RUN_PARTY)
        return TRUE;

  return FALSE;
}

static void
text_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
text_arrived (gpointer data)
{
  return *(char **) data != NULL;
}

static char *
body_text (ConcordWindow *window,
           ConcordClause *clause)
{
  GString *out = g_string_new (NULL);
  GPtrArray *body = concord_clause_get_body (clause);

  for (guint i = 0; i < body->len; i++)
    {
      g_autofree char *line = concord_block_render (ui_memorandum (window), NULL, g_ptr_array_index (body, i));

      g_string_append_printf (out, "%s\n", line);
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  ConcordWindow *window;
  ConcordClause *clause;
  const char    *words;
} Words;

static gboolean
has_words (gpointer data)
{
  Words *words = data;
  g_autofree char *text = body_text (words->window, words->clause);

  return strstr (text, words->words) != NULL;
}

/* Copying from one clause and pasting into another keeps the chips;
 * another application reads the words as printed. */
static void
test_copy_paste_chips (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordBodyEditor *editor = edit_clause (window, "cl-lead");
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  ConcordClause *review = clause_of (window, "cl-review");
  g_autoptr(GPtrArray) before = g_ptr_array_ref (concord_clause_get_body (review));
  GtkTextBuffer *buffer = concord_body_editor_get_buffer (editor);
  g_autofree char *text = NULL;
  g_autofree char *chips = NULL;
  GPtrArray *body;
  guint n_party = 0, n_clause = 0;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_signal_emit_by_name (concord_body_editor_get_view (editor), "copy-clipboard");
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        CONCORD_FRAGMENT_MIME_TYPE));
  /* Plain text, as printed, for other applications. */
  gdk_clipboard_read_text_async (clipboard, NULL, text_read_cb, &text);
  ui_wait_for (text_arrived, &text);
  g_assert_nonnull (strstr (text, "agreed between Department for Education and Office of Qualifications Regulation"));
  g_assert_nonnull (strstr (text, "listed in Annex A."));
  g_assert_null (strstr (text, "\xef\xbf\xbc"));

  editor = edit_clause (window, "cl-review");
  cursor_to_end (editor);
  g_signal_emit_by_name (concord_body_editor_get_view (editor), "paste-clipboard");
  ui_wait_for (body_has_run, review);
  body = concord_clause_get_body (review);
  g_assert_cmpuint (body->len, ==, before->len + 0);
  for (guint j = 0; j < concord_block_get_n_runs (g_ptr_array_index (body, body->len - 1)); j++)
    {
      const ConcordRun *run = concord_block_get_run (g_ptr_array_index (body, body->len - 1), j);

      n_party += run->kind == CONCORD_RUN_PARTY;
      n_clause += run->kind == CONCORD_RUN_CLAUSE && g_str_equal (run->text, "annex-guidance");
    }
  g_assert_cmpuint (n_party, ==, 3);
  /* The review clause named the annex already: now twice. */
  g_assert_cmpuint (n_clause, ==, 2);
  chips = ui_chip_texts (editor);
  g_assert_nonnull (strstr (chips, "Department for Education|Office of Qualifications Regulation"));

  /* One paste is one edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_blocks_equal (concord_clause_get_body (review), before));
  g_assert_true (concord_document_can_redo (document));

  ui_destroy_window (window);
}

/* Damaged data under Concord's own type is refused, and the plain text
 * beside it is pasted instead. */
static void
test_paste_malformed (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordBodyEditor *editor = edit_clause (window, "cl-review");
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  static const char *garbage[] = {
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\"><section",
    "<!DOCTYPE m [<!ENTITY a SYSTEM \"file:///etc/passwd\">]><m>&a;</m>",
    "\xff\xfe garbage",
  };

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (garbage[i], strlen (garbage[i]));
      g_autofree char *words = g_strdup_printf ("fallback words %u", i);
      GdkContentProvider *providers[2];
      g_autoptr(GdkContentProvider) provider = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      Words expect = { window, clause_of (window, "cl-review"), words };

      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, words);
      providers[0] = gdk_content_provider_new_for_bytes (CONCORD_FRAGMENT_MIME_TYPE, bytes);
      providers[1] = gdk_content_provider_new_for_value (&value);
      provider = gdk_content_provider_new_union (providers, 2);
      g_assert_true (gdk_clipboard_set_content (clipboard, provider));
      cursor_to_end (editor);
      g_signal_emit_by_name (concord_body_editor_get_view (editor), "paste-clipboard");
      ui_wait_for (has_words, &expect);
    }

  ui_destroy_window (window);
}

static ConcordTable *
table_of (ConcordClause *clause)
{
  GPtrArray *body = concord_clause_get_body (clause);

  for (guint i = 0; i < body->len; i++)
    if (concord_block_get_table (g_ptr_array_index (body, i)) != NULL)
      return concord_block_get_table (g_ptr_array_index (body, i));

  return NULL;
}

static void
assert_shape (ConcordClause *clause,
              guint          rows,
              guint          columns)
{
  ConcordTable *table = table_of (clause);

  g_assert_nonnull (table);
  g_assert_cmpuint (concord_table_get_n_rows (table), ==, rows);
  g_assert_cmpuint (concord_table_get_n_columns (table), ==, columns);
}

static char *
run_command (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* A table inserted from the menu, reshaped, a cell edited with a
 * reference, undone and redone, saved, reloaded and printed. */
static void
test_table (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordBodyEditor *editor = edit_clause (window, "cl-review");
  ConcordClause *review = clause_of (window, "cl-review");
  g_autoptr(GPtrArray) original = g_ptr_array_ref (concord_clause_get_body (review));
  g_autoptr(GPtrArray) final = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-table-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "framework.mou", NULL);
  g_autofree char *pdf = g_build_filename (folder, "framework.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  ConcordTableEditor *tables;
  ConcordBodyEditor *cell;
  const ConcordBlock *block;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  cursor_to_end (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "body.insert-table", NULL));
  assert_shape (review, 2, 3);
  g_assert_true (concord_table_get_header (table_of (review)));
  g_assert_cmpuint (concord_clause_get_body (review)->len, ==, original->len + 1);
  tables = CONCORD_TABLE_EDITOR (concord_body_editor_get_table_editor (editor));
  g_assert_nonnull (tables);
  ui_wait_for (ui_widget_mapped, tables);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.add-row", NULL));
  assert_shape (review, 3, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.add-column", NULL));
  assert_shape (review, 3, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.remove-column", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.remove-row", NULL));
  assert_shape (review, 2, 3);

  /* At most twelve columns, the format's limit, however often asked. */
  for (guint i = 0; i < 200; i++)
    gtk_widget_activate_action (GTK_WIDGET (tables), "table.add-column", NULL);
  assert_shape (review, 2, CONCORD_TABLE_MAX_COLUMNS);
  while (concord_table_get_n_columns (table_of (review)) > 3)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.remove-column", NULL));
  assert_shape (review, 2, 3);

  /* A cell's text, with a reference to a party from the same menu. */
  cell = CONCORD_BODY_EDITOR (concord_table_editor_get_cell_editor (tables, 1, 0));
  g_assert_nonnull (cell);
  buffer = concord_body_editor_get_buffer (cell);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive (buffer, &end, "Contact at ", -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  cursor_to_end (cell);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cell), "body.insert-party", "s", "regulator"));
  block = concord_table_get_cell (table_of (review), 1, 0);
  g_assert_cmpuint (concord_block_get_n_runs (block), ==, 2);
  g_assert_cmpstr (concord_block_get_run (block, 0)->text, ==, "Contact at ");
  g_assert_cmpint (concord_block_get_run (block, 1)->kind, ==, CONCORD_RUN_PARTY);
  g_assert_cmpstr (concord_block_get_run (block, 1)->text, ==, "regulator");
  ui_save_screenshot (GTK_WIDGET (tables), "table-editor", 3);

  /* Header off and on again. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (GTK_WIDGET (tables))), FALSE);
  g_assert_false (concord_table_get_header (table_of (review)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (GTK_WIDGET (tables))), TRUE);
  g_assert_true (concord_table_get_header (table_of (review)));

  gtk_window_close (GTK_WINDOW (tables));
  ui_wait_for (ui_widget_hidden, tables);

  /* Undone back to no table, redone to the last change. */
  final = g_ptr_array_ref (concord_clause_get_body (review));
  while (table_of (review) != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_blocks_equal (concord_clause_get_body (review), original));
  while (concord_document_can_redo (document))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (concord_blocks_equal (concord_clause_get_body (review), final));

  /* Saved, reloaded, printed. */
  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, &error));
  g_assert_nonnull (strstr (saved, "<cell>Contact at <party-ref ref=\"regulator\"/></cell>"));
  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (concord_blocks_equal (concord_clause_get_body (concord_memorandum_find_clause (reloaded, "cl-review",
                                                                                               NULL, NULL)),
                                       final));
  {
    g_autofree char *cli = g_build_filename (BUILD_ROOT, "src", "cli", "concord-cli", NULL);
    const char *export[] = { cli, "export-pdf", path, "-o", pdf, NULL };
    const char *to_text[] = { "pdftotext", "-layout", pdf, "-", NULL };
    g_autofree char *ignored = run_command (export);

    text = run_command (to_text);
  }
  g_assert_nonnull (strstr (text, "Contact at the Regulator"));

  g_unlink (pdf);
  g_unlink (path);
  g_rmdir (folder);
  ui_destroy_window (window);
}

typedef struct
{
  ConcordClause *clause;
  guint          rows;
  guint          columns;
  const char    *cell;
} Shape;

/* The table has that shape, and cell (1, 0) that text ("" for none);
 * the table editor shows the same table. */
static gboolean
has_shape (gpointer data)
{
  Shape *shape = data;
  ConcordTable *table = table_of (shape->clause);
  const ConcordBlock *cell;
  const char *text;

  if (table == NULL || concord_table_get_n_rows (table) != shape->rows ||
      concord_table_get_n_columns (table) != shape->columns)
    return FALSE;
  cell = concord_table_get_cell (table, 1, 0);
  text = cell != NULL && concord_block_get_n_runs (cell) > 0 ? concord_block_get_run (cell, 0)->text : "";

  return g_strcmp0 (text, shape->cell) == 0;
}

/* Ctrl+Z in the table editor takes back its edits one by one, through
 * the window's history (the table editor has none of its own), and
 * Shift+Ctrl+Z puts them again; the table editor and the preview follow;
 * what is saved is the last state. */
static void
test_table_undo (void)
{
  ConcordWindow *window = open_fixture ("framework.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordBodyEditor *editor = edit_clause (window, "cl-review");
  ConcordClause *review = clause_of (window, "cl-review");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-table-undo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "framework.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  ConcordTableEditor *tables;
  ConcordBodyEditor *cell;
  gboolean keys;
  Shape shapes[] = {
    { review, 2, 3, "" },
    { review, 2, 3, "Contactable" },
    { review, 3, 3, "Contactable" },
    /* The column of the cell typed in goes, and its words with it. */
    { review, 3, 2, "" },
  };

  ConcordPreview *preview = concord_views_pane_get_preview (concord_window_get_views_pane (window));
  guint generation = 0;

  ui_activate (window, "win.show-views");
  g_free (ui_preview_text (preview, &generation));
  cursor_to_end (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "body.insert-table", NULL));
  tables = CONCORD_TABLE_EDITOR (concord_body_editor_get_table_editor (editor));
  ui_wait_for (ui_widget_mapped, tables);
  g_assert_true (has_shape (&shapes[0]));
  cell = CONCORD_BODY_EDITOR (concord_table_editor_get_cell_editor (tables, 1, 0));
  ui_type_at_end (concord_body_editor_get_buffer (cell), "Contactable");
  g_assert_true (has_shape (&shapes[1]));
  {
    g_autofree char *text = ui_preview_text (preview, &generation);

    g_assert_nonnull (strstr (text, "Contactable"));
  }
  /* The row and column edited last are the ones removing means. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.add-row", NULL));
  g_assert_true (has_shape (&shapes[2]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.remove-column", NULL));
  g_assert_true (has_shape (&shapes[3]));

  cell = CONCORD_BODY_EDITOR (concord_table_editor_get_cell_editor (tables, 0, 0));
  gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (cell)));
  ui_wait_for (window_active, tables);
  keys = press_keys ("Control_L+z");
  if (!keys)
    g_test_message ("no XTest on this display: the table editor's actions instead of its keys");
  for (int i = 2; i >= 0; i--)
    {
      if (i < 2 && keys)
        g_assert_true (press_keys ("Control_L+z"));
      else if (!keys)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.undo", NULL));
      ui_wait_for (has_shape, &shapes[i]);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tables)));
      g_assert_true (concord_table_equal (concord_table_editor_get_table (tables), table_of (review)));
    }
  /* The undone words leave the preview too. */
  {
    g_autofree char *text = ui_preview_text (preview, &generation);

    g_assert_null (strstr (text, "Contactable"));
  }
  for (guint i = 1; i < G_N_ELEMENTS (shapes); i++)
    {
      if (keys)
        g_assert_true (press_keys ("Shift_L+Control_L+z"));
      else
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tables), "table.redo", NULL));
      ui_wait_for (has_shape, &shapes[i]);
      g_assert_true (concord_table_equal (concord_table_editor_get_table (tables), table_of (review)));
    }
  g_assert_false (concord_document_can_redo (document));

  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  reloaded = ui_reload (path);
  {
    shapes[3].clause = concord_memorandum_find_clause (reloaded, "cl-review", NULL, NULL);
    g_assert_true (has_shape (&shapes[3]));
  }

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

  g_test_add_func ("/ui/body/cross-reference", test_cross_reference);
  g_test_add_func ("/ui/body/reference-gives-id", test_reference_gives_id);
  g_test_add_func ("/ui/body/escape-returns-focus", test_escape_returns_focus);
  g_test_add_func ("/ui/body/remove-referred-clause", test_remove_referred_clause);
  g_test_add_func ("/ui/body/keys-while-typing", test_keys_while_typing);
  g_test_add_func ("/ui/body/keys-in-annex-and-background", test_keys_in_annex_and_background);
  g_test_add_func ("/ui/body/copy-paste-chips", test_copy_paste_chips);
  g_test_add_func ("/ui/body/paste-malformed", test_paste_malformed);
  g_test_add_func ("/ui/body/table", test_table);
  g_test_add_func ("/ui/body/table-undo", test_table_undo);

  return g_test_run ();
}
