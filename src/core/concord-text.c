/* concord-text.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-control-entry.h"
#include "concord-enums.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-table.h"
#include "concord-term.h"
#include "concord-text.h"
#include "concord-words.h"
#include "concord-wording.h"

/* Plain text, numbered as printed. It is what `git diff` shows through a
 * textconv, so each paragraph stays on one line: a changed word changes
 * one line of the diff. */

/* A word the memorandum prints, in its own language (concord-words.c). */
static const char *word (ConcordMemorandum *m,
                         const char        *english) G_GNUC_FORMAT (2);

static const char *
word (ConcordMemorandum *m,
      const char        *english)
{
  return concord_words_get (concord_memorandum_get_language (m), english);
}

char *
concord_field_render (const char *value,
                      const char *prompt,
                      const char *fallback_prompt)
{
  if (value != NULL)
    return g_strdup (value);

  if (prompt == NULL && fallback_prompt == NULL)
    return NULL;

  return g_strdup_printf ("[%s]", prompt != NULL ? prompt : fallback_prompt);
}

static void
append_party_name (GString           *out,
                   ConcordMemorandum *memorandum,
                   const char        *id,
                   gboolean           full)
{
  ConcordParty *party = concord_memorandum_find_party (memorandum, id);
  const char *name = party != NULL ? concord_party_get_display_name (party, full) : NULL;

  if (name != NULL)
    g_string_append (out, name);
  else if (party != NULL)
    {
      const char *prompt = concord_party_get_placeholder (party, full ? "name" : "short-name");

      if (prompt == NULL)
        prompt = concord_party_get_placeholder (party, "name");
      g_string_append_printf (out, "[%s]", prompt != NULL ? prompt : word (memorandum, "Party"));
    }
  else
    g_string_append_printf (out, "[%s]", id);
}

/* The first reference to an inline term defines it: "the Research and
 * Development Scheme (the Scheme)". Its meaning is not a walked part of
 * the text, so its own references never define again: no recursion. */
static void
append_inline_definition (GString           *out,
                          ConcordMemorandum *memorandum,
                          ConcordNumbering  *numbering,
                          ConcordTerm       *term)
{
  GPtrArray *meaning = concord_term_get_meaning (term);
  const char *name = concord_term_get_name (term) ? concord_term_get_name (term) : "";
  g_autofree char *said = meaning->len > 0
    ? concord_block_render (memorandum, numbering, g_ptr_array_index (meaning, 0)) : NULL;

  /* A meaning written as a sentence for the definitions ("… Act 2011.")
   * goes mid-sentence here, without its full stop. */
  if (said != NULL)
    {
      g_strchomp (said);
      if (g_str_has_suffix (said, ".") || g_str_has_suffix (said, ";"))
        said[strlen (said) - 1] = '\0';
    }
  if (said == NULL || *said == '\0')
    g_string_append (out, name);
  else
    g_string_append_printf (out, word (memorandum, "%s (%s)"), said, name);
}

/* One run as printed after the LEN bytes of BEFORE: a name that starts a
 * sentence starts with a capital ("The Treasurer will …", though the party
 * is "the Treasurer"). */
char *
concord_run_render_after (ConcordMemorandum *memorandum,
                          ConcordNumbering  *numbering,
                          const ConcordRun  *run,
                          const char        *before,
                          gsize              len)
{
  char *text = concord_run_render (memorandum, numbering, run);

  if (text != NULL && concord_run_starts_capital (run) && concord_text_ends_sentence (before, len))
    {
      char *capital = concord_text_capitalise (text);

      g_free (text);
      text = capital;
    }

  return text;
}

/* One run as printed: a reference shows the current name or number, so a
 * renamed party is renamed everywhere. */
