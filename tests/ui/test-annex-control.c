/* test-annex-control.c: the annex pane and the document-control pane.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-annex-pane.h"
#include "concord-body-editor.h"
#include "concord-control-pane.h"
#include "concord-control-row.h"
#include "concord-outline.h"
#include "concord-outline-part.h"
#include "concord-date-row.h"
#include "ui-test-util.h"

static char *scratch;

static ConcordWindow *
open_published (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);

  return ui_open_path (path);
}

static ConcordAnnex *
annex_at (ConcordWindow *window,
          guint          position)
{
  g_autoptr(ConcordAnnex) annex = g_list_model_get_item (concord_memorandum_get_annexes (ui_memorandum (window)), position);

  return annex;
}

static guint
n_annexes (ConcordWindow *window)
{
  return g_list_model_get_n_items (concord_memorandum_get_annexes (ui_memorandum (window)));
}

static ConcordAnnexPane *
annex_pane (ConcordWindow *window)
{
  ConcordEditorPane *pane = concord_window_get_pane (window);

  g_assert_true (CONCORD_IS_ANNEX_PANE (pane));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pane)));

  return CONCORD_ANNEX_PANE (pane);
}

/* The PDF the memorandum exports, as text. */
static char *
pdf_text (const char *path)
{
  g_autofree char *pdf = g_strconcat (path, ".pdf", NULL);
  char *out = ui_pdf_text (path);

  g_assert_cmpint (g_unlink (pdf), ==, 0);

  return out;
}

