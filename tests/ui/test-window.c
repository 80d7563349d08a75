/* test-window.c: the editor window, driven as a user would, under Xvfb.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-body-editor.h"
#include "concord-clause-pane.h"
#include "concord-drafts.h"
#include "concord-lint-item.h"
#include "concord-party-summary.h"
#include "concord-problems-button.h"
#include "concord-signature-pane.h"
#include "concord-window.h"
#include "ui-test-util.h"

static gboolean
transition_done (gpointer data)
{
  return !gtk_stack_get_transition_running (GTK_STACK (data));
}

static GtkStack *editor_stack (ConcordWindow *window);

static void
save_screenshot (ConcordWindow *window,
                 const char    *name)
{
  /* Let page transitions end first. */
  ui_wait_for (transition_done, gtk_widget_get_ancestor (GTK_WIDGET (concord_window_get_outline (window)),
                                                        GTK_TYPE_STACK));
  if (concord_window_get_pane (window) != NULL)
    ui_wait_for (transition_done, editor_stack (window));
  ui_save_screenshot (GTK_WIDGET (window), name, 3);
}

/* The pane's row with this title, as the user reads it. */
static GtkWidget *
pane_row (ConcordWindow *window,
          const char    *title)
{
  ConcordEditorPane *pane = concord_window_get_pane (window);
  GtkWidget *row;

  g_assert_nonnull (pane);
  row = concord_editor_pane_find_row (pane, title);
  g_assert_nonnull (row);

  return row;
}

static ConcordClausePane *
clause_pane (ConcordWindow *window)
{
  g_assert_true (CONCORD_IS_CLAUSE_PANE (concord_window_get_pane (window)));

  return CONCORD_CLAUSE_PANE (concord_window_get_pane (window));
}

static ConcordSignaturePane *
signature_pane (ConcordWindow *window)
{
  g_assert_true (CONCORD_IS_SIGNATURE_PANE (concord_window_get_pane (window)));

  return CONCORD_SIGNATURE_PANE (concord_window_get_pane (window));
}

static GtkWidget *
find_descendant_of_type (GtkWidget *widget,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static ConcordOutline *
outline_of (ConcordWindow *window)
{
  return concord_window_get_outline (window);
}

static ConcordViewsPane *
views (ConcordWindow *window)
{
  return concord_window_get_views_pane (window);
}

static ConcordStartPage *
start_page (ConcordWindow *window)
{
  return concord_window_get_start_page (window);
}

/* The stack of editor panes, which shows the pane of the edited item. */
static GtkStack *
editor_stack (ConcordWindow *window)
{
  g_assert_nonnull (concord_window_get_pane (window));

  return GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (concord_window_get_pane (window))));
}

/* The header bar's toggle for the views pane, as the user sees it. */
static gboolean
views_button_active (ConcordWindow *window)
{
  GtkWidget *header = find_descendant_of_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);

  /* The menu button holds a toggle of its own: find ours by its icon. */
  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL; )
    {
      if (GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "sidebar-show-right-symbolic") == 0)
        return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child));
      /* Depth first, without recursion. */
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != header && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child != header ? gtk_widget_get_next_sibling (child) : NULL;
        }
    }
  g_assert_not_reached ();
}

/* The bar that says another program changed the file. */
static GtkInfoBar *
changed_bar (ConcordWindow *window)
{
  GtkWidget *bar = find_descendant_of_type (GTK_WIDGET (window), GTK_TYPE_INFO_BAR);

  g_assert_nonnull (bar);

  return GTK_INFO_BAR (bar);
}

/* What the window's error page says. */
static const char *
error_message (ConcordWindow *window)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (concord_window_get_outline (window)), GTK_TYPE_STACK);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "error");

  return adw_status_page_get_description (ADW_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack))));
}

/* The count on the header bar's problems button, or NULL while it is hidden. */
static const char *
problems_label (ConcordWindow *window)
{
  GtkWidget *button = find_descendant_of_type (GTK_WIDGET (window), CONCORD_TYPE_PROBLEMS_BUTTON);

  g_assert_nonnull (button);

  return concord_problems_button_get_label (CONCORD_PROBLEMS_BUTTON (button));
}

static GtkWidget *
colour_button (ConcordWindow *window)
{
  GtkWidget *button = find_descendant_of_type (GTK_WIDGET (concord_window_get_pane (window)), GTK_TYPE_COLOR_BUTTON);

  g_assert_nonnull (button);

  return button;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static AdwPreferencesRow *
find_row (GtkListBox *list,
          const char *title)
{
  for (guint i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return ADW_PREFERENCES_ROW (row);
    }

  return NULL;
}

/* The outline item with this title, as the outline shows it. */
static GObject *
find_item (ConcordWindow *window,
           const char    *title)
{
  GListModel *model = concord_outline_get_items (outline_of (window));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *text = concord_outline_describe (outline_of (window), item, &subtitle);

      if (g_strcmp0 (text, title) == 0)
        return item;
    }

  return NULL;
}

static char *
item_subtitle (ConcordWindow *window,
               const char    *title)
{
  GObject *item = find_item (window, title);
  char *subtitle = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (item);
  text = concord_outline_describe (outline_of (window), item, &subtitle);

  return subtitle;
}

static void
select_outline_item (ConcordWindow *window,
                     GObject       *item)
{
  guint position;

  g_assert_nonnull (item);
  /* As a click on its row does it. */
  g_assert_true (concord_outline_find (outline_of (window), item, &position));
  g_assert_true (gtk_selection_model_select_item (concord_outline_get_selection_model (outline_of (window)),
                                                  position, TRUE));
  g_assert_true (concord_window_get_edited (window) == item);
}

static void
select_first (ConcordWindow *window)
{
  g_autoptr(GObject) item = g_list_model_get_item (concord_outline_get_items (outline_of (window)), 0);

  select_outline_item (window, item);
}

/* The clause text as the editor shows it: words, and the names on chips. */
static char *
body_display_text (ConcordWindow *window)
{
  GtkTextBuffer *buffer = concord_clause_pane_get_body_buffer (clause_pane (window));
  GString *out = g_string_new (NULL);
  GtkTextIter it;

  gtk_text_buffer_get_start_iter (buffer, &it);
  while (!gtk_text_iter_is_end (&it))
    {
      GtkTextChildAnchor *anchor = gtk_text_iter_get_child_anchor (&it);

      if (anchor != NULL)
        {
          guint n_widgets;
          g_autofree GtkWidget **widgets = gtk_text_child_anchor_get_widgets (anchor, &n_widgets);

          g_assert_cmpuint (n_widgets, ==, 1);
          g_string_append_printf (out, "<%s>", gtk_label_get_text (GTK_LABEL (widgets[0])));
        }
      else
        g_string_append_unichar (out, gtk_text_iter_get_char (&it));
      gtk_text_iter_forward_char (&it);
    }

  return g_string_free (out, FALSE);
}

static void
test_template_chooser (void)
{
  ConcordWindow *window = ui_new_window ();
  AdwPreferencesRow *row;

  g_assert_cmpstr (concord_window_get_page_name (window), ==, "start");
  g_assert_cmpuint (count_rows (concord_start_page_get_templates (start_page (window))), ==, 10);
  row = find_row (concord_start_page_get_templates (start_page (window)), "Memorandum of Understanding on the Sharing of Personal Data");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window)) == FALSE);
  save_screenshot (window, "template-chooser");

  /* Activating a template opens it. */
  g_signal_emit_by_name (concord_start_page_get_templates (start_page (window)), "row-activated", row);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");
  g_assert_nonnull (concord_window_get_document (window));

  ui_destroy_window (window);
}

