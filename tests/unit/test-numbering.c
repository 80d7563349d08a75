/* test-numbering.c: numbering that fits existing documents, and
 * cross-references.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\""
#define DETAILS ">\n  <title>T</title>\n  <revision>0</revision>\n  <parties/>\n"

/* Two sections and an annex: 2.2 is followed by a fixed 2.4, and every
 * kind of thing a reference can name has an id. */
#define BODY \
  "  <section id=\"s1\" kind=\"general\">\n" \
  "    <heading>One</heading>\n" \
  "    <clause id=\"c11\" kind=\"general\" status=\"agreed\">\n" \
  "      <p id=\"c11-p\">Lead.</p>\n" \
  "      <item>a</item>\n" \
  "      <item id=\"c11-b\">b</item>\n" \
  "      <item id=\"c11-b-ii\" level=\"2\">b.i</item>\n" \
  "    </clause>\n" \
  "    <clause id=\"c12\" kind=\"general\" status=\"agreed\">\n" \
  "      <item id=\"c12-a\">restarted</item>\n" \
  "    </clause>\n" \
  "  </section>\n" \
  "  <section id=\"s2\" kind=\"general\">\n" \
  "    <heading>Two</heading>\n" \
  "    <clause id=\"c21\" kind=\"general\" status=\"agreed\"/>\n" \
  "    <clause id=\"c22\" kind=\"general\" status=\"agreed\"/>\n" \
  "    <clause id=\"c24\" kind=\"general\" status=\"agreed\" number=\"2.4\"/>\n" \
  "    <clause id=\"c25\" kind=\"general\" status=\"agreed\"/>\n" \
  "  </section>\n" \
  "  <annex id=\"ax\">\n" \
  "    <heading>Roles</heading>\n" \
  "    <subheading>The council</subheading>\n" \
  "    <p id=\"ax-1\">First.</p>\n" \
  "    <item id=\"ax-1-a\">an item</item>\n" \
  "    <subheading>The department</subheading>\n" \
  "    <p id=\"ax-2\">Second.</p>\n" \
  "  </annex>\n" \
  "  <annex id=\"bx\">\n" \
  "    <heading>More</heading>\n" \
  "    <p id=\"bx-1\">Other.</p>\n" \
  "  </annex>\n"

/* text with its one occurrence of from replaced; text is consumed. */
static char *
replace_once (char       *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);
  char *result;

  g_assert_nonnull (at);
  result = g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
  g_free (text);

  return result;
}

static ConcordMemorandum *
load (const char *attributes,
      const char *body)
{
  g_autofree char *xml = g_strconcat (HEAD, attributes, DETAILS, body, "</memorandum>\n", NULL);
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_data (xml, strlen (xml), "test.mou", &error);

  g_assert_no_error (error);

  return m;
}

static char *
ref (ConcordNumbering *n,
     const char       *id,
     gboolean          words)
{
  return concord_numbering_render_ref (n, id, words);
}

#define assert_ref(n, id, words, expected) \
  G_STMT_START { \
    g_autofree char *shown_ = ref ((n), (id), (words)); \
    g_assert_cmpstr (shown_, ==, (expected)); \
  } G_STMT_END

static guint
count_code (GPtrArray  *findings,
            const char *code)
{
  guint count = 0;

  for (guint i = 0; i < findings->len; i++)
    count += g_str_equal (((ConcordFinding *) g_ptr_array_index (findings, i))->code, code);

  return count;
}

static void
test_fixed_numbers (void)
{
  g_autoptr(ConcordMemorandum) m = load ("", BODY);
  g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);

  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c22"), ==, "2.2");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c24"), ==, "2.4");
  /* Later clauses continue from the fixed number. */
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c25"), ==, "2.5");
  g_assert_cmpuint (count_code (findings, "numbering-gap"), ==, 1);
  g_assert_cmpuint (count_code (findings, "numbering-duplicate"), ==, 0);
}

