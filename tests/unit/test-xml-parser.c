/* test-xml-parser.c: the loader's libxml2 settings refuse what a hostile
 * file could ask of the parser.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/SAX2.h>

#include "concord-core.h"
#include "concord-xml-private.h"

#define HOSTILE SOURCE_ROOT "/tests/data/hostile"

static int
read_nothing (void *context,
              char *buffer,
              int   length)
{
  return 0;
}

static void
test_options (void)
{
  xmlParserCtxtPtr ctxt = _concord_xml_parser_new (read_nothing, NULL);
  int forbidden[] = { XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR, XML_PARSE_DTDVALID,
                      XML_PARSE_XINCLUDE, XML_PARSE_HUGE, XML_PARSE_OLDSAX, XML_PARSE_IGNORE_ENC };

  g_assert_nonnull (ctxt);
  g_assert_cmpint (CONCORD_XML_PARSE_OPTIONS & XML_PARSE_NONET, ==, XML_PARSE_NONET);
  g_assert_cmpint (ctxt->options & XML_PARSE_NONET, ==, XML_PARSE_NONET);
  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_test_message ("option 0x%x", forbidden[i]);
      g_assert_cmpint (CONCORD_XML_PARSE_OPTIONS & forbidden[i], ==, 0);
      g_assert_cmpint (ctxt->options & forbidden[i], ==, 0);
    }

  /* What the options become inside the context, whatever libxml2's
   * global defaults say. */
  g_assert_cmpint (ctxt->replaceEntities, ==, 0);
  g_assert_cmpint (ctxt->loadsubset, ==, 0);
  g_assert_cmpint (ctxt->validate, ==, 0);
  g_assert_cmpint (ctxt->pedantic, ==, 0);
  /* A document type declaration stops the parser rather than being read. */
  g_assert_true (ctxt->sax->internalSubset != xmlSAX2InternalSubset);
  g_assert_nonnull (ctxt->sax->internalSubset);

  xmlFreeParserCtxt (ctxt);
}

static void
test_entity_loader (void)
{
  xmlParserCtxtPtr ctxt = _concord_xml_parser_new (read_nothing, NULL);
  guint before;

  g_assert_true (xmlGetExternalEntityLoader () == _concord_xml_refuse_entity);

  /* It refuses, and counts: the count below can move. */
  before = _concord_xml_get_entity_requests ();
  g_assert_null (_concord_xml_refuse_entity ("file:///etc/passwd", NULL, ctxt));
  g_assert_null (xmlLoadExternalEntity ("http://example.com/x.dtd", NULL, ctxt));
  g_assert_cmpuint (_concord_xml_get_entity_requests (), ==, before + 2);

  xmlFreeParserCtxt (ctxt);
}

/* Over every hostile file (entity bombs, external entities on disk and
 * on the network, XInclude, SVG logos that try the same), the loader is
 * never asked for an entity: the parser stops before it would. */
static void
test_hostile_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (HOSTILE, 0, NULL);
  guint before = _concord_xml_get_entity_requests ();
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (HOSTILE, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file (path, &error);

      g_test_message ("%s: %s", name, error != NULL ? error->message : "loaded");
      if (m != NULL)
        {
          /* A logo that may not load is dropped from the drawing, not
           * fetched: render it too. */
          g_autoptr(GBytes) pdf = concord_render_pdf (m, &(ConcordRenderOptions) { 0 }, NULL);
        }
      g_assert_cmpuint (_concord_xml_get_entity_requests (), ==, before);
      n++;
    }
  g_assert_cmpuint (n, >=, 20);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/xml-parser/options", test_options);
  g_test_add_func ("/core/xml-parser/hostile-files", test_hostile_files);
  g_test_add_func ("/core/xml-parser/entity-loader", test_entity_loader);

  return g_test_run ();
}
