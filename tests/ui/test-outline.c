/* test-outline.c: what the outline lists and what its rows say.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "concord-fields.h"
#include "concord-outline.h"
#include "concord-outline-part.h"
#include "ui-test-util.h"

static ConcordWindow *
open_published (const char *name)
{
  ConcordWindow *window = ui_new_window ();
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ui_open_file (window, file);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");
  g_assert_nonnull (concord_window_get_document (window));

  return window;
}

/* The title of each row, in order, with its subtitle after a tab. */
static GPtrArray *
outline_rows (ConcordWindow *window)
{
  ConcordOutline *outline = concord_window_get_outline (window);
  GListModel *items = concord_outline_get_items (outline);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *title = concord_outline_describe (outline, item, &subtitle);

      g_ptr_array_add (rows, g_strdup_printf ("%s\t%s", title, subtitle != NULL ? subtitle : ""));
    }

  return rows;
}

static guint
row_index (GPtrArray  *rows,
           const char *prefix)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (rows, i), prefix))
      return i;

  for (guint i = 0; i < rows->len; i++)
    g_printerr ("row %u: %s\n", i, (char *) g_ptr_array_index (rows, i));
  g_printerr ("no row starts with \"%s\"\n", prefix);
  g_assert_not_reached ();
}

/* The memorandum's lists each have a row, in printed order, and each annex
 * one of its own named by its letter. */
static void
test_lists_and_annexes (void)
{
  ConcordWindow *window = open_published ("data-sharing-umbrella.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (concord_window_get_document (window));
  g_autoptr(GPtrArray) rows = outline_rows (window);
  guint n_terms = g_list_model_get_n_items (concord_memorandum_get_terms (m));
  g_autofree char *terms = g_strdup_printf ("Definitions\t%u terms", n_terms);
  guint control = row_index (rows, "Document control\t");
  guint definitions = row_index (rows, terms);
  guint background = row_index (rows, "Background\t");
  guint annex_a = row_index (rows, "Annex 1\tExchange of employment data");
  guint annex_d = row_index (rows, "Annex 4\tContacts");

  g_assert_cmpuint (n_terms, >, 1);
  g_assert_cmpuint (row_index (rows, "Details\t"), <, control);
  g_assert_cmpuint (control, <, definitions);
  g_assert_cmpuint (definitions, <, background);
  g_assert_cmpuint (background, <, annex_a);
  g_assert_cmpuint (annex_a, <, annex_d);
  g_assert_cmpuint (annex_d, ==, rows->len - 1);
  /* The annexes come after the signatures. */
  g_assert_cmpuint (row_index (rows, "Signature"), <, annex_a);

  ui_destroy_window (window);
}

/* A clause with no heading is named by its opening words, cut at a word;
 * one with no words at all is still "Untitled clause". */
static void
test_unheaded_clause_opening_words (void)
{
  ConcordWindow *window = open_published ("framework.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (m), 0);
  ConcordClause *lead = concord_section_get_clause (section, 0);
  g_autoptr(ConcordClause) empty = concord_clause_new ("cl-empty");
  g_autoptr(ConcordClause) unbroken = concord_clause_new ("cl-unbroken");
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(GString) run = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;
  const char *row;
  guint i;

  g_assert_null (concord_clause_get_heading (lead));
  for (i = 0; i < 100000; i++)
    g_string_append_c (run, 'x');
  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, run->str));
  concord_clause_set_body (unbroken, body);
  concord_document_insert_clause (document, section, 1, empty);
  concord_document_insert_clause (document, section, 2, unbroken);

  rows = outline_rows (window);
  /* The lead is not numbered: its row is its words, with the party's
   * name as the document prints it. */
  row = g_ptr_array_index (rows, row_index (rows, "This framework document has been agreed between"));
  g_assert_null (strstr (row, "party-ref"));
  g_assert_nonnull (strstr (row, "…\t"));
  g_assert_cmpuint (g_utf8_strlen (row, strchr (row, '\t') - row), <=, 61);
  row_index (rows, "1  Untitled clause\t");
  row = g_ptr_array_index (rows, row_index (rows, "2  xxxx"));
  g_assert_cmpuint (g_utf8_strlen (row, strchr (row, '\t') - row), ==, 3 + 60 + 1);

  ui_destroy_window (window);
}

/* Opening words that start with a party's name start with a capital, as
 * the document prints them, though the name is written "the HWB". */
static void
test_opening_words_capital (void)
{
  ConcordWindow *window = open_published ("local-boards.mou");
  g_autoptr(GPtrArray) rows = outline_rows (window);

  row_index (rows, "6  The HWB reports to the Council’s Cabinet");
  g_assert_cmpstr (concord_party_get_short_name (concord_memorandum_find_party (ui_memorandum (window), "hwb")),
                   ==, "the HWB");

  ui_destroy_window (window);
}

