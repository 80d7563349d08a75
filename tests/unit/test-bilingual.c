/* test-bilingual.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bilingual memoranda: the other language's text kept through a save and
 * a load, the copy in that language, the fingerprints that tell which
 * text is older, what lint says of them, and diff and merge taking the
 * two texts as two fields. */

#include "config.h"

#include <string.h>

#include "concord-core.h"

#define FIXTURE SOURCE_ROOT "/tests/data/bilingual/welsh-english.mou"

static ConcordMemorandum *
load_fixture (void)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_file (FIXTURE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);

  return m;
}

static ConcordMemorandum *
reload (ConcordMemorandum *m)
{
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  ConcordMemorandum *back = concord_memorandum_load_from_data (data, size, "back.mou", &error);

  g_assert_no_error (error);
  return back;
}

static char *
serialized (ConcordMemorandum *m)
{
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static ConcordClause *
clause (ConcordMemorandum *m,
        const char        *id)
{
  ConcordClause *c = concord_memorandum_find_clause (m, id, NULL, NULL);

  g_assert_nonnull (c);
  return c;
}

/* A copy of @blocks with block @index's text replaced. */
static GPtrArray *
with_text (GPtrArray  *blocks,
           guint       index,
           const char *text)
{
  GPtrArray *copy = concord_blocks_copy (blocks);

  concord_block_unref (g_ptr_array_index (copy, index));
  g_ptr_array_index (copy, index) = concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, text);
  return copy;
}

static guint
count (GPtrArray  *findings,
       const char *code,
       const char *clause_id,
       const char *message)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->code, code) && (clause_id == NULL || g_strcmp0 (f->clause_id, clause_id) == 0) &&
          (message == NULL || strstr (f->message, message) != NULL))
        n++;
    }

  return n;
}

static void
test_round_trip (void)
{
  g_autoptr(ConcordMemorandum) m = load_fixture ();
  g_autoptr(ConcordMemorandum) back = reload (m);
  g_autofree char *once = serialized (m);
  g_autofree char *twice = serialized (back);
  g_autofree char *file = NULL;
  ConcordClause *c = clause (back, "role-wg");
  g_autoptr(ConcordParty) party = g_list_model_get_item (concord_memorandum_get_parties (back), 0);
  g_autoptr(ConcordTerm) term = g_list_model_get_item (concord_memorandum_get_terms (back), 0);

  g_assert_true (g_file_get_contents (FIXTURE, &file, NULL, NULL));
  g_assert_cmpstr (once, ==, file);
  g_assert_cmpstr (once, ==, twice);
  g_assert_true (concord_memorandum_is_bilingual (back));
  g_assert_cmpstr (concord_memorandum_get_translation_language (back), ==, "en");
  g_assert_cmpstr (concord_clause_get_translated_heading (c), ==, "Sampling and analysis");
  g_assert_cmpuint (concord_clause_get_translated_body (c)->len, ==, 4);
  g_assert_cmpint (concord_block_get_kind (g_ptr_array_index (concord_clause_get_translated_body (c), 1)), ==,
                   CONCORD_BLOCK_ITEM);
  g_assert_cmpstr (concord_party_get_translated_name (party), ==, "Welsh Government");
  g_assert_cmpstr (concord_term_get_translated_name (term), ==, "Bathing Season");
  g_assert_cmpuint (concord_memorandum_get_translated_recitals (back)->len, ==, 2);
}

/* The copy in the other language has that language's names, headings
 * and words; translating it again gives the memorandum back. */
