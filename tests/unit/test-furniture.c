/* test-furniture.c: page furniture (<print>), inline terms, versions and
 * month-and-year dates, in the model, the file, the text and diff.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n"
#define TAIL "</memorandum>\n"

#define PRINT_ALL "  <print details=\"filled\" parties=\"none\" matrix=\"annex\" facts=\"always\" status=\"never\"" \
                  " signatures=\"section\" signatures-section=\"s-sign\" marking=\"centred\"/>\n"
#define DETAILS "  <title>T</title>\n  <revision>2.1</revision>\n  <effective-date>2016-11</effective-date>\n" \
                "  <review-date>2019-03-31</review-date>\n  <marking>OFFICIAL</marking>\n"
#define PARTIES "  <parties>\n    <party id=\"a\" kind=\"signatory\">\n      <name>Alpha Council</name>\n" \
                "    </party>\n  </parties>\n"
#define TERMS "  <definitions>\n    <term id=\"scheme\" inline=\"true\">\n      <name>the Scheme</name>\n" \
              "      <meaning>the Research and Development Scheme.</meaning>\n    </term>\n" \
              "    <term id=\"fund\">\n      <name>the Fund</name>\n      <meaning>the money</meaning>\n" \
              "    </term>\n  </definitions>\n"
#define SECTIONS "  <section id=\"s-body\" kind=\"general\">\n    <heading>Body</heading>\n" \
                 "    <clause id=\"c1\" kind=\"general\" status=\"agreed\">\n" \
                 "      <p><term-ref ref=\"scheme\"/> is run from <term-ref ref=\"fund\"/>. " \
                 "<term-ref ref=\"scheme\"/> ends in 2030.</p>\n    </clause>\n  </section>\n" \
                 "  <section id=\"s-sign\" kind=\"general\">\n    <heading>Signatures</heading>\n  </section>\n"
#define CONTROL "  <document-control>\n    <entry version=\"2.1\" date=\"2016-11\">Umbrella agreed</entry>\n" \
                "  </document-control>\n"

static const char full_doc[] = HEAD ROOT DETAILS PRINT_ALL PARTIES TERMS SECTIONS CONTROL TAIL;

static ConcordMemorandum *
load_string (const char  *xml,
             GError     **error)
{
  return concord_memorandum_load_from_data (xml, strlen (xml), "test.mou", error);
}

static char *
serialize_to_string (ConcordMemorandum *m)
{
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (full_doc, &error);
  g_autofree char *saved = NULL;
  ConcordTerm *scheme;

  g_assert_no_error (error);
  g_assert_cmpint (concord_memorandum_get_print_details (m), ==, CONCORD_COVER_DETAILS_FILLED);
  g_assert_false (concord_memorandum_get_print_parties (m));
  g_assert_cmpint (concord_memorandum_get_print_matrix (m), ==, CONCORD_MATRIX_PLACEMENT_ANNEX);
  g_assert_cmpint (concord_memorandum_get_print_facts (m), ==, CONCORD_PRINT_WHEN_ALWAYS);
  g_assert_cmpint (concord_memorandum_get_print_status (m), ==, CONCORD_PRINT_WHEN_NEVER);
  g_assert_cmpint (concord_memorandum_get_print_signatures (m), ==, CONCORD_SIGNATURE_PLACEMENT_SECTION);
  g_assert_cmpstr (concord_memorandum_get_signatures_section (m), ==, "s-sign");
  g_assert_cmpint (concord_memorandum_get_print_marking (m), ==, CONCORD_MARKING_PLACEMENT_CENTRED);
  g_assert_cmpstr (concord_memorandum_get_revision (m), ==, "2.1");
  g_assert_cmpstr (concord_memorandum_get_effective_date (m), ==, "2016-11");
  scheme = concord_memorandum_find_term (m, "scheme");
  g_assert_true (concord_term_get_inline (scheme));
  g_assert_false (concord_term_get_inline (concord_memorandum_find_term (m, "fund")));

  saved = serialize_to_string (m);
  g_assert_cmpstr (saved, ==, full_doc);
}

/* Each attribute alone, and the other values of each, round-trip too. */
static void
test_each_value_round_trips (void)
{
  static const char *prints[] = {
    "details=\"filled\"", "parties=\"none\"", "matrix=\"annex\"", "matrix=\"none\"",
    "facts=\"always\"", "facts=\"never\"", "status=\"always\"", "status=\"never\"",
    "signatures=\"cover\"", "signatures=\"section\" signatures-section=\"s-body\"",
    "marking=\"centred\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prints); i++)
    {
      g_autofree char *xml = g_strdup_printf (HEAD ROOT DETAILS "  <print %s/>\n" PARTIES TERMS SECTIONS TAIL,
                                              prints[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
      g_autofree char *saved = NULL;

      g_assert_no_error (error);
      saved = serialize_to_string (m);
      g_assert_cmpstr (saved, ==, xml);
    }
}

/* Defaults are today's look and are not written. */
static void
test_defaults (void)
{
  const char *xml = HEAD ROOT "  <title>T</title>\n  <revision>0</revision>\n  <parties/>\n" TAIL;
  const char *spelt = HEAD ROOT "  <title>T</title>\n  <revision>0</revision>\n"
    "  <print details=\"all\" parties=\"table\" matrix=\"schedule\" facts=\"drafts\" status=\"drafts\""
    " signatures=\"end\" marking=\"running-head\"/>\n  <parties/>\n" TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autoptr(ConcordMemorandum) explicit = NULL;
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (concord_memorandum_get_print_details (m), ==, CONCORD_COVER_DETAILS_ALL);
  g_assert_true (concord_memorandum_get_print_parties (m));
  g_assert_cmpint (concord_memorandum_get_print_matrix (m), ==, CONCORD_MATRIX_PLACEMENT_SCHEDULE);
  g_assert_cmpint (concord_memorandum_get_print_facts (m), ==, CONCORD_PRINT_WHEN_DRAFTS);
  g_assert_cmpint (concord_memorandum_get_print_signatures (m), ==, CONCORD_SIGNATURE_PLACEMENT_END);
  g_assert_cmpint (concord_memorandum_get_print_marking (m), ==, CONCORD_MARKING_PLACEMENT_RUNNING_HEAD);
  g_assert_cmpstr (concord_memorandum_get_revision (m), ==, "0");

  explicit = load_string (spelt, &error);
  g_assert_no_error (error);
  saved = serialize_to_string (explicit);
  g_assert_cmpstr (saved, ==, xml);
}

/* Bad values are refused at load with a message, never half-read. */
static void
test_bad_values (void)
{
  static const struct { const char *print; const char *details; const char *needle; } cases[] = {
    { "<print details=\"some\"/>", NULL, NULL },
    { "<print parties=\"off\"/>", NULL, NULL },
    { "<print matrix=\"appendix\"/>", NULL, NULL },
    { "<print facts=\"sometimes\"/>", NULL, NULL },
    { "<print status=\"\"/>", NULL, NULL },
    { "<print signatures=\"middle\"/>", NULL, NULL },
    { "<print signatures=\"section\"/>", NULL, NULL },
    { "<print signatures-section=\"s-body\"/>", NULL, NULL },
    { "<print signatures=\"end\" signatures-section=\"s-body\"/>", NULL, NULL },
    { "<print signatures=\"section\" signatures-section=\"c1\"/>", NULL, "“c1”" },
    { "<print signatures=\"section\" signatures-section=\"nowhere\"/>", NULL, "“nowhere”" },
    { "<print marking=\"left\"/>", NULL, NULL },
    { "<print colour=\"red\"/>", NULL, NULL },
    { "<print>text</print>", NULL, NULL },
    { "", "<revision>2.x</revision>", NULL },
    { "", "<revision>1..2</revision>", NULL },
    { "", "<revision>.1</revision>", NULL },
    { "", "<revision>-1</revision>", NULL },
    { "", "<revision></revision>", NULL },
    { "", "<revision>1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17</revision>", NULL },
    { "", "<revision>0</revision>\n  <effective-date>2016-13</effective-date>", NULL },
    { "", "<revision>0</revision>\n  <effective-date>November 2016</effective-date>", NULL },
    { "", "<revision>0</revision>\n  <review-date>2016-1</review-date>", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = g_strdup_printf (HEAD ROOT "  <title>T</title>\n  %s\n  %s\n" PARTIES TERMS SECTIONS TAIL,
                                              cases[i].details ? cases[i].details : "<revision>0</revision>",
                                              cases[i].print);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = load_string (xml, &error);

      g_test_message ("case %u: %s%s", i, cases[i].print, cases[i].details ? cases[i].details : "");
      g_assert_null (m);
      g_assert_nonnull (error);
      g_assert_true (error->domain == CONCORD_ERROR);
      g_assert_cmpstr (error->message, !=, "");
      if (cases[i].needle != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].needle));
    }

  {
    /* An inline attribute says true or is left out. */
    g_autoptr(GError) error = NULL;
    g_autofree char *xml = g_strdup_printf (HEAD ROOT "  <title>T</title>\n  <revision>0</revision>\n" PARTIES
                                            "  <definitions>\n    <term id=\"x\" inline=\"yes\">\n"
                                            "      <name>X</name>\n      <meaning>x</meaning>\n"
                                            "    </term>\n  </definitions>\n" TAIL);
    g_autoptr(ConcordMemorandum) m = load_string (xml, &error);

    g_assert_null (m);
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  }
}

static void
test_versions_and_dates (void)
{
  static const char *good[] = { "0", "3", "2.1", "1.0.2", "10.20.30" };
  static const char *bad[] = { "", ".", "1.", ".1", "1..2", "v2", "2.1a", "-1", " 1", "1 ", "1,2",
                               "123456789012345678901234567890123" };
  g_autofree char *month = concord_date_render ("2016-11", "en-GB");
  g_autofree char *january = concord_date_render ("2024-01", "en-GB");
  g_autofree char *full = concord_date_render ("2016-11-01", "en-GB");
  g_autofree char *odd = concord_date_render ("2016-13", "en-GB");

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (concord_version_is_valid (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (concord_version_is_valid (bad[i]));
  g_assert_false (concord_version_is_valid (NULL));

  g_assert_cmpstr (month, ==, "November 2016");
  g_assert_cmpstr (january, ==, "January 2024");
  g_assert_cmpstr (full, ==, "2016-11-01");
  g_assert_cmpstr (odd, ==, "2016-13");
  g_assert_null (concord_date_render (NULL, "en-GB"));
}

/* The text: the inline term defined at its first use only, the other
 * term among the definitions, the version and the month in words. */
static void
test_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (full_doc, &error);
  g_autofree char *text = NULL;
  const char *first;

  g_assert_no_error (error);
  text = concord_memorandum_to_text (m);
  g_assert_nonnull (strstr (text, "Revision: 2.1\n"));
  g_assert_nonnull (strstr (text, "Effective: November 2016\n"));
  g_assert_nonnull (strstr (text, "Review: 2019-03-31\n"));
  g_assert_nonnull (strstr (text, "2.1  November 2016  -  Umbrella agreed"));
  first = strstr (text, "The Research and Development Scheme (the Scheme) is run from the Fund. "
                        "The Scheme ends in 2030.");
  g_assert_nonnull (first);
  g_assert_null (strstr (first + strlen ("The Research"), "Research and Development"));
  g_assert_nonnull (strstr (text, "“the Fund” means the money"));
  g_assert_null (strstr (text, "“the Scheme” means"));

  /* With only inline terms, no definitions heading at all. */
  g_list_store_remove (G_LIST_STORE (concord_memorandum_get_terms (m)), 1);
  g_free (text);
  text = concord_memorandum_to_text (m);
  g_assert_null (strstr (text, "Definitions"));

  /* Not inline: defined among the definitions, the reference prints the name. */
  concord_term_set_inline (concord_memorandum_find_term (m, "scheme"), FALSE);
  g_free (text);
  text = concord_memorandum_to_text (m);
  g_assert_nonnull (strstr (text, "Definitions"));
  g_assert_nonnull (strstr (text, "The Scheme is run from"));
  g_assert_null (strstr (text, "(the Scheme)"));
}

/* A definition of another term that uses the inline term comes first in
 * reading order, so it defines it; the inline term's own meaning never
 * does (no recursion, even when it refers to itself). */
static void
test_first_use_order (void)
{
  const char *xml = HEAD ROOT "  <title>T</title>\n  <revision>0</revision>\n" PARTIES
    "  <definitions>\n"
    "    <term id=\"self\" inline=\"true\">\n      <name>the Loop</name>\n"
    "      <meaning>the loop of <term-ref ref=\"self\"/></meaning>\n    </term>\n"
    "    <term id=\"other\">\n      <name>the Other</name>\n"
    "      <meaning>a part of <term-ref ref=\"self\"/></meaning>\n    </term>\n"
    "  </definitions>\n"
    "  <section id=\"s\" kind=\"general\">\n    <heading>H</heading>\n"
    "    <clause id=\"c\" kind=\"general\" status=\"agreed\">\n"
    "      <p>See <term-ref ref=\"self\"/>.</p>\n    </clause>\n  </section>\n" TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = concord_memorandum_to_text (m);
  g_assert_nonnull (strstr (text, "“the Other” means a part of the loop of the Loop (the Loop)\n"));
  g_assert_nonnull (strstr (text, "See the Loop.\n"));
}

static const struct { const char *property; const char *print; } changes[] = {
  { "print-details", "details=\"filled\"" },
  { "print-parties", "parties=\"none\"" },
  { "print-matrix", "matrix=\"none\"" },
  { "print-facts", "facts=\"never\"" },
  { "print-status", "status=\"always\"" },
  { "print-signatures", "signatures=\"cover\"" },
  { "print-marking", "marking=\"centred\"" },
};

static const ConcordDiffField *
find_field (const ConcordDiffChange *change,
            const char              *name)
{
  for (guint i = 0; i < concord_diff_change_get_n_fields (change); i++)
    if (g_str_equal (concord_diff_change_get_field (change, i)->name, name))
      return concord_diff_change_get_field (change, i);

  return NULL;
}

/* A change to a furniture setting is a change of the details, and
 * accepting it carries it over. */
static void
test_diff (void)
{
  const char *plain = HEAD ROOT DETAILS PARTIES TERMS SECTIONS TAIL;

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *xml = g_strdup_printf (HEAD ROOT DETAILS "  <print %s/>\n" PARTIES TERMS SECTIONS TAIL,
                                              changes[i].print);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) a = load_string (plain, &error);
      g_autoptr(ConcordMemorandum) b = load_string (xml, &error);
      g_autoptr(ConcordDiff) diff = NULL;
      g_autoptr(ConcordMemorandum) target = NULL;
      g_autofree char *applied = NULL;
      const ConcordDiffChange *change;

      g_assert_no_error (error);
      diff = concord_diff_new (a, b);
      g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
      change = concord_diff_get_change (diff, 0);
      g_assert_cmpint (concord_diff_change_get_object (change), ==, CONCORD_DIFF_OBJECT_DETAILS);
      g_assert_nonnull (find_field (change, changes[i].property));

      target = concord_memorandum_copy (a);
      g_assert_true (concord_diff_change_apply (diff, 0, target, &error));
      g_assert_no_error (error);
      applied = serialize_to_string (target);
      g_assert_cmpstr (applied, ==, xml);
    }
}

static void
test_diff_section_version_inline (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) a = load_string (full_doc, &error);
  g_autoptr(ConcordMemorandum) b = concord_memorandum_copy (a);
  g_autoptr(ConcordDiff) diff = NULL;
  const ConcordDiffField *field;
  gboolean saw_details = FALSE, saw_term = FALSE;

  g_assert_no_error (error);
  concord_memorandum_set_signatures_section (b, "s-body");
  concord_memorandum_set_revision (b, "2.2");
  concord_term_set_inline (concord_memorandum_find_term (b, "scheme"), FALSE);
  diff = concord_diff_new (a, b);
  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    {
      const ConcordDiffChange *change = concord_diff_get_change (diff, i);

      if (concord_diff_change_get_object (change) == CONCORD_DIFF_OBJECT_DETAILS)
        {
          saw_details = TRUE;
          field = find_field (change, "print-signatures-section");
          g_assert_nonnull (field);
          g_assert_cmpstr (field->old_text, ==, "s-sign");
          g_assert_cmpstr (field->new_text, ==, "s-body");
          field = find_field (change, "revision");
          g_assert_nonnull (field);
          g_assert_cmpstr (field->old_text, ==, "2.1");
          g_assert_cmpstr (field->new_text, ==, "2.2");
        }
      else if (concord_diff_change_get_object (change) == CONCORD_DIFF_OBJECT_TERM)
        {
          saw_term = TRUE;
          g_assert_cmpstr (concord_diff_change_get_id (change), ==, "scheme");
          g_assert_nonnull (find_field (change, "inline"));
        }
    }
  g_assert_true (saw_details);
  g_assert_true (saw_term);
}