char *
concord_run_render (ConcordMemorandum *memorandum,
                    ConcordNumbering  *numbering,
                    const ConcordRun  *run)
{
  GString *out = g_string_new (NULL);

  switch (run->kind)
    {
    case CONCORD_RUN_TEXT:
      g_string_append (out, run->text);
      break;
    case CONCORD_RUN_PARTY:
      append_party_name (out, memorandum, run->text, run->full_form);
      break;
    case CONCORD_RUN_TERM:
      {
        ConcordTerm *term = concord_memorandum_find_term (memorandum, run->text);
        const char *name = term != NULL ? concord_term_get_name (term) : NULL;

        if (term != NULL && numbering != NULL && concord_numbering_is_first_use (numbering, run))
          {
            append_inline_definition (out, memorandum, numbering, term);
            break;
          }
        /* A form the term no longer has prints as its name. */
        if (term != NULL && concord_term_has_form (term, run->form))
          name = run->form;
        g_string_append (out, name != NULL ? name : run->text);
      }
      break;
    case CONCORD_RUN_CLAUSE:
      {
        g_autofree char *number = numbering != NULL
          ? concord_numbering_render_ref (numbering, run->text, run->full_form) : NULL;

        if (number != NULL)
          g_string_append (out, number);
        else
          g_string_append_printf (out, "[%s]", word (memorandum, "missing clause"));
      }
      break;
    case CONCORD_RUN_PLACEHOLDER:
      g_string_append_printf (out, "[%s]", run->text);
      break;
    default:
      g_assert_not_reached ();
    }

  return g_string_free (out, FALSE);
}

/* Appends the block's text to @out, which holds what precedes it on the
 * line, so that a reference can tell whether it starts a sentence. */
static void
append_block_text (GString            *out,
                   ConcordMemorandum  *memorandum,
                   ConcordNumbering   *numbering,
                   const ConcordBlock *block)
{
  guint n = concord_block_get_n_runs (block);

  for (guint i = 0; i < n; i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);
      g_autofree char *text = NULL;

      /* Text prints as typed (concord_run_render), most runs of most
       * blocks: no copy. */
      if (run->kind == CONCORD_RUN_TEXT)
        {
          if (run->text != NULL)
            g_string_append (out, run->text);
          continue;
        }
      text = concord_run_render_after (memorandum, numbering, run, out->str, out->len);
      g_string_append (out, text);
    }
}

char *
concord_block_render (ConcordMemorandum  *memorandum,
                      ConcordNumbering   *numbering,
                      const ConcordBlock *block)
{
  GString *out;

  if (concord_block_get_table (block) != NULL)
    return concord_table_render (memorandum, numbering, concord_block_get_table (block), "");

  out = g_string_new (NULL);
  append_block_text (out, memorandum, numbering, block);

  return g_string_free (out, FALSE);
}

char *
concord_party_list_render (ConcordMemorandum  *memorandum,
                           const char * const *party_ids)
{
  GString *out = g_string_new (NULL);
  guint n = party_ids != NULL ? g_strv_length ((char **) party_ids) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) name = g_string_new (NULL);

      append_party_name (name, memorandum, party_ids[i], FALSE);
      if (i > 0)
        g_string_append (out, i + 1 == n ? concord_words_and (concord_memorandum_get_language (memorandum),
                                                               name->str)
                                         : ", ");
      g_string_append_len (out, name->str, name->len);
    }

  return g_string_free (out, FALSE);
}

/* The mechanisms of accountability by their English names: the printed
 * words' keys (concord-words.c), and the interface's messages. */
static const struct
{
  ConcordMechanism flag;
  const char      *name;
} mechanism_names[] = {
  /* Translators: a way a party is held to account, in a sentence after
   * "through": "To the Council, through reporting and audit". */
  { CONCORD_MECHANISM_REPORTING, NC_("accountability mechanism", "reporting") },
  { CONCORD_MECHANISM_INSPECTION, NC_("accountability mechanism", "inspection") },
  { CONCORD_MECHANISM_INTERVENTION, NC_("accountability mechanism", "intervention") },
  { CONCORD_MECHANISM_AUDIT, NC_("accountability mechanism", "audit") },
  { CONCORD_MECHANISM_ELECTION, NC_("accountability mechanism", "election") },
};

/* "reporting and audit": the mechanisms of an accountability clause, in
 * the words @language prints. */
char *
concord_mechanisms_render (ConcordMechanism  mechanisms,
                           const char       *language)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (mechanism_names); i++)
    if (mechanisms & mechanism_names[i].flag)
      g_ptr_array_add (parts, (gpointer) CONCORD_WORD (language, mechanism_names[i].name));

  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == parts->len
                              ? concord_words_and (language, g_ptr_array_index (parts, i))
                              : ", ");
      g_string_append (out, g_ptr_array_index (parts, i));
    }

  return g_string_free (out, FALSE);
}

