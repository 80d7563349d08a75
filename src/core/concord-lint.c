/* concord-lint.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-conflict.h"
#include "concord-dismissal.h"
#include "concord-lint.h"
#include "concord-lint-private.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-term.h"
#include "concord-text.h"
#include "concord-xml.h"

/* The drafting questions of a memorandum are about the whole: who owns
 * each area, where remits meet, who answers to whom. Lint answers them
 * from the clauses' structured facts, never from their wording. */

/* The one table of codes: each code's severity, whether a dismissal may
 * silence it, and what it means. docs/LINT.md lists the same, and a test
 * holds the two together. */
static const ConcordLintCode codes[] = {
  { CONCORD_LINT_UNRESOLVED_CONFLICT, CONCORD_LINT_SEVERITY_ERROR, FALSE,
    N_("A merge left two alternatives for something both sides changed; take one, or edit, in "
       "Concord's resolve view.") },
  { CONCORD_LINT_DISPUTED_CLAUSE, CONCORD_LINT_SEVERITY_ERROR, TRUE,
    N_("A clause is still disputed in an agreed or signed memorandum.") },
  { CONCORD_LINT_MISSING_CLAUSE_REF, CONCORD_LINT_SEVERITY_ERROR, TRUE,
    N_("A cross-reference names nothing in the memorandum, or something that has no number; "
       "it prints as “[missing clause]”.") },
  { CONCORD_LINT_AREA_OVERLAP, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("Two parties own the same area and no boundary clause in that area separates them.") },
  { CONCORD_LINT_AREA_UNOWNED, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("Clauses name an area, but no role clause gives it an owner.") },
  { CONCORD_LINT_SIGNATORY_UNACCOUNTABLE, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("No accountability clause names a signatory. A warning, not an error: a framework "
       "memorandum between a department and its regulator has one by design.") },
  { CONCORD_LINT_PARTY_NO_ROLE, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("No role clause names the party as its owner.") },
  { CONCORD_LINT_INCOMPLETE_CLAUSE, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("A role clause with no owner, a boundary clause without a party on each side, or an "
       "accountability clause that does not say who is accountable.") },
  { CONCORD_LINT_PLACEHOLDER, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("A field, or a prompt in the text, is still to be filled in.") },
  { CONCORD_LINT_TERM_INLINE_UNUSED, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("A term is to be defined at its first use, but the text never uses it, so its "
       "definition is not printed anywhere.") },
  { CONCORD_LINT_TRANSLATION_MISSING, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("In a bilingual memorandum, a heading, paragraph or item, a section heading or a term has "
       "text in one language and none in the other.") },
  { CONCORD_LINT_TRANSLATION_OUTDATED, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("In a bilingual memorandum, one language's text of a clause changed after the two were "
       "last checked together, so the other is older than its counterpart.") },
  { CONCORD_LINT_BINDING_LANGUAGE, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("A memorandum that says it is not legally binding uses binding words in a clause: "
       "“shall”, “must”, indemnity, liability, penalty or breach.") },
  { CONCORD_LINT_MISSING_STANDARD_CLAUSE, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("The memorandum has no clause on one of the usual matters: whether it is legally binding, "
       "review (nor a review date), variation, termination or disputes.") },
  { CONCORD_LINT_PASSIVE_OBLIGATION, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("A role or accountability clause states an obligation in the passive (“will be provided”) "
       "without saying who is to carry it out.") },
  { CONCORD_LINT_TERM_UNUSED, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("A term among the definitions that no text refers to.") },
  { CONCORD_LINT_ACCOUNTABILITY_NO_MECHANISM, CONCORD_LINT_SEVERITY_WARNING, TRUE,
    N_("An accountability clause says who is accountable, but names no mechanism: reporting, "
       "inspection, intervention, audit or election.") },
  { CONCORD_LINT_NUMBERING_GAP, CONCORD_LINT_SEVERITY_NOTE, TRUE,
    N_("A fixed number skips numbers, or the numbering starts above 1.") },
  { CONCORD_LINT_NUMBERING_DUPLICATE, CONCORD_LINT_SEVERITY_NOTE, TRUE,
    N_("A fixed number gives two clauses the same number.") },
  { CONCORD_LINT_NUMBERING_ORDER, CONCORD_LINT_SEVERITY_NOTE, TRUE,
    N_("A fixed number is lower than the number before it.") },
  { CONCORD_LINT_NUMBERING_MISMATCH, CONCORD_LINT_SEVERITY_NOTE, TRUE,
    N_("A fixed number names a section other than the clause's own.") },
  { CONCORD_LINT_PARTY_AS_PLAIN_TEXT, CONCORD_LINT_SEVERITY_NOTE, TRUE,
    N_("A clause writes a party's name or short name as plain words rather than as a reference "
       "to the party, so a change of name would not follow.") },
  { CONCORD_LINT_DISMISSAL_NO_REASON, CONCORD_LINT_SEVERITY_WARNING, FALSE,
    N_("A dismissal gives no reason, so it dismisses nothing.") },
  { CONCORD_LINT_DISMISSAL_UNKNOWN_CODE, CONCORD_LINT_SEVERITY_NOTE, FALSE,
    N_("A dismissal names a code this version of lint does not know, or one that cannot be "
       "dismissed.") },
  { CONCORD_LINT_DISMISSAL_STALE, CONCORD_LINT_SEVERITY_NOTE, FALSE,
    N_("A dismissal names a target that no longer exists.") },
  { CONCORD_LINT_DISMISSAL_DUPLICATE, CONCORD_LINT_SEVERITY_NOTE, FALSE,
    N_("A second dismissal of the same code and target; the first one counts.") },
  { CONCORD_LINT_DISMISSAL_UNUSED, CONCORD_LINT_SEVERITY_NOTE, FALSE,
    N_("A dismissal whose finding is gone: the problem was fixed, and the dismissal can go.") },
};

