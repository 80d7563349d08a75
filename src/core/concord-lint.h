/* concord-lint.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

/* Codes are stable: scripts and the lint panel key on them. */
#define CONCORD_LINT_AREA_OVERLAP           "area-overlap"
#define CONCORD_LINT_AREA_UNOWNED           "area-unowned"
#define CONCORD_LINT_SIGNATORY_UNACCOUNTABLE "signatory-unaccountable"
#define CONCORD_LINT_PARTY_NO_ROLE          "party-no-role"
#define CONCORD_LINT_DISPUTED_CLAUSE        "disputed-clause"
#define CONCORD_LINT_PLACEHOLDER            "placeholder"
#define CONCORD_LINT_MISSING_CLAUSE_REF     "missing-clause-ref"
#define CONCORD_LINT_INCOMPLETE_CLAUSE      "incomplete-clause"
/* Numbering made by fixed numbers: notes, since re-typing a document
 * that skips a number is what fixed numbers are for. */
#define CONCORD_LINT_NUMBERING_GAP          "numbering-gap"
#define CONCORD_LINT_NUMBERING_DUPLICATE    "numbering-duplicate"
#define CONCORD_LINT_NUMBERING_ORDER        "numbering-order"
#define CONCORD_LINT_NUMBERING_MISMATCH     "numbering-mismatch"

typedef struct
{
  char *code;
  /* The clause concerned and its printed number, when there is one. */
  char *clause_id;
  char *clause_number;
  /* Otherwise what the finding is about: "party lga", "details". */
  char *subject;
  /* The field concerned ("signatory-person", "body"), when known. */
  char *field;
  char *message;
} ConcordFinding;

void       concord_finding_free       (ConcordFinding    *finding);
GPtrArray *concord_memorandum_lint    (ConcordMemorandum *memorandum);
GPtrArray *concord_memorandum_collect_placeholders (ConcordMemorandum *memorandum);
char      *concord_finding_to_string  (const ConcordFinding *finding);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordFinding, concord_finding_free)

G_END_DECLS
