/* concord-office.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-diff.h"
#include "concord-types.h"

G_BEGIN_DECLS

/* The word processors' formats a memorandum exports to. */
typedef enum
{
  CONCORD_OFFICE_DOCX,
  CONCORD_OFFICE_ODT,
} ConcordOfficeFormat;

GBytes     *concord_render_office    (ConcordMemorandum   *memorandum,
                                      ConcordOfficeFormat  format,
                                      GError             **error);
gboolean    concord_export_office    (ConcordMemorandum   *memorandum,
                                      ConcordOfficeFormat  format,
                                      const char          *path,
                                      GError             **error);
const char *concord_office_extension (ConcordOfficeFormat  format);

GBytes            *concord_render_office_redline (ConcordDiff  *diff,
                                                  const char   *author,
                                                  GError      **error);
ConcordMemorandum *concord_office_read_revision (ConcordMemorandum  *base,
                                                 const char         *path,
                                                 GPtrArray          *report,
                                                 GError            **error);

G_END_DECLS
