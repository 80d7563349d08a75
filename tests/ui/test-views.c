/* test-views.c: the matrix, lint and view-as-party panes, under Xvfb.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-document.h"
#include "concord-lint-item.h"
#include "concord-lint-view.h"
#include "concord-matrix-view.h"
#include "concord-party-view.h"
#include "ui-test-util.h"



/* The three panes, each in a window of a side pane's size, over one
 * document, refreshed on every change as the main window will. */
typedef struct
{
  ConcordDocument   *document;
  ConcordMemorandum *memorandum;
  GtkWindow         *windows[3];
  ConcordMatrixView *matrix;
  ConcordLintView   *lint;
  ConcordPartyView  *party;
} Fixture;

static void
document_changed_cb (ConcordDocument *document,
                     Fixture         *fixture)
{
  concord_matrix_view_refresh (fixture->matrix);
  concord_lint_view_refresh (fixture->lint);
  concord_party_view_refresh (fixture->party);
}

static GtkWindow *
show_in_window (GtkWidget  *view,
                const char *title,
                int         width,
                int         height)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_for (ui_is_ready, window);

  return GTK_WINDOW (window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->document = concord_document_new_from_template ("sector-led-improvement", &error);
  g_assert_no_error (error);
  fixture->memorandum = concord_document_get_memorandum (fixture->document);

  fixture->matrix = CONCORD_MATRIX_VIEW (concord_matrix_view_new ());
  fixture->lint = CONCORD_LINT_VIEW (concord_lint_view_new ());
  fixture->party = CONCORD_PARTY_VIEW (concord_party_view_new ());
  concord_matrix_view_set_memorandum (fixture->matrix, fixture->memorandum);
  concord_lint_view_set_memorandum (fixture->lint, fixture->memorandum);
  concord_party_view_set_memorandum (fixture->party, fixture->memorandum);
  g_signal_connect (fixture->document, "changed", G_CALLBACK (document_changed_cb), fixture);

  fixture->windows[0] = show_in_window (GTK_WIDGET (fixture->matrix), "Roles and Accountability",
                                        780, 860);
  fixture->windows[1] = show_in_window (GTK_WIDGET (fixture->lint), "Problems", 460, 720);
  fixture->windows[2] = show_in_window (GTK_WIDGET (fixture->party), "View as Party", 460, 860);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->windows); i++)
    gtk_window_destroy (fixture->windows[i]);
  g_signal_handlers_disconnect_by_data (fixture->document, fixture);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->document);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
set_clause_property (Fixture    *fixture,
                     const char *clause_id,
                     const char *property,
                     GValue     *value)
{
  ConcordClause *clause = concord_memorandum_find_clause (fixture->memorandum, clause_id, NULL,
                                                          NULL);

  g_assert_nonnull (clause);
  concord_document_set_property (fixture->document, G_OBJECT (clause), property, value);
}

static void
set_clause_areas (Fixture            *fixture,
                  const char         *clause_id,
                  const char * const *areas)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, areas);
  set_clause_property (fixture, clause_id, "areas", &value);
}

/* Matrix */

static GtkWidget *
matrix_cell (Fixture    *fixture,
             const char *area,
             const char *party)
{
  int a = concord_matrix_view_find_area (fixture->matrix, area);
  int p = concord_matrix_view_find_party (fixture->matrix, party);

  g_assert_cmpint (a, >=, 0);
  g_assert_cmpint (p, >=, 0);

  return concord_matrix_view_get_cell (fixture->matrix, a, p);
}

static gboolean
marked_overlap (GtkWidget *cell)
{
  GtkWidget *marker = find_descendant (cell, GTK_TYPE_IMAGE);

  /* Marked by more than colour: a class, a visible icon and words. */
  g_assert_cmpint (gtk_widget_has_css_class (cell, "overlap"), ==, gtk_widget_get_visible (marker));

  return gtk_widget_has_css_class (cell, "overlap");
}

static guint
n_overlap_cells (Fixture *fixture)
{
  ConcordMatrix *matrix = concord_matrix_view_get_matrix (fixture->matrix);
  guint n = 0;

  for (guint a = 0; a < concord_matrix_get_n_areas (matrix); a++)
    for (guint p = 0; p < concord_matrix_get_n_parties (matrix); p++)
      if (marked_overlap (concord_matrix_view_get_cell (fixture->matrix, a, p)))
        n++;

  return n;
}

