/* test-model.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "concord-core.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(ConcordParty) party = concord_party_new ("lga");
  guint count = 0;

  g_signal_connect (party, "notify::short-name", G_CALLBACK (count_notify_cb), &count);
  concord_party_set_short_name (party, "LGA");
  concord_party_set_short_name (party, "LGA");
  g_assert_cmpuint (count, ==, 1);
  concord_party_set_short_name (party, "");
  g_assert_null (concord_party_get_short_name (party));
  g_assert_cmpuint (count, ==, 2);
  concord_party_set_short_name (party, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&party));
}

/* A duplicated clause has every field of the original under a new id, and
 * editing one leaves the other alone. */
static void
test_clause_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("sector-led-improvement", &error);
  g_autoptr(GPtrArray) clauses = NULL;
  guint checked = 0;

  g_assert_no_error (error);
  clauses = concord_memorandum_list_clauses (m);
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);
      g_autoptr(ConcordClause) copy = concord_clause_copy (clause, "copy");
      const char *areas[] = { "somewhere-else", NULL };
      guint n_specs;
      g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (clause), &n_specs);

      g_assert_cmpstr (concord_clause_get_id (copy), ==, "copy");
      for (guint p = 0; p < n_specs; p++)
        {
          g_auto(GValue) a = G_VALUE_INIT;
          g_auto(GValue) b = G_VALUE_INIT;

          if (g_str_equal (specs[p]->name, "id"))
            continue;
          g_value_init (&a, specs[p]->value_type);
          g_value_init (&b, specs[p]->value_type);
          g_object_get_property (G_OBJECT (clause), specs[p]->name, &a);
          g_object_get_property (G_OBJECT (copy), specs[p]->name, &b);
          if (specs[p]->value_type == G_TYPE_PTR_ARRAY)
            g_assert_true (concord_blocks_equal (g_value_get_boxed (&a), g_value_get_boxed (&b)));
          else if (specs[p]->value_type == G_TYPE_STRV)
            g_assert_true (g_value_get_boxed (&a) == NULL
                           ? g_value_get_boxed (&b) == NULL
                           : g_strv_equal (g_value_get_boxed (&a), g_value_get_boxed (&b)));
          else
            g_assert_cmpint (g_param_values_cmp (specs[p], &a, &b), ==, 0);
          if (specs[p]->value_type == G_TYPE_STRING)
            g_assert_cmpstr (g_value_get_string (&a), ==, g_value_get_string (&b));
          checked++;
        }

      concord_clause_set_areas (copy, areas);
      concord_clause_set_heading (copy, "Changed");
      g_assert_true (concord_clause_get_areas (clause) == NULL ||
                     !g_strv_contains (concord_clause_get_areas (clause), "somewhere-else"));
      g_assert_cmpstr (concord_clause_get_heading (clause), !=, "Changed");
    }
  g_assert_cmpuint (checked, >, 100);
}

static void
test_display_name (void)
{
  g_autoptr(ConcordParty) party = concord_party_new ("dfe");

  g_assert_null (concord_party_get_display_name (party, FALSE));
  concord_party_set_name (party, "Department for Education");
  g_assert_cmpstr (concord_party_get_display_name (party, FALSE), ==, "Department for Education");
  concord_party_set_short_name (party, "DfE");
  g_assert_cmpstr (concord_party_get_display_name (party, FALSE), ==, "DfE");
  g_assert_cmpstr (concord_party_get_display_name (party, TRUE), ==, "Department for Education");
}