static void
test_rename_party_follows_into_clauses (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  GObject *row;
  char *label;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  document = concord_window_get_document (window);
  g_assert_false (concord_document_get_modified (document));
  save_screenshot (window, "main-window-details");

  /* The outline shows clauses with their computed numbers. */
  row = find_item (window, "5  Local Government Association: improvement programme");
  g_assert_nonnull (row);
  select_outline_item (window, row);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_stack (window)), ==, "clause");
  label = body_display_text (window);
  g_assert_nonnull (strstr (label, "The <LGA> will:"));
  g_free (label);
  save_screenshot (window, "main-window-clause");

  /* Rename the party's short name in the party pane. */
  row = find_item (window, "Local Government Association");
  g_assert_nonnull (row);
  select_outline_item (window, row);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_stack (window)), ==, "party");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pane_row (window, "Short Name"))), ==, "LGA");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Short Name")), "Association");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Name")), "Local Government Association of England");
  save_screenshot (window, "main-window-party");

  /* The party's colour is picked from a colour button and kept as #rrggbb. */
  {
    ConcordParty *lga = concord_memorandum_find_party (concord_document_get_memorandum (document), "lga");
    GdkRGBA red = { 0.8, 0.1, 0.1, 1.0 };
    GdkRGBA shown;

    g_assert_cmpstr (concord_party_get_colour (lga), ==, "#1c71d8");
    gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (colour_button (window)), &shown);
    g_assert_cmpfloat_with_epsilon (shown.blue, 0xd8 / 255.0, 0.002);
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (colour_button (window)), &red);
    g_assert_cmpstr (concord_party_get_colour (lga), ==, "#cc1a1a");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpstr (concord_party_get_colour (lga), ==, "#1c71d8");
  }

  g_assert_true (concord_document_get_modified (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_nonnull (find_item (window, "Local Government Association of England"));

  row = find_item (window, "5  Local Government Association: improvement programme");
  select_outline_item (window, row);
  label = body_display_text (window);
  g_assert_nonnull (strstr (label, "The <Association> will:"));
  g_assert_null (strstr (label, "LGA"));
  g_free (label);

  /* Editing the heading renames the outline entry too. */
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Heading")), "Improvement programme");
  g_assert_nonnull (find_item (window, "5  Improvement programme"));

  ui_destroy_window (window);
}

static const ConcordBlock *
body_block (ConcordClause *clause,
            guint          index)
{
  GPtrArray *body = concord_clause_get_body (clause);

  g_assert_cmpuint (index, <, body->len);

  return g_ptr_array_index (body, index);
}

/* Types as the keyboard does: one user action per string. */
static void
type_at (GtkTextBuffer *buffer,
         int            line,
         int            offset,
         const char    *text)
{
  GtkTextIter iter;

  if (offset < 0)
    {
      gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
      if (!gtk_text_iter_ends_line (&iter))
        gtk_text_iter_forward_to_line_end (&iter);
    }
  else
    gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

static void
test_edit_clause_body (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  ConcordClause *clause;
  GtkTextBuffer *buffer;
  g_autoptr(GPtrArray) original = NULL;
  const ConcordBlock *block;
  const ConcordRun *run;
  GObject *row;
  char *text;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);
  row = find_item (window, "5  Local Government Association: improvement programme");
  g_assert_nonnull (row);
  select_outline_item (window, row);
  clause = CONCORD_CLAUSE (row);
  original = g_ptr_array_ref (concord_clause_get_body (clause));
  g_assert_cmpuint (original->len, ==, 5);
  buffer = concord_clause_pane_get_body_buffer (clause_pane (window));

  /* Typed words reach the clause and can be undone. */
  type_at (buffer, 0, -1, " act together and");
  block = body_block (clause, 0);
  g_assert_cmpint (concord_block_get_kind (block), ==, CONCORD_BLOCK_PARAGRAPH);
  run = concord_block_get_run (block, concord_block_get_n_runs (block) - 1);
  g_assert_cmpstr (run->text, ==, " will: act together and");
  g_assert_true (concord_document_get_modified (document));

  /* Enter at the end of an item makes another item at its level. */
  type_at (buffer, 4, -1, "\nreport each year on the programme.");
  g_assert_cmpuint (concord_clause_get_body (clause)->len, ==, 6);
  block = body_block (clause, 5);
  g_assert_cmpint (concord_block_get_kind (block), ==, CONCORD_BLOCK_ITEM);
  g_assert_cmpuint (concord_block_get_level (block), ==, 1);
  g_assert_cmpstr (concord_block_get_run (block, 0)->text, ==, "report each year on the programme.");

  /* Ctrl+] makes it an item within the item before it. */
  g_assert_true (gtk_widget_activate_action (concord_clause_pane_get_body_editor (clause_pane (window)), "body.indent", NULL));
  block = body_block (clause, 5);
  g_assert_cmpuint (concord_block_get_level (block), ==, 2);
  g_assert_true (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (gtk_widget_get_last_child (gtk_widget_get_first_child (
      gtk_widget_get_first_child (concord_clause_pane_get_body_editor (clause_pane (window))))))));

  /* A party reference from the menu is a chip, and a run naming the party. */
  g_assert_true (gtk_widget_activate_action (concord_clause_pane_get_body_editor (clause_pane (window)), "body.insert-party",
                                             "s", "ofsted"));
  block = body_block (clause, 5);
  run = concord_block_get_run (block, concord_block_get_n_runs (block) - 1);
  g_assert_cmpint (run->kind, ==, CONCORD_RUN_PARTY);
  g_assert_cmpstr (run->text, ==, "ofsted");
  text = body_display_text (window);
  g_assert_nonnull (strstr (text, "report each year on the programme.<Ofsted>"));
  g_free (text);
  save_screenshot (window, "main-window-clause-body");

  /* Renaming the party renames the chip at once. */
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "the Inspectorate");
    concord_document_set_property (document, G_OBJECT (concord_memorandum_find_party (m, "ofsted")),
                                   "short-name", &value);
  }
  text = body_display_text (window);
  g_assert_nonnull (strstr (text, "<the Inspectorate>"));
  g_assert_null (strstr (text, "Ofsted"));
  g_free (text);

  /* Backspace deletes a chip as one character. */
  {
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_place_cursor (buffer, &end);
    gtk_text_buffer_begin_user_action (buffer);
    g_assert_true (gtk_text_buffer_backspace (buffer, &end, TRUE, TRUE));
    gtk_text_buffer_end_user_action (buffer);
    block = body_block (clause, 5);
    g_assert_cmpuint (concord_block_get_n_runs (block), ==, 1);
  }

  /* Undo, step by step, back to the template's text; the editor follows. */
  while (concord_document_can_undo (document))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_blocks_equal (concord_clause_get_body (clause), original));
  text = body_display_text (window);
  g_assert_null (strstr (text, "report each year"));
  g_assert_nonnull (strstr (text, "The <LGA> will:\n"));
  g_free (text);

  /* Notes are edited one per line and never printed. */
  gtk_text_buffer_set_text (concord_clause_pane_get_notes_buffer (clause_pane (window)), "Check with DfE\n\n  Ask Solace  ", -1);
  {
    const char * const *notes = concord_clause_get_notes (clause);

    g_assert_nonnull (notes);
    g_assert_cmpstr (notes[0], ==, "Check with DfE");
    g_assert_cmpstr (notes[1], ==, "Ask Solace");
    g_assert_null (notes[2]);
  }

  ui_destroy_window (window);
}