static void
test_fixed_numbers_continuous (void)
{
  g_autofree char *body = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(ConcordNumbering) n = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  /* 1, 2, then c21 fixed at 1 steps back and repeats c11's number, c22
   * repeats c12's, and c24 fixed at 7 skips 3 to 6. */
  body = g_strdup (BODY);
  body = replace_once (body, "id=\"c21\" kind=\"general\" status=\"agreed\"",
                       "id=\"c21\" kind=\"general\" status=\"agreed\" number=\"1\"");
  body = replace_once (body, "number=\"2.4\"", "number=\"7\"");
  m = load (" numbering=\"continuous\"", body);
  n = concord_numbering_new (m);
  findings = concord_memorandum_lint (m);
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c12"), ==, "2");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c21"), ==, "1");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c22"), ==, "2");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c24"), ==, "7");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c25"), ==, "8");
  g_assert_cmpuint (count_code (findings, "numbering-duplicate"), ==, 2);
  g_assert_cmpuint (count_code (findings, "numbering-order"), ==, 1);
  g_assert_cmpuint (count_code (findings, "numbering-gap"), ==, 1);
}

static void
test_fixed_number_mismatch (void)
{
  g_autofree char *body = replace_once (g_strdup (BODY), "number=\"2.4\"", "number=\"3.4\"");
  g_autoptr(ConcordMemorandum) m = load ("", body);
  g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);

  /* The clause stays in its own section: moving it must not break it. */
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c24"), ==, "2.4");
  g_assert_cmpuint (count_code (findings, "numbering-mismatch"), ==, 1);
}

static void
test_parse_fixed (void)
{
  static const char *good[] = { "7", "2.4", "9999", "9999.9999", "10.1" };
  static const char *bad[] = { "", "0", "01", "2.0", "2.04", "1.2.3", "10000", "2.", ".2", "2.x", " 2", "-1", "+1", "2,4", "٣" };
  guint section, number;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (concord_numbering_parse_fixed (good[i], &section, &number));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (concord_numbering_parse_fixed (bad[i], &section, &number));
  g_assert_true (concord_numbering_parse_fixed ("12.34", &section, &number));
  g_assert_cmpuint (section, ==, 12);
  g_assert_cmpuint (number, ==, 34);
}

static void
test_trailing_dot (void)
{
  g_autoptr(ConcordMemorandum) m = load (" number-format=\"trailing-dot\"", BODY);
  g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
  g_autoptr(ConcordSection) s1 = g_list_model_get_item (concord_memorandum_get_sections (m), 0);
  ConcordClause *c11 = concord_section_get_clause (s1, 0);
  g_autoptr(GPtrArray) labels = concord_numbering_label_blocks (n, concord_numbering_get_clause (n, c11),
                                                                  concord_clause_get_body (c11));

  g_assert_cmpstr (concord_numbering_get_section (n, s1), ==, "1.");
  g_assert_cmpstr (concord_numbering_get_clause (n, c11), ==, "1.1.");
  g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, "1.1.1.");
  g_assert_cmpstr (g_ptr_array_index (labels, 3), ==, "1.1.2.1.");
  /* References never take the dot. */
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c11"), ==, "1.1");
  assert_ref (n, "c24", TRUE, "clause 2.4");
  assert_ref (n, "c11-b", TRUE, "clause 1.1.2");
}

static void
test_numbered_headings (void)
{
  g_autoptr(ConcordMemorandum) m = load (" numbering=\"continuous\"", BODY);
  g_autoptr(ConcordMemorandum) numbered = load (" numbering=\"continuous\" numbered-headings=\"true\"", BODY);
  g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
  g_autoptr(ConcordNumbering) nn = concord_numbering_new (numbered);
  g_autoptr(ConcordSection) s2 = g_list_model_get_item (concord_memorandum_get_sections (m), 1);
  g_autoptr(ConcordSection) ns2 = g_list_model_get_item (concord_memorandum_get_sections (numbered), 1);

  g_assert_null (concord_numbering_get_section (n, s2));
  g_assert_cmpstr (concord_numbering_get_section (nn, ns2), ==, "2");
  assert_ref (n, "s2", TRUE, "section “Two”");
  assert_ref (nn, "s2", TRUE, "section 2");
  /* Clause numbers run straight through either way. */
  g_assert_cmpstr (concord_numbering_lookup_clause (nn, "c21"), ==, "3");
}