/**
 * concord_lint_get_codes:
 * @n_codes: (out): the number of codes
 *
 * Returns: every code lint can report, in the order docs/LINT.md lists them
 */
const ConcordLintCode *
concord_lint_get_codes (guint *n_codes)
{
  g_return_val_if_fail (n_codes != NULL, NULL);

  *n_codes = G_N_ELEMENTS (codes);

  return codes;
}

const ConcordLintCode *
concord_lint_lookup_code (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (codes); i++)
    if (g_str_equal (codes[i].code, code))
      return &codes[i];

  return NULL;
}

/* Stable words, untranslated: scripts match on them. */
const char *
concord_lint_severity_to_string (ConcordLintSeverity severity)
{
  switch (severity)
    {
    case CONCORD_LINT_SEVERITY_ERROR:
      return "error";
    case CONCORD_LINT_SEVERITY_WARNING:
      return "warning";
    case CONCORD_LINT_SEVERITY_NOTE:
    default:
      return "note";
    }
}

gboolean
concord_lint_severity_from_string (const char          *name,
                                   ConcordLintSeverity *severity)
{
  for (int s = CONCORD_LINT_SEVERITY_ERROR; s <= CONCORD_LINT_SEVERITY_NOTE; s++)
    if (g_strcmp0 (name, concord_lint_severity_to_string (s)) == 0)
      {
        *severity = s;
        return TRUE;
      }

  return FALSE;
}

/* An undismissed error or warning: what makes lint fail. */
gboolean
concord_finding_is_open (const ConcordFinding *finding)
{
  g_return_val_if_fail (finding != NULL, FALSE);

  return finding->dismissed == NULL && finding->severity != CONCORD_LINT_SEVERITY_NOTE;
}

void
concord_finding_free (ConcordFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->code);
  g_free (finding->clause_id);
  g_free (finding->clause_number);
  g_free (finding->subject);
  g_free (finding->field);
  g_free (finding->message);
  g_free (finding->target);
  g_free (finding->dismissed);
  g_free (finding);
}

/* The memorandum's numbering, made at the first finding that needs it: a
 * memorandum without placeholders needs none for `validate`. */
static ConcordNumbering *
linter_numbering (Linter *linter)
{
  if (linter->numbering == NULL)
    linter->numbering = concord_numbering_new (linter->memorandum);

  return linter->numbering;
}

static ConcordFinding *
add (Linter        *linter,
     const char    *code,
     ConcordClause *clause,
     const char    *subject,
     const char    *field,
     char          *message)
{
  ConcordFinding *f = g_new0 (ConcordFinding, 1);
  const ConcordLintCode *entry = concord_lint_lookup_code (code);

  /* Every code is in the table; the unit tests make sure of it. */
  if (entry == NULL)
    g_critical ("lint code “%s” has no severity", code);
  f->code = g_strdup (code);
  f->severity = entry != NULL ? entry->severity : CONCORD_LINT_SEVERITY_ERROR;
  if (clause != NULL)
    {
      f->clause_id = g_strdup (concord_clause_get_id (clause));
      /* The bare number ("2.4", not "2.4."), as references print it. */
      f->clause_number = g_strdup (concord_numbering_lookup_clause (linter_numbering (linter),
                                                                    concord_clause_get_id (clause)));
      f->target = g_strconcat ("clause:", f->clause_id, NULL);
      f->line = concord_source_line (clause);
    }
  else if (subject != NULL && entry != NULL && entry->dismissable)
    {
      /* "party lga" -> "party:lga"; "details" stays as it is. */
      f->target = g_strdup (subject);
      g_strdelimit (f->target, " ", ':');
    }
  f->subject = g_strdup (subject);
  f->field = g_strdup (field);
  f->message = message;
  g_ptr_array_add (linter->findings, f);

  return f;
}

ConcordFinding *
_concord_linter_add (Linter        *linter,
                     const char    *code,
                     ConcordClause *clause,
                     const char    *subject,
                     const char    *field,
                     char          *message)
{
  return add (linter, code, clause, subject, field, message);
}

static const char *
party_name (Linter     *linter,
            const char *id)
{
  ConcordParty *party = concord_memorandum_find_party (linter->memorandum, id);
  const char *name = party != NULL ? concord_party_get_display_name (party, FALSE) : NULL;

  return name != NULL ? name : id;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *value)
{
  return strv != NULL && value != NULL && g_strv_contains (strv, value);
}

static char *
boundary_key (const char *area,
              const char *a,
              const char *b)
{
  /* Unordered pair: a boundary separates the two whichever side each is on. */
  if (g_strcmp0 (a, b) > 0)
    {
      const char *t = a;

      a = b;
      b = t;
    }

  return g_strjoin ("\x1f", area, a, b, NULL);
}

