/* test-definitions.c: the definitions and background panes.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-background-pane.h"
#include "concord-definitions-pane.h"
#include "concord-lint-item.h"
#include "concord-lint-view.h"
#include "concord-views-pane.h"
#include "concord-outline-part.h"
#include "ui-test-util.h"

static char *scratch;

/* Fixtures */

static char *
part_subtitle (ConcordWindow          *window,
               ConcordOutlinePartKind  kind)
{
  char *subtitle = NULL;
  g_autofree char *title = concord_outline_describe (concord_window_get_outline (window),
                                                     ui_outline_part (window, kind), &subtitle);

  return subtitle;
}

static ConcordDefinitionsPane *
show_definitions (ConcordWindow *window)
{
  ConcordEditorPane *pane;

  concord_window_select (window, ui_outline_part (window, CONCORD_OUTLINE_PART_DEFINITIONS));
  pane = concord_window_get_pane (window);
  g_assert_true (CONCORD_IS_DEFINITIONS_PANE (pane));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pane)));

  return CONCORD_DEFINITIONS_PANE (pane);
}

static ConcordBackgroundPane *
show_background (ConcordWindow *window)
{
  ConcordEditorPane *pane;

  concord_window_select (window, ui_outline_part (window, CONCORD_OUTLINE_PART_BACKGROUND));
  pane = concord_window_get_pane (window);
  g_assert_true (CONCORD_IS_BACKGROUND_PANE (pane));

  return CONCORD_BACKGROUND_PANE (pane);
}

static GtkWidget *
row (ConcordDefinitionsPane *pane,
     const char             *title)
{
  GtkWidget *found = concord_editor_pane_find_row (CONCORD_EDITOR_PANE (pane), title);

  g_assert_nonnull (found);

  return found;
}

static guint
n_list_rows (ConcordDefinitionsPane *pane)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (concord_definitions_pane_get_list (pane), (int) n) != NULL)
    n++;

  return n;
}

static const char *
list_row_title (ConcordDefinitionsPane *pane,
                guint                   index)
{
  GtkListBoxRow *r = gtk_list_box_get_row_at_index (concord_definitions_pane_get_list (pane), (int) index);

  g_assert_nonnull (r);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (r));
}

static ConcordTerm *
term_at (ConcordWindow *window,
         guint          index)
{
  g_autoptr(ConcordTerm) term = g_list_model_get_item (concord_memorandum_get_terms (ui_memorandum (window)), index);

  /* The memorandum holds it. */
  return term;
}

static ConcordBodyEditor *
meaning_editor (ConcordDefinitionsPane *pane)
{
  return concord_term_editor_get_body_editor (concord_definitions_pane_get_term_editor (pane));
}

static gpointer wanted_term;

static gboolean
term_is_shown (gpointer data)
{
  ConcordDefinitionsPane *pane = data;

  return concord_definitions_pane_get_selected (pane) == wanted_term &&
         concord_term_editor_get_term (concord_definitions_pane_get_term_editor (pane)) == wanted_term;
}

static void
wait_for_term (ConcordDefinitionsPane *pane,
               ConcordTerm            *term)
{
  wanted_term = term;
  ui_wait_for (term_is_shown, pane);
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *name)
{
  if (GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether the pane's button for the action can be pressed. */
static gboolean
action_enabled (gpointer    pane,
                const char *name)
{
  GtkWidget *button = find_actionable (GTK_WIDGET (pane), name);

  g_assert_nonnull (button);

  return gtk_widget_get_sensitive (button);
}

/* The action a key of @widget's own runs ("<Alt>Up"), as its class binds
 * it: a key pressed anywhere in the pane reaches it before the window's. */
static char *
bound_action (GtkWidget  *widget,
              const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *keys = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (keys, trigger))
            return gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
        }
    }

  return NULL;
}

/* What the meaning's text does with a key, as its own key handler
 * decides: TRUE when the key is taken before the text sees it. */
static gboolean
meaning_key (ConcordDefinitionsPane *pane,
             guint                   keyval,
             GdkModifierType         state)
{
  GtkWidget *view = GTK_WIDGET (concord_body_editor_get_view (meaning_editor (pane)));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != GTK_PHASE_CAPTURE)
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      return handled;
    }
  g_assert_not_reached ();
}

static gboolean
preview_caught_up (gpointer data)
{
  gpointer *args = data;
  ConcordPreview *preview = concord_views_pane_get_preview (concord_window_get_views_pane (args[0]));

  return !concord_preview_get_busy (preview) &&
         concord_preview_get_generation (preview) >= GPOINTER_TO_UINT (args[1]) &&
         concord_preview_get_n_pages (preview) > 0;
}

