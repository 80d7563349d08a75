/* test-schema.c: the quick validator never accepts what the schema
 * refuses, and accepts the files people write.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "concord-core.h"
#include "concord-schema-private.h"
#include "concord-xml-private.h"

static xmlDoc *
parse (const char *xml,
       gsize       length)
{
  return xmlReadMemory (xml, (int) length, "test.mou", NULL, CONCORD_XML_PARSE_OPTIONS | XML_PARSE_NOERROR);
}

typedef struct
{
  guint both_valid;
  guint both_invalid;
  guint deferred;  /* valid, but left to libxml2 */
} Tally;

/* The one property that matters: what the tables accept, libxml2 accepts. */
static gboolean
check (xmlDoc     *doc,
       Tally      *tally,
       const char *what)
{
  gboolean quick = _concord_schema_proves_valid (doc);
  gboolean schema = _concord_xml_schema_accepts (doc);

  if (quick && !schema)
    {
      xmlChar *dump = NULL;
      int size = 0;

      xmlDocDumpMemory (doc, &dump, &size);
      g_test_message ("accepted, but the schema refuses it (%s):\n%.*s", what, size, (char *) dump);
      xmlFree (dump);
    }
  g_assert_false (quick && !schema);
  if (tally != NULL)
    {
      tally->both_valid += quick && schema;
      tally->both_invalid += !quick && !schema;
      tally->deferred += !quick && schema;
    }

  return schema;
}

static void
collect_files (const char *folder,
               GPtrArray  *paths)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_files (path, paths);
      else if (g_str_has_suffix (name, ".mou"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

/* Generated memoranda (the benchmarks' generator), plain and with the
 * characters that need escaping. */
static void
generate (GPtrArray *paths,
          GPtrArray *contents)
{
  g_autofree char *script = g_build_filename (SOURCE_ROOT, "tests", "bench", "generate.py", NULL);

  for (guint seed = 1; seed <= 6; seed++)
    {
      g_autofree char *seed_arg = g_strdup_printf ("%u", seed);
      const char *argv[] = { "python3", script, "--seed", seed_arg, "--clauses", "25", "-o", "-",
                             seed % 2 ? "--unicode" : NULL, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_cmpint (status, ==, 0);
      g_ptr_array_add (paths, g_strdup_printf ("generate.py --seed %u", seed));
      g_ptr_array_add (contents, g_steal_pointer (&out));
    }
}

/* Every template, fixture and generated memorandum: the valid ones are
 * proved valid without libxml2 (so loading them is quick), and of the
 * hostile ones none is accepted that the schema refuses. */
static void
test_files (void)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *templates = g_build_filename (SOURCE_ROOT, "templates", NULL);
  g_autofree char *data = g_build_filename (SOURCE_ROOT, "tests", "data", NULL);
  guint valid = 0;

  collect_files (templates, paths);
  collect_files (data, paths);
  for (guint i = 0; i < paths->len; i++)
    {
      char *text = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (g_ptr_array_index (paths, i), &text, &length, NULL));
      g_ptr_array_add (contents, text);
    }
  generate (paths, contents);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      const char *text = g_ptr_array_index (contents, i);
      xmlDoc *doc = parse (text, strlen (text));

      if (doc == NULL)
        {
          g_assert_nonnull (strstr (path, "hostile"));
          continue;
        }
      if (strstr (path, "hostile") != NULL)
        check (doc, NULL, path);
      else
        {
          g_test_message ("%s", path);
          g_assert_true (check (doc, NULL, path));
          g_assert_true (_concord_schema_proves_valid (doc));
          valid++;
        }
      xmlFreeDoc (doc);
    }
  /* Templates, the published shapes and generated files at least. */
  g_assert_cmpuint (valid, >=, 25);
}

#define HEAD "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" " \
             "language=\"en\""
#define PARTIES "<parties><party id=\"p1\" kind=\"signatory\"><name>A</name></party>" \
                "<party id=\"p2\" kind=\"signatory\"><name>B</name></party></parties>"

typedef struct
{
  const char *attributes;   /* more attributes of <memorandum> */
  const char *details;      /* after <title>, instead of the revision */
  const char *parties;      /* NULL: two parties */
  const char *body;         /* sections, annexes and the rest */
  gboolean    valid;        /* libxml2's verdict */
  gboolean    decided;      /* the tables reach the same verdict */
} Case;