/* The same list in the interface's language, for the sentences a view
 * says in it ("To the Council, through %s"); "" for none. */
char *
concord_mechanisms_label (ConcordMechanism mechanisms)
{
  g_autofree char *out = NULL;
  guint n = 0;
  guint seen = 0;

  for (guint i = 0; i < G_N_ELEMENTS (mechanism_names); i++)
    n += (mechanisms & mechanism_names[i].flag) != 0;

  for (guint i = 0; i < G_N_ELEMENTS (mechanism_names); i++)
    {
      const char *name;
      char *longer;

      if (!(mechanisms & mechanism_names[i].flag))
        continue;
      name = g_dpgettext2 (GETTEXT_PACKAGE, "accountability mechanism", mechanism_names[i].name);
      if (seen++ == 0)
        {
          out = g_strdup (name);
          continue;
        }
      /* Translators: the list of a clause's mechanisms of accountability,
       * "reporting and audit" (all are in "accountability mechanism"). */
      longer = g_strdup_printf (seen == n ? C_("list of mechanisms", "%s and %s")
                                          : C_("list of mechanisms", "%s, %s"), out, name);
      g_free (out);
      out = longer;
    }

  return out != NULL ? g_steal_pointer (&out) : g_strdup ("");
}

/* The structured facts of a role, boundary or accountability clause, in
 * one line: "Responsible: LGA", "Accountable: LGA to local communities,
 * through election". NULL for a general clause. */
char *
concord_clause_describe_facts (ConcordMemorandum *memorandum,
                               ConcordClause     *clause)
{
  const char *language = concord_memorandum_get_language (memorandum);
  const char *nobody = CONCORD_WORD (language, "nobody named");

  switch (concord_clause_get_kind (clause))
    {
    case CONCORD_CLAUSE_KIND_ROLE:
      {
        const char *owner[] = { concord_clause_get_owner (clause), NULL };
        g_autofree char *who = owner[0] ? concord_party_list_render (memorandum, owner) : NULL;

        return g_strdup_printf (CONCORD_WORD (language, "Responsible: %s"), who ? who : nobody);
      }
    case CONCORD_CLAUSE_KIND_BOUNDARY:
      {
        g_autofree char *a = concord_party_list_render (memorandum, concord_clause_get_side_a (clause));
        g_autofree char *b = concord_party_list_render (memorandum, concord_clause_get_side_b (clause));

        return g_strdup_printf (CONCORD_WORD (language, "Boundary between %s and %s"),
                                *a ? a : nobody, *b ? b : nobody);
      }
    case CONCORD_CLAUSE_KIND_ACCOUNTABILITY:
      {
        const char *who_id[] = { concord_clause_get_accountable (clause), NULL };
        const char *to_id[] = { concord_clause_get_to (clause), NULL };
        g_autofree char *who = who_id[0] ? concord_party_list_render (memorandum, who_id) : NULL;
        g_autofree char *to = to_id[0] ? concord_party_list_render (memorandum, to_id)
                                       : g_strdup (concord_clause_get_to_body (clause));
        g_autofree char *how = concord_mechanisms_render (concord_clause_get_mechanisms (clause), language);

        if (*how != '\0')
          return g_strdup_printf (CONCORD_WORD (language, "Accountable: %s to %s, through %s"),
                                  who ? who : nobody, to ? to : nobody, how);
        return g_strdup_printf (CONCORD_WORD (language, "Accountable: %s to %s"),
                                who ? who : nobody, to ? to : nobody);
      }
    case CONCORD_CLAUSE_KIND_GENERAL:
    default:
      return NULL;
    }
}

/* The name an enum value has in the file format and the plain text:
 * "draft", "proposed", "accountability". */
const char *
concord_enum_nick (GType type,
                   int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : "";
}

