/* test-from-blank.c: the opening of a published memorandum between two
 * office holders (tests/data/published/office-holders.mou), built from the
 * blank template as a keyboard user builds it: the window's and the panes'
 * actions, text typed into the rows and the text a user focuses, choices
 * picked in combo rows and switches, and the reference chooser. No model
 * setter is called for anything the panes offer. The result is saved,
 * read again, and exported to a PDF whose text has every part.
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
#include "concord-background-pane.h"
#include "concord-body-editor.h"
#include "concord-clause-pane.h"
#include "concord-control-pane.h"
#include "concord-control-row.h"
#include "concord-definitions-pane.h"
#include "concord-outline.h"
#include "concord-outline-part.h"
#include "concord-party-pane.h"
#include "concord-reference-chooser.h"
#include "concord-section-pane.h"
#include "concord-signature-pane.h"
#include "concord-term-editor.h"
#include "concord-text-row.h"
#include "ui-test-util.h"

static char *scratch;

/* Helpers */

static void
switch_on (ConcordWindow *window,
           const char    *title)
{
  GtkWidget *row = ui_pane_row (window, title);
  GtkSwitch *toggle = GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));

  gtk_switch_set_active (toggle, TRUE);
}

static void
assert_outline (ConcordWindow *window,
                gpointer       item,
                const char    *expected)
{
  g_autofree char *text = ui_outline_text (window, item);

  g_test_message ("outline: %s", text);
  g_assert_cmpstr (text, ==, expected);
}

static gpointer
nth (GListModel *model,
     guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);

  /* The memorandum holds it. */
  return item;
}

/* Tab into the text, Ctrl+End, and typing, as the keyboard does. */
static void
type_at_end (ConcordBodyEditor *editor,
             const char        *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (editor)));
  ui_type_at_end (concord_body_editor_get_buffer (editor), text);
}

/* Ctrl+A and typing over it. */
static void
type_over_all (ConcordBodyEditor *editor,
               const char        *text)
{
  GtkTextBuffer *buffer = concord_body_editor_get_buffer (editor);
  GtkTextIter start, end;

  gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (editor)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

/* A party or a term picked from Insert Reference's menu (Shift+Ctrl+R). */
static void
insert_reference (ConcordBodyEditor *editor,
                  const char        *action,
                  const char        *id)
{
  gtk_widget_grab_focus (GTK_WIDGET (concord_body_editor_get_view (editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), action, "s", id));
}

/* Return, which keeps the line's level, then the new line moved in
 * (Ctrl+], shift > 0) or out (Ctrl+[, shift < 0), then its text. */
static void
type_line (ConcordBodyEditor *editor,
           int                shift,
           const char        *text)
{
  type_at_end (editor, "\n");
  for (int i = 0; i < ABS (shift); i++)
    ui_activate (editor, shift > 0 ? "body.indent" : "body.outdent");
  type_at_end (editor, text);
}

static ConcordBodyEditor *
clause_editor (ConcordWindow *window)
{
  ConcordEditorPane *pane = concord_window_get_pane (window);

  g_assert_true (CONCORD_IS_CLAUSE_PANE (pane));

  return CONCORD_BODY_EDITOR (concord_clause_pane_get_body_editor (CONCORD_CLAUSE_PANE (pane)));
}

/* How many chips in the text show less than their words (a label
 * ellipsized to fit the width the text gives it). */
static guint
n_chips_cut (ConcordBodyEditor *editor)
{
  GtkTextBuffer *buffer = concord_body_editor_get_buffer (editor);
  GtkTextIter it;
  guint n_cut = 0;

  for (gtk_text_buffer_get_start_iter (buffer, &it); !gtk_text_iter_is_end (&it); gtk_text_iter_forward_char (&it))
    {
      GtkTextChildAnchor *anchor = gtk_text_iter_get_child_anchor (&it);
      guint n = 0;
      g_autofree GtkWidget **widgets = anchor != NULL ? gtk_text_child_anchor_get_widgets (anchor, &n) : NULL;

      for (guint i = 0; i < n; i++)
        if (GTK_IS_LABEL (widgets[i]) && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widgets[i]))))
          {
            g_test_message ("chip “%s” is %d pixels wide", gtk_label_get_text (GTK_LABEL (widgets[i])),
                            gtk_widget_get_width (widgets[i]));
            n_cut++;
          }
    }

  return n_cut;
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