/* Every (area, party, party) that some boundary clause separates, built
 * once so that the overlap check costs no more than a look-up. */
static GHashTable *
collect_boundaries (Linter *linter)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);
      const char * const *side_a = concord_clause_get_side_a (c);
      const char * const *side_b = concord_clause_get_side_b (c);
      const char * const *areas = concord_clause_get_areas (c);

      if (concord_clause_get_kind (c) != CONCORD_CLAUSE_KIND_BOUNDARY ||
          side_a == NULL || side_b == NULL || areas == NULL)
        continue;

      for (guint k = 0; areas[k] != NULL; k++)
        for (guint x = 0; side_a[x] != NULL; x++)
          for (guint y = 0; side_b[y] != NULL; y++)
            g_hash_table_add (set, boundary_key (areas[k], side_a[x], side_b[y]));
    }

  return set;
}

static gboolean
boundary_between (GHashTable *boundaries,
                  const char *area,
                  const char *a,
                  const char *b)
{
  g_autofree char *key = boundary_key (area, a, b);

  return g_hash_table_contains (boundaries, key);
}

/* area -> the role clauses that own it, in printed order */
static GHashTable *
owners_by_area (Linter *linter,
                GPtrArray *areas_in_order)
{
  GHashTable *owners = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);
      const char * const *areas = concord_clause_get_areas (c);

      for (guint j = 0; areas != NULL && areas[j] != NULL; j++)
        {
          GPtrArray *list = g_hash_table_lookup (owners, areas[j]);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (owners, (gpointer) areas[j], list);
              g_ptr_array_add (areas_in_order, (gpointer) areas[j]);
            }
          if (concord_clause_get_kind (c) == CONCORD_CLAUSE_KIND_ROLE && concord_clause_get_owner (c) != NULL)
            g_ptr_array_add (list, c);
        }
    }

  return owners;
}

static ConcordClause *
first_clause_with_area (Linter     *linter,
                        const char *area)
{
  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);

      if (strv_contains (concord_clause_get_areas (c), area))
        return c;
    }

  return NULL;
}

/* Each pair of distinct owners of one area is reported once, at the first
 * role clause of the later owner. */
static void
check_overlap_in_area (Linter     *linter,
                       GHashTable *boundaries,
                       const char *area,
                       GPtrArray  *roles)
{
  g_autoptr(GPtrArray) first_by_owner = g_ptr_array_new ();

  for (guint i = 0; i < roles->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (roles, i);
      const char *owner = concord_clause_get_owner (clause);
      gboolean seen = FALSE;

      for (guint j = 0; j < first_by_owner->len && !seen; j++)
        seen = g_strcmp0 (concord_clause_get_owner (g_ptr_array_index (first_by_owner, j)), owner) == 0;
      if (!seen)
        g_ptr_array_add (first_by_owner, clause);
    }

  for (guint i = 1; i < first_by_owner->len; i++)
    for (guint j = 0; j < i; j++)
      {
        ConcordClause *later = g_ptr_array_index (first_by_owner, i);
        const char *a = concord_clause_get_owner (g_ptr_array_index (first_by_owner, j));
        const char *b = concord_clause_get_owner (later);

        if (boundary_between (boundaries, area, a, b))
          continue;

        add (linter, CONCORD_LINT_AREA_OVERLAP, later, NULL, "owner",
             g_strdup_printf (_("%s and %s both own the area “%s” and no boundary clause in that "
                                "area separates them"), party_name (linter, a), party_name (linter, b),
                              area));
      }
}

static void
check_areas (Linter *linter)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  g_autoptr(GHashTable) owners = owners_by_area (linter, areas);
  g_autoptr(GHashTable) boundaries = collect_boundaries (linter);

  for (guint i = 0; i < areas->len; i++)
    {
      const char *area = g_ptr_array_index (areas, i);
      GPtrArray *roles = g_hash_table_lookup (owners, area);

      if (roles->len == 0)
        add (linter, CONCORD_LINT_AREA_UNOWNED, first_clause_with_area (linter, area), NULL, "areas",
             g_strdup_printf (_("nobody owns the area “%s”: no role clause names an owner for it"), area));
      else
        check_overlap_in_area (linter, boundaries, area, roles);
    }
}

static void
check_parties (Linter *linter)
{
  GListModel *parties = concord_memorandum_get_parties (linter->memorandum);
  guint n = g_list_model_get_n_items (parties);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      const char *id = concord_party_get_id (party);
      g_autofree char *subject = g_strdup_printf ("party %s", id);
      gboolean has_role = FALSE;
      gboolean accountable = FALSE;

      for (guint j = 0; j < linter->clauses->len; j++)
        {
          ConcordClause *c = g_ptr_array_index (linter->clauses, j);

          if (concord_clause_get_kind (c) == CONCORD_CLAUSE_KIND_ROLE &&
              g_strcmp0 (concord_clause_get_owner (c), id) == 0)
            has_role = TRUE;
          if (concord_clause_get_kind (c) == CONCORD_CLAUSE_KIND_ACCOUNTABILITY &&
              g_strcmp0 (concord_clause_get_accountable (c), id) == 0)
            accountable = TRUE;
        }

      if (!has_role)
        add (linter, CONCORD_LINT_PARTY_NO_ROLE, NULL, subject, NULL,
             g_strdup_printf (_("%s has no role: no role clause names it as owner"),
                              party_name (linter, id)));
      if (!accountable && concord_party_get_kind (party) == CONCORD_PARTY_KIND_SIGNATORY)
        add (linter, CONCORD_LINT_SIGNATORY_UNACCOUNTABLE, NULL, subject, NULL,
             g_strdup_printf (_("the signatory %s is accountable to nobody: no accountability "
                                "clause names it"), party_name (linter, id)));
    }
}