static guint
preview_generation (ConcordWindow *window)
{
  return concord_preview_get_generation (concord_views_pane_get_preview (concord_window_get_views_pane (window)));
}

static void
wait_for_preview (ConcordWindow *window,
                  guint          generation)
{
  gpointer args[2] = { window, GUINT_TO_POINTER (generation) };

  /* A layout under AddressSanitizer, on a loaded machine, can take longer
   * than other waits are given. */
  ui_wait_for_within (preview_caught_up, args, 6 * UI_TIMEOUT_US);
}

/* F9 toggles the views pane, which a window before this one may have
 * left shown (the setting lives for the whole test run). */
static void
show_views (ConcordWindow *window)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (concord_window_get_views_pane (window))))
    ui_activate (window, "win.show-views");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (concord_window_get_views_pane (window))));
  concord_views_pane_set_page (concord_window_get_views_pane (window), "preview");
}

static char *
pdf_text (ConcordMemorandum *m)
{
  g_autofree char *pdf = g_build_filename (scratch, "out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autofree char *out = NULL;

  g_assert_true (concord_export_pdf (m, NULL, pdf, &error));
  g_assert_no_error (error);
  out = ui_pdftotext (pdf);
  /* Lines and pages break anywhere: one space between words. */
  for (char *p = out; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == '\f')
      {
        if (joined->len > 0 && joined->str[joined->len - 1] != ' ')
          g_string_append_c (joined, ' ');
      }
    else
      g_string_append_c (joined, *p);

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* Tests */

/* Each field of a term is one edit that undo takes back and redo puts
 * again, reaches the preview, and is saved. */
static void
test_edit_term_fields (void)
{
  g_autofree char *path = ui_copy_published (scratch, "data-sharing-umbrella.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordDocument *document = concord_window_get_document (window);
  ConcordDefinitionsPane *pane;
  ConcordTerm *info;
  GtkTextBuffer *buffer;
  GtkSwitch *inline_switch;
  g_autofree char *subtitle = part_subtitle (window, CONCORD_OUTLINE_PART_DEFINITIONS);
  g_autofree char *xml = NULL;
  GPtrArray *meaning;
  const char *forms[] = { "its", "the Data", NULL };
  guint generation;

  g_assert_cmpstr (subtitle, ==, "2 terms");
  show_views (window);
  wait_for_preview (window, 1);
  pane = show_definitions (window);
  g_assert_cmpuint (n_list_rows (pane), ==, 2);
  g_assert_cmpstr (list_row_title (pane, 0), ==, "the DPA");
  g_assert_cmpstr (list_row_title (pane, 1), ==, "Information");
  wait_for_term (pane, term_at (window, 0));

  /* A click on a row shows that term. */
  info = term_at (window, 1);
  gtk_list_box_select_row (concord_definitions_pane_get_list (pane),
                           gtk_list_box_get_row_at_index (concord_definitions_pane_get_list (pane), 1));
  wait_for_term (pane, info);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (pane, "Name"))), ==, "Information");

  /* The name: typed, undone, redone; the row in the list follows. */
  generation = preview_generation (window);
  gtk_editable_set_text (GTK_EDITABLE (row (pane, "Name")), "the Information");
  g_assert_cmpstr (concord_term_get_name (info), ==, "the Information");
  g_assert_cmpstr (list_row_title (pane, 1), ==, "the Information");
  wait_for_preview (window, generation + 1);
  ui_activate (window, "win.undo");
  g_assert_cmpstr (concord_term_get_name (info), ==, "Information");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (pane, "Name"))), ==, "Information");
  g_assert_cmpstr (list_row_title (pane, 1), ==, "Information");
  ui_activate (window, "win.redo");
  g_assert_cmpstr (concord_term_get_name (info), ==, "the Information");
  g_assert_true (concord_window_get_pane (window) == CONCORD_EDITOR_PANE (pane));

  /* Other forms, separated by commas, spaces around them dropped. */
  gtk_editable_set_text (GTK_EDITABLE (row (pane, "Other forms")), " its ,the Data, ");
  g_assert_true (g_strv_equal (concord_term_get_forms (info), forms));
  ui_activate (window, "win.undo");
  g_assert_null (concord_term_get_forms (info));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (pane, "Other forms"))), ==, "");
  ui_activate (window, "win.redo");
  g_assert_true (g_strv_equal (concord_term_get_forms (info), forms));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (pane, "Other forms"))), ==, "its, the Data");

  /* Defined at first use. */
  inline_switch = GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row (pane, "Defined at first use"))));
  g_assert_false (gtk_switch_get_active (inline_switch));
  gtk_switch_set_active (inline_switch, TRUE);
  g_assert_true (concord_term_get_inline (info));
  ui_activate (window, "win.undo");
  g_assert_false (concord_term_get_inline (info));
  g_assert_false (gtk_switch_get_active (inline_switch));
  ui_activate (window, "win.redo");
  g_assert_true (gtk_switch_get_active (inline_switch));

  /* The meaning, in the text editor that clauses use. */
  buffer = concord_body_editor_get_buffer (meaning_editor (pane));
  ui_type_at_end (buffer, ", kept securely");
  meaning = concord_term_get_meaning (info);
  g_assert_cmpuint (meaning->len, ==, 1);
  {
    g_autofree char *said = concord_block_render (ui_memorandum (window), NULL, g_ptr_array_index (meaning, 0));

    g_assert_cmpstr (said, ==, "any data that one party supplies to the other under this memorandum, "
                               "in whatever form, kept securely");
  }
  /* Pasted lines join into the one paragraph. */
  ui_type_at_end (buffer, "\nand\r\nlawfully");
  g_assert_cmpuint (concord_term_get_meaning (info)->len, ==, 1);
  {
    g_autofree char *said = concord_block_render (ui_memorandum (window), NULL, g_ptr_array_index (concord_term_get_meaning (info), 0));

    g_assert_true (g_str_has_suffix (said, "in whatever form, kept securely and lawfully"));
  }
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, 1);
  ui_activate (window, "win.undo");
  {
    g_autofree char *said = concord_block_render (ui_memorandum (window), NULL,
                                                  g_ptr_array_index (concord_term_get_meaning (info), 0));

    g_assert_null (strstr (said, "kept"));
  }
  ui_activate (window, "win.redo");

  ui_save_screenshot (GTK_WIDGET (window), "definitions-pane", 40);

  /* Saved, and loaded again as it was. */
  ui_activate (window, "win.save");
  g_assert_false (concord_document_get_modified (document));
  xml = ui_saved_xml (path);
  g_assert_nonnull (strstr (xml, "<term id=\"t-info\" inline=\"true\">\n"
                                 "      <name>the Information</name>\n"
                                 "      <form>its</form>\n"
                                 "      <form>the Data</form>\n"
                                 "      <meaning>any data that one party supplies to the other under this "
                                 "memorandum, in whatever form, kept securely and lawfully</meaning>"));

  ui_destroy_window (window);
}