/* Insert Reference → "Clause, Section or Annex…", words typed into its
 * search, Return. */
static void
choose_reference (ConcordBodyEditor *editor,
                  const char        *words,
                  const char        *label)
{
  ConcordReferenceChooser *chooser;
  Shown shown;

  ui_activate (editor, "body.choose-cross-reference");
  chooser = concord_body_editor_get_chooser (editor);
  g_assert_nonnull (chooser);
  ui_wait_for (ui_widget_mapped, chooser);
  shown.chooser = chooser;
  shown.n = 1;
  gtk_editable_set_text (concord_reference_chooser_get_search_entry (chooser), words);
  ui_wait_for (shows, &shown);
  {
    g_autoptr(ConcordReferenceTarget) target = g_list_model_get_item (concord_reference_chooser_get_shown (chooser), 0);

    g_assert_cmpstr (concord_reference_target_get_label (target), ==, label);
  }
  g_signal_emit_by_name (concord_reference_chooser_get_search_entry (chooser), "activate");
  ui_wait_for (ui_widget_hidden, chooser);
}

/* Lines and pages break anywhere: one space between words, and a word
 * broken at a hyphen at the end of a line joined again. */
static char *
squeeze (const char *text)
{
  const char *hyphens[] = { "\u00ad", "\u2010", "-" };
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n' && p[1] != '\n' && p[1] != '\f')
      {
        gboolean joined = FALSE;

        for (guint i = 0; i < G_N_ELEMENTS (hyphens) && !joined; i++)
          if (g_str_has_suffix (out->str, hyphens[i]) && out->len > strlen (hyphens[i]) &&
              g_ascii_isalpha (out->str[out->len - strlen (hyphens[i]) - 1]) && g_ascii_islower (p[1]))
            {
              g_string_truncate (out, out->len - strlen (hyphens[i]));
              joined = TRUE;
            }
        if (!joined && out->len > 0 && out->str[out->len - 1] != ' ')
          g_string_append_c (out, ' ');
      }
    else if (g_ascii_isspace (*p) || *p == '\f')
      {
        if (out->len > 0 && out->str[out->len - 1] != ' ')
          g_string_append_c (out, ' ');
      }
    else
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static char *
cli_text (const char *path)
{
  g_autofree char *out = ui_cli_text (path);

  return squeeze (out);
}

static void
assert_has (const char *text,
            const char *wanted)
{
  if (strstr (text, wanted) == NULL)
    g_error ("“%s” is not in:\n%s", wanted, text);
}

/* Parts of the memorandum */

static ConcordParty *
add_party (ConcordWindow *window,
           const char    *name,
           const char    *description)
{
  ConcordParty *party;
  ConcordTextRow *row;

  ui_activate (window, "win.party-add");
  party = CONCORD_PARTY (concord_window_get_edited (window));
  g_assert_true (CONCORD_IS_PARTY_PANE (concord_window_get_pane (window)));
  ui_type_into (window, "Name", name);
  switch_on (window, "An Office Holder");
  row = CONCORD_TEXT_ROW (ui_pane_row (window, "Description"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (concord_text_row_get_view (row)), description, -1);
  g_assert_cmpstr (concord_party_get_name (party), ==, name);
  g_assert_true (concord_party_get_office_holder (party));
  g_assert_cmpstr (concord_party_get_description (party), ==, description);

  return party;
}

static ConcordTerm *
add_term (ConcordWindow *window,
          const char    *name,
          const char    *forms,
          gboolean       defined_inline,
          const char    *meaning)
{
  ConcordDefinitionsPane *pane = CONCORD_DEFINITIONS_PANE (concord_window_get_pane (window));
  ConcordTermEditor *editor;
  ConcordTerm *term;

  ui_activate (pane, "definitions.add");
  term = concord_definitions_pane_get_selected (pane);
  g_assert_nonnull (term);
  editor = concord_definitions_pane_get_term_editor (pane);
  g_assert_true (concord_term_editor_get_term (editor) == term);
  ui_type_into (window, "Name", name);
  if (forms != NULL)
    ui_type_into (window, "Other forms", forms);
  if (defined_inline)
    switch_on (window, "Defined at first use");
  g_assert_true (concord_term_get_inline (term) == defined_inline);
  if (meaning != NULL)
    type_at_end (concord_term_editor_get_body_editor (editor), meaning);
  g_assert_cmpstr (concord_term_get_name (term), ==, name);

  return term;
}

static ConcordClause *
add_clause (ConcordWindow *window,
            const char    *heading,
            const char    *text)
{
  ConcordClause *clause;

  /* Ctrl+Return. */
  ui_activate (window, "win.clause-add");
  clause = CONCORD_CLAUSE (concord_window_get_edited (window));
  ui_type_into (window, "Heading", heading);
  type_at_end (clause_editor (window), text);
  g_assert_cmpstr (concord_clause_get_heading (clause), ==, heading);

  return clause;
}

static gboolean
has_row (gpointer data)
{
  gpointer *args = data;

  return concord_editor_pane_find_row (concord_window_get_pane (args[0]), args[1]) != NULL;
}

/* A choice picked in a combo row of the clause's facts, which the pane
 * builds once the kind is chosen. */
static void
choose_fact (ConcordWindow *window,
             const char    *title,
             guint          choice)
{
  gpointer args[2] = { window, (gpointer) title };

  ui_wait_for (has_row, args);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_pane_row (window, title)), choice);
}