static void
check_refs (Linter        *linter,
            ConcordClause *clause,
            const char    *subject,
            GPtrArray     *blocks);

static void
check_clause_refs (Linter        *linter,
                   ConcordClause *clause,
                   GPtrArray     *blocks)
{
  check_refs (linter, clause, clause ? NULL : "recitals", blocks);
}

/* A reference may name a clause, a section, an annex, or a paragraph or
 * item with an id; anything else is missing. */
static void
check_refs (Linter        *linter,
            ConcordClause *clause,
            const char    *subject,
            GPtrArray     *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      guint n = concord_block_get_n_runs (block);

      for (guint j = 0; j < n; j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          g_autofree char *shown = NULL;

          if (run->kind != CONCORD_RUN_CLAUSE)
            continue;
          if (!g_hash_table_contains (linter->clause_ids, run->text) &&
              !concord_numbering_has_target (linter_numbering (linter), run->text))
            add (linter, CONCORD_LINT_MISSING_CLAUSE_REF, clause, subject, "body",
                 g_strdup_printf (_("the text refers to clause “%s”, which does not exist"), run->text));
          else if ((shown = concord_numbering_render_ref (linter_numbering (linter), run->text, FALSE)) == NULL)
            /* An unnumbered clause: the reference prints as missing. */
            add (linter, CONCORD_LINT_MISSING_CLAUSE_REF, clause, subject, "body",
                 g_strdup_printf (_("the text refers to clause “%s”, which has no number to print"), run->text));
        }
    }
}

static void
check_annex_refs (Linter *linter)
{
  GListModel *annexes = concord_memorandum_get_annexes (linter->memorandum);

  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);
      g_autofree char *subject = g_strdup_printf ("annex %s", concord_annex_get_id (a));

      check_refs (linter, NULL, subject, concord_annex_get_body (a));
    }
}

/* Gaps, steps back, duplicates and mismatches that fixed numbers made.
 * They are notes (see the table above): the skip may be what the
 * original document does. */
static void
check_numbering (Linter *linter)
{
  GPtrArray *issues = concord_numbering_get_issues (linter_numbering (linter));

  for (guint i = 0; i < issues->len; i++)
    {
      const ConcordNumberingIssue *issue = g_ptr_array_index (issues, i);

      add (linter, issue->code, issue->clause, NULL, "number", g_strdup (issue->message));
    }
}

/* An inline term is defined where the text first uses it: one the text
 * never uses is never defined in print. */
static void
check_inline_terms (Linter *linter)
{
  GListModel *terms = concord_memorandum_get_terms (linter->memorandum);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);
      g_autofree char *subject = NULL;

      if (!concord_term_get_inline (t) ||
          concord_numbering_has_first_use (linter_numbering (linter), concord_term_get_id (t)))
        continue;
      subject = g_strdup_printf ("term %s", concord_term_get_id (t));
      add (linter, CONCORD_LINT_TERM_INLINE_UNUSED, NULL, subject, NULL,
           g_strdup_printf (_("“%s” is to be defined at its first use, but the text never uses it, "
                              "so its definition is not printed"),
                            concord_term_get_name (t) ? concord_term_get_name (t) : ""));
    }
}

static void
check_clauses (Linter *linter)
{
  ConcordStatus status = concord_memorandum_get_status (linter->memorandum);

  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);
      ConcordClauseKind kind = concord_clause_get_kind (c);

      if (status != CONCORD_STATUS_DRAFT && concord_clause_get_status (c) == CONCORD_CLAUSE_STATUS_DISPUTED)
        add (linter, CONCORD_LINT_DISPUTED_CLAUSE, c, NULL, "status",
             g_strdup (status == CONCORD_STATUS_SIGNED
                       ? _("the clause is disputed, but the memorandum is signed")
                       : _("the clause is disputed, but the memorandum is agreed")));

      if (kind == CONCORD_CLAUSE_KIND_ROLE && concord_clause_get_owner (c) == NULL)
        add (linter, CONCORD_LINT_INCOMPLETE_CLAUSE, c, NULL, "owner",
             g_strdup (_("the role clause does not say which party it belongs to")));
      else if (kind == CONCORD_CLAUSE_KIND_BOUNDARY &&
               (concord_clause_get_side_a (c) == NULL || concord_clause_get_side_b (c) == NULL))
        add (linter, CONCORD_LINT_INCOMPLETE_CLAUSE, c, NULL, "side-a",
             g_strdup (_("the boundary clause does not name the parties on both sides")));
      else if (kind == CONCORD_CLAUSE_KIND_ACCOUNTABILITY && concord_clause_get_accountable (c) == NULL)
        add (linter, CONCORD_LINT_INCOMPLETE_CLAUSE, c, NULL, "accountable",
             g_strdup (_("the accountability clause does not say who is accountable")));

      check_clause_refs (linter, c, concord_clause_get_body (c));
    }

  check_clause_refs (linter, NULL, concord_memorandum_get_recitals (linter->memorandum));
  check_annex_refs (linter);
}