static char *
save (ConcordWindow *window,
      const char    *name)
{
  g_autofree char *path = g_build_filename (scratch, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (concord_document_save (concord_window_get_document (window), file, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

/* Heading and text of an annex, undone, redone, saved and read again. */
static void
test_annex_edit (void)
{
  ConcordWindow *window = open_published ("data-sharing-umbrella.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordAnnex *annex = annex_at (window, 1);
  g_autoptr(GBytes) before = concord_memorandum_serialize (ui_memorandum (window));
  GtkTextBuffer *buffer;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *row = NULL;
  g_autofree char *pdf = NULL;

  ui_select_item (window, G_OBJECT (annex));
  ui_wait_for (ui_is_ready, window);
  /* Own numbering: 1, 2, 3 in each annex. */
  g_assert_cmpstr (concord_annex_pane_get_numbering (annex_pane (window)), ==,
                   "Its paragraphs are numbered 1, 2, … as Details sets.");
  gtk_editable_set_text (GTK_EDITABLE (ui_pane_row (window, "Heading")), "Exchange of tax summaries");
  g_assert_cmpstr (concord_annex_get_heading (annex), ==, "Exchange of tax summaries");
  row = ui_outline_text (window, G_OBJECT (annex));
  g_assert_cmpstr (row, ==, "Annex 2\tExchange of tax summaries");

  buffer = concord_body_editor_get_buffer (CONCORD_BODY_EDITOR (concord_annex_pane_get_body_editor (annex_pane (window))));
  ui_type_at_end (buffer, "\nThe Authority keeps the summaries for two years.");
  g_assert_cmpuint (concord_annex_get_body (annex)->len, ==, 4);

  ui_save_screenshot (GTK_WIDGET (window), "annex-pane", 60);

  /* Undo takes back the text, then the heading; redo brings both. */
  ui_activate (window, "win.undo");
  g_assert_cmpuint (concord_annex_get_body (annex)->len, ==, 3);
  ui_activate (window, "win.undo");
  {
    g_autoptr(GBytes) now = concord_memorandum_serialize (ui_memorandum (window));

    g_assert_true (g_bytes_equal (now, before));
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Heading"))), ==,
                   "Exchange of self-assessment data");
  ui_activate (window, "win.redo");
  ui_activate (window, "win.redo");
  g_assert_cmpuint (concord_annex_get_body (annex)->len, ==, 4);
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (annex));

  path = save (window, "annex-edit.mou");
  g_assert_false (concord_document_get_modified (document));
  xml = ui_saved_xml (path);
  g_assert_nonnull (strstr (xml, "<heading>Exchange of tax summaries</heading>"));
  g_assert_nonnull (strstr (xml, "<p>The Authority keeps the summaries for two years.</p>\n  </annex>"));
  pdf = pdf_text (path);
  g_assert_nonnull (strstr (pdf, "Exchange of tax summaries"));
  g_assert_nonnull (strstr (pdf, "The Authority keeps the summaries for two years."));

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Each fixture's annexes show in the pane under the number they print,
 * with the numbering the renderer gives their paragraphs. */
static void
test_annex_fixtures (void)
{
  const char *fixtures[][3] = {
    { "local-boards.mou", "Annex A", "Its paragraphs are not numbered" },
    { "framework.mou", "Annex A", "Its paragraphs are not numbered" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      ConcordWindow *window = open_published (fixtures[i][0]);
      g_autoptr(ConcordNumbering) numbering = concord_numbering_new (ui_memorandum (window));
      g_autoptr(GPtrArray) labels = NULL;
      ConcordAnnex *annex = annex_at (window, 0);
      const char *described;

      ui_select_item (window, G_OBJECT (annex));
      labels = concord_numbering_label_annex (numbering, annex);
      described = concord_annex_pane_get_numbering (annex_pane (window));
      g_test_message ("%s: %s", fixtures[i][0], described);
      g_assert_cmpstr (concord_numbering_get_annex (numbering, annex), ==, fixtures[i][1]);
      /* The pane says what the renderer does. */
      if (labels->len > 0 && g_ptr_array_index (labels, 0) != NULL)
        g_assert_nonnull (strstr (described, g_ptr_array_index (labels, 0)));
      else
        g_assert_true (g_str_has_prefix (described, fixtures[i][2]));
      ui_destroy_window (window);
    }
}

/* The first clause refers to annex 3 and to a paragraph of annex 2. */
static ConcordClause *
refer_to_annexes (ConcordWindow *window)
{
  ConcordDocument *document = concord_window_get_document (window);
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (ui_memorandum (window));
  ConcordClause *clause = g_ptr_array_index (clauses, 0);
  g_autoptr(GPtrArray) annex_body = concord_blocks_copy (concord_annex_get_body (annex_at (window, 1)));
  g_autoptr(GPtrArray) body = concord_blocks_copy (concord_clause_get_body (clause));
  ConcordBlock *block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);
  g_auto(GValue) value = G_VALUE_INIT;

  concord_block_set_id (g_ptr_array_index (annex_body, 2), "quality-report");
  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&value, annex_body);
  concord_document_set_property (document, G_OBJECT (annex_at (window, 1)), "body", &value);
  concord_block_append_run (block, CONCORD_RUN_TEXT, "Trade data: see ", FALSE);
  concord_block_append_run (block, CONCORD_RUN_CLAUSE, "annex-3", TRUE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, "; the quality report: ", FALSE);
  concord_block_append_run (block, CONCORD_RUN_CLAUSE, "quality-report", TRUE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, ".", FALSE);
  g_ptr_array_add (body, block);
  g_value_unset (&value);
  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&value, body);
  concord_document_set_property (document, G_OBJECT (clause), "body", &value);

  return clause;
}

static void
test_annex_add_move_remove (void)
{
  ConcordWindow *window = open_published ("data-sharing-umbrella.mou");
  ConcordAnnex *added, *third = annex_at (window, 2), *fourth = annex_at (window, 3);
  AdwMessageDialog *dialog;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *row = NULL;

  refer_to_annexes (window);

  /* From the main menu's item, with the details shown: a new last annex,
   * shown and ready for its heading. */
  ui_activate (window, "win.annex-add");
  g_assert_cmpuint (n_annexes (window), ==, 5);
  added = annex_at (window, 4);
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (added));
  g_assert_true (gtk_widget_has_focus (gtk_root_get_focus (gtk_widget_get_root (ui_pane_row (window, "Heading")))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (ui_pane_row (window, "Heading"))),
                                         ui_pane_row (window, "Heading")));
  gtk_editable_set_text (GTK_EDITABLE (ui_pane_row (window, "Heading")), "Exchange of census data");
  row = ui_outline_text (window, G_OBJECT (added));
  g_assert_cmpstr (row, ==, "Annex 5\tExchange of census data");

  /* Annex 3 moved up is annex 2, and the reference says so. */
  ui_select_item (window, G_OBJECT (third));
  ui_activate (window, "win.annex-move-up");
  g_assert_true (annex_at (window, 1) == third);
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (third));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
                     ui_pane_row (window, "Heading"), ADW_TYPE_PREFERENCES_GROUP))), ==, "Annex 2");
  path = save (window, "annex-moved.mou");
  text = ui_cli_text (path);
  g_assert_nonnull (strstr (text, "Trade data: see Annex 2; the quality report: paragraph 3 of Annex 3."));
  /* Down again with Alt+Down's action, and undo. */
  ui_activate (window, "win.move-down");
  g_assert_true (annex_at (window, 2) == third);
  ui_activate (window, "win.undo");
  g_assert_true (annex_at (window, 1) == third);

  /* Removing annex 3 (now 2), which a clause refers to, asks first;
   * cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (annex_pane (window)), "annex.remove", NULL));
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove Annex 2?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "clause 1.1"));
  adw_message_dialog_response (dialog, "cancel");
  /* As its button does after answering. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_annexes (window), ==, 5);
  g_assert_true (annex_at (window, 1) == third);

  /* Agreed to, it goes, and its reference reads as it printed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (annex_pane (window)), "annex.remove", NULL));
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  /* As its button does after answering. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_annexes (window), ==, 4);
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (annex_at (window, 1)));
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);
  path = save (window, "annex-removed.mou");
  text = ui_cli_text (path);
  g_assert_nonnull (strstr (text, "Trade data: see Annex 2; the quality report: paragraph 3 of Annex 2."));
  g_assert_null (strstr (text, "Exchange of trade data"));
  /* One undo brings it back. */
  ui_activate (window, "win.undo");
  g_assert_cmpuint (n_annexes (window), ==, 5);
  g_assert_true (annex_at (window, 1) == third);
  ui_activate (window, "win.redo");
  g_assert_cmpuint (n_annexes (window), ==, 4);

  /* Annex 4 (Contacts, now 3), which nothing refers to, goes without asking. */
  ui_select_item (window, G_OBJECT (fourth));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (annex_pane (window)), "annex.remove", NULL));
  g_assert_null (ui_find_dialog ());
  g_assert_cmpuint (n_annexes (window), ==, 3);

  g_clear_pointer (&path, g_free);
  path = save (window, "annex-final.mou");
  pdf = pdf_text (path);
  g_assert_nonnull (strstr (pdf, "Exchange of census data"));
  g_assert_null (strstr (pdf, "Exchange of trade data"));

  ui_destroy_window (window);
}