/* A list of the sections labels them without numbering the clauses, and
 * says what the full numbering says in every style. */
static void
test_section_label (void)
{
  static const char *styles[] = {
    "", " number-format=\"trailing-dot\"", " numbering=\"continuous\"",
    " numbering=\"continuous\" numbered-headings=\"true\"",
    " numbering=\"continuous\" numbered-headings=\"true\" number-format=\"trailing-dot\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autoptr(ConcordMemorandum) m = load (styles[i], BODY);
      g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
      GListModel *sections = concord_memorandum_get_sections (m);

      g_assert_cmpuint (g_list_model_get_n_items (sections), >=, 2);
      for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
        {
          g_autoptr(ConcordSection) section = g_list_model_get_item (sections, j);
          g_autofree char *label = concord_numbering_section_label (m, j);

          g_assert_cmpstr (label, ==, concord_numbering_get_section (n, section));
        }
    }
  {
    g_autoptr(ConcordMemorandum) dotted = load (" number-format=\"trailing-dot\"", BODY);
    g_autofree char *second = concord_numbering_section_label (dotted, 1);

    g_assert_cmpstr (second, ==, "2.");
  }
}

/* Item letters restart in each clause: the first item of clause 1.2 is
 * (a) again, however many items clause 1.1 had. */
static void
test_items_restart (void)
{
  g_autoptr(ConcordMemorandum) m = load (" item-style=\"alpha\"", BODY);
  g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
  g_autoptr(ConcordSection) s1 = g_list_model_get_item (concord_memorandum_get_sections (m), 0);
  ConcordClause *c11 = concord_section_get_clause (s1, 0);
  ConcordClause *c12 = concord_section_get_clause (s1, 1);
  g_autoptr(GPtrArray) first = concord_numbering_label_blocks (n, "1.1", concord_clause_get_body (c11));
  g_autoptr(GPtrArray) second = concord_numbering_label_blocks (n, "1.2", concord_clause_get_body (c12));
  g_autofree char *text = concord_memorandum_to_text (m);

  g_assert_cmpstr (g_ptr_array_index (first, 2), ==, "(b)");
  g_assert_cmpstr (g_ptr_array_index (second, 0), ==, "(a)");
  assert_ref (n, "c12-a", TRUE, "paragraph 1.2(a)");
  g_assert_nonnull (strstr (text, "1.2\n    (a) restarted\n"));
}

static void
test_annex_paragraphs (void)
{
  /* With decimal items, an item builds on its paragraph's number. */
  static const struct { const char *attributes; const char *first; const char *item; const char *other; } cases[] = {
    { "", NULL, "(a)", NULL },
    { " annex-numbering=\"joined\"", "A1", "A1.1", "B1" },
    { " annex-numbering=\"dotted\"", "A.1", "A.1.1", "B.1" },
    { " annex-numbering=\"own\"", "1", "1.1", "1" },
    { " annex-numbering=\"own\" item-style=\"alpha\"", "1", "(a)", "1" },
    { " annex-numbering=\"joined\" annex-style=\"number\"", "1.1", "1.1.1", "2.1" },
    { " annex-numbering=\"dotted\" number-format=\"trailing-dot\"", "A.1.", "A.1.1.", "B.1." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ConcordMemorandum) m = load (cases[i].attributes, BODY);
      g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
      g_autoptr(ConcordAnnex) ax = g_list_model_get_item (concord_memorandum_get_annexes (m), 0);
      g_autoptr(ConcordAnnex) bx = g_list_model_get_item (concord_memorandum_get_annexes (m), 1);
      g_autoptr(GPtrArray) labels = concord_numbering_label_annex (n, ax);
      g_autoptr(GPtrArray) other = concord_numbering_label_annex (n, bx);

      g_test_message ("%s", cases[i].attributes);
      g_assert_null (g_ptr_array_index (labels, 0));
      g_assert_cmpstr (g_ptr_array_index (labels, 1), ==, cases[i].first);
      g_assert_cmpstr (g_ptr_array_index (labels, 2), ==, cases[i].item);
      g_assert_null (g_ptr_array_index (labels, 3));
      g_assert_cmpstr (g_ptr_array_index (other, 0), ==, cases[i].other);
    }
}