static void
test_matrix_marks_doubly_owned (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *solace = matrix_cell (fixture, "leadership-development", "solace");
  GtkWidget *adcs = matrix_cell (fixture, "leadership-development", "adcs");
  GtkWidget *lga = matrix_cell (fixture, "leadership-development", "lga");
  GtkWidget *adcs_peer;
  GtkWidget *label = find_descendant (solace, GTK_TYPE_LABEL);

  g_assert_true (marked_overlap (solace));
  g_assert_true (marked_overlap (adcs));
  g_assert_false (marked_overlap (lga));
  /* The only doubly-owned row in the template. */
  g_assert_cmpuint (n_overlap_cells (fixture), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "R");
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (solace),
                           "\nOverlap: Solace and ADCS both own Leadership development and no boundary "
                           "clause separates them"));
  /* LGA and ADCS both own peer challenge, but a boundary settles it. */
  adcs_peer = matrix_cell (fixture, "peer-challenge", "adcs");
  g_assert_false (marked_overlap (adcs_peer));
  g_assert_true (g_str_has_suffix (gtk_widget_get_tooltip_text (adcs_peer),
                                   "\nShared with LGA; a boundary clause separates them"));

  /* An empty cell can be neither focused nor activated. */
  g_assert_false (gtk_widget_get_focusable (lga));
  g_assert_true (gtk_widget_get_focusable (solace));

  ui_save_screenshot (GTK_WIDGET (fixture->windows[0]), "view-matrix", 3);
}

static void
test_matrix_cell_names_its_clauses (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *cell = matrix_cell (fixture, "peer-challenge", "lga");
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (fixture->memorandum);
  g_autofree char *expected = NULL;

  /* LGA owns peer challenge (one role clause), is bounded in it by two
   * boundary clauses and answers for it to its member councils. */
#define NUMBER(id) concord_numbering_lookup_clause (numbering, id)
  expected = g_strdup_printf ("Peer challenge, LGA: responsible (clause %s); "
                              "bounded (clauses %s and %s); "
                              "accountable to its member councils (clause %s)",
                              NUMBER ("role-lga-peer-challenge"),
                              NUMBER ("bnd-peer-challenge-inspection"),
                              NUMBER ("bnd-national-regional-peer-challenge"),
                              NUMBER ("acc-lga"));
#undef NUMBER
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (cell), expected));
  g_assert_false (marked_overlap (cell));
}

static GStrv activated_ids;

static void
clauses_activated_cb (ConcordMatrixView  *view,
                      const char * const *ids,
                      gpointer            data)
{
  g_strfreev (activated_ids);
  activated_ids = g_strdupv ((char **) ids);
}

static gboolean
ids_activated (gpointer data)
{
  return activated_ids != NULL;
}

static void
test_matrix_cell_activates (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *solace_ids[] = { "role-solace", "acc-solace", NULL };
  const char *lga_ids[] = { "role-lga-peer-challenge", "bnd-peer-challenge-inspection",
                            "bnd-national-regional-peer-challenge", "acc-lga", NULL };

  g_signal_connect (fixture->matrix, "clauses-activated", G_CALLBACK (clauses_activated_cb), NULL);

  /* gtk_widget_activate() is what Enter and Space do on a focused button;
   * the button shows itself pressed for a moment, then clicks. */
  g_assert_true (gtk_widget_activate (matrix_cell (fixture, "leadership-development", "solace")));
  ui_wait_for (ids_activated, NULL);
  g_assert_cmpstrv (activated_ids, solace_ids);

  g_signal_emit_by_name (matrix_cell (fixture, "peer-challenge", "lga"), "clicked");
  g_assert_cmpstrv (activated_ids, lga_ids);

  g_clear_pointer (&activated_ids, g_strfreev);
}

/* Arrow keys move between the cells that have something behind them, as
 * the window's key bindings do (GtkWindow binds the arrows to
 * "move-focus"). */
static void
test_matrix_keyboard_navigation (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWindow *window = fixture->windows[0];
  GtkWidget *start = matrix_cell (fixture, "peer-challenge", "lga");

  g_assert_true (gtk_widget_grab_focus (start));
  g_assert_true (gtk_window_get_focus (window) == start);

  /* Solace has no part in peer challenge: the focus skips its cell. */
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_RIGHT);
  g_assert_true (gtk_window_get_focus (window) == matrix_cell (fixture, "peer-challenge", "adcs"));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_DOWN);
  g_assert_true (gtk_window_get_focus (window) == matrix_cell (fixture, "corporate-leadership",
                                                               "adcs"));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_LEFT);
  g_assert_true (gtk_window_get_focus (window) == matrix_cell (fixture, "corporate-leadership",
                                                               "solace"));
}

/* Lint */

static int
find_finding (ConcordLintView *view,
              const char      *code,
              const char      *clause_id,
              const char      *text)
{
  GListModel *findings = concord_lint_view_get_findings (view);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(ConcordLintItem) item = g_list_model_get_item (findings, i);
      const ConcordFinding *f = concord_lint_item_get_finding (item);

      if (g_strcmp0 (f->code, code) == 0 && g_strcmp0 (f->clause_id, clause_id) == 0 &&
          (text == NULL || strstr (f->message, text) != NULL))
        return (int) i;
    }

  return -1;
}