/* The clause's kind, then who is responsible: position 0 is "Nobody
 * named", then the parties in order. */
static void
make_role (ConcordWindow *window,
           ConcordClause *clause,
           ConcordParty  *owner,
           guint          party_position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_pane_row (window, "Kind")), CONCORD_CLAUSE_KIND_ROLE);
  g_assert_cmpint (concord_clause_get_kind (clause), ==, CONCORD_CLAUSE_KIND_ROLE);
  choose_fact (window, "Responsible Party", party_position + 1);
  g_assert_cmpstr (concord_clause_get_owner (clause), ==, concord_party_get_id (owner));
}

/* An accountability clause: who, to a body that is not a party, by
 * reporting. */
static void
make_accountable (ConcordWindow *window,
                  ConcordClause *clause,
                  ConcordParty  *accountable,
                  guint          party_position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_pane_row (window, "Kind")), CONCORD_CLAUSE_KIND_ACCOUNTABILITY);
  choose_fact (window, "Who Is Accountable", party_position + 1);
  ui_type_into (window, "Or to a Body That Is Not a Party (for example local communities)", "the House of Representatives");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
    ADW_ACTION_ROW (ui_pane_row (window, "Reporting")))), TRUE);
  g_assert_cmpstr (concord_clause_get_accountable (clause), ==, concord_party_get_id (accountable));
  g_assert_cmpstr (concord_clause_get_to_body (clause), ==, "the House of Representatives");
  g_assert_cmpuint (concord_clause_get_mechanisms (clause), ==, CONCORD_MECHANISM_REPORTING);
}

static ConcordControlRow *
control_row (ConcordWindow *window,
             guint          index)
{
  ConcordEditorPane *pane = concord_window_get_pane (window);
  GtkListBoxRow *row;

  g_assert_true (CONCORD_IS_CONTROL_PANE (pane));
  row = gtk_list_box_get_row_at_index (concord_control_pane_get_list (CONCORD_CONTROL_PANE (pane)), (int) index);
  g_assert_true (CONCORD_IS_CONTROL_ROW (row));

  return CONCORD_CONTROL_ROW (row);
}