static const Case cases[] = {
  { "", NULL, NULL, "", TRUE, TRUE },
  /* Details and their values. */
  { "", "<revision>2.1</revision>", NULL, "", TRUE, TRUE },
  { "", "<revision>2.</revision>", NULL, "", FALSE, TRUE },
  { "", "<revision> 3 </revision>", NULL, "", TRUE, TRUE },
  { "", "<revision></revision>", NULL, "", FALSE, TRUE },
  { "", "<revision>1<!-- x -->2</revision>", NULL, "", TRUE, FALSE },
  { "", "<revision>1</revision><effective-date>2016-11</effective-date>", NULL, "", TRUE, TRUE },
  { "", "<revision>1</revision><effective-date>2016-02-29</effective-date>", NULL, "", TRUE, TRUE },
  { "", "<revision>1</revision><effective-date>2015-02-29</effective-date>", NULL, "", FALSE, TRUE },
  { "", "<revision>1</revision><effective-date>2016-13</effective-date>", NULL, "", FALSE, TRUE },
  { "", "<revision>1</revision><effective-date>0000-01</effective-date>", NULL, "", FALSE, TRUE },
  { "", "<revision>1</revision><effective-date></effective-date>", NULL, "", TRUE, TRUE },
  { "", "<revision>1</revision><effective-date>2016-11-30Z</effective-date>", NULL, "", TRUE, FALSE },
  { "", "<revision>1</revision><effective-date><b/></effective-date>", NULL, "", FALSE, TRUE },
  { "", "<revision>1</revision><review-date>2016-11</review-date><effective-date>2016-11</effective-date>",
    NULL, "", FALSE, TRUE },
  { "", "<revision>1</revision><marking>OFFICIAL <b>x</b></marking>", NULL, "", FALSE, TRUE },
  /* The memorandum's attributes. */
  { " numbering=\"continuous\" annex-style=\"number\"", NULL, NULL, "", TRUE, TRUE },
  { " numbering=\" continuous \"", NULL, NULL, "", TRUE, TRUE },
  { " numbering=\"flat\"", NULL, NULL, "", FALSE, TRUE },
  { " colour=\"#ffffff\"", NULL, NULL, "", FALSE, TRUE },
  { " xml:lang=\"en\"", NULL, NULL, "", FALSE, TRUE },
  { " xmlns:x=\"urn:x\" x:y=\"1\"", NULL, NULL, "", FALSE, TRUE },
  { " translation=\"cy-GB\"", NULL, NULL, "", TRUE, TRUE },
  { " translation=\"e1\"", NULL, NULL, "", FALSE, TRUE },
  { " translation=\"toolonglanguage\"", NULL, NULL, "", FALSE, TRUE },
  /* Parties. */
  { "", NULL, "<parties/>", "", TRUE, TRUE },
  { "", NULL, "<parties>\n  <!-- none yet -->\n</parties>", "", TRUE, TRUE },
  { "", NULL, "<parties>x</parties>", "", FALSE, TRUE },
  { "", NULL, "<parties><party id=\"1p\" kind=\"signatory\"><name>A</name></party></parties>", "", FALSE, TRUE },
  { "", NULL, "<parties><party id=\"p:1\" kind=\"signatory\"><name>A</name></party></parties>", "", FALSE, TRUE },
  { "", NULL, "<parties><party id=\"p1\" kind=\"signatory\" colour=\"#a1b2c3\"><name>A</name></party></parties>",
    "", TRUE, TRUE },
  { "", NULL, "<parties><party id=\"p1\" kind=\"signatory\" colour=\"#A1B2C3\"><name>A</name></party></parties>",
    "", FALSE, TRUE },
  { "", NULL, "<parties><party id=\"p1\" kind=\"signatory\"><name>A</name><logo>QUJD\nREVG</logo></party>"
    "</parties>", "", TRUE, TRUE },
  { "", NULL, "<parties><party id=\"p1\" kind=\"signatory\"><name>A</name><logo>QUI=</logo></party></parties>",
    "", TRUE, TRUE },
  { "", NULL, "<parties><party id=\"p1\" kind=\"signatory\"><name>A</name><logo>QUJ=</logo></party></parties>",
    "", FALSE, TRUE },
  { "", NULL, "<parties><party id=\"p1\" kind=\"signatory\"><name>A</name><logo>QUJ</logo></party></parties>",
    "", FALSE, TRUE },
  { "", NULL, "<parties><party id=\"p1\" kind=\"signatory\"><short-name>A</short-name><name>A</name></party>"
    "</parties>", "", FALSE, TRUE },
  { "", NULL, "<parties><party id=\"p1\"><name>A</name></party></parties>", "", FALSE, TRUE },
  /* Clauses of each kind, with the attributes their kind allows. */
  { "", NULL, NULL, "<section id=\"s\" kind=\"roles\"><heading>R</heading>"
    "<clause id=\"c\" kind=\"role\" status=\"agreed\" owner=\"p1\"><p>The <party-ref ref=\"p1\"/> acts.</p></clause>"
    "</section>", TRUE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"roles\"><heading>R</heading>"
    "<clause id=\"c\" kind=\"role\" status=\"agreed\" side-a=\"p1\"><p>x</p></clause></section>", FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"boundaries\"><heading>B</heading>"
    "<clause id=\"c\" kind=\"boundary\" status=\"proposed\" side-a=\"p1  p2\" side-b=\"p2\"><p>x</p></clause>"
    "</section>", TRUE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"boundaries\"><heading>B</heading>"
    "<clause id=\"c\" kind=\"boundary\" status=\"proposed\" side-a=\" \"><p>x</p></clause></section>",
    FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"accountability\"><heading>A</heading>"
    "<clause id=\"c\" kind=\"accountability\" status=\"agreed\" accountable=\"p1\" to=\"p2\" "
    "mechanisms=\"audit election\"><p>x</p></clause></section>", TRUE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"accountability\"><heading>A</heading>"
    "<clause id=\"c\" kind=\"accountability\" status=\"agreed\" to=\"p2\" to-body=\"Board\"><p>x</p></clause>"
    "</section>", FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"accountability\"><heading>A</heading>"
    "<clause id=\"c\" kind=\"accountability\" status=\"agreed\" mechanisms=\"audit bribery\"><p>x</p></clause>"
    "</section>", FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>x</p></clause></section>", TRUE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" status=\"agreed\"><p>x</p></clause></section>", FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>x</p><heading>late</heading></clause></section>",
    FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>x <x:b xmlns:x=\"urn:x\"/></p></clause></section>",
    FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\" library=\"data-sharing 0123456789ab\">"
    "<p>x</p></clause></section>", TRUE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\" library=\"Data 0123456789ab\">"
    "<p>x</p></clause></section>", FALSE, TRUE },
  /* Tables and comments. */
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><table columns=\"12\" widths=\"1 2\">"
    "<row><cell>a</cell></row></table></clause></section>", TRUE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><table columns=\"13\"><row><cell>a</cell></row></table>"
    "</clause></section>", FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><table columns=\"012\"><row><cell>a</cell></row></table>"
    "</clause></section>", TRUE, FALSE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><table columns=\"2\"></table></clause></section>",
    FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>x</p><comment id=\"k1\">"
    "<message author=\"Ann\" date=\"2026-01-02T10:00:00Z\">Why?</message></comment></clause></section>",
    TRUE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>x</p><comment id=\"k1\">"
    "<message author=\"Ann\" date=\"2026-01-02\">Why?</message></comment></clause></section>", FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>x</p><comment id=\"k1\">"
    "<message author=\"Ann\" date=\"2026-01-02T25:00:00\">Why?</message></comment></clause></section>",
    FALSE, TRUE },
  { "", NULL, NULL, "<section id=\"s\" kind=\"general\"><heading>G</heading>"
    "<clause id=\"c\" kind=\"general\" status=\"agreed\"><p>x</p><comment id=\"k 1\">"
    "<message author=\"Ann\" date=\"2026-01-02T10:00:00Z\">Why?</message></comment></clause></section>",
    FALSE, TRUE },
  /* Print settings: signatures-section goes with signatures="section" alone. */
  { "", "<revision>1</revision><print signatures=\"section\" signatures-section=\"s\"/>", NULL, "", TRUE, TRUE },
  { "", "<revision>1</revision><print signatures=\"section\"/>", NULL, "", FALSE, TRUE },
  { "", "<revision>1</revision><print signatures=\"end\" signatures-section=\"s\"/>", NULL, "", FALSE, TRUE },
  { "", "<revision>1</revision><print signatures=\"cover\" marking=\"centred\"/>", NULL, "", TRUE, TRUE },
  { "", "<revision>1</revision><print details=\"some\"/>", NULL, "", FALSE, TRUE },
  /* Annexes, signatures, dismissals, conflicts. */
  { "", NULL, NULL, "<annex id=\"a\"><heading>A</heading><subheading>S</subheading>"
    "<item level=\"2\">x</item></annex>", TRUE, TRUE },
  { "", NULL, NULL, "<annex id=\"a\"><heading>A</heading><item level=\"3\">x</item></annex>", FALSE, TRUE },
  { "", NULL, NULL, "<annex id=\"a\"><heading>A</heading></annex><section id=\"s\" kind=\"general\">"
    "<heading>G</heading></section>", FALSE, TRUE },
  { "", NULL, NULL, "<signatures><signature party=\"p1\"><title>T</title><title>U</title>"
    "<date>2020-01-01</date></signature></signatures>", TRUE, TRUE },
  { "", NULL, NULL, "<signatures><signature party=\"p1\"><title>T</title><title>U</title><title>V</title>"
    "</signature></signatures>", FALSE, TRUE },
  { "", NULL, NULL, "<dismissals><dismiss code=\"empty-section\" target=\"s\">Fine</dismiss></dismissals>",
    TRUE, TRUE },
  { "", NULL, NULL, "<dismissals><dismiss code=\"a b\" target=\"s\">Fine</dismiss></dismissals>", FALSE, TRUE },
  { "", NULL, NULL, "<conflicts><conflict object=\"clause\" ref=\"c\" field=\"body\"><ours><p>a</p></ours>"
    "<theirs removed=\"true\"/></conflict></conflicts>", TRUE, TRUE },
  { "", NULL, NULL, "<conflicts><conflict object=\"clause\" field=\"1body\"><ours/><theirs/></conflict>"
    "</conflicts>", FALSE, TRUE },
  { "", NULL, NULL, "<document-control><entry version=\"1\" date=\"2016-11\">First</entry></document-control>",
    TRUE, TRUE },
  { "", NULL, NULL, "<document-control><entry version=\"\">First</entry></document-control>", FALSE, TRUE },
};

