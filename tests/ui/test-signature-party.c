/* test-signature-party.c: the party and signature panes, under Xvfb.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "concord-party-pane.h"
#include "concord-signature-pane.h"
#include "concord-structure.h"
#include "concord-preview.h"
#include "concord-text-row.h"
#include "concord-views-pane.h"
#include "concord-window.h"
#include "concord-date-row.h"
#include "ui-test-util.h"

/* Each field edited through its row as a user types, undone, redone,
 * saved and read back from the file; signature blocks added and removed
 * through the window's actions; logos good and bad; and the blocks of an
 * office holder and a signatory who is not a party printed to PDF. The
 * files are copies of the published memoranda in tests/data. */

static char *scratch;

static ConcordWindow *
open_copy (const char *name,
           const char *as,
           char      **path)
{
  ConcordWindow *window = ui_new_window ();
  g_autoptr(GFile) file = NULL;

  *path = ui_copy_published (scratch, name, as);
  file = g_file_new_for_path (*path);
  ui_open_file (window, file);
  g_assert_nonnull (concord_window_get_document (window));

  return window;
}

static void
save (ConcordWindow *window)
{
  ui_activate (window, "win.save");
  g_assert_false (concord_document_get_modified (concord_window_get_document (window)));
}

static char *
file_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  return text;
}

/* Undo puts the model back as it was, and redo as it became. */

static void
assert_undo_redo_string (ConcordWindow *window,
                         GObject       *item,
                         const char    *property,
                         const char    *before,
                         const char    *after)
{
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  ui_activate (window, "win.undo");
  g_object_get (item, property, &undone, NULL);
  g_assert_cmpstr (undone, ==, before);
  ui_activate (window, "win.redo");
  g_object_get (item, property, &redone, NULL);
  g_assert_cmpstr (redone, ==, after);
}

static gboolean
transition_done (gpointer data)
{
  return !gtk_stack_get_transition_running (GTK_STACK (data));
}

static void
screenshot (ConcordWindow *window,
            const char    *name)
{
  /* Let the page transitions end first: the window's, then the pane's. */
  ui_wait_for (transition_done, gtk_widget_get_ancestor (GTK_WIDGET (concord_window_get_outline (window)),
                                                        GTK_TYPE_STACK));
  ui_wait_for (transition_done, gtk_widget_get_parent (GTK_WIDGET (concord_window_get_pane (window))));
  ui_save_screenshot (GTK_WIDGET (window), name, 3);
}

static char *write_png (const char *name);

static GtkWidget *
group_of (GtkWidget *row)
{
  return gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
}

/* The party pane: every field on an office holder of the office-holder
 * memorandum, then a new party that does not sign. */
