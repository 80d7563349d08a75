/* test-bilingual.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A bilingual memorandum in the window: the panes show each text beside
 * its counterpart, edits to the other language reach its own fields and
 * undo, Texts Match records that the two agree, and the details pane
 * makes a memorandum bilingual or not. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "concord-editor-pane.h"
#include "ui-test-util.h"

static char *scratch;

static ConcordWindow *
open_fixture (const char *as)
{
  g_autofree char *from = g_build_filename (SOURCE_ROOT, "tests", "data", "bilingual", "welsh-english.mou", NULL);
  g_autofree char *to = g_build_filename (scratch, as, NULL);
  g_autofree char *data = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (from, &data, &size, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) size, NULL));

  return ui_open_path (to);
}

/* The @n-th widget of @type under @root, depth first, or NULL. */
static GtkWidget *
find_nth (GtkWidget *root,
          GType      type,
          guint     *n)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (*n)-- == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_nth (child, type, n);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
pane_widget (ConcordWindow *window,
             GType          type,
             guint          n)
{
  GtkWidget *found = find_nth (GTK_WIDGET (concord_window_get_pane (window)), type, &n);

  g_assert_nonnull (found);
  return found;
}

/* The words of @blocks, references left out. Owned by the test. */
static const char *
blocks_text (GPtrArray *blocks)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    for (guint j = 0; j < concord_block_get_n_runs (g_ptr_array_index (blocks, i)); j++)
      {
        const ConcordRun *run = concord_block_get_run (g_ptr_array_index (blocks, i), j);

        if (run->kind == CONCORD_RUN_TEXT)
          g_string_append (text, run->text);
      }

  {
    const char *interned = g_intern_string (text->str);

    g_string_free (text, TRUE);
    return interned;
  }
}

static const char *
buffer_text (ConcordBodyEditor *editor)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (concord_body_editor_get_buffer (editor), &start, &end);
  text = gtk_text_buffer_get_text (concord_body_editor_get_buffer (editor), &start, &end, FALSE);

  return g_intern_string (text);
}

static GtkWidget *
state_row (ConcordWindow *window)
{
  return ui_pane_row (window, "Checked Together");
}

static const char *
state_text (ConcordWindow *window)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (state_row (window)));
}

static gboolean
translation_shown (gpointer data)
{
  GtkWidget *row = concord_editor_pane_find_row (concord_window_get_pane (data), "Heading in English");

  return row != NULL && gtk_widget_get_mapped (row);
}

static void
test_clause_pane (void)
{
  ConcordWindow *window = open_fixture ("clause.mou");
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordClause *clause = concord_memorandum_find_clause (m, "role-council", NULL, NULL);
  GtkWidget *button;
  ConcordBodyEditor *english;
  g_autofree char *welsh_before = NULL;

  concord_window_select (window, G_OBJECT (clause));
  ui_wait_for (translation_shown, window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Heading in English"))), ==,
                   "Signs on the beach");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Heading"))), ==,
                   "Arwyddion ar y traeth");
  g_assert_cmpstr (state_text (window), ==, "Not checked yet. When the two texts say the same, press Texts Match.");
  /* Both texts in view, one under the other. */
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (pane_widget (window, GTK_TYPE_SCROLLED_WINDOW, 0));
    GtkWidget *welsh = pane_widget (window, CONCORD_TYPE_BODY_EDITOR, 0);
    graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), at;

    ui_wait_frames (GTK_WIDGET (window), 5);
    g_assert_true (gtk_widget_compute_point (welsh, gtk_scrolled_window_get_child (scrolled), &origin, &at));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), at.y - 120);
  }
  ui_save_screenshot (GTK_WIDGET (window), "bilingual-clause", 30);

  /* The second body editor of the pane holds the English text, names
   * and references as chips. */
  english = CONCORD_BODY_EDITOR (pane_widget (window, CONCORD_TYPE_BODY_EDITOR, 1));
  /* Its chips name parties and terms in English. */
  g_assert_nonnull (strstr (ui_chip_texts (english), "Monitoring Site"));
  g_assert_nonnull (strstr (ui_chip_texts (english), "the Council"));
  welsh_before = g_strdup (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Heading"))));

  button = ui_find_button (GTK_WIDGET (concord_window_get_pane (window)), "Texts _Match");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (concord_clause_get_translation_state (clause), ==, CONCORD_TRANSLATION_IN_STEP);
  g_assert_cmpstr (state_text (window), ==, "The two texts say the same, as last checked.");
  g_assert_false (gtk_widget_get_sensitive (button));

  /* Typing in the English text: its own field changes, the Welsh stays,
   * and the Welsh is now the older text. */
  ui_type_at_end (concord_body_editor_get_buffer (english), " Each sign names the date of the sample.");
  g_assert_nonnull (strstr (blocks_text (concord_clause_get_translated_body (clause)),
                            "Each sign names the date of the sample."));
  g_assert_null (strstr (blocks_text (concord_clause_get_body (clause)), "Each sign"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Heading"))), ==, welsh_before);
  g_assert_cmpint (concord_clause_get_translation_state (clause), ==, CONCORD_TRANSLATION_TRANSLATION_CHANGED);
  g_assert_cmpstr (state_text (window), ==,
                   "The English text changed since the two were checked together: the Welsh is older.");
  g_assert_true (gtk_widget_get_sensitive (button));

  ui_type_into (window, "Heading in English", "Signs at each beach");
  g_assert_cmpstr (concord_clause_get_translated_heading (clause), ==, "Signs at each beach");
  g_assert_cmpstr (concord_clause_get_heading (clause), ==, "Arwyddion ar y traeth");

  /* Undo takes the heading, the text and then the check back. */
  ui_activate (window, "win.undo");
  g_assert_cmpstr (concord_clause_get_translated_heading (clause), ==, "Signs on the beach");
  ui_activate (window, "win.undo");
  g_assert_null (strstr (blocks_text (concord_clause_get_translated_body (clause)), "Each sign"));
  g_assert_cmpint (concord_clause_get_translation_state (clause), ==, CONCORD_TRANSLATION_IN_STEP);
  ui_activate (window, "win.undo");
  g_assert_null (concord_clause_get_translation_checked (clause));
  g_assert_cmpstr (state_text (window), ==, "Not checked yet. When the two texts say the same, press Texts Match.");

  ui_destroy_window (window);
}

static void
test_other_panes (void)
{
  ConcordWindow *window = open_fixture ("panes.mou");
  ConcordMemorandum *m = ui_memorandum (window);
  g_autoptr(ConcordParty) party = g_list_model_get_item (concord_memorandum_get_parties (m), 1);
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (m), 2);
  g_autoptr(ConcordAnnex) annex = g_list_model_get_item (concord_memorandum_get_annexes (m), 0);

  concord_window_select (window, G_OBJECT (party));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Name in English"))), ==,
                   "Ceredigion County Council");
  ui_type_into (window, "Short Name in English", "the County Council");
  g_assert_cmpstr (concord_party_get_translated_short_name (party), ==, "the County Council");
  g_assert_cmpstr (concord_party_get_short_name (party), ==, "y Cyngor");

  concord_window_select (window, G_OBJECT (section));
  ui_type_into (window, "Heading in English", "Where each remit stops");
  g_assert_cmpstr (concord_section_get_translated_heading (section), ==, "Where each remit stops");

  concord_window_select (window, G_OBJECT (annex));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Heading in English"))), ==,
                   "Monitoring sites");
  g_assert_nonnull (strstr (buffer_text (CONCORD_BODY_EDITOR (pane_widget (window, CONCORD_TYPE_BODY_EDITOR, 1))),
                            "near the glasshouse"));

  ui_destroy_window (window);
}

