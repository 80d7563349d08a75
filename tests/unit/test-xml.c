/* test-xml.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-core.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n"
#define MINIMAL_BODY "  <title>T</title>\n  <revision>0</revision>\n  <parties>\n    <party id=\"a\" kind=\"signatory\">\n      <name>Alpha Council</name>\n      <short-name>Alpha</short-name>\n    </party>\n  </parties>\n"
#define TAIL "</memorandum>\n"

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
test_templates_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = concord_templates_list (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 10);

  for (guint i = 0; i < list->len; i++)
    {
      ConcordTemplateInfo *info = g_ptr_array_index (list, i);
      g_autofree char *path = g_strdup_printf ("%s/templates/%s.mou", SOURCE_ROOT, info->id);
      g_autofree char *original = NULL;
      g_autofree char *saved = NULL;
      g_autoptr(ConcordMemorandum) m = NULL;
      g_autoptr(ConcordMemorandum) fresh = NULL;

      g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
      m = concord_memorandum_load_from_file (path, &error);
      g_assert_no_error (error);
      saved = serialize_to_string (m);
      g_assert_cmpstr (saved, ==, original);
      g_assert_nonnull (info->title);
      g_assert_nonnull (info->description);

      fresh = concord_template_instantiate (info->id, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (concord_memorandum_get_id (fresh), "mou-"));
      g_assert_cmpstr (concord_memorandum_get_id (fresh), !=, concord_memorandum_get_id (m));
    }
}

static void
test_unknown_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("no-such-template", &error);

  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-template"));
}

/* Text is kept exactly: spaces at the edges, characters that need escapes,
 * a carriage return written as a character reference. */
static void
test_escapes_and_whitespace (void)
{
  const char *xml = HEAD ROOT
    "  <title>A &amp; B &lt;C&gt; \"quoted\"</title>\n"
    "  <revision>3</revision>\n"
    "  <parties>\n"
    "    <party id=\"a\" kind=\"signatory\">\n"
    "      <name>Alpha</name>\n"
    "    </party>\n"
    "  </parties>\n"
    "  <section id=\"s\" kind=\"accountability\">\n"
    "    <heading>H</heading>\n"
    "    <clause id=\"c\" kind=\"accountability\" status=\"agreed\" accountable=\"a\" to-body=\"the &quot;people&quot;&#9;&#10;of X\" mechanisms=\"reporting election\">\n"
    "      <p>  leading and trailing  <party-ref ref=\"a\"/> <party-ref ref=\"a\" form=\"full\"/> line&#13;end </p>\n"
    "    </clause>\n"
    "  </section>\n"
    TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autofree char *saved = NULL;
  ConcordClause *clause;
  const ConcordRun *run;

  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "A & B <C> \"quoted\"");
  clause = concord_memorandum_find_clause (m, "c", NULL, NULL);
  g_assert_cmpstr (concord_clause_get_to_body (clause), ==, "the \"people\"\t\nof X");
  g_assert_cmpuint (concord_clause_get_mechanisms (clause), ==,
                    CONCORD_MECHANISM_REPORTING | CONCORD_MECHANISM_ELECTION);
  run = concord_block_get_run (g_ptr_array_index (concord_clause_get_body (clause), 0), 0);
  g_assert_cmpstr (run->text, ==, "  leading and trailing  ");
  run = concord_block_get_run (g_ptr_array_index (concord_clause_get_body (clause), 0), 3);
  g_assert_true (run->full_form);

  saved = serialize_to_string (m);
  g_assert_cmpstr (saved, ==, xml);
}

/* A list attribute's tokens: white space at either end and runs of it
 * between, spaces, tabs and line breaks alike, make no empty token. */