static void
test_references (void)
{
  g_autoptr(ConcordMemorandum) m = load (" item-style=\"alpha\" annex-numbering=\"dotted\"", BODY);
  g_autoptr(ConcordMemorandum) own = load (" annex-numbering=\"own\"", BODY);
  g_autoptr(ConcordMemorandum) plain = load ("", BODY);
  g_autoptr(ConcordMemorandum) uk = load (" numbering=\"continuous\"", BODY);
  g_autoptr(ConcordMemorandum) uk_clause = load (" numbering=\"continuous\" clause-word=\"clause\"", BODY);
  g_autoptr(ConcordMemorandum) para = load (" clause-word=\"paragraph\"", BODY);
  g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
  g_autoptr(ConcordNumbering) no = concord_numbering_new (own);
  g_autoptr(ConcordNumbering) np = concord_numbering_new (plain);
  g_autoptr(ConcordNumbering) nu = concord_numbering_new (uk);
  g_autoptr(ConcordNumbering) nuc = concord_numbering_new (uk_clause);
  g_autoptr(ConcordNumbering) npa = concord_numbering_new (para);

  /* Clauses: the word follows the numbering style, or the document. */
  assert_ref (n, "c24", TRUE, "clause 2.4");
  assert_ref (n, "c24", FALSE, "2.4");
  assert_ref (nu, "c25", TRUE, "paragraph 5");
  assert_ref (nuc, "c25", TRUE, "clause 5");
  assert_ref (npa, "c24", TRUE, "paragraph 2.4");
  /* A paragraph without a number of its own names its clause. */
  assert_ref (n, "c11-p", TRUE, "clause 1.1");
  /* Items, lettered and decimal, at both levels. */
  assert_ref (n, "c11-b", TRUE, "paragraph 1.1(b)");
  assert_ref (n, "c11-b", FALSE, "1.1(b)");
  assert_ref (n, "c11-b-ii", TRUE, "paragraph 1.1(b)(i)");
  assert_ref (np, "c11-b", TRUE, "clause 1.1.2");
  assert_ref (np, "c11-b-ii", TRUE, "clause 1.1.2.1");
  /* Sections and annexes. */
  assert_ref (n, "s2", TRUE, "section 2");
  assert_ref (n, "s2", FALSE, "2");
  assert_ref (n, "ax", TRUE, "Annex A");
  assert_ref (n, "bx", FALSE, "B");
  /* Annex paragraphs and their items. */
  assert_ref (n, "ax-2", TRUE, "paragraph A.2");
  assert_ref (n, "ax-2", FALSE, "A.2");
  assert_ref (n, "ax-1-a", TRUE, "paragraph A.1(a)");
  assert_ref (no, "ax-2", TRUE, "paragraph 2 of Annex A");
  assert_ref (no, "ax-1-a", TRUE, "paragraph 1.1 of Annex A");
  /* Unnumbered annex paragraphs name their annex. */
  assert_ref (np, "ax-2", TRUE, "Annex A");
  assert_ref (np, "ax-2", FALSE, "A");
  assert_ref (np, "ax-1-a", TRUE, "paragraph (a) of Annex A");
  /* Nothing by that id. */
  g_assert_null (ref (n, "nothing", TRUE));
  g_assert_null (ref (n, NULL, TRUE));
}

/* The text (and so the PDF, which renders runs the same way) prints the
 * words; a missing target is a lint finding wherever the reference is. */