static void
test_lint_lists_overlap (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (fixture->memorandum);
  g_autoptr(ConcordLintItem) item = NULL;
  g_autofree char *location = NULL;
  g_autofree char *icon = NULL;
  int position;

  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, findings->len);
  position = find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-adcs",
                           "leadership-development");
  g_assert_cmpint (position, >=, 0);

  item = g_list_model_get_item (concord_lint_view_get_findings (fixture->lint), position);
  g_object_get (item, "location", &location, "icon-name", &icon, NULL);
  g_assert_cmpstr (location, ==, "Clause 8 · Overlapping roles");
  /* An overlap is a warning in lint's table. */
  g_assert_cmpint (concord_lint_item_get_severity (item), ==, CONCORD_LINT_SEVERITY_WARNING);
  g_assert_cmpstr (icon, ==, "dialog-warning-symbolic");

  ui_save_screenshot (GTK_WIDGET (fixture->windows[1]), "view-lint", 3);
}

static AdwMessageDialog *
shown_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
dialog_is_shown (gpointer data)
{
  return shown_message_dialog () != NULL;
}

static gboolean
dialog_is_hidden (gpointer data)
{
  return shown_message_dialog () == NULL;
}

/* The first visible button under @widget with this label. */
static GtkWidget *
row_button (GtkWidget  *widget,
            const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = row_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_visible_buttons (GtkWidget  *widget,
                       const char *label)
{
  guint n = GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
            g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_visible_buttons (child, label);

  return n;
}

static gboolean
restore_is_shown (gpointer data)
{
  return count_visible_buttons (GTK_WIDGET (data), "Restore") == 1;
}

/* Dismiss… asks for a reason (and will not dismiss without one), adds a
 * dismissal the document can undo, and shows the finding dimmed with its
 * reason and a Restore button, no longer counted; Restore takes it out. */
static void
test_lint_dismiss_and_restore (Fixture       *fixture,
                               gconstpointer  data)
{
  GListModel *dismissals = concord_memorandum_get_dismissals (fixture->memorandum);
  guint n_before = concord_lint_view_get_n_findings (fixture->lint);
  int position = find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-adcs", NULL);
  g_autoptr(ConcordLintItem) item = NULL;
  g_autoptr(ConcordDismissal) made = NULL;
  g_autofree char *location = NULL;
  g_auto(GStrv) classes = NULL;
  GtkWidget *button;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  gboolean dismissed, can_dismiss;

  g_assert_cmpint (position, >=, 0);
  item = g_list_model_get_item (concord_lint_view_get_findings (fixture->lint), position);
  g_object_get (item, "can-dismiss", &can_dismiss, NULL);
  g_assert_true (can_dismiss);
  g_clear_object (&item);

  /* The first row (the overlap: lint lists it first) has a Dismiss… button. */
  g_assert_cmpint (position, ==, 0);
  ui_wait_frames (GTK_WIDGET (fixture->windows[1]), 3);
  button = row_button (GTK_WIDGET (fixture->lint), "Dismiss…");
  g_assert_nonnull (button);
  g_assert_cmpuint (count_visible_buttons (GTK_WIDGET (fixture->lint), "Restore"), ==, 0);
  g_signal_emit_by_name (button, "clicked");
  ui_wait_for (dialog_is_shown, NULL);
  dialog = shown_message_dialog ();
  entry = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Both develop leaders, by agreement. ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  ui_save_screenshot (GTK_WIDGET (dialog), "view-lint-dismiss", 3);
  /* Pressed as the user presses it: the response, then the dialog closes. */
  g_signal_emit_by_name (row_button (GTK_WIDGET (dialog), "_Dismiss"), "clicked");
  ui_wait_for (dialog_is_hidden, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 1);
  made = g_list_model_get_item (dismissals, 0);
  g_assert_cmpstr (concord_dismissal_get_code (made), ==, CONCORD_LINT_AREA_OVERLAP);
  g_assert_cmpstr (concord_dismissal_get_target (made), ==, "clause:role-adcs#owner");
  g_assert_cmpstr (concord_dismissal_get_reason (made), ==, "Both develop leaders, by agreement.");
  g_assert_true (concord_document_get_modified (fixture->document));
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before - 1);

  position = find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-adcs", NULL);
  item = g_list_model_get_item (concord_lint_view_get_findings (fixture->lint), position);
  g_object_get (item, "dismissed", &dismissed, "can-dismiss", &can_dismiss, "location", &location,
                "row-classes", &classes, NULL);
  g_assert_true (dismissed);
  g_assert_false (can_dismiss);
  g_assert_cmpstr (location, ==, "Clause 8 · Overlapping roles · Dismissed: Both develop leaders, by agreement.");
  g_assert_true (g_strv_contains ((const char * const *) classes, "dim-label"));
  ui_wait_for (restore_is_shown, fixture->lint);
  ui_save_screenshot (GTK_WIDGET (fixture->windows[1]), "view-lint-dismissed", 3);

  /* Undo takes the dismissal back, redo makes it again. */
  concord_document_undo (fixture->document);
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 0);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before);
  concord_document_redo (fixture->document);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before - 1);

  g_signal_emit_by_name (row_button (GTK_WIDGET (fixture->lint), "Restore"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 0);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before);
  g_clear_object (&item);
  position = find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-adcs", NULL);
  item = g_list_model_get_item (concord_lint_view_get_findings (fixture->lint), position);
  g_object_get (item, "dismissed", &dismissed, NULL);
  g_assert_false (dismissed);

  /* Cancelling the dialog dismisses nothing. */
  g_signal_emit_by_name (row_button (GTK_WIDGET (fixture->lint), "Dismiss…"), "clicked");
  ui_wait_for (dialog_is_shown, NULL);
  dialog = shown_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog))),
                         "No.");
  g_signal_emit_by_name (row_button (GTK_WIDGET (dialog), "_Cancel"), "clicked");
  ui_wait_for (dialog_is_hidden, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 0);

  /* Switched off for the whole memorandum: every finding of the code is
   * dismissed by one dismissal, with the reason; undo switches it on. */
  {
    GListModel *shown = concord_lint_view_get_findings (fixture->lint);
    guint n_code = 0;
    GtkWidget *extra;

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(ConcordLintItem) each = g_list_model_get_item (shown, i);

        n_code += g_str_equal (concord_lint_item_get_finding (each)->code, CONCORD_LINT_AREA_OVERLAP);
      }
    g_assert_cmpuint (n_code, >=, 1);
    /* A user's next click comes turns later: the restore is an edit of
     * its own by then. */
    ui_wait_frames (GTK_WIDGET (fixture->windows[1]), 2);
    g_signal_emit_by_name (row_button (GTK_WIDGET (fixture->lint), "Dismiss…"), "clicked");
    ui_wait_for (dialog_is_shown, NULL);
    dialog = shown_message_dialog ();
    extra = adw_message_dialog_get_extra_child (dialog);
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (extra)), "Shared work is the point here.");
    gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_last_child (extra)), TRUE);
    g_signal_emit_by_name (row_button (GTK_WIDGET (dialog), "_Dismiss"), "clicked");
    ui_wait_for (dialog_is_hidden, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 1);
    g_clear_object (&made);
    made = g_list_model_get_item (dismissals, 0);
    g_assert_cmpstr (concord_dismissal_get_code (made), ==, CONCORD_LINT_AREA_OVERLAP);
    g_assert_cmpstr (concord_dismissal_get_target (made), ==, "memorandum");
    g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before - n_code);
    concord_document_undo (fixture->document);
    g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 0);
    g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before);
  }
}