static void
collect_clauses (Linter *linter)
{
  linter->clauses = concord_memorandum_list_clauses (linter->memorandum);
  for (guint i = 0; i < linter->clauses->len; i++)
    g_hash_table_insert (linter->clause_ids,
                         (gpointer) concord_clause_get_id (g_ptr_array_index (linter->clauses, i)),
                         g_ptr_array_index (linter->clauses, i));
}

/* Placeholders: unfilled fields that carry a prompt, and prompts left in
 * running text. */

static void
placeholder_field (Linter        *linter,
                   const char    *subject,
                   const char    *field,
                   const char    *value,
                   const char    *prompt)
{
  if (value != NULL || prompt == NULL)
    return;

  add (linter, CONCORD_LINT_PLACEHOLDER, NULL, subject, field,
       g_strdup_printf (_("“%s” is still to be filled in"), prompt));
}

static void
placeholder_blocks (Linter        *linter,
                    ConcordClause *clause,
                    const char    *subject,
                    GPtrArray     *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      guint n = concord_block_get_n_runs (block);

      for (guint j = 0; j < n; j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_PLACEHOLDER)
            add (linter, CONCORD_LINT_PLACEHOLDER, clause, clause ? NULL : subject, "body",
                 g_strdup_printf (_("“%s” is still to be filled in"), run->text));
        }
    }
}

static void
placeholders_in_details (Linter *linter)
{
  ConcordMemorandum *m = linter->memorandum;
  static const char *fields[] = { "title", "reference", "effective-date", "review-date", "marking" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_STRING);
      g_object_get_property (G_OBJECT (m), fields[i], &value);
      placeholder_field (linter, "details", fields[i], g_value_get_string (&value),
                         concord_memorandum_get_placeholder (m, fields[i]));
    }
}

/* A field of a party or a signature, by its property's name and getter:
 * read directly, as every party's and signature's fields are read. */
typedef const char *(*FieldGetter) (gpointer object);

typedef struct
{
  const char  *name;
  FieldGetter  get;
} Field;

static void
placeholders_in_objects (Linter      *linter,
                         GListModel  *model,
                         const char  *kind,
                         FieldGetter  get_key,
                         const Field *fields,
                         const char *(*get_prompt) (gpointer, const char *))
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      const char *key = get_key (object);
      /* A signature of someone who is not a party has no key. */
      g_autofree char *subject = key != NULL ? g_strconcat (kind, " ", key, NULL) : g_strdup (kind);

      for (guint j = 0; fields[j].name != NULL; j++)
        placeholder_field (linter, subject, fields[j].name, fields[j].get (object),
                           get_prompt (object, fields[j].name));
    }
}

static void
collect_placeholders (Linter *linter)
{
  static const Field party_fields[] = {
    { "name", (FieldGetter) concord_party_get_name },
    { "organisation", (FieldGetter) concord_party_get_organisation },
    { "short-name", (FieldGetter) concord_party_get_short_name },
    { "description", (FieldGetter) concord_party_get_description },
    { "signatory-person", (FieldGetter) concord_party_get_signatory_person },
    { "signatory-title", (FieldGetter) concord_party_get_signatory_title },
    { NULL, NULL }
  };
  static const Field signature_fields[] = {
    { "person", (FieldGetter) concord_signature_get_person },
    { "title", (FieldGetter) concord_signature_get_title },
    { "second-title", (FieldGetter) concord_signature_get_second_title },
    { "date", (FieldGetter) concord_signature_get_date },
    { "place", (FieldGetter) concord_signature_get_place },
    { NULL, NULL }
  };
  ConcordMemorandum *m = linter->memorandum;
  GListModel *terms = concord_memorandum_get_terms (m);
  GListModel *annexes = concord_memorandum_get_annexes (m);
  /* A bilingual memorandum's prompts are to be filled in both texts. */
  gboolean bilingual = concord_memorandum_is_bilingual (m);

  placeholders_in_details (linter);
  placeholders_in_objects (linter, concord_memorandum_get_parties (m), "party", (FieldGetter) concord_party_get_id,
                           party_fields, (gpointer) concord_party_get_placeholder);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);
      g_autofree char *subject = g_strdup_printf ("term %s", concord_term_get_id (t));

      placeholder_blocks (linter, NULL, subject, concord_term_get_meaning (t));
      if (bilingual)
        placeholder_blocks (linter, NULL, subject, concord_term_get_translated_meaning (t));
    }
  placeholder_blocks (linter, NULL, "recitals", concord_memorandum_get_recitals (m));
  if (bilingual)
    placeholder_blocks (linter, NULL, "recitals", concord_memorandum_get_translated_recitals (m));
  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);

      placeholder_blocks (linter, c, NULL, concord_clause_get_body (c));
      if (bilingual)
        placeholder_blocks (linter, c, NULL, concord_clause_get_translated_body (c));
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);
      g_autofree char *subject = g_strdup_printf ("annex %s", concord_annex_get_id (a));

      placeholder_blocks (linter, NULL, subject, concord_annex_get_body (a));
      if (bilingual)
        placeholder_blocks (linter, NULL, subject, concord_annex_get_translated_body (a));
    }
  placeholders_in_objects (linter, concord_memorandum_get_signatures (m), "signature",
                           (FieldGetter) concord_signature_get_party, signature_fields,
                           (gpointer) concord_signature_get_placeholder);
}

