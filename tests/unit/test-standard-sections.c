/* test-standard-sections.c: the checklist of standard sections on every
 * template and on the real-shaped fixtures, and the starting sections it
 * inserts: where they go, their ids, their prompts, and a memorandum
 * that lint then finds complete.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"

/* The standard sections present, in checklist order, space-separated. */
static char *
present_in (ConcordMemorandum *m)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < concord_standard_sections_get_n (); i++)
    {
      const ConcordStandardSection *s = concord_standard_section_get (i);

      if (concord_standard_section_is_present (s, m))
        g_string_append_printf (out, out->len > 0 ? " %s" : "%s", s->id);
    }

  return g_string_free (out, FALSE);
}

static void
test_list (void)
{
  static const char *expected[] = {
    "purpose", "scope", "definitions", "status", "principles", "roles", "governance", "contacts", "costs",
    "data", "freedom-of-information", "intellectual-property", "review", "variation", "disputes",
    "termination", "signatures",
  };

  g_assert_cmpuint (concord_standard_sections_get_n (), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ConcordStandardSection *s = concord_standard_section_get (i);

      g_assert_cmpstr (s->id, ==, expected[i]);
      g_assert_true (concord_standard_section_find (expected[i]) == s);
      g_assert_nonnull (s->title);
      g_assert_nonnull (s->description);
      g_assert_cmpint (s->is_part, ==, g_str_equal (s->id, "definitions") || g_str_equal (s->id, "signatures"));
    }
  g_assert_null (concord_standard_section_find ("annexes"));
  g_assert_null (concord_standard_section_find (""));
  g_assert_null (concord_standard_section_find (NULL));
}

/* What the checklist ticks, by section kind, on each bundled template and
 * on the fixtures shaped like published memoranda. */
static void
test_templates_and_fixtures (void)
{
  static const struct { const char *name; const char *present; } templates[] = {
    { "blank", "purpose" },
    { "data-sharing", "purpose definitions roles governance signatures" },
    { "research-collaboration", "purpose definitions roles governance signatures" },
    { "sector-led-improvement", "purpose definitions roles governance signatures" },
    { "sector-led-improvement-cy", "purpose definitions roles governance signatures" },
    { "sector-led-improvement-fr", "purpose definitions roles governance signatures" },
    { "two-party-partnership", "purpose definitions roles governance signatures" },
    { "two-party-partnership-cy", "purpose definitions roles governance signatures" },
    { "two-party-partnership-fr", "purpose definitions roles governance signatures" },
    { "two-party-partnership-cy-en", "purpose definitions roles governance signatures" },
  };
  static const struct { const char *file; const char *present; } fixtures[] = {
    /* Umbrella: no accountability section, its governance is in general provisions. */
    { "data-sharing-umbrella.mou", "purpose definitions roles signatures" },
    { "framework.mou", "purpose roles governance signatures" },
    { "local-boards.mou", "purpose roles governance signatures" },
    { "office-holders.mou", "purpose definitions roles governance signatures" },
  };
  g_autoptr(GError) list_error = NULL;
  g_autoptr(GPtrArray) all = concord_templates_list (&list_error);

  g_assert_no_error (list_error);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (templates));
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = concord_template_instantiate (templates[i].name, &error);
      g_autofree char *present = NULL;

      g_assert_no_error (error);
      present = present_in (m);
      g_test_message ("%s: %s", templates[i].name, present);
      g_assert_cmpstr (present, ==, templates[i].present);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", fixtures[i].file, NULL);
      g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file (path, &error);
      g_autofree char *present = NULL;

      g_assert_no_error (error);
      present = present_in (m);
      g_assert_cmpstr (present, ==, fixtures[i].present);
    }
}

/* Every missing section inserted into the blank template, in whatever
 * order: they land in the checklist's order, each with its kind and
 * prompts, the file round-trips, and lint misses no standard clause. */