static void
test_list_tokens (void)
{
  const char *xml = HEAD ROOT
    "  <title>T</title>\n"
    "  <revision>0</revision>\n"
    "  <parties>\n"
    "    <party id=\"a\" kind=\"signatory\"><name>Alpha</name></party>\n"
    "    <party id=\"b\" kind=\"signatory\"><name>Beta</name></party>\n"
    "  </parties>\n"
    "  <section id=\"s\" kind=\"roles\">\n"
    "    <heading>H</heading>\n"
    "    <clause id=\"c\" kind=\"role\" status=\"agreed\" owner=\"a\" areas=\"&#9; work&#10;&#10;money  &#13;\">\n"
    "      <p>Text.</p>\n"
    "    </clause>\n"
    "    <clause id=\"d\" kind=\"boundary\" status=\"agreed\" side-a=\"a\" side-b=\" b \" areas=\"x\">\n"
    "      <p>Text.</p>\n"
    "    </clause>\n"
    "  </section>\n"
    TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  const char * const *areas;

  g_assert_no_error (error);
  areas = concord_clause_get_areas (concord_memorandum_find_clause (m, "c", NULL, NULL));
  g_assert_cmpuint (g_strv_length ((char **) areas), ==, 2);
  g_assert_cmpstr (areas[0], ==, "work");
  g_assert_cmpstr (areas[1], ==, "money");
  g_assert_cmpstr (concord_clause_get_side_b (concord_memorandum_find_clause (m, "d", NULL, NULL))[0], ==, "b");
}

static void
test_built_model_round_trip (void)
{
  g_autoptr(ConcordMemorandum) m = concord_memorandum_new ("built");
  g_autoptr(ConcordParty) party = concord_party_new ("p");
  g_autoptr(ConcordSection) section = concord_section_new ("s");
  g_autoptr(ConcordClause) clause = concord_clause_new ("c");
  g_autoptr(ConcordSignature) sig = concord_signature_new ();
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(ConcordBlock) block = concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, "The ");
  const char *areas[] = { "inspection", "intervention", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  static const guchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
  g_autoptr(GBytes) image = g_bytes_new_static (png, sizeof png);

  concord_memorandum_set_placeholder (m, "title", "Title of memorandum");
  concord_memorandum_set_status (m, CONCORD_STATUS_AGREED);
  concord_memorandum_set_numbering (m, CONCORD_NUMBERING_CONTINUOUS);
  concord_party_set_name (party, "Ofsted");
  concord_party_set_placeholder (party, "signatory-person", "Name of signatory");
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_parties (m)), party);
  concord_block_append_run (block, CONCORD_RUN_PARTY, "p", FALSE);
  concord_block_append_run (block, CONCORD_RUN_TEXT, " inspects within ", FALSE);
  concord_block_append_run (block, CONCORD_RUN_PLACEHOLDER, "number of days", FALSE);
  g_ptr_array_add (body, g_steal_pointer (&block));
  concord_clause_set_kind (clause, CONCORD_CLAUSE_KIND_ROLE);
  concord_clause_set_owner (clause, "p");
  concord_clause_set_areas (clause, areas);
  concord_clause_set_body (clause, body);
  concord_section_set_heading (section, "Roles");
  concord_section_append_clause (section, clause);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (m)), section);
  concord_signature_set_party (sig, "p");
  concord_signature_set_date (sig, "2026-11-25");
  concord_signature_set_image (sig, image);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_signatures (m)), sig);

  first = serialize_to_string (m);
  again = load_string (first, &error);
  g_assert_no_error (error);
  second = serialize_to_string (again);
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "<title placeholder=\"Title of memorandum\"/>"));
  g_assert_nonnull (strstr (first, "numbering=\"continuous\""));
  g_assert_nonnull (strstr (first, "<p>The <party-ref ref=\"p\"/> inspects within <placeholder>number of days</placeholder></p>"));
  g_assert_true (g_bytes_equal (concord_signature_get_image (concord_memorandum_find_signature (again, "p")), image));
}

typedef struct
{
  const char *name;
  const char *xml;
  int         code;
  const char *position;
  const char *words;
} BadCase;

static void
test_refused (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (c->xml, &error);

  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, c->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, c->position));
  g_assert_nonnull (strstr (error->message, c->words));
}