/* Dismissals. A target is "KIND:ID" (clause, party, term, annex, or the
 * signature of a party), "signature" (one by someone who is not a party),
 * "details" or "recitals", optionally narrowed to one field of it with
 * "#FIELD" ("details#reference"). Ids are NCNames, which hold neither a
 * colon nor a "#", so the form cannot be misread. */

static ConcordAnnex *
find_annex (ConcordMemorandum *memorandum,
            const char        *id)
{
  GListModel *annexes = concord_memorandum_get_annexes (memorandum);

  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);

      if (g_strcmp0 (concord_annex_get_id (a), id) == 0)
        return a;
    }

  return NULL;
}

static ConcordSignature *
find_signature_of_nobody (ConcordMemorandum *memorandum)
{
  GListModel *signatures = concord_memorandum_get_signatures (memorandum);

  for (guint i = 0; i < g_list_model_get_n_items (signatures); i++)
    {
      g_autoptr(ConcordSignature) s = g_list_model_get_item (signatures, i);

      if (concord_signature_get_party (s) == NULL)
        return s;
    }

  return NULL;
}

/* Whether @target names something in the memorandum; *@object is what
 * it names, for its line, when that is an object. */
static gboolean
resolve_target (Linter      *linter,
                const char  *target,
                gpointer    *object)
{
  ConcordMemorandum *m = linter->memorandum;
  g_autofree char *whole = g_strdup (target);
  const char *colon;
  g_autofree char *kind = NULL;
  const char *id;

  *object = NULL;
  if (whole != NULL && strchr (whole, '#') != NULL)
    *strchr (whole, '#') = '\0';
  target = whole;
  colon = target != NULL ? strchr (target, ':') : NULL;
  if (g_strcmp0 (target, "details") == 0 || g_strcmp0 (target, "recitals") == 0 ||
      g_strcmp0 (target, "memorandum") == 0)
    return TRUE;
  if (g_strcmp0 (target, "signature") == 0)
    return (*object = find_signature_of_nobody (m)) != NULL;
  if (colon == NULL)
    return FALSE;

  kind = g_strndup (target, colon - target);
  id = colon + 1;
  if (g_str_equal (kind, "clause"))
    *object = g_hash_table_lookup (linter->clause_ids, id);
  else if (g_str_equal (kind, "party"))
    *object = concord_memorandum_find_party (m, id);
  else if (g_str_equal (kind, "term"))
    *object = concord_memorandum_find_term (m, id);
  else if (g_str_equal (kind, "annex"))
    *object = find_annex (m, id);
  else if (g_str_equal (kind, "signature"))
    *object = concord_memorandum_find_signature (m, id);

  return *object != NULL;
}

static char *
dismissal_key (const char *code,
               const char *target)
{
  return g_strjoin ("\x1f", code, target, NULL);
}

/* What is wrong with a dismissal, before any finding is matched to it:
 * NULL when it can be honoured. */
static const char *
dismissal_problem (Linter           *linter,
                   ConcordDismissal *d,
                   GHashTable       *honoured)
{
  const ConcordLintCode *entry = concord_lint_lookup_code (concord_dismissal_get_code (d));
  g_autofree char *key = NULL;
  gpointer object;

  if (concord_dismissal_get_reason (d) == NULL || *concord_dismissal_get_reason (d) == '\0')
    return CONCORD_LINT_DISMISSAL_NO_REASON;
  if (entry == NULL || !entry->dismissable)
    return CONCORD_LINT_DISMISSAL_UNKNOWN_CODE;
  if (!resolve_target (linter, concord_dismissal_get_target (d), &object))
    return CONCORD_LINT_DISMISSAL_STALE;
  key = dismissal_key (concord_dismissal_get_code (d), concord_dismissal_get_target (d));
  if (g_hash_table_contains (honoured, key))
    return CONCORD_LINT_DISMISSAL_DUPLICATE;
  g_hash_table_insert (honoured, g_steal_pointer (&key), d);

  return NULL;
}

static char *
dismissal_message (const char       *problem,
                   ConcordDismissal *d)
{
  const char *code = concord_dismissal_get_code (d);
  const char *target = concord_dismissal_get_target (d);

  if (g_str_equal (problem, CONCORD_LINT_DISMISSAL_NO_REASON))
    return g_strdup_printf (_("the dismissal of %s on %s gives no reason, so the finding stays"),
                            code, target);
  if (g_str_equal (problem, CONCORD_LINT_DISMISSAL_UNKNOWN_CODE))
    return concord_lint_lookup_code (code) != NULL
           ? g_strdup_printf (_("the dismissal names %s, which cannot be dismissed"), code)
           : g_strdup_printf (_("the dismissal names %s, which lint does not know"), code);
  if (g_str_equal (problem, CONCORD_LINT_DISMISSAL_STALE))
    return g_strdup_printf (_("the dismissal of %s names %s, which no longer exists"), code, target);
  if (g_str_equal (problem, CONCORD_LINT_DISMISSAL_DUPLICATE))
    return g_strdup_printf (_("%s on %s is dismissed twice; the first dismissal counts"), code, target);

  return g_strdup_printf (_("nothing is left for the dismissal of %s on %s to dismiss"), code, target);
}

