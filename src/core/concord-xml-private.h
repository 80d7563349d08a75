/* concord-xml-private.h: the loader's parser settings, for its tests.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/parser.h>

G_BEGIN_DECLS

/* The libxml2 options every memorandum is parsed with: no network, and no
 * entity substitution, DTD loading, default attributes, XInclude or huge
 * mode (each of those is off because it is absent). */
#define CONCORD_XML_PARSE_OPTIONS \
  (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING | XML_PARSE_COMPACT)

xmlParserCtxtPtr  _concord_xml_parser_new                  (xmlInputReadCallback  read,
                                                            void                 *context);
xmlParserInputPtr _concord_xml_refuse_entity               (const char           *url,
                                                            const char           *id,
                                                            xmlParserCtxtPtr      ctxt);
guint             _concord_xml_get_entity_requests         (void);

G_END_DECLS