/* A form that references print cannot be taken away: the file would not
 * load again. The row says so and the term keeps it. */
static void
test_forms_in_use_kept (void)
{
  g_autofree char *path = ui_copy_published (scratch, "office-holders.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordDefinitionsPane *pane = show_definitions (window);
  ConcordTerm *we = concord_memorandum_find_term (ui_memorandum (window), "t-we");
  const char *forms[] = { "our", "us", NULL };
  const char *more[] = { "our", "us", "ours", NULL };
  GtkWidget *forms_row;

  concord_definitions_pane_select (pane, we);
  forms_row = row (pane, "Other forms");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (forms_row)), ==, "our, us");
  gtk_editable_set_text (GTK_EDITABLE (forms_row), "our");
  g_assert_true (g_strv_equal (concord_term_get_forms (we), forms));
  g_assert_true (gtk_widget_has_css_class (forms_row, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (forms_row), "“us”"));
  gtk_editable_set_text (GTK_EDITABLE (forms_row), "our, us, ours");
  g_assert_false (gtk_widget_has_css_class (forms_row, "error"));
  g_assert_true (g_strv_equal (concord_term_get_forms (we), more));

  /* The inline terms say so in the list. */
  g_assert_cmpstr (list_row_title (pane, 0), ==, "the LGFA Act");

  /* A meaning of more than one paragraph (none typed can be) is kept in
   * the file only as its first: the pane says so. */
  {
    g_autoptr(GPtrArray) meaning = concord_blocks_copy (concord_term_get_meaning (we));
    GtkWidget *editor = GTK_WIDGET (concord_definitions_pane_get_term_editor (pane));
    GtkWidget *note = NULL;

    g_ptr_array_add (meaning, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, "A second paragraph."));
    concord_term_set_meaning (we, meaning);
    note = find_label (editor, "A meaning is one paragraph of text: what follows it is not kept when the memorandum is saved.");
    g_assert_nonnull (note);
    g_assert_true (gtk_widget_get_visible (note));
    ui_activate (window, "win.undo");
    g_assert_false (gtk_widget_get_visible (note));
  }

  ui_destroy_window (window);
}