static gboolean
find_finding_for (GPtrArray  *findings,
                  const char *clause_id)
{
  g_autoptr(GPtrArray) owned = findings;

  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((ConcordFinding *) g_ptr_array_index (findings, i))->clause_id, clause_id) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
lint_view_idle (gpointer data)
{
  return !concord_lint_view_get_busy (data);
}

/* A memorandum of thousands of clauses (the shared seeded generator's) is
 * linted on a worker: the view is busy at first, then counts what lint
 * finds, and an edit while it works gives the edited memorandum's count. */
static void
test_lint_large_on_worker (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("concord-views-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.mou", NULL);
  g_autofree char *script = g_build_filename (SOURCE_ROOT, "tests", "bench", "generate.py", NULL);
  const char *argv[] = { "python3", script, "--seed", "3", "--clauses", "1800", "-o", path, NULL };
  g_autofree char *ignored = ui_run (argv);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) large = concord_memorandum_load_from_file (path, &error);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) clauses = NULL;
  guint open = 0;
  guint edited = 0;

  g_assert_no_error (error);
  concord_lint_view_set_memorandum (fixture->lint, large);
  g_assert_true (concord_lint_view_get_busy (fixture->lint));
  /* Meanwhile an agreed clause is disputed: a finding more. */
  clauses = concord_memorandum_list_clauses (large);
  while (concord_clause_get_status (clauses->pdata[edited]) != CONCORD_CLAUSE_STATUS_AGREED)
    edited++;
  g_assert_false (find_finding_for (concord_memorandum_lint (large), concord_clause_get_id (clauses->pdata[edited])));
  concord_clause_set_status (clauses->pdata[edited], CONCORD_CLAUSE_STATUS_DISPUTED);
  concord_lint_view_refresh (fixture->lint);
  ui_wait_for_within (lint_view_idle, fixture->lint, 60 * G_USEC_PER_SEC);

  findings = concord_memorandum_lint (large);
  for (guint i = 0; i < findings->len; i++)
    open += ((ConcordFinding *) g_ptr_array_index (findings, i))->dismissed == NULL;
  g_assert_cmpuint (open, >, 0);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, open);
  g_assert_true (find_finding_for (g_ptr_array_ref (findings), concord_clause_get_id (clauses->pdata[edited])));

  concord_lint_view_set_memorandum (fixture->lint, fixture->memorandum);
  g_assert_false (concord_lint_view_get_busy (fixture->lint));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A memorandum with nothing to report: the empty state, and a zero count. */
