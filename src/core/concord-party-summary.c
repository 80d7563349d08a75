/* concord-party-summary.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-party-summary"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "concord-block.h"
#include "concord-clause.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-party-summary.h"
#include "concord-render-private.h"
#include "concord-render.h"
#include "concord-xml.h"
#include "concord-party.h"
#include "concord-text.h"

/* "View as a party": which clauses concern one organisation, and what
 * each says about it. Kept free of GTK so it can be tested, printed and
 * used by the command line alike. */

static gboolean
strv_has (const char * const *strv,
          const char         *value)
{
  return strv != NULL && g_strv_contains (strv, value);
}

static gboolean
blocks_name_party (GPtrArray  *blocks,
                   const char *party_id)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      guint n = concord_block_get_n_runs (block);

      for (guint j = 0; j < n; j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_PARTY && g_strcmp0 (run->text, party_id) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether the clause names the party: as owner, on a side of a boundary,
 * as accountable or as the party answered to, or by a party reference in
 * its text. Clause headings are plain text and hold no references; a
 * defined term whose meaning names the party does not count, because the
 * clause itself does not name it. The structured fields count whatever
 * the clause's kind, so a clause whose kind was changed still shows. */
gboolean
concord_clause_concerns_party (ConcordClause *clause,
                               const char    *party_id)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (clause), FALSE);
  g_return_val_if_fail (party_id != NULL, FALSE);

  return g_strcmp0 (concord_clause_get_owner (clause), party_id) == 0 ||
         strv_has (concord_clause_get_side_a (clause), party_id) ||
         strv_has (concord_clause_get_side_b (clause), party_id) ||
         g_strcmp0 (concord_clause_get_accountable (clause), party_id) == 0 ||
         g_strcmp0 (concord_clause_get_to (clause), party_id) == 0 ||
         blocks_name_party (concord_clause_get_body (clause), party_id);
}

/* The clauses that concern a party, in printed order, as borrowed
 * pointers; with a NULL party, every clause. */
GPtrArray *
concord_memorandum_clauses_concerning (ConcordMemorandum *memorandum,
                                       const char        *party_id)
{
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *result;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  all = concord_memorandum_list_clauses (memorandum);
  if (party_id == NULL)
    return g_steal_pointer (&all);

  result = g_ptr_array_new ();
  for (guint i = 0; i < all->len; i++)
    if (concord_clause_concerns_party (g_ptr_array_index (all, i), party_id))
      g_ptr_array_add (result, g_ptr_array_index (all, i));

  return result;
}

void
concord_summary_line_free (ConcordSummaryLine *line)
{
  if (line == NULL)
    return;

  g_free (line->clause_id);
  g_free (line->clause_number);
  g_free (line->title);
  g_free (line->detail);
  g_free (line);
}

gboolean
concord_summary_line_equal (const ConcordSummaryLine *a,
                            const ConcordSummaryLine *b)
{
  return a->kind == b->kind &&
         g_strcmp0 (a->clause_id, b->clause_id) == 0 &&
         g_strcmp0 (a->clause_number, b->clause_number) == 0 &&
         g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->detail, b->detail) == 0;
}

