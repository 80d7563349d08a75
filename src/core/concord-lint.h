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
#define CONCORD_LINT_TERM_INLINE_UNUSED     "term-inline-unused"
/* A bilingual memorandum's two texts out of step. */
#define CONCORD_LINT_TRANSLATION_MISSING    "translation-missing"
#define CONCORD_LINT_TRANSLATION_OUTDATED   "translation-outdated"
/* Drafting: the wording of a memorandum of understanding
 * (concord-lint-drafting.c). */
#define CONCORD_LINT_BINDING_LANGUAGE       "binding-language"
#define CONCORD_LINT_MISSING_STANDARD_CLAUSE "missing-standard-clause"
#define CONCORD_LINT_PASSIVE_OBLIGATION     "passive-obligation"
#define CONCORD_LINT_TERM_UNUSED            "term-unused"
#define CONCORD_LINT_ACCOUNTABILITY_NO_MECHANISM "accountability-no-mechanism"
#define CONCORD_LINT_PARTY_AS_PLAIN_TEXT    "party-as-plain-text"
/* Numbering made by fixed numbers: notes, since re-typing a document
 * that skips a number is what fixed numbers are for. */
#define CONCORD_LINT_NUMBERING_GAP          "numbering-gap"
#define CONCORD_LINT_NUMBERING_DUPLICATE    "numbering-duplicate"
#define CONCORD_LINT_NUMBERING_ORDER        "numbering-order"
#define CONCORD_LINT_NUMBERING_MISMATCH     "numbering-mismatch"
/* A merge left two alternatives (concord-conflict.h); cannot be dismissed. */
#define CONCORD_LINT_UNRESOLVED_CONFLICT    "unresolved-conflict"
/* What is wrong with a dismissal itself; these cannot be dismissed. */
#define CONCORD_LINT_DISMISSAL_NO_REASON    "dismissal-no-reason"
#define CONCORD_LINT_DISMISSAL_UNKNOWN_CODE "dismissal-unknown-code"
#define CONCORD_LINT_DISMISSAL_STALE        "dismissal-stale"
#define CONCORD_LINT_DISMISSAL_DUPLICATE    "dismissal-duplicate"
#define CONCORD_LINT_DISMISSAL_UNUSED       "dismissal-unused"

/* Most severe first, so that "at least as severe" is "<=". */
typedef enum
{
  CONCORD_LINT_SEVERITY_ERROR,
  CONCORD_LINT_SEVERITY_WARNING,
  CONCORD_LINT_SEVERITY_NOTE,
} ConcordLintSeverity;

typedef struct
{
  const char          *code;
  ConcordLintSeverity  severity;
  gboolean             dismissable;
  /* What the code means, untranslated (docs/LINT.md says the same). */
  const char          *meaning;
} ConcordLintCode;

typedef struct
{
  char *code;
  ConcordLintSeverity severity;
  /* The clause concerned and its printed number, when there is one. */
  char *clause_id;
  char *clause_number;
  /* Otherwise what the finding is about: "party lga", "details". */
  char *subject;
  /* The field concerned ("signatory-person", "body"), when known. */
  char *field;
  char *message;
  /* What a dismissal names to dismiss it ("clause:role-lga", "party:lga",
   * "details"); NULL for a finding that cannot be dismissed. */
  char *target;
  /* The reason given, when the finding is dismissed. */
  char *dismissed;
  /* The line of the file where its subject was read from, or 0. */
  guint line;
} ConcordFinding;

void       concord_finding_free       (ConcordFinding    *finding);
GPtrArray *concord_memorandum_lint    (ConcordMemorandum *memorandum);
GPtrArray *concord_memorandum_collect_placeholders (ConcordMemorandum *memorandum);
char      *concord_finding_to_string  (const ConcordFinding *finding);
gboolean   concord_finding_is_open    (const ConcordFinding *finding);

const ConcordLintCode *concord_lint_get_codes    (guint       *n_codes);
const ConcordLintCode *concord_lint_lookup_code  (const char  *code);
const char *concord_lint_severity_to_string      (ConcordLintSeverity  severity);
gboolean    concord_lint_severity_from_string    (const char          *name,
                                                  ConcordLintSeverity *severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordFinding, concord_finding_free)

G_END_DECLS
