/* test-details.c: the details pane (the memorandum's details, numbering
 * and page furniture), its date rows, and what saving suggests, driven
 * as a user would under Xvfb.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-date-row.h"
#include "concord-details-pane.h"
#include "concord-dialogs.h"
#include "concord-fields.h"
#include "concord-language-menu.h"
#include "concord-preview.h"
#include "concord-render.h"
#include "concord-views-pane.h"
#include "concord-window.h"
#include "ui-test-util.h"

static char *scratch;

/* Helpers */

static gboolean
transition_done (gpointer data)
{
  return !gtk_stack_get_transition_running (GTK_STACK (data));
}

static void
save_screenshot (ConcordWindow *window,
                 const char    *name)
{
  ui_wait_for (transition_done, gtk_widget_get_ancestor (GTK_WIDGET (concord_window_get_outline (window)),
                                                        GTK_TYPE_STACK));
  ui_wait_for (transition_done, gtk_widget_get_parent (GTK_WIDGET (concord_window_get_pane (window))));
  ui_save_screenshot (GTK_WIDGET (window), name, 3);
}

static ConcordMemorandum *
memorandum_of (ConcordWindow *window)
{
  return concord_document_get_memorandum (concord_window_get_document (window));
}

/* Opens a template and shows the details pane, as a click on the outline's
 * first row does. */
static ConcordWindow *
open_details (const char *template_id)
{
  ConcordWindow *window = ui_new_window ();

  g_assert_true (concord_window_open_template (window, template_id));
  concord_window_select (window, G_OBJECT (memorandum_of (window)));
  g_assert_true (CONCORD_IS_DETAILS_PANE (concord_window_get_pane (window)));

  return window;
}

/* The pane's row for a field, found by the label the user reads. */
static GtkWidget *
row_for (ConcordWindow *window,
         const char    *field)
{
  const char *label = g_str_equal (field, "language") ? "Language (for example en-GB)" : concord_field_label (field);
  GtkWidget *row = concord_editor_pane_find_row (concord_window_get_pane (window), label);

  if (row == NULL)
    g_error ("no row titled “%s”", label);

  return row;
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

static GtkSwitch *
switch_of (GtkWidget *row)
{
  GtkWidget *found = find_descendant_of_type (row, GTK_TYPE_SWITCH);

  g_assert_nonnull (found);

  return GTK_SWITCH (found);
}

/* The label under the details that says what is wrong, or NULL if hidden. */
static const char *
problem_text (ConcordWindow *window)
{
  GtkWidget *pane = GTK_WIDGET (concord_window_get_pane (window));

  for (GtkWidget *w = gtk_widget_get_first_child (pane); w != NULL; )
    {
      if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "error"))
        return gtk_widget_get_visible (w) ? gtk_label_get_text (GTK_LABEL (w)) : NULL;
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != pane && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w != pane ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_not_reached ();
}

static void
activate (ConcordWindow *window,
          const char    *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);

  return text;
}

/* Edits of every new field */

typedef enum
{
  TEXT,
  CHOICE,
  SWITCH,
} Kind;

typedef struct
{
  const char *field;
  Kind        kind;
  const char *text;
  guint       choice;
} Edit;

/* Each edit changes the field from what the template has. */
static const Edit edits[] = {
  { "marking", TEXT, "OFFICIAL-SENSITIVE", 0 },
  { "revision", TEXT, "2.1", 0 },
  { "effective-date", TEXT, "2016-11", 0 },
  { "review-date", TEXT, "2019-11-30", 0 },
  { "numbering", CHOICE, NULL, CONCORD_NUMBERING_CONTINUOUS },
  { "number-format", CHOICE, NULL, CONCORD_NUMBER_FORMAT_TRAILING_DOT },
  { "numbered-headings", SWITCH, NULL, TRUE },
  { "item-style", CHOICE, NULL, CONCORD_ITEM_STYLE_ALPHA },
  { "annex-style", CHOICE, NULL, CONCORD_ANNEX_STYLE_NUMBER },
  { "annex-numbering", CHOICE, NULL, CONCORD_ANNEX_NUMBERING_DOTTED },
  { "clause-word", CHOICE, NULL, CONCORD_CLAUSE_WORD_PARAGRAPH },
  { "print-details", CHOICE, NULL, CONCORD_COVER_DETAILS_FILLED },
  { "print-parties", SWITCH, NULL, FALSE },
  { "print-matrix", CHOICE, NULL, CONCORD_MATRIX_PLACEMENT_ANNEX },
  { "print-facts", CHOICE, NULL, CONCORD_PRINT_WHEN_ALWAYS },
  { "print-status", CHOICE, NULL, CONCORD_PRINT_WHEN_NEVER },
  { "print-marking", CHOICE, NULL, CONCORD_MARKING_PLACEMENT_CENTRED },
  { "print-signatures", CHOICE, NULL, CONCORD_SIGNATURE_PLACEMENT_COVER },
};

