/* test-summary.c: "view as a party", without GTK.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "concord-core.h"
#include "unit-pdf-text.h"

static ConcordMemorandum *
sector_led (void)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_template_instantiate ("sector-led-improvement", &error);

  g_assert_no_error (error);

  return m;
}

/* Written again here, from the model's getters and in a different shape,
 * so the test does not trust the code it checks. */
static gboolean
names_party (ConcordClause *clause,
             const char    *id)
{
  const char * const *lists[] = { concord_clause_get_side_a (clause), concord_clause_get_side_b (clause) };
  GPtrArray *body = concord_clause_get_body (clause);

  if (!g_strcmp0 (concord_clause_get_owner (clause), id) ||
      !g_strcmp0 (concord_clause_get_accountable (clause), id) ||
      !g_strcmp0 (concord_clause_get_to (clause), id))
    return TRUE;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      if (!strcmp (lists[l][i], id))
        return TRUE;
  for (guint i = 0; i < body->len; i++)
    for (guint j = 0; j < concord_block_get_n_runs (g_ptr_array_index (body, i)); j++)
      {
        const ConcordRun *run = concord_block_get_run (g_ptr_array_index (body, i), j);

        if (run->kind == CONCORD_RUN_PARTY && !strcmp (run->text, id))
          return TRUE;
      }

  return FALSE;
}

static GPtrArray *
expected_ids (ConcordMemorandum *m,
              const char        *party_id)
{
  GListModel *sections = concord_memorandum_get_sections (m);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, s);

      for (guint c = 0; c < concord_section_get_n_clauses (section); c++)
        {
          ConcordClause *clause = concord_section_get_clause (section, c);

          if (names_party (clause, party_id))
            g_ptr_array_add (ids, (gpointer) concord_clause_get_id (clause));
        }
    }

  return ids;
}

static void
test_concerning_is_exact (void)
{
  g_autoptr(ConcordMemorandum) m = sector_led ();
  GListModel *parties = concord_memorandum_get_parties (m);

  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 6);
  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, p);
      const char *id = concord_party_get_id (party);
      g_autoptr(GPtrArray) got = concord_memorandum_clauses_concerning (m, id);
      g_autoptr(GPtrArray) want = expected_ids (m, id);

      g_test_message ("%s: %u clauses", id, got->len);
      g_assert_cmpuint (got->len, >, 0);
      g_assert_cmpuint (got->len, ==, want->len);
      for (guint i = 0; i < got->len; i++)
        g_assert_cmpstr (concord_clause_get_id (g_ptr_array_index (got, i)), ==,
                         g_ptr_array_index (want, i));
    }
}

static gboolean
has_clause (GPtrArray  *clauses,
            const char *id)
{
  for (guint i = 0; i < clauses->len; i++)
    if (!g_strcmp0 (concord_clause_get_id (g_ptr_array_index (clauses, i)), id))
      return TRUE;

  return FALSE;
}

static void
test_concerning_known_clauses (void)
{
  g_autoptr(ConcordMemorandum) m = sector_led ();
  g_autoptr(GPtrArray) solace = concord_memorandum_clauses_concerning (m, "solace");
  g_autoptr(GPtrArray) ofsted = concord_memorandum_clauses_concerning (m, "ofsted");
  g_autoptr(GPtrArray) all = concord_memorandum_clauses_concerning (m, NULL);
  g_autoptr(GPtrArray) nobody = concord_memorandum_clauses_concerning (m, "no-such-party");

  /* Owner, side of a boundary, accountable. */
  g_assert_true (has_clause (solace, "role-solace"));
  g_assert_true (has_clause (solace, "bnd-corporate-professional"));
  g_assert_true (has_clause (solace, "acc-solace"));
  /* Named only through the defined term "signatory bodies": not named. */
  g_assert_false (has_clause (solace, "cl-purpose"));
  g_assert_false (has_clause (solace, "role-lga-improvement"));

  /* Answered to, and referred to in the text. */
  g_assert_true (has_clause (ofsted, "acc-councils-inspection"));
  g_assert_true (has_clause (ofsted, "cl-scope"));
  g_assert_false (has_clause (ofsted, "role-solace"));

  g_assert_cmpuint (all->len, ==, concord_memorandum_count_clauses (m));
  g_assert_cmpuint (nobody->len, ==, 0);
}

static void
test_concerning_follows_edits (void)
{
  g_autoptr(ConcordMemorandum) m = sector_led ();
  ConcordClause *clause = concord_memorandum_find_clause (m, "role-lga-peer-challenge", NULL, NULL);
  g_autoptr(GPtrArray) before = concord_memorandum_clauses_concerning (m, "solace");
  g_autoptr(GPtrArray) after = NULL;

  g_assert_false (has_clause (before, "role-lga-peer-challenge"));
  concord_clause_set_owner (clause, "solace");
  after = concord_memorandum_clauses_concerning (m, "solace");
  g_assert_true (has_clause (after, "role-lga-peer-challenge"));
  g_assert_cmpuint (after->len, ==, before->len + 1);
}

