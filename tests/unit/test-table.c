/* test-table.c: tables in clauses and annexes, in the model, the file,
 * the text, the lint and the layout.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"

#define SAMPLE SOURCE_ROOT "/tests/data/tables.mou"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n" \
  "  <title>T</title>\n  <revision>0</revision>\n  <parties>\n" \
  "    <party id=\"a\" kind=\"signatory\">\n      <name>Alpha Council</name>\n" \
  "      <short-name>Alpha</short-name>\n    </party>\n  </parties>\n"
#define CLAUSE_OPEN "  <section id=\"s\" kind=\"general\">\n    <heading>H</heading>\n" \
  "    <clause id=\"c\" kind=\"general\" status=\"agreed\">\n"
#define CLAUSE_CLOSE "    </clause>\n  </section>\n"
#define TAIL "</memorandum>\n"
#define IN_CLAUSE(table) HEAD CLAUSE_OPEN table CLAUSE_CLOSE TAIL

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

static ConcordClause *
first_clause (ConcordMemorandum *m)
{
  g_autoptr(ConcordSection) s = g_list_model_get_item (concord_memorandum_get_sections (m), 0);

  return concord_section_get_clause (s, 0);
}

static const ConcordTable *
table_in (ConcordClause *clause,
          guint          index)
{
  GPtrArray *body = concord_clause_get_body (clause);
  ConcordBlock *block;

  g_assert_cmpuint (index, <, body->len);
  block = g_ptr_array_index (body, index);
  g_assert_cmpint (concord_block_get_kind (block), ==, CONCORD_BLOCK_TABLE);

  return concord_block_get_table (block);
}

/* The sample is in canonical form: it loads, and saves byte for byte. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autofree char *saved = NULL;
  const ConcordTable *table;
  const ConcordBlock *cell;

  g_assert_true (g_file_get_contents (SAMPLE, &contents, NULL, &error));
  m = load_string (contents, &error);
  g_assert_no_error (error);
  saved = serialize_to_string (m);
  g_assert_cmpstr (saved, ==, contents);

  table = table_in (first_clause (m), 1);
  g_assert_cmpuint (concord_table_get_n_columns (table), ==, 3);
  g_assert_cmpuint (concord_table_get_n_rows (table), ==, 3);
  g_assert_true (concord_table_get_header (table));
  g_assert_true (concord_table_has_widths (table));
  g_assert_cmpuint (concord_table_get_width (table, 0), ==, 2);
  g_assert_cmpuint (concord_table_get_width (table, 1), ==, 3);
  g_assert_cmpuint (concord_table_get_fill (table), ==, 0);
  cell = concord_table_get_cell (table, 1, 0);
  g_assert_cmpuint (concord_block_get_n_runs (cell), ==, 1);
  g_assert_cmpint (concord_block_get_run (cell, 0)->kind, ==, CONCORD_RUN_PARTY);
  g_assert_true (concord_block_get_run (cell, 0)->full_form);
  /* The short row was completed with an empty cell. */
  g_assert_true (concord_block_is_empty (concord_table_get_cell (table, 2, 2)));
}

/* A table built through the API saves and loads back equal. */
static void
test_built (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (IN_CLAUSE ("      <p>x</p>\n"), &error);
  g_autoptr(ConcordTable) table = concord_table_new (2, &error);
  g_autoptr(GPtrArray) cells = concord_blocks_new ();
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(ConcordBlock) block = NULL;
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autofree char *saved = NULL;
  ConcordBlock *party_cell = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 0);
  const guint widths[] = { 1, 4 };

  g_assert_no_error (error);
  concord_block_append_run (party_cell, CONCORD_RUN_PARTY, "a", FALSE);
  concord_block_append_run (party_cell, CONCORD_RUN_TEXT, " & <co>", FALSE);
  g_ptr_array_add (cells, party_cell);
  g_ptr_array_add (cells, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "Contact"));
  g_assert_true (concord_table_set_widths (table, widths, 2, &error));
  g_assert_true (concord_table_set_fill (table, 2, &error));
  concord_table_set_header (table, TRUE);
  g_assert_true (concord_table_append_row (table, cells, &error));
  g_ptr_array_set_size (cells, 1);
  g_assert_true (concord_table_append_row (table, cells, &error));
  block = concord_block_new_table (table, &error);
  g_assert_no_error (error);
  g_ptr_array_add (body, concord_block_ref (block));
  concord_clause_set_body (first_clause (m), body);

  saved = serialize_to_string (m);
  g_assert_nonnull (strstr (saved, "<table columns=\"2\" widths=\"1 4\" header=\"true\" fill=\"2\">\n"
                                   "        <row>\n"
                                   "          <cell><party-ref ref=\"a\"/> &amp; &lt;co&gt;</cell>\n"
                                   "          <cell>Contact</cell>\n"
                                   "        </row>\n"
                                   "        <row>\n"
                                   "          <cell><party-ref ref=\"a\"/> &amp; &lt;co&gt;</cell>\n"
                                   "          <cell/>\n"
                                   "        </row>\n"
                                   "      </table>\n"));
  again = load_string (saved, &error);
  g_assert_no_error (error);
  g_assert_true (concord_blocks_equal (concord_clause_get_body (first_clause (again)), body));

  /* Its runs are its cells', so the party shows as named by the clause. */
  g_assert_cmpuint (concord_block_get_n_runs (block), ==, 5);
  g_assert_true (concord_clause_concerns_party (first_clause (again), "a"));
}