static void
test_references_in_text (void)
{
  g_autofree char *body = replace_once (
    g_strdup (BODY), "<p id=\"bx-1\">Other.</p>",
    "<p id=\"bx-1\">See <clause-ref ref=\"ax\" form=\"full\"/>, <clause-ref ref=\"ax-2\" form=\"full\"/>, "
    "<clause-ref ref=\"c11-b\" form=\"full\"/>, <clause-ref ref=\"s2\" form=\"full\"/>, clause "
    "<clause-ref ref=\"c25\"/> and <clause-ref ref=\"gone\" form=\"full\"/>.</p>");
  g_autoptr(ConcordMemorandum) m = load (" item-style=\"alpha\" annex-numbering=\"dotted\"", body);
  g_autofree char *text = concord_memorandum_to_text (m);
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);

  g_assert_nonnull (strstr (text, "B.1 See Annex A, paragraph A.2, paragraph 1.1(b), section 2, clause 2.5 "
                                  "and [missing clause].\n"));
  g_assert_cmpuint (count_code (findings, "missing-clause-ref"), ==, 1);
  g_assert_nonnull (strstr (text, "  The council\n    A.1 First.\n    (a) an item\n\n  The department\n"));
}

/* A reference to an unnumbered clause has nothing to print: lint says so. */
static void
test_reference_to_unnumbered (void)
{
  g_autofree char *body = replace_once (g_strdup (BODY), "id=\"c22\" kind=\"general\" status=\"agreed\"",
                                        "id=\"c22\" kind=\"general\" status=\"agreed\" numbered=\"false\"");
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(ConcordNumbering) n = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  body = replace_once (body, "<p id=\"bx-1\">Other.</p>", "<p>See <clause-ref ref=\"c22\"/>.</p>");
  m = load ("", body);
  n = concord_numbering_new (m);
  findings = concord_memorandum_lint (m);
  g_assert_true (concord_numbering_has_target (n, "c22"));
  g_assert_null (ref (n, "c22", TRUE));
  g_assert_cmpuint (count_code (findings, "missing-clause-ref"), ==, 1);
  /* The fixed 2.4 still follows 2.1, as the unnumbered clause takes none. */
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c24"), ==, "2.4");
}

/* Every new attribute and element, in canonical form: loading and saving
 * gives the same bytes, and so does a deep copy. */
static void
test_round_trip (void)
{
  g_autofree char *body = replace_once (g_strdup (BODY), "<p id=\"bx-1\">Other.</p>",
                                        "<p id=\"bx-1\">See <clause-ref ref=\"ax-2\" form=\"full\"/> and "
                                        "<clause-ref ref=\"c11\"/>.</p>");
  g_autofree char *xml = g_strconcat (HEAD, " numbering=\"continuous\" item-style=\"alpha\" annex-style=\"number\""
                                      " number-format=\"trailing-dot\" numbered-headings=\"true\""
                                      " annex-numbering=\"own\" clause-word=\"clause\"",
                                      DETAILS, body, "</memorandum>\n", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "test.mou", &error);
  g_autoptr(ConcordMemorandum) copy = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) copied = NULL;

  g_assert_no_error (error);
  saved = concord_memorandum_serialize (m);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), xml, strlen (xml));
  g_assert_cmpint (concord_memorandum_get_number_format (m), ==, CONCORD_NUMBER_FORMAT_TRAILING_DOT);
  g_assert_true (concord_memorandum_get_numbered_headings (m));
  g_assert_cmpint (concord_memorandum_get_annex_numbering (m), ==, CONCORD_ANNEX_NUMBERING_OWN);
  g_assert_cmpint (concord_memorandum_get_clause_word (m), ==, CONCORD_CLAUSE_WORD_CLAUSE);
  copy = concord_memorandum_copy (m);
  copied = concord_memorandum_serialize (copy);
  g_assert_true (g_bytes_equal (saved, copied));
}

/* Set through the model, the same attributes are written, and defaults
 * are not. */