/* Document control */

static ConcordControlPane *
control_pane (ConcordWindow *window)
{
  ConcordEditorPane *pane;

  ui_select_item (window, ui_outline_part (window, CONCORD_OUTLINE_PART_DOCUMENT_CONTROL));
  pane = concord_window_get_pane (window);
  g_assert_true (CONCORD_IS_CONTROL_PANE (pane));

  return CONCORD_CONTROL_PANE (pane);
}

static ConcordControlRow *
control_row (ConcordWindow *window,
             guint          index)
{
  ConcordEditorPane *pane = concord_window_get_pane (window);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (concord_control_pane_get_list (CONCORD_CONTROL_PANE (pane)), index);

  g_assert_true (CONCORD_IS_CONTROL_ROW (row));

  return CONCORD_CONTROL_ROW (row);
}

static guint
n_rows (ConcordWindow *window)
{
  ConcordEditorPane *pane = concord_window_get_pane (window);
  guint n = 0;

  while (gtk_list_box_get_row_at_index (concord_control_pane_get_list (CONCORD_CONTROL_PANE (pane)), n) != NULL)
    n++;

  return n;
}

static ConcordControlEntry *
entry_at (ConcordWindow *window,
          guint          position)
{
  g_autoptr(ConcordControlEntry) entry = g_list_model_get_item (concord_memorandum_get_control_entries (ui_memorandum (window)),
                                                                position);

  return entry;
}

static void
set_field (ConcordWindow *window,
           guint          index,
           const char    *field,
           const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (concord_control_row_get_field (control_row (window, index), field)), text);
}