static void
test_translated_copy (void)
{
  g_autoptr(ConcordMemorandum) m = load_fixture ();
  g_autoptr(ConcordMemorandum) en = concord_memorandum_translated (m);
  g_autoptr(ConcordMemorandum) cy = concord_memorandum_translated (en);
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (en);
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (en), 1);
  ConcordClause *c = clause (en, "role-council");
  g_autofree char *text = concord_block_render (en, numbering, g_ptr_array_index (concord_clause_get_body (c), 0));
  g_autofree char *original = serialized (m);
  g_autofree char *back = serialized (cy);

  g_assert_cmpstr (concord_memorandum_get_language (en), ==, "en");
  g_assert_cmpstr (concord_memorandum_get_translation_language (en), ==, "cy");
  g_assert_cmpstr (concord_memorandum_get_title (en), ==, "Memorandum of Understanding on Bathing Water Quality");
  g_assert_cmpstr (concord_section_get_heading (section), ==, "Roles");
  g_assert_cmpstr (concord_clause_get_heading (c), ==, "Signs on the beach");
  g_assert_nonnull (strstr (text, "from the Government under 2.1"));
  g_assert_nonnull (strstr (text, "at each Monitoring Site"));
  g_assert_cmpstr (back, ==, original);
  /* The first language's memorandum is left as it was. */
  g_assert_cmpstr (concord_clause_get_heading (clause (m, "role-council")), ==, "Arwyddion ar y traeth");
}

/* A name with no translation stands for both languages; running text
 * with none stays empty, so that it shows as missing. */
static void
test_untranslated_fallbacks (void)
{
  g_autoptr(ConcordMemorandum) m = load_fixture ();
  g_autoptr(ConcordMemorandum) en = NULL;
  g_autoptr(ConcordParty) party = NULL;
  g_autoptr(GPtrArray) none = concord_blocks_new ();
  g_autoptr(ConcordParty) wg = g_list_model_get_item (concord_memorandum_get_parties (m), 0);

  concord_party_set_translated_name (wg, NULL);
  concord_clause_set_translated_heading (clause (m, "bnd-closures"), NULL);
  concord_clause_set_translated_body (clause (m, "bnd-closures"), none);
  en = concord_memorandum_translated (m);
  party = g_list_model_get_item (concord_memorandum_get_parties (en), 0);
  g_assert_cmpstr (concord_party_get_name (party), ==, "Llywodraeth Cymru");
  g_assert_null (concord_clause_get_heading (clause (en, "bnd-closures")));
  g_assert_cmpuint (concord_clause_get_body (clause (en, "bnd-closures"))->len, ==, 0);
}

/* Which text changed since the two were last checked together, through a
 * save, and what lint says of it. */
static void
test_translation_state (void)
{
  g_autoptr(ConcordMemorandum) m = load_fixture ();
  g_autoptr(ConcordMemorandum) back = NULL;
  g_autoptr(GPtrArray) clean = concord_memorandum_lint (m);
  g_autoptr(GPtrArray) edited = NULL;
  g_autoptr(GPtrArray) translated = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  ConcordClause *c = clause (m, "pur-purpose");

  g_assert_cmpuint (count (clean, CONCORD_LINT_TRANSLATION_MISSING, NULL, NULL), ==, 0);
  g_assert_cmpuint (count (clean, CONCORD_LINT_TRANSLATION_OUTDATED, NULL, NULL), ==, 0);
  g_assert_cmpint (concord_clause_get_translation_state (c), ==, CONCORD_TRANSLATION_UNCHECKED);

  concord_clause_mark_translation_checked (c);
  g_assert_nonnull (concord_clause_get_translation_checked (c));
  g_assert_cmpint (concord_clause_get_translation_state (c), ==, CONCORD_TRANSLATION_IN_STEP);
  back = reload (m);
  g_assert_cmpint (concord_clause_get_translation_state (clause (back, "pur-purpose")), ==,
                   CONCORD_TRANSLATION_IN_STEP);

  /* The Welsh changes: the English is now the older text. */
  edited = with_text (concord_clause_get_body (c), 0, "Mae’r memorandwm hwn yn cofnodi sut y bydd y partïon yn cydweithio.");
  concord_clause_set_body (c, edited);
  g_assert_cmpint (concord_clause_get_translation_state (c), ==, CONCORD_TRANSLATION_ORIGINAL_CHANGED);
  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_OUTDATED, "pur-purpose",
                           "the English text is older than its Welsh counterpart"), ==, 1);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Then the English too, without anyone checking them together. */
  translated = with_text (concord_clause_get_translated_body (c), 0,
                          "This memorandum records how the parties will work together.");
  concord_clause_set_translated_body (c, translated);
  g_assert_cmpint (concord_clause_get_translation_state (c), ==, CONCORD_TRANSLATION_BOTH_CHANGED);
  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_OUTDATED, "pur-purpose", "both texts"), ==, 1);
  g_clear_pointer (&findings, g_ptr_array_unref);

  concord_clause_mark_translation_checked (c);
  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_OUTDATED, NULL, NULL), ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Only the English changes: the Welsh is the older. */
  concord_clause_set_translated_heading (c, "Why this memorandum exists");
  g_assert_cmpint (concord_clause_get_translation_state (c), ==, CONCORD_TRANSLATION_TRANSLATION_CHANGED);
  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_OUTDATED, "pur-purpose",
                           "the Welsh text is older than its English counterpart"), ==, 1);

  /* A record that is not two fingerprints counts as no record. */
  concord_clause_set_translation_checked (c, "nonsense");
  g_assert_cmpint (concord_clause_get_translation_state (c), ==, CONCORD_TRANSLATION_UNCHECKED);
}