static void
test_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autofree char *xml = g_strdup_printf (HEAD "%s><title>T</title>%s%s%s</memorandum>", c->attributes,
                                              c->details != NULL ? c->details : "<revision>1</revision>",
                                              c->parties != NULL ? c->parties : PARTIES, c->body);
      xmlDoc *doc = parse (xml, strlen (xml));

      g_test_message ("case %u: %s", i, xml);
      g_assert_nonnull (doc);
      g_assert_cmpint (check (doc, NULL, xml), ==, c->valid);
      if (c->decided)
        g_assert_cmpint (_concord_schema_proves_valid (doc), ==, c->valid);
      xmlFreeDoc (doc);
    }
}

static const char *const values[] = {
  "", " ", "x", "0", "1", "2", "3", "12", "13", "-1", "+1", "007", "true", "false", "draft", "agreed",
  "signed", "proposed", "disputed", "2016-11", "2016-02-30", "2016-02-29", "2016-11-30T10:00:00Z",
  "2016-11-30T10:00:00+14:00", "en", "cy-GB", "p1", "p2", "p1 p2", "c1", "#00ff00", "a b", "\xf0\x9d\x92\x9c",
  "general", "role", "boundary", "accountability", "audit election", "section", "end", "cover", "1.2",
  "abc 0123456789ab", "0123456789ab 0123456789ab", "short", "full", "table", "none", "all", "QUJD",
};