static void
test_block_runs_merge (void)
{
  g_autoptr(ConcordBlock) a = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 0);
  g_autoptr(ConcordBlock) b = concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "The ");

  concord_block_append_run (a, CONCORD_RUN_TEXT, "The", FALSE);
  concord_block_append_run (a, CONCORD_RUN_TEXT, " ", FALSE);
  concord_block_append_run (a, CONCORD_RUN_TEXT, "", FALSE);
  g_assert_cmpuint (concord_block_get_n_runs (a), ==, 1);
  g_assert_true (concord_block_equal (a, b));

  concord_block_append_run (a, CONCORD_RUN_PARTY, "lga", FALSE);
  g_assert_false (concord_block_equal (a, b));
  concord_block_append_run (b, CONCORD_RUN_PARTY, "lga", TRUE);
  g_assert_false (concord_block_equal (a, b));
  g_assert_cmpuint (concord_block_get_n_runs (a), ==, 2);
  g_assert_cmpint (concord_block_get_run (a, 1)->kind, ==, CONCORD_RUN_PARTY);

  /* Items are clamped to the two levels below a clause. */
  {
    g_autoptr(ConcordBlock) item = concord_block_new (CONCORD_BLOCK_ITEM, 7);

    g_assert_cmpuint (concord_block_get_level (item), ==, 2);
  }
}

static ConcordClause *
add_clause (ConcordSection *section,
            const char     *id,
            gboolean        numbered)
{
  g_autoptr(ConcordClause) clause = concord_clause_new (id);

  concord_clause_set_numbered (clause, numbered);
  concord_section_append_clause (section, clause);

  return clause;
}

static ConcordMemorandum *
two_sections (void)
{
  ConcordMemorandum *m = concord_memorandum_new ("m");
  GListStore *sections = G_LIST_STORE (concord_memorandum_get_sections (m));
  g_autoptr(ConcordSection) s1 = concord_section_new ("s1");
  g_autoptr(ConcordSection) s2 = concord_section_new ("s2");

  add_clause (s1, "c1", TRUE);
  add_clause (s1, "lead-in", FALSE);
  add_clause (s1, "c2", TRUE);
  add_clause (s2, "c3", TRUE);
  g_list_store_append (sections, s1);
  g_list_store_append (sections, s2);

  return m;
}

static void
test_numbering_hierarchical (void)
{
  g_autoptr(ConcordMemorandum) m = two_sections ();
  g_autoptr(ConcordNumbering) n = concord_numbering_new (m);
  g_autoptr(ConcordSection) s2 = g_list_model_get_item (concord_memorandum_get_sections (m), 1);

  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c1"), ==, "1.1");
  g_assert_null (concord_numbering_lookup_clause (n, "lead-in"));
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c2"), ==, "1.2");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c3"), ==, "2.1");
  g_assert_cmpstr (concord_numbering_get_section (n, s2), ==, "2");
}

static void
test_numbering_follows_insertion (void)
{
  g_autoptr(ConcordMemorandum) m = two_sections ();
  g_autoptr(ConcordSection) s1 = g_list_model_get_item (concord_memorandum_get_sections (m), 0);
  g_autoptr(ConcordClause) inserted = concord_clause_new ("new");
  g_autoptr(ConcordNumbering) n = NULL;

  concord_section_insert_clause (s1, 0, inserted);
  n = concord_numbering_new (m);
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "new"), ==, "1.1");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c1"), ==, "1.2");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c2"), ==, "1.3");
}

static void
test_numbering_continuous (void)
{
  g_autoptr(ConcordMemorandum) m = two_sections ();
  g_autoptr(ConcordNumbering) n = NULL;
  g_autoptr(ConcordSection) s1 = g_list_model_get_item (concord_memorandum_get_sections (m), 0);

  concord_memorandum_set_numbering (m, CONCORD_NUMBERING_CONTINUOUS);
  n = concord_numbering_new (m);
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c1"), ==, "1");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c2"), ==, "2");
  g_assert_cmpstr (concord_numbering_lookup_clause (n, "c3"), ==, "3");
  g_assert_null (concord_numbering_get_section (n, s1));
}