static void
test_lint_empty_state (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char clean[] =
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">"
    "<title>T</title><revision>0</revision><parties/><section id=\"g\" kind=\"general\"><heading>General</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>This memorandum is not legally binding. The parties "
    "will review it each year. They may vary it in writing; either may withdraw on notice; and they will settle "
    "any disagreement between their chief executives.</p></clause></section></memorandum>";
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) blank = concord_memorandum_load_from_data (clean, sizeof clean - 1, "clean", &error);
  GtkStack *stack = GTK_STACK (find_descendant (GTK_WIDGET (fixture->lint), GTK_TYPE_STACK));
  guint n = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  concord_lint_view_set_memorandum (fixture->lint, blank);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, 0);
  g_object_get (fixture->lint, "n-findings", &n, NULL);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  ui_save_screenshot (GTK_WIDGET (fixture->windows[1]), "view-lint-empty", 3);

  concord_lint_view_set_memorandum (fixture->lint, fixture->memorandum);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), >, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
}

static char *activated_clause;
static char *activated_field;

static void
finding_activated_cb (ConcordLintView *view,
                      const char      *clause_id,
                      const char      *field,
                      const char      *subject,
                      gpointer         data)
{
  g_free (activated_clause);
  g_free (activated_field);
  activated_clause = g_strdup (clause_id);
  activated_field = g_strdup (field);
}

static void
test_lint_finding_activates (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (fixture->lint), GTK_TYPE_LIST_VIEW);
  int position = find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-adcs", NULL);

  g_signal_connect (fixture->lint, "finding-activated", G_CALLBACK (finding_activated_cb), NULL);

  /* As a click or Enter on the row does. */
  g_signal_emit_by_name (list, "activate", (guint) position);
  g_assert_cmpstr (activated_clause, ==, "role-adcs");
  g_assert_cmpstr (activated_field, ==, "owner");

  /* A finding about a party, not a clause: no clause id. */
  position = find_finding (fixture->lint, CONCORD_LINT_PLACEHOLDER, NULL, NULL);
  g_assert_cmpint (position, >=, 0);
  concord_lint_view_activate_finding (fixture->lint, position);
  g_assert_null (activated_clause);

  g_clear_pointer (&activated_clause, g_free);
  g_clear_pointer (&activated_field, g_free);
}

static guint n_findings_notified;

static void
n_findings_cb (GObject    *object,
               GParamSpec *pspec,
               gpointer    data)
{
  n_findings_notified++;
}

/* ADCS's regional peer challenge handed to Solace: Solace and LGA now
 * both own peer challenge with no boundary between them, a new overlap
 * in the lint and in the matrix; undoing it removes both. */
static void
test_edit_creates_and_reverts_overlap (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_auto(GValue) owner = G_VALUE_INIT;
  guint n_before = concord_lint_view_get_n_findings (fixture->lint);
  guint rebuilds = concord_matrix_view_get_n_rebuilds (fixture->matrix);

  g_signal_connect (fixture->lint, "notify::n-findings", G_CALLBACK (n_findings_cb), NULL);
  n_findings_notified = 0;
  g_assert_false (marked_overlap (matrix_cell (fixture, "peer-challenge", "lga")));
  g_assert_cmpint (find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, NULL, "peer-challenge"),
                   <, 0);

  g_value_init (&owner, G_TYPE_STRING);
  g_value_set_string (&owner, "solace");
  set_clause_property (fixture, "role-adcs-regional", "owner", &owner);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before + 1);
  g_assert_cmpuint (n_findings_notified, ==, 1);
  g_assert_cmpint (find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-adcs-regional",
                                 "LGA and Solace both own the area “peer-challenge”"), >=, 0);
  g_assert_true (marked_overlap (matrix_cell (fixture, "peer-challenge", "lga")));
  g_assert_true (marked_overlap (matrix_cell (fixture, "peer-challenge", "solace")));
  g_assert_false (marked_overlap (matrix_cell (fixture, "peer-challenge", "adcs")));
  g_assert_cmpuint (n_overlap_cells (fixture), ==, 4);
  /* Same areas, same parties: cells rewritten, the grid kept. */
  g_assert_cmpuint (concord_matrix_view_get_n_rebuilds (fixture->matrix), ==, rebuilds);
  ui_save_screenshot (GTK_WIDGET (fixture->windows[0]), "view-matrix-new-overlap", 3);
  ui_save_screenshot (GTK_WIDGET (fixture->windows[1]), "view-lint-new-overlap", 3);

  concord_document_undo (fixture->document);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before);
  g_assert_cmpuint (n_findings_notified, ==, 2);
  g_assert_cmpint (find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, NULL, "peer-challenge"),
                   <, 0);
  g_assert_false (marked_overlap (matrix_cell (fixture, "peer-challenge", "lga")));
  g_assert_false (marked_overlap (matrix_cell (fixture, "peer-challenge", "solace")));
  g_assert_cmpuint (n_overlap_cells (fixture), ==, 2);
}

