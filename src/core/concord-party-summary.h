/* concord-party-summary.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

/* The groups of a party's summary, in the order they are shown. */
typedef enum
{
  CONCORD_SUMMARY_COMMITMENT,       /* role clauses the party owns */
  CONCORD_SUMMARY_BOUNDARY,         /* boundary clauses with the party on a side */
  CONCORD_SUMMARY_ANSWERS_TO,       /* accountability clauses: the party is accountable */
  CONCORD_SUMMARY_HOLDS_TO_ACCOUNT, /* accountability clauses: others answer to the party */
  CONCORD_SUMMARY_MENTION,          /* any other clause that names the party in its text */
  CONCORD_SUMMARY_N_KINDS,
} ConcordSummaryKind;

typedef struct
{
  ConcordSummaryKind  kind;
  char               *clause_id;
  /* The printed number, or NULL for an unnumbered clause. */
  char               *clause_number;
  /* The clause heading, or "Clause 3.2" when it has none. */
  char               *title;
  /* One line on what the clause says about the party: "Areas: peer
   * challenge", "With ADCS, in peer challenge", "To DfE, through audit". */
  char               *detail;
} ConcordSummaryLine;

gboolean   concord_clause_concerns_party             (ConcordClause      *clause,
                                                      const char         *party_id);
GPtrArray *concord_memorandum_clauses_concerning     (ConcordMemorandum  *memorandum,
                                                      const char         *party_id);
void       concord_party_summary_count               (ConcordMemorandum  *memorandum,
                                                      const char         *party_id,
                                                      guint               counts[CONCORD_SUMMARY_N_KINDS]);
GPtrArray *concord_party_summary_build               (ConcordMemorandum  *memorandum,
                                                      const char         *party_id);
void       concord_summary_line_free                 (ConcordSummaryLine *line);
gboolean   concord_summary_line_equal                (const ConcordSummaryLine *a,
                                                      const ConcordSummaryLine *b);
const char *concord_summary_kind_title               (ConcordSummaryKind  kind);
char      *concord_area_label                        (const char         *area);
char      *concord_party_summary_to_text             (ConcordMemorandum  *memorandum,
                                                      const char         *party_id);
gboolean   concord_party_summary_export_pdf          (ConcordMemorandum  *memorandum,
                                                      const char         *party_id,
                                                      const char         *path,
                                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordSummaryLine, concord_summary_line_free)

G_END_DECLS