static void
test_missing_counterparts (void)
{
  g_autoptr(ConcordMemorandum) m = load_fixture ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) shorter = NULL;
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (m), 2);
  g_autoptr(ConcordTerm) term = g_list_model_get_item (concord_memorandum_get_terms (m), 1);
  ConcordClause *c = clause (m, "role-wg");

  concord_clause_set_translated_heading (clause (m, "bnd-closures"), "");
  shorter = concord_blocks_copy (concord_clause_get_translated_body (c));
  g_ptr_array_remove_index (shorter, 2);
  concord_clause_set_translated_body (c, shorter);
  concord_section_set_translated_heading (section, NULL);
  concord_term_set_translated_name (term, NULL);

  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_MISSING, "bnd-closures",
                           "the English text has no heading"), ==, 1);
  /* Blocks pair by position: the third item, and so the fourth, have no
   * counterpart; one finding sends the drafter to the clause. */
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_MISSING, "role-wg",
                           "the English text has nothing for paragraph or item 4"), ==, 1);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_MISSING, NULL,
                           "the section heading has no English text"), ==, 1);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_MISSING, NULL,
                           "the term “Safle Monitro” has no English name"), ==, 1);

  /* In one language, nothing of this is asked for. */
  concord_memorandum_set_translation_language (m, NULL);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_MISSING, NULL, NULL), ==, 0);
}

/* Diff reports the other language's text as a field of its own, in its
 * own names; a merge takes a Welsh edit from one side and an English
 * edit of the same clause from the other without a conflict. */
static void
test_diff_and_merge (void)
{
  g_autoptr(ConcordMemorandum) base = load_fixture ();
  g_autoptr(ConcordMemorandum) ours = concord_memorandum_copy (base);
  g_autoptr(ConcordMemorandum) theirs = concord_memorandum_copy (base);
  g_autoptr(GPtrArray) welsh = with_text (concord_clause_get_body (clause (base, "bnd-closures")), 0,
                                          "Mae’r penderfyniad yn perthyn i’r Llywodraeth.");
  g_autoptr(GPtrArray) english = with_text (concord_clause_get_translated_body (clause (base, "bnd-closures")), 0,
                                            "The decision rests with the Government alone.");
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(ConcordMerge) merge = NULL;
  const ConcordDiffChange *change;
  const ConcordDiffField *field;
  ConcordMemorandum *result;

  concord_clause_set_translated_body (clause (theirs, "bnd-closures"), english);
  diff = concord_diff_new (base, theirs);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
  change = concord_diff_get_change (diff, 0);
  g_assert_false (concord_diff_change_get_fields (change) & CONCORD_DIFF_FIELD_BODY);
  g_assert_cmpuint (concord_diff_change_get_n_fields (change), ==, 1);
  field = concord_diff_change_get_field (change, 0);
  g_assert_cmpstr (field->name, ==, "translated-body");
  g_assert_nonnull (strstr (field->old_text, "rests with the Government"));
  g_assert_cmpstr (field->new_text, ==, "The decision rests with the Government alone.");

  /* Accepting the change in review carries the English text over. */
  g_assert_true (concord_diff_change_apply (diff, 0, ours, NULL));
  g_assert_true (concord_blocks_equal (concord_clause_get_translated_body (clause (ours, "bnd-closures")), english));
  g_clear_object (&ours);
  ours = concord_memorandum_copy (base);

  concord_clause_set_body (clause (ours, "bnd-closures"), welsh);
  merge = concord_merge_new (base, ours, theirs);
  g_assert_cmpuint (concord_merge_get_n_conflicts (merge), ==, 0);
  result = concord_merge_get_result (merge);
  g_assert_true (concord_blocks_equal (concord_clause_get_body (clause (result, "bnd-closures")), welsh));
  g_assert_true (concord_blocks_equal (concord_clause_get_translated_body (clause (result, "bnd-closures")),
                                       english));
}