static void
test_built_round_trip (void)
{
  g_autoptr(ConcordMemorandum) m = load ("", BODY);
  g_autoptr(GBytes) before = concord_memorandum_serialize (m);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) blocks = concord_blocks_new ();
  g_autoptr(ConcordBlock) block = concord_block_new (CONCORD_BLOCK_ITEM, 1);
  g_autofree char *text = NULL;
  ConcordClause *clause = concord_memorandum_find_clause (m, "c25", NULL, NULL);

  g_assert_null (strstr (g_bytes_get_data (before, NULL), "number-format"));
  concord_memorandum_set_number_format (m, CONCORD_NUMBER_FORMAT_TRAILING_DOT);
  concord_memorandum_set_numbered_headings (m, TRUE);
  concord_memorandum_set_annex_numbering (m, CONCORD_ANNEX_NUMBERING_JOINED);
  concord_memorandum_set_clause_word (m, CONCORD_CLAUSE_WORD_PARAGRAPH);
  concord_clause_set_number (clause, "2.9");
  concord_block_set_id (block, "new-item");
  concord_block_append_run (block, CONCORD_RUN_CLAUSE, "ax-2", TRUE);
  g_ptr_array_add (blocks, g_steal_pointer (&block));
  concord_clause_set_body (clause, blocks);
  after = concord_memorandum_serialize (m);
  text = g_strndup (g_bytes_get_data (after, NULL), g_bytes_get_size (after));
  g_assert_nonnull (strstr (text, " number-format=\"trailing-dot\" numbered-headings=\"true\""
                                  " annex-numbering=\"joined\" clause-word=\"paragraph\">"));
  g_assert_nonnull (strstr (text, "<clause id=\"c25\" kind=\"general\" status=\"agreed\" number=\"2.9\">"));
  g_assert_nonnull (strstr (text, "<item id=\"new-item\"><clause-ref ref=\"ax-2\" form=\"full\"/></item>"));
  reloaded = concord_memorandum_load_from_data (g_bytes_get_data (after, NULL), g_bytes_get_size (after),
                                                "test.mou", &error);
  g_assert_no_error (error);
  again = concord_memorandum_serialize (reloaded);
  g_assert_true (g_bytes_equal (after, again));
}

typedef struct
{
  const char *name;
  const char *attributes;
  const char *from;
  const char *to;
  const char *position;
  const char *message;
} Refused;

static const Refused refused[] = {
  { "number-format", " number-format=\"dot\"", NULL, NULL, "test.mou:2:1: ", "Invalid attribute" },
  { "numbered-headings", " numbered-headings=\"yes\"", NULL, NULL, "test.mou:2:1: ", "Invalid attribute" },
  { "annex-numbering", " annex-numbering=\"A.1\"", NULL, NULL, "test.mou:2:1: ", "Invalid attribute" },
  { "clause-word", " clause-word=\"section\"", NULL, NULL, "test.mou:2:1: ", "Invalid attribute" },
  { "ref-form", "", "<p id=\"bx-1\">Other.</p>", "<p><clause-ref ref=\"ax\" form=\"long\"/></p>", "test.mou:35:8: ", "form" },
  { "subheading-in-clause", "", "<p id=\"c11-p\">Lead.</p>", "<subheading>No</subheading>", "test.mou:8:5: ", "subheading" },
  { "block-id-not-ncname", "", "<p id=\"c11-p\">", "<p id=\"1p\">", "test.mou:9:7: ", "id" },
  { "block-id-twice", "", "<p id=\"c11-p\">", "<p id=\"c12\">", "test.mou:9:7: ", "“c12” is used twice (first on line 14)" },
  { "fixed-letters", "", "number=\"2.4\"", "number=\"2.x\"", "test.mou:22:5: ", "“2.x” is not a number" },
  { "fixed-zero", "", "number=\"2.4\"", "number=\"0\"", "test.mou:22:5: ", "“0” is not a number" },
  { "fixed-leading-zero", "", "number=\"2.4\"", "number=\"2.04\"", "test.mou:22:5: ", "is not a number" },
  { "fixed-three-parts", "", "number=\"2.4\"", "number=\"2.4.1\"", "test.mou:22:5: ", "is not a number" },
  { "fixed-huge", "", "number=\"2.4\"", "number=\"99999999999999999999\"", "test.mou:22:5: ", "is not a number" },
  { "fixed-empty", "", "number=\"2.4\"", "number=\"\"", "test.mou:22:5: ", "is not a number" },
  { "fixed-negative", "", "number=\"2.4\"", "number=\"-4\"", "test.mou:22:5: ", "is not a number" },
};