/* The rows follow the lists as they change, and undo. */
static void
test_rows_follow_edits (void)
{
  ConcordWindow *window = open_published ("framework.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(ConcordTerm) term = concord_term_new ("t-regulator");
  g_autoptr(ConcordAnnex) annex = concord_annex_new ("annex-new");
  g_autoptr(GPtrArray) rows = NULL;
  guint n_annexes = g_list_model_get_n_items (concord_memorandum_get_annexes (m));

  rows = outline_rows (window);
  row_index (rows, "Definitions\tNo terms defined");
  g_clear_pointer (&rows, g_ptr_array_unref);

  concord_term_set_name (term, "Regulator");
  concord_document_insert_item (document, concord_memorandum_get_terms (m), 0, term);
  concord_annex_set_heading (annex, "Contacts");
  concord_document_insert_item (document, concord_memorandum_get_annexes (m), n_annexes, annex);
  rows = outline_rows (window);
  row_index (rows, "Definitions\t1 term");
  row_index (rows, "Annex B\tContacts");
  g_clear_pointer (&rows, g_ptr_array_unref);

  g_assert_nonnull (concord_document_undo (document));
  g_assert_nonnull (concord_document_undo (document));
  rows = outline_rows (window);
  row_index (rows, "Definitions\tNo terms defined");
  for (guint i = 0; i < rows->len; i++)
    g_assert_null (strstr (g_ptr_array_index (rows, i), "Contacts"));

  ui_destroy_window (window);
}

/* Undo shows what it changed: a term in the definitions, a version row in
 * the document control, the background in its pane, not the details. */
static void
test_undo_shows_list_row (void)
{
  ConcordWindow *window = open_published ("data-sharing-umbrella.mou");
  ConcordDocument *document = concord_window_get_document (window);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(ConcordTerm) term = g_list_model_get_item (concord_memorandum_get_terms (m), 0);
  g_autoptr(ConcordControlEntry) entry = g_list_model_get_item (concord_memorandum_get_control_entries (m), 0);
  g_autoptr(GPtrArray) recitals = concord_blocks_new ();
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (m), 0);
  GObject *clause = G_OBJECT (concord_section_get_clause (section, 0));

  g_ptr_array_add (recitals, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, "The parties share data."));
  concord_memorandum_set_recitals (m, recitals);
  concord_term_set_name (term, "the Data");
  concord_control_entry_set_summary (entry, "First version, corrected");

  concord_window_select (window, clause);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_window_get_edited (window) == ui_outline_part (window, CONCORD_OUTLINE_PART_DOCUMENT_CONTROL));
  concord_window_select (window, clause);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_window_get_edited (window) == ui_outline_part (window, CONCORD_OUTLINE_PART_DEFINITIONS));
  concord_window_select (window, clause);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_window_get_edited (window) == ui_outline_part (window, CONCORD_OUTLINE_PART_BACKGROUND));
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 0);
  /* Redo too. */
  concord_window_select (window, clause);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (concord_window_get_edited (window) == ui_outline_part (window, CONCORD_OUTLINE_PART_BACKGROUND));
  /* Anything else is shown as before: the details for the title. */
  concord_memorandum_set_title (m, "Umbrella");
  concord_window_select (window, clause);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (m));

  ui_destroy_window (window);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_combo_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_combo_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A clause's row names its status as a word of the interface, the word
 * the clause pane's status list chooses, never the file's "agreed"
 * (test-welsh.py hears it in Welsh). The facts after it are the
 * memorandum's own words, as printed. */
static void
test_status_words (void)
{
  const struct { const char *id; ConcordClauseStatus status; const char *subtitle; } clauses[] = {
    { "c-purpose", CONCORD_CLAUSE_STATUS_AGREED, "Agreed" },
    { "c-hwb", CONCORD_CLAUSE_STATUS_PROPOSED, "Proposed · Responsible: the HWB" },
    { "c-ctb", CONCORD_CLAUSE_STATUS_DISPUTED, "Disputed · Responsible: the Trust Board" },
  };
  ConcordWindow *window = open_published ("local-boards.mou");
  ConcordOutline *outline = concord_window_get_outline (window);
  ConcordMemorandum *m = ui_memorandum (window);

  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    {
      ConcordClause *clause = concord_memorandum_find_clause (m, clauses[i].id, NULL, NULL);
      const char *label = concord_clause_status_label (clauses[i].status);
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;
      GtkWidget *status_row;
      GObject *chosen;

      concord_clause_set_status (clause, clauses[i].status);
      title = concord_outline_describe (outline, G_OBJECT (clause), &subtitle);
      g_assert_cmpstr (subtitle, ==, clauses[i].subtitle);
      g_assert_true (g_str_has_prefix (subtitle, label));

      concord_window_select (window, G_OBJECT (clause));
      ui_wait_frames (GTK_WIDGET (window), 3);
      /* The row on screen says so, and so does the pane. */
      g_assert_nonnull (find_label (GTK_WIDGET (outline), clauses[i].subtitle));
      status_row = find_combo_row (GTK_WIDGET (concord_window_get_pane (window)), concord_field_label ("status"));
      g_assert_nonnull (status_row);
      chosen = adw_combo_row_get_selected_item (ADW_COMBO_ROW (status_row));
      g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (chosen)), ==, label);
    }

  ui_destroy_window (window);
}