static void
add_dismissal_finding (Linter           *linter,
                       const char       *problem,
                       ConcordDismissal *d)
{
  ConcordFinding *f = add (linter, problem, NULL, "dismissals", NULL, dismissal_message (problem, d));

  f->line = concord_source_line (d);
}

/* Marks the findings that a dismissal names; with @report, also reports
 * each dismissal that dismisses nothing, and why. */
static void
apply_dismissals (Linter   *linter,
                  gboolean  report)
{
  GListModel *dismissals = concord_memorandum_get_dismissals (linter->memorandum);
  guint n = g_list_model_get_n_items (dismissals);
  g_autoptr(GHashTable) honoured = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autofree const char **problems = NULL;
  guint n_findings = linter->findings->len;

  if (n == 0)
    return;

  honoured = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  used = g_hash_table_new (NULL, NULL);
  problems = g_new0 (const char *, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordDismissal) d = g_list_model_get_item (dismissals, i);

      problems[i] = dismissal_problem (linter, d, honoured);
    }

  for (guint i = 0; i < n_findings; i++)
    {
      ConcordFinding *f = g_ptr_array_index (linter->findings, i);
      g_autofree char *narrow = NULL;
      g_autofree char *key = NULL;
      ConcordDismissal *d = NULL;

      if (f->target == NULL)
        continue;
      /* A dismissal of one field first, then of the whole target. */
      if (f->field != NULL)
        {
          g_autofree char *field_target = g_strconcat (f->target, "#", f->field, NULL);

          narrow = dismissal_key (f->code, field_target);
          d = g_hash_table_lookup (honoured, narrow);
        }
      if (d == NULL)
        {
          key = dismissal_key (f->code, f->target);
          d = g_hash_table_lookup (honoured, key);
        }
      /* Then the code switched off for the whole memorandum: a check the
       * drafters judge wrong for this kind of document. */
      if (d == NULL)
        {
          g_free (key);
          key = dismissal_key (f->code, "memorandum");
          d = g_hash_table_lookup (honoured, key);
        }
      if (d == NULL)
        continue;
      f->dismissed = g_strdup (concord_dismissal_get_reason (d));
      g_hash_table_add (used, d);
    }

  for (guint i = 0; report && i < n; i++)
    {
      g_autoptr(ConcordDismissal) d = g_list_model_get_item (dismissals, i);

      if (problems[i] != NULL)
        add_dismissal_finding (linter, problems[i], d);
      else if (!g_hash_table_contains (used, d))
        add_dismissal_finding (linter, CONCORD_LINT_DISMISSAL_UNUSED, d);
    }
}

/* Findings about a party, a term, an annex or a signature point at the
 * line it was read from, as clause findings do. */
static void
locate_findings (Linter *linter)
{
  for (guint i = 0; i < linter->findings->len; i++)
    {
      ConcordFinding *f = g_ptr_array_index (linter->findings, i);
      gpointer object;

      if (f->line == 0 && f->target != NULL && resolve_target (linter, f->target, &object))
        f->line = concord_source_line (object);
    }
}

static void
linter_init (Linter            *linter,
             ConcordMemorandum *memorandum)
{
  linter->memorandum = memorandum;
  linter->numbering = NULL;
  linter->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_finding_free);
  linter->clause_ids = g_hash_table_new (g_str_hash, g_str_equal);
  collect_clauses (linter);
}

static GPtrArray *
linter_finish (Linter *linter)
{
  g_clear_pointer (&linter->numbering, concord_numbering_free);
  g_ptr_array_unref (linter->clauses);
  g_hash_table_unref (linter->clause_ids);

  return linter->findings;
}

