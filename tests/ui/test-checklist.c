/* test-checklist.c: the Standard Sections view as a user meets it. On the
 * blank template one of seventeen is there; Add inserts a starting
 * section in the checklist's order and shows its first clause; the row is
 * ticked and leads to the section; undo takes the section away again.
 * The review reminders go to a calendar file. And the whole of a
 * drafter's session on a memorandum with planted problems.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <libical/ical.h>

#include "concord-checklist-view.h"
#include "concord-clause-pane.h"
#include "concord-library-dialog.h"
#include "concord-section-pane.h"
#include "ui-test-util.h"

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
checklist_filled (gpointer data)
{
  ConcordWindow *window = data;
  ConcordChecklistView *checklist = concord_views_pane_get_checklist_view (concord_window_get_views_pane (window));

  return concord_checklist_view_get_memorandum (checklist) == ui_memorandum (window);
}

static GObject *
shown_item (ConcordWindow *window)
{
  return concord_editor_pane_get_item (concord_window_get_pane (window));
}

static void
test_add_from_blank (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordViewsPane *views = concord_window_get_views_pane (window);
  ConcordChecklistView *checklist = concord_views_pane_get_checklist_view (views);
  ConcordMemorandum *m;
  GListModel *sections;
  GtkWidget *row;
  g_autoptr(ConcordSection) first = NULL;
  g_autoptr(ConcordSection) review = NULL;
  ConcordClause *clause;

  g_assert_true (concord_window_open_template (window, "blank"));
  m = ui_memorandum (window);
  sections = concord_memorandum_get_sections (m);
  g_object_set (views, "page", "checklist", NULL);
  gtk_widget_set_visible (GTK_WIDGET (views), TRUE);
  ui_wait_for (ui_widget_mapped, checklist);
  ui_wait_for (checklist_filled, window);

  g_assert_cmpuint (concord_checklist_view_get_n_present (checklist), ==, 1);
  g_assert_true (concord_checklist_view_is_present (checklist, "purpose"));
  g_assert_false (concord_checklist_view_is_present (checklist, "review"));
  /* A part of its own has no Add button: it is added where it lives. */
  g_assert_null (find_button (concord_checklist_view_get_row (checklist, "definitions")));
  g_assert_null (find_button (concord_checklist_view_get_row (checklist, "purpose")));
  ui_save_screenshot (GTK_WIDGET (window), "checklist-blank", 3);

  /* Add, on the Review row: a Review section after Purpose, its first
   * clause shown in the clause pane, with prompts to fill in. */
  row = concord_checklist_view_get_row (checklist, "review");
  g_signal_emit_by_name (find_button (row), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 2);
  first = g_list_model_get_item (sections, 0);
  review = g_list_model_get_item (sections, 1);
  g_assert_cmpint (concord_section_get_kind (first), ==, CONCORD_SECTION_KIND_PURPOSE);
  g_assert_cmpint (concord_section_get_kind (review), ==, CONCORD_SECTION_KIND_REVIEW);
  g_assert_cmpstr (concord_section_get_heading (review), ==, "Review");
  clause = concord_section_get_clause (review, 0);
  g_assert_true (CONCORD_IS_CLAUSE_PANE (concord_window_get_pane (window)));
  g_assert_true (shown_item (window) == G_OBJECT (clause));
  g_assert_true (concord_checklist_view_is_present (checklist, "review"));
  g_assert_null (find_button (row));
  g_assert_cmpuint (concord_checklist_view_get_n_present (checklist), ==, 2);
  g_assert_true (concord_document_get_modified (concord_window_get_document (window)));

  /* Scope goes between Purpose and Review. */
  g_signal_emit_by_name (find_button (concord_checklist_view_get_row (checklist, "scope")), "clicked");
  {
    g_autoptr(ConcordSection) middle = g_list_model_get_item (sections, 1);

    g_assert_cmpint (concord_section_get_kind (middle), ==, CONCORD_SECTION_KIND_SCOPE);
  }
  ui_save_screenshot (GTK_WIDGET (window), "checklist-added", 3);

  /* A ticked row leads to its section. */
  g_signal_emit_by_name (row, "activate");
  g_assert_true (CONCORD_IS_SECTION_PANE (concord_window_get_pane (window)));
  g_assert_true (shown_item (window) == G_OBJECT (review));

  /* Undo takes each section away, and the row has its Add button again. */
  ui_activate (window, "win.undo");
  ui_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 1);
  ui_wait_for (ui_is_ready, window);
  g_assert_false (concord_checklist_view_is_present (checklist, "review"));
  g_assert_nonnull (find_button (row));
  g_assert_cmpuint (concord_checklist_view_get_n_present (checklist), ==, 1);

  ui_destroy_window (window);
}