static const BadCase bad_cases[] = {
  { "doctype", HEAD "<!DOCTYPE memorandum [<!ENTITY a \"aaaa\">]>\n" ROOT MINIMAL_BODY TAIL,
    CONCORD_ERROR_PARSE, "test.mou:2:1: ", "document type" },
  { "future-version", HEAD "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"7\" id=\"m\" status=\"draft\" language=\"en\">\n" MINIMAL_BODY TAIL,
    CONCORD_ERROR_VERSION, "test.mou:2:1: ", "format-version 7" },
  { "wrong-namespace", HEAD "<memorandum xmlns=\"urn:other\" format-version=\"1\">\n</memorandum>\n",
    CONCORD_ERROR_SCHEMA, "test.mou:2:1: ", "urn:concord:mou:1" },
  { "schema", HEAD ROOT "  <revision>0</revision>\n  <title>late</title>\n" TAIL,
    CONCORD_ERROR_SCHEMA, "test.mou:", "" },
  { "duplicate-id", HEAD ROOT MINIMAL_BODY "  <section id=\"a\" kind=\"general\">\n    <heading>H</heading>\n  </section>\n" TAIL,
    CONCORD_ERROR_REFERENCE, "test.mou:11:3: ", "“a” is used twice" },
  { "dangling-party-ref", HEAD ROOT MINIMAL_BODY "  <section id=\"s\" kind=\"general\">\n    <heading>H</heading>\n    <clause id=\"c\" kind=\"general\" status=\"agreed\">\n      <p>x <party-ref ref=\"zz\"/></p>\n    </clause>\n  </section>\n" TAIL,
    CONCORD_ERROR_REFERENCE, "test.mou:14:12: ", "“zz”" },
  { "party-ref-to-section", HEAD ROOT MINIMAL_BODY "  <section id=\"s\" kind=\"roles\">\n    <heading>H</heading>\n    <clause id=\"c\" kind=\"role\" status=\"agreed\" owner=\"s\"/>\n  </section>\n" TAIL,
    CONCORD_ERROR_REFERENCE, "test.mou:13:5: ", "owner" },
  { "accountable-to-nobody", HEAD ROOT MINIMAL_BODY "  <section id=\"s\" kind=\"accountability\">\n    <heading>H</heading>\n    <clause id=\"c\" kind=\"accountability\" status=\"agreed\" accountable=\"a\"/>\n  </section>\n" TAIL,
    CONCORD_ERROR_REFERENCE, "test.mou:13:5: ", "not to whom" },
  { "level-2-first", HEAD ROOT MINIMAL_BODY "  <section id=\"s\" kind=\"general\">\n    <heading>H</heading>\n    <clause id=\"c\" kind=\"general\" status=\"agreed\">\n      <p>x</p>\n      <item level=\"2\">y</item>\n    </clause>\n  </section>\n" TAIL,
    CONCORD_ERROR_SCHEMA, "test.mou:15:7: ", "second-level item" },
  { "not-png", HEAD ROOT MINIMAL_BODY "  <signatures>\n    <signature party=\"a\">\n      <image>aGVsbG8gd29ybGQ=</image>\n    </signature>\n  </signatures>\n" TAIL,
    CONCORD_ERROR_SCHEMA, "test.mou:13:7: ", "not a PNG" },
  { "unterminated", HEAD ROOT "  <title>T",
    CONCORD_ERROR_PARSE, "test.mou:3:", "" },
  { "not-xml", "%PDF-1.4\n", CONCORD_ERROR_PARSE, "test.mou:1:1: ", "" },
};

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data ("", 0, "e.mou", &error);

  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "e.mou:1:1: the file is empty");
}

static void
test_text_limit (void)
{
  g_autoptr(GString) xml = g_string_new (HEAD ROOT MINIMAL_BODY "  <recitals>\n    <p>");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;

  for (guint i = 0; i < CONCORD_MAX_TEXT_LENGTH / 8 + 1; i++)
    g_string_append (xml, "several ");
  g_string_append (xml, "</p>\n  </recitals>\n" TAIL);
  m = concord_memorandum_load_from_data (xml->str, xml->len, "long.mou", &error);
  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "long.mou:12:5: "));
}

static void
test_depth_limit (void)
{
  g_autoptr(GString) xml = g_string_new (HEAD ROOT MINIMAL_BODY "  <recitals>\n    <p>");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;

  for (guint i = 0; i < CONCORD_MAX_DEPTH; i++)
    g_string_append (xml, "<placeholder>");
  for (guint i = 0; i < CONCORD_MAX_DEPTH; i++)
    g_string_append (xml, "</placeholder>");
  g_string_append (xml, "</p>\n  </recitals>\n" TAIL);
  m = concord_memorandum_load_from_data (xml->str, xml->len, "deep.mou", &error);
  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "nested deeper"));
}