static void
test_fill_blank (void)
{
  static const char *order[] = { "termination", "status", "scope", "disputes", "roles", "review", "costs",
                                 "principles", "data", "variation", "contacts", "governance",
                                 "intellectual-property", "freedom-of-information" };
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("blank", &error);
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GBytes) xml_again = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) placeholders = NULL;
  GListModel *sections;
  g_autofree char *present = NULL;
  int last_rank = -1;

  g_assert_no_error (error);
  placeholders = concord_memorandum_collect_placeholders (m);
  {
    guint before = placeholders->len;

    g_clear_pointer (&placeholders, g_ptr_array_unref);
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        const ConcordStandardSection *s = concord_standard_section_find (order[i]);
        g_autoptr(ConcordSection) section = concord_standard_section_new_starter (s, m);

        g_assert_false (concord_standard_section_is_present (s, m));
        g_assert_nonnull (section);
        g_assert_cmpint (concord_section_get_kind (section), ==, s->kind);
        g_assert_cmpuint (concord_section_get_n_clauses (section), >, 0);
        g_list_store_insert (G_LIST_STORE (concord_memorandum_get_sections (m)),
                             concord_standard_section_insert_position (s, m), section);
        g_assert_true (concord_standard_section_is_present (s, m));
        g_assert_true (concord_standard_section_find_in (s, m) == section);
      }
    placeholders = concord_memorandum_collect_placeholders (m);
    /* Most starters ask for something; the status and variation clauses need nothing. */
    g_assert_cmpuint (placeholders->len, >=, before + G_N_ELEMENTS (order) - 2);
  }

  present = present_in (m);
  g_assert_cmpstr (present, ==, "purpose scope status principles roles governance contacts costs data "
                                "freedom-of-information intellectual-property review variation disputes termination");
  /* In the checklist's order, each section after the ones before it. */
  sections = concord_memorandum_get_sections (m);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      int rank = -1;

      for (guint k = 0; k < concord_standard_sections_get_n (); k++)
        if (concord_standard_section_get (k)->kind == concord_section_get_kind (section) &&
            !concord_standard_section_get (k)->is_part)
          rank = (int) k;
      g_assert_cmpint (rank, >, last_rank);
      last_rank = rank;
    }

  findings = concord_memorandum_lint (m);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpstr (((ConcordFinding *) g_ptr_array_index (findings, i))->code, !=, "missing-standard-clause");

  xml = concord_memorandum_serialize (m);
  again = concord_memorandum_load_from_data (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml), "filled.mou",
                                             &error);
  g_assert_no_error (error);
  xml_again = concord_memorandum_serialize (again);
  g_assert_true (g_bytes_equal (xml, xml_again));
}

/* The starting texts follow the memorandum's language, both languages
 * of a bilingual one, and English where Concord has no words for it; in
 * Welsh and French, filled in, they satisfy the drafting checks as the
 * English do. */