static gboolean
list_has_rows (gpointer data)
{
  gpointer *args = data;

  return n_list_rows (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* Terms are added after the selected one, moved up and down, and
 * removed; removing one the text uses says where and asks first. */
static void
test_add_move_remove_terms (void)
{
  g_autofree char *path = ui_copy_published (scratch, "data-sharing-umbrella.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordDocument *document = concord_window_get_document (window);
  ConcordMemorandum *m = ui_memorandum (window);
  GListModel *terms = concord_memorandum_get_terms (m);
  ConcordDefinitionsPane *pane = show_definitions (window);
  ConcordTerm *dpa = term_at (window, 0);
  ConcordTerm *info = term_at (window, 1);
  g_autoptr(ConcordTerm) added = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *xml = NULL;
  AdwMessageDialog *dialog;
  gpointer args[2] = { pane, NULL };

  wait_for_term (pane, dpa);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (concord_definitions_pane_get_term_editor (pane))));
  g_assert_true (gtk_widget_is_sensitive (row (pane, "Name")));

  /* Added after the selected term, shown, with the name to type. */
  ui_activate (pane, "definitions.add");
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 3);
  added = g_object_ref (term_at (window, 1));
  g_assert_true (g_str_has_prefix (concord_term_get_id (added), "t-"));
  wait_for_term (pane, added);
  g_assert_cmpstr (list_row_title (pane, 1), ==, "Unnamed term");
  g_assert_true (gtk_widget_has_focus (row (pane, "Name")) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row (pane, "Name")));
  gtk_editable_set_text (GTK_EDITABLE (row (pane, "Name")), "the Portal");
  ui_type_at_end (concord_body_editor_get_buffer (meaning_editor (pane)),
               "the secure web service through which files are exchanged");
  subtitle = part_subtitle (window, CONCORD_OUTLINE_PART_DEFINITIONS);
  g_assert_cmpstr (subtitle, ==, "3 terms");
  g_assert_cmpstr (list_row_title (pane, 1), ==, "the Portal");

  /* Moved down, then up twice: the first; the top stops it. */
  ui_activate (pane, "definitions.move-down");
  wait_for_term (pane, added);
  g_assert_true (term_at (window, 2) == added);
  /* The last term goes no further down. */
  g_assert_false (action_enabled (pane, "definitions.move-down"));
  g_assert_true (action_enabled (pane, "definitions.move-up"));
  gtk_widget_activate_action (GTK_WIDGET (pane), "definitions.move-down", NULL);
  g_assert_true (term_at (window, 2) == added);
  ui_activate (pane, "definitions.move-up");
  wait_for_term (pane, added);
  ui_activate (pane, "definitions.move-up");
  wait_for_term (pane, added);
  g_assert_true (term_at (window, 0) == added);
  g_assert_cmpstr (list_row_title (pane, 0), ==, "the Portal");
  g_assert_cmpstr (list_row_title (pane, 1), ==, "the DPA");
  ui_activate (window, "win.undo");
  g_assert_true (term_at (window, 1) == added);
  ui_activate (window, "win.redo");
  g_assert_true (term_at (window, 0) == added);
  wait_for_term (pane, added);

  /* Dragged onto the last row, it takes its place; undo puts it back. */
  {
    GtkListBoxRow *last_row = gtk_list_box_get_row_at_index (concord_definitions_pane_get_list (pane), 2);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (last_row));
    g_auto(GValue) value = G_VALUE_INIT;
    gboolean dropped = FALSE;

    g_value_init (&value, CONCORD_TYPE_TERM);
    g_value_set_object (&value, added);
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
      }
    g_assert_true (dropped);
    g_assert_true (term_at (window, 2) == added);
    g_assert_true (term_at (window, 1) == info);
    wait_for_term (pane, added);
    ui_activate (window, "win.undo");
    g_assert_true (term_at (window, 0) == added);
    wait_for_term (pane, added);
  }

  /* Saved in that order. */
  ui_activate (window, "win.save");
  xml = ui_saved_xml (path);
  g_assert_nonnull (strstr (xml, "<name>the Portal</name>"));
  g_assert_true (strstr (xml, "<name>the Portal</name>") < strstr (xml, "<name>the DPA</name>"));
  g_assert_true (strstr (xml, "<name>the DPA</name>") < strstr (xml, "<name>Information</name>"));

  /* The keys: the window's for clauses, here for terms. */
  {
    const char *keys[][2] = {
      { "<Alt>Up", "action(definitions.move-up)" },
      { "<Alt>Down", "action(definitions.move-down)" },
      { "<Control>Return", "action(definitions.add)" },
      { "<Shift><Control>Delete", "action(definitions.remove)" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        g_autofree char *bound = bound_action (GTK_WIDGET (pane), keys[i][0]);

        g_assert_cmpstr (bound, ==, keys[i][1]);
      }
  }
  /* A meaning is one paragraph: Return starts no other; Ctrl+Return adds
   * a term, even while typing the meaning. */
  g_assert_false (meaning_key (pane, GDK_KEY_a, 0));
  g_assert_true (meaning_key (pane, GDK_KEY_Return, 0));
  g_assert_true (meaning_key (pane, GDK_KEY_KP_Enter, GDK_SHIFT_MASK));
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 3);
  g_assert_true (meaning_key (pane, GDK_KEY_Return, GDK_CONTROL_MASK));
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 4);
  ui_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 3);
  /* The term undone is gone from the pane: the one now in its place. */
  wait_for_term (pane, dpa);
  concord_definitions_pane_select (pane, added);

  /* The text never uses the new term: it goes without asking. */
  ui_activate (pane, "definitions.remove");
  g_assert_null (ui_find_dialog ());
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 2);
  g_assert_null (concord_memorandum_find_term (m, concord_term_get_id (added)));
  args[1] = GUINT_TO_POINTER (2);
  ui_wait_for (list_has_rows, args);
  wait_for_term (pane, dpa);
  ui_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 3);
  /* Undo leaves the pane where it is. */
  g_assert_true (concord_window_get_pane (window) == CONCORD_EDITOR_PANE (pane));

  /* "Information" is used in clauses: the dialog names them, and
   * Cancel keeps the term and changes nothing. */
  concord_definitions_pane_select (pane, info);
  before = concord_memorandum_serialize (m);
  ui_activate (pane, "definitions.remove");
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove “Information”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "clause 1.1 This memorandum of understanding sets…"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "clause 4.1"));
  ui_save_screenshot (GTK_WIDGET (dialog), "definitions-remove-used-term", 4);
  adw_message_dialog_response (dialog, "cancel");
  g_assert_true (concord_memorandum_find_term (m, "t-info") == info);
  {
    g_autoptr(GBytes) after = concord_memorandum_serialize (m);

    g_assert_true (g_bytes_equal (before, after));
  }

  /* Asked again and answered Remove: gone, its uses plain words. */
  ui_activate (pane, "definitions.remove");
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  g_assert_null (concord_memorandum_find_term (m, "t-info"));
  {
    g_autoptr(GBytes) after = concord_memorandum_serialize (m);

    g_assert_null (strstr (g_bytes_get_data (after, NULL), "t-info"));
    g_assert_nonnull (strstr (g_bytes_get_data (after, NULL), "will exchange Information."));
  }
  args[1] = GUINT_TO_POINTER (2);
  ui_wait_for (list_has_rows, args);
  ui_activate (window, "win.undo");
  g_assert_true (concord_memorandum_find_term (m, "t-info") == info);
  {
    g_autoptr(GBytes) after = concord_memorandum_serialize (m);

    g_assert_true (g_bytes_equal (before, after));
  }
  /* Back at what was saved. */
  g_assert_false (concord_document_get_modified (document));

  ui_destroy_window (window);
}

