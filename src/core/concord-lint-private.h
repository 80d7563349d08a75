/* concord-lint-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-lint.h"
#include "concord-numbering.h"

G_BEGIN_DECLS

/* What the checks of lint share; split across concord-lint.c (structure)
 * and concord-lint-drafting.c (wording). */
typedef struct
{
  ConcordMemorandum *memorandum;
  /* Made at the first use (linter_numbering in concord-lint.c). */
  ConcordNumbering  *numbering;
  GPtrArray         *findings;
  /* Every clause in printed order, and id -> clause. */
  GPtrArray         *clauses;
  GHashTable        *clause_ids;
} Linter;

/* Adds a finding of @code, taking @message; about @clause when there is
 * one, else about @subject ("party lga", "details"). */
ConcordFinding *_concord_linter_add            (Linter        *linter,
                                                const char    *code,
                                                ConcordClause *clause,
                                                const char    *subject,
                                                const char    *field,
                                                char          *message);
void            _concord_linter_check_drafting (Linter        *linter);

G_END_DECLS