static void
apply_edit (ConcordWindow *window,
            const Edit    *edit)
{
  GtkWidget *row = row_for (window, edit->field);

  switch (edit->kind)
    {
    case TEXT:
      gtk_editable_set_text (GTK_EDITABLE (row), edit->text);
      break;
    case CHOICE:
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), edit->choice);
      break;
    case SWITCH:
      gtk_switch_set_active (switch_of (row), edit->choice);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The model's value of the field, as the row would show it. */
static char *
model_value (GObject    *object,
             const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (pspec);
  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, property, &value);
  if (G_VALUE_HOLDS_ENUM (&value))
    return g_strdup_printf ("%d", g_value_get_enum (&value));
  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_strdup_printf ("%d", g_value_get_boolean (&value));
  if (G_VALUE_HOLDS_STRING (&value))
    return g_strdup (g_value_get_string (&value) != NULL ? g_value_get_string (&value) : "");
  g_assert_not_reached ();
}

/* What the row shows, in the same form. */
static char *
row_value (ConcordWindow *window,
           const Edit    *edit)
{
  GtkWidget *row = row_for (window, edit->field);

  switch (edit->kind)
    {
    case TEXT:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
    case CHOICE:
      return g_strdup_printf ("%u", adw_combo_row_get_selected (ADW_COMBO_ROW (row)));
    case SWITCH:
      return g_strdup_printf ("%d", gtk_switch_get_active (switch_of (row)));
    default:
      g_assert_not_reached ();
    }
}

static char *
expected_value (const Edit *edit)
{
  return edit->kind == TEXT ? g_strdup (edit->text) : g_strdup_printf ("%u", edit->choice);
}

static void
assert_shows (ConcordWindow *window,
              const Edit    *edit,
              const char    *expected)
{
  g_autofree char *model = model_value (G_OBJECT (memorandum_of (window)), edit->field);
  g_autofree char *shown = row_value (window, edit);

  /* The model says "0" for no revision; the row shows it empty. */
  if (g_str_equal (edit->field, "revision") && g_str_equal (model, "0"))
    g_assert_cmpstr ("", ==, expected);
  else
    g_assert_cmpstr (model, ==, expected);
  g_assert_cmpstr (shown, ==, expected);
}

static void
test_edit_undo_redo_save_reload (void)
{
  ConcordWindow *window = open_details ("data-sharing");
  ConcordDocument *document = concord_window_get_document (window);
  g_autofree char *path = g_build_filename (scratch, "edited.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autofree char *xml = NULL;
  ConcordWindow *second;

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *before = row_value (window, &edits[i]);
      g_autofree char *after = expected_value (&edits[i]);

      g_test_message ("field %s: %s → %s", edits[i].field, before, after);
      g_assert_cmpstr (before, !=, after);
      apply_edit (window, &edits[i]);
      assert_shows (window, &edits[i], after);
      g_assert_true (concord_document_get_modified (document));

      /* Undo gives the old value back, in the model and in the row. */
      activate (window, "win.undo");
      g_assert_true (CONCORD_IS_DETAILS_PANE (concord_window_get_pane (window)));
      assert_shows (window, &edits[i], before);
      activate (window, "win.redo");
      assert_shows (window, &edits[i], after);
    }

  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  xml = read_text (path);
  g_assert_nonnull (strstr (xml, "<revision>2.1</revision>\n"));
  g_assert_nonnull (strstr (xml, ">2016-11</effective-date>\n"));
  g_assert_nonnull (strstr (xml, ">2019-11-30</review-date>\n"));
  g_assert_nonnull (strstr (xml, "<marking>OFFICIAL-SENSITIVE</marking>\n"));
  g_assert_nonnull (strstr (xml, " numbering=\"continuous\""));
  g_assert_nonnull (strstr (xml, " number-format=\"trailing-dot\""));
  g_assert_nonnull (strstr (xml, " numbered-headings=\"true\""));
  g_assert_nonnull (strstr (xml, " item-style=\"alpha\""));
  g_assert_nonnull (strstr (xml, " annex-numbering=\"dotted\""));
  g_assert_nonnull (strstr (xml, "<print details=\"filled\" parties=\"none\" matrix=\"annex\" facts=\"always\" "
                                 "status=\"never\" signatures=\"cover\" marking=\"centred\"/>\n"));

  /* The file loads with every value, and a window on it shows them. */
  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  second = ui_new_window ();
  ui_open_file (second, file);
  concord_window_select (second, G_OBJECT (memorandum_of (second)));
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *after = expected_value (&edits[i]);
      g_autofree char *loaded = model_value (G_OBJECT (reloaded), edits[i].field);

      g_assert_cmpstr (loaded, ==, after);
      assert_shows (second, &edits[i], after);
    }
  g_assert_false (concord_document_get_modified (concord_window_get_document (second)));

  ui_destroy_window (second);
  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Where the signatures go: "in a section" picks the last section with it,
 * as one edit; the section row lists the sections as numbered. */