const char *
concord_summary_kind_title (ConcordSummaryKind kind)
{
  switch (kind)
    {
    case CONCORD_SUMMARY_COMMITMENT:
      return _("Commits to");
    case CONCORD_SUMMARY_BOUNDARY:
      return _("Boundaries");
    case CONCORD_SUMMARY_ANSWERS_TO:
      return _("Answers to");
    case CONCORD_SUMMARY_HOLDS_TO_ACCOUNT:
      return _("Holds to account");
    case CONCORD_SUMMARY_MENTION:
      return _("Also named in");
    case CONCORD_SUMMARY_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
area_words (const char *area,
            gboolean    capital)
{
  GString *out = g_string_new (NULL);

  for (const char *p = area; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-' || c == '_')
        c = ' ';
      else if (capital && p == area)
        c = g_unichar_toupper (c);
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* "peer-challenge" → "Peer challenge": area tags are identifiers, the
 * screen and the page show them as words. */
char *
concord_area_label (const char *area)
{
  g_return_val_if_fail (area != NULL, NULL);

  return area_words (area, TRUE);
}

/* "Peer challenge, inspection", or in running text "peer challenge,
 * inspection". */
static char *
areas_label (const char * const *areas,
             gboolean            capital)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    {
      g_autofree char *words = area_words (areas[i], capital && i == 0);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, words);
    }

  return g_string_free (out, FALSE);
}

/* The parties across a boundary from the party: the other side, or both
 * sides less the party itself when it is named on both. */
static char *
other_side (ConcordMemorandum *memorandum,
            ConcordClause     *clause,
            const char        *party_id)
{
  const char * const *a = concord_clause_get_side_a (clause);
  const char * const *b = concord_clause_get_side_b (clause);
  gboolean in_a = strv_has (a, party_id);
  gboolean in_b = strv_has (b, party_id);
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  for (guint i = 0; (in_b || !in_a) && a != NULL && a[i] != NULL; i++)
    if (g_strcmp0 (a[i], party_id) != 0)
      g_ptr_array_add (others, (gpointer) a[i]);
  for (guint i = 0; (in_a || !in_b) && b != NULL && b[i] != NULL; i++)
    if (g_strcmp0 (b[i], party_id) != 0)
      g_ptr_array_add (others, (gpointer) b[i]);
  g_ptr_array_add (others, NULL);

  return concord_party_list_render (memorandum, (const char * const *) others->pdata);
}

static char *
with_areas (char               *text,
            const char * const *areas)
{
  g_autofree char *owned = text;
  g_autofree char *where = areas_label (areas, TRUE);

  if (*where == '\0')
    return g_steal_pointer (&owned);

  return g_strdup_printf (_("%s · %s"), owned, where);
}

static char *
describe_boundary (ConcordMemorandum *memorandum,
                   ConcordClause     *clause,
                   const char        *party_id)
{
  g_autofree char *others = other_side (memorandum, clause, party_id);

  return with_areas (*others != '\0' ? g_strdup_printf (_("With %s"), others)
                                     : g_strdup (_("With nobody named")),
                     concord_clause_get_areas (clause));
}

static char *
render_party (ConcordMemorandum *memorandum,
              const char        *party_id)
{
  const char *ids[] = { party_id, NULL };

  return party_id != NULL ? concord_party_list_render (memorandum, ids) : NULL;
}

/* "To DfE, through reporting and audit" when the party answers; "Councils,
 * through inspection" when others answer to it. The sentence is the
 * interface's, and so are the mechanisms in it; the names are the
 * memorandum's. */
static char *
describe_accountability (ConcordMemorandum *memorandum,
                         ConcordClause     *clause,
                         gboolean           answers)
{
  g_autofree char *how = concord_mechanisms_label (concord_clause_get_mechanisms (clause));
  g_autofree char *who = NULL;
  char *text;

  if (answers)
    {
      g_autofree char *to = render_party (memorandum, concord_clause_get_to (clause));
      const char *body = concord_clause_get_to_body (clause);

      who = g_strdup_printf (_("To %s"), to ? to : body ? body : _("nobody named"));
    }
  else
    {
      who = render_party (memorandum, concord_clause_get_accountable (clause));
      if (who == NULL)
        who = g_strdup (_("Nobody named"));
    }

  text = *how != '\0' ? g_strdup_printf (_("%s, through %s"), who, how) : g_strdup (who);

  return with_areas (text, concord_clause_get_areas (clause));
}

static ConcordSummaryKind
classify (ConcordClause *clause,
          const char    *party_id)
{
  switch (concord_clause_get_kind (clause))
    {
    case CONCORD_CLAUSE_KIND_ROLE:
      if (g_strcmp0 (concord_clause_get_owner (clause), party_id) == 0)
        return CONCORD_SUMMARY_COMMITMENT;
      break;
    case CONCORD_CLAUSE_KIND_BOUNDARY:
      if (strv_has (concord_clause_get_side_a (clause), party_id) ||
          strv_has (concord_clause_get_side_b (clause), party_id))
        return CONCORD_SUMMARY_BOUNDARY;
      break;
    case CONCORD_CLAUSE_KIND_ACCOUNTABILITY:
      if (g_strcmp0 (concord_clause_get_accountable (clause), party_id) == 0)
        return CONCORD_SUMMARY_ANSWERS_TO;
      if (g_strcmp0 (concord_clause_get_to (clause), party_id) == 0)
        return CONCORD_SUMMARY_HOLDS_TO_ACCOUNT;
      break;
    case CONCORD_CLAUSE_KIND_GENERAL:
    default:
      break;
    }

  return CONCORD_SUMMARY_MENTION;
}

static char *
describe (ConcordMemorandum  *memorandum,
          ConcordClause      *clause,
          const char         *party_id,
          ConcordSummaryKind  kind)
{
  switch (kind)
    {
    case CONCORD_SUMMARY_COMMITMENT:
      {
        g_autofree char *where = areas_label (concord_clause_get_areas (clause), FALSE);

        return *where ? g_strdup_printf (_("Responsible for %s"), where)
                      : g_strdup (_("Responsible; no area given"));
      }
    case CONCORD_SUMMARY_BOUNDARY:
      return describe_boundary (memorandum, clause, party_id);
    case CONCORD_SUMMARY_ANSWERS_TO:
      return describe_accountability (memorandum, clause, TRUE);
    case CONCORD_SUMMARY_HOLDS_TO_ACCOUNT:
      return describe_accountability (memorandum, clause, FALSE);
    case CONCORD_SUMMARY_MENTION:
    case CONCORD_SUMMARY_N_KINDS:
    default:
      {
        g_autofree char *facts = concord_clause_describe_facts (memorandum, clause);

        return facts != NULL ? g_steal_pointer (&facts) : g_strdup (_("Named in the text"));
      }
    }
}

static ConcordSummaryLine *
line_new (ConcordMemorandum  *memorandum,
          ConcordNumbering   *numbering,
          ConcordClause      *clause,
          const char         *party_id,
          ConcordSummaryKind  kind)
{
  ConcordSummaryLine *line = g_new0 (ConcordSummaryLine, 1);
  const char *number = concord_numbering_get_clause (numbering, clause);
  const char *heading = concord_clause_get_heading (clause);

  line->kind = kind;
  line->clause_id = g_strdup (concord_clause_get_id (clause));
  line->clause_number = g_strdup (number);
  if (heading != NULL && *heading != '\0')
    line->title = g_strdup (heading);
  else if (number != NULL)
    line->title = g_strdup_printf (_("Clause %s"), number);
  else
    line->title = g_strdup (_("Unnumbered clause"));
  line->detail = describe (memorandum, clause, party_id, kind);

  return line;
}

/* One line per clause that concerns the party, grouped by what the clause
 * says about it (see ConcordSummaryKind), in printed order within each
 * group. Every clause of concord_memorandum_clauses_concerning() appears
 * exactly once. */
GPtrArray *
concord_party_summary_build (ConcordMemorandum *memorandum,
                             const char        *party_id)
{
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  GPtrArray *lines;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);
  g_return_val_if_fail (party_id != NULL, NULL);

  clauses = concord_memorandum_clauses_concerning (memorandum, party_id);
  numbering = concord_numbering_new (memorandum);
  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_summary_line_free);
  for (int kind = 0; kind < CONCORD_SUMMARY_N_KINDS; kind++)
    for (guint i = 0; i < clauses->len; i++)
      {
        ConcordClause *clause = g_ptr_array_index (clauses, i);

        if ((int) classify (clause, party_id) == kind)
          g_ptr_array_add (lines, line_new (memorandum, numbering, clause, party_id, kind));
      }

  return lines;
}