static GPtrArray *
items (void)
{
  GPtrArray *blocks = concord_blocks_new ();

  g_ptr_array_add (blocks, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "lead"));
  g_ptr_array_add (blocks, concord_block_new_text (CONCORD_BLOCK_ITEM, 1, "one"));
  g_ptr_array_add (blocks, concord_block_new_text (CONCORD_BLOCK_ITEM, 2, "one.i"));
  g_ptr_array_add (blocks, concord_block_new_text (CONCORD_BLOCK_ITEM, 2, "one.ii"));
  g_ptr_array_add (blocks, concord_block_new_text (CONCORD_BLOCK_ITEM, 1, "two"));

  return blocks;
}

static void
test_item_labels (void)
{
  g_autoptr(ConcordMemorandum) m = concord_memorandum_new ("m");
  g_autoptr(GPtrArray) blocks = items ();
  g_autoptr(ConcordNumbering) decimal = concord_numbering_new (m);
  g_autoptr(ConcordNumbering) alpha = NULL;
  g_autoptr(GPtrArray) d = concord_numbering_label_blocks (decimal, "3.2", blocks);
  g_autoptr(GPtrArray) a = NULL;

  g_assert_null (g_ptr_array_index (d, 0));
  g_assert_cmpstr (g_ptr_array_index (d, 1), ==, "3.2.1");
  g_assert_cmpstr (g_ptr_array_index (d, 2), ==, "3.2.1.1");
  g_assert_cmpstr (g_ptr_array_index (d, 3), ==, "3.2.1.2");
  g_assert_cmpstr (g_ptr_array_index (d, 4), ==, "3.2.2");

  concord_memorandum_set_item_style (m, CONCORD_ITEM_STYLE_ALPHA);
  alpha = concord_numbering_new (m);
  a = concord_numbering_label_blocks (alpha, "3.2", blocks);
  g_assert_cmpstr (g_ptr_array_index (a, 1), ==, "(a)");
  g_assert_cmpstr (g_ptr_array_index (a, 2), ==, "(i)");
  g_assert_cmpstr (g_ptr_array_index (a, 3), ==, "(ii)");
  g_assert_cmpstr (g_ptr_array_index (a, 4), ==, "(b)");
}

static void
test_find (void)
{
  g_autoptr(ConcordMemorandum) m = two_sections ();
  ConcordSection *section = NULL;
  guint position = 0;

  g_assert_nonnull (concord_memorandum_find_clause (m, "c2", &section, &position));
  g_assert_cmpstr (concord_section_get_id (section), ==, "s1");
  g_assert_cmpuint (position, ==, 2);
  g_assert_null (concord_memorandum_find_clause (m, "nope", NULL, NULL));
  g_assert_cmpuint (concord_memorandum_count_clauses (m), ==, 4);
}

static void
assert_same_xml (ConcordMemorandum *a,
                 ConcordMemorandum *b)
{
  g_autoptr(GBytes) xa = concord_memorandum_serialize (a);
  g_autoptr(GBytes) xb = concord_memorandum_serialize (b);

  g_assert_cmpmem (g_bytes_get_data (xa, NULL), g_bytes_get_size (xa),
                   g_bytes_get_data (xb, NULL), g_bytes_get_size (xb));
}