GPtrArray *
concord_memorandum_collect_placeholders (ConcordMemorandum *memorandum)
{
  Linter linter;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  linter_init (&linter, memorandum);
  collect_placeholders (&linter);
  locate_findings (&linter);
  /* Dismissed placeholders are not reminders any more. */
  apply_dismissals (&linter, FALSE);
  for (guint i = linter.findings->len; i > 0; i--)
    if (((ConcordFinding *) g_ptr_array_index (linter.findings, i - 1))->dismissed != NULL)
      g_ptr_array_remove_index (linter.findings, i - 1);

  return linter_finish (&linter);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
block_has_text (GPtrArray *blocks,
                guint      i)
{
  return blocks != NULL && i < blocks->len && !concord_block_is_empty (g_ptr_array_index (blocks, i));
}

/* Which of the clause's headings and blocks has text in one language
 * only: "the English text has no paragraph 2". */
static void
check_clause_translation (Linter        *linter,
                          ConcordClause *c,
                          const char    *first,
                          const char    *second)
{
  GPtrArray *body = concord_clause_get_body (c);
  GPtrArray *translated = concord_clause_get_translated_body (c);
  ConcordTranslationState state;

  if (has_text (concord_clause_get_heading (c)) != has_text (concord_clause_get_translated_heading (c)))
    add (linter, CONCORD_LINT_TRANSLATION_MISSING, c, NULL, "translated-heading",
         g_strdup_printf (_("the %s text has no heading"),
                          has_text (concord_clause_get_heading (c)) ? second : first));
  for (guint i = 0; i < MAX (body->len, translated->len); i++)
    if (block_has_text (body, i) != block_has_text (translated, i))
      {
        /* One finding per clause is enough to send the drafter there. */
        add (linter, CONCORD_LINT_TRANSLATION_MISSING, c, NULL, "translated-body",
             g_strdup_printf (_("the %s text has nothing for paragraph or item %u"),
                              block_has_text (body, i) ? second : first, i + 1));
        break;
      }

  state = concord_clause_get_translation_state (c);
  if (state == CONCORD_TRANSLATION_ORIGINAL_CHANGED || state == CONCORD_TRANSLATION_TRANSLATION_CHANGED)
    add (linter, CONCORD_LINT_TRANSLATION_OUTDATED, c, NULL, "translation-checked",
         /* Translators: "the English text is older than its Welsh counterpart" */
         g_strdup_printf (_("the %s text is older than its %s counterpart, which changed after the two "
                            "were last checked together"),
                          state == CONCORD_TRANSLATION_ORIGINAL_CHANGED ? second : first,
                          state == CONCORD_TRANSLATION_ORIGINAL_CHANGED ? first : second));
  else if (state == CONCORD_TRANSLATION_BOTH_CHANGED)
    add (linter, CONCORD_LINT_TRANSLATION_OUTDATED, c, NULL, "translation-checked",
         g_strdup (_("both texts changed after they were last checked together")));
}

static void
check_translations (Linter *linter)
{
  ConcordMemorandum *m = linter->memorandum;
  const char *first = concord_language_name (concord_memorandum_get_language (m));
  const char *second = concord_language_name (concord_memorandum_get_translation_language (m));
  GListModel *sections = concord_memorandum_get_sections (m);
  GListModel *terms = concord_memorandum_get_terms (m);

  if (!concord_memorandum_is_bilingual (m))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);
      g_autofree char *subject = g_strconcat ("section ", concord_section_get_id (s), NULL);

      if (has_text (concord_section_get_heading (s)) != has_text (concord_section_get_translated_heading (s)))
        add (linter, CONCORD_LINT_TRANSLATION_MISSING, NULL, subject, "translated-heading",
             g_strdup_printf (_("the section heading has no %s text"),
                              has_text (concord_section_get_heading (s)) ? second : first));
    }
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);
      g_autofree char *subject = g_strconcat ("term ", concord_term_get_id (t), NULL);

      if (!has_text (concord_term_get_translated_name (t)))
        add (linter, CONCORD_LINT_TRANSLATION_MISSING, NULL, subject, "translated-name",
             g_strdup_printf (_("the term “%s” has no %s name"),
                              concord_term_get_name (t) ? concord_term_get_name (t) : "", second));
    }
  for (guint i = 0; i < linter->clauses->len; i++)
    check_clause_translation (linter, g_ptr_array_index (linter->clauses, i), first, second);
}

static void
check_conflicts (Linter *linter)
{
  GListModel *conflicts = concord_memorandum_get_conflicts (linter->memorandum);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(ConcordConflict) c = g_list_model_get_item (conflicts, i);
      ConcordClause *clause = g_str_equal (concord_conflict_get_object (c), "clause")
                              ? concord_memorandum_find_clause (linter->memorandum, concord_conflict_get_ref (c),
                                                                NULL, NULL)
                              : NULL;
      g_autofree char *subject = concord_conflict_get_ref (c) != NULL
                                 ? g_strdup_printf ("%s %s", concord_conflict_get_object (c),
                                                    concord_conflict_get_ref (c))
                                 : g_strdup ("details");
      ConcordFinding *f = add (linter, CONCORD_LINT_UNRESOLVED_CONFLICT, clause, clause == NULL ? subject : NULL,
                               concord_conflict_get_field (c), concord_conflict_describe (c));

      /* Settled by choosing, never dismissed. */
      g_clear_pointer (&f->target, g_free);
      f->line = concord_source_line (c);
    }
}

GPtrArray *
concord_memorandum_lint (ConcordMemorandum *memorandum)
{
  Linter linter;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  linter_init (&linter, memorandum);
  check_areas (&linter);
  check_parties (&linter);
  check_clauses (&linter);
  check_numbering (&linter);
  check_inline_terms (&linter);
  check_translations (&linter);
  check_conflicts (&linter);
  _concord_linter_check_drafting (&linter);
  collect_placeholders (&linter);
  locate_findings (&linter);
  apply_dismissals (&linter, TRUE);

  return linter_finish (&linter);
}

/* "area-overlap: clause 3.2 (role-lga): message" */
char *
concord_finding_to_string (const ConcordFinding *f)
{
  /* Concatenated rather than printed: lint shows every finding. */
  const char *message = f->message != NULL ? f->message : "";

  if (f->clause_id != NULL)
    return g_strconcat (f->code, ": clause ", f->clause_number ? f->clause_number : "-", " (", f->clause_id, "): ",
                        message, NULL);
  if (f->subject != NULL && f->field != NULL)
    return g_strconcat (f->code, ": ", f->subject, ", ", f->field, ": ", message, NULL);
  if (f->subject != NULL)
    return g_strconcat (f->code, ": ", f->subject, ": ", message, NULL);

  return g_strconcat (f->code, ": ", message, NULL);
}
