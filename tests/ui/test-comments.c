/* test-comments.c: comments on a clause as a user meets them. A comment
 * typed in the clause pane starts a thread under the user's name; a reply
 * follows it; Resolve closes it and Reopen opens it again; undo takes each
 * step back. Saved, the threads come back from the file; exported with
 * comments they are an appendix, and without, nowhere.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-comment-row.h"
#include "concord-comments-group.h"
#include "concord-export-dialog.h"
#include "concord-print.h"
#include "ui-test-util.h"

static char *scratch;

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static ConcordCommentsGroup *
comments_group (ConcordWindow *window)
{
  return CONCORD_COMMENTS_GROUP (find_type (GTK_WIDGET (concord_window_get_pane (window)),
                                            CONCORD_TYPE_COMMENTS_GROUP));
}

static ConcordCommentRow *
first_row (ConcordWindow *window)
{
  GtkListBox *list = concord_comments_group_get_list (comments_group (window));

  return CONCORD_COMMENT_ROW (gtk_list_box_get_row_at_index (list, 0));
}

static void
type_and_apply (ConcordWindow *window,
                const char    *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (gtk_widget_get_template_child (GTK_WIDGET (comments_group (window)),
                                                                   CONCORD_TYPE_COMMENTS_GROUP,
                                                                   "new_comment_row"));

  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  /* What was sent is cleared; what was not stays to be finished. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, *trimmed != '\0' ? "" : text);
}

static char *
pdf_text (ConcordMemorandum *m,
          gboolean           with_comments)
{
  g_autofree char *path = g_build_filename (scratch, "commented.pdf", NULL);
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL, with_comments };
  g_autoptr(GError) error = NULL;
  char *text;

  g_assert_true (concord_export_pdf (m, &options, path, &error));
  g_assert_no_error (error);
  text = ui_pdftotext (path);
  g_assert_cmpint (g_unlink (path), ==, 0);

  return text;
}

static void
test_comment_reply_resolve (void)
{
  g_autofree char *path = ui_copy_published (scratch, "office-holders.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordClause *clause = concord_memorandum_find_clause (m, "c-treasurer", NULL, NULL);
  const ConcordCommentThread *thread;
  GtkWidget *button;
  g_autoptr(GError) error = NULL;

  ui_select_item (window, clause);
  g_assert_null (concord_clause_get_comments (clause));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (concord_comments_group_get_list (comments_group (window)))));

  /* Nothing typed starts nothing. */
  type_and_apply (window, "   ");
  g_assert_null (concord_clause_get_comments (clause));

  type_and_apply (window, "Should the Treasury’s advice be listed?");
  g_assert_cmpuint (concord_comments_get_n_threads (concord_clause_get_comments (clause)), ==, 1);
  thread = concord_comments_get_thread (concord_clause_get_comments (clause), 0);
  g_assert_false (thread->resolved);
  g_assert_cmpstr (((ConcordCommentMessage *) g_ptr_array_index (thread->messages, 0))->author, !=, "");
  g_assert_true (concord_comments_is_date (((ConcordCommentMessage *) g_ptr_array_index (thread->messages, 0))->date));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (concord_comments_group_get_list (comments_group (window)))));

  /* A reply from the row's field and button. */
  {
    ConcordCommentRow *row = first_row (window);
    GtkWidget *entry = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (row), CONCORD_TYPE_COMMENT_ROW, "reply_entry");

    gtk_editable_set_text (GTK_EDITABLE (entry), "Yes, briefly.");
    button = ui_find_button (GTK_WIDGET (row), "_Reply");
    g_signal_emit_by_name (button, "clicked");
  }
  thread = concord_comments_get_thread (concord_clause_get_comments (clause), 0);
  g_assert_cmpuint (thread->messages->len, ==, 2);
  g_assert_cmpstr (((ConcordCommentMessage *) g_ptr_array_index (thread->messages, 1))->text, ==, "Yes, briefly.");
  ui_save_screenshot (GTK_WIDGET (comments_group (window)), "comments-thread", 3);

  /* Resolve, then reopen; undo goes back a step each time. */
  button = ui_find_button (GTK_WIDGET (first_row (window)), "Re_solve");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (concord_comments_get_thread (concord_clause_get_comments (clause), 0)->resolved);
  g_assert_nonnull (ui_find_button (GTK_WIDGET (first_row (window)), "Re_open"));
  ui_save_screenshot (GTK_WIDGET (comments_group (window)), "comments-resolved", 3);
  ui_activate (window, "win.undo");
  g_assert_false (concord_comments_get_thread (concord_clause_get_comments (clause), 0)->resolved);
  g_assert_nonnull (ui_find_button (GTK_WIDGET (first_row (window)), "Re_solve"));
  ui_activate (window, "win.redo");
  g_assert_true (concord_comments_get_thread (concord_clause_get_comments (clause), 0)->resolved);
  button = ui_find_button (GTK_WIDGET (first_row (window)), "Re_open");
  g_signal_emit_by_name (button, "clicked");
  g_assert_false (concord_comments_get_thread (concord_clause_get_comments (clause), 0)->resolved);

  /* Saved and read back: the same threads. */
  ui_activate (window, "win.save");
  {
    g_autoptr(ConcordMemorandum) back = ui_reload (path);
    ConcordClause *again = concord_memorandum_find_clause (back, "c-treasurer", NULL, NULL);

    g_assert_true (concord_comments_equal (concord_clause_get_comments (again), concord_clause_get_comments (clause)));
  }

  /* Printed only when asked. */
  {
    g_autofree char *plain = pdf_text (m, FALSE);
    g_autofree char *with = pdf_text (m, TRUE);

    g_assert_null (strstr (plain, "Yes, briefly."));
    g_assert_nonnull (strstr (with, "Yes, briefly."));
    g_assert_nonnull (strstr (with, "They are not part of the memorandum."));
  }

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* A reply half typed in one thread survives a reply, a resolve and an
 * undo in another: the rows are kept, not rebuilt; another clause starts
 * with empty fields. */