char *
concord_flags_nicks (GType       type,
                     guint       flags,
                     const char *separator)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  GString *nicks = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (flags & klass->values[i].value) == klass->values[i].value)
      g_string_append_printf (nicks, "%s%s", nicks->len > 0 ? separator : "", klass->values[i].value_nick);

  return g_string_free (nicks, FALSE);
}

static void
append_labelled (GString           *out,
                 ConcordMemorandum *memorandum,
                 ConcordNumbering  *numbering,
                 GPtrArray         *blocks,
                 GPtrArray         *labels,
                 const char        *indent)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = NULL;
      const char *label = g_ptr_array_index (labels, i);

      /* Each row of a table on its own line, indented like the text. */
      if (concord_block_get_table (block) != NULL)
        {
          g_autofree char *prefix = g_strconcat (indent, "  ", NULL);

          text = concord_table_render (memorandum, numbering, concord_block_get_table (block), prefix);
          g_string_append (out, text);
          g_string_append_c (out, '\n');
          continue;
        }
      text = concord_block_render (memorandum, numbering, block);

      /* An annex's sub-heading stands out from its paragraphs. */
      if (concord_block_get_kind (block) == CONCORD_BLOCK_HEADING)
        {
          g_string_append_printf (out, "%s  %s\n", i > 0 ? "\n" : "", text);
          continue;
        }
      g_string_append (out, indent);
      if (label != NULL)
        {
          if (concord_block_get_level (block) == 2)
            g_string_append (out, "  ");
          g_string_append (out, label);
          g_string_append_c (out, ' ');
        }
      g_string_append (out, text);
      g_string_append_c (out, '\n');
    }
}

static void
append_blocks (GString           *out,
               ConcordMemorandum *memorandum,
               ConcordNumbering  *numbering,
               const char        *clause_number,
               GPtrArray         *blocks,
               const char        *indent)
{
  g_autoptr(GPtrArray) labels = concord_numbering_label_blocks (numbering, clause_number, blocks);

  append_labelled (out, memorandum, numbering, blocks, labels, indent);
}

/* A detail line, printed when the field has a value or a prompt. */
static void
append_optional_field (GString           *out,
                       ConcordMemorandum *m,
                       const char        *field,
                       const char        *label)
{
  g_autofree char *value = NULL;
  g_autofree char *shown = NULL;
  const char *prompt = concord_memorandum_get_placeholder (m, field);

  g_object_get (m, field, &value, NULL);
  if (value == NULL && prompt == NULL)
    return;

  if (g_str_has_suffix (field, "-date") && value != NULL)
    {
      char *words = concord_date_render (value, concord_memorandum_get_language (m));

      g_free (value);
      value = words;
    }
  shown = concord_field_render (value, prompt, NULL);
  g_string_append_printf (out, "%s: %s\n", label, shown);
}

static void
append_details (GString           *out,
                ConcordMemorandum *m)
{
  g_autofree char *title = concord_field_render (concord_memorandum_get_title (m),
                                                 concord_memorandum_get_placeholder (m, "title"),
                                                 word (m, "Title"));
  const char *marking = concord_memorandum_get_marking (m);

  if (marking != NULL)
    g_string_append_printf (out, "%s\n\n", marking);
  g_string_append_printf (out, "%s\n\n", title);

  append_optional_field (out, m, "reference", word (m, "Reference"));
  if (concord_memorandum_get_printed_revision (m) != NULL)
    g_string_append_printf (out, word (m, "Revision: %s\n"), concord_memorandum_get_printed_revision (m));
  g_string_append_printf (out, word (m, "Status: %s\n"), concord_enum_nick (CONCORD_TYPE_STATUS, concord_memorandum_get_status (m)));
  append_optional_field (out, m, "effective-date", word (m, "Effective"));
  append_optional_field (out, m, "review-date", word (m, "Review"));
  for (const char * const *r = concord_memorandum_get_related (m); r != NULL && *r != NULL; r++)
    {
      g_autofree char *related = concord_related_render (*r, concord_memorandum_get_language (m));

      g_string_append_printf (out, word (m, "Related: %s\n"), related);
    }
}

