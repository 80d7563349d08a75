/* concord-xml.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

#define CONCORD_XML_NAMESPACE  "urn:concord:mou:1"
#define CONCORD_FORMAT_VERSION 1

/* Limits of the loader; see docs/FORMAT.md. */
#define CONCORD_MAX_FILE_SIZE   (16 * 1024 * 1024)
#define CONCORD_MAX_DEPTH       64
#define CONCORD_MAX_TEXT_LENGTH (1024 * 1024)
#define CONCORD_MAX_IMAGE_SIZE  (512 * 1024)

ConcordMemorandum *concord_memorandum_load_from_data  (const char   *data,
                                                       gsize         length,
                                                       const char   *display_name,
                                                       GError      **error);
ConcordMemorandum *concord_memorandum_load_from_file  (const char   *path,
                                                       GError      **error);

GBytes            *concord_memorandum_serialize       (ConcordMemorandum *self);
gboolean           concord_memorandum_save            (ConcordMemorandum *self,
                                                       const char        *path,
                                                       GError           **error);
char              *concord_memorandum_fingerprint     (ConcordMemorandum *self);

guint              concord_source_line                (gpointer      object);
gboolean           concord_xml_locate_element         (const char   *data,
                                                       gsize         length,
                                                       const char   *element,
                                                       guint         index,
                                                       int          *line,
                                                       int          *column);

GBytes            *concord_read_file                  (const char   *path,
                                                       GError      **error);

/* Only a regular file is ever replaced (a device, pipe, socket or folder is
 * refused), and a file with several names (hard links) only when asked,
 * since the other names keep the old contents. */
typedef enum /*< flags >*/
{
  CONCORD_WRITE_DEFAULT          = 0,
  CONCORD_WRITE_SPLIT_HARD_LINKS = 1 << 0,
} ConcordWriteFlags;

gboolean           concord_file_replace_atomic        (const char   *path,
                                                       const char   *data,
                                                       gsize         length,
                                                       GError      **error);
gboolean           concord_file_replace_atomic_full   (const char        *path,
                                                       const char        *data,
                                                       gsize              length,
                                                       ConcordWriteFlags  flags,
                                                       GError           **error);
gboolean           concord_file_is_same               (const char   *a,
                                                       const char   *b);
void               concord_file_remove_stale_temps    (const char   *folder);

G_END_DECLS