static const ConcordSummaryLine *
find_line (GPtrArray  *lines,
           const char *clause_id)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const ConcordSummaryLine *line = g_ptr_array_index (lines, i);

      if (!g_strcmp0 (line->clause_id, clause_id))
        return line;
    }

  return NULL;
}

static void
test_summary_groups (void)
{
  g_autoptr(ConcordMemorandum) m = sector_led ();
  GListModel *parties = concord_memorandum_get_parties (m);

  /* Every clause that concerns the party appears exactly once, and the
   * groups come in order. */
  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, p);
      const char *id = concord_party_get_id (party);
      g_autoptr(GPtrArray) clauses = concord_memorandum_clauses_concerning (m, id);
      g_autoptr(GPtrArray) lines = concord_party_summary_build (m, id);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      guint counts[CONCORD_SUMMARY_N_KINDS];
      guint from_lines[CONCORD_SUMMARY_N_KINDS] = { 0 };

      g_assert_cmpuint (lines->len, ==, clauses->len);
      concord_party_summary_count (m, id, counts);
      for (guint i = 0; i < lines->len; i++)
        from_lines[((ConcordSummaryLine *) g_ptr_array_index (lines, i))->kind]++;
      for (guint k = 0; k < CONCORD_SUMMARY_N_KINDS; k++)
        g_assert_cmpuint (counts[k], ==, from_lines[k]);
      for (guint i = 0; i < lines->len; i++)
        {
          ConcordSummaryLine *line = g_ptr_array_index (lines, i);

          g_assert_true (g_hash_table_add (seen, line->clause_id));
          g_assert_true (has_clause (clauses, line->clause_id));
          g_assert_nonnull (line->title);
          g_assert_nonnull (line->detail);
          if (i > 0)
            {
              ConcordSummaryLine *before = g_ptr_array_index (lines, i - 1);

              g_assert_cmpint (line->kind, >=, before->kind);
            }
        }
    }
}

static void
test_summary_lines (void)
{
  g_autoptr(ConcordMemorandum) m = sector_led ();
  g_autoptr(GPtrArray) lga = concord_party_summary_build (m, "lga");
  g_autoptr(GPtrArray) ofsted = concord_party_summary_build (m, "ofsted");
  const ConcordSummaryLine *line;

  line = find_line (lga, "role-lga-peer-challenge");
  g_assert_nonnull (line);
  g_assert_cmpint (line->kind, ==, CONCORD_SUMMARY_COMMITMENT);
  g_assert_cmpstr (line->title, ==, "Local Government Association: peer challenge");
  g_assert_cmpstr (line->detail, ==, "Responsible for peer challenge");

  line = find_line (lga, "bnd-national-regional-peer-challenge");
  g_assert_cmpint (line->kind, ==, CONCORD_SUMMARY_BOUNDARY);
  g_assert_cmpstr (line->detail, ==, "With ADCS · Peer challenge");

  /* LGA is on side b with ADCS: across the boundary is DfE only. */
  line = find_line (lga, "bnd-post-inspection");
  g_assert_cmpstr (line->detail, ==, "With DfE · Post inspection improvement");

  line = find_line (lga, "acc-lga-grant");
  g_assert_cmpint (line->kind, ==, CONCORD_SUMMARY_ANSWERS_TO);
  g_assert_cmpstr (line->detail, ==, "To DfE, through reporting and audit · Improvement programme");

  line = find_line (lga, "acc-lga");
  g_assert_cmpstr (line->detail, ==,
                   "To its member councils, through reporting · Improvement programme, peer challenge, "
                   "local accountability");

  line = find_line (ofsted, "acc-councils-inspection");
  g_assert_cmpint (line->kind, ==, CONCORD_SUMMARY_HOLDS_TO_ACCOUNT);
  g_assert_cmpstr (line->detail, ==, "councils, through inspection · Inspection");

  line = find_line (ofsted, "cl-scope");
  g_assert_cmpint (line->kind, ==, CONCORD_SUMMARY_MENTION);
  g_assert_cmpstr (line->detail, ==, "Named in the text");
}

/* The interface in another language, or with NULL in none (English):
 * gettext reads LANGUAGE again once textdomain() says the environment
 * changed. The catalogues are the build folder's, as `meson devenv` has
 * them. */
static void
use_interface_language (const char *language)
{
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (textdomain (NULL));
}

/* A line of the summary is a sentence of the interface's language, the
 * mechanisms in it too; only the names in it are the memorandum's. A
 * Welsh memorandum says "reporting and audit" to an English interface,
 * an English one "adrodd ac archwilio" to a Welsh one. */