static void
test_party_fields (void)
{
  g_autofree char *path = NULL;
  ConcordWindow *window = open_copy ("office-holders.mou", "party.mou", &path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordParty *treasurer = concord_memorandum_find_party (m, "treasurer");
  ConcordPartyPane *pane;
  ConcordTextRow *description;
  GtkSwitch *office_switch;
  const char *new_description = "As the Minister responsible for the Crown’s interest.\nAnd for its borrowing.";

  concord_window_select (window, G_OBJECT (treasurer));
  g_assert_true (CONCORD_IS_PARTY_PANE (concord_window_get_pane (window)));
  pane = CONCORD_PARTY_PANE (concord_window_get_pane (window));

  ui_type_into (window, "Name", "the Treasurer of New Zealand");
  g_assert_cmpstr (concord_party_get_name (treasurer), ==, "the Treasurer of New Zealand");
  assert_undo_redo_string (window, G_OBJECT (treasurer), "name", "the Treasurer", "the Treasurer of New Zealand");
  ui_type_into (window, "Short Name", "the Treasurer");
  assert_undo_redo_string (window, G_OBJECT (treasurer), "short-name", NULL, "the Treasurer");
  ui_type_into (window, "Organisation (for a unit of one)", "New Zealand Government");
  g_assert_cmpstr (concord_party_get_organisation (treasurer), ==, "New Zealand Government");
  assert_undo_redo_string (window, G_OBJECT (treasurer), "organisation", NULL, "New Zealand Government");

  /* The description takes more than one line. */
  description = CONCORD_TEXT_ROW (ui_pane_row (window, "Description"));
  g_assert_true (g_str_has_prefix (concord_text_row_get_text (description), "As the Minister responsible"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (concord_text_row_get_view (description)), new_description, -1);
  g_assert_cmpstr (concord_party_get_description (treasurer), ==, new_description);
  ui_activate (window, "win.undo");
  g_assert_true (g_str_has_suffix (concord_text_row_get_text (description), "Local Government Funding Agency."));
  ui_activate (window, "win.redo");
  g_assert_cmpstr (concord_text_row_get_text (description), ==, new_description);

  /* The office holder switch. */
  office_switch = GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (ui_pane_row (window, "An Office Holder"))));
  g_assert_true (gtk_switch_get_active (office_switch));
  gtk_switch_set_active (office_switch, FALSE);
  g_assert_false (concord_party_get_office_holder (treasurer));
  ui_activate (window, "win.undo");
  g_assert_true (concord_party_get_office_holder (treasurer));
  g_assert_true (gtk_switch_get_active (office_switch));

  ui_type_into (window, "Signatory’s Name", "Bill English");
  ui_type_into (window, "Signatory’s Title or Office", "Minister of Finance");
  assert_undo_redo_string (window, G_OBJECT (treasurer), "signatory-title", NULL, "Minister of Finance");
  g_assert_true (gtk_widget_get_visible (group_of (ui_pane_row (window, "Signatory’s Name"))));
  {
    g_autofree char *png = write_png ("treasury.png");
    g_autoptr(GFile) file = g_file_new_for_path (png);
    g_autoptr(GError) error = NULL;

    g_assert_true (concord_party_pane_set_logo_file (pane, file, &error));
  }
  screenshot (window, "party-pane");

  save (window);
  {
    g_autoptr(ConcordMemorandum) saved = ui_reload (path);
    ConcordParty *party = concord_memorandum_find_party (saved, "treasurer");
    g_autofree char *xml = file_text (path);

    g_assert_cmpstr (concord_party_get_name (party), ==, "the Treasurer of New Zealand");
    g_assert_cmpstr (concord_party_get_short_name (party), ==, "the Treasurer");
    g_assert_cmpstr (concord_party_get_organisation (party), ==, "New Zealand Government");
    g_assert_cmpstr (concord_party_get_description (party), ==, new_description);
    g_assert_true (concord_party_get_office_holder (party));
    g_assert_cmpstr (concord_party_get_signatory_person (party), ==, "Bill English");
    g_assert_nonnull (strstr (xml, "<organisation>New Zealand Government</organisation>"));
    g_assert_nonnull (concord_party_get_logo (party));
    g_assert_nonnull (strstr (xml, "<party id=\"treasurer\" kind=\"signatory\" office-holder=\"true\">"));
  }

  /* A new party has a colour no other party has; made a stakeholder, it
   * has no one to sign for it, and the Who Signs rows go. */
  ui_activate (window, "win.party-add");
  {
    ConcordParty *added = CONCORD_PARTY (concord_window_get_edited (window));
    GListModel *parties = concord_memorandum_get_parties (m);
    AdwComboRow *kind = ADW_COMBO_ROW (ui_pane_row (window, "Role in the Memorandum"));
    GtkWidget *signs = group_of (ui_pane_row (window, "Signatory’s Name"));

    g_assert_nonnull (concord_party_get_colour (added));
    for (guint i = 0; i + 1 < g_list_model_get_n_items (parties); i++)
      {
        g_autoptr(ConcordParty) other = g_list_model_get_item (parties, i);

        g_assert_cmpstr (concord_party_get_colour (other), !=, concord_party_get_colour (added));
      }
    ui_type_into (window, "Name", "the Minister of Finance");
    g_assert_true (gtk_widget_get_visible (signs));
    adw_combo_row_set_selected (kind, CONCORD_PARTY_KIND_STAKEHOLDER);
    g_assert_cmpint (concord_party_get_kind (added), ==, CONCORD_PARTY_KIND_STAKEHOLDER);
    g_assert_false (gtk_widget_get_visible (signs));
    ui_activate (window, "win.undo");
    g_assert_cmpint (concord_party_get_kind (added), ==, CONCORD_PARTY_KIND_SIGNATORY);
    g_assert_true (gtk_widget_get_visible (signs));
    ui_activate (window, "win.redo");
    g_assert_false (gtk_widget_get_visible (signs));
    save (window);
    {
      g_autoptr(ConcordMemorandum) saved = ui_reload (path);
      ConcordParty *party = concord_memorandum_find_party (saved, concord_party_get_id (added));

      g_assert_cmpint (concord_party_get_kind (party), ==, CONCORD_PARTY_KIND_STAKEHOLDER);
      g_assert_cmpstr (concord_party_get_colour (party), ==, concord_party_get_colour (added));
    }
  }

  ui_destroy_window (window);
}