static void
test_signatures_section (void)
{
  ConcordWindow *window = open_details ("data-sharing");
  ConcordMemorandum *m = memorandum_of (window);
  GListModel *sections = concord_memorandum_get_sections (m);
  guint n = g_list_model_get_n_items (sections);
  g_autoptr(ConcordSection) first = g_list_model_get_item (sections, 0);
  g_autoptr(ConcordSection) last = g_list_model_get_item (sections, n - 1);
  AdwComboRow *placement = ADW_COMBO_ROW (row_for (window, "print-signatures"));
  AdwComboRow *section = ADW_COMBO_ROW (row_for (window, "print-signatures-section"));
  g_autofree char *path = g_build_filename (scratch, "signatures.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *label = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (section)));
  adw_combo_row_set_selected (placement, CONCORD_SIGNATURE_PLACEMENT_SECTION);
  g_assert_cmpint (concord_memorandum_get_print_signatures (m), ==, CONCORD_SIGNATURE_PLACEMENT_SECTION);
  g_assert_cmpstr (concord_memorandum_get_signatures_section (m), ==, concord_section_get_id (last));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (section)), ==, n);
  g_assert_cmpuint (adw_combo_row_get_selected (section), ==, n - 1);
  label = g_strdup_printf ("%u %s", n, concord_section_get_heading (last));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (section)), n - 1), ==,
                   label);

  /* One undo takes back both. */
  activate (window, "win.undo");
  g_assert_cmpint (concord_memorandum_get_print_signatures (m), ==, CONCORD_SIGNATURE_PLACEMENT_END);
  g_assert_null (concord_memorandum_get_signatures_section (m));
  g_assert_cmpuint (adw_combo_row_get_selected (placement), ==, CONCORD_SIGNATURE_PLACEMENT_END);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (section)));
  activate (window, "win.redo");
  g_assert_cmpstr (concord_memorandum_get_signatures_section (m), ==, concord_section_get_id (last));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));

  /* Another section, then undo and redo of that alone. */
  adw_combo_row_set_selected (section, 0);
  g_assert_cmpstr (concord_memorandum_get_signatures_section (m), ==, concord_section_get_id (first));
  activate (window, "win.undo");
  g_assert_cmpstr (concord_memorandum_get_signatures_section (m), ==, concord_section_get_id (last));
  g_assert_cmpuint (adw_combo_row_get_selected (section), ==, n - 1);
  activate (window, "win.redo");
  g_assert_cmpuint (adw_combo_row_get_selected (section), ==, 0);

  /* A heading renamed elsewhere is renamed in the list. */
  concord_section_set_heading (first, "Why we share");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (section)), 0), ==,
                   "1 Why we share");

  g_assert_true (concord_document_save (concord_window_get_document (window), file, &error));
  g_assert_no_error (error);
  xml = read_text (path);
  expected = g_strdup_printf ("<print signatures=\"section\" signatures-section=\"%s\"/>\n",
                              concord_section_get_id (first));
  g_assert_nonnull (strstr (xml, expected));

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* The date row */

static gboolean
popover_shown (gpointer data)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (concord_date_row_get_calendar (data)), GTK_TYPE_POPOVER);

  return gtk_widget_get_mapped (popover);
}

static gboolean
popover_hidden (gpointer data)
{
  return !popover_shown (data);
}