/* Owning a new area with its neighbour moves rows: the grid is rebuilt,
 * and the overlap shows there too. */
static void
test_edit_areas_creates_overlap (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *areas[] = { "service-improvement", "corporate-leadership", NULL };
  guint n_before = concord_lint_view_get_n_findings (fixture->lint);

  set_clause_areas (fixture, "role-councils", areas);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before + 1);
  g_assert_cmpint (find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-solace",
                                 "councils and Solace both own the area “corporate-leadership”"), >=, 0);
  g_assert_true (marked_overlap (matrix_cell (fixture, "corporate-leadership", "solace")));
  g_assert_true (marked_overlap (matrix_cell (fixture, "corporate-leadership", "councils")));
  g_assert_cmpuint (n_overlap_cells (fixture), ==, 4);

  concord_document_undo (fixture->document);
  g_assert_cmpuint (concord_lint_view_get_n_findings (fixture->lint), ==, n_before);
  g_assert_false (marked_overlap (matrix_cell (fixture, "corporate-leadership", "solace")));
  g_assert_cmpuint (n_overlap_cells (fixture), ==, 2);
}

/* An area that only an accountability clause names has no owner: the row
 * says so in words and with an icon, and lint agrees. */
static void
test_unowned_area_stands_out (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *areas[] = { "corporate-leadership", "leadership-development", "member-support", NULL };
  guint rebuilds = concord_matrix_view_get_n_rebuilds (fixture->matrix);
  GtkWidget *header;
  int area;

  set_clause_areas (fixture, "acc-solace", areas);
  g_assert_cmpuint (concord_matrix_view_get_n_rebuilds (fixture->matrix), ==, rebuilds + 1);
  area = concord_matrix_view_find_area (fixture->matrix, "member-support");
  g_assert_cmpint (area, >=, 0);
  header = concord_matrix_view_get_area_header (fixture->matrix, area);
  g_assert_true (gtk_widget_has_css_class (header, "unowned"));
  g_assert_true (gtk_widget_get_visible (find_descendant (header, GTK_TYPE_IMAGE)));
  g_assert_cmpint (find_finding (fixture->lint, CONCORD_LINT_AREA_UNOWNED, "acc-solace",
                                 "member-support"), >=, 0);
  ui_save_screenshot (GTK_WIDGET (fixture->windows[0]), "view-matrix-unowned", 3);

  concord_document_undo (fixture->document);
  g_assert_cmpint (concord_matrix_view_find_area (fixture->matrix, "member-support"), <, 0);
  g_assert_cmpint (find_finding (fixture->lint, CONCORD_LINT_AREA_UNOWNED, NULL, NULL), <, 0);
}