static void
test_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = concord_templates_list (&error);
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (templates->len, >, 1);
  for (guint i = 0; i < templates->len; i++)
    {
      ConcordTemplateInfo *info = g_ptr_array_index (templates, i);
      g_autoptr(ConcordMemorandum) m = concord_template_instantiate (info->id, &error);
      g_autoptr(ConcordMemorandum) copy = NULL;
      g_autoptr(GPtrArray) clauses = NULL;
      g_autoptr(GPtrArray) copied = NULL;
      GListModel *sigs;

      g_assert_no_error (error);
      /* What is not a property must be copied too. */
      sigs = concord_memorandum_get_signatures (m);
      if (g_list_model_get_n_items (sigs) > 0)
        {
          g_autoptr(ConcordSignature) sig = g_list_model_get_item (sigs, 0);
          g_autoptr(GBytes) image = g_bytes_new_static (png, sizeof png);

          concord_signature_set_image (sig, image);
        }
      concord_memorandum_set_placeholder (m, "marking", "Protective marking");

      copy = concord_memorandum_copy (m);
      assert_same_xml (m, copy);
      g_assert_cmpstr (concord_memorandum_get_placeholder (copy, "marking"), ==, "Protective marking");
      if (g_list_model_get_n_items (sigs) > 0)
        {
          g_autoptr(ConcordSignature) sig = g_list_model_get_item (concord_memorandum_get_signatures (copy), 0);

          g_assert_nonnull (concord_signature_get_image (sig));
        }

      /* Deep: editing the copy leaves the original alone. */
      clauses = concord_memorandum_list_clauses (m);
      copied = concord_memorandum_list_clauses (copy);
      g_assert_cmpuint (clauses->len, ==, copied->len);
      if (clauses->len > 0)
        {
          g_assert_true (clauses->pdata[0] != copied->pdata[0]);
          concord_clause_set_heading (copied->pdata[0], "Changed in the copy only");
          g_assert_cmpstr (concord_clause_get_heading (clauses->pdata[0]), !=, "Changed in the copy only");
          {
            g_autoptr(GBytes) xa = concord_memorandum_serialize (m);
            g_autoptr(GBytes) xb = concord_memorandum_serialize (copy);

            g_assert_false (g_bytes_equal (xa, xb));
          }
        }

      g_clear_pointer (&copied, g_ptr_array_unref);
      g_assert_finalize_object (g_steal_pointer (&copy));
    }
}

static void
test_clause_snapshot (void)
{
  g_autoptr(ConcordClause) clause = concord_clause_new ("c1");
  g_autoptr(ConcordClause) copy = NULL;
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  const char *side_a[] = { "lga", NULL };
  const char *side_b[] = { "dfe", "ofsted", NULL };
  const char *areas[] = { "improvement", "inspection", NULL };
  const char *notes[] = { "Check with counsel", NULL };
  GParamSpec **specs;
  guint n_specs;

  g_ptr_array_add (body, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "The body."));
  concord_clause_set_kind (clause, CONCORD_CLAUSE_KIND_ACCOUNTABILITY);
  concord_clause_set_status (clause, CONCORD_CLAUSE_STATUS_DISPUTED);
  concord_clause_set_numbered (clause, FALSE);
  concord_clause_set_number (clause, "2.4");
  concord_clause_set_owner (clause, "lga");
  concord_clause_set_side_a (clause, side_a);
  concord_clause_set_side_b (clause, side_b);
  concord_clause_set_accountable (clause, "lga");
  concord_clause_set_to (clause, "dfe");
  concord_clause_set_to_body (clause, "local communities");
  concord_clause_set_mechanisms (clause, CONCORD_MECHANISM_AUDIT | CONCORD_MECHANISM_ELECTION);
  concord_clause_set_areas (clause, areas);
  concord_clause_set_heading (clause, "Heading");
  concord_clause_set_body (clause, body);
  concord_clause_set_notes (clause, notes);
  concord_clause_set_translated_heading (clause, "Pennawd");
  concord_clause_set_translated_body (clause, body);
  concord_clause_mark_translation_checked (clause);
  concord_clause_set_library (clause, "roles 0123456789ab");
  {
    g_autoptr(ConcordComments) comments = concord_comments_add_thread (NULL, "k1", "Ana", "2026-12-04T10:00:00Z",
                                                                       "Why?");

    concord_clause_set_comments (clause, comments);
  }

  copy = concord_clause_copy (clause, NULL);

  /* The copy is made field by field: a property added to the clause
   * must be added to concord_clause_copy() too, and to this test. */
  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (clause), &n_specs);
  g_assert_cmpuint (n_specs, ==, 21);
  for (guint i = 0; i < n_specs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_value_init (&a, specs[i]->value_type);
      g_value_init (&b, specs[i]->value_type);
      g_object_get_property (G_OBJECT (clause), specs[i]->name, &a);
      g_object_get_property (G_OBJECT (copy), specs[i]->name, &b);
      if (specs[i]->value_type == G_TYPE_STRV)
        g_assert_true (g_strv_equal (g_value_get_boxed (&a), g_value_get_boxed (&b)));
      else if (specs[i]->value_type == G_TYPE_PTR_ARRAY)
        {
          g_assert_true (concord_blocks_equal (g_value_get_boxed (&a), g_value_get_boxed (&b)));
          g_assert_true (g_value_get_boxed (&a) != g_value_get_boxed (&b));
        }
      else if (specs[i]->value_type == CONCORD_TYPE_COMMENTS)
        {
          /* Comments never change once made: the copy may share them. */
          g_assert_nonnull (g_value_get_boxed (&a));
          g_assert_true (concord_comments_equal (g_value_get_boxed (&a), g_value_get_boxed (&b)));
        }
      else
        g_assert_cmpint (g_param_values_cmp (specs[i], &a, &b), ==, 0);
    }
  g_free (specs);

  /* Independent: changing the copy leaves the original alone. */
  concord_clause_set_heading (copy, "Other");
  g_assert_cmpstr (concord_clause_get_heading (clause), ==, "Heading");
  g_assert_finalize_object (g_steal_pointer (&copy));
}