static void
test_starters_in_language (void)
{
  static const struct
  {
    const char *language;
    const char *second;
    const char *heading;
    const char *opening;
    const char *translated_opening;
    gboolean    checked;
  } cases[] = {
    { "cy", NULL, "Adolygu", "Bydd y partïon yn adolygu’r memorandwm hwn erbyn ", NULL, TRUE },
    { "fr-FR", NULL, "Réexamen", "Les parties réexamineront le présent protocole au plus tard le ", NULL, TRUE },
    { "es", NULL, "Revisión", "Las partes revisarán este memorando a más tardar el ", NULL, FALSE },
    { "de", NULL, "Review", "The parties will review this memorandum by ", NULL, FALSE },
    { "en-GB", "cy", "Review", "The parties will review this memorandum by ",
      "Bydd y partïon yn adolygu’r memorandwm hwn erbyn ", TRUE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("blank", &error);
      g_autoptr(GPtrArray) findings = NULL;
      ConcordSection *review;
      ConcordClause *clause;
      GPtrArray *translated;

      g_assert_no_error (error);
      concord_memorandum_set_language (m, cases[c].language);
      concord_memorandum_set_translation_language (m, cases[c].second);
      for (guint k = 0; k < concord_standard_sections_get_n (); k++)
        {
          const ConcordStandardSection *s = concord_standard_section_get (k);
          g_autoptr(ConcordSection) section = NULL;

          if (s->is_part || concord_standard_section_is_present (s, m))
            continue;
          section = concord_standard_section_new_starter (s, m);
          g_list_store_insert (G_LIST_STORE (concord_memorandum_get_sections (m)),
                               concord_standard_section_insert_position (s, m), section);
        }

      review = concord_standard_section_find_in (concord_standard_section_find ("review"), m);
      g_assert_cmpstr (concord_section_get_heading (review), ==, cases[c].heading);
      clause = concord_section_get_clause (review, 0);
      g_assert_cmpstr (concord_block_get_run (g_ptr_array_index (concord_clause_get_body (clause), 0), 0)->text, ==,
                       cases[c].opening);
      translated = concord_clause_get_translated_body (clause);
      if (cases[c].translated_opening != NULL)
        {
          g_assert_cmpstr (concord_section_get_translated_heading (review), ==, "Adolygu");
          g_assert_cmpuint (translated->len, ==, 1);
          g_assert_cmpstr (concord_block_get_run (g_ptr_array_index (translated, 0), 0)->text, ==,
                           cases[c].translated_opening);
          /* The prompts are prompts in both. */
          g_assert_cmpint (concord_block_get_run (g_ptr_array_index (translated, 0), 1)->kind, ==,
                           CONCORD_RUN_PLACEHOLDER);
        }
      else
        {
          g_assert_null (concord_section_get_translated_heading (review));
          g_assert_cmpuint (translated->len, ==, 0);
        }

      if (!cases[c].checked)
        continue;
      findings = concord_memorandum_lint (m);
      for (guint i = 0; i < findings->len; i++)
        {
          const ConcordFinding *f = g_ptr_array_index (findings, i);

          g_assert_cmpstr (f->code, !=, CONCORD_LINT_MISSING_STANDARD_CLAUSE);
          g_assert_cmpstr (f->code, !=, CONCORD_LINT_BINDING_LANGUAGE);
          g_assert_cmpstr (f->code, !=, CONCORD_LINT_PASSIVE_OBLIGATION);
        }
    }
}

/* Ids already taken are not reused; prompts are placeholder runs; the
 * definitions and signatures have no starting section. */
static void
test_ids_and_prompts (void)
{
  static const char xml[] =
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"review\" status=\"draft\" language=\"en-GB\">"
    "<title>T</title><revision>0</revision><parties/>"
    "<section id=\"section-review\" kind=\"general\"><heading>Other</heading>"
    "<clause id=\"review-2\" kind=\"general\" status=\"agreed\"><p>Text.</p></clause></section></memorandum>";
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "ids.mou", &error);
  const ConcordStandardSection *review = concord_standard_section_find ("review");
  g_autoptr(ConcordSection) section = NULL;
  ConcordClause *clause;
  GPtrArray *body;
  const ConcordBlock *block;
  guint n_prompts = 0;

  g_assert_no_error (error);
  section = concord_standard_section_new_starter (review, m);
  g_assert_cmpstr (concord_section_get_id (section), ==, "section-review-2");
  clause = concord_section_get_clause (section, 0);
  g_assert_cmpstr (concord_clause_get_id (clause), ==, "review-3");
  g_assert_cmpint (concord_clause_get_status (clause), ==, CONCORD_CLAUSE_STATUS_PROPOSED);
  body = concord_clause_get_body (clause);
  g_assert_cmpuint (body->len, ==, 1);
  block = g_ptr_array_index (body, 0);
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      g_assert_true (run->text != NULL && *run->text != '\0');
      g_assert_null (strchr (run->text, '['));
      g_assert_null (strchr (run->text, ']'));
      n_prompts += run->kind == CONCORD_RUN_PLACEHOLDER;
    }
  g_assert_cmpuint (n_prompts, ==, 2);
  g_assert_cmpstr (concord_block_get_run (block, 1)->text, ==, "the review date");

  /* The section goes after nothing the checklist puts first: at the start. */
  g_assert_cmpuint (concord_standard_section_insert_position (review, m), ==, 0);

  g_assert_null (concord_standard_section_new_starter (concord_standard_section_find ("definitions"), m));
  g_assert_null (concord_standard_section_new_starter (concord_standard_section_find ("signatures"), m));
  g_assert_false (concord_standard_section_is_present (concord_standard_section_find ("definitions"), m));
  g_assert_false (concord_standard_section_is_present (concord_standard_section_find ("signatures"), m));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/standard-sections/list", test_list);
  g_test_add_func ("/core/standard-sections/templates-and-fixtures", test_templates_and_fixtures);
  g_test_add_func ("/core/standard-sections/fill-blank", test_fill_blank);
  g_test_add_func ("/core/standard-sections/ids-and-prompts", test_ids_and_prompts);
  g_test_add_func ("/core/standard-sections/starters-in-language", test_starters_in_language);

  return g_test_run ();
}