static char *
write_scratch (const char *name,
               const char *data,
               gssize      len)
{
  char *path = g_build_filename (scratch, name, NULL);

  g_assert_true (g_file_set_contents (path, data, len, NULL));

  return path;
}

static char *
write_png (const char *name)
{
  char *path = g_build_filename (scratch, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 20);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.1, 0.4, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

static void
assert_refused (ConcordPartyPane *pane,
                ConcordParty     *party,
                const char       *path,
                GBytes           *kept)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (concord_party_pane_set_logo_file (pane, file, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  /* The message names the file, for the dialog that tells the user. */
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (concord_party_get_logo (party) == kept);
}

/* A PNG and an SVG logo taken, shown, undone, removed, saved and read
 * back; files that are not a logo the loader reads are refused. */
static void
test_party_logo (void)
{
  g_autofree char *path = NULL;
  ConcordWindow *window = open_copy ("framework.mou", "logo.mou", &path);
  ConcordParty *party = concord_memorandum_find_party (ui_memorandum (window), "dfe");
  ConcordPartyPane *pane;
  g_autofree char *png = write_png ("logo.png");
  g_autofree char *svg = write_scratch ("logo.svg",
                                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"30\">"
                                        "<rect width=\"60\" height=\"30\" fill=\"#c01c28\"/></svg>", -1);
  g_autofree char *text = write_scratch ("logo.txt", "not an image at all", -1);
  g_autofree char *broken = write_scratch ("broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect", -1);
  g_autofree char *doctype = write_scratch ("doctype.svg",
                                            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e \"x\">]>"
                                            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", -1);
  g_autofree char *truncated = NULL;
  g_autofree char *huge = NULL;
  g_autofree char *missing = g_build_filename (scratch, "missing.png", NULL);
  g_autofree char *fifo = g_build_filename (scratch, "fifo.png", NULL);

  {
    g_autofree char *data = NULL;
    gsize len;
    g_autofree char *big = g_malloc0 (CONCORD_MAX_IMAGE_SIZE + 1);

    g_assert_true (g_file_get_contents (png, &data, &len, NULL));
    truncated = write_scratch ("truncated.png", data, (gssize) len / 2);
    memcpy (big, data, len);
    huge = write_scratch ("huge.png", big, CONCORD_MAX_IMAGE_SIZE + 1);
  }

  concord_window_select (window, G_OBJECT (party));
  pane = CONCORD_PARTY_PANE (concord_window_get_pane (window));
  g_assert_null (concord_party_get_logo (party));
  g_assert_false (concord_party_pane_shows_logo (pane));

  {
    g_autoptr(GFile) file = g_file_new_for_path (png);
    g_autoptr(GError) error = NULL;

    g_assert_true (concord_party_pane_set_logo_file (pane, file, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (concord_party_get_logo (party));
  g_assert_true (concord_party_pane_shows_logo (pane));
  ui_activate (window, "win.undo");
  g_assert_null (concord_party_get_logo (party));
  g_assert_false (concord_party_pane_shows_logo (pane));
  ui_activate (window, "win.redo");
  g_assert_true (concord_party_pane_shows_logo (pane));

  /* An SVG replaces it, and shows as drawn. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (svg);
    g_autoptr(GError) error = NULL;

    g_assert_true (concord_party_pane_set_logo_file (pane, file, &error));
    g_assert_true (concord_party_pane_shows_logo (pane));
  }
  screenshot (window, "party-pane-logo");

  {
    GBytes *kept = concord_party_get_logo (party);

    assert_refused (pane, party, text, kept);
    assert_refused (pane, party, broken, kept);
    assert_refused (pane, party, doctype, kept);
    assert_refused (pane, party, truncated, kept);
    assert_refused (pane, party, huge, kept);
    assert_refused (pane, party, missing, kept);
    /* A FIFO would block the read for ever: refused before reading. */
    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    assert_refused (pane, party, fifo, kept);
    assert_refused (pane, party, "/dev/zero", kept);
  }

  save (window);
  {
    g_autoptr(ConcordMemorandum) saved = ui_reload (path);
    GBytes *logo = concord_party_get_logo (concord_memorandum_find_party (saved, "dfe"));

    g_assert_nonnull (logo);
    g_assert_true (g_bytes_equal (logo, concord_party_get_logo (party)));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "party.logo-remove", NULL));
  g_assert_null (concord_party_get_logo (party));
  g_assert_false (concord_party_pane_shows_logo (pane));
  ui_activate (window, "win.undo");
  g_assert_true (concord_party_pane_shows_logo (pane));
  ui_activate (window, "win.redo");
  save (window);
  {
    g_autoptr(ConcordMemorandum) saved = ui_reload (path);

    g_assert_null (concord_party_get_logo (concord_memorandum_find_party (saved, "dfe")));
  }

  ui_destroy_window (window);
}

static ConcordSignature *
signature_at (ConcordMemorandum *m,
              guint              position)
{
  g_autoptr(ConcordSignature) sig = g_list_model_get_item (concord_memorandum_get_signatures (m), position);

  return sig;
}

/* The local boards' memorandum: a line covering two offices and a
 * signatory who is not a party. */
static void
test_signature_fields (void)
{
  g_autofree char *path = NULL;
  ConcordWindow *window = open_copy ("local-boards.mou", "signatures.mou", &path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordSignature *ctb = concord_memorandum_find_signature (m, "ctb");
  ConcordSignature *dph = signature_at (m, 3);
  ConcordSignaturePane *pane;
  AdwComboRow *also_for;
  guint n;

  /* The Trust Board's chair signs also for the Partnership, in the
   * second office. */
  concord_window_select (window, G_OBJECT (ctb));
  pane = CONCORD_SIGNATURE_PANE (concord_window_get_pane (window));
  g_assert_true (CONCORD_IS_SIGNATURE_PANE (pane));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_pane_row (window, "Second Office, on the Same Line"))), ==,
                   "Corporate Director, People");
  ui_type_into (window, "Second Office, on the Same Line", "Corporate Director, Children and Families");
  assert_undo_redo_string (window, G_OBJECT (ctb), "second-title", "Corporate Director, People",
                           "Corporate Director, Children and Families");
  also_for = ADW_COMBO_ROW (ui_pane_row (window, "In the Second Office, Also Signs for"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (also_for)));
  g_assert_cmpuint (adw_combo_row_get_selected (also_for), ==, 0);
  /* None, then the two other boards: the Trust Board is not its own second. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (also_for)), ==, 3);
  adw_combo_row_set_selected (also_for, 2);
  g_assert_cmpstr (concord_signature_get_also_for (ctb), ==, "scp");
  ui_activate (window, "win.undo");
  g_assert_null (concord_signature_get_also_for (ctb));
  g_assert_cmpuint (adw_combo_row_get_selected (also_for), ==, 0);
  ui_activate (window, "win.redo");
  g_assert_cmpuint (adw_combo_row_get_selected (also_for), ==, 2);
  /* A party added while the block is shown is a choice at once; gone
   * again by undo, it is not, and the choice made stays. */
  concord_structure_add_party (concord_window_get_document (window));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (also_for)), ==, 4);
  ui_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (also_for)), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (also_for), ==, 2);
  g_assert_cmpstr (concord_signature_get_also_for (ctb), ==, "scp");
  ui_type_into (window, "Place", "Cardiff");
  assert_undo_redo_string (window, G_OBJECT (ctb), "place", NULL, "Cardiff");
  /* A signature image from a FIFO or a device is refused before it is
   * read, which would never end. */
  {
    g_autofree char *fifo = g_build_filename (scratch, "signature-fifo.png", NULL);
    const char *paths[] = { fifo, "/dev/zero" };

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
      {
        g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
        g_autoptr(GError) error = NULL;

        g_assert_false (concord_signature_pane_set_image_file (pane, file, &error));
        g_assert_nonnull (strstr (error->message, "not a file"));
      }
    g_assert_null (concord_signature_get_image (ctb));
  }
  screenshot (window, "signature-pane");

  /* The Director of Public Health is not a party: no second party to
   * choose, and the office and name are edited. */
  concord_window_select (window, G_OBJECT (dph));
  g_assert_null (concord_signature_get_party (dph));
  g_assert_false (gtk_widget_get_visible (ui_pane_row (window, "In the Second Office, Also Signs for")));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_pane_row (window, "Signed for"))),
                            "not a party"));
  ui_type_into (window, "Title or Office", "Director of Public Health, Cardiff and Vale");
  assert_undo_redo_string (window, G_OBJECT (dph), "title", "Director of Public Health",
                           "Director of Public Health, Cardiff and Vale");
  ui_type_into (window, "Signed by", "Dr Sarah Hughes OBE");
  assert_undo_redo_string (window, G_OBJECT (dph), "person", "Dr Sarah Hughes", "Dr Sarah Hughes OBE");
  ui_type_into (window, "Date Signed (YYYY-MM-DD)", "2019-03-15");
  assert_undo_redo_string (window, G_OBJECT (dph), "date", "2019-03-14", "2019-03-15");
  /* A day picked from the row's calendar; a block is signed on a day, so
   * a month alone is refused. */
  {
    ConcordDateRow *date_row = CONCORD_DATE_ROW (ui_pane_row (window, "Date Signed (YYYY-MM-DD)"));
    g_autoptr(GDateTime) day = g_date_time_new_local (2019, 3, 18, 0, 0, 0);

    g_assert_false (concord_date_row_get_allow_month (date_row));
    gtk_calendar_select_day (concord_date_row_get_calendar (date_row), day);
    g_assert_cmpstr (concord_signature_get_date (dph), ==, "2019-03-18");
    ui_type_into (window, "Date Signed (YYYY-MM-DD)", "2019-03");
    g_assert_cmpstr (concord_signature_get_date (dph), ==, "2019-03-18");
    ui_type_into (window, "Date Signed (YYYY-MM-DD)", "2019-03-15");
  }
  screenshot (window, "signature-pane-not-a-party");

  save (window);
  {
    g_autoptr(ConcordMemorandum) saved = ui_reload (path);
    g_autofree char *xml = file_text (path);
    ConcordSignature *again = signature_at (saved, 3);

    g_assert_nonnull (strstr (xml, "<signature party=\"ctb\" also-for=\"scp\">"));
    g_assert_nonnull (strstr (xml, "<title>Corporate Director, Children and Families</title>"));
    g_assert_cmpstr (concord_signature_get_title (again), ==, "Director of Public Health, Cardiff and Vale");
    g_assert_cmpstr (concord_signature_get_person (again), ==, "Dr Sarah Hughes OBE");
    g_assert_cmpstr (concord_signature_get_date (again), ==, "2019-03-15");
    g_assert_cmpstr (concord_signature_get_place (concord_memorandum_find_signature (saved, "ctb")), ==, "Cardiff");
  }

  /* A second signatory who is not a party, added after the one shown;
   * while its office and name are another's the rows say so. */
  n = g_list_model_get_n_items (concord_memorandum_get_signatures (m));
  ui_activate (window, "win.signature-add-other");
  {
    ConcordSignature *added = CONCORD_SIGNATURE (concord_window_get_edited (window));

    g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_signatures (m)), ==, n + 1);
    g_assert_true (signature_at (m, n) == added);
    g_assert_null (concord_signature_get_party (added));
    pane = CONCORD_SIGNATURE_PANE (concord_window_get_pane (window));
    ui_type_into (window, "Title or Office", "Director of Public Health, Cardiff and Vale");
    ui_type_into (window, "Signed by", "Dr Sarah Hughes OBE");
    g_assert_true (concord_signature_pane_shows_duplicate (pane));
    ui_type_into (window, "Title or Office", "Director of Social Services");
    ui_type_into (window, "Signed by", "Owen Davies");
    g_assert_false (concord_signature_pane_shows_duplicate (pane));
    save (window);
    {
      g_autoptr(ConcordMemorandum) saved = ui_reload (path);

      g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_signatures (saved)), ==, n + 1);
      g_assert_cmpstr (concord_signature_get_title (signature_at (saved, n)), ==, "Director of Social Services");
    }

    /* Removed, the block before it is shown; undo puts it back. */
    ui_activate (window, "win.signature-remove");
    g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_signatures (m)), ==, n);
    g_assert_true (concord_window_get_edited (window) == G_OBJECT (dph));
    ui_activate (window, "win.undo");
    g_assert_true (signature_at (m, n) == added);
    ui_activate (window, "win.redo");
    save (window);
    {
      g_autoptr(ConcordMemorandum) saved = ui_reload (path);

      g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_signatures (saved)), ==, n);
    }
  }

  /* The Director's office and name both cleared: the office's prompt
   * names the block, so the file still reads back. */
  concord_window_select (window, G_OBJECT (dph));
  ui_type_into (window, "Title or Office", "");
  ui_type_into (window, "Signed by", "");
  g_assert_null (concord_signature_get_title (dph));
  g_assert_null (concord_signature_get_person (dph));
  save (window);
  {
    g_autoptr(ConcordMemorandum) saved = ui_reload (path);
    g_autofree char *xml = file_text (path);

    g_assert_nonnull (strstr (xml, "<title placeholder=\"Office of the signatory\"/>"));
  }
  ui_activate (window, "win.undo");
  ui_activate (window, "win.undo");
  g_assert_cmpstr (concord_signature_get_person (dph), ==, "Dr Sarah Hughes OBE");

  /* A block for a party without one, from that party's pane. */
  {
    ConcordParty *hwb = concord_memorandum_find_party (m, "hwb");

    concord_window_select (window, G_OBJECT (concord_memorandum_find_signature (m, "hwb")));
    ui_activate (window, "win.signature-remove");
    g_assert_null (concord_memorandum_find_signature (m, "hwb"));
    concord_window_select (window, G_OBJECT (hwb));
    g_assert_true (concord_party_pane_offers_signature (CONCORD_PARTY_PANE (concord_window_get_pane (window))));
    ui_activate (window, "win.signature-add");
    g_assert_true (concord_window_get_edited (window) == G_OBJECT (concord_memorandum_find_signature (m, "hwb")));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_pane_row (window, "Signed for"))), ==,
                     "the HWB");
    /* Back at the party, it has its block and no button to add one. */
    concord_window_select (window, G_OBJECT (hwb));
    g_assert_false (concord_party_pane_offers_signature (CONCORD_PARTY_PANE (concord_window_get_pane (window))));
    ui_activate (window, "win.undo");
    g_assert_true (concord_party_pane_offers_signature (CONCORD_PARTY_PANE (concord_window_get_pane (window))));
  }

  ui_destroy_window (window);
}