static gboolean
outline_has (gpointer data)
{
  ConcordOutline *outline = data;
  guint *expected = g_object_get_data (data, "expected");

  return g_list_model_get_n_items (G_LIST_MODEL (concord_outline_get_selection_model (outline))) == *expected;
}

static guint
n_outline_items (ConcordMemorandum *m)
{
  GListModel *sections = concord_memorandum_get_sections (m);
  guint n = 1 + g_list_model_get_n_items (concord_memorandum_get_parties (m)) + 3 +
            g_list_model_get_n_items (concord_memorandum_get_signatures (m)) +
            g_list_model_get_n_items (concord_memorandum_get_annexes (m));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      n += 1 + concord_section_get_n_clauses (section);
    }

  return n;
}

/* A long memorandum's outline fills over several turns, and whatever asks
 * for an item before then still finds it. */
static void
test_long_outline_fills_in_turns (void)
{
  g_autofree char *dir = g_dir_make_tmp ("concord-outline-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.mou", NULL);
  g_autofree char *script = g_build_filename (SOURCE_ROOT, "tests", "bench", "generate.py", NULL);
  const char *argv[] = { "python3", script, "--seed", "5", "--clauses", "700", "--parties", "4", "-o", path, NULL };
  g_autofree char *ignored = ui_run (argv);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_document_new_from_file (file, &error);
  ConcordMemorandum *m;
  GtkWidget *window = gtk_window_new ();
  ConcordOutline *outline = CONCORD_OUTLINE (concord_outline_new ());
  GListModel *shown = G_LIST_MODEL (concord_outline_get_selection_model (outline));
  g_autoptr(ConcordSection) last_section = NULL;
  ConcordClause *last;
  guint expected;
  guint position;

  g_assert_no_error (error);
  m = concord_document_get_memorandum (document);
  expected = n_outline_items (m);
  g_assert_cmpuint (expected, >, 700);
  last_section = g_list_model_get_item (concord_memorandum_get_sections (m),
                                        g_list_model_get_n_items (concord_memorandum_get_sections (m)) - 1);
  last = concord_section_get_clause (last_section, concord_section_get_n_clauses (last_section) - 1);
  g_object_set_data (G_OBJECT (outline), "expected", &expected);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (outline));
  gtk_window_present (GTK_WINDOW (window));

  /* The first rows at once, the rest a batch a turn. */
  concord_outline_set_document (outline, document);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, expected);
  ui_wait_for (outline_has, outline);

  /* Asked before it is full, the outline finds the last clause in its
   * place, and selects it. */
  concord_outline_set_document (outline, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  concord_outline_set_document (outline, document);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, expected);
  g_assert_true (concord_outline_find (outline, G_OBJECT (last), &position));
  g_assert_cmpuint (position, ==, expected - 1 - g_list_model_get_n_items (concord_memorandum_get_signatures (m)) -
                                  g_list_model_get_n_items (concord_memorandum_get_annexes (m)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
  g_assert_true (concord_outline_select (outline, G_OBJECT (last)));
  g_assert_true (concord_outline_get_selected (outline) == G_OBJECT (last));

  /* A change of structure builds the whole list in one go. */
  concord_outline_set_document (outline, document);
  concord_outline_rebuild (outline);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);

  /* A window closed while the outline fills leaves nothing behind. */
  concord_outline_set_document (outline, document);
  g_object_add_weak_pointer (G_OBJECT (outline), (gpointer *) &outline);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (outline);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
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

  g_test_add_func ("/ui/outline/opening-words-capital", test_opening_words_capital);
  g_test_add_func ("/ui/outline/lists-and-annexes", test_lists_and_annexes);
  g_test_add_func ("/ui/outline/unheaded-clause-opening-words", test_unheaded_clause_opening_words);
  g_test_add_func ("/ui/outline/rows-follow-edits", test_rows_follow_edits);
  g_test_add_func ("/ui/outline/undo-shows-list-row", test_undo_shows_list_row);
  g_test_add_func ("/ui/outline/status-words", test_status_words);
  g_test_add_func ("/ui/outline/long-outline-fills-in-turns", test_long_outline_fills_in_turns);

  return g_test_run ();
}