/* Refreshing when nothing changed keeps every row and cell as it was. */
static void
test_refresh_without_change_keeps_widgets (Fixture       *fixture,
                                           gconstpointer  data)
{
  GListModel *findings = concord_lint_view_get_findings (fixture->lint);
  g_autoptr(GObject) first = g_list_model_get_item (findings, 0);
  g_autoptr(GObject) again = NULL;
  GtkWidget *cell = matrix_cell (fixture, "peer-challenge", "lga");
  guint rebuilds = concord_matrix_view_get_n_rebuilds (fixture->matrix);

  concord_matrix_view_refresh (fixture->matrix);
  concord_lint_view_refresh (fixture->lint);
  again = g_list_model_get_item (findings, 0);
  g_assert_true (first == again);
  g_assert_true (cell == matrix_cell (fixture, "peer-challenge", "lga"));
  g_assert_cmpuint (concord_matrix_view_get_n_rebuilds (fixture->matrix), ==, rebuilds);
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

static gboolean
lint_has (gpointer data)
{
  Fixture *fixture = data;

  return find_finding (fixture->lint, CONCORD_LINT_AREA_OVERLAP, "role-adcs-regional", NULL) >= 0;
}

static void
queue_refresh_cb (ConcordDocument *document,
                  Fixture         *fixture)
{
  concord_matrix_view_queue_refresh (fixture->matrix);
  concord_lint_view_queue_refresh (fixture->lint);
}

/* Queued refreshes: one after a burst of edits; a hidden matrix waits
 * until it is shown, while the lint count stays current. */
static void
test_queued_refresh (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(GValue) owner = G_VALUE_INIT;
  GtkWidget *lga = matrix_cell (fixture, "peer-challenge", "lga");

  g_signal_handlers_disconnect_by_func (fixture->document, document_changed_cb, fixture);
  g_signal_connect (fixture->document, "changed", G_CALLBACK (queue_refresh_cb), fixture);
  gtk_widget_hide (GTK_WIDGET (fixture->windows[0]));
  ui_wait_for (is_unmapped, fixture->matrix);

  g_value_init (&owner, G_TYPE_STRING);
  g_value_set_string (&owner, "solace");
  set_clause_property (fixture, "role-adcs-regional", "owner", &owner);
  /* Nothing yet: the refresh waits for the main loop. */
  g_assert_false (lint_has (fixture));
  ui_wait_for (lint_has, fixture);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (marked_overlap (lga));

  gtk_window_present (fixture->windows[0]);
  ui_wait_for (ui_is_ready, fixture->matrix);
  g_assert_true (marked_overlap (matrix_cell (fixture, "peer-challenge", "lga")));
}

/* A party just added, still without a name, shows by its id in every
 * pane, and taking it away again takes its column away. */
static void
test_party_without_name (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *parties = concord_memorandum_get_parties (fixture->memorandum);
  guint n = g_list_model_get_n_items (parties);
  g_autoptr(ConcordParty) party = concord_party_new ("new-party");
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (fixture->party),
                                                          GTK_TYPE_DROP_DOWN));
  GListModel *names = gtk_drop_down_get_model (dropdown);

  concord_document_insert_item (fixture->document, parties, n, party);
  g_assert_cmpint (concord_matrix_view_find_party (fixture->matrix, "new-party"), ==, (int) n);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), n + 1), ==, "new-party");
  g_assert_cmpint (find_finding (fixture->lint, CONCORD_LINT_PARTY_NO_ROLE, NULL, "new-party"), >=, 0);

  concord_document_undo (fixture->document);
  g_assert_cmpint (concord_matrix_view_find_party (fixture->matrix, "new-party"), <, 0);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, n + 1);
}

/* View as a party */

/* Independently of the code under test: does the clause name the party
 * in a structured field or a party reference in its text? */
static gboolean
names_party (ConcordClause *clause,
             const char    *id)
{
  const char * const *sides[] = { concord_clause_get_side_a (clause), concord_clause_get_side_b (clause) };
  GPtrArray *body = concord_clause_get_body (clause);

  if (!g_strcmp0 (concord_clause_get_owner (clause), id) ||
      !g_strcmp0 (concord_clause_get_accountable (clause), id) ||
      !g_strcmp0 (concord_clause_get_to (clause), id))
    return TRUE;
  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    if (sides[s] != NULL && g_strv_contains (sides[s], id))
      return TRUE;
  for (guint i = 0; i < body->len; i++)
    for (guint j = 0; j < concord_block_get_n_runs (g_ptr_array_index (body, i)); j++)
      {
        const ConcordRun *run = concord_block_get_run (g_ptr_array_index (body, i), j);

        if (run->kind == CONCORD_RUN_PARTY && !g_strcmp0 (run->text, id))
          return TRUE;
      }

  return FALSE;
}

static char *activated_single;

static void
clause_activated_cb (ConcordPartyView *view,
                     const char       *clause_id,
                     gpointer          data)
{
  g_free (activated_single);
  activated_single = g_strdup (clause_id);
}

static void
check_party_view_is_exact (Fixture    *fixture,
                           const char *party_id)
{
  g_autoptr(GPtrArray) concerning = concord_memorandum_clauses_concerning (fixture->memorandum,
                                                                           party_id);
  g_autoptr(GPtrArray) all = concord_memorandum_list_clauses (fixture->memorandum);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *lines = concord_party_view_get_lines (fixture->party);
  guint n_naming = 0;

  int counts[CONCORD_SUMMARY_N_KINDS] = { 0 };

  g_assert_nonnull (lines);
  for (guint i = 0; i < lines->len; i++)
    {
      ConcordSummaryLine *line = g_ptr_array_index (lines, i);
      GtkListBoxRow *row = concord_party_view_get_row (fixture->party, line->clause_id);

      g_assert_true (g_hash_table_add (shown, line->clause_id));
      /* Each row in its group, in printed order. */
      g_assert_nonnull (row);
      g_assert_cmpint (gtk_list_box_row_get_index (row), ==, counts[line->kind]++);
    }
  /* Exactly the clauses the core function returns... */
  g_assert_cmpuint (g_hash_table_size (shown), ==, concerning->len);
  for (guint i = 0; i < concerning->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (concerning, i);

      g_assert_true (g_hash_table_contains (shown, concord_clause_get_id (clause)));
    }
  /* ...which are exactly those that name the party. */
  for (guint i = 0; i < all->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (all, i);

      g_assert_cmpint (names_party (clause, party_id), ==,
                       g_hash_table_contains (shown, concord_clause_get_id (clause)));
      n_naming += names_party (clause, party_id);
    }
  g_assert_cmpuint (n_naming, ==, lines->len);
}