/* What the panes change reaches the preview's own pages, undo too. */
static void
test_preview_follows (void)
{
  g_autofree char *path = NULL;
  ConcordWindow *window = open_copy ("local-boards.mou", "preview.mou", &path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordPreview *preview = concord_views_pane_get_preview (concord_window_get_views_pane (window));
  guint generation = 0;

  ui_activate (window, "win.show-views");
  g_free (ui_preview_text (preview, &generation));

  concord_window_select (window, G_OBJECT (signature_at (m, 3)));
  ui_type_into (window, "Title or Office", "Director of Public Health and Wellbeing");
  {
    g_autofree char *text = ui_preview_text (preview, &generation);

    g_assert_nonnull (strstr (text, "Director of Public Health and Wellbeing"));
  }

  concord_window_select (window, G_OBJECT (concord_memorandum_find_signature (m, "ctb")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_pane_row (window, "In the Second Office, Also Signs for")), 2);
  {
    g_autofree char *text = ui_preview_text (preview, &generation);

    g_assert_nonnull (strstr (text, "Signed for and on behalf of Children’s Trust Board and Safeguarding"));
  }

  ui_activate (window, "win.signature-add-other");
  ui_type_into (window, "Title or Office", "Director of Social Services");
  {
    g_autofree char *text = ui_preview_text (preview, &generation);

    g_assert_nonnull (strstr (text, "Signed as Director of Social Services"));
  }
  ui_activate (window, "win.undo");
  ui_activate (window, "win.undo");
  {
    g_autofree char *text = ui_preview_text (preview, &generation);

    g_assert_null (strstr (text, "Director of Social Services"));
  }

  ui_destroy_window (window);
}

/* Office holders and a signatory who is not a party, made in the panes,
 * as the PDF prints them. */
static void
test_signatures_to_pdf (void)
{
  g_autofree char *path = NULL;
  ConcordWindow *window = open_copy ("office-holders.mou", "pdf.mou", &path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordSignature *treasurer = concord_memorandum_find_signature (m, "treasurer");
  g_autofree char *text = NULL;

  /* The Treasurer's block with no named person, signing as the office. */
  concord_window_select (window, G_OBJECT (treasurer));
  ui_type_into (window, "Signed by", "");
  g_assert_null (concord_signature_get_person (treasurer));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_pane_row (window, "Signed for"))),
                            "office holder"));
  ui_activate (window, "win.signature-add-other");
  ui_type_into (window, "Title or Office", "Secretary to the Treasury");
  ui_type_into (window, "Signed by", "Gabriel Makhlouf");
  save (window);

  text = ui_pdf_text (path);
  g_assert_nonnull (strstr (text, "Signed by the Treasurer"));
  g_assert_nonnull (strstr (text, "Signed by the Minister of Local Government"));
  g_assert_nonnull (strstr (text, "Signed by Gabriel Makhlouf as Secretary to the Treasury"));

  ui_destroy_window (window);
}