/* A memorandum with no terms: the list says so, there is nothing to
 * edit, move or remove, and the first term added is shown. */
static void
test_no_terms (void)
{
  g_autofree char *path = ui_copy_published (scratch, "framework.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordDefinitionsPane *pane;
  g_autofree char *subtitle = part_subtitle (window, CONCORD_OUTLINE_PART_DEFINITIONS);
  g_autofree char *after = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_terms (ui_memorandum (window))), ==, 0);
  g_assert_cmpstr (subtitle, ==, "No terms defined");
  pane = show_definitions (window);
  g_assert_cmpuint (n_list_rows (pane), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (concord_definitions_pane_get_term_editor (pane))));
  g_assert_null (concord_definitions_pane_get_selected (pane));
  g_assert_true (action_enabled (pane, "definitions.add"));
  gtk_widget_activate_action (GTK_WIDGET (pane), "definitions.remove", NULL);
  gtk_widget_activate_action (GTK_WIDGET (pane), "definitions.move-up", NULL);
  g_assert_false (concord_document_can_undo (concord_window_get_document (window)));
  ui_save_screenshot (GTK_WIDGET (window), "definitions-pane-empty", 40);

  ui_activate (pane, "definitions.add");
  wait_for_term (pane, term_at (window, 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (concord_definitions_pane_get_term_editor (pane))));
  after = part_subtitle (window, CONCORD_OUTLINE_PART_DEFINITIONS);
  g_assert_cmpstr (after, ==, "1 term");
  ui_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_terms (ui_memorandum (window))), ==, 0);
  {
    gpointer args[2] = { pane, GUINT_TO_POINTER (0) };

    ui_wait_for (list_has_rows, args);
  }
  wait_for_term (pane, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (concord_definitions_pane_get_term_editor (pane))));

  ui_destroy_window (window);
}

