/* concord-standard-sections.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-standard-sections"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-block.h"
#include "concord-clause.h"
#include "concord-memorandum.h"
#include "concord-section.h"
#include "concord-standard-sections.h"
#include "concord-words.h"

/* The sections that public guidance on memoranda of understanding expects,
 * in the order a memorandum usually has them. Each comes with a starting
 * text: short, plain clauses, "[…]" marking a prompt for the drafter.
 * The starting texts print in the memorandum's language where Concord
 * has its words (concord-words.c: Welsh, French and Spanish), and a
 * bilingual memorandum gets them in both; another language gets them in
 * English to translate. */
typedef struct
{
  ConcordStandardSection  info;
  const char             *heading;
  const char             *clauses[3];
} Standard;

static const Standard standards[] = {
  { { "purpose", N_("Purpose"), N_("Why the parties make the memorandum"), FALSE, CONCORD_SECTION_KIND_PURPOSE, -1 },
    "Purpose",
    { "This memorandum sets out how [the parties] will work together to [the aim they share].", NULL } },
  { { "scope", N_("Scope"), N_("What the memorandum covers and what it leaves out"), FALSE,
      CONCORD_SECTION_KIND_SCOPE, -1 },
    "Scope",
    { "This memorandum covers [the services, functions or activities it applies to].",
      "It does not cover [what is left out].", NULL } },
  { { "definitions", N_("Definitions"), N_("The terms the memorandum defines"), TRUE, CONCORD_SECTION_KIND_GENERAL,
      -1 },
    NULL, { NULL } },
  { { "status", N_("Status"), N_("Whether the memorandum is legally binding"), FALSE, CONCORD_SECTION_KIND_STATUS,
      -1 },
    "Status",
    { "This memorandum is not legally binding. It records the intentions of the parties and creates no legal "
      "obligations between them.", NULL } },
  { { "principles", N_("Principles"), N_("How the parties mean to work together"), FALSE,
      CONCORD_SECTION_KIND_PRINCIPLES, -1 },
    "Principles",
    { "The parties will work together openly and in good faith, give one another the information each needs "
      "in good time, and [a further principle the parties agree].", NULL } },
  { { "roles", N_("Roles and Responsibilities"), N_("Who does what, and where each remit stops"), FALSE,
      CONCORD_SECTION_KIND_ROLES, CONCORD_SECTION_KIND_BOUNDARIES },
    "Roles and responsibilities",
    { "[The first party] will [what it is responsible for].",
      "[The second party] will [what it is responsible for].", NULL } },
  { { "governance", N_("Governance"), N_("Who oversees the memorandum, and who answers to whom"), FALSE,
      CONCORD_SECTION_KIND_GOVERNANCE, CONCORD_SECTION_KIND_ACCOUNTABILITY },
    "Governance",
    { "A joint group of [senior officers from each party] will oversee this memorandum. It will meet [how "
      "often] and report to [the body it answers to].", NULL } },
  { { "contacts", N_("Contacts"), N_("Whom each party names to deal with the others"), FALSE,
      CONCORD_SECTION_KIND_CONTACTS, -1 },
    "Contacts",
    { "Each party names a contact for this memorandum: [the name, role and address of each contact]. A party "
      "that changes its contact will tell the others in writing.", NULL } },
  { { "costs", N_("Costs"), N_("Who pays for what"), FALSE, CONCORD_SECTION_KIND_COSTS, -1 },
    "Costs",
    { "Each party will meet its own costs of taking part in this memorandum unless the parties agree otherwise "
      "in writing: [any costs the parties share, and how they share them].", NULL } },
  { { "data", N_("Data and Confidentiality"), N_("How information is shared and kept"), FALSE,
      CONCORD_SECTION_KIND_DATA, -1 },
    "Data and confidentiality",
    { "The parties will share personal data under this memorandum only as [the data-sharing agreement or the "
      "law that allows it] provides.",
      "Each party will keep confidential any information that another party gives it as confidential.", NULL } },
  { { "freedom-of-information", N_("Freedom of Information"), N_("Publication, and requests for information"),
      FALSE, CONCORD_SECTION_KIND_FREEDOM_OF_INFORMATION, -1 },
    "Freedom of information",
    { "This memorandum may be published. A party that receives a request for information about it under [the "
      "freedom of information law that applies] will consult the others before it replies.", NULL } },
  { { "intellectual-property", N_("Intellectual Property"), N_("Who owns what the parties bring and make"), FALSE,
      CONCORD_SECTION_KIND_INTELLECTUAL_PROPERTY, -1 },
    "Intellectual property",
    { "Each party keeps the intellectual property it brings to the work under this memorandum.",
      "[How the parties will own and use what they make together.]", NULL } },
  { { "review", N_("Review"), N_("When the parties look at the memorandum again"), FALSE,
      CONCORD_SECTION_KIND_REVIEW, -1 },
    "Review",
    { "The parties will review this memorandum by [the review date], and after that every [review period].",
      NULL } },
  { { "variation", N_("Variation"), N_("How the memorandum is changed"), FALSE, CONCORD_SECTION_KIND_VARIATION,
      -1 },
    "Variation",
    { "This memorandum may be varied only in writing, signed on behalf of every party.", NULL } },
  { { "disputes", N_("Dispute Resolution"), N_("How disagreements are settled"), FALSE,
      CONCORD_SECTION_KIND_DISPUTES, -1 },
    "Resolving disagreements",
    { "The parties will try to settle any disagreement about this memorandum between their contacts. One the "
      "contacts cannot settle goes to [senior officers of each party, and then to mediation].", NULL } },
  { { "termination", N_("Term and Termination"), N_("How long the memorandum lasts and how a party leaves it"),
      FALSE, CONCORD_SECTION_KIND_TERMINATION, -1 },
    "Term and termination",
    { "This memorandum runs from the date of the last signature until [the end date or event].",
      "A party may withdraw from it by giving the others [the notice period] notice in writing.", NULL } },
  { { "signatures", N_("Signatures"), N_("A signature block for each signatory"), TRUE,
      CONCORD_SECTION_KIND_GENERAL, -1 },
    NULL, { NULL } },
};