static void
test_undo_and_redo (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  ConcordParty *lga;
  GObject *row;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);
  lga = concord_memorandum_find_party (m, "lga");
  g_assert_false (concord_document_can_undo (document));

  row = find_item (window, "Local Government Association");
  select_outline_item (window, row);

  /* Typing in one field is one edit; another field is another edit. */
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Short Name")), "L");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Short Name")), "LG");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Short Name")), "LGA England");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Signatory’s Name")), "Jane Smith");
  g_assert_cmpstr (concord_party_get_short_name (lga), ==, "LGA England");

  /* Undo from another item: the change is undone and its item shown. */
  select_first (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (concord_party_get_signatory_person (lga));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_stack (window)), ==, "party");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pane_row (window, "Signatory’s Name"))), ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (concord_party_get_short_name (lga), ==, "LGA");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pane_row (window, "Short Name"))), ==, "LGA");
  g_assert_false (concord_document_can_undo (document));
  /* Back where it started: nothing is unsaved, and the title says so. */
  g_assert_false (concord_document_get_modified (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (concord_party_get_short_name (lga), ==, "LGA England");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (concord_party_get_signatory_person (lga), ==, "Jane Smith");
  g_assert_false (concord_document_can_redo (document));

  g_assert_true (concord_document_get_modified (document));

  /* A new edit after undo clears what could be redone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Signatory’s Title or Office")), "Chair of the Board");
  g_assert_false (concord_document_can_redo (document));

  /* The saved point moves with a save: undo from there is a change, redo
   * back to it is not. A save point dropped from the history stays
   * changed. */
  concord_document_set_modified (document, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Signatory’s Title or Office")), "Chair");
  g_assert_true (concord_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (concord_party_get_signatory_title (lga), ==, "Chair of the Board");
  g_assert_false (concord_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_false (concord_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Short Name")), "L.G.A.");
  g_assert_true (concord_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (concord_document_get_modified (document));

  ui_destroy_window (window);
}

static void
test_add_move_remove_clauses (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  GObject *row;
  ConcordClause *added;
  ConcordSection *section;
  guint position;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);

  row = find_item (window, "5  Local Government Association: improvement programme");
  select_outline_item (window, row);

  /* A new clause comes after the selected one, with the next number, and
   * the clauses after it are renumbered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clause-add", NULL));
  g_assert_true (CONCORD_IS_CLAUSE (concord_window_get_edited (window)));
  added = CONCORD_CLAUSE (concord_window_get_edited (window));
  /* The selected clause is a role; the new one is general until the
   * drafter says otherwise. */
  g_assert_cmpint (concord_clause_get_kind (CONCORD_CLAUSE (row)), ==, CONCORD_CLAUSE_KIND_ROLE);
  g_assert_cmpint (concord_clause_get_kind (added), ==, CONCORD_CLAUSE_KIND_GENERAL);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Heading")), "Local Government Association: data");
  g_assert_nonnull (find_item (window, "6  Local Government Association: data"));
  g_assert_nonnull (find_item (window, "7  Local Government Association: peer challenge"));
  g_assert_nonnull (concord_memorandum_find_clause (m, concord_clause_get_id (added), &section, &position));
  g_assert_cmpuint (position, ==, 2);

  /* Reordering with the keyboard's actions: numbers follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clause-move-up", NULL));
  g_assert_nonnull (find_item (window, "5  Local Government Association: data"));
  g_assert_nonnull (find_item (window, "6  Local Government Association: improvement programme"));
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (added));
  save_screenshot (window, "main-window-new-clause");

  /* Undo walks back through the move, the heading and the insertion. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (find_item (window, "6  Local Government Association: data"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (concord_clause_get_heading (added));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (concord_memorandum_find_clause (m, concord_clause_get_id (added), NULL, NULL));
  g_assert_nonnull (find_item (window, "6  Local Government Association: peer challenge"));

  /* Redo brings it back; removing it takes it out again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_nonnull (concord_memorandum_find_clause (m, concord_clause_get_id (added), NULL, NULL));
  select_outline_item (window, G_OBJECT (added));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clause-remove", NULL));
  g_assert_null (concord_memorandum_find_clause (m, concord_clause_get_id (added), NULL, NULL));
  g_assert_nonnull (find_item (window, "6  Local Government Association: peer challenge"));

  ui_destroy_window (window);
}

static gboolean
has_drafts (gpointer data)
{
  g_autoptr(GPtrArray) drafts = concord_drafts_list ();

  return drafts->len == GPOINTER_TO_UINT (data);
}

/* Earlier tests may leave drafts of their own edits (a window that loses
 * focus with an edit pending writes one, as it should): start clean. */
static void
clear_drafts (void)
{
  g_autoptr(GPtrArray) drafts = concord_drafts_list ();

  for (guint i = 0; i < drafts->len; i++)
    concord_drafts_remove (((ConcordDraftInfo *) g_ptr_array_index (drafts, i))->id);
}

static void
test_draft_survives_crash (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  ConcordWindow *window;
  ConcordDocument *document;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "attendance.mou", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) original = concord_template_instantiate ("data-sharing", &error);
  g_autoptr(ConcordMemorandum) saved = NULL;
  g_autofree char *saved_path = NULL;
  GtkListBoxRow *row;

  g_assert_true (concord_memorandum_save (original, path, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_settings_set_uint (settings, "autosave-delay", 100);
  clear_drafts ();
  g_assert_true (has_drafts (GUINT_TO_POINTER (0)));

  window = ui_new_window ();
  g_assert_false (concord_start_page_get_has_drafts (start_page (window)));
  ui_open_file (window, file);
  select_first (window);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Title")), "Sharing Data on School Attendance");

  /* The draft is written shortly after the edit; the file is untouched. */
  ui_wait_for (has_drafts, GUINT_TO_POINTER (1));
  {
    g_autofree char *now = NULL;

    g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, before);
  }

  /* The window goes away without being asked, as in a crash. */
  gtk_window_destroy (GTK_WINDOW (window));

  window = ui_new_window ();
  g_assert_true (concord_start_page_get_has_drafts (start_page (window)));
  row = gtk_list_box_get_row_at_index (concord_start_page_get_drafts (start_page (window)), 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Sharing Data on School Attendance");
  save_screenshot (window, "recover-drafts");
  g_signal_emit_by_name (concord_start_page_get_drafts (start_page (window)), "row-activated", row);
  /* The draft loads on a worker thread, as a file does. */
  g_assert_true (concord_window_get_opening (window));
  ui_wait_for (ui_is_opened, window);
  g_assert_false (concord_start_page_get_has_drafts (start_page (window)));

  document = concord_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (concord_document_get_modified (document));
  saved_path = g_file_get_path (concord_document_get_file (document));
  g_assert_cmpstr (saved_path, ==, path);

  /* Saving writes the recovered work to its file and drops the draft. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (concord_document_get_modified (document));
  g_assert_true (has_drafts (GUINT_TO_POINTER (0)));
  saved = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (saved), ==, "Sharing Data on School Attendance");

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static gboolean
facts_built (gpointer data)
{
  ConcordWindow *window = data;

  return !concord_clause_pane_get_facts_pending (clause_pane (window));
}

/* The selected item's row is on screen and shows the item's title. */
static gboolean
selected_row_in_view (gpointer data)
{
  ConcordWindow *window = data;
  GObject *selected = concord_outline_get_selected (outline_of (window));
  GtkWidget *row = selected != NULL ? concord_outline_get_row (outline_of (window), selected) : NULL;
  GtkWidget *scroller = row != NULL ? gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW) : NULL;

  if (row != NULL)
    {
      graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), point;
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;

      if (gtk_widget_get_height (row) == 0 || !gtk_widget_compute_point (row, scroller, &origin, &point))
        return FALSE;
      title = concord_outline_describe (outline_of (window), selected, &subtitle);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (row))), ==, title);

      return point.y >= 0 && point.y + gtk_widget_get_height (row) <= gtk_widget_get_height (scroller);
    }

  return FALSE;
}

static void
test_structured_facts (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "facts.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  ConcordMemorandum *m;
  ConcordClause *clause;
  const char * const *areas;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  m = concord_document_get_memorandum (concord_window_get_document (window));
  select_outline_item (window, G_OBJECT (concord_memorandum_find_clause (m, "role-ofsted", NULL, NULL)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clause-add", NULL));
  clause = CONCORD_CLAUSE (concord_window_get_edited (window));
  /* The new clause, far down the outline, is scrolled into view. */
  ui_wait_for (selected_row_in_view, window);

  /* A new clause is general, with no facts; made a role, it names its
   * owner from the parties of the memorandum. */
  g_assert_cmpint (concord_clause_get_kind (clause), ==, CONCORD_CLAUSE_KIND_GENERAL);
  g_assert_cmpuint (concord_clause_pane_get_fact_rows (clause_pane (window))->len, ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (pane_row (window, "Kind")), CONCORD_CLAUSE_KIND_ROLE);
  ui_wait_for (facts_built, window);
  g_assert_cmpuint (concord_clause_pane_get_fact_rows (clause_pane (window))->len, ==, 1);
  adw_combo_row_set_selected (g_ptr_array_index (concord_clause_pane_get_fact_rows (clause_pane (window)), 0), 4);
  g_assert_cmpstr (concord_clause_get_owner (clause), ==, "dfe");

  /* Another kind asks for other facts. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (pane_row (window, "Kind")), CONCORD_CLAUSE_KIND_ACCOUNTABILITY);
  ui_wait_for (facts_built, window);
  g_assert_cmpuint (concord_clause_pane_get_fact_rows (clause_pane (window))->len, ==, 4);
  adw_combo_row_set_selected (g_ptr_array_index (concord_clause_pane_get_fact_rows (clause_pane (window)), 0), 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (concord_clause_pane_get_fact_rows (clause_pane (window)), 2)), "the public");
  g_assert_cmpstr (concord_clause_get_accountable (clause), ==, "lga");
  g_assert_cmpstr (concord_clause_get_to_body (clause), ==, "the public");

  /* Area tags are cleaned into names the file format accepts. */
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Areas (separated by spaces, for example peer-challenge)")), "peer-challenge, post inspection! 9lives peer-challenge");
  g_signal_emit_by_name (pane_row (window, "Areas (separated by spaces, for example peer-challenge)"), "apply");
  areas = concord_clause_get_areas (clause);
  g_assert_cmpuint (g_strv_length ((char **) areas), ==, 4);
  g_assert_cmpstr (areas[0], ==, "peer-challenge");
  g_assert_cmpstr (areas[1], ==, "post");
  g_assert_cmpstr (areas[2], ==, "inspection-");
  g_assert_cmpstr (areas[3], ==, "lives");

  /* Completion offers the areas other clauses use, those that start with
   * the word being typed first, and not those the clause already has. */
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Areas (separated by spaces, for example peer-challenge)")), "post inspection- lives lead");
  {
    g_autoptr(GMenuModel) menu = concord_clause_pane_build_areas_menu (clause_pane (window));
    g_autofree char *first = NULL;
    g_autofree char *label = NULL;
    int n = g_menu_model_get_n_items (menu);

    g_assert_cmpint (n, >, 5);
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &first));
    g_assert_cmpstr (first, ==, "leadership-development");
    for (int i = 0; i < n; i++)
      {
        g_clear_pointer (&label, g_free);
        g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
        g_assert_cmpstr (label, !=, "peer-challenge");
      }
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (clause_pane (window)), "clause.add-area", "s",
                                             "leadership-development"));
  areas = concord_clause_get_areas (clause);
  g_assert_cmpuint (g_strv_length ((char **) areas), ==, 4);
  g_assert_cmpstr (areas[3], ==, "leadership-development");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pane_row (window, "Areas (separated by spaces, for example peer-challenge)"))), ==,
                   "post inspection- lives leadership-development");
  ui_wait_for (facts_built, window);
  save_screenshot (window, "main-window-facts");

  /* An impossible date never reaches the model; a real one does. */
  select_first (window);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Effective date")), "2026-13-45");
  g_assert_null (concord_memorandum_get_effective_date (m));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pane_row (window, "Effective date")), "error"));
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Effective date")), "2026-12-01");
  g_assert_cmpstr (concord_memorandum_get_effective_date (m), ==, "2026-12-01");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (pane_row (window, "Effective date")), "error"));
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Language (for example en-GB)")), "");
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "en-GB");

  /* What the panes made is a valid memorandum. */
  g_assert_true (concord_document_save (concord_window_get_document (window), file, &error));
  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_clause_get_to_body (concord_memorandum_find_clause (reloaded, concord_clause_get_id (clause), NULL, NULL)),
                   ==, "the public");

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static gboolean
bar_revealed (gpointer data)
{
  return gtk_info_bar_get_revealed (changed_bar (CONCORD_WINDOW (data)));
}