static gboolean
selected_row_in_view (gpointer data)
{
  GtkListBox *list = concord_definitions_pane_get_list (data);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (list);
  GtkWidget *viewport = gtk_widget_get_parent (GTK_WIDGET (list));
  graphene_rect_t bounds;

  return selected != NULL && gtk_widget_compute_bounds (GTK_WIDGET (selected), viewport, &bounds) &&
         bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (viewport) + 0.5;
}

/* Sixty terms, each used in the text and some in each other's meanings:
 * one row each, any one editable, the last moved and removed. */
static void
test_many_terms (void)
{
  g_autofree char *path = g_build_filename (scratch, "many-terms.mou", NULL);
  g_autofree char *source = ui_copy_published (scratch, "framework.mou", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) built = concord_memorandum_load_from_file (source, &error);
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ConcordWindow *window;
  ConcordDefinitionsPane *pane;
  ConcordTerm *last;
  AdwMessageDialog *dialog;
  GRand *rand = g_rand_new_with_seed (60);

  g_assert_no_error (error);
  clauses = concord_memorandum_list_clauses (built);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *id = g_strdup_printf ("t-%02u", i);
      g_autofree char *name = g_strdup_printf ("Term %02u", i);
      g_autoptr(ConcordTerm) term = concord_term_new (id);
      g_autoptr(GPtrArray) meaning = concord_blocks_new ();
      ConcordBlock *block = concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, "what the parties mean by it");
      ConcordClause *clause = g_ptr_array_index (clauses, g_rand_int_range (rand, 0, (gint32) clauses->len));
      g_autoptr(GPtrArray) body = concord_blocks_copy (concord_clause_get_body (clause));

      if (i > 0 && g_rand_boolean (rand))
        {
          g_autofree char *other = g_strdup_printf ("t-%02u", g_rand_int_range (rand, 0, (gint32) i));

          concord_block_append_run (block, CONCORD_RUN_TEXT, ", as for ", FALSE);
          concord_block_append_term_run (block, other, NULL);
        }
      g_ptr_array_add (meaning, block);
      concord_term_set_name (term, name);
      concord_term_set_inline (term, i % 7 == 0);
      concord_term_set_meaning (term, meaning);
      g_list_store_append (G_LIST_STORE (concord_memorandum_get_terms (built)), term);
      /* Each term is used once in a clause, so none is left unused. */
      if (body->len == 0)
        g_ptr_array_add (body, concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1));
      concord_block_append_run (g_ptr_array_index (body, 0), CONCORD_RUN_TEXT, " See ", FALSE);
      concord_block_append_term_run (g_ptr_array_index (body, 0), id, NULL);
      concord_block_append_run (g_ptr_array_index (body, 0), CONCORD_RUN_TEXT, ".", FALSE);
      concord_clause_set_body (clause, body);
    }
  g_rand_free (rand);
  bytes = concord_memorandum_serialize (built);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  window = ui_open_path (path);
  pane = show_definitions (window);
  g_assert_cmpuint (n_list_rows (pane), ==, 60);
  {
    g_autofree char *subtitle = part_subtitle (window, CONCORD_OUTLINE_PART_DEFINITIONS);

    g_assert_cmpstr (subtitle, ==, "60 terms");
  }
  last = term_at (window, 59);
  gtk_list_box_select_row (concord_definitions_pane_get_list (pane),
                           gtk_list_box_get_row_at_index (concord_definitions_pane_get_list (pane), 59));
  wait_for_term (pane, last);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (pane, "Name"))), ==, "Term 59");
  /* The list scrolls to the row on its own, and the editor is on screen
   * beside it, not sixty rows down. */
  ui_wait_for (selected_row_in_view, pane);
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (row (pane, "Name"), GTK_WIDGET (window), &bounds));
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <, gtk_widget_get_height (GTK_WIDGET (window)));
  }
  ui_save_screenshot (GTK_WIDGET (window), "definitions-pane-60-terms", 40);
  ui_activate (pane, "definitions.move-up");
  wait_for_term (pane, last);
  g_assert_true (term_at (window, 58) == last);
  g_assert_cmpstr (list_row_title (pane, 58), ==, "Term 59");

  /* Used in a clause: asked first. */
  ui_activate (pane, "definitions.remove");
  dialog = ui_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  g_assert_null (concord_memorandum_find_term (ui_memorandum (window), "t-59"));
  wait_for_term (pane, term_at (window, 58));
  g_assert_cmpuint (n_list_rows (pane), ==, 59);

  ui_destroy_window (window);
}

