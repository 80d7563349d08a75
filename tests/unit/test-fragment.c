/* test-fragment.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Copied text on the clipboard: its references survive a paste into the
 * same memorandum; into another, those it cannot honour become the words
 * they printed; anything else on the clipboard is refused, not trusted. */

#include "config.h"

#include <string.h>

#include "concord-core.h"
#include "concord-fragment.h"

static ConcordMemorandum *
load (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);
  ConcordMemorandum *m = concord_memorandum_load_from_file (path, &error);

  g_assert_no_error (error);

  return m;
}

static GPtrArray *
round_trip (ConcordMemorandum *source,
            ConcordMemorandum *target,
            GPtrArray         *blocks)
{
  g_autoptr(GBytes) bytes = concord_fragment_serialize (source, blocks);
  g_autoptr(GError) error = NULL;
  GPtrArray *pasted;

  g_assert_nonnull (bytes);
  pasted = concord_fragment_parse (target, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_nonnull (pasted);

  return pasted;
}

static guint
count_runs (GPtrArray      *blocks,
            ConcordRunKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < blocks->len; i++)
    for (guint j = 0; j < concord_block_get_n_runs (g_ptr_array_index (blocks, i)); j++)
      n += concord_block_get_run (g_ptr_array_index (blocks, i), j)->kind == kind;

  return n;
}

/* The lead paragraph names parties and the annex; paragraph 7 refers to
 * paragraph 6. */
static GPtrArray *
copied (ConcordMemorandum *m)
{
  GPtrArray *blocks = concord_blocks_copy (concord_clause_get_body (concord_memorandum_find_clause (m, "cl-lead", NULL, NULL)));
  GPtrArray *more = concord_clause_get_body (concord_memorandum_find_clause (m, "cl-intervention", NULL, NULL));

  for (guint i = 0; i < more->len; i++)
    g_ptr_array_add (blocks, concord_block_ref (g_ptr_array_index (more, i)));

  return blocks;
}

static void
test_same_memorandum (void)
{
  g_autoptr(ConcordMemorandum) m = load ("framework.mou");
  g_autoptr(GPtrArray) body = copied (m);
  g_autoptr(GPtrArray) pasted = round_trip (m, m, body);

  /* Every block, every run, as it was: party and clause references too. */
  g_assert_cmpuint (count_runs (body, CONCORD_RUN_CLAUSE), >, 0);
  g_assert_cmpuint (count_runs (body, CONCORD_RUN_PARTY), >, 0);
  g_assert_true (concord_blocks_equal (pasted, body));
}

static void
test_other_memorandum (void)
{
  g_autoptr(ConcordMemorandum) m = load ("framework.mou");
  g_autoptr(ConcordMemorandum) other = load ("local-boards.mou");
  g_autoptr(GPtrArray) body = copied (m);
  g_autoptr(GPtrArray) pasted = round_trip (m, other, body);
  g_autofree char *lead = concord_block_render (other, NULL, g_ptr_array_index (pasted, 0));
  g_autofree char *text = concord_block_render (other, NULL, g_ptr_array_index (pasted, pasted->len - 1));

  /* The other memorandum has neither party nor clause: the words stay. */
  g_assert_cmpuint (count_runs (pasted, CONCORD_RUN_CLAUSE), ==, 0);
  g_assert_cmpuint (count_runs (pasted, CONCORD_RUN_PARTY), ==, 0);
  g_assert_nonnull (strstr (text, "as set out in paragraph 6"));
  g_assert_nonnull (strstr (lead, "between Department for Education and Office of Qualifications Regulation"));
  g_assert_nonnull (strstr (lead, "listed in Annex A."));
  /* Which it still is, saved and loaded. */
  concord_clause_set_body (g_ptr_array_index (concord_memorandum_list_clauses (other), 0), pasted);
  {
    g_autoptr(GBytes) saved = concord_memorandum_serialize (other);
    g_autoptr(GError) error = NULL;
    g_autoptr(ConcordMemorandum) back = concord_memorandum_load_from_data (g_bytes_get_data (saved, NULL),
                                                                          g_bytes_get_size (saved), "x.mou", &error);

    g_assert_no_error (error);
    g_assert_nonnull (back);
  }
}

static void
test_tables_and_terms (void)
{
  g_autoptr(ConcordMemorandum) m = load ("data-sharing-umbrella.mou");
  g_autoptr(GPtrArray) all = concord_memorandum_list_clauses (m);
  g_autoptr(GPtrArray) everything = concord_blocks_new ();
  g_autoptr(GPtrArray) pasted = NULL;
  gboolean table = FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      GPtrArray *body = concord_clause_get_body (g_ptr_array_index (all, i));

      for (guint j = 0; j < body->len; j++)
        {
          ConcordBlock *block = g_ptr_array_index (body, j);

          table |= concord_block_get_table (block) != NULL;
          /* Ids do not travel: compare with them dropped. */
          if (concord_block_get_id (block) == NULL)
            g_ptr_array_add (everything, concord_block_ref (block));
        }
    }
  pasted = round_trip (m, m, everything);
  g_assert_true (concord_blocks_equal (pasted, everything));
  g_test_message ("with a table: %d, %u blocks", table, everything->len);
}

static void
test_hostile (void)
{
  g_autoptr(ConcordMemorandum) m = load ("framework.mou");
  static const char *bad[] = {
    "",
    "not xml at all",
    "<?xml version=\"1.0\"?><memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\"/>",
    "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>",
    "\xff\xfe\x00<",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) blocks = concord_fragment_parse (m, bad[i], strlen (bad[i]), &error);

      g_assert_null (blocks);
      g_assert_nonnull (error);
    }

  /* A whole memorandum is not a fragment either. */
  {
    g_autoptr(GBytes) whole = concord_memorandum_serialize (m);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) blocks = concord_fragment_parse (m, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole),
                                                          &error);

    g_assert_null (blocks);
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fragment/same-memorandum", test_same_memorandum);
  g_test_add_func ("/fragment/other-memorandum", test_other_memorandum);
  g_test_add_func ("/fragment/tables-and-terms", test_tables_and_terms);
  g_test_add_func ("/fragment/hostile", test_hostile);

  return g_test_run ();
}