static void
test_file_changed_on_disk (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "shared.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) original = concord_template_instantiate ("two-party-partnership", &error);
  g_autoptr(ConcordMemorandum) theirs = NULL;
  ConcordMemorandum *m;

  g_assert_true (concord_memorandum_save (original, path, &error));
  ui_open_file (window, file);
  g_assert_false (gtk_info_bar_get_revealed (changed_bar (window)));

  /* Our own save is not someone else's change. */
  select_first (window);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Reference")), "MOU/2026/07");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  {
    /* Nothing should happen, so give the monitor time to be wrong. */
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_false (gtk_info_bar_get_revealed (changed_bar (window)));

  /* Another program rewrites the file: the bar offers to reload. */
  theirs = concord_memorandum_load_from_file (path, &error);
  concord_memorandum_set_title (theirs, "Their Version");
  g_assert_true (concord_memorandum_save (theirs, path, &error));
  ui_wait_for (bar_revealed, window);
  save_screenshot (window, "file-changed-on-disk");

  gtk_info_bar_response (changed_bar (window), 1);
  m = concord_document_get_memorandum (concord_window_get_document (window));
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "Their Version");
  g_assert_false (gtk_info_bar_get_revealed (changed_bar (window)));
  g_assert_false (concord_document_get_modified (concord_window_get_document (window)));

  /* Keeping one's own version marks it changed, to be saved over theirs. */
  concord_memorandum_set_title (theirs, "Their Second Version");
  g_assert_true (concord_memorandum_save (theirs, path, &error));
  ui_wait_for (bar_revealed, window);
  gtk_info_bar_response (changed_bar (window), 2);
  g_assert_cmpstr (concord_memorandum_get_title (concord_document_get_memorandum (concord_window_get_document (window))),
                   ==, "Their Version");
  g_assert_true (concord_document_get_modified (concord_window_get_document (window)));

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
test_add_and_remove_parties (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  ConcordClause *clause;
  AdwMessageDialog *dialog;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after_undo = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  guint n_parties;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);
  n_parties = g_list_model_get_n_items (concord_memorandum_get_parties (m));
  before = concord_memorandum_serialize (m);

  /* A new party is added at the end and opened for editing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.party-add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_parties (m)), ==, n_parties + 1);
  g_assert_true (CONCORD_IS_PARTY (concord_window_get_edited (window)));
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Name")), "Local Government Improvement Board");
  g_assert_nonnull (find_item (window, "Local Government Improvement Board"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_parties (m)), ==, n_parties);

  /* Removing a party that clauses name says which, and asks. */
  select_outline_item (window, G_OBJECT (concord_memorandum_find_party (m, "lga")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.party-remove", NULL));
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "5 Local Government Association: improvement programme"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "22 Accountability of the Local Government Association"));
  adw_message_dialog_response (dialog, "remove");

  g_assert_null (concord_memorandum_find_party (m, "lga"));
  g_assert_null (concord_memorandum_find_signature (m, "lga"));
  clause = concord_memorandum_find_clause (m, "role-lga-improvement", NULL, NULL);
  g_assert_null (concord_clause_get_owner (clause));
  g_assert_cmpuint (concord_block_get_run (g_ptr_array_index (concord_clause_get_body (clause), 0), 0)->kind,
                    ==, CONCORD_RUN_TEXT);
  g_assert_null (find_item (window, "Local Government Association"));

  /* What is left is still a valid memorandum. */
  saved = concord_memorandum_serialize (m);
  reloaded = concord_memorandum_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                                "after-removal.mou", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);

  /* One undo brings the party and every reference back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  after_undo = concord_memorandum_serialize (m);
  g_assert_true (g_bytes_equal (before, after_undo));

  ui_destroy_window (window);
}

static ConcordSection *
section_at (ConcordMemorandum *m,
            guint              position)
{
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (m), position);

  return section;
}

static void
test_section_structure (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  ConcordSection *roles, *added;
  ConcordClause *clause;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "dropped.mou", NULL);
  GSList files = { NULL, NULL };
  guint n_sections, position;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);
  before = concord_memorandum_serialize (m);
  n_sections = g_list_model_get_n_items (concord_memorandum_get_sections (m));
  roles = section_at (m, 1);
  g_assert_cmpstr (concord_section_get_heading (roles), ==, "Roles");

  /* A section is added after the selected one, named, and given a clause. */
  select_outline_item (window, find_item (window, "Roles"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section-add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_sections (m)), ==, n_sections + 1);
  added = section_at (m, 2);
  g_assert_true (concord_window_get_edited (window) == G_OBJECT (added));
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Heading")), "Funding");
  g_assert_nonnull (find_item (window, "Funding"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clause-add", NULL));
  clause = CONCORD_CLAUSE (concord_window_get_edited (window));
  g_assert_true (concord_section_get_clause (added, 0) == clause);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Heading")), "Grants");
  /* Roles ends with clause 13; the new section's first clause is 14. */
  g_assert_nonnull (find_item (window, "14  Grants"));
  save_screenshot (window, "main-window-section");

  /* Alt+Up from the first clause of a section moves it to the end of the
   * section before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-up", NULL));
  g_assert_cmpuint (concord_section_get_n_clauses (added), ==, 0);
  position = concord_section_get_n_clauses (roles) - 1;
  g_assert_true (concord_section_get_clause (roles, position) == clause);
  g_assert_nonnull (find_item (window, "14  Grants"));

  /* Duplicate: a copy after the original, under a new id. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clause-duplicate", NULL));
  g_assert_cmpuint (concord_section_get_n_clauses (roles), ==, position + 2);
  g_assert_cmpstr (concord_clause_get_heading (concord_section_get_clause (roles, position + 1)), ==,
                   "Grants (copy)");
  g_assert_cmpstr (concord_clause_get_id (concord_section_get_clause (roles, position + 1)), !=,
                   concord_clause_get_id (clause));
  g_assert_nonnull (find_item (window, "15  Grants (copy)"));

  /* Dropping a clause on a section puts it first there; on a clause, before
   * it, or after it when dropped on the lower half. */
  g_assert_true (concord_outline_drop (outline_of (window), G_OBJECT (clause), G_OBJECT (added), FALSE));
  g_assert_true (concord_section_get_clause (added, 0) == clause);
  g_assert_true (concord_outline_drop (outline_of (window), G_OBJECT (clause),
                                            G_OBJECT (concord_section_get_clause (roles, 0)), FALSE));
  g_assert_true (concord_section_get_clause (roles, 0) == clause);
  g_assert_nonnull (find_item (window, "4  Grants"));
  g_assert_true (concord_outline_drop (outline_of (window), G_OBJECT (clause),
                                            G_OBJECT (concord_section_get_clause (roles, 1)), TRUE));
  g_assert_true (concord_section_get_clause (roles, 1) == clause);
  g_assert_nonnull (find_item (window, "5  Grants"));
  g_assert_false (concord_outline_drop (outline_of (window), G_OBJECT (clause), G_OBJECT (clause), FALSE));
  g_assert_false (concord_outline_drop (outline_of (window), G_OBJECT (clause), G_OBJECT (m), FALSE));

  /* Sections move with Alt+Up and Alt+Down, or by dropping one on another. */
  select_outline_item (window, G_OBJECT (added));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-up", NULL));
  g_assert_true (section_at (m, 1) == added);
  g_assert_true (concord_outline_drop (outline_of (window), G_OBJECT (added), G_OBJECT (section_at (m, 3)), FALSE));
  g_assert_true (section_at (m, 3) == added);

  /* Removing a section removes it; undo brings it back. */
  select_outline_item (window, G_OBJECT (added));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-item", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_sections (m)), ==, n_sections);
  g_assert_null (find_item (window, "Funding"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (find_item (window, "Funding"));

  /* Everything undone gives back the template, byte for byte. */
  while (concord_document_can_undo (document))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  after = concord_memorandum_serialize (m);
  g_assert_true (g_bytes_equal (before, after));

  /* A file dropped on a window with nothing open opens there. */
  g_assert_true (concord_memorandum_save (m, path, &error));
  g_assert_no_error (error);
  ui_destroy_window (window);
  window = ui_new_window ();
  files.data = g_file_new_for_path (path);
  g_assert_true (concord_window_open_files (window, &files));
  g_object_unref (files.data);
  ui_wait_for (ui_is_opened, window);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");
  g_assert_nonnull (find_item (window, "Roles"));
  g_assert_null (find_item (window, "Funding"));

  ui_destroy_window (window);
  g_unlink (path);
  g_rmdir (folder);
}

/* GtkRecentManager may reload its list (it watches its own file, which it
 * writes a little after each change), so wait for the row itself. */
static gboolean
recent_listed (gpointer data)
{
  ConcordWindow *window = data;

  return concord_start_page_get_has_recent (start_page (window)) &&
         find_row (concord_start_page_get_recent (start_page (window)), "recent.mou") != NULL;
}

/* A memorandum once opened is offered on the start page of a new window,
 * until the file goes away. */
static void
test_recent_files (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "recent.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("data-sharing", &error);
  AdwPreferencesRow *row;

  g_assert_no_error (error);
  g_assert_true (concord_memorandum_save (m, path, &error));
  ui_open_file (window, file);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");
  ui_destroy_window (window);

  window = ui_new_window ();
  ui_wait_for (recent_listed, window);
  row = find_row (concord_start_page_get_recent (start_page (window)), "recent.mou");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, folder);
  save_screenshot (window, "template-chooser-recent");
  /* The screenshot let the main loop run, and the list may have been
   * rebuilt: find the row again. */
  ui_wait_for (recent_listed, window);
  row = find_row (concord_start_page_get_recent (start_page (window)), "recent.mou");
  g_signal_emit_by_name (concord_start_page_get_recent (start_page (window)), "row-activated", row);
  /* A recent file loads on a worker thread, as any file does. */
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "opening");
  ui_wait_for (ui_is_opened, window);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");
  ui_destroy_window (window);

  /* A file that is gone is not offered. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  window = ui_new_window ();
  g_assert_null (find_row (concord_start_page_get_recent (start_page (window)), "recent.mou"));
  ui_destroy_window (window);
  g_rmdir (folder);
}

static gboolean
lint_count_is (gpointer data)
{
  gpointer *args = data;
  ConcordWindow *window = args[0];

  return concord_lint_view_get_n_findings (concord_views_pane_get_lint_view (views (window))) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
preview_at_generation (gpointer data)
{
  gpointer *args = data;
  ConcordWindow *window = args[0];

  return !concord_preview_get_busy (concord_views_pane_get_preview (views (window))) &&
         concord_preview_get_generation (concord_views_pane_get_preview (views (window))) >= GPOINTER_TO_UINT (args[1]) &&
         concord_preview_get_n_pages (concord_views_pane_get_preview (views (window))) > 0;
}

/* As a click on the view switcher does it. */
static void
show_view (ConcordWindow *window,
           const char    *name)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (concord_views_pane_get_stack (views (window)));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (g_strcmp0 (adw_view_stack_page_get_name (page), name) == 0)
        {
          g_assert_true (gtk_selection_model_select_item (pages, i, TRUE));
          g_assert_cmpstr (adw_view_stack_get_visible_child_name (concord_views_pane_get_stack (views (window))), ==, name);
          return;
        }
    }
  g_assert_not_reached ();
}