static void
test_date_row (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *list = gtk_list_box_new ();
  ConcordDateRow *row = CONCORD_DATE_ROW (concord_date_row_new ());
  GtkCalendar *calendar = concord_date_row_get_calendar (row);
  g_autofree char *long_text = g_strnfill (1000, '9');
  const char *refused[] = {
    "2016-13", "2016-00", "2016-02-30", "2016-11-31", "0000-01-01", "16-11-30", "2016/11/30",
    "2016-11-30 ", " 2016-11", "２０１６-11", "2016-1", "2016-11-3", "2016-11-30T00:00", "-2016-11", long_text,
  };
  int year, month;

  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
  gtk_window_set_child (window, list);
  gtk_window_present (window);
  ui_wait_for (ui_is_ready, row);

  /* Only full dates, unless months are allowed. */
  g_assert_false (concord_date_row_get_allow_month (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "2016-11");
  g_assert_false (concord_date_row_get_valid (row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (concord_date_row_get_message (row), ==, "Not a date. Type one such as 2016-11-30.");
  concord_date_row_set_allow_month (row, TRUE);
  g_assert_true (concord_date_row_get_valid (row));
  g_assert_null (concord_date_row_get_message (row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  /* Typed, a month stays a month. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2016-11");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), refused[i]);
      g_assert_false (concord_date_row_get_valid (row));
      g_assert_nonnull (concord_date_row_get_message (row));
      g_assert_false (concord_month_date_text_is_valid (refused[i]));
    }
  g_assert_true (concord_date_text_is_valid (""));
  g_assert_true (concord_date_text_is_valid ("2024-02-29"));
  g_assert_false (concord_date_text_is_valid ("2023-02-29"));
  g_assert_true (concord_month_date_text_is_valid ("0001-01"));

  /* The calendar opens on the month typed; a day picked there is written
   * as a full date and closes it. */
  gtk_editable_set_text (GTK_EDITABLE (row), "2016-11");
  concord_date_row_popup (row);
  ui_wait_for (popover_shown, row);
  g_object_get (calendar, "year", &year, "month", &month, NULL);
  g_assert_cmpint (year, ==, 2016);
  g_assert_cmpint (month, ==, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2016-11");
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2016, 11, 30, 0, 0, 0);

    gtk_calendar_select_day (calendar, day);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2016-11-30");
  ui_wait_for (popover_hidden, row);

  /* Moving to another month writes nothing; Whole Month writes that month. */
  concord_date_row_popup (row);
  ui_wait_for (popover_shown, row);
  g_object_set (calendar, "month", 0, "year", 2017, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2016-11-30");
  concord_date_row_use_month (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2017-01");
  ui_wait_for (popover_hidden, row);

  /* An empty or wrong row opens on today. */
  gtk_editable_set_text (GTK_EDITABLE (row), "not a date");
  concord_date_row_popup (row);
  ui_wait_for (popover_shown, row);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_object_get (calendar, "year", &year, NULL);
    g_assert_cmpint (year, ==, g_date_time_get_year (now));
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "not a date");
  concord_date_row_popdown (row);
  ui_wait_for (popover_hidden, row);

  /* Without months, Whole Month does nothing. */
  concord_date_row_set_allow_month (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "2016-11-30");
  concord_date_row_use_month (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2016-11-30");

  gtk_window_destroy (window);
}

/* In the pane: a month typed, a day picked, and a date refused. */
static void
test_dates_in_pane (void)
{
  ConcordWindow *window = open_details ("two-party-partnership");
  ConcordMemorandum *m = memorandum_of (window);
  ConcordDateRow *effective = CONCORD_DATE_ROW (row_for (window, "effective-date"));
  ConcordDateRow *review = CONCORD_DATE_ROW (row_for (window, "review-date"));
  const char *problem;

  g_assert_null (problem_text (window));
  gtk_editable_set_text (GTK_EDITABLE (effective), "2016-11");
  g_assert_cmpstr (concord_memorandum_get_effective_date (m), ==, "2016-11");

  concord_date_row_popup (review);
  ui_wait_for (popover_shown, review);
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2019, 11, 1, 0, 0, 0);

    gtk_calendar_select_day (concord_date_row_get_calendar (review), day);
  }
  ui_wait_for (popover_hidden, review);
  g_assert_cmpstr (concord_memorandum_get_review_date (m), ==, "2019-11-01");
  activate (window, "win.undo");
  g_assert_null (concord_memorandum_get_review_date (m));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (review)), ==, "");
  activate (window, "win.redo");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (review)), ==, "2019-11-01");

  /* A wrong date never reaches the model, and the pane says why. */
  gtk_editable_set_text (GTK_EDITABLE (effective), "2016-13");
  g_assert_cmpstr (concord_memorandum_get_effective_date (m), ==, "2016-11");
  problem = problem_text (window);
  g_assert_nonnull (problem);
  g_assert_cmpstr (problem, ==, "Effective date — Not a date. Type one such as 2016-11-30, or a month such as 2016-11.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (effective), "error"));
  save_screenshot (window, "details-pane-refused-date");
  gtk_editable_set_text (GTK_EDITABLE (effective), "2016-12");
  g_assert_null (problem_text (window));
  g_assert_cmpstr (concord_memorandum_get_effective_date (m), ==, "2016-12");

  ui_destroy_window (window);
}

/* Hostile input */

static void
test_bad_input (void)
{
  ConcordWindow *window = open_details ("blank");
  ConcordMemorandum *m = memorandum_of (window);
  GtkWidget *revision = row_for (window, "revision");
  GtkWidget *marking = row_for (window, "marking");
  const char *refused[] = { "2..1", "v2", "2.1.", ".2", "2,1", "-1", "2.1 ", "١", "999999999999999999999999999999999" };
  g_autofree char *long_marking = NULL;
  g_autofree char *path = g_build_filename (scratch, "hostile.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  GString *built = g_string_new (NULL);
  int width = gtk_widget_get_width (GTK_WIDGET (window));

  gtk_editable_set_text (GTK_EDITABLE (revision), "3");
  g_assert_cmpstr (concord_memorandum_get_revision (m), ==, "3");
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (revision), refused[i]);
      g_assert_cmpstr (concord_memorandum_get_revision (m), ==, "3");
      g_assert_true (gtk_widget_has_css_class (revision, "error"));
      g_assert_cmpstr (problem_text (window), ==, "Revision — Not a version. Type one such as 3 or 2.1.");
    }
  /* The first wrong row is the one the message names. */
  gtk_editable_set_text (GTK_EDITABLE (row_for (window, "language")), "en_GB!");
  g_assert_cmpstr (problem_text (window), ==, "Revision — Not a version. Type one such as 3 or 2.1.");
  gtk_editable_set_text (GTK_EDITABLE (revision), "3.0.1");
  g_assert_cmpstr (concord_memorandum_get_revision (m), ==, "3.0.1");
  g_assert_cmpstr (problem_text (window), ==, "Language — Not a language tag. Type one such as en-GB.");
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "en-GB");
  gtk_editable_set_text (GTK_EDITABLE (row_for (window, "language")), "en-GB");
  g_assert_null (problem_text (window));

  /* Emptied, the revision is none: "0" in the file. */
  gtk_editable_set_text (GTK_EDITABLE (revision), "");
  g_assert_cmpstr (concord_memorandum_get_revision (m), ==, "0");
  g_assert_false (gtk_widget_has_css_class (revision, "error"));
  g_assert_null (problem_text (window));

  /* A marking of 1,000 characters, some of them wide, is kept whole, and
   * neither widens the window nor stops the preview. */
  while (g_utf8_strlen (built->str, -1) < 1000)
    g_string_append (built, "OFFICIAL-SENSITIVE 機密 ");
  long_marking = g_utf8_substring (built->str, 0, 1000);
  g_string_free (built, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (marking), long_marking);
  g_assert_cmpstr (concord_memorandum_get_marking (m), ==, long_marking);
  ui_wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
  g_assert_true (concord_document_save (concord_window_get_document (window), file, &error));
  g_assert_no_error (error);
  reloaded = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_marking (reloaded), ==, long_marking);

  ui_destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* The preview follows */