static void
test_half_typed_reply_kept (void)
{
  g_autofree char *path = ui_copy_published (scratch, "office-holders.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordClause *clause = concord_memorandum_find_clause (m, "c-minister", NULL, NULL);
  ConcordClause *other = concord_memorandum_find_clause (m, "c-treasurer", NULL, NULL);
  GtkListBox *list;
  GtkWidget *second;
  GtkWidget *entry;

  ui_select_item (window, clause);
  type_and_apply (window, "Which framework is meant?");
  ui_wait_frames (GTK_WIDGET (window), 2);
  type_and_apply (window, "Name the Minister’s office.");
  ui_wait_frames (GTK_WIDGET (window), 2);
  list = concord_comments_group_get_list (comments_group (window));
  second = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));
  g_assert_nonnull (second);
  entry = (GtkWidget *) gtk_widget_get_template_child (second, CONCORD_TYPE_COMMENT_ROW, "reply_entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Half a thou");

  /* A reply and a resolve in the first thread. */
  g_assert_true (concord_comment_row_reply (first_row (window), "The 2026 one."));
  ui_wait_frames (GTK_WIDGET (window), 2);
  g_signal_emit_by_name (ui_find_button (GTK_WIDGET (first_row (window)), "Re_solve"), "clicked");
  ui_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (concord_comments_get_thread (concord_clause_get_comments (clause), 0)->resolved);
  g_assert_true (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)) == second);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Half a thou");
  /* The first row shows the change it was given. */
  g_assert_nonnull (ui_find_button (GTK_WIDGET (first_row (window)), "Re_open"));

  /* Undo of both, and of the second thread itself, then redo. */
  ui_activate (window, "win.undo");
  ui_activate (window, "win.undo");
  g_assert_cmpuint (((const ConcordCommentThread *) concord_comments_get_thread (concord_clause_get_comments (clause),
                                                                                  0))->messages->len, ==, 1);
  g_assert_true (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)) == second);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Half a thou");
  ui_activate (window, "win.undo");
  g_assert_cmpuint (concord_comments_get_n_threads (concord_clause_get_comments (clause)), ==, 1);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  ui_activate (window, "win.redo");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));

  /* Another clause's pane has no rows of this one's; back again, the
   * fields start empty. */
  ui_select_item (window, other);
  g_assert_null (gtk_list_box_get_row_at_index (concord_comments_group_get_list (comments_group (window)), 0));
  ui_select_item (window, clause);
  list = concord_comments_group_get_list (comments_group (window));
  second = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));
  entry = (GtkWidget *) gtk_widget_get_template_child (second, CONCORD_TYPE_COMMENT_ROW, "reply_entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* The export dialog's With Comments switch; a signed copy never has them. */
static void
test_export_with_comments (void)
{
  g_autofree char *path = ui_copy_published (scratch, "office-holders.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordExportDialog *dialog = concord_export_dialog_new (GTK_WINDOW (window), ui_memorandum (window));
  GtkWidget *comments = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (dialog), CONCORD_TYPE_EXPORT_DIALOG,
                                                       "comments_switch");
  GtkWidget *signed_switch = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (dialog), CONCORD_TYPE_EXPORT_DIALOG,
                                                            "signed_switch");
  ConcordRenderOptions options;

  gtk_window_present (GTK_WINDOW (dialog));
  concord_export_dialog_get_options (dialog, &options);
  g_assert_false (options.with_comments);
  gtk_switch_set_active (GTK_SWITCH (comments), TRUE);
  concord_export_dialog_get_options (dialog, &options);
  g_assert_true (options.with_comments);
  ui_save_screenshot (GTK_WIDGET (dialog), "export-with-comments", 3);
  gtk_switch_set_active (GTK_SWITCH (signed_switch), TRUE);
  concord_export_dialog_get_options (dialog, &options);
  g_assert_false (options.with_comments);
  g_assert_false (gtk_widget_is_sensitive (comments));

  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static GtkWidget *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
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

/* The label of the main menu's item for @action, or NULL. */
static char *
menu_label_for (GMenuModel *menu,
                const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL)
        {
          char *found = menu_label_for (section, action);

          g_object_unref (section);
          if (found != NULL)
            return found;
          continue;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action) && g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return g_steal_pointer (&label);
    }

  return NULL;
}

