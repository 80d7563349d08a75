/* concord-numbering.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-block.h"
#include "concord-types.h"

G_BEGIN_DECLS

/* Numbers are computed from the document each time it is shown or printed,
 * never stored, so inserting a clause rewrites nothing in the file. The one
 * exception is a clause's fixed number, which later clauses continue from. */
typedef struct _ConcordNumbering ConcordNumbering;

/* A gap, duplicate or mismatch that fixed numbers made; lint reports it. */
typedef struct
{
  const char    *code;
  ConcordClause *clause;
  char          *message;
} ConcordNumberingIssue;

ConcordNumbering *concord_numbering_new           (ConcordMemorandum *memorandum);
void              concord_numbering_free          (ConcordNumbering  *self);
const char       *concord_numbering_get_section   (ConcordNumbering  *self,
                                                   ConcordSection    *section);
char             *concord_numbering_section_label (ConcordMemorandum *memorandum,
                                                   guint              index);
const char       *concord_numbering_get_clause    (ConcordNumbering  *self,
                                                   ConcordClause     *clause);
const char       *concord_numbering_lookup_clause (ConcordNumbering  *self,
                                                   const char        *clause_id);
const char       *concord_numbering_get_annex     (ConcordNumbering  *self,
                                                   ConcordAnnex      *annex);
GPtrArray        *concord_numbering_label_blocks  (ConcordNumbering  *self,
                                                   const char        *clause_number,
                                                   GPtrArray         *blocks);
GPtrArray        *concord_numbering_label_annex   (ConcordNumbering  *self,
                                                   ConcordAnnex      *annex);
gboolean          concord_numbering_has_target    (ConcordNumbering  *self,
                                                   const char        *id);
char             *concord_numbering_render_ref    (ConcordNumbering  *self,
                                                   const char        *id,
                                                   gboolean           with_word);
GPtrArray        *concord_numbering_get_issues    (ConcordNumbering  *self);
gboolean          concord_numbering_parse_fixed   (const char        *text,
                                                   guint             *section,
                                                   guint             *number);

gboolean          concord_numbering_is_first_use  (ConcordNumbering  *self,
                                                   const ConcordRun  *run);
gboolean          concord_numbering_has_first_use (ConcordNumbering  *self,
                                                   const char        *term_id);
char             *concord_numbering_next_annex_label (ConcordNumbering *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordNumbering, concord_numbering_free)

G_END_DECLS