static gboolean
preview_caught_up (gpointer data)
{
  ConcordPreview *preview = data;
  guint *generation = g_object_get_data (G_OBJECT (preview), "test-generation");

  return !concord_preview_get_busy (preview) && concord_preview_get_generation (preview) > *generation;
}

/* The first page of the preview's layout, drawn into a PDF as the preview
 * draws it on screen, and read back. */
static char *
first_page_text (ConcordPreview *preview)
{
  ConcordDocumentLayout *layout = concord_preview_get_layout (preview);
  g_autofree char *pdf = g_build_filename (scratch, "page.pdf", NULL);
  const char *argv[] = { "pdftotext", "-l", "1", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  int status;

  g_assert_nonnull (layout);
  concord_render_lock ();
  concord_document_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create (pdf, width, height);
  cr = cairo_create (surface);
  concord_document_layout_draw_page (layout, cr, 0);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  concord_render_unlock ();

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (g_unlink (pdf), ==, 0);

  return out;
}

static gboolean
preview_ready (gpointer data)
{
  return !concord_preview_get_busy (data) && concord_preview_get_layout (data) != NULL;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
wait_for_preview (ConcordPreview *preview,
                  guint          *generation)
{
  *generation = concord_preview_get_generation (preview);
  g_object_set_data (G_OBJECT (preview), "test-generation", generation);
  ui_wait_for_within (preview_caught_up, preview, 60 * G_USEC_PER_SEC);
}

static void
test_preview_follows (void)
{
  ConcordWindow *window = open_details ("two-party-partnership");
  ConcordPreview *preview = concord_views_pane_get_preview (concord_window_get_views_pane (window));
  g_autofree char *before = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *centred = NULL;
  g_autofree char *month = NULL;
  guint generation;

  activate (window, "win.show-views");
  concord_views_pane_set_page (concord_window_get_views_pane (window), "preview");
  ui_wait_for_within (preview_ready, preview, 60 * G_USEC_PER_SEC);
  before = first_page_text (preview);
  g_assert_cmpuint (count (before, "OFFICIAL-SENSITIVE"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (row_for (window, "marking")), "OFFICIAL-SENSITIVE");
  wait_for_preview (preview, &generation);
  marked = first_page_text (preview);
  /* In the running head only. */
  g_assert_cmpuint (count (marked, "OFFICIAL-SENSITIVE"), ==, 1);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row_for (window, "print-marking")), CONCORD_MARKING_PLACEMENT_CENTRED);
  wait_for_preview (preview, &generation);
  centred = first_page_text (preview);
  /* At the top and the bottom of the page. */
  g_assert_cmpuint (count (centred, "OFFICIAL-SENSITIVE"), ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (row_for (window, "effective-date")), "2016-11");
  wait_for_preview (preview, &generation);
  month = first_page_text (preview);
  g_assert_nonnull (strstr (month, "November 2016"));

  save_screenshot (window, "details-pane-with-preview");
  /* The setting is shared by the windows of later tests. */
  activate (window, "win.show-views");
  ui_destroy_window (window);
}

/* Saving: the name suggested and the folder chosen */

static void
write_user_dirs (const char *documents)
{
  g_autofree char *config = g_build_filename (g_get_user_config_dir (), NULL);
  g_autofree char *path = g_build_filename (config, "user-dirs.dirs", NULL);
  g_autofree char *text = g_strdup_printf ("XDG_DOCUMENTS_DIR=\"%s\"\n", documents);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_reload_user_special_dirs_cache ();
}

static void
assert_folder (GFile      *folder,
               const char *expected)
{
  g_autofree char *path = g_file_get_path (folder);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_file_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_document_new_from_template ("data-sharing", &error);
  g_autoptr(ConcordDocument) blank = concord_document_new_from_template ("blank", &error);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  const struct { const char *title; const char *name; } names[] = {
    { "Data Sharing Agreement", "Data Sharing Agreement.mou" },
    { "Data Sharing / Annex 2: Contacts", "Data Sharing - Annex 2- Contacts.mou" },
    { "  Two\tspaced\n  lines  ", "Two spaced lines.mou" },
    { "..hidden", "hidden.mou" },
    { "a\\b*c?d\"e<f>g|h", "a-b-c-d-e-f-g-h.mou" },
    { "Already.mou", "Already.mou" },
    { "Zero\u200bwidth\x01", "Zerowidth.mou" },
    { "Accord de partage · été", "Accord de partage · été.mou" },
    { "...", "Memorandum.mou" },
    { "   ", "Memorandum.mou" },
  };
  g_autofree char *long_title = g_strnfill (500, 'x');
  g_autofree char *name = NULL;
  g_autofree char *documents = g_build_filename (g_get_home_dir (), "Papers", NULL);
  g_autofree char *saved_folder = g_build_filename (scratch, "saved", NULL);
  g_autofree char *saved = g_build_filename (saved_folder, "Existing name.mou", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *cwd = g_get_current_dir ();

  g_assert_no_error (error);
  name = concord_dialog_suggest_name (document);
  g_assert_cmpstr (name, ==, "Memorandum of Understanding on the Sharing of Personal Data.mou");
  g_clear_pointer (&name, g_free);
  name = concord_dialog_suggest_name (blank);
  g_assert_cmpstr (name, ==, "Memorandum.mou");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_clear_pointer (&name, g_free);
      concord_memorandum_set_title (m, names[i].title);
      name = concord_dialog_suggest_name (document);
      g_assert_cmpstr (name, ==, names[i].name);
    }
  g_clear_pointer (&name, g_free);
  concord_memorandum_set_title (m, long_title);
  name = concord_dialog_suggest_name (document);
  g_assert_cmpuint (g_utf8_strlen (name, -1), ==, 120 + strlen (".mou"));

  /* A new document starts in the documents folder, or at home without
   * one; never in the working directory. */
  g_assert_cmpint (g_mkdir_with_parents (documents, 0700), ==, 0);
  write_user_dirs (documents);
  folder = concord_dialog_start_folder (document);
  assert_folder (folder, documents);
  g_clear_object (&folder);
  folder = concord_dialog_start_folder (NULL);
  assert_folder (folder, documents);
  g_clear_object (&folder);
  g_assert_cmpint (g_rmdir (documents), ==, 0);
  folder = concord_dialog_start_folder (document);
  assert_folder (folder, g_get_home_dir ());
  g_assert_cmpstr (g_file_peek_path (folder), !=, cwd);
  g_clear_object (&folder);

  /* A saved one starts in its own folder, under its own name. */
  g_assert_cmpint (g_mkdir_with_parents (saved_folder, 0700), ==, 0);
  g_assert_true (concord_document_save (document, saved_file, &error));
  g_assert_no_error (error);
  folder = concord_dialog_start_folder (document);
  assert_folder (folder, saved_folder);
  g_clear_pointer (&name, g_free);
  name = concord_dialog_suggest_name (document);
  g_assert_cmpstr (name, ==, "Existing name.mou");
  g_assert_cmpint (g_unlink (saved), ==, 0);
  g_assert_cmpint (g_rmdir (saved_folder), ==, 0);
}

/* The chooser itself opens where the functions above say. */
static void
chosen_cb (GObject *object,
           GFile   *file)
{
  g_assert_not_reached ();
}

static gboolean
chooser_has_folder (gpointer data)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (data);

  return folder != NULL;
}

