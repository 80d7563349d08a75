/* concord-xml-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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

G_END_DECLS