/* A section placement whose section is gone saves as the default, so
 * every saved file loads again. */
static void
test_dangling_section_saves (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (full_doc, &error);
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  g_list_store_remove (G_LIST_STORE (concord_memorandum_get_sections (m)), 1);
  saved = serialize_to_string (m);
  g_assert_null (strstr (saved, "signatures="));
  again = load_string (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpint (concord_memorandum_get_print_signatures (again), ==, CONCORD_SIGNATURE_PLACEMENT_END);
}

static gboolean
has_finding (GPtrArray  *findings,
             const char *code)
{
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((ConcordFinding *) g_ptr_array_index (findings, i))->code, code))
      return TRUE;

  return FALSE;
}

/* An inline term the text never uses would never be defined: lint says so. */
static void
test_lint_unused_inline (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (full_doc, &error);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) body = concord_blocks_new ();

  g_assert_no_error (error);
  before = concord_memorandum_lint (m);
  g_assert_false (has_finding (before, "term-inline-unused"));
  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "No terms here."));
  concord_clause_set_body (concord_memorandum_find_clause (m, "c1", NULL, NULL), body);
  after = concord_memorandum_lint (m);
  g_assert_true (has_finding (after, "term-inline-unused"));
}

static void
test_prints_line (void)
{
  g_autoptr(ConcordMemorandum) m = concord_memorandum_new ("m");

  g_assert_true (concord_memorandum_prints_line (m, CONCORD_PRINT_WHEN_DRAFTS));
  g_assert_true (concord_memorandum_prints_line (m, CONCORD_PRINT_WHEN_ALWAYS));
  g_assert_false (concord_memorandum_prints_line (m, CONCORD_PRINT_WHEN_NEVER));
  concord_memorandum_set_status (m, CONCORD_STATUS_AGREED);
  g_assert_false (concord_memorandum_prints_line (m, CONCORD_PRINT_WHEN_DRAFTS));
  g_assert_true (concord_memorandum_prints_line (m, CONCORD_PRINT_WHEN_ALWAYS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/furniture/round-trip", test_round_trip);
  g_test_add_func ("/furniture/each-value", test_each_value_round_trips);
  g_test_add_func ("/furniture/defaults", test_defaults);
  g_test_add_func ("/furniture/bad-values", test_bad_values);
  g_test_add_func ("/furniture/versions-and-dates", test_versions_and_dates);
  g_test_add_func ("/furniture/text", test_text);
  g_test_add_func ("/furniture/first-use-order", test_first_use_order);
  g_test_add_func ("/furniture/diff", test_diff);
  g_test_add_func ("/furniture/diff-section-version-inline", test_diff_section_version_inline);
  g_test_add_func ("/furniture/dangling-section", test_dangling_section_saves);
  g_test_add_func ("/furniture/prints-line", test_prints_line);
  g_test_add_func ("/furniture/lint-unused-inline", test_lint_unused_inline);

  return g_test_run ();
}