static void
test_party_view (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (fixture->party),
                                                          GTK_TYPE_DROP_DOWN));
  GListModel *names = gtk_drop_down_get_model (dropdown);
  g_autofree char *first = NULL;
  GtkListBoxRow *row;

  g_assert_null (concord_party_view_get_party_id (fixture->party));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 7);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "All parties");

  /* With no party chosen: every party, with how much concerns it. */
  {
    GtkListBox *parties = GTK_LIST_BOX (find_descendant (GTK_WIDGET (fixture->party),
                                                         GTK_TYPE_LIST_BOX));
    AdwActionRow *lga = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (parties, 0));

    g_assert_null (gtk_list_box_get_row_at_index (parties, 6));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (lga)), ==,
                     "Local Government Association");
    g_assert_cmpstr (adw_action_row_get_subtitle (lga), ==,
                     "2 commitments · 4 boundaries · answers in 2 clauses · named in 1 more");
    ui_save_screenshot (GTK_WIDGET (fixture->windows[2]), "view-party-all", 3);
    g_assert_true (gtk_widget_activate (GTK_WIDGET (lga)));
    g_assert_cmpstr (concord_party_view_get_party_id (fixture->party), ==, "lga");
    g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
    check_party_view_is_exact (fixture, "lga");
    /* The counts agree with what the party's own view lists. */
    g_assert_cmpuint (concord_party_view_get_lines (fixture->party)->len, ==, 2 + 4 + 2 + 1);
  }

  /* Choosing Solace in the drop-down: what it commits to, its boundaries
   * and whom it answers to. */
  gtk_drop_down_set_selected (dropdown, 2);
  g_assert_cmpstr (concord_party_view_get_party_id (fixture->party), ==, "solace");
  check_party_view_is_exact (fixture, "solace");
  ui_save_screenshot (GTK_WIDGET (fixture->windows[2]), "view-party", 3);

  g_signal_connect (fixture->party, "clause-activated", G_CALLBACK (clause_activated_cb), NULL);
  row = concord_party_view_get_row (fixture->party, "bnd-corporate-professional");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_cmpstr (activated_single, ==, "bnd-corporate-professional");
  g_clear_pointer (&activated_single, g_free);

  /* The summary follows edits: LGA's peer challenge handed to Solace. */
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "solace");
    set_clause_property (fixture, "role-lga-peer-challenge", "owner", &value);
  }
  g_assert_nonnull (concord_party_view_get_row (fixture->party, "role-lga-peer-challenge"));
  check_party_view_is_exact (fixture, "solace");
  concord_document_undo (fixture->document);
  g_assert_null (concord_party_view_get_row (fixture->party, "role-lga-peer-challenge"));

  /* Every party, then back to all. */
  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    {
      gtk_drop_down_set_selected (dropdown, i);
      check_party_view_is_exact (fixture, concord_party_view_get_party_id (fixture->party));
    }
  concord_party_view_set_party_id (fixture->party, "ofsted");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 5);
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_null (concord_party_view_get_party_id (fixture->party));
  g_assert_null (concord_party_view_get_lines (fixture->party));
  g_object_get (fixture->party, "party-id", &first, NULL);
  g_assert_null (first);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

#define ADD(path, func) g_test_add ("/ui/views/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("matrix-marks-doubly-owned", test_matrix_marks_doubly_owned);
  ADD ("matrix-cell-names-its-clauses", test_matrix_cell_names_its_clauses);
  ADD ("matrix-cell-activates", test_matrix_cell_activates);
  ADD ("matrix-keyboard-navigation", test_matrix_keyboard_navigation);
  ADD ("lint-lists-overlap", test_lint_lists_overlap);
  ADD ("lint-empty-state", test_lint_empty_state);
  ADD ("lint-large-on-worker", test_lint_large_on_worker);
  ADD ("lint-finding-activates", test_lint_finding_activates);
  ADD ("lint-dismiss-and-restore", test_lint_dismiss_and_restore);
  ADD ("edit-creates-and-reverts-overlap", test_edit_creates_and_reverts_overlap);
  ADD ("edit-areas-creates-overlap", test_edit_areas_creates_overlap);
  ADD ("unowned-area-stands-out", test_unowned_area_stands_out);
  ADD ("refresh-without-change-keeps-widgets", test_refresh_without_change_keeps_widgets);
  ADD ("queued-refresh", test_queued_refresh);
  ADD ("party-without-name", test_party_without_name);
  ADD ("party-view", test_party_view);
#undef ADD

  return g_test_run ();
}