/* A copy made a few clauses at a time is the copy made at once, whatever
 * the step (one clause, more than a section holds, empty sections), and it
 * owns its clauses: the original may change once it is finished. */
static void
test_copier_steps (void)
{
  static const guint steps[] = { 1, 2, 7, 1000 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", "framework.mou", NULL);
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file (path, &error);
  g_autoptr(ConcordSection) empty = concord_section_new ("empty-section");

  g_assert_no_error (error);
  g_list_store_insert (G_LIST_STORE (concord_memorandum_get_sections (m)), 0, empty);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(ConcordMemorandumCopier) copier = concord_memorandum_copier_new (m);
      g_autoptr(ConcordMemorandum) copy = NULL;
      g_autoptr(GPtrArray) clauses = NULL;
      guint turns = 1;

      while (!concord_memorandum_copier_step (copier, steps[i]))
        turns++;
      /* One more step copies nothing. */
      g_assert_true (concord_memorandum_copier_step (copier, steps[i]));
      copy = concord_memorandum_copier_finish (copier);
      assert_same_xml (m, copy);
      clauses = concord_memorandum_list_clauses (m);
      g_assert_cmpuint (turns, >=, clauses->len / steps[i]);
      {
        g_autoptr(GPtrArray) copied = concord_memorandum_list_clauses (copy);
        g_autofree char *changed = g_strdup_printf ("Changed in the original after copy %u", i);

        concord_clause_set_heading (clauses->pdata[0], changed);
        g_assert_cmpstr (concord_clause_get_heading (copied->pdata[0]), !=, changed);
      }
      concord_memorandum_copier_free (g_steal_pointer (&copier));
      g_assert_finalize_object (g_steal_pointer (&copy));
    }
  /* A copier dropped half way frees what it copied. */
  {
    ConcordMemorandumCopier *copier = concord_memorandum_copier_new (m);

    g_assert_false (concord_memorandum_copier_step (copier, 3));
    concord_memorandum_copier_free (copier);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/model/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/core/model/display-name", test_display_name);
  g_test_add_func ("/core/model/clause-copy", test_clause_copy);
  g_test_add_func ("/core/model/copier-steps", test_copier_steps);
  g_test_add_func ("/core/model/block-runs-merge", test_block_runs_merge);
  g_test_add_func ("/core/model/find", test_find);
  g_test_add_func ("/core/model/copy", test_copy);
  g_test_add_func ("/core/model/clause-snapshot", test_clause_snapshot);
  g_test_add_func ("/core/numbering/hierarchical", test_numbering_hierarchical);
  g_test_add_func ("/core/numbering/follows-insertion", test_numbering_follows_insertion);
  g_test_add_func ("/core/numbering/continuous", test_numbering_continuous);
  g_test_add_func ("/core/numbering/item-labels", test_item_labels);

  return g_test_run ();
}