static void
test_summary_interface_language (void)
{
  const struct { const char *language; const char *detail; const char *three; } interfaces[] = {
    { NULL, "To DfE, through reporting and audit · Improvement programme",
      "reporting, inspection and audit" },
    { "cy", "I DfE, drwy adrodd ac archwilio · Improvement programme", "adrodd, arolygu ac archwilio" },
    { "fr", "Devant DfE, par des rapports et l’audit · Improvement programme",
      "des rapports, l’inspection et l’audit" },
  };
  g_autoptr(ConcordMemorandum) m = sector_led ();

  concord_memorandum_set_language (m, "cy");
  for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
    {
      g_autoptr(GPtrArray) lga = NULL;
      g_autofree char *three = NULL;

      use_interface_language (interfaces[i].language);
      lga = concord_party_summary_build (m, "lga");
      g_assert_cmpstr (find_line (lga, "acc-lga-grant")->detail, ==, interfaces[i].detail);
      three = concord_mechanisms_label (CONCORD_MECHANISM_REPORTING | CONCORD_MECHANISM_INSPECTION |
                                        CONCORD_MECHANISM_AUDIT);
      g_assert_cmpstr (three, ==, interfaces[i].three);
    }
  use_interface_language (NULL);

  /* Printed, they stay the memorandum's words. */
  {
    g_autofree char *printed = concord_mechanisms_render (CONCORD_MECHANISM_REPORTING | CONCORD_MECHANISM_AUDIT,
                                                          "cy");
    g_autofree char *none = concord_mechanisms_label (CONCORD_MECHANISM_NONE);

    g_assert_cmpstr (printed, ==, "adrodd ac archwilio");
    g_assert_cmpstr (none, ==, "");
  }
}

static void
test_summary_text (void)
{
  g_autoptr(ConcordMemorandum) m = sector_led ();
  g_autofree char *text = concord_party_summary_to_text (m, "solace");

  g_assert_true (g_str_has_prefix (text,
                                   "As Society of Local Authority Chief Executives and Senior Managers\n"));
  g_assert_nonnull (strstr (text, "\nCommits to\n"));
  g_assert_nonnull (strstr (text, "\nBoundaries\n"));
  g_assert_nonnull (strstr (text, "\nAnswers to\n"));
  g_assert_null (strstr (text, "\nHolds to account\n"));
}

static void
test_summary_pdf (void)
{
  g_autoptr(ConcordMemorandum) m = sector_led ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-summary-XXXXXX", NULL);
  g_autofree char *one = g_build_filename (folder, "one.pdf", NULL);
  g_autofree char *two = g_build_filename (folder, "two.pdf", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize a_len, b_len;

  g_assert_true (concord_party_summary_export_pdf (m, "adcs", one, &error));
  g_assert_no_error (error);
  g_assert_true (concord_party_summary_export_pdf (m, "adcs", two, &error));
  g_assert_true (g_file_get_contents (one, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (two, &b, &b_len, NULL));
  g_assert_true (g_str_has_prefix (a, "%PDF-"));
  g_assert_cmpuint (a_len, >, 1000);
  /* The same memorandum gives the same bytes. */
  g_assert_cmpmem (a, a_len, b, b_len);
  /* It reads as the party's summary: its name, and the heading of every
   * clause that names it (found from the model, not the summary). */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (a, a_len);
    g_autofree char *text = unit_pdf_text (bytes);
    g_autoptr(GPtrArray) ids = expected_ids (m, "adcs");
    ConcordParty *party = concord_memorandum_find_party (m, "adcs");
    guint headed = 0;

    g_assert_nonnull (strstr (text, concord_party_get_name (party)));
    for (guint i = 0; i < ids->len; i++)
      {
        const char *heading = concord_clause_get_heading (concord_memorandum_find_clause (m, ids->pdata[i],
                                                                                        NULL, NULL));

        if (heading == NULL)
          continue;
        headed++;
        if (strstr (text, heading) == NULL)
          g_error ("the summary does not show “%s”: %s", heading, text);
      }
    g_assert_cmpuint (headed, >, 2);
  }

  g_assert_false (concord_party_summary_export_pdf (m, "nobody", one, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);

  g_unlink (one);
  g_unlink (two);
  g_rmdir (folder);
}

static void
test_area_label (void)
{
  g_autofree char *a = concord_area_label ("post-inspection-improvement");
  g_autofree char *b = concord_area_label ("économie");

  g_assert_cmpstr (a, ==, "Post inspection improvement");
  g_assert_cmpstr (b, ==, "Économie");
}

int
main (int    argc,
      char **argv)
{
  /* Messages follow the environment (LC_ALL=C.UTF-8, and LANGUAGE where a
   * test sets it); nothing else does. */
  setlocale (LC_MESSAGES, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/summary/concerning-is-exact", test_concerning_is_exact);
  g_test_add_func ("/core/summary/concerning-known-clauses", test_concerning_known_clauses);
  g_test_add_func ("/core/summary/concerning-follows-edits", test_concerning_follows_edits);
  g_test_add_func ("/core/summary/groups", test_summary_groups);
  g_test_add_func ("/core/summary/lines", test_summary_lines);
  /* Before any test that might start a thread: it sets LANGUAGE. */
  g_test_add_func ("/core/summary/interface-language", test_summary_interface_language);
  g_test_add_func ("/core/summary/text", test_summary_text);
  g_test_add_func ("/core/summary/pdf", test_summary_pdf);
  g_test_add_func ("/core/summary/area-label", test_area_label);

  return g_test_run ();
}