static void
test_crlf (void)
{
  const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\r\n"
    "  <title>T</title>\r\n  <revision>0</revision>\r\n  <parties/>\r\n</memorandum>\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  saved = serialize_to_string (m);
  g_assert_null (strchr (saved, '\r'));
}

static char *
make_scratch (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("concord-test-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static guint
count_entries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_save_atomic (void)
{
  g_autofree char *dir = make_scratch ();
  g_autofree char *path = g_build_filename (dir, "a.mou", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "a.mou", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("blank", &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_true (concord_memorandum_save (m, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* Saving keeps the file's permissions. */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  concord_memorandum_set_revision (m, "4");
  g_assert_true (concord_memorandum_save (m, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_false (concord_memorandum_save (m, missing, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_false (concord_memorandum_save (m, dir, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<revision>4</revision>"));
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_load_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file ("/nonexistent/x.mou", &error);

  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/x.mou: "));
}

static void
test_fingerprint (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("blank", &error);
  g_autofree char *a = concord_memorandum_fingerprint (m);
  g_autofree char *b = concord_memorandum_fingerprint (m);
  g_autofree char *c = NULL;

  g_assert_cmpuint (strlen (a), ==, 64);
  g_assert_cmpstr (a, ==, b);
  concord_memorandum_set_title (m, "Changed");
  c = concord_memorandum_fingerprint (m);
  g_assert_cmpstr (a, !=, c);
}

static char *
write_temp (const char *name,
            const char *xml)
{
  g_autofree char *dir = g_dir_make_tmp ("concord-load-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, xml, -1, NULL));

  return path;
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

/* A file loads; a file the schema refuses, though the model would take
 * it, fails with the schema's words; so do a broken and a missing file. */
static void
test_load_from_file (void)
{
  g_autofree char *good = write_temp ("good.mou", HEAD ROOT MINIMAL_BODY TAIL);
  g_autofree char *invalid = write_temp ("invalid.mou", HEAD ROOT
    "  <title>T</title>\n  <revision>0</revision>\n  <parties>\n"
    "    <party id=\"a\" kind=\"signatory\" colour-scheme=\"loud\">\n"
    "      <name>Alpha Council</name>\n    </party>\n  </parties>\n" TAIL);
  g_autofree char *broken = write_temp ("broken.mou", HEAD ROOT "  <title>T</title>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;

  m = concord_memorandum_load_from_file (good, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "T");
  g_clear_object (&m);

  m = concord_memorandum_load_from_file (invalid, &error);
  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "colour-scheme"));
  g_assert_true (g_str_has_prefix (error->message, invalid));
  g_clear_error (&error);

  m = concord_memorandum_load_from_file (broken, &error);
  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE);
  g_clear_error (&error);

  m = concord_memorandum_load_from_file ("/nonexistent/x.mou", &error);
  g_assert_null (m);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_IO);

  remove_temp (good);
  remove_temp (invalid);
  remove_temp (broken);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/xml/templates-round-trip", test_templates_round_trip);
  g_test_add_func ("/core/xml/unknown-template", test_unknown_template);
  g_test_add_func ("/core/xml/escapes-and-whitespace", test_escapes_and_whitespace);
  g_test_add_func ("/core/xml/list-tokens", test_list_tokens);
  g_test_add_func ("/core/xml/built-model-round-trip", test_built_model_round_trip);
  g_test_add_func ("/core/xml/empty", test_empty);
  g_test_add_func ("/core/xml/text-limit", test_text_limit);
  g_test_add_func ("/core/xml/depth-limit", test_depth_limit);
  g_test_add_func ("/core/xml/crlf", test_crlf);
  g_test_add_func ("/core/xml/save-atomic", test_save_atomic);
  g_test_add_func ("/core/xml/load-missing-file", test_load_missing_file);
  g_test_add_func ("/core/xml/fingerprint", test_fingerprint);
  g_test_add_func ("/core/xml/load-from-file", test_load_from_file);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/xml/refused/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_refused);
    }

  return g_test_run ();
}