/* Printing with comments: the main menu has it, enabled once a memorandum
 * is open, and the printed pages end with the appendix; plain Print has
 * none. */
static void
test_print_with_comments (void)
{
  g_autofree char *path = ui_copy_published (scratch, "office-holders.mou", NULL);
  g_autofree char *pdf = g_build_filename (scratch, "printed.pdf", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordClause *clause = concord_memorandum_find_clause (m, "c-treasurer", NULL, NULL);
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL, TRUE };
  GtkWidget *button = find_primary_menu_button (GTK_WIDGET (window));
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (button);
  label = menu_label_for (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "win.print-with-comments");
  g_assert_cmpstr (label, ==, "Print With Co_mments…");
  /* Shown and enabled: a dead item would be insensitive. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  ui_wait_for (ui_widget_mapped, gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  {
    GtkWidget *item = find_label (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))), label);

    g_assert_nonnull (item);
    g_assert_true (gtk_widget_is_sensitive (item));
  }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  ui_select_item (window, clause);
  type_and_apply (window, "Print this for the board.");
  for (int with = 0; with < 2; with++)
    {
      g_autofree char *text = NULL;

      options.with_comments = with;
      g_assert_cmpint (concord_print_run (NULL, m, &options, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf, &error), ==,
                       GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_no_error (error);
      text = ui_pdftotext (pdf);
      g_assert_true ((strstr (text, "Print this for the board.") != NULL) == with);
      g_assert_cmpint (g_unlink (pdf), ==, 0);
    }

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  scratch = g_dir_make_tmp ("concord-comments-XXXXXX", NULL);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/comments/comment-reply-resolve", test_comment_reply_resolve);
  g_test_add_func ("/ui/comments/half-typed-reply-kept", test_half_typed_reply_kept);
  g_test_add_func ("/ui/comments/export-with-comments", test_export_with_comments);
  g_test_add_func ("/ui/comments/print-with-comments", test_print_with_comments);

  status = g_test_run ();
  g_rmdir (scratch);

  return status;
}