static void
test_chooser_folder (void)
{
  ConcordWindow *window = ui_new_window ();
  g_autofree char *documents = g_build_filename (g_get_home_dir (), "Documents", NULL);
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpint (g_mkdir_with_parents (documents, 0700), ==, 0);
  write_user_dirs (documents);
  g_assert_true (concord_window_open_template (window, "data-sharing"));
  gtk_editable_set_text (GTK_EDITABLE (concord_editor_pane_find_row (concord_window_get_pane (window), "Title")),
                         "Data Sharing Agreement");

  chooser = concord_dialog_choose_memorandum (GTK_WINDOW (window), TRUE, concord_window_get_document (window),
                                              chosen_cb, G_OBJECT (window));
  /* The chooser reads its folder in the background. */
  ui_wait_for (chooser_has_folder, chooser);
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  assert_folder (folder, documents);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "Data Sharing Agreement.mou");
  /* Cancelled, as the user would. */
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);

  ui_destroy_window (window);
  g_assert_cmpint (g_rmdir (documents), ==, 0);
}

/* The start page */

static void
test_start_page (void)
{
  ConcordWindow *window = ui_new_window ();
  GtkListBox *templates = concord_start_page_get_templates (concord_window_get_start_page (window));
  gboolean found = FALSE;

  /* A screen reader names the window. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Concord");
  for (guint i = 0; gtk_list_box_get_row_at_index (templates, i) != NULL; i++)
    {
      AdwPreferencesRow *row = ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (templates, i));

      g_assert_cmpstr (adw_preferences_row_get_title (row), !=, "Title of memorandum");
      if (g_strcmp0 (adw_preferences_row_get_title (row), "Blank memorandum") == 0)
        found = TRUE;
    }
  g_assert_true (found);

  ui_destroy_window (window);
}

/* The language row's menu */

static gboolean
menu_shown (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover)) &&
         gtk_widget_get_width (GTK_WIDGET (popover)) > 0;
}