guint
concord_standard_sections_get_n (void)
{
  return G_N_ELEMENTS (standards);
}

const ConcordStandardSection *
concord_standard_section_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (standards), NULL);

  return &standards[index].info;
}

const ConcordStandardSection *
concord_standard_section_find (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (standards); i++)
    if (g_str_equal (standards[i].info.id, id))
      return &standards[i].info;

  return NULL;
}

static const Standard *
standard_of (const ConcordStandardSection *info)
{
  return (const Standard *) info;
}

static gboolean
counts_as (const ConcordStandardSection *standard,
           ConcordSectionKind            kind)
{
  return !standard->is_part && (kind == standard->kind || (int) kind == standard->also);
}

/**
 * concord_standard_section_find_in:
 *
 * Returns: (transfer none) (nullable): the first section of @memorandum of
 *   @standard's kind, or %NULL (always for definitions and signatures)
 */
ConcordSection *
concord_standard_section_find_in (const ConcordStandardSection *standard,
                                  ConcordMemorandum            *memorandum)
{
  GListModel *sections;

  g_return_val_if_fail (standard != NULL, NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  sections = concord_memorandum_get_sections (memorandum);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      /* The memorandum holds the section. */
      if (counts_as (standard, concord_section_get_kind (section)))
        return section;
    }

  return NULL;
}

/* Whether @memorandum has a section of @standard's kind; for definitions,
 * a term; for signatures, a signature block. */
gboolean
concord_standard_section_is_present (const ConcordStandardSection *standard,
                                     ConcordMemorandum            *memorandum)
{
  g_return_val_if_fail (standard != NULL, FALSE);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), FALSE);

  if (g_str_equal (standard->id, "definitions"))
    return g_list_model_get_n_items (concord_memorandum_get_terms (memorandum)) > 0;
  if (g_str_equal (standard->id, "signatures"))
    return g_list_model_get_n_items (concord_memorandum_get_signatures (memorandum)) > 0;

  return concord_standard_section_find_in (standard, memorandum) != NULL;
}

/* @stem, or @stem-2, -3 … : the first that nothing in @memorandum or
 * @section uses. */
static char *
free_id (ConcordMemorandum *memorandum,
         ConcordSection    *section,
         const char        *stem)
{
  char *id = g_strdup (stem);

  for (guint n = 2; concord_memorandum_has_id (memorandum, id) || (section != NULL && concord_section_find_clause (section, id) >= 0);
       n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", stem, n);
    }

  return id;
}