static void
append_parties (GString           *out,
                ConcordMemorandum *m)
{
  GListModel *parties = concord_memorandum_get_parties (m);
  guint n = g_list_model_get_n_items (parties);

  g_string_append_printf (out, "\n%s\n\n", word (m, "Parties"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordParty) p = g_list_model_get_item (parties, i);
      g_autofree char *name = concord_field_render (concord_party_get_name (p),
                                                    concord_party_get_placeholder (p, "name"),
                                                    word (m, "Name"));
      g_autofree char *capital = concord_text_capitalise (name);
      g_autofree char *organisation = concord_field_render (concord_party_get_organisation (p),
                                                            concord_party_get_placeholder (p, "organisation"),
                                                            NULL);
      const char *short_name = concord_party_get_short_name (p);
      gboolean signatory = concord_party_get_kind (p) == CONCORD_PARTY_KIND_SIGNATORY;

      g_string_append_printf (out, "  %s", capital);
      if (organisation != NULL)
        g_string_append_printf (out, ", %s", organisation);
      if (short_name != NULL)
        g_string_append_printf (out, " (“%s”)", short_name);
      g_string_append_printf (out, ", %s%s\n", signatory ? word (m, "signatory") : word (m, "stakeholder"),
                              concord_party_get_office_holder (p) ? word (m, ", office holder") : "");
      if (concord_party_get_logo (p) != NULL)
        g_string_append_printf (out, "    %s\n", word (m, "[logo]"));
      if (concord_party_get_description (p) != NULL)
        g_string_append_printf (out, "    %s\n", concord_party_get_description (p));
      if (signatory)
        {
          g_autofree char *signing = concord_party_render_signing (p, concord_memorandum_get_language (m));

          g_string_append_printf (out, word (m, "    Signing: %s\n"), signing);
        }
    }
}

static void
append_definitions (GString           *out,
                    ConcordMemorandum *m,
                    ConcordNumbering  *numbering)
{
  GListModel *terms = concord_memorandum_get_terms (m);
  guint n = g_list_model_get_n_items (terms);
  gboolean heading = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);
      GPtrArray *meaning = concord_term_get_meaning (t);
      const char * const *forms = concord_term_get_forms (t);
      g_autoptr(GString) line = g_string_new (NULL);
      guint n_forms = forms != NULL ? g_strv_length ((char **) forms) : 0;

      /* An inline term is defined where the text first uses it. */
      if (concord_term_get_inline (t))
        continue;
      if (!heading)
        g_string_append_printf (out, "\n%s\n\n", word (m, "Definitions"));
      heading = TRUE;

      /* The meaning goes on after "means", mid-sentence. */
      g_string_append_printf (line, "  “%s”", concord_term_get_name (t) ? concord_term_get_name (t) : "");
      for (guint j = 0; j < n_forms; j++)
        g_string_append_printf (line, "%s“%s”", j + 1 == n_forms ? concord_words_and (concord_memorandum_get_language (m), forms[j])
                                                                     : ", ", forms[j]);
      g_string_append (line, n_forms > 0 ? word (m, " mean ") : word (m, " means "));
      if (meaning->len > 0)
        append_block_text (line, m, numbering, g_ptr_array_index (meaning, 0));
      g_string_append_printf (out, "%s\n", line->str);
    }
}

static void
append_clause (GString           *out,
               ConcordMemorandum *m,
               ConcordNumbering  *numbering,
               ConcordClause     *clause)
{
  const char *number = concord_numbering_get_clause (numbering, clause);
  const char *heading = concord_clause_get_heading (clause);
  g_autofree char *facts = concord_clause_describe_facts (m, clause);
  const char * const *areas = concord_clause_get_areas (clause);
  const char * const *notes = concord_clause_get_notes (clause);

  g_string_append_c (out, '\n');
  /* Appended, not printed: these are on every clause. */
  if (number != NULL || heading != NULL)
    {
      g_string_append (out, number ? number : "");
      g_string_append (out, number && heading ? " " : "");
      g_string_append (out, heading ? heading : "");
      g_string_append_c (out, '\n');
    }
  if (facts != NULL)
    {
      g_string_append (out, "    ");
      g_string_append (out, facts);
      g_string_append_c (out, '\n');
    }
  if (areas != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) areas);

      g_string_append_printf (out, word (m, "    Areas: %s\n"), joined);
    }
  if (concord_clause_get_status (clause) != CONCORD_CLAUSE_STATUS_AGREED)
    g_string_append_printf (out, word (m, "    Status: %s\n"),
                            concord_enum_nick (CONCORD_TYPE_CLAUSE_STATUS, concord_clause_get_status (clause)));
  append_blocks (out, m, numbering, number, concord_clause_get_body (clause), "    ");
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    g_string_append_printf (out, word (m, "    Note: %s\n"), notes[i]);
}