static void
test_control_edit (void)
{
  ConcordWindow *window = open_published ("data-sharing-umbrella.mou");
  GObject *part = NULL;
  ConcordControlEntry *second;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *row = NULL;
  g_autoptr(GBytes) before = concord_memorandum_serialize (ui_memorandum (window));

  control_pane (window);
  part = ui_outline_part (window, CONCORD_OUTLINE_PART_DOCUMENT_CONTROL);
  g_assert_cmpuint (n_rows (window), ==, 3);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (control_row (window, 1))), ==, "Version 2.0");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (control_row (window, 1))), ==,
                   "2016-03 · Data Exchange Team · Annexes 3 and 4 added");
  second = entry_at (window, 1);

  /* Each field. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (control_row (window, 1)), TRUE);
  set_field (window, 1, "author", "Data Exchange Unit");
  set_field (window, 1, "summary", "Annexes 3 and 4 added; contacts updated");
  set_field (window, 1, "date", "2016-03-31");
  set_field (window, 1, "version", "2.0.1");
  g_assert_cmpstr (concord_control_entry_get_author (second), ==, "Data Exchange Unit");
  g_assert_cmpstr (concord_control_entry_get_summary (second), ==, "Annexes 3 and 4 added; contacts updated");
  g_assert_cmpstr (concord_control_entry_get_date (second), ==, "2016-03-31");
  g_assert_cmpstr (concord_control_entry_get_version (second), ==, "2.0.1");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (control_row (window, 1))), ==, "Version 2.0.1");
  /* A month date is a date too. */
  set_field (window, 1, "date", "2016-04");
  g_assert_cmpstr (concord_control_entry_get_date (second), ==, "2016-04");
  g_assert_null (concord_control_row_get_error (control_row (window, 1)));

  /* A bad date is refused, and says why; the model keeps the last good one. */
  set_field (window, 1, "date", "2016-13");
  g_assert_cmpstr (concord_control_entry_get_date (second), ==, "2016-04");
  g_assert_nonnull (concord_control_row_get_error (control_row (window, 1)));
  g_assert_nonnull (strstr (concord_control_row_get_error (control_row (window, 1)), "2016-11"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (concord_control_row_get_field (control_row (window, 1), "date")),
                                           "error"));
  ui_save_screenshot (GTK_WIDGET (window), "document-control-pane-error", 60);
  set_field (window, 1, "date", "2016-04-31");
  g_assert_cmpstr (concord_control_entry_get_date (second), ==, "2016-04");
  set_field (window, 1, "date", "2016-04-30");
  /* A day picked from the row's calendar is a date too. */
  {
    ConcordDateRow *date_row = CONCORD_DATE_ROW (concord_control_row_get_field (control_row (window, 1), "date"));
    g_autoptr(GDateTime) day = g_date_time_new_local (2017, 1, 9, 0, 0, 0);

    gtk_calendar_select_day (concord_date_row_get_calendar (date_row), day);
    g_assert_cmpstr (concord_control_entry_get_date (second), ==, "2017-01-09");
    g_assert_true (concord_date_row_get_allow_month (date_row));
  }
  set_field (window, 1, "date", "2016-04-30");
  g_assert_cmpstr (concord_control_entry_get_date (second), ==, "2016-04-30");
  g_assert_null (concord_control_row_get_error (control_row (window, 1)));
  /* So is another row's version, or none. */
  set_field (window, 1, "version", "2.1");
  g_assert_cmpstr (concord_control_entry_get_version (second), ==, "2.0.1");
  g_assert_nonnull (strstr (concord_control_row_get_error (control_row (window, 1)), "2.1"));
  set_field (window, 1, "version", "");
  g_assert_cmpstr (concord_control_entry_get_version (second), ==, "2.0.1");
  set_field (window, 1, "version", "2.0.1");
  g_assert_null (concord_control_row_get_error (control_row (window, 1)));

  /* Add: at the end, after 2.1, open with today's date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (concord_window_get_pane (window)), "control.add", NULL));
  g_assert_cmpuint (n_rows (window), ==, 4);
  g_assert_cmpstr (concord_control_entry_get_version (entry_at (window, 3)), ==, "2.2");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (control_row (window, 3))));
  set_field (window, 3, "summary", "Annex 5 added");
  set_field (window, 3, "author", "Statistics Authority");
  row = ui_outline_text (window, part);
  g_assert_cmpstr (row, ==, "Document control\t4 versions");
  ui_save_screenshot (GTK_WIDGET (window), "document-control-pane", 60);

  /* Reorder and remove through each row's buttons' actions. */
  {
    ConcordControlEntry *last = entry_at (window, 3);

    /* The last row goes no further down. */
    gtk_widget_activate_action (GTK_WIDGET (control_row (window, 3)), "control-row.move-down", NULL);
    g_assert_true (entry_at (window, 3) == last);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (control_row (window, 3)), "control-row.move-up", NULL));
  g_assert_cmpstr (concord_control_entry_get_version (entry_at (window, 2)), ==, "2.2");
  g_assert_cmpstr (concord_control_entry_get_version (concord_control_row_get_entry (control_row (window, 2))), ==, "2.2");
  /* It stays open after the move. */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (control_row (window, 2))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (control_row (window, 0)), "control-row.remove", NULL));
  g_assert_cmpuint (n_rows (window), ==, 3);
  g_assert_cmpstr (concord_control_entry_get_version (entry_at (window, 0)), ==, "2.0.1");

  path = save (window, "control.mou");
  xml = ui_saved_xml (path);
  g_assert_nonnull (strstr (xml,
    "    <entry version=\"2.0.1\" date=\"2016-04-30\" author=\"Data Exchange Unit\">Annexes 3 and 4 added; contacts updated</entry>\n"));
  g_assert_nonnull (strstr (xml, "author=\"Statistics Authority\">Annex 5 added</entry>\n"
                                 "    <entry version=\"2.1\" date=\"2016-11\" author=\"Data Exchange Team\">Legal basis updated</entry>\n"
                                 "  </document-control>"));
  g_assert_null (strstr (xml, "First umbrella memorandum"));
  pdf = pdf_text (path);
  g_assert_nonnull (strstr (pdf, "Annex 5 added"));
  g_assert_nonnull (strstr (pdf, "2.0.1"));
  g_assert_null (strstr (pdf, "First umbrella memorandum"));

  /* Undo takes it all back, the rows with it; redo brings it again. */
  while (concord_document_can_undo (concord_window_get_document (window)))
    ui_activate (window, "win.undo");
  {
    g_autoptr(GBytes) now = concord_memorandum_serialize (ui_memorandum (window));

    g_assert_true (g_bytes_equal (now, before));
  }
  control_pane (window);
  g_assert_cmpuint (n_rows (window), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (concord_control_row_get_field (control_row (window, 1), "author"))),
                   ==, "Data Exchange Team");
  while (concord_document_can_redo (concord_window_get_document (window)))
    ui_activate (window, "win.redo");
  {
    g_autoptr(GBytes) now = concord_memorandum_serialize (ui_memorandum (window));
    g_autoptr(GBytes) saved = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(ConcordMemorandum) reloaded = concord_memorandum_load_from_file (path, &error);

    g_assert_no_error (error);
    saved = concord_memorandum_serialize (reloaded);
    g_assert_true (g_bytes_equal (now, saved));
  }

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* A generated memorandum, given hundreds of rows from the pane. */
static void
test_control_many_rows (void)
{
  g_autofree char *path = g_build_filename (scratch, "generated.mou", NULL);
  g_autofree char *script = g_build_filename (SOURCE_ROOT, "tests", "bench", "generate.py", NULL);
  const char *argv[] = { "python3", script, "--seed", "11", "--clauses", "300", "--parties", "4", "-o", path, NULL };
  g_autofree char *ignored = ui_run (argv);
  ConcordWindow *window = ui_open_path (path);
  GListModel *entries = concord_memorandum_get_control_entries (ui_memorandum (window));
  ConcordEditorPane *pane;
  guint n = g_list_model_get_n_items (entries);
  g_autofree char *saved = NULL;
  g_autofree char *xml = NULL;

  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (n_annexes (window), ==, 3);
  pane = CONCORD_EDITOR_PANE (control_pane (window));
  for (guint i = 0; i < 300; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "control.add", NULL));
  g_assert_cmpuint (n_rows (window), ==, n + 300);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n + 300);
  /* The first row goes no further up. */
  {
    ConcordControlEntry *first = entry_at (window, 0);

    gtk_widget_activate_action (GTK_WIDGET (control_row (window, 0)), "control-row.move-up", NULL);
    g_assert_true (entry_at (window, 0) == first);
  }
  set_field (window, n + 299, "summary", "The last of many");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (control_row (window, n + 299)), "control-row.move-up", NULL));
  g_assert_cmpstr (concord_control_entry_get_summary (entry_at (window, n + 298)), ==, "The last of many");
  ui_wait_for (ui_is_ready, window);

  /* The generated annexes take a new one between them. */
  ui_select_item (window, G_OBJECT (annex_at (window, 0)));
  ui_activate (window, "win.annex-add");
  g_assert_cmpuint (n_annexes (window), ==, 4);
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (annex_at (window, 1)));

  saved = save (window, "generated-edited.mou");
  xml = ui_saved_xml (saved);
  g_assert_nonnull (strstr (xml, ">The last of many</entry>"));
  g_assert_nonnull (strstr (xml, "<heading>New annex</heading>"));

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (saved), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);
  int status;

  /* Drafts and recent files go to throwaway folders, never the user's. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  scratch = g_dir_make_tmp ("concord-annex-XXXXXX", NULL);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/annex/edit", test_annex_edit);
  g_test_add_func ("/ui/annex/fixtures", test_annex_fixtures);
  g_test_add_func ("/ui/annex/add-move-remove", test_annex_add_move_remove);
  g_test_add_func ("/ui/control/edit", test_control_edit);
  g_test_add_func ("/ui/control/many-rows", test_control_many_rows);

  status = g_test_run ();
  g_free (scratch);

  return status;
}