static void
set_control_field (ConcordWindow *window,
                   guint          index,
                   const char    *field,
                   const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (concord_control_row_get_field (control_row (window, index), field)), text);
}

/* The test */

static void
test_from_blank (void)
{
  ConcordWindow *window = ui_new_window ();
  ConcordDocument *document;
  ConcordMemorandum *m;
  ConcordParty *treasurer, *minister;
  ConcordTerm *act, *agency, *we;
  ConcordClause *purpose, *roles_treasurer, *roles_minister, *review;
  ConcordSection *roles;
  ConcordAnnex *annex;
  ConcordControlEntry *first_version, *second_version;
  g_autofree char *path = g_build_filename (scratch, "treasurer-local-government.mou", NULL);
  g_autofree char *pdf = g_strconcat (path, ".pdf", NULL);
  g_autofree char *png = g_build_filename (BUILD_ROOT, "tests", "ui", "screens", "from-blank-pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *chips = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf_text = NULL;
  g_autoptr(GBytes) blank = NULL;
  GPtrArray *body;

  g_assert_true (concord_window_open_template (window, "blank"));
  g_assert_cmpstr (concord_window_get_page_name (window), ==, "document");
  document = concord_window_get_document (window);
  m = ui_memorandum (window);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_parties (m)), ==, 0);
  blank = concord_memorandum_serialize (m);

  /* Details: the title and the protective marking. */
  ui_select_item (window, m);
  ui_type_into (window, "Title", "Memorandum of Understanding between the Treasurer and the Minister for Local "
                              "Government on the Local Government Funding Agency");
  ui_type_into (window, "Reference", "TSY-LG-2012");
  ui_type_into (window, "Revision", "1");
  ui_type_into (window, "Effective date", "2012-06-01");
  g_assert_cmpstr (concord_memorandum_get_revision (m), ==, "1");
  g_assert_cmpstr (concord_memorandum_get_effective_date (m), ==, "2012-06-01");
  ui_type_into (window, "Protective marking", "OFFICIAL");
  g_assert_cmpstr (concord_memorandum_get_marking (m), ==, "OFFICIAL");

  /* Two office holders as parties. */
  treasurer = add_party (window, "the Treasurer",
                         "As the Minister responsible for the Crown’s interest in the Local Government Funding Agency.");
  minister = add_party (window, "the Minister for Local Government",
                        "As the Minister responsible for the Local Government Borrowing Act 2011.");
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_parties (m)), ==, 2);
  assert_outline (window, treasurer, "the Treasurer\tSignatory");

  /* Definitions: two terms, one with other forms. */
  ui_select_item (window, ui_outline_part (window, CONCORD_OUTLINE_PART_DEFINITIONS));
  g_assert_true (CONCORD_IS_DEFINITIONS_PANE (concord_window_get_pane (window)));
  act = add_term (window, "the LGFA Act", NULL, TRUE, "the Local Government Borrowing Act 2011.");
  agency = add_term (window, "the Agency", NULL, FALSE,
                     "the New Zealand Local Government Funding Agency Limited.");
  we = add_term (window, "we", "our, us", FALSE, NULL);
  {
    ConcordBodyEditor *meaning = concord_term_editor_get_body_editor (
      concord_definitions_pane_get_term_editor (CONCORD_DEFINITIONS_PANE (concord_window_get_pane (window))));

    insert_reference (meaning, "body.insert-party", concord_party_get_id (treasurer));
    type_at_end (meaning, " and ");
    insert_reference (meaning, "body.insert-party", concord_party_get_id (minister));
    type_at_end (meaning, " together.");
    body = concord_term_get_meaning (we);
    g_assert_cmpuint (body->len, ==, 1);
    g_assert_cmpint (concord_block_get_run (g_ptr_array_index (body, 0), 0)->kind, ==, CONCORD_RUN_PARTY);
    g_assert_cmpstr (concord_block_get_run (g_ptr_array_index (body, 0), 0)->text, ==, concord_party_get_id (treasurer));
  }
  {
    const char * const *forms = concord_term_get_forms (we);

    g_assert_cmpstr (forms[0], ==, "our");
    g_assert_cmpstr (forms[1], ==, "us");
  }
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_terms (m)), ==, 3);
  g_assert_true (nth (concord_memorandum_get_terms (m), 1) == agency);
  assert_outline (window, ui_outline_part (window, CONCORD_OUTLINE_PART_DEFINITIONS), "Definitions\t3 terms");

  /* Background. */
  ui_select_item (window, ui_outline_part (window, CONCORD_OUTLINE_PART_BACKGROUND));
  g_assert_true (CONCORD_IS_BACKGROUND_PANE (concord_window_get_pane (window)));
  {
    ConcordBodyEditor *background = concord_background_pane_get_body_editor (
      CONCORD_BACKGROUND_PANE (concord_window_get_pane (window)));

    insert_reference (background, "body.insert-term", concord_term_get_id (act));
    type_at_end (background, " enables local authorities to borrow through ");
    insert_reference (background, "body.insert-term", concord_term_get_id (agency));
    type_at_end (background, ", and the Crown may be asked to support it.");
  }
  g_assert_cmpuint (concord_memorandum_get_recitals (m)->len, ==, 1);
  assert_outline (window, ui_outline_part (window, CONCORD_OUTLINE_PART_BACKGROUND), "Background\tThe LGFA Act enables local authorities to borrow through…");

  /* The blank template's purpose clause: a heading and its text, typed
   * over the prompt. */
  purpose = nth (concord_section_get_clauses (nth (concord_memorandum_get_sections (m), 0)), 0);
  ui_select_item (window, purpose);
  ui_type_into (window, "Heading", "Purpose");
  type_over_all (clause_editor (window), "This memorandum records how ");
  insert_reference (clause_editor (window), "body.insert-term", concord_term_get_id (we));
  type_at_end (clause_editor (window), " will share responsibility for the Crown’s dealings with ");
  insert_reference (clause_editor (window), "body.insert-term", concord_term_get_id (agency));
  type_at_end (clause_editor (window), ".");
  g_assert_cmpuint (concord_clause_get_body (purpose)->len, ==, 1);

  /* A second section (Shift+Ctrl+Return), three clauses in it; the
   * Treasurer's has items at two levels. */
  ui_activate (window, "win.section-add");
  roles = CONCORD_SECTION (concord_window_get_edited (window));
  g_assert_true (CONCORD_IS_SECTION_PANE (concord_window_get_pane (window)));
  ui_type_into (window, "Heading", "Responsibilities");
  roles_treasurer = add_clause (window, "The Treasurer", "The Treasurer is responsible for:");
  make_role (window, roles_treasurer, treasurer, 0);
  type_line (clause_editor (window), 1, "the Crown’s interest as a potential guarantor of the Agency’s borrowing;");
  type_line (clause_editor (window), 0, "advice from the Treasury on:");
  type_line (clause_editor (window), 1, "the fiscal risk to the Crown; and");
  type_line (clause_editor (window), -1, "any decision to support the Agency financially.");
  body = concord_clause_get_body (roles_treasurer);
  g_assert_cmpuint (body->len, ==, 5);
  g_assert_cmpint (concord_block_get_kind (g_ptr_array_index (body, 1)), ==, CONCORD_BLOCK_ITEM);
  g_assert_cmpuint (concord_block_get_level (g_ptr_array_index (body, 1)), ==, 1);
  g_assert_cmpuint (concord_block_get_level (g_ptr_array_index (body, 2)), ==, 1);
  g_assert_cmpuint (concord_block_get_level (g_ptr_array_index (body, 3)), ==, 2);
  g_assert_cmpuint (concord_block_get_level (g_ptr_array_index (body, 4)), ==, 1);
  roles_minister = add_clause (window, "The Minister for Local Government",
                               "The Minister for Local Government is responsible for the legislative framework.");
  make_role (window, roles_minister, minister, 1);
  review = add_clause (window, "Review", "The review will consider whether the division of responsibilities in ");
  choose_reference (clause_editor (window), "Minister for Local", "Clause 2.2");
  type_at_end (clause_editor (window), " still works.");
  chips = ui_chip_texts (clause_editor (window));
  g_test_message ("chips: %s", chips);
  g_assert_true (g_str_has_suffix (chips, "2.2"));
  g_clear_pointer (&chips, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (concord_section_get_clauses (roles)), ==, 3);
  assert_outline (window, roles_minister, "2.2  The Minister for Local Government\tProposed · Responsible: the Minister for Local Government");

  /* The minister's clause first (Alt+Up): the reference follows. */
  ui_select_item (window, roles_minister);
  ui_activate (window, "win.move-up");
  g_assert_true (nth (concord_section_get_clauses (roles), 0) == roles_minister);
  ui_select_item (window, review);
  chips = ui_chip_texts (clause_editor (window));
  g_test_message ("chips after the move: %s", chips);
  g_assert_true (g_str_has_suffix (chips, "2.1"));

  /* A third section: each minister answers to the House. */
  ui_select_item (window, review);
  ui_activate (window, "win.section-add");
  ui_type_into (window, "Heading", "Accountability");
  make_accountable (window, add_clause (window, "Reporting to the House",
                                        "The Treasurer will report any support given to the Agency."),
                    treasurer, 0);
  make_accountable (window, add_clause (window, "The framework",
                                        "The Minister for Local Government will answer to the House for the "
                                        "operation of the LGFA Act."),
                    minister, 1);
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_sections (m)), ==, 3);

  /* An annex (from the main menu). */
  ui_activate (window, "win.annex-add");
  annex = CONCORD_ANNEX (concord_window_get_edited (window));
  g_assert_true (CONCORD_IS_ANNEX_PANE (concord_window_get_pane (window)));
  ui_type_into (window, "Heading", "Contacts");
  type_at_end (CONCORD_BODY_EDITOR (concord_annex_pane_get_body_editor (CONCORD_ANNEX_PANE (concord_window_get_pane (window)))),
               "Officials of the Treasury and of the Department of Internal Affairs are the contacts.");
  g_assert_cmpstr (concord_annex_get_heading (annex), ==, "Contacts");
  g_assert_cmpuint (concord_annex_get_body (annex)->len, ==, 1);

  /* Document control: two versions. */
  ui_select_item (window, ui_outline_part (window, CONCORD_OUTLINE_PART_DOCUMENT_CONTROL));
  ui_activate (concord_window_get_pane (window), "control.add");
  set_control_field (window, 0, "version", "0.9");
  set_control_field (window, 0, "date", "2012-05-01");
  set_control_field (window, 0, "author", "Treasury");
  set_control_field (window, 0, "summary", "Draft for consultation");
  ui_activate (concord_window_get_pane (window), "control.add");
  set_control_field (window, 1, "version", "1.0");
  set_control_field (window, 1, "date", "2012-05-28");
  set_control_field (window, 1, "author", "Treasury");
  set_control_field (window, 1, "summary", "Signed version");
  first_version = nth (concord_memorandum_get_control_entries (m), 0);
  second_version = nth (concord_memorandum_get_control_entries (m), 1);
  g_assert_cmpstr (concord_control_entry_get_version (first_version), ==, "0.9");
  g_assert_cmpstr (concord_control_entry_get_version (second_version), ==, "1.0");
  assert_outline (window, ui_outline_part (window, CONCORD_OUTLINE_PART_DOCUMENT_CONTROL), "Document control\t2 versions");

  /* A signature block for each office, from its party's pane; the office
   * signs, with no named person. */
  ui_select_item (window, treasurer);
  ui_activate (window, "win.signature-add");
  g_assert_true (CONCORD_IS_SIGNATURE_PANE (concord_window_get_pane (window)));
  ui_type_into (window, "Date Signed (YYYY-MM-DD)", "2012-05-28");
  ui_type_into (window, "Place", "Wellington");
  ui_select_item (window, minister);
  ui_activate (window, "win.signature-add");
  ui_type_into (window, "Date Signed (YYYY-MM-DD)", "2012-05-30");
  ui_type_into (window, "Place", "Wellington");
  g_assert_cmpstr (concord_signature_get_date (CONCORD_SIGNATURE (concord_window_get_edited (window))), ==,
                   "2012-05-30");
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_signatures (m)), ==, 2);
  g_assert_cmpstr (concord_signature_get_party (nth (concord_memorandum_get_signatures (m), 0)), ==,
                   concord_party_get_id (treasurer));
  g_assert_cmpstr (concord_signature_get_party (nth (concord_memorandum_get_signatures (m), 1)), ==,
                   concord_party_get_id (minister));

  /* The outline lists it all. */
  {
    GListModel *items = concord_outline_get_items (concord_window_get_outline (window));

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autofree char *row = ui_outline_text (window, nth (items, i));

        g_test_message ("outline row %u: %s", i, row);
      }
  }
  assert_outline (window, annex, "Annex A\tContacts");

  /* Signed, as the published one is: no DRAFT across the pages. */
  ui_select_item (window, m);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_pane_row (window, "Status")), CONCORD_STATUS_SIGNED);
  g_assert_cmpint (concord_memorandum_get_status (m), ==, CONCORD_STATUS_SIGNED);
  /* The clause with the reference, as the drafter last sees it. */
  ui_select_item (window, review);
  g_clear_pointer (&chips, g_free);
  chips = ui_chip_texts (clause_editor (window));
  g_assert_cmpstr (chips, ==, "clause 2.1");
  ui_save_screenshot (GTK_WIDGET (window), "from-blank", 60);
  {
    guint n_cut = n_chips_cut (clause_editor (window));

    ui_select_item (window, purpose);
    ui_save_screenshot (GTK_WIDGET (window), "from-blank-purpose", 10);
    n_cut += n_chips_cut (clause_editor (window));
    /* Each chip shows its words, not an ellipsis. */
    g_assert_cmpuint (n_cut, ==, 0);
  }

  /* Saved, read again: the same memorandum. */
  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  {
    g_autoptr(ConcordMemorandum) reloaded = concord_memorandum_load_from_file (path, &error);
    g_autoptr(GBytes) now = concord_memorandum_serialize (m);
    g_autoptr(GBytes) again = NULL;

    g_assert_no_error (error);
    again = concord_memorandum_serialize (reloaded);
    g_assert_true (g_bytes_equal (now, again));
  }
  /* Valid against the schema, every reference resolved, and each party
   * with a role and someone to answer to. Like the published opening it
   * copies, it has no status, variation, termination or disputes clause,
   * and lint says so; nothing else. */
  {
    g_autofree char *cli = ui_cli_path ();
    const char *validate[] = { cli, "validate", path, NULL };
    const char *lint[] = { cli, "lint", path, NULL };
    g_autofree char *ignored = ui_run (validate);
    int exit_code = 0;
    g_autofree char *findings = ui_run_with_exit (lint, &exit_code);
    g_auto(GStrv) lines = g_strsplit (g_strchomp (findings), "\n", -1);
    const char *missing[] = { "status-clause", "variation-clause", "termination-clause", "dispute-clause" };

    g_assert_cmpint (exit_code, ==, 1);
    g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (missing));
    for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
      {
        g_autofree char *expected = g_strdup_printf ("missing-standard-clause: details, %s:", missing[i]);

        assert_has (lines[i], expected);
      }
  }
  text = cli_text (path);
  assert_has (text, "whether the division of responsibilities in clause 2.1 still works.");

  /* The PDF has every part. */
  {
    const char *to_png[] = { "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf, png, NULL };
    g_autofree char *raw = ui_pdf_text (path);
    g_autofree char *ignored_too = ui_run (to_png);

    pdf_text = squeeze (raw);
  }
  g_test_message ("%s", pdf_text);
  /* The marking in the page furniture, the cover and document control. */
  assert_has (pdf_text, "TSY-LG-2012 · Revision 1 OFFICIAL Memorandum of understanding Memorandum of Understanding "
                        "between the Treasurer and the Minister for Local Government");
  assert_has (pdf_text, "Reference TSY-LG-2012 Revision 1 Status signed Effective date 2012-06-01");
  assert_has (pdf_text, "Version Date Author Summary of change 0.9 2012-05-01 Treasury Draft for consultation "
                        "1.0 2012-05-28 Treasury Signed version");
  /* Each term and its meaning; the inline one where it is first used. */
  assert_has (pdf_text, "Definitions “the Agency” means the New Zealand Local Government Funding Agency Limited.");
  assert_has (pdf_text, "“we”, “our” and “us” mean the Treasurer and the Minister for Local Government together.");
  assert_has (pdf_text, "Background (A) The Local Government Borrowing Act 2011 (the LGFA Act) enables local "
                        "authorities to borrow through the Agency, and the Crown may be asked to support it.");
  /* Sections, clauses, items at two levels, in the order after the move. */
  assert_has (pdf_text, "1 Purpose 1.1 Purpose This memorandum records how we will share responsibility");
  assert_has (pdf_text, "2 Responsibilities 2.1 The Minister for Local Government The Minister for Local "
                        "Government is responsible for the legislative framework. 2.2 The Treasurer");
  assert_has (pdf_text, "2.2.1 the Crown’s interest as a potential guarantor of the Agency’s borrowing; "
                        "2.2.2 advice from the Treasury on: 2.2.2.1 the fiscal risk to the Crown; and "
                        "2.2.3 any decision to support the Agency financially.");
  /* The reference under its new number. */
  assert_has (pdf_text, "2.3 Review The review will consider whether the division of responsibilities in "
                        "clause 2.1 still works.");
  g_assert_null (strstr (pdf_text, "clause 2.2"));
  assert_has (pdf_text, "3 Accountability 3.1 Reporting to the House The Treasurer will report any support given");
  assert_has (pdf_text, "Annex A: Contacts Officials of the Treasury");
  /* Each office signs as the office. */
  assert_has (pdf_text, "Signatures Signed on behalf of each signatory by its authorised representative. "
                        "Signed by the Treasurer Signature Date 2012-05-28 Wellington");
  assert_has (pdf_text, "Signed by the Minister for Local Government Signature Date 2012-05-30 Wellington");
  g_assert_null (strstr (pdf_text, "DRAFT"));

  /* Undo takes it all back to the blank template; redo brings it again. */
  {
    g_autoptr(GBytes) built = concord_memorandum_serialize (m);
    g_autoptr(GBytes) now = NULL;
    guint n = 0;

    while (concord_document_can_undo (document))
      {
        ui_activate (window, "win.undo");
        n++;
      }
    g_test_message ("%u edits undone", n);
    now = concord_memorandum_serialize (m);
    g_assert_true (g_bytes_equal (now, blank));
    g_clear_pointer (&now, g_bytes_unref);
    while (concord_document_can_redo (document))
      ui_activate (window, "win.redo");
    now = concord_memorandum_serialize (m);
    g_assert_true (g_bytes_equal (now, built));
    g_assert_false (concord_document_get_modified (document));
  }

  ui_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);
  int ret;

  scratch = g_dir_make_tmp ("concord-from-blank-XXXXXX", NULL);
  /* Drafts and recent files go to throwaway folders, never the user's. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/from-blank/memorandum", test_from_blank);

  ret = g_test_run ();
  {
    const char *argv_rm[] = { "rm", "-rf", scratch, state, NULL };

    g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (scratch);

  return ret;
}