/* The background: the memorandum's recitals in the clause text editor,
 * one edit each, saved, and printed under "Background" with the
 * definitions. */
static void
test_background_and_pdf (void)
{
  g_autofree char *path = ui_copy_published (scratch, "framework.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordBackgroundPane *pane;
  ConcordDefinitionsPane *definitions;
  GtkTextBuffer *buffer;
  g_autofree char *subtitle = part_subtitle (window, CONCORD_OUTLINE_PART_BACKGROUND);
  g_autofree char *after = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  guint generation;

  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 0);
  g_assert_cmpstr (subtitle, ==, "No background");
  show_views (window);
  wait_for_preview (window, 1);
  pane = show_background (window);
  buffer = concord_body_editor_get_buffer (concord_background_pane_get_body_editor (pane));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);

  generation = preview_generation (window);
  ui_type_at_end (buffer, "Health and care services in the area are planned by several bodies.");
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 1);
  ui_type_at_end (buffer, "\nThe parties wish to record how they will work together.");
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 2);
  after = part_subtitle (window, CONCORD_OUTLINE_PART_BACKGROUND);
  g_assert_true (g_str_has_prefix (after, "Health and care services"));
  wait_for_preview (window, generation + 1);
  ui_save_screenshot (GTK_WIDGET (window), "background-pane", 40);

  /* Typing on in one field is one edit. Undo names the memorandum as
   * what changed, and the window shows its details (the outline has no
   * object for the background alone): come back to the pane to look. */
  ui_activate (window, "win.undo");
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 0);
  pane = show_background (window);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  ui_activate (window, "win.redo");
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 2);
  pane = show_background (window);
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, 2);

  /* A defined term too, to print with the background. */
  definitions = show_definitions (window);
  ui_activate (definitions, "definitions.add");
  wait_for_term (definitions, term_at (window, 0));
  gtk_editable_set_text (GTK_EDITABLE (row (definitions, "Name")), "the Board");
  ui_type_at_end (concord_body_editor_get_buffer (meaning_editor (definitions)),
               "the Health and Well-Being Board of the area");

  ui_activate (window, "win.save");
  xml = ui_saved_xml (path);
  g_assert_nonnull (strstr (xml, "<recitals>\n"
                                 "    <p>Health and care services in the area are planned by several bodies.</p>\n"
                                 "    <p>The parties wish to record how they will work together.</p>\n"
                                 "  </recitals>"));

  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  text = pdf_text (reloaded);
  g_assert_nonnull (strstr (text, "Definitions"));
  g_assert_nonnull (strstr (text, "“the Board” means the Health and Well-Being Board of the area"));
  g_assert_nonnull (strstr (text, "Background"));
  g_assert_nonnull (strstr (text, "(A) Health and care services in the area are planned by several bodies."));
  g_assert_nonnull (strstr (text, "(B) The parties wish to record how they will work together."));
  g_assert_true (strstr (text, "“the Board” means") < strstr (text, "(A) Health"));

  ui_destroy_window (window);
}

/* Recitals already written are shown, references and all. */
static void
test_background_existing (void)
{
  g_autofree char *path = ui_copy_published (scratch, "office-holders.mou", NULL);
  ConcordWindow *window = ui_open_path (path);
  ConcordBackgroundPane *pane = show_background (window);
  GtkTextBuffer *buffer = concord_body_editor_get_buffer (concord_background_pane_get_body_editor (pane));
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  /* Each chip is one object character in the text. */
  shown = gtk_text_buffer_get_slice (buffer, &start, &end, TRUE);
  g_assert_cmpstr (shown, ==, "\xef\xbf\xbc enables local authorities to borrow through \xef\xbf\xbc, "
                              "and the Crown may be asked to support it.");

  ui_destroy_window (window);
}

/* The finding about a term, an annex or the background, activated in the
 * Problems view, shows that term selected in the definitions, that annex,
 * or the background; undo of an edit to a term selects that term. */
static guint wanted_findings;

