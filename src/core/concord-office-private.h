/* concord-office-private.h: what the DOCX and ODT writers share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>
#include <zip.h>

#include "concord-office.h"

G_BEGIN_DECLS

/* A memorandum as a word processor holds it: a run of paragraphs and
 * tables, built once from the model (concord-office.c) and written out
 * by each format's writer. */

typedef enum
{
  OFFICE_TITLE,
  OFFICE_DETAIL,
  /* A part of the memorandum: Parties, Definitions, Background, Annex A… */
  OFFICE_PART,
  OFFICE_SECTION,
  OFFICE_CLAUSE,
  /* The first paragraph of a clause with no heading, which carries its
   * number. */
  OFFICE_CLAUSE_TEXT,
  /* Under a clause's heading: its status and who does what. */
  OFFICE_FACTS,
  OFFICE_BODY,
  OFFICE_ITEM,
  OFFICE_SUBHEADING,
  OFFICE_SIGNATURE,
  OFFICE_TABLE,
} OfficeKind;

typedef enum
{
  OFFICE_RUN_TEXT,
  OFFICE_RUN_STRONG,
  OFFICE_RUN_PLACEHOLDER,
  /* A cross-reference: the text is the number now, the bookmark where
   * the number lives, so the word processor can keep it up to date. */
  OFFICE_RUN_REF,
  /* A redline's tracked changes: words inserted and words deleted. */
  OFFICE_RUN_INSERTED,
  OFFICE_RUN_DELETED,
} OfficeRunKind;

typedef struct
{
  OfficeRunKind  kind;
  char          *text;
  char          *bookmark;
} OfficeRun;

/* How a numbered paragraph gets its number. */
typedef enum
{
  /* Not numbered. */
  OFFICE_NUMBER_NONE,
  /* The list's own count gives it. */
  OFFICE_NUMBER_LIST,
  /* The list, restarted at `start`. */
  OFFICE_NUMBER_RESTART,
  /* The label typed before the text, where no list count gives it. */
  OFFICE_NUMBER_TYPED,
} OfficeNumber;

typedef struct
{
  OfficeKind    kind;
  /* Outline level of a numbered section or clause (1 or 2); the depth of
   * an item (1 or 2). */
  guint         level;
  OfficeNumber  number;
  guint         start;
  char         *label;
  char         *bookmark;
  /* On a clause's first paragraph: the clause's id, so that a file that
   * comes back from a word processor can be read clause by clause. */
  char         *clause;
  GPtrArray    *runs;
  /* OFFICE_TABLE: rows of cells, each a GPtrArray of OfficeRun. */
  GPtrArray    *rows;
  gboolean      header_row;
  /* Set by the writer: whether the word processor's list numbers it. */
  gboolean      listed;
  /* The block the paragraph shows, if any. */
  const ConcordBlock *block;
  /* A redline: the whole paragraph inserted, or deleted. */
  gboolean      inserted;
  gboolean      deleted;
} OfficePara;

/* What both writers need besides the paragraphs. */
typedef struct
{
  ConcordMemorandum *memorandum;
  GPtrArray         *paras;
  /* Bookmark -> the paragraph it marks. A reference is a field only on a
   * paragraph the list numbers: a field on any other would show nothing
   * once the word processor updates it. */
  GHashTable        *targets;
  /* Clause marks written so far (DOCX). */
  guint              n_clauses;
  /* A redline's tracked changes are by this author, at this date. */
  char              *author;
  char              *date;
  guint              n_revisions;
  /* The outline's level formats: how many levels a numbered section and
   * clause show (1: "3", 2: "3.2"); 0 for a level not used. */
  guint              section_level;
  guint              clause_level;
  gboolean           trailing_dot;
  /* Running head and foot. */
  char              *header_left;
  char              *header_right;
  char              *page_before;
  char              *page_between;
  char              *page_after;
  char              *title;
  char              *subject;
  char              *keywords;
  const char        *language;
} OfficeDoc;

/* A zip archive made in memory; the first entry added is stored, as
 * ODF's mimetype must be. */
typedef struct _OfficeZip OfficeZip;

OfficeZip *_concord_office_zip_new    (GError    **error);
gboolean   _concord_office_zip_add    (OfficeZip  *zip,
                                       const char *name,
                                       GString    *content,
                                       gboolean    stored,
                                       GError    **error);
GBytes    *_concord_office_zip_finish (OfficeZip  *zip,
                                       GError    **error);
void       _concord_office_zip_free   (OfficeZip  *zip);

void       _concord_office_escape     (GString    *out,
                                       const char *text);
gboolean   _concord_office_parse_label (const char *label,
                                        guint       n,
                                        guint      *values);

gboolean   _concord_office_ref_is_field (OfficeDoc *doc,
                                         OfficeRun *run);

GBytes    *_concord_office_write_docx (OfficeDoc  *doc,
                                       GError    **error);
GBytes    *_concord_office_write_odt  (OfficeDoc  *doc,
                                       GError    **error);

/* A clause's first paragraph in a DOCX carries the hidden bookmark
 * "_cc_N", N the clause's place in the custom property ConcordClauses
 * (the clauses' ids, space-separated): Word and LibreOffice keep both. */
#define OFFICE_CLAUSE_MARK "_cc_"
#define OFFICE_CLAUSES_PROPERTY "ConcordClauses"

/* Reading a word processor's file, which comes from outside: entries'
 * names and sizes checked, no XML with a document type declaration. */
zip_t     *_concord_office_open        (const char  *path,
                                        GError     **error);
GBytes    *_concord_office_read_entry  (zip_t       *archive,
                                        const char  *name,
                                        GError     **error);
xmlDoc    *_concord_office_parse_part  (GBytes      *bytes,
                                        const char  *name,
                                        GError     **error);

/* One DOCX paragraph as a word processor left it: every change accepted. */
typedef struct
{
  char      *style;
  GString   *text;
  gboolean   numbered;
  char      *num_id;
  guint      ilvl;
  /* The paragraph mark was deleted: it runs on into the next. */
  gboolean   joined;
  int        clause;
  GPtrArray *comments;
  /* The bold words it starts with, and its footnotes' ids. */
  GString   *lead;
  gboolean   lead_open;
  GPtrArray *footnotes;
} OfficeReadPara;

OfficeReadPara *_concord_office_read_para      (xmlNode        *node);
void            _concord_office_read_para_free (OfficeReadPara *para);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfficeZip, _concord_office_zip_free)

G_END_DECLS