/* The review reminders of a memorandum shaped like a published one: the
 * review date and the four dates its clauses name, listed; Add to
 * Calendar… is offered, and the calendar it saves is an iCalendar file
 * that libical reads back, one event each. */
static void
test_calendar (void)
{
  g_autofree char *scratch = g_dir_make_tmp ("concord-checklist-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (SOURCE_ROOT, "tests", "data", "calendar", "dated.mou", NULL);
  g_autofree char *ics = g_build_filename (scratch, "dated.ics", NULL);
  g_autoptr(GFile) ics_file = g_file_new_for_path (ics);
  ConcordWindow *window = ui_open_path (source);
  ConcordViewsPane *views = concord_window_get_views_pane (window);
  ConcordChecklistView *checklist = concord_views_pane_get_checklist_view (views);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;

  g_object_set (views, "page", "checklist", NULL);
  gtk_widget_set_visible (GTK_WIDGET (views), TRUE);
  ui_wait_for (ui_widget_mapped, checklist);
  ui_wait_for (checklist_filled, window);
  g_assert_cmpuint (concord_checklist_view_get_n_dates (checklist), ==, 5);
  ui_save_screenshot (GTK_WIDGET (window), "checklist-dates", 3);

  g_assert_true (gtk_widget_get_sensitive (ui_find_button (GTK_WIDGET (checklist), "Add to _Calendar…")));
  g_assert_true (concord_checklist_view_save_calendar (checklist, ics_file, &error));
  g_assert_no_error (error);
  g_assert_true (file_exists (ics));
  g_assert_true (g_file_get_contents (ics, &text, NULL, &error));
  g_assert_no_error (error);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 5);
  icalcomponent_free (calendar);

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (ics), ==, 0);
  g_assert_cmpint (g_rmdir (scratch), ==, 0);
}

static gboolean
library_dialog_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CONCORD_IS_LIBRARY_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(ConcordLibraryDialog **) data = CONCORD_LIBRARY_DIALOG (window);
          return TRUE;
        }
    }

  return FALSE;
}

static guint
count_findings (ConcordMemorandum *m,
                const char        *code)
{
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += g_str_equal (((ConcordFinding *) g_ptr_array_index (findings, i))->code, code);

  return n;
}

/* The session, in one sitting, as a drafter meets it on the
 * memorandum with planted problems: the two standard sections it lacks go
 * in from the checklist; a clause saved to the library goes in again
 * after another; a comment is made and resolved; a review date is set and
 * the reminders go to a calendar. Saved and read back, all of it is in
 * the file. */