static const char *const attribute_names[] = {
  "id", "kind", "status", "form", "ref", "level", "owner", "to", "to-body", "accountable", "side-a",
  "side-b", "mechanisms", "signatures", "signatures-section", "number", "numbered", "columns", "widths",
  "header", "fill", "party", "also-for", "library", "translation-checked", "areas", "placeholder",
  "colour", "office-holder", "inline", "removed", "resolved", "date", "author", "version",
};

static const char *const element_names[] = {
  "p", "item", "heading", "clause", "section", "annex", "party", "name", "title", "revision", "note",
  "table", "row", "cell", "party-ref", "term-ref", "placeholder", "subheading", "signature", "term",
};

static void
collect_elements (xmlNode   *node,
                  GPtrArray *elements)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      {
        g_ptr_array_add (elements, node);
        collect_elements (node->children, elements);
      }
}

static xmlNode *
next_element (xmlNode *node)
{
  for (node = node->next; node != NULL && node->type != XML_ELEMENT_NODE; node = node->next)
    ;
  return node;
}

static xmlAttr *
pick_attribute (xmlNode *node,
                GRand   *rand)
{
  xmlAttr *attribute = node->properties;

  for (int n = g_rand_int_range (rand, 0, 4); n > 0 && attribute != NULL && attribute->next != NULL; n--)
    attribute = attribute->next;

  return attribute;
}