/* How many lines each group of the party's summary has, without the
 * words: cheap enough to run for every party after every edit. */
void
concord_party_summary_count (ConcordMemorandum *memorandum,
                             const char        *party_id,
                             guint              counts[CONCORD_SUMMARY_N_KINDS])
{
  g_autoptr(GPtrArray) clauses = NULL;

  g_return_if_fail (CONCORD_IS_MEMORANDUM (memorandum));
  g_return_if_fail (party_id != NULL);

  memset (counts, 0, CONCORD_SUMMARY_N_KINDS * sizeof (guint));
  clauses = concord_memorandum_clauses_concerning (memorandum, party_id);
  for (guint i = 0; i < clauses->len; i++)
    counts[classify (g_ptr_array_index (clauses, i), party_id)]++;
}

static const char *
party_title (ConcordMemorandum *memorandum,
             const char        *party_id)
{
  ConcordParty *party = concord_memorandum_find_party (memorandum, party_id);
  const char *name = party != NULL ? concord_party_get_display_name (party, TRUE) : NULL;

  return name != NULL ? name : party_id;
}

/* The summary as plain text, grouped under headings: what the PDF prints
 * and what tests compare. */
char *
concord_party_summary_to_text (ConcordMemorandum *memorandum,
                               const char        *party_id)
{
  g_autoptr(GPtrArray) lines = NULL;
  GString *out;
  int kind = -1;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);
  g_return_val_if_fail (party_id != NULL, NULL);

  lines = concord_party_summary_build (memorandum, party_id);
  out = g_string_new (NULL);
  g_string_append_printf (out, _("As %s\n"), party_title (memorandum, party_id));
  for (guint i = 0; i < lines->len; i++)
    {
      ConcordSummaryLine *line = g_ptr_array_index (lines, i);

      if ((int) line->kind != kind)
        {
          kind = line->kind;
          g_string_append_printf (out, "\n%s\n", concord_summary_kind_title (line->kind));
        }
      g_string_append_printf (out, "  %s %s: %s\n", line->clause_number ? line->clause_number : "-",
                              line->title, line->detail);
    }
  if (lines->len == 0)
    g_string_append (out, _("\nNo clause names this party.\n"));

  return g_string_free (out, FALSE);
}