/* "Text [prompt] text": text runs and placeholder runs. */
static ConcordBlock *
starter_paragraph (const char *text)
{
  ConcordBlock *block = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 0);

  while (*text != '\0')
    {
      const char *open = strchr (text, '[');
      const char *close = open != NULL ? strchr (open, ']') : NULL;

      if (open == NULL || close == NULL)
        {
          concord_block_append_run (block, CONCORD_RUN_TEXT, text, FALSE);
          break;
        }
      if (open > text)
        {
          g_autofree char *words = g_strndup (text, open - text);

          concord_block_append_run (block, CONCORD_RUN_TEXT, words, FALSE);
        }
      {
        g_autofree char *prompt = g_strndup (open + 1, close - open - 1);

        concord_block_append_run (block, CONCORD_RUN_PLACEHOLDER, prompt, FALSE);
      }
      text = close + 1;
    }

  return block;
}

/**
 * concord_standard_section_new_starter:
 *
 * A section to start @standard from, for @memorandum (whose ids it
 * avoids): its heading and kind, and a clause or two of proposed text with
 * prompts to fill in. Not added to @memorandum.
 *
 * Returns: (transfer full) (nullable): the section, or %NULL for the
 *   definitions and the signatures, which are parts of their own
 */
ConcordSection *
concord_standard_section_new_starter (const ConcordStandardSection *standard,
                                      ConcordMemorandum            *memorandum)
{
  const Standard *s = standard_of (standard);
  g_autofree char *section_id = NULL;
  const char *language;
  const char *second;
  ConcordSection *section;

  g_return_val_if_fail (standard != NULL, NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  if (standard->is_part)
    return NULL;

  {
    g_autofree char *stem = g_strconcat ("section-", standard->id, NULL);

    section_id = free_id (memorandum, NULL, stem);
  }
  language = concord_memorandum_get_language (memorandum);
  second = concord_memorandum_is_bilingual (memorandum) ? concord_memorandum_get_translation_language (memorandum)
                                                        : NULL;
  section = concord_section_new (section_id);
  concord_section_set_kind (section, standard->kind);
  concord_section_set_heading (section, CONCORD_WORD (language, s->heading));
  if (second != NULL)
    concord_section_set_translated_heading (section, CONCORD_WORD (second, s->heading));
  for (guint i = 0; i < G_N_ELEMENTS (s->clauses) && s->clauses[i] != NULL; i++)
    {
      g_autofree char *clause_id = free_id (memorandum, section, standard->id);
      g_autoptr(ConcordClause) clause = concord_clause_new (clause_id);
      g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);

      g_ptr_array_add (body, starter_paragraph (CONCORD_WORD (language, s->clauses[i])));
      concord_clause_set_kind (clause, CONCORD_CLAUSE_KIND_GENERAL);
      concord_clause_set_status (clause, CONCORD_CLAUSE_STATUS_PROPOSED);
      concord_clause_set_body (clause, body);
      if (second != NULL)
        {
          g_autoptr(GPtrArray) translated = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);

          g_ptr_array_add (translated, starter_paragraph (CONCORD_WORD (second, s->clauses[i])));
          concord_clause_set_translated_body (clause, translated);
        }
      concord_section_append_clause (section, clause);
    }

  return section;
}

/* The rank of @kind in the checklist's order, or -1 for a general section. */
static int
rank_of (ConcordSectionKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (standards); i++)
    if (counts_as (&standards[i].info, kind))
      return (int) i;

  return -1;
}

/* Where in @memorandum's sections a starter for @standard goes: after the
 * last section that the checklist puts before it, else first. */
guint
concord_standard_section_insert_position (const ConcordStandardSection *standard,
                                          ConcordMemorandum            *memorandum)
{
  GListModel *sections;
  int rank = (int) (standard_of (standard) - standards);
  guint position = 0;

  g_return_val_if_fail (standard != NULL, 0);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), 0);

  sections = concord_memorandum_get_sections (memorandum);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      int other = rank_of (concord_section_get_kind (section));

      if (other >= 0 && other < rank)
        position = i + 1;
    }

  return position;
}