static gboolean
editing_a_clause (gpointer data)
{
  ConcordWindow *window = data;

  return CONCORD_IS_CLAUSE (concord_window_get_edited (window));
}

static gboolean
cell_is_overlap (ConcordWindow *window,
                 const char    *area,
                 const char    *party)
{
  int a = concord_matrix_view_find_area (concord_views_pane_get_matrix_view (views (window)), area);
  int p = concord_matrix_view_find_party (concord_views_pane_get_matrix_view (views (window)), party);

  return a >= 0 && p >= 0 &&
         gtk_widget_has_css_class (concord_matrix_view_get_cell (concord_views_pane_get_matrix_view (views (window)), a, p), "overlap");
}

static guint
find_finding (ConcordWindow *window,
              const char    *code,
              const char    *clause_id)
{
  GListModel *findings = concord_lint_view_get_findings (concord_views_pane_get_lint_view (views (window)));

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(ConcordLintItem) item = g_list_model_get_item (findings, i);
      const ConcordFinding *f = concord_lint_item_get_finding (item);

      if (g_strcmp0 (f->code, code) == 0 && g_strcmp0 (f->clause_id, clause_id) == 0)
        return i;
    }

  return G_MAXUINT;
}

/* The views of the whole agreement in the window: they follow edits and
 * undo, and lead back to the clauses behind them. */