static gboolean
lint_has_findings (gpointer window)
{
  ConcordLintView *lint = concord_views_pane_get_lint_view (concord_window_get_views_pane (window));

  return concord_lint_view_get_n_findings (lint) >= wanted_findings;
}

static void
activate_finding_about (ConcordWindow *window,
                        const char    *subject)
{
  ConcordLintView *lint = concord_views_pane_get_lint_view (concord_window_get_views_pane (window));
  GListModel *findings = concord_lint_view_get_findings (lint);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(ConcordLintItem) item = g_list_model_get_item (findings, i);

      if (g_strcmp0 (concord_lint_item_get_finding (item)->subject, subject) == 0)
        {
          concord_lint_view_activate_finding (lint, i);
          return;
        }
    }
  g_error ("no finding about %s", subject);
}

static void
test_findings_lead_to_members (void)
{
  g_autofree char *path = ui_copy_published (scratch, "data-sharing-umbrella.mou", "findings.mou");
  g_autofree char *xml = NULL;
  g_autoptr(GString) edited = NULL;
  ConcordWindow *window;
  ConcordMemorandum *m;
  ConcordDefinitionsPane *pane;
  ConcordTerm *info;

  /* Placeholders in the second term, the second annex and the background. */
  g_assert_true (g_file_get_contents (path, &xml, NULL, NULL));
  edited = g_string_new (xml);
  g_assert_cmpuint (g_string_replace (edited, "in whatever form</meaning>",
                                      "in <placeholder>the agreed form</placeholder></meaning>", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "annual self-assessment summaries",
                                      "<placeholder>which summaries</placeholder>", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "  </definitions>",
                                      "  </definitions>\n  <recitals>\n    <p>The <placeholder>history</placeholder>.</p>\n  </recitals>", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));

  window = ui_open_path (path);
  m = ui_memorandum (window);
  info = concord_memorandum_find_term (m, "t-info");
  g_assert_nonnull (info);
  show_views (window);
  concord_views_pane_set_page (concord_window_get_views_pane (window), "problems");
  wanted_findings = 3;
  ui_wait_for (lint_has_findings, window);

  activate_finding_about (window, "term t-info");
  g_assert_true (concord_outline_part_is (concord_window_get_edited (window), CONCORD_OUTLINE_PART_DEFINITIONS));
  pane = CONCORD_DEFINITIONS_PANE (concord_window_get_pane (window));
  g_assert_true (concord_definitions_pane_get_selected (pane) == info);

  activate_finding_about (window, "annex annex-2");
  g_assert_true (CONCORD_IS_ANNEX (concord_window_get_edited (window)));
  g_assert_cmpstr (concord_annex_get_id (CONCORD_ANNEX (concord_window_get_edited (window))), ==, "annex-2");

  activate_finding_about (window, "recitals");
  g_assert_true (concord_outline_part_is (concord_window_get_edited (window), CONCORD_OUTLINE_PART_BACKGROUND));

  /* Undo of a change to the second term, made while the first is shown,
   * comes back to the second. */
  pane = show_definitions (window);
  concord_definitions_pane_select (pane, concord_memorandum_find_term (m, "t-dpa"));
  concord_term_set_name (info, "Shared information");
  concord_window_select (window, ui_outline_part (window, CONCORD_OUTLINE_PART_BACKGROUND));
  ui_activate (window, "win.undo");
  g_assert_cmpstr (concord_term_get_name (info), ==, "Information");
  g_assert_true (concord_outline_part_is (concord_window_get_edited (window), CONCORD_OUTLINE_PART_DEFINITIONS));
  pane = CONCORD_DEFINITIONS_PANE (concord_window_get_pane (window));
  g_assert_true (concord_definitions_pane_get_selected (pane) == info);

  ui_destroy_window (window);
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
  scratch = g_dir_make_tmp ("concord-definitions-XXXXXX", NULL);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/definitions/edit-term-fields", test_edit_term_fields);
  g_test_add_func ("/ui/definitions/forms-in-use-kept", test_forms_in_use_kept);
  g_test_add_func ("/ui/definitions/add-move-remove", test_add_move_remove_terms);
  g_test_add_func ("/ui/definitions/no-terms", test_no_terms);
  g_test_add_func ("/ui/definitions/many-terms", test_many_terms);
  g_test_add_func ("/ui/background/edit-and-pdf", test_background_and_pdf);
  g_test_add_func ("/ui/background/existing", test_background_existing);
  g_test_add_func ("/ui/definitions/findings-lead-to-members", test_findings_lead_to_members);

  status = g_test_run ();
  g_free (scratch);

  return status;
}