static gboolean
logo_is_set (gpointer party)
{
  return concord_party_get_logo (party) != NULL;
}

static gboolean
image_is_set (gpointer signature)
{
  return concord_signature_get_image (signature) != NULL;
}

/* The message the pane shows when it refuses a file: its heading. */
static void
assert_refusal_shown (const char *heading)
{
  AdwMessageDialog *dialog;

  ui_wait_for ((Predicate) ui_find_dialog, NULL);
  dialog = ui_find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  adw_message_dialog_response (dialog, adw_message_dialog_get_close_response (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  ui_wait_for (ui_no_dialog, NULL);
}

/* The number of images `pdfimages -list` finds in the PDF of MOU. */
static guint
pdf_images (const char *mou)
{
  g_autofree char *cli = ui_cli_path ();
  g_autofree char *pdf = g_strconcat (mou, ".pdf", NULL);
  const char *export_argv[] = { cli, "export-pdf", mou, "-o", pdf, "--force", NULL };
  const char *list_argv[] = { "pdfimages", "-list", pdf, NULL };
  g_autofree char *exported = ui_run (export_argv);
  g_autofree char *list = ui_run (list_argv);
  g_auto(GStrv) lines = g_strsplit (list, "\n", -1);
  guint n = 0;

  /* Two lines of header, then one line per image. */
  for (guint i = 2; lines[i] != NULL; i++)
    n += lines[i][0] != '\0';

  return n;
}

/* The logo and the signature image chosen through the file chooser, as a
 * user does: a PNG is taken, saved and printed; a file that is no image is
 * refused with a message, and the one taken before stays. */
static void
test_images_from_chooser (void)
{
  g_autofree char *path = NULL;
  ConcordWindow *window = open_copy ("office-holders.mou", "chooser.mou", &path);
  ConcordMemorandum *m = ui_memorandum (window);
  ConcordParty *party = concord_memorandum_find_party (m, "treasurer");
  ConcordSignature *signature = concord_memorandum_find_signature (m, "minister");
  g_autofree char *png = write_png ("chosen.png");
  g_autofree char *text = write_scratch ("chosen-broken.png", "not an image at all", -1);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) text_file = g_file_new_for_path (text);
  GBytes *logo;
  guint before = pdf_images (path);

  g_assert_null (concord_party_get_logo (party));
  g_assert_null (concord_signature_get_image (signature));

  concord_window_select (window, G_OBJECT (party));
  ui_activate (concord_window_get_pane (window), "party.logo-choose");
  ui_choose_file (png_file);
  ui_wait_for (logo_is_set, party);
  logo = concord_party_get_logo (party);
  ui_activate (concord_window_get_pane (window), "party.logo-choose");
  ui_choose_file (text_file);
  assert_refusal_shown ("Could Not Use the Logo");
  g_assert_true (concord_party_get_logo (party) == logo);

  concord_window_select (window, G_OBJECT (signature));
  ui_activate (concord_window_get_pane (window), "signature.image-choose");
  ui_choose_file (png_file);
  ui_wait_for (image_is_set, signature);
  ui_activate (concord_window_get_pane (window), "signature.image-choose");
  ui_choose_file (text_file);
  assert_refusal_shown ("Could Not Use the Image");
  g_assert_nonnull (concord_signature_get_image (signature));

  save (window);
  /* The logo on the cover and the image in the signature block. */
  g_assert_cmpuint (pdf_images (path), ==, before + 2);

  ui_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *state = g_dir_make_tmp ("concord-state-XXXXXX", NULL);
  int ret;

  scratch = g_dir_make_tmp ("concord-sigparty-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ui_trace_criticals ();
  adw_init ();
  ui_load_style_sheet ();

  g_test_add_func ("/ui/party/fields", test_party_fields);
  g_test_add_func ("/ui/party/logo", test_party_logo);
  g_test_add_func ("/ui/images-from-chooser", test_images_from_chooser);
  g_test_add_func ("/ui/signature/fields-add-remove", test_signature_fields);
  g_test_add_func ("/ui/signature/pdf", test_signatures_to_pdf);
  g_test_add_func ("/ui/signature/preview", test_preview_follows);

  ret = g_test_run ();
  {
    const char *argv_rm[] = { "rm", "-rf", scratch, state, NULL };

    g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (scratch);

  return ret;
}