/* One small change of the kinds that turn a valid file invalid, or into
 * another valid one: an attribute removed, added or given another value,
 * an element removed, doubled, moved, renamed or given text. */
static void
mutate (xmlDoc *doc,
        GRand  *rand)
{
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  xmlNode *node;
  xmlNode *next;
  xmlAttr *attribute;
  const char *value = values[g_rand_int_range (rand, 0, G_N_ELEMENTS (values))];

  collect_elements (xmlDocGetRootElement (doc), elements);
  node = g_ptr_array_index (elements, g_rand_int_range (rand, 0, elements->len));
  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      if ((attribute = pick_attribute (node, rand)) != NULL)
        xmlRemoveProp (attribute);
      break;
    case 1:
      if ((attribute = pick_attribute (node, rand)) != NULL)
        xmlSetProp (node, attribute->name, (const xmlChar *) value);
      break;
    case 2:
      xmlSetProp (node, (const xmlChar *) attribute_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (attribute_names))],
                  (const xmlChar *) value);
      break;
    case 3:
      if (node != xmlDocGetRootElement (doc))
        {
          xmlUnlinkNode (node);
          xmlFreeNode (node);
        }
      break;
    case 4:
      if (node != xmlDocGetRootElement (doc))
        xmlAddNextSibling (node, xmlCopyNode (node, 1));
      break;
    case 5:
      if ((next = next_element (node)) != NULL)
        {
          xmlUnlinkNode (next);
          xmlAddPrevSibling (node, next);
        }
      break;
    case 6:
      xmlNodeSetName (node, (const xmlChar *) element_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (element_names))]);
      break;
    default:
      if (node->children != NULL)
        xmlAddPrevSibling (node->children, xmlNewText ((const xmlChar *) value));
      else
        xmlNodeSetContent (node, (const xmlChar *) value);
      break;
    }
}

/* Seeded changes to real files: many stay valid, many do not, and in
 * none do the tables accept what the schema refuses. */
static void
test_mutations (void)
{
  const char *files[] = {
    "tests/data/published/framework.mou", "tests/data/published/office-holders.mou",
    "tests/data/published/local-boards.mou", "tests/data/published/data-sharing-umbrella.mou",
    "tests/data/tables.mou", "tests/data/conflicts/two-organisations.mou",
    "tests/data/bilingual/welsh-english.mou", "tests/data/drafting/planted.mou",
    "templates/data-sharing.mou", "templates/two-party-partnership-cy-en.mou",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  Tally tally = { 0 };
  guint rounds = g_test_slow () ? 2000 : 250;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_build_filename (SOURCE_ROOT, files[f], NULL);
      g_autofree char *text = NULL;
      gsize length;
      xmlDoc *original;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      original = parse (text, length);
      g_assert_nonnull (original);
      for (guint i = 0; i < rounds; i++)
        {
          xmlDoc *doc = xmlCopyDoc (original, 1);

          mutate (doc, rand);
          if (g_rand_boolean (rand))
            mutate (doc, rand);
          check (doc, &tally, path);
          xmlFreeDoc (doc);
        }
      xmlFreeDoc (original);
    }

  g_test_message ("valid %u, invalid %u, valid but left to libxml2 %u",
                  tally.both_valid, tally.both_invalid, tally.deferred);
  g_assert_cmpuint (tally.both_valid, >, rounds);
  g_assert_cmpuint (tally.both_invalid, >, rounds);
  /* Only odd forms (a comment inside a value, "007") are left over. */
  g_assert_cmpuint (tally.deferred * 20, <, tally.both_valid);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/schema/files", test_files);
  g_test_add_func ("/core/schema/cases", test_cases);
  g_test_add_func ("/core/schema/mutations", test_mutations);

  return g_test_run ();
}