static void
test_api_refusals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordTable) table = NULL;
  g_autoptr(ConcordTable) empty = NULL;
  g_autoptr(GPtrArray) cells = concord_blocks_new ();
  g_autoptr(ConcordTable) nested = NULL;
  ConcordBlock *block;
  const guint widths[] = { 1, 2, 3 };

  g_assert_null (concord_table_new (0, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_clear_error (&error);
  g_assert_null (concord_table_new (CONCORD_TABLE_MAX_COLUMNS + 1, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_clear_error (&error);

  table = concord_table_new (2, &error);
  g_assert_false (concord_table_set_widths (table, widths, 3, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_clear_error (&error);
  g_assert_false (concord_table_set_fill (table, CONCORD_TABLE_MAX_FILL + 1, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_clear_error (&error);

  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (cells, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "x"));
  g_assert_false (concord_table_append_row (table, cells, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "3 cells"));
  g_clear_error (&error);

  /* No table in a cell, and no table without rows. */
  empty = concord_table_new (1, &error);
  g_assert_null (concord_block_new_table (empty, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_clear_error (&error);
  nested = concord_table_new (1, &error);
  g_ptr_array_set_size (cells, 1);
  g_assert_true (concord_table_append_row (nested, cells, &error));
  block = concord_block_new_table (nested, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (cells, 0);
  g_ptr_array_add (cells, block);
  g_assert_false (concord_table_append_row (table, cells, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_assert_cmpuint (concord_table_get_n_rows (table), ==, 0);
}

typedef struct
{
  const char *name;
  const char *xml;
  const char *position;
  const char *words;
} BadCase;

#define T(attrs, rows) "      <table " attrs ">\n" rows "      </table>\n"
#define ROW2 "        <row><cell>a</cell><cell>b</cell></row>\n"

static const BadCase bad_cases[] = {
  { "more-cells", IN_CLAUSE (T ("columns=\"2\"", ROW2 "        <row><cell>a</cell><cell>b</cell><cell>c</cell></row>\n")),
    "test.mou:16:9: ", "row 2 has 3 cells but the table has 2 columns" },
  { "widths-count", IN_CLAUSE (T ("columns=\"2\" widths=\"1 2 3\"", ROW2)),
    "test.mou:14:7: ", "2 columns but 3 widths" },
  { "width-zero", IN_CLAUSE (T ("columns=\"2\" widths=\"1 0\"", ROW2)),
    "test.mou:14:7: ", "not “0”" },
  { "nested", IN_CLAUSE (T ("columns=\"1\"", "        <row><cell><table columns=\"1\"><row><cell>x</cell></row></table></cell></row>\n")),
    "test.mou:15:20: ", "inside another table" },
  { "empty", IN_CLAUSE ("      <table columns=\"1\"/>\n"),
    "test.mou:14:7: ", "at least one row" },
  { "no-columns", IN_CLAUSE (T ("header=\"true\"", ROW2)),
    "test.mou:14:7: ", "from 1 to 12 columns" },
  { "too-many-columns", IN_CLAUSE (T ("columns=\"13\"", ROW2)),
    "test.mou:14:7: ", "not “13”" },
  { "fill", IN_CLAUSE (T ("columns=\"2\" fill=\"99\"", ROW2)),
    "test.mou:14:7: ", "at most 10 lines" },
  { "not-a-cell", IN_CLAUSE (T ("columns=\"2\"", "        <row><p>a</p></row>\n")),
    "test.mou:", "" },
  { "in-recitals", HEAD "  <recitals>\n    <table columns=\"1\"><row><cell>x</cell></row></table>\n  </recitals>\n" TAIL,
    "test.mou:", "" },
  { "dangling-party", IN_CLAUSE (T ("columns=\"1\"", "        <row><cell><party-ref ref=\"zz\"/></cell></row>\n")),
    "test.mou:15:20: ", "“zz”" },
};

static void
test_refused (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (c->xml, &error);

  g_assert_null (m);
  g_assert_nonnull (error);
  g_assert_true (error->domain == CONCORD_ERROR);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, c->position));
  g_assert_nonnull (strstr (error->message, c->words));
}

/* `text` prints each row on a line of its own, cells separated by " | ",
 * references as printed, the header underlined. */
static void
test_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file (SAMPLE, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = concord_memorandum_to_text (m);
  g_assert_nonnull (strstr (text, "\n    Each party names a contact:\n"
                                  "      Party | Contact | Telephone\n"
                                  "      ---------------------------\n"
                                  "      Health and Well-Being Board | Director of Public Health, see 1.2 | 01234 567890\n"
                                  "      CT | [Name of contact] |\n"
                                  "    Contacts are reviewed each year.\n"));
  /* A clause that opens with a table keeps its number. */
  g_assert_nonnull (strstr (text, "\n1.2\n      Name of requesting officer |\n"));
  g_assert_nonnull (strstr (text, "      Power | Source\n      --------------\n      Sharing of data | Digital"));
}

static gboolean
has_finding (GPtrArray  *findings,
             const char *code,
             const char *words)
{
  for (guint i = 0; i < findings->len; i++)
    {
      ConcordFinding *f = g_ptr_array_index (findings, i);

      if (g_strcmp0 (f->code, code) == 0 && strstr (f->message, words) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Lint reads cells as text: a missing clause and a placeholder. */
static void
test_lint (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (
    IN_CLAUSE (T ("columns=\"2\"", "        <row><cell>see <clause-ref ref=\"nowhere\"/></cell>"
                  "<cell><placeholder>Phone number</placeholder></cell></row>\n")), &error);
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_no_error (error);
  findings = concord_memorandum_lint (m);
  g_assert_true (has_finding (findings, CONCORD_LINT_MISSING_CLAUSE_REF, "nowhere"));
  g_assert_true (has_finding (findings, CONCORD_LINT_PLACEHOLDER, "Phone number"));
}

/* Equal tables are equal blocks; any difference of shape or words is not. */
static void
test_equal (void)
{
  g_autoptr(GError) error = NULL;
  const char *variants[] = {
    IN_CLAUSE (T ("columns=\"2\"", ROW2)),
    IN_CLAUSE (T ("columns=\"2\" header=\"true\"", ROW2)),
    IN_CLAUSE (T ("columns=\"2\" widths=\"1 2\"", ROW2)),
    IN_CLAUSE (T ("columns=\"2\" fill=\"1\"", ROW2)),
    IN_CLAUSE (T ("columns=\"2\"", "        <row><cell>a</cell><cell>c</cell></row>\n")),
    IN_CLAUSE (T ("columns=\"3\"", ROW2)),
    IN_CLAUSE (T ("columns=\"2\"", ROW2 ROW2)),
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    for (guint j = 0; j < G_N_ELEMENTS (variants); j++)
      {
        g_autoptr(ConcordMemorandum) a = load_string (variants[i], &error);
        g_autoptr(ConcordMemorandum) b = load_string (variants[j], &error);

        g_assert_no_error (error);
        g_assert_cmpint (concord_blocks_equal (concord_clause_get_body (first_clause (a)),
                                               concord_clause_get_body (first_clause (b))), ==, i == j);
      }
}

/* A long table lays out in bounded time: each row once, in order, the
 * header at the top of every page after the first. */
static void
test_long_table_layout (void)
{
  g_autoptr(GString) xml = g_string_new (HEAD CLAUSE_OPEN "      <table columns=\"3\" widths=\"1 3 2\" header=\"true\">\n"
                                         "        <row><cell>No.</cell><cell>Name</cell><cell>Telephone</cell></row>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(ConcordDocumentLayout) layout = NULL;
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL };
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (xml, "        <row><cell>%u</cell><cell>Contact number %u</cell><cell>0%09u</cell></row>\n",
                            i + 1, i + 1, i);
  g_string_append (xml, "      </table>\n" CLAUSE_CLOSE TAIL);
  m = load_string (xml->str, &error);
  g_assert_no_error (error);
  layout = concord_document_layout_new (m, &options, &error);
  g_assert_no_error (error);
  /* 5,000 rows of one line each: about 50 to a page. */
  g_assert_cmpuint (concord_document_layout_get_n_pages (layout), >, 60);
  g_assert_cmpuint (concord_document_layout_get_n_pages (layout), <, 200);
  g_test_message ("laid out in %.2f s", (g_get_monotonic_time () - start) / 1e6);
}

/* Removing a party turns its references into words, in cells too, and
 * keeps the table a table. */
static void
test_unlink_party (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file (SAMPLE, &error);
  GPtrArray *body;
  g_autoptr(ConcordBlock) unlinked = NULL;
  const ConcordTable *before, *after;

  g_assert_no_error (error);
  body = concord_clause_get_body (first_clause (m));
  unlinked = concord_block_unlink_party (g_ptr_array_index (body, 1), "hb", "the Board");
  before = concord_block_get_table (g_ptr_array_index (body, 1));
  after = concord_block_get_table (unlinked);
  g_assert_nonnull (after);
  g_assert_cmpuint (concord_table_get_n_rows (after), ==, concord_table_get_n_rows (before));
  g_assert_true (concord_table_get_header (after));
  g_assert_cmpuint (concord_table_get_width (after, 1), ==, 3);
  g_assert_cmpint (concord_block_get_run (concord_table_get_cell (after, 1, 0), 0)->kind, ==, CONCORD_RUN_TEXT);
  g_assert_cmpstr (concord_block_get_run (concord_table_get_cell (after, 1, 0), 0)->text, ==, "the Board");
  /* The other party's reference stays a reference. */
  g_assert_cmpint (concord_block_get_run (concord_table_get_cell (after, 2, 0), 0)->kind, ==, CONCORD_RUN_PARTY);
  g_assert_true (concord_block_equal (concord_table_get_cell (after, 0, 1), concord_table_get_cell (before, 0, 1)));
}

/* Every page of two layouts gives the same pixels. */
static void
assert_same_pages (ConcordDocumentLayout *a,
                   ConcordDocumentLayout *b)
{
  double width, height;

  g_assert_cmpuint (concord_document_layout_get_n_pages (a), ==, concord_document_layout_get_n_pages (b));
  concord_document_layout_get_page_size (a, &width, &height);
  for (guint page = 0; page < concord_document_layout_get_n_pages (a); page++)
    {
      cairo_surface_t *surfaces[2];

      for (guint i = 0; i < 2; i++)
        {
          cairo_t *cr;

          surfaces[i] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
          cr = cairo_create (surfaces[i]);
          concord_document_layout_draw_page (i == 0 ? a : b, cr, page);
          cairo_destroy (cr);
          cairo_surface_flush (surfaces[i]);
        }
      g_assert_cmpint (memcmp (cairo_image_surface_get_data (surfaces[0]),
                               cairo_image_surface_get_data (surfaces[1]),
                               (gsize) cairo_image_surface_get_stride (surfaces[0]) * (gsize) height), ==, 0);
      cairo_surface_destroy (surfaces[0]);
      cairo_surface_destroy (surfaces[1]);
    }
}

/* The preview lays out again through a cache: a cell whose words stay the
 * same but whose style changes (a placeholder, printed in italics, typed
 * in as plain words) is shaped again, so the preview shows what the PDF
 * prints. */
static void
test_layout_cache (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) italic = load_string (
    IN_CLAUSE (T ("columns=\"2\"", "        <row><cell>Contact</cell><cell><placeholder>Name</placeholder></cell></row>\n")),
    &error);
  g_autoptr(ConcordMemorandum) plain = load_string (
    IN_CLAUSE (T ("columns=\"2\"", "        <row><cell>Contact</cell><cell>[Name]</cell></row>\n")), &error);
  g_autoptr(ConcordLayoutCache) cache = concord_layout_cache_new ();
  g_autoptr(ConcordDocumentLayout) first = NULL;
  g_autoptr(ConcordDocumentLayout) cached = NULL;
  g_autoptr(ConcordDocumentLayout) fresh = NULL;

  g_assert_no_error (error);
  first = concord_document_layout_new_with_cache (italic, NULL, cache, &error);
  g_assert_no_error (error);
  cached = concord_document_layout_new_with_cache (plain, NULL, cache, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (concord_layout_cache_get_misses (cache), >=, 1);
  fresh = concord_document_layout_new (plain, NULL, &error);
  g_assert_no_error (error);
  assert_same_pages (cached, fresh);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/table/round-trip", test_round_trip);
  g_test_add_func ("/core/table/built", test_built);
  g_test_add_func ("/core/table/api-refusals", test_api_refusals);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/table/refused/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_refused);
    }
  g_test_add_func ("/core/table/text", test_text);
  g_test_add_func ("/core/table/lint", test_lint);
  g_test_add_func ("/core/table/equal", test_equal);
  g_test_add_func ("/core/table/unlink-party", test_unlink_party);
  g_test_add_func ("/core/table/layout-cache", test_layout_cache);
  g_test_add_func ("/core/table/long-table-layout", test_long_table_layout);

  return g_test_run ();
}