/* Broken and hostile input: a record of another shape, a second
 * language that is not a language, a paragraph id given twice. */
static void
test_refused (void)
{
  static const char * const bad[] = {
    "<clause id=\"c\" kind=\"general\" status=\"agreed\" translation-checked=\"abc\"/>",
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p id=\"p1\">A</p>"
    "<translated-body><p id=\"p1\">B</p></translated-body></clause>",
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><translated-body><translated-body/>"
    "</translated-body></clause>",
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><translated-heading><p>x</p></translated-heading></clause>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *xml = g_strdup_printf (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" "
        "language=\"cy\" translation=\"en\">\n  <title>T</title>\n  <revision>0</revision>\n"
        "  <parties/>\n  <section id=\"s\" kind=\"general\">\n    <heading>S</heading>\n    %s\n"
        "  </section>\n</memorandum>\n", bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "bad.mou", &error);

      g_assert_null (m);
      g_assert_nonnull (error);
    }

  {
    const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" "
                      "language=\"cy\" translation=\"not a language\">\n  <title>T</title>\n"
                      "  <revision>0</revision>\n  <parties/>\n</memorandum>\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "bad.mou", &error);

    g_assert_null (m);
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  }
}

/* The bilingual template: the Welsh text with the English one beside it,
 * every text with its counterpart, the English prompts to fill in too. */
static void
test_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("two-party-partnership-cy-en", &error);
  g_autoptr(ConcordMemorandum) en = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_language (m), ==, "cy");
  g_assert_cmpstr (concord_memorandum_get_translation_language (m), ==, "en-GB");
  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count (findings, CONCORD_LINT_TRANSLATION_MISSING, NULL, NULL), ==, 0);
  g_assert_cmpuint (count (findings, CONCORD_LINT_PLACEHOLDER, "pur-objectives", "“yr amcan cyntaf”"), ==, 1);
  g_assert_cmpuint (count (findings, CONCORD_LINT_PLACEHOLDER, "pur-objectives", "“first objective”"), ==, 1);
  en = concord_memorandum_translated (m);
  g_assert_cmpstr (concord_memorandum_get_title (en), ==, "Memorandum of Understanding on Partnership Working");
  g_assert_cmpstr (concord_clause_get_heading (clause (en, "gen-language")), ==, "The Welsh language");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bilingual/round-trip", test_round_trip);
  g_test_add_func ("/bilingual/translated-copy", test_translated_copy);
  g_test_add_func ("/bilingual/untranslated-fallbacks", test_untranslated_fallbacks);
  g_test_add_func ("/bilingual/translation-state", test_translation_state);
  g_test_add_func ("/bilingual/missing-counterparts", test_missing_counterparts);
  g_test_add_func ("/bilingual/diff-and-merge", test_diff_and_merge);
  g_test_add_func ("/bilingual/refused", test_refused);
  g_test_add_func ("/bilingual/template", test_template);

  return g_test_run ();
}
