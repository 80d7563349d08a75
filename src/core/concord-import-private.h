/* concord-import-private.h: what the readers of other formats hand to
 * the importer that makes a memorandum of them.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

/* A document as a word processor or Markdown holds it: headings,
 * paragraphs and tables in order, with what the format says about each
 * and nothing yet about what it means. */
typedef enum
{
  IMPORT_HEADING,
  IMPORT_PARAGRAPH,
  IMPORT_TABLE,
} ImportKind;

typedef struct
{
  ImportKind  kind;
  /* A heading's level (1 the highest); a paragraph's depth in a list
   * (0: in none). */
  guint       level;
  /* In a list that numbers it (not bullets). */
  gboolean    numbered;
  /* How many levels its list's number shows ("3.2": 2), 0 if unknown. */
  guint       shown_levels;
  /* The number its list restarts at here (ODT text:start-value), 0 if
   * it numbers on. */
  guint       start;
  /* The source's own style name, or NULL. */
  char       *style;
  char       *text;
  /* The bold words the paragraph starts with, or NULL. */
  char       *lead;
  /* IMPORT_TABLE: each row a GStrv of its cells' text. */
  GPtrArray  *rows;
  /* Footnotes on it, as text. */
  GPtrArray  *notes;
} ImportBlock;

typedef struct
{
  GPtrArray *blocks;
  /* From the document's properties, where it has them. */
  char      *title;
  char      *language;
  /* The page header's text, where a protective marking may be. */
  GString   *header;
} ImportSource;

ImportBlock  *_concord_import_block_new      (ImportKind     kind);
void          _concord_import_block_free     (ImportBlock   *block);
ImportSource *_concord_import_source_new     (void);
void          _concord_import_source_free    (ImportSource  *source);

ImportSource *_concord_import_read_docx      (const char    *path,
                                              GError       **error);
ImportSource *_concord_import_read_odt       (const char    *path,
                                              GError       **error);
ImportSource *_concord_import_read_markdown  (const char    *data,
                                              gsize          size,
                                              GError       **error);

ConcordMemorandum *_concord_import_markdown_data (const char  *data,
                                                 gsize        size,
                                                 const char  *name,
                                                 GPtrArray   *report,
                                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportSource, _concord_import_source_free)

G_END_DECLS