/* The details pane: the second language and how the two print; emptying
 * the language makes the memorandum one of one language, and the other
 * text's rows go. */
static void
test_details (void)
{
  ConcordWindow *window = open_fixture ("details.mou");
  ConcordMemorandum *m = ui_memorandum (window);
  const char *second = "Second Language, for a Bilingual Memorandum (for example en)";
  GtkWidget *layout;
  ConcordClause *clause = concord_memorandum_find_clause (m, "pur-purpose", NULL, NULL);

  concord_window_select (window, G_OBJECT (m));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, second))), ==, "en");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Title in English"))), ==,
                   "Memorandum of Understanding on Bathing Water Quality");
  layout = ui_pane_row (window, "Print the Two Languages");
  g_assert_true (gtk_widget_get_visible (layout));
  adw_combo_row_set_selected (ADW_COMBO_ROW (layout), 1);
  g_assert_cmpint (concord_memorandum_get_bilingual_layout (m), ==, CONCORD_BILINGUAL_LAYOUT_PARTS);

  /* Not a language: refused, and said so. */
  ui_type_into (window, second, "not a tag!");
  g_assert_cmpstr (concord_memorandum_get_translation_language (m), ==, "en");
  g_assert_true (gtk_widget_has_css_class (ui_pane_row (window, second), "error"));

  ui_type_into (window, second, "");
  g_assert_false (concord_memorandum_is_bilingual (m));
  g_assert_false (gtk_widget_get_visible (layout));
  g_assert_false (gtk_widget_get_visible (ui_pane_row (window, "Title in English")));
  concord_window_select (window, G_OBJECT (clause));
  {
    GtkWidget *row = concord_editor_pane_find_row (concord_window_get_pane (window), "Heading in English");

    g_assert_true (row == NULL || !gtk_widget_get_visible (row));
  }

  /* Welsh and French: the rows are titled with the language. */
  concord_window_select (window, G_OBJECT (m));
  ui_type_into (window, second, "fr");
  concord_window_select (window, G_OBJECT (clause));
  g_assert_true (gtk_widget_get_visible (ui_pane_row (window, "Heading in French")));

  ui_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  scratch = g_dir_make_tmp ("concord-bilingual-XXXXXX", NULL);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/bilingual/clause-pane", test_clause_pane);
  g_test_add_func ("/ui/bilingual/other-panes", test_other_panes);
  g_test_add_func ("/ui/bilingual/details", test_details);

  status = g_test_run ();
  g_free (scratch);

  return status;
}