static void
append_body (GString           *out,
             ConcordMemorandum *m,
             ConcordNumbering  *numbering)
{
  GListModel *sections = concord_memorandum_get_sections (m);
  GListModel *annexes = concord_memorandum_get_annexes (m);
  guint n = g_list_model_get_n_items (sections);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);
      const char *number = concord_numbering_get_section (numbering, s);
      guint n_clauses = concord_section_get_n_clauses (s);

      g_string_append_c (out, '\n');
      g_string_append (out, number ? number : "");
      g_string_append (out, number ? " " : "");
      g_string_append (out, concord_section_get_heading (s) ? concord_section_get_heading (s) : "");
      g_string_append_c (out, '\n');
      for (guint j = 0; j < n_clauses; j++)
        append_clause (out, m, numbering, concord_section_get_clause (s, j));
    }

  n = g_list_model_get_n_items (annexes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);
      g_autoptr(GPtrArray) labels = concord_numbering_label_annex (numbering, a);

      g_string_append_printf (out, "\n%s: %s\n\n", concord_numbering_get_annex (numbering, a),
                              concord_annex_get_heading (a) ? concord_annex_get_heading (a) : "");

      append_labelled (out, m, numbering, concord_annex_get_body (a), labels, "    ");
    }
}

/**
 * concord_signature_render_lines:
 * @heading: (out): "Signed for and on behalf of …"
 * @who: (out) (nullable): "Name, Title" (or a prompt for each), or %NULL
 *   when the block prints neither line
 * @when: (out): "Date, Place" (or their prompts)
 *
 * A signature block as lines of plain text, for the text and the word
 * processors' files alike.
 */
void
concord_signature_render_lines (ConcordMemorandum  *m,
                                ConcordSignature   *s,
                                char              **heading,
                                char              **who,
                                char              **when)
{
  g_auto(ConcordSigning) signing = { 0 };
  g_autofree char *person = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = concord_field_render (concord_signature_get_date (s),
                                                concord_signature_get_placeholder (s, "date"), word (m, "Date"));
  g_autofree char *place = concord_field_render (concord_signature_get_place (s),
                                                 concord_signature_get_placeholder (s, "place"), word (m, "Place"));

  concord_signing_init (&signing, m, s);
  person = concord_field_render (signing.person, concord_signature_get_placeholder (s, "person"),
                                 signing.name_line ? word (m, "Name") : NULL);
  title = concord_field_render (signing.office, concord_signature_get_placeholder (s, "title"),
                                signing.title_line ? word (m, "Title") : NULL);
  *heading = g_strdup (signing.heading);
  *who = person != NULL || title != NULL
         ? g_strdup_printf ("%s%s%s", person ? person : "", person && title ? ", " : "", title ? title : "")
         : NULL;
  *when = g_strdup_printf ("%s, %s", date, place);
}

static void
append_signatures (GString           *out,
                   ConcordMemorandum *m)
{
  GListModel *sigs = concord_memorandum_get_signatures (m);
  guint n = g_list_model_get_n_items (sigs);

  if (n == 0)
    return;

  g_string_append_printf (out, "\n%s\n", word (m, "Signatures"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordSignature) s = g_list_model_get_item (sigs, i);
      g_autofree char *heading = NULL;
      g_autofree char *who = NULL;
      g_autofree char *when = NULL;

      concord_signature_render_lines (m, s, &heading, &who, &when);
      g_string_append_printf (out, "\n  %s\n", heading);
      if (who != NULL)
        g_string_append_printf (out, "    %s\n", who);
      g_string_append_printf (out, "    %s\n", when);
    }
}