static gboolean
lint_has_findings (gpointer data)
{
  return concord_lint_view_get_n_findings (concord_views_pane_get_lint_view (views (data))) > 0;
}

static void
test_whole_agreement_views (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  ConcordClause *solace;
  g_autoptr(GPtrArray) concerning = NULL;
  GListModel *outline;
  guint n_findings, n_clauses_shown = 0, position;
  gpointer args[2];
  const char *areas[] = { "corporate-leadership", "leadership-development", "national-policy", NULL };

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  document = concord_window_get_document (window);
  m = concord_document_get_memorandum (document);
  solace = concord_memorandum_find_clause (m, "role-solace", NULL, NULL);

  /* F9 shows the pane; the preview lays the memorandum out. */
  show_view (window, "preview");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (views (window))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-views", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (views (window))));
  g_assert_true (views_button_active (window));
  args[0] = window;
  args[1] = GUINT_TO_POINTER (1);
  ui_wait_for (preview_at_generation, args);
  select_outline_item (window, G_OBJECT (solace));
  save_screenshot (window, "views-preview");

  /* The header bar counts the problems; the template has one overlap.
   * The problems view checks on an idle of its own, apart from the
   * preview's layout, so wait for it. */
  ui_wait_for (lint_has_findings, window);
  n_findings = concord_lint_view_get_n_findings (concord_views_pane_get_lint_view (views (window)));
  g_assert_cmpuint (n_findings, >, 0);
  {
    g_autofree char *count = g_strdup_printf ("%u", n_findings);

    g_assert_cmpstr (problems_label (window), ==, count);
  }
  /* The matrix fills when its page is first shown. */
  show_view (window, "matrix");
  concord_matrix_view_refresh (concord_views_pane_get_matrix_view (views (window)));
  g_assert_true (cell_is_overlap (window, "leadership-development", "solace"));
  g_assert_false (cell_is_overlap (window, "national-policy", "solace"));
  show_view (window, "preview");

  /* Giving Solace the education department's national policy too is an
   * overlap: a finding and a doubly-owned cell; the preview follows. */
  {
    guint generation = concord_preview_get_generation (concord_views_pane_get_preview (views (window)));

    gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Areas (separated by spaces, for example peer-challenge)")), "corporate-leadership leadership-development national-policy");
    g_signal_emit_by_name (pane_row (window, "Areas (separated by spaces, for example peer-challenge)"), "apply");
    g_assert_true (g_strv_equal (concord_clause_get_areas (solace), areas));
    args[1] = GUINT_TO_POINTER (n_findings + 1);
    ui_wait_for (lint_count_is, args);
    args[1] = GUINT_TO_POINTER (generation + 1);
    ui_wait_for (preview_at_generation, args);
  }
  g_assert_true (find_finding (window, CONCORD_LINT_AREA_OVERLAP, "role-dfe") != G_MAXUINT ||
                 find_finding (window, CONCORD_LINT_AREA_OVERLAP, "role-solace") != G_MAXUINT);
  show_view (window, "matrix");
  concord_matrix_view_refresh (concord_views_pane_get_matrix_view (views (window)));
  g_assert_true (cell_is_overlap (window, "national-policy", "solace"));
  g_assert_true (cell_is_overlap (window, "national-policy", "dfe"));
  save_screenshot (window, "views-matrix");

  /* Undo takes both away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  args[1] = GUINT_TO_POINTER (n_findings);
  ui_wait_for (lint_count_is, args);
  concord_matrix_view_refresh (concord_views_pane_get_matrix_view (views (window)));
  g_assert_false (cell_is_overlap (window, "national-policy", "solace"));

  /* A finding leads to its clause; so does a matrix cell. */
  show_view (window, "problems");
  save_screenshot (window, "views-problems");
  select_first (window);
  position = find_finding (window, CONCORD_LINT_AREA_OVERLAP, "role-adcs");
  if (position == G_MAXUINT)
    position = find_finding (window, CONCORD_LINT_AREA_OVERLAP, "role-solace");
  g_assert_cmpuint (position, !=, G_MAXUINT);
  concord_lint_view_activate_finding (concord_views_pane_get_lint_view (views (window)), position);
  g_assert_true (CONCORD_IS_CLAUSE (concord_window_get_edited (window)));
  g_assert_true (g_str_equal (concord_clause_get_id (CONCORD_CLAUSE (concord_window_get_edited (window))), "role-adcs") ||
                 g_str_equal (concord_clause_get_id (CONCORD_CLAUSE (concord_window_get_edited (window))), "role-solace"));

  select_first (window);
  show_view (window, "matrix");
  concord_matrix_view_refresh (concord_views_pane_get_matrix_view (views (window)));
  gtk_widget_activate (concord_matrix_view_get_cell (concord_views_pane_get_matrix_view (views (window)),
                                                     concord_matrix_view_find_area (concord_views_pane_get_matrix_view (views (window)), "inspection"),
                                                     concord_matrix_view_find_party (concord_views_pane_get_matrix_view (views (window)), "ofsted")));
  /* A realized button shows itself pressed for a moment before it clicks. */
  ui_wait_for (editing_a_clause, window);
  g_assert_cmpstr (concord_clause_get_id (CONCORD_CLAUSE (concord_window_get_edited (window))), ==, "role-ofsted");

  /* Viewing as Ofsted, the outline lists exactly the clauses that name it. */
  show_view (window, "party");
  concord_party_view_set_party_id (concord_views_pane_get_party_view (views (window)), "ofsted");
  concerning = concord_memorandum_clauses_concerning (m, "ofsted");
  outline = concord_outline_get_items (outline_of (window));
  for (guint i = 0; i < g_list_model_get_n_items (outline); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (outline, i);

      if (!CONCORD_IS_CLAUSE (item))
        continue;
      g_assert_true (g_ptr_array_find (concerning, item, NULL));
      n_clauses_shown++;
    }
  g_assert_cmpuint (n_clauses_shown, ==, concerning->len);
  g_assert_cmpuint (concerning->len, >, 3);
  g_assert_false (concord_outline_find (
    outline_of (window), G_OBJECT (concord_memorandum_find_clause (m, "role-lga-improvement", NULL, NULL)), &position));
  save_screenshot (window, "views-party");

  /* All parties again: the whole outline is back. */
  concord_party_view_set_party_id (concord_views_pane_get_party_view (views (window)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (outline), ==, concord_outline_get_n_all_items (outline_of (window)));

  /* F9 again hides the pane, and the choice is remembered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-views", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (views (window))));
  g_assert_false (views_button_active (window));
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
    g_autofree char *page = g_settings_get_string (settings, "views-page");

    g_assert_false (g_settings_get_boolean (settings, "show-views"));
    g_assert_cmpstr (page, ==, "party");
  }

  ui_destroy_window (window);
}

static void
test_sections_and_signatures (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordMemorandum *m;
  ConcordSignature *sig;
  GObject *row;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  m = concord_document_get_memorandum (concord_window_get_document (window));

  /* A section heading is edited in its own pane. */
  row = find_item (window, "Roles");
  g_assert_nonnull (row);
  select_outline_item (window, row);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_stack (window)), ==, "section");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Heading")), "Roles of the parties");
  g_assert_nonnull (find_item (window, "Roles of the parties"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (find_item (window, "Roles"));

  /* Signatures are listed after the clauses and record who signed and when. */
  sig = concord_memorandum_find_signature (m, "adcs");
  row = find_item (window, "Signature of ADCS");
  g_assert_nonnull (row);
  {
    g_autofree char *subtitle = item_subtitle (window, "Signature of ADCS");

    g_assert_cmpstr (subtitle, ==, "Not signed yet");
  }
  select_outline_item (window, row);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_stack (window)), ==, "signature");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (pane_row (window, "Signed for"))), ==, "ADCS");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Signed by")), "Sam Jones");
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Date Signed (YYYY-MM-DD)")), "2026-02-30");
  g_assert_null (concord_signature_get_date (sig));
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Date Signed (YYYY-MM-DD)")), "2026-11-25");
  g_assert_cmpstr (concord_signature_get_person (sig), ==, "Sam Jones");
  g_assert_cmpstr (concord_signature_get_date (sig), ==, "2026-11-25");
  g_assert_true (concord_signature_is_recorded (sig));
  {
    g_autofree char *subtitle = item_subtitle (window, "Signature of ADCS");

    g_assert_cmpstr (subtitle, ==, "Signed");
  }

  /* A PNG image of the signature is taken, shown and undoable; anything
   * else, or anything too large, is refused with a reason. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *folder = g_dir_make_tmp ("concord-ui-XXXXXX", &error);
    g_autofree char *png = g_build_filename (folder, "signature.png", NULL);
    g_autofree char *text = g_build_filename (folder, "signature.txt", NULL);
    g_autofree char *huge = g_build_filename (folder, "huge.png", NULL);
    g_autoptr(GFile) png_file = g_file_new_for_path (png);
    g_autoptr(GFile) text_file = g_file_new_for_path (text);
    g_autoptr(GFile) huge_file = g_file_new_for_path (huge);
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/signature.png");
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 80);
    cairo_t *cr = cairo_create (surface);
    g_autofree char *huge_data = g_malloc0 (600 * 1024);

    cairo_set_source_rgb (cr, 0.1, 0.1, 0.4);
    cairo_set_line_width (cr, 4);
    cairo_move_to (cr, 10, 60);
    cairo_curve_to (cr, 60, 0, 120, 90, 230, 20);
    cairo_stroke (cr);
    cairo_destroy (cr);
    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy (surface);
    g_assert_true (g_file_set_contents (text, "not an image", -1, NULL));
    memcpy (huge_data, "\x89PNG\r\n\x1a\n", 8);
    g_assert_true (g_file_set_contents (huge, huge_data, 600 * 1024, NULL));

    g_assert_true (concord_signature_pane_set_image_file (signature_pane (window), png_file, &error));
    g_assert_no_error (error);
    g_assert_nonnull (concord_signature_get_image (sig));
    g_assert_true (concord_signature_pane_shows_image (signature_pane (window)));
    save_screenshot (window, "main-window-signature");

    g_assert_false (concord_signature_pane_set_image_file (signature_pane (window), text_file, &error));
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
    g_assert_nonnull (strstr (error->message, "not a PNG"));
    g_clear_error (&error);
    g_assert_false (concord_signature_pane_set_image_file (signature_pane (window), huge_file, &error));
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT);
    g_clear_error (&error);
    g_assert_false (concord_signature_pane_set_image_file (signature_pane (window), missing, &error));
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_IO);
    g_clear_error (&error);
    g_assert_nonnull (concord_signature_get_image (sig));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_null (concord_signature_get_image (sig));
    g_assert_false (concord_signature_pane_shows_image (signature_pane (window)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
    g_assert_nonnull (concord_signature_get_image (sig));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (signature_pane (window)), "signature.image-remove", NULL));
    g_assert_null (concord_signature_get_image (sig));

    g_unlink (png);
    g_unlink (text);
    g_unlink (huge);
    g_rmdir (folder);
  }

  ui_destroy_window (window);
}

static void
test_save_and_reload (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "saved.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) actual = NULL;
  ConcordDocument *document;

  g_assert_true (concord_window_open_template (window, "two-party-partnership"));
  document = concord_window_get_document (window);
  select_first (window);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Title")), "Partnership for Cleaner Rivers");
  g_assert_true (concord_document_get_modified (document));

  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  g_assert_false (concord_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "saved.mou");

  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (reloaded), ==, "Partnership for Cleaner Rivers");
  expected = concord_memorandum_serialize (concord_document_get_memorandum (document));
  actual = concord_memorandum_serialize (reloaded);
  g_assert_true (g_bytes_equal (expected, actual));

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
test_save_failure_keeps_document (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-folder/x.mou");
  g_autoptr(GError) error = NULL;
  ConcordDocument *document;

  g_assert_true (concord_window_open_template (window, "blank"));
  document = concord_window_get_document (window);
  select_first (window);
  gtk_editable_set_text (GTK_EDITABLE (pane_row (window, "Title")), "Unsaved title");
  g_assert_false (concord_document_save (document, file, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_IO);
  g_assert_true (concord_document_get_modified (document));
  g_assert_null (concord_document_get_file (document));

  ui_destroy_window (window);
}

static void
test_load_failure_is_shown (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "hostile", "billion-laughs.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *message;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  ui_open_file (window, file);
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "error");
  g_assert_null (concord_window_get_document (window));
  message = error_message (window);
  g_assert_nonnull (strstr (message, "billion-laughs.mou:"));
  g_assert_nonnull (strstr (message, "document type"));
  save_screenshot (window, "load-error");
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  ui_destroy_window (window);
}

static ConcordBlock *
block_with_id (ConcordBlockKind  kind,
               const char       *text,
               const char       *id)
{
  ConcordBlock *block = concord_block_new_text (kind, 1, text);

  concord_block_set_id (block, id);

  return block;
}

/* A paragraph or item that a cross-reference names keeps its id while its
 * words are edited, and lines opened around it take none. */