static void
test_refused (gconstpointer data)
{
  const Refused *r = data;
  g_autofree char *body = r->from != NULL ? replace_once (g_strdup (BODY), r->from, r->to) : g_strdup (BODY);
  g_autofree char *xml = g_strconcat (HEAD, r->attributes, DETAILS, body, "</memorandum>\n", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "test.mou", &error);

  g_assert_null (m);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, r->position));
  g_assert_nonnull (strstr (error->message, r->message));
}

/* The words of references follow the memorandum's language, whatever the
 * interface speaks: Welsh, French and Spanish, and English for the rest. */
static void
test_references_in_language (void)
{
  static const struct { const char *language, *clause, *item, *section, *annex, *annex_paragraph; } cases[] = {
    { "cy", "cymal 2.4", "paragraff 1.1(b)", "adran 2", "Atodiad A", "paragraff 2 o Atodiad A" },
    { "cy-GB", "cymal 2.4", "paragraff 1.1(b)", "adran 2", "Atodiad A", "paragraff 2 o Atodiad A" },
    { "fr-FR", "article 2.4", "paragraphe 1.1(b)", "section 2", "Annexe A", "paragraphe 2 de l’Annexe A" },
    { "es", "cláusula 2.4", "apartado 1.1(b)", "sección 2", "Anexo A", "apartado 2 del Anexo A" },
    { "de", "clause 2.4", "paragraph 1.1(b)", "section 2", "Annex A", "paragraph 2 of Annex A" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ConcordMemorandum) m = load (" item-style=\"alpha\"", BODY);
      g_autoptr(ConcordMemorandum) own = load (" item-style=\"alpha\" annex-numbering=\"own\"", BODY);
      g_autoptr(ConcordNumbering) n = NULL;
      g_autoptr(ConcordNumbering) no = NULL;

      concord_memorandum_set_language (m, cases[i].language);
      concord_memorandum_set_language (own, cases[i].language);
      n = concord_numbering_new (m);
      no = concord_numbering_new (own);
      assert_ref (n, "c24", TRUE, cases[i].clause);
      assert_ref (n, "c24", FALSE, "2.4");
      assert_ref (n, "c11-b", TRUE, cases[i].item);
      assert_ref (n, "s2", TRUE, cases[i].section);
      assert_ref (n, "ax", TRUE, cases[i].annex);
      assert_ref (no, "ax-2", TRUE, cases[i].annex_paragraph);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/numbering/fixed", test_fixed_numbers);
  g_test_add_func ("/core/numbering/fixed-continuous", test_fixed_numbers_continuous);
  g_test_add_func ("/core/numbering/fixed-mismatch", test_fixed_number_mismatch);
  g_test_add_func ("/core/numbering/parse-fixed", test_parse_fixed);
  g_test_add_func ("/core/numbering/trailing-dot", test_trailing_dot);
  g_test_add_func ("/core/numbering/numbered-headings", test_numbered_headings);
  g_test_add_func ("/core/numbering/section-label", test_section_label);
  g_test_add_func ("/core/numbering/items-restart", test_items_restart);
  g_test_add_func ("/core/numbering/annex-paragraphs", test_annex_paragraphs);
  g_test_add_func ("/core/numbering/references", test_references);
  g_test_add_func ("/core/numbering/references-in-text", test_references_in_text);
  g_test_add_func ("/core/numbering/reference-to-unnumbered", test_reference_to_unnumbered);
  g_test_add_func ("/core/numbering/round-trip", test_round_trip);
  g_test_add_func ("/core/numbering/built-round-trip", test_built_round_trip);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/numbering/refused/%s", refused[i].name);

      g_test_add_data_func (path, &refused[i], test_refused);
    }

  g_test_add_func ("/core/numbering/references-in-language", test_references_in_language);

  return g_test_run ();
}