static void
test_drafter_session (void)
{
  g_autofree char *scratch = g_dir_make_tmp ("concord-session-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (SOURCE_ROOT, "tests", "data", "drafting", "planted.mou", NULL);
  g_autofree char *path = g_build_filename (scratch, "planted.mou", NULL);
  g_autofree char *ics = g_build_filename (scratch, "planted.ics", NULL);
  g_autoptr(GFile) ics_file = g_file_new_for_path (ics);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  ConcordWindow *window;
  ConcordViewsPane *views;
  ConcordChecklistView *checklist;
  ConcordMemorandum *m;
  ConcordLibraryDialog *dialog = NULL;
  ConcordSection *section = NULL;
  guint position = 0;
  ConcordClause *clause;
  icalcomponent *calendar;

  g_assert_true (g_file_get_contents (source, &text, NULL, &error));
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_clear_pointer (&text, g_free);
  window = ui_open_path (path);
  m = ui_memorandum (window);
  views = concord_window_get_views_pane (window);
  checklist = concord_views_pane_get_checklist_view (views);
  g_assert_cmpuint (count_findings (m, CONCORD_LINT_MISSING_STANDARD_CLAUSE), ==, 2);

  /* The missing standard sections, from the checklist. */
  g_object_set (views, "page", "checklist", NULL);
  gtk_widget_set_visible (GTK_WIDGET (views), TRUE);
  ui_wait_for (ui_widget_mapped, checklist);
  ui_wait_for (checklist_filled, window);
  g_assert_false (concord_checklist_view_is_present (checklist, "variation"));
  g_assert_false (concord_checklist_view_is_present (checklist, "disputes"));
  g_signal_emit_by_name (find_button (concord_checklist_view_get_row (checklist, "variation")), "clicked");
  ui_wait_frames (GTK_WIDGET (window), 2);
  g_signal_emit_by_name (find_button (concord_checklist_view_get_row (checklist, "disputes")), "clicked");
  ui_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (concord_checklist_view_is_present (checklist, "variation"));
  g_assert_true (concord_checklist_view_is_present (checklist, "disputes"));
  g_assert_cmpuint (count_findings (m, CONCORD_LINT_MISSING_STANDARD_CLAUSE), ==, 0);

  /* A clause to the library, and back in after the Trust's accountability. */
  ui_select_item (window, concord_memorandum_find_clause (m, "acc-council", NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.library-save", NULL));
  ui_select_item (window, concord_memorandum_find_clause (m, "acc-trust", &section, &position));
  ui_activate (window, "win.library-insert");
  ui_wait_for (library_dialog_shown, &dialog);
  concord_library_dialog_set_query (dialog, "cabinet");
  g_assert_cmpuint (concord_library_dialog_get_n_shown (dialog), ==, 1);
  g_assert_true (concord_library_dialog_choose (dialog, "accountability-of-the-council"));
  clause = concord_section_get_clause (section, position + 1);
  g_assert_cmpstr (concord_clause_get_heading (clause), ==, "Accountability of the Council");
  g_assert_nonnull (concord_clause_get_library (clause));
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (clause));

  /* A comment on the review clause, then resolved. */
  ui_select_item (window, concord_memorandum_find_clause (m, "gen-review", NULL, NULL));
  {
    ConcordEditorPane *pane = concord_window_get_pane (window);
    GtkWidget *row = ui_pane_row (window, "Add a Comment");

    gtk_editable_set_text (GTK_EDITABLE (row), "Which month is the review?");
    g_signal_emit_by_name (row, "apply");
    ui_wait_frames (GTK_WIDGET (window), 2);
    g_signal_emit_by_name (ui_find_button (GTK_WIDGET (pane), "Re_solve"), "clicked");
  }
  clause = concord_memorandum_find_clause (m, "gen-review", NULL, NULL);
  g_assert_cmpuint (concord_comments_get_n_threads (concord_clause_get_comments (clause)), ==, 1);
  g_assert_true (concord_comments_get_thread (concord_clause_get_comments (clause), 0)->resolved);

  /* The review date, in the details, and the reminders to a calendar. */
  concord_window_select (window, G_OBJECT (m));
  gtk_editable_set_text (GTK_EDITABLE (concord_editor_pane_find_row (concord_window_get_pane (window),
                                                                     "Review date")),
                         "2027-04-01");
  g_assert_cmpstr (concord_memorandum_get_review_date (m), ==, "2027-04-01");
  g_object_set (views, "page", "checklist", NULL);
  ui_wait_for (checklist_filled, window);
  g_assert_cmpuint (concord_checklist_view_get_n_dates (checklist), >=, 1);
  g_assert_true (gtk_widget_get_sensitive (ui_find_button (GTK_WIDGET (checklist), "Add to _Calendar…")));
  g_assert_true (concord_checklist_view_save_calendar (checklist, ics_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (ics, &text, NULL, &error));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  {
    icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
    gboolean review = FALSE;

    for (; event != NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
      {
        struct icaltimetype start = icalcomponent_get_dtstart (event);

        review = review || (start.year == 2027 && start.month == 4 && start.day == 1);
      }
    g_assert_true (review);
  }
  icalcomponent_free (calendar);
  ui_save_screenshot (GTK_WIDGET (window), "drafter-session", 3);

  /* Saved and read back: the sections, the library clause and the thread. */
  ui_activate (window, "win.save");
  {
    g_autoptr(ConcordMemorandum) back = ui_reload (path);

    g_assert_cmpuint (count_findings (back, CONCORD_LINT_MISSING_STANDARD_CLAUSE), ==, 0);
    g_assert_true (concord_comments_get_thread (concord_clause_get_comments (concord_memorandum_find_clause (back,
                                                                                                         "gen-review",
                                                                                                         NULL, NULL)),
                                                0)->resolved);
    g_assert_cmpstr (concord_memorandum_get_review_date (back), ==, "2027-04-01");
  }

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (ics), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_rmdir (scratch);
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

  g_test_add_func ("/ui/checklist/add-from-blank", test_add_from_blank);
  g_test_add_func ("/ui/checklist/calendar", test_calendar);
  g_test_add_func ("/ui/checklist/drafter-session", test_drafter_session);

  status = g_test_run ();
  g_rmdir (state);

  return status;
}