static void
test_edit_keeps_block_ids (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordClause *clause;
  GtkTextBuffer *buffer;
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  GObject *row;

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  row = find_item (window, "5  Local Government Association: improvement programme");
  g_assert_nonnull (row);
  clause = CONCORD_CLAUSE (row);
  g_ptr_array_add (body, block_with_id (CONCORD_BLOCK_PARAGRAPH, "Lead:", NULL));
  g_ptr_array_add (body, block_with_id (CONCORD_BLOCK_ITEM, "first;", "ref-first"));
  g_ptr_array_add (body, block_with_id (CONCORD_BLOCK_ITEM, "second;", NULL));
  g_ptr_array_add (body, block_with_id (CONCORD_BLOCK_ITEM, "third.", "ref-third"));
  concord_clause_set_body (clause, body);
  select_outline_item (window, row);
  buffer = concord_clause_pane_get_body_buffer (clause_pane (window));

  /* Words typed at the start of the line stay in its block. */
  type_at (buffer, 1, 0, "the very ");
  g_assert_cmpstr (concord_block_get_id (body_block (clause, 1)), ==, "ref-first");
  g_assert_cmpstr (concord_block_get_run (body_block (clause, 1), 0)->text, ==, "the very first;");

  /* A new item after it has no id; the named items keep theirs. */
  type_at (buffer, 1, -1, "\nan added item;");
  g_assert_cmpuint (concord_clause_get_body (clause)->len, ==, 5);
  g_assert_cmpstr (concord_block_get_id (body_block (clause, 1)), ==, "ref-first");
  g_assert_null (concord_block_get_id (body_block (clause, 2)));
  g_assert_null (concord_block_get_id (body_block (clause, 3)));
  g_assert_cmpstr (concord_block_get_id (body_block (clause, 4)), ==, "ref-third");

  /* Enter at the start of a line pushes it down with its id. */
  type_at (buffer, 4, 0, "\n");
  type_at (buffer, 4, 0, "inserted above;");
  g_assert_cmpuint (concord_clause_get_body (clause)->len, ==, 6);
  g_assert_null (concord_block_get_id (body_block (clause, 4)));
  g_assert_cmpstr (concord_block_get_id (body_block (clause, 5)), ==, "ref-third");
  g_assert_cmpstr (concord_block_get_run (body_block (clause, 5), 0)->text, ==, "third.");

  ui_destroy_window (window);
}