static void
append_control (GString           *out,
                ConcordMemorandum *m)
{
  GListModel *entries = concord_memorandum_get_control_entries (m);
  guint n = g_list_model_get_n_items (entries);

  if (n == 0)
    return;

  g_string_append_printf (out, "\n%s\n\n", word (m, "Document control"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordControlEntry) e = g_list_model_get_item (entries, i);
      g_autofree char *date = concord_date_render (concord_control_entry_get_date (e), concord_memorandum_get_language (m));

      g_string_append_printf (out, "  %s  %s  %s  %s\n",
                              concord_control_entry_get_version (e),
                              date != NULL ? date : "-",
                              concord_control_entry_get_author (e) ? concord_control_entry_get_author (e) : "-",
                              concord_control_entry_get_summary (e) ? concord_control_entry_get_summary (e) : "");
    }
}

char *
concord_memorandum_to_text (ConcordMemorandum *memorandum)
{
  g_autoptr(ConcordNumbering) numbering = NULL;
  GString *out;
  GPtrArray *recitals;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  numbering = concord_numbering_new (memorandum);
  out = g_string_sized_new (1024 + 1000 * concord_memorandum_count_clauses (memorandum));
  append_details (out, memorandum);
  append_parties (out, memorandum);
  append_definitions (out, memorandum, numbering);
  recitals = concord_memorandum_get_recitals (memorandum);
  if (recitals->len > 0)
    {
      g_string_append_printf (out, "\n%s\n\n", word (memorandum, "Background"));
      append_blocks (out, memorandum, numbering, NULL, recitals, "  ");
    }
  append_body (out, memorandum, numbering);
  append_signatures (out, memorandum);
  append_control (out, memorandum);

  return g_string_free (out, FALSE);
}

/**
 * concord_blocks_opening:
 * @numbering: (nullable): for references to clauses
 * @blocks: (nullable) (element-type ConcordBlock): paragraphs
 *
 * The opening words of the first paragraph with any text, as printed, to
 * name an item that has no heading: at most %CONCORD_OPENING_CHARS
 * characters, cut at a word and ended with "…" when cut. Only as much of
 * the text as that needs is rendered.
 *
 * Returns: (transfer full) (nullable): the words, or %NULL when no
 *   paragraph has any text
 */
char *
concord_blocks_opening (ConcordMemorandum *m,
                        ConcordNumbering  *numbering,
                        GPtrArray         *blocks)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean cut = FALSE;
  const char *end;

  for (guint i = 0; blocks != NULL && i < blocks->len && text->len == 0; i++)
    {
      ConcordBlock *block = g_ptr_array_index (blocks, i);

      for (guint r = 0; r < concord_block_get_n_runs (block) && !cut; r++)
        {
          const ConcordRun *run = concord_block_get_run (block, r);
          /* As printed: "The HWB reports …", though the party is "the HWB". */
          g_autofree char *rendered = run->kind == CONCORD_RUN_TEXT ? NULL
                                      : concord_run_render_after (m, numbering, run, text->str, text->len);
          const char *piece = rendered != NULL ? rendered : run->text;

          if (piece == NULL)
            continue;
          /* A long run is cut before it is copied. */
          end = g_utf8_offset_to_pointer (piece, MIN (g_utf8_strlen (piece, 4 * CONCORD_OPENING_CHARS), CONCORD_OPENING_CHARS + 1));
          g_string_append_len (text, piece, end - piece);
          cut = g_utf8_strlen (text->str, -1) > CONCORD_OPENING_CHARS;
        }
      g_strstrip (text->str);
      g_string_set_size (text, strlen (text->str));
    }
  if (text->len == 0)
    return NULL;
  for (char *c = text->str; *c != '\0'; c++)
    if (*c == '\n' || *c == '\t')
      *c = ' ';
  if (cut)
    {
      char *limit = g_utf8_offset_to_pointer (text->str, CONCORD_OPENING_CHARS);
      char *space;

      *limit = '\0';
      space = strrchr (text->str, ' ');
      if (space != NULL && space > text->str + CONCORD_OPENING_CHARS / 2)
        *space = '\0';
      g_string_set_size (text, strlen (text->str));
      g_strchomp (text->str);
      g_string_set_size (text, strlen (text->str));
      g_string_append (text, "…");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
