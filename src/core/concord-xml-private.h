/* concord-xml-private.h: shared by the reader, the writer and the table code,
 * and the loader's parser settings, for its tests.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "concord-types.h"

G_BEGIN_DECLS

/* Shared by the reader and writer and the table's own reading and writing
 * (concord-xml-table.c). */
ConcordBlock *_concord_xml_read_inline (xmlNode             *node,
                                        ConcordBlockKind     kind,
                                        guint                level);
void          _concord_xml_write_runs  (GString             *out,
                                        const ConcordBlock  *block);

/* On failure, @where is the element to report the error at. */
ConcordBlock *_concord_xml_read_table  (xmlNode             *node,
                                        xmlNode            **where,
                                        GError             **error);
gboolean      _concord_xml_check_table (xmlNode             *node,
                                        xmlNode            **where,
                                        GError             **error);
void          _concord_xml_write_table (GString             *out,
                                        guint                depth,
                                        const ConcordBlock  *block);


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
gboolean          _concord_xml_schema_accepts              (xmlDoc               *doc);

G_END_DECLS