static gboolean
menu_hidden (gpointer data)
{
  return !menu_shown (data);
}

static GtkWidget *
find_label_text (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_text (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The menu's item for a language, as its label names it. */
static GtkWidget *
menu_item (GtkMenuButton *button,
           const char    *label)
{
  GtkWidget *text = find_label_text (GTK_WIDGET (gtk_menu_button_get_popover (button)), label);
  GtkWidget *item = text != NULL ? gtk_widget_get_ancestor (text, g_type_from_name ("GtkModelButton")) : NULL;

  if (item == NULL)
    g_error ("the language menu has no item “%s”", label);

  return item;
}

static gboolean
item_checked (GtkMenuButton *button,
              const char    *label)
{
  gboolean active = FALSE;

  g_object_get (menu_item (button, label), "active", &active, NULL);

  return active;
}

/* The languages are one table, each a tag the printed words know, named
 * in its own language. */
static void
test_language_menu_table (void)
{
  g_autoptr(GMenuModel) menu = concord_language_menu_new ();
  GMenuModel *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  const char *expected[][2] = {
    { "English (UK)", "en-GB" }, { "Cymraeg", "cy" }, { "Français", "fr" }, { "Español", "es" },
  };

  g_assert_nonnull (section);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, G_N_ELEMENTS (expected));
  for (int i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autofree char *tag = NULL;

      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_TARGET, "s", &tag));
      g_assert_cmpstr (label, ==, expected[i][0]);
      g_assert_cmpstr (tag, ==, expected[i][1]);
      g_assert_cmpstr (action, ==, "language.choose");
      g_assert_true (concord_editor_valid_language (tag));
      g_assert_true (concord_words_supported (tag));
    }
  g_object_unref (section);
}

/* The language row's button opens the menu as the keyboard does; a
 * language chosen there is typed into the row, and so becomes the
 * memorandum's, one undoable edit; the menu marks the language the row
 * holds, and any other tag can still be typed. */