/* A short PDF of the summary, for a party to take to its own board: laid
 * out, paginated and written by the renderer, on the memorandum's pages. */

typedef struct
{
  ConcordMemorandum *memorandum;
  const char        *party_id;
} SummaryReport;

static void
build_summary (ConcordFlowBuilder *builder,
               gpointer            data)
{
  SummaryReport *report = data;
  g_autoptr(GPtrArray) lines = concord_party_summary_build (report->memorandum, report->party_id);
  g_autofree char *heading = g_strdup_printf (_("As %s"), party_title (report->memorandum, report->party_id));
  const char *title = concord_memorandum_get_title (report->memorandum);
  int kind = -1;

  _concord_flow_add_heading (builder, STYLE_TITLE, heading, 0);
  _concord_flow_add_marked (builder, STYLE_SUBTITLE, 0, title ? title : _("Memorandum of understanding"), NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      ConcordSummaryLine *line = g_ptr_array_index (lines, i);
      g_autofree char *entry = g_strdup_printf ("%s  %s",
                                                line->clause_number ? line->clause_number : "–",
                                                line->title);

      if ((int) line->kind != kind)
        {
          kind = line->kind;
          _concord_flow_add_heading (builder, STYLE_HEADING, concord_summary_kind_title (line->kind), 1);
        }
      _concord_flow_add_heading (builder, STYLE_CLAUSE_HEADING, entry, 0);
      _concord_flow_add_marked (builder, STYLE_FACTS, 0, line->detail, NULL);
    }
  if (lines->len == 0)
    _concord_flow_add_marked (builder, STYLE_BODY, 0, _("No clause names this party."), NULL);
}

gboolean
concord_party_summary_export_pdf (ConcordMemorandum  *memorandum,
                                  const char         *party_id,
                                  const char         *path,
                                  GError            **error)
{
  SummaryReport report = { memorandum, party_id };
  g_autoptr(ConcordDocumentLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *subject = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), FALSE);
  g_return_val_if_fail (party_id != NULL && path != NULL, FALSE);

  if (concord_memorandum_find_party (memorandum, party_id) == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND, _("no party “%s”"), party_id);
      return FALSE;
    }

  subject = g_strdup_printf (_("What %s commits to"), party_title (memorandum, party_id));
  /* Cairo 1.16 cannot set text on two threads at once (see
   * concord_render_lock): the preview may be laying out. */
  concord_render_lock ();
  layout = _concord_document_layout_new_custom (memorandum, NULL, build_summary, &report, error);
  if (layout != NULL)
    bytes = _concord_document_layout_write_pdf (layout, subject, error);
  g_clear_pointer (&layout, concord_document_layout_free);
  concord_render_unlock ();
  if (bytes == NULL)
    return FALSE;

  return concord_file_replace_atomic (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}