/* The text editor does not edit tables but keeps them: a table shows as a
 * chip on its own line, survives edits around it and on its line, and
 * goes only when its chip is deleted. */
static void
test_edit_keeps_tables (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordClause *clause;
  GtkTextBuffer *buffer;
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(ConcordTable) table = concord_table_new (2, NULL);
  g_autoptr(GPtrArray) cells = concord_blocks_new ();
  g_autoptr(ConcordBlock) table_block = NULL;
  GtkTextIter start, end;
  GObject *row;

  g_ptr_array_add (cells, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "Name"));
  g_ptr_array_add (cells, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "Telephone"));
  concord_table_set_header (table, TRUE);
  g_assert_true (concord_table_append_row (table, cells, NULL));
  g_assert_true (concord_table_append_row (table, cells, NULL));
  table_block = concord_block_new_table (table, NULL);

  g_assert_true (concord_window_open_template (window, "sector-led-improvement"));
  row = find_item (window, "5  Local Government Association: improvement programme");
  g_assert_nonnull (row);
  clause = CONCORD_CLAUSE (row);
  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "Contacts:"));
  g_ptr_array_add (body, concord_block_ref (table_block));
  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "After."));
  concord_clause_set_body (clause, body);
  select_outline_item (window, row);
  buffer = concord_body_editor_get_buffer (CONCORD_BODY_EDITOR (concord_clause_pane_get_body_editor (clause_pane (window))));
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, 3);

  type_at (buffer, 0, -1, " all");
  type_at (buffer, 2, 0, "And ");
  g_assert_cmpuint (concord_clause_get_body (clause)->len, ==, 3);
  g_assert_true (concord_block_equal (body_block (clause, 1), table_block));
  g_assert_cmpstr (concord_block_get_run (body_block (clause, 0), 0)->text, ==, "Contacts: all");
  g_assert_cmpstr (concord_block_get_run (body_block (clause, 2), 0)->text, ==, "And After.");

  /* Words typed on the table's line become a paragraph after it. */
  type_at (buffer, 1, -1, "Below.");
  g_assert_cmpuint (concord_clause_get_body (clause)->len, ==, 4);
  g_assert_true (concord_block_equal (body_block (clause, 1), table_block));
  g_assert_cmpstr (concord_block_get_run (body_block (clause, 2), 0)->text, ==, "Below.");

  /* Deleting the chip deletes the table. */
  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 1, 0);
  end = start;
  gtk_text_iter_forward_char (&end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  g_assert_cmpuint (concord_clause_get_body (clause)->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_null (concord_block_get_table (body_block (clause, i)));

  ui_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);

  /* Drafts and recent files go to throwaway folders, never the user's. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/window/template-chooser", test_template_chooser);
  g_test_add_func ("/ui/window/rename-party-follows-into-clauses", test_rename_party_follows_into_clauses);
  g_test_add_func ("/ui/window/undo-and-redo", test_undo_and_redo);
  g_test_add_func ("/ui/window/edit-clause-body", test_edit_clause_body);
  g_test_add_func ("/ui/window/edit-keeps-block-ids", test_edit_keeps_block_ids);
  g_test_add_func ("/ui/window/edit-keeps-tables", test_edit_keeps_tables);
  g_test_add_func ("/ui/window/section-structure", test_section_structure);
  g_test_add_func ("/ui/window/recent-files", test_recent_files);
  g_test_add_func ("/ui/window/whole-agreement-views", test_whole_agreement_views);
  g_test_add_func ("/ui/window/add-move-remove-clauses", test_add_move_remove_clauses);
  g_test_add_func ("/ui/window/draft-survives-crash", test_draft_survives_crash);
  g_test_add_func ("/ui/window/structured-facts", test_structured_facts);
  g_test_add_func ("/ui/window/file-changed-on-disk", test_file_changed_on_disk);
  g_test_add_func ("/ui/window/add-and-remove-parties", test_add_and_remove_parties);
  g_test_add_func ("/ui/window/sections-and-signatures", test_sections_and_signatures);
  g_test_add_func ("/ui/window/save-and-reload", test_save_and_reload);
  g_test_add_func ("/ui/window/save-failure-keeps-document", test_save_failure_keeps_document);
  g_test_add_func ("/ui/window/load-failure-is-shown", test_load_failure_is_shown);

  return g_test_run ();
}