static void
test_language_menu (void)
{
  ConcordWindow *window = open_details ("blank");
  ConcordMemorandum *m = memorandum_of (window);
  GtkWidget *row = row_for (window, "language");
  GtkMenuButton *button = GTK_MENU_BUTTON (find_descendant_of_type (row, GTK_TYPE_MENU_BUTTON));

  g_assert_nonnull (button);
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "en-GB");
  /* Named for a screen reader and reached by the keyboard. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Choose a Language");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (button)));
  ui_wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  ui_wait_for (menu_shown, button);
  ui_wait_frames (GTK_WIDGET (gtk_menu_button_get_popover (button)), 3);
  g_assert_true (item_checked (button, "English (UK)"));
  g_assert_false (item_checked (button, "Cymraeg"));
  /* A popover is a surface of its own. */
  ui_save_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (button)), "details-pane-language-menu", 3);

  g_assert_true (gtk_widget_activate (menu_item (button, "Cymraeg")));
  ui_wait_for (menu_hidden, button);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "cy");
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "cy");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (problem_text (window));

  activate (window, "win.undo");
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "en-GB");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "en-GB");

  /* Typed freely: a tag the menu does not list, and none of its items
   * marked. */
  gtk_editable_set_text (GTK_EDITABLE (row), "de-AT");
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "de-AT");
  gtk_menu_button_popup (button);
  ui_wait_for (menu_shown, button);
  g_assert_false (item_checked (button, "English (UK)"));
  g_assert_false (item_checked (button, "Français"));
  g_assert_true (gtk_widget_activate (menu_item (button, "Français")));
  ui_wait_for (menu_hidden, button);
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "fr");

  ui_destroy_window (window);
}

/* Screenshots for docs/screenshots: the pane as a drafter sets it up. */
static void
test_screenshots (void)
{
  g_autofree char *fixture = g_build_filename (SOURCE_ROOT, "tests", "data", "published", "data-sharing-umbrella.mou",
                                               NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  ConcordWindow *window = ui_new_window ();
  GtkWidget *page;

  ui_open_file (window, file);
  concord_window_select (window, G_OBJECT (memorandum_of (window)));
  g_assert_true (CONCORD_IS_DETAILS_PANE (concord_window_get_pane (window)));
  save_screenshot (window, "details-pane");

  page = find_descendant_of_type (GTK_WIDGET (concord_window_get_pane (window)), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (page);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page)),
                            gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page))));
  save_screenshot (window, "details-pane-printing");

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page)), 0);
  ui_wait_frames (GTK_WIDGET (window), 3);
  concord_date_row_popup (CONCORD_DATE_ROW (row_for (window, "effective-date")));
  ui_wait_for (popover_shown, row_for (window, "effective-date"));
  /* A popover is a surface of its own. */
  ui_save_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (concord_date_row_get_calendar (CONCORD_DATE_ROW (
                        row_for (window, "effective-date")))), GTK_TYPE_POPOVER), "details-pane-calendar", 3);
  concord_date_row_popdown (CONCORD_DATE_ROW (row_for (window, "effective-date")));

  ui_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;
  int status;

  scratch = g_dir_make_tmp ("concord-details-XXXXXX", &error);
  g_assert_no_error (error);
  /* Drafts, recent files and settings go to throwaway folders. */
  g_setenv ("XDG_STATE_HOME", scratch, TRUE);
  g_setenv ("XDG_DATA_HOME", scratch, TRUE);
  g_setenv ("XDG_CONFIG_HOME", scratch, TRUE);
  /* The folders a chooser starts in are under a home of our own. */
  home = g_build_filename (scratch, "home", NULL);
  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  g_setenv ("HOME", home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/details/start-page", test_start_page);
  g_test_add_func ("/ui/details/edit-undo-redo-save-reload", test_edit_undo_redo_save_reload);
  g_test_add_func ("/ui/details/signatures-section", test_signatures_section);
  g_test_add_func ("/ui/details/date-row", test_date_row);
  g_test_add_func ("/ui/details/dates-in-pane", test_dates_in_pane);
  g_test_add_func ("/ui/details/bad-input", test_bad_input);
  g_test_add_func ("/ui/details/language-menu-table", test_language_menu_table);
  g_test_add_func ("/ui/details/language-menu", test_language_menu);
  g_test_add_func ("/ui/details/preview-follows", test_preview_follows);
  g_test_add_func ("/ui/details/file-names", test_file_names);
  g_test_add_func ("/ui/details/chooser-folder", test_chooser_folder);
  g_test_add_func ("/ui/details/screenshots", test_screenshots);

  status = g_test_run ();
  g_free (scratch);

  return status;
}
