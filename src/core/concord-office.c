/* concord-office.c: a memorandum as a word processor's document, DOCX or
 * ODT, for parties who draft in Word or LibreOffice.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-office"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <zip.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-control-entry.h"
#include "concord-diff.h"
#include "concord-enums.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-office-private.h"
#include "concord-party.h"
#include "concord-render-private.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-table.h"
#include "concord-term.h"
#include "concord-text.h"
#include "concord-words.h"
#include "concord-wording.h"
#include "concord-xml.h"

/* The document is built once, as paragraphs in the order they print
 * (cover details, parties, definitions, background, the sections and
 * their clauses, annexes, signatures, document control), and each format
 * writes those paragraphs its own way. Section and clause numbers are the
 * word processor's outline numbering wherever its count gives the number
 * Concord prints; a number its count cannot give (a gap the drafter
 * fixed, "2.4" after "2.2") restarts the count there, or, where the
 * format cannot restart one level alone, is typed. */

typedef struct
{
  ConcordMemorandum *m;
  ConcordNumbering  *numbering;
  /* Ids that a cross-reference points at -> the bookmark's name. */
  GHashTable        *referenced;
  GPtrArray         *paras;
  OfficeDoc         *doc;
  /* The outline's counts so far, as the word processor keeps them. */
  guint              counters[2];
  /* A redline: the comparison, each new clause's change, and the clauses
   * removed before each new clause (NULL key: after the last). */
  ConcordDiff       *diff;
  GHashTable        *changes;
  GHashTable        *removed;
  ConcordNumbering  *old_numbering;
} Builder;

static void
run_free (OfficeRun *run)
{
  g_free (run->text);
  g_free (run->bookmark);
  g_free (run);
}

static GPtrArray *
runs_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) run_free);
}

static void
para_free (OfficePara *para)
{
  g_free (para->label);
  g_free (para->bookmark);
  g_free (para->clause);
  g_clear_pointer (&para->runs, g_ptr_array_unref);
  g_clear_pointer (&para->rows, g_ptr_array_unref);
  g_free (para);
}

static OfficePara *
add_para (Builder    *b,
          OfficeKind  kind)
{
  OfficePara *para = g_new0 (OfficePara, 1);

  para->kind = kind;
  para->runs = runs_new ();
  g_ptr_array_add (b->paras, para);

  return para;
}

static void
add_run (GPtrArray     *runs,
         OfficeRunKind  kind,
         const char    *text,
         const char    *bookmark)
{
  OfficeRun *run;

  if (text == NULL || (*text == '\0' && kind != OFFICE_RUN_REF))
    return;
  /* Plain words join the run before. */
  if (kind == OFFICE_RUN_TEXT && runs->len > 0)
    {
      OfficeRun *last = g_ptr_array_index (runs, runs->len - 1);

      if (last->kind == OFFICE_RUN_TEXT)
        {
          char *joined = g_strconcat (last->text, text, NULL);

          g_free (last->text);
          last->text = joined;
          return;
        }
    }
  run = g_new0 (OfficeRun, 1);
  run->kind = kind;
  run->text = g_strdup (text);
  run->bookmark = g_strdup (bookmark);
  g_ptr_array_add (runs, run);
}

static const char *
word (Builder    *b,
      const char *english)
{
  return concord_words_get (concord_memorandum_get_language (b->m), english);
}

static const char *
bookmark_for (Builder    *b,
              const char *id)
{
  return id != NULL ? g_hash_table_lookup (b->referenced, id) : NULL;
}

/* References */

static void
note_references_in (Builder            *b,
                    const ConcordBlock *block)
{
  ConcordTable *table = concord_block_get_table (block);

  if (table != NULL)
    {
      for (guint r = 0; r < concord_table_get_n_rows (table); r++)
        for (guint c = 0; c < concord_table_get_n_columns (table); c++)
          {
            const ConcordBlock *cell = concord_table_get_cell (table, r, c);

            if (cell != NULL)
              note_references_in (b, cell);
          }
      return;
    }
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      if (run->kind == CONCORD_RUN_CLAUSE && run->text != NULL &&
          !g_hash_table_contains (b->referenced, run->text) &&
          concord_numbering_has_target (b->numbering, run->text))
        g_hash_table_insert (b->referenced, g_strdup (run->text),
                             g_strdup_printf ("ref_%u", g_hash_table_size (b->referenced) + 1));
    }
}

static void
note_references (Builder   *b,
                 GPtrArray *blocks)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    note_references_in (b, g_ptr_array_index (blocks, i));
}

static void
collect_references (Builder *b)
{
  GListModel *sections = concord_memorandum_get_sections (b->m);
  GListModel *annexes = concord_memorandum_get_annexes (b->m);
  GListModel *terms = concord_memorandum_get_terms (b->m);

  note_references (b, concord_memorandum_get_recitals (b->m));
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) term = g_list_model_get_item (terms, i);

      note_references (b, concord_term_get_meaning (term));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      for (guint c = 0; c < concord_section_get_n_clauses (section); c++)
        note_references (b, concord_clause_get_body (concord_section_get_clause (section, c)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);

      note_references (b, concord_annex_get_body (annex));
    }
}

/* Text */

/* A reference's words: any word before the number ("clause ") as text,
 * the number as a field on its bookmark. */
static void
add_reference (Builder          *b,
               GPtrArray        *runs,
               const ConcordRun *run,
               const char       *rendered)
{
  g_autofree char *number = concord_numbering_render_ref (b->numbering, run->text, FALSE);
  const char *bookmark = bookmark_for (b, run->text);

  if (number == NULL || bookmark == NULL || !g_str_has_suffix (rendered, number))
    {
      add_run (runs, OFFICE_RUN_TEXT, rendered, NULL);
      return;
    }
  {
    g_autofree char *before = g_strndup (rendered, strlen (rendered) - strlen (number));

    add_run (runs, OFFICE_RUN_TEXT, before, NULL);
  }
  add_run (runs, OFFICE_RUN_REF, number, bookmark);
}

/* @before: the paragraph's words ahead of the block, so that a reference
 * after them ("“we” means the Treasurer") is not capitalised as if it
 * began a sentence. */
static void
add_block_runs (Builder            *b,
                GPtrArray          *runs,
                const ConcordBlock *block,
                const char         *before)
{
  g_autoptr(GString) so_far = g_string_new (before);

  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);
      g_autofree char *text = concord_run_render_after (b->m, b->numbering, run, so_far->str, so_far->len);

      if (text == NULL)
        continue;
      if (run->kind == CONCORD_RUN_PLACEHOLDER)
        add_run (runs, OFFICE_RUN_PLACEHOLDER, text, NULL);
      else if (run->kind == CONCORD_RUN_CLAUSE)
        add_reference (b, runs, run, text);
      else
        add_run (runs, OFFICE_RUN_TEXT, text, NULL);
      g_string_append (so_far, text);
    }
}

static OfficePara *
add_text_para (Builder    *b,
               OfficeKind  kind,
               const char *text)
{
  OfficePara *para = add_para (b, kind);

  add_run (para->runs, OFFICE_RUN_TEXT, text, NULL);

  return para;
}

/* Numbers */

/* Whether @label is @n decimal numbers joined by dots (a trailing dot
 * allowed), each put in @values. */
gboolean
_concord_office_parse_label (const char *label,
             guint       n,
             guint      *values)
{
  g_autofree char *bare = g_strdup (label);
  g_auto(GStrv) parts = NULL;

  if (g_str_has_suffix (bare, "."))
    bare[strlen (bare) - 1] = '\0';
  parts = g_strsplit (bare, ".", -1);
  if (g_strv_length (parts) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      guint64 value;

      if (!g_ascii_string_to_unsigned (parts[i], 10, 1, 9999, &value, NULL))
        return FALSE;
      values[i] = (guint) value;
    }

  return TRUE;
}

/* How the paragraph at outline @level gets @label: from the count, from
 * a restarted count, or typed. */
static void
number_para (Builder    *b,
             OfficePara *para,
             guint       level,
             const char *label)
{
  guint want[2] = { 0, 0 };
  guint shown = level == 0 ? 0 : (b->doc->section_level > 0 && level == 2 ? 2 : 1);

  para->label = g_strdup (label);
  para->level = level;
  if (label == NULL)
    {
      para->number = OFFICE_NUMBER_NONE;
      return;
    }
  if (level == 0 || !_concord_office_parse_label (label, shown, want) ||
      (shown == 2 && want[0] != b->counters[0]))
    {
      para->number = OFFICE_NUMBER_TYPED;
      return;
    }

  para->number = want[shown - 1] == b->counters[level - 1] + 1 ? OFFICE_NUMBER_LIST : OFFICE_NUMBER_RESTART;
  para->start = want[shown - 1];
  b->counters[level - 1] = want[shown - 1];
  if (level == 1)
    b->counters[1] = 0;
}

/* Parts */

static void
build_details (Builder *b)
{
  ConcordMemorandum *m = b->m;
  const char *title = concord_memorandum_get_title (m);
  const char *prompt = concord_memorandum_get_placeholder (m, "title");
  const char *fields[][2] = {
    { "reference", "Reference" }, { "effective-date", "Effective" }, { "review-date", "Review" },
  };
  OfficePara *para = add_para (b, OFFICE_TITLE);

  if (title != NULL)
    add_run (para->runs, OFFICE_RUN_TEXT, title, NULL);
  else
    {
      g_autofree char *shown = concord_field_render (NULL, prompt, word (b, "Title"));

      add_run (para->runs, OFFICE_RUN_PLACEHOLDER, shown, NULL);
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *shown = NULL;
      const char *field_prompt = concord_memorandum_get_placeholder (m, fields[i][0]);

      g_object_get (m, fields[i][0], &value, NULL);
      if (value == NULL && field_prompt == NULL)
        continue;
      if (g_str_has_suffix (fields[i][0], "-date") && value != NULL)
        {
          char *words = concord_date_render (value, concord_memorandum_get_language (m));

          g_free (value);
          value = words;
        }
      shown = concord_field_render (value, field_prompt, NULL);
      para = add_para (b, OFFICE_DETAIL);
      add_run (para->runs, OFFICE_RUN_STRONG, word (b, fields[i][1]), NULL);
      add_run (para->runs, OFFICE_RUN_TEXT, ": ", NULL);
      add_run (para->runs, value != NULL ? OFFICE_RUN_TEXT : OFFICE_RUN_PLACEHOLDER, shown, NULL);
    }
  if (concord_memorandum_get_printed_revision (m) != NULL)
    {
      para = add_para (b, OFFICE_DETAIL);
      add_run (para->runs, OFFICE_RUN_STRONG, word (b, "Revision"), NULL);
      add_run (para->runs, OFFICE_RUN_TEXT, ": ", NULL);
      add_run (para->runs, OFFICE_RUN_TEXT, concord_memorandum_get_printed_revision (m), NULL);
    }
  para = add_para (b, OFFICE_DETAIL);
  add_run (para->runs, OFFICE_RUN_STRONG, word (b, "Status"), NULL);
  add_run (para->runs, OFFICE_RUN_TEXT, ": ", NULL);
  add_run (para->runs, OFFICE_RUN_TEXT,
           word (b, concord_enum_nick (CONCORD_TYPE_STATUS, concord_memorandum_get_status (m))), NULL);
}

static GPtrArray *
row_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

static GPtrArray *
cell_of_text (const char    *text,
              OfficeRunKind  kind)
{
  GPtrArray *cell = runs_new ();

  add_run (cell, kind, text, NULL);

  return cell;
}

static OfficePara *
add_table (Builder  *b,
           gboolean  header_row)
{
  OfficePara *para = add_para (b, OFFICE_TABLE);

  para->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  para->header_row = header_row;

  return para;
}

static void
build_parties (Builder *b)
{
  GListModel *parties = concord_memorandum_get_parties (b->m);
  OfficePara *table;
  GPtrArray *row;

  if (g_list_model_get_n_items (parties) == 0)
    return;
  add_text_para (b, OFFICE_PART, word (b, "Parties"));
  table = add_table (b, TRUE);
  row = row_new ();
  g_ptr_array_add (row, cell_of_text (word (b, "Party"), OFFICE_RUN_STRONG));
  g_ptr_array_add (row, cell_of_text (word (b, "Short name"), OFFICE_RUN_STRONG));
  g_ptr_array_add (row, cell_of_text (word (b, "Role"), OFFICE_RUN_STRONG));
  g_ptr_array_add (table->rows, row);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) p = g_list_model_get_item (parties, i);
      const char *name_prompt = concord_party_get_placeholder (p, "name");
      g_autofree char *name = concord_field_render (concord_party_get_name (p), name_prompt, word (b, "Name"));
      g_autofree char *capital = concord_text_capitalise (name);
      GPtrArray *cell = runs_new ();
      gboolean signatory = concord_party_get_kind (p) == CONCORD_PARTY_KIND_SIGNATORY;

      row = row_new ();
      add_run (cell, concord_party_get_name (p) != NULL ? OFFICE_RUN_TEXT : OFFICE_RUN_PLACEHOLDER, capital, NULL);
      if (concord_party_get_organisation (p) != NULL)
        {
          add_run (cell, OFFICE_RUN_TEXT, ", ", NULL);
          add_run (cell, OFFICE_RUN_TEXT, concord_party_get_organisation (p), NULL);
        }
      if (concord_party_get_description (p) != NULL)
        {
          add_run (cell, OFFICE_RUN_TEXT, ". ", NULL);
          add_run (cell, OFFICE_RUN_TEXT, concord_party_get_description (p), NULL);
        }
      g_ptr_array_add (row, cell);
      {
        g_autofree char *short_name = concord_field_render (concord_party_get_short_name (p),
                                                            concord_party_get_placeholder (p, "short-name"), NULL);

        g_ptr_array_add (row, cell_of_text (short_name != NULL ? short_name : "",
                                            concord_party_get_short_name (p) != NULL ? OFFICE_RUN_TEXT
                                                                                     : OFFICE_RUN_PLACEHOLDER));
      }
      g_ptr_array_add (row, cell_of_text (signatory ? word (b, "Signatory") : word (b, "Stakeholder"),
                                          OFFICE_RUN_TEXT));
      g_ptr_array_add (table->rows, row);
    }
}

static void
build_definitions (Builder *b)
{
  GListModel *terms = concord_memorandum_get_terms (b->m);
  const char *language = concord_memorandum_get_language (b->m);
  gboolean heading = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);
      GPtrArray *meaning = concord_term_get_meaning (t);
      const char * const *forms = concord_term_get_forms (t);
      guint n_forms = forms != NULL ? g_strv_length ((char **) forms) : 0;
      g_autofree char *name = g_strdup_printf ("“%s”", concord_term_get_name (t) ? concord_term_get_name (t) : "");
      OfficePara *para;

      /* An inline term is defined where the text first uses it. */
      if (concord_term_get_inline (t))
        continue;
      if (!heading)
        add_text_para (b, OFFICE_PART, word (b, "Definitions"));
      heading = TRUE;

      para = add_para (b, OFFICE_BODY);
      add_run (para->runs, OFFICE_RUN_STRONG, name, NULL);
      for (guint j = 0; j < n_forms; j++)
        {
          g_autofree char *form = g_strdup_printf ("“%s”", forms[j]);

          add_run (para->runs, OFFICE_RUN_TEXT, j + 1 == n_forms ? concord_words_and (language, forms[j]) : ", ",
                   NULL);
          add_run (para->runs, OFFICE_RUN_STRONG, form, NULL);
        }
      add_run (para->runs, OFFICE_RUN_TEXT, n_forms > 0 ? word (b, " mean ") : word (b, " means "), NULL);
      if (meaning->len > 0)
        {
          g_autoptr(GString) before = g_string_new (NULL);

          for (guint r = 0; r < para->runs->len; r++)
            g_string_append (before, ((OfficeRun *) g_ptr_array_index (para->runs, r))->text);
          add_block_runs (b, para->runs, g_ptr_array_index (meaning, 0), before->str);
        }
    }
}

static void
add_table_block (Builder      *b,
                 ConcordTable *table)
{
  OfficePara *para = add_table (b, concord_table_get_header (table));

  for (guint r = 0; r < concord_table_get_n_rows (table); r++)
    {
      GPtrArray *row = row_new ();

      for (guint c = 0; c < concord_table_get_n_columns (table); c++)
        {
          const ConcordBlock *cell = concord_table_get_cell (table, r, c);
          GPtrArray *runs = runs_new ();

          if (cell != NULL)
            add_block_runs (b, runs, cell, NULL);
          g_ptr_array_add (row, runs);
        }
      g_ptr_array_add (para->rows, row);
    }
}

/* A body's blocks, with the labels Concord prints before them typed: an
 * item's "(a)" or "3.2.1", an annex paragraph's "A.1". The first
 * paragraph of a clause without a heading may be taken by @first. */
static void
build_blocks (Builder    *b,
              GPtrArray  *blocks,
              GPtrArray  *labels,
              OfficePara *first)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      const char *label = labels != NULL ? g_ptr_array_index (labels, i) : NULL;
      OfficePara *para;

      if (concord_block_get_table (block) != NULL)
        {
          add_table_block (b, concord_block_get_table (block));
          continue;
        }
      if (i == 0 && first != NULL && concord_block_get_kind (block) == CONCORD_BLOCK_PARAGRAPH && label == NULL)
        para = first;
      else if (concord_block_get_kind (block) == CONCORD_BLOCK_HEADING)
        para = add_para (b, OFFICE_SUBHEADING);
      else if (concord_block_get_kind (block) == CONCORD_BLOCK_ITEM)
        {
          para = add_para (b, OFFICE_ITEM);
          para->level = MAX (concord_block_get_level (block), 1);
        }
      else
        para = add_para (b, OFFICE_BODY);
      if (para != first && label != NULL)
        {
          para->label = g_strdup (label);
          para->number = OFFICE_NUMBER_TYPED;
        }
      para->bookmark = g_strdup (bookmark_for (b, concord_block_get_id (block)));
      para->block = block;
      add_block_runs (b, para->runs, block, NULL);
    }
}

/* The line under a clause's heading that the PDF prints: its status
 * while not agreed, and who is responsible, bounded or accountable. */
static char *
facts_line (Builder       *b,
            ConcordClause *clause)
{
  g_autofree char *facts = concord_clause_describe_facts (b->m, clause);
  gboolean show_status = concord_clause_get_status (clause) != CONCORD_CLAUSE_STATUS_AGREED &&
                         concord_memorandum_prints_line (b->m, concord_memorandum_get_print_status (b->m));

  if (!concord_memorandum_prints_line (b->m, concord_memorandum_get_print_facts (b->m)))
    g_clear_pointer (&facts, g_free);
  if (facts == NULL && !show_status)
    return NULL;

  return g_strdup_printf ("%s%s%s%s", show_status ? "[" : "",
                          show_status ? word (b, concord_enum_nick (CONCORD_TYPE_CLAUSE_STATUS,
                                                                    concord_clause_get_status (clause)))
                                      : "",
                          show_status ? (facts != NULL ? "] " : "]") : "", facts != NULL ? facts : "");
}

/* A clause's number goes on what prints first: its heading, its facts
 * line, or its first paragraph. */
static void
build_clause_plain (Builder       *b,
                    ConcordClause *clause)
{
  const char *number = concord_numbering_get_clause (b->numbering, clause);
  const char *heading = concord_clause_get_heading (clause);
  GPtrArray *body = concord_clause_get_body (clause);
  g_autoptr(GPtrArray) labels = concord_numbering_label_blocks (b->numbering, number, body);
  g_autofree char *facts = facts_line (b, clause);
  guint marker_from = b->paras->len;
  OfficePara *first = NULL;
  OfficePara *para;

  if (heading != NULL && *heading != '\0')
    first = add_text_para (b, OFFICE_CLAUSE, heading);
  if (facts != NULL)
    {
      para = add_text_para (b, OFFICE_FACTS, facts);
      if (first == NULL)
        first = para;
    }
  if (first == NULL && number != NULL)
    {
      first = add_para (b, OFFICE_CLAUSE_TEXT);
      build_blocks (b, body, labels, first);
    }
  else
    build_blocks (b, body, labels, NULL);
  if (first != NULL)
    {
      number_para (b, first, b->doc->clause_level, number);
      /* The clause's own bookmark wins over its first block's. */
      if (bookmark_for (b, concord_clause_get_id (clause)) != NULL)
        {
          g_free (first->bookmark);
          first->bookmark = g_strdup (bookmark_for (b, concord_clause_get_id (clause)));
        }
    }

  /* The clause's mark goes on its first paragraph; a clause that starts
   * with a table, or has nothing at all, gets an empty one. */
  if (marker_from == b->paras->len ||
      ((OfficePara *) g_ptr_array_index (b->paras, marker_from))->kind == OFFICE_TABLE)
    {
      OfficePara *empty = add_para (b, OFFICE_BODY);

      g_ptr_array_steal_index (b->paras, b->paras->len - 1);
      g_ptr_array_insert (b->paras, marker_from, empty);
    }
  ((OfficePara *) g_ptr_array_index (b->paras, marker_from))->clause = g_strdup (concord_clause_get_id (clause));
}

/* Redlines */

static void
redline_runs (GPtrArray             *runs,
              const ConcordDiffWord *words,
              guint                  n)
{
  g_ptr_array_set_size (runs, 0);
  for (guint i = 0; i < n; i++)
    {
      const ConcordDiffWord *word = &words[i];
      g_autofree char *text = g_strconcat (word->space_before && i > 0 ? " " : "", word->text, NULL);

      add_run (runs, word->op == CONCORD_DIFF_INSERT ? OFFICE_RUN_INSERTED
                     : word->op == CONCORD_DIFF_DELETE ? OFFICE_RUN_DELETED : OFFICE_RUN_TEXT,
               text, NULL);
    }
}

/* Every paragraph from @from on, inserted or deleted as a whole. */
static void
mark_paras (Builder  *b,
            guint     from,
            gboolean  inserted)
{
  for (guint i = from; i < b->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (b->paras, i);

      para->inserted = inserted;
      para->deleted = !inserted;
      for (guint r = 0; para->runs != NULL && r < para->runs->len; r++)
        {
          OfficeRun *run = g_ptr_array_index (para->runs, r);

          run->kind = inserted ? OFFICE_RUN_INSERTED : OFFICE_RUN_DELETED;
          g_clear_pointer (&run->bookmark, g_free);
        }
      for (guint r = 0; para->rows != NULL && r < para->rows->len; r++)
        {
          GPtrArray *row = g_ptr_array_index (para->rows, r);

          for (guint c = 0; c < row->len; c++)
            {
              GPtrArray *cell = g_ptr_array_index (row, c);

              for (guint k = 0; k < cell->len; k++)
                ((OfficeRun *) g_ptr_array_index (cell, k))->kind = inserted ? OFFICE_RUN_INSERTED
                                                                             : OFFICE_RUN_DELETED;
            }
        }
    }
}

/* A clause the new version no longer has, where it was: its paragraphs
 * as the old version printed them, all deleted, its number typed (a
 * deleted paragraph the list counted would shift the numbers after it). */
static void
build_removed_clause (Builder       *b,
                      ConcordClause *clause)
{
  ConcordMemorandum *m = b->m;
  ConcordNumbering *numbering = b->numbering;
  guint counters[2] = { b->counters[0], b->counters[1] };
  guint from = b->paras->len;

  b->m = concord_diff_get_old (b->diff);
  b->numbering = b->old_numbering;
  build_clause_plain (b, clause);
  b->m = m;
  b->numbering = numbering;
  b->counters[0] = counters[0];
  b->counters[1] = counters[1];
  for (guint i = from; i < b->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (b->paras, i);

      if (para->number == OFFICE_NUMBER_LIST || para->number == OFFICE_NUMBER_RESTART)
        para->number = OFFICE_NUMBER_TYPED;
      g_clear_pointer (&para->clause, g_free);
      g_clear_pointer (&para->bookmark, g_free);
    }
  mark_paras (b, from, FALSE);
}

/* A clause, and in a redline what changed in it: an added clause all
 * inserted; a changed one with its heading's and text's words inserted
 * and deleted where they are; the clauses removed before it, deleted. */
static void
build_clause (Builder       *b,
              ConcordClause *clause)
{
  const ConcordDiffChange *change;
  guint from = b->paras->len;
  GPtrArray *removed;
  const ConcordDiffWord *words;
  guint n;

  if (b->diff == NULL)
    {
      build_clause_plain (b, clause);
      return;
    }
  removed = g_hash_table_lookup (b->removed, clause);
  for (guint i = 0; removed != NULL && i < removed->len; i++)
    build_removed_clause (b, g_ptr_array_index (removed, i));
  from = b->paras->len;
  build_clause_plain (b, clause);
  change = g_hash_table_lookup (b->changes, clause);
  if (change == NULL)
    return;
  if (concord_diff_change_get_kind (change) == CONCORD_DIFF_ADDED)
    {
      mark_paras (b, from, TRUE);
      return;
    }

  words = concord_diff_change_get_heading_words (change, &n);
  for (guint i = from; words != NULL && n > 0 && i < b->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (b->paras, i);

      if (para->kind == OFFICE_CLAUSE)
        {
          redline_runs (para->runs, words, n);
          break;
        }
    }

  words = concord_diff_change_get_body_words (change, &n);
  if (words != NULL && n > 0)
    {
      GPtrArray *body = concord_clause_get_body (clause);
      guint block = 0;
      guint start = 0;

      /* The words of each new block lie between the new side's breaks; a
       * break only the old side had joined two of its paragraphs. */
      for (guint w = 0; w <= n; w++)
        {
          gboolean end = w == n || (g_str_equal (words[w].text, "\n") && words[w].op != CONCORD_DIFF_DELETE);

          if (!end)
            continue;
          for (guint i = from; block < body->len && i < b->paras->len; i++)
            {
              OfficePara *para = g_ptr_array_index (b->paras, i);

              if (para->block == g_ptr_array_index (body, block) && para->kind != OFFICE_TABLE)
                {
                  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (ConcordDiffWord));

                  for (guint k = start; k < w; k++)
                    if (!g_str_equal (words[k].text, "\n"))
                      g_array_append_val (kept, words[k]);
                  redline_runs (para->runs, (const ConcordDiffWord *) (gpointer) kept->data, kept->len);
                  break;
                }
            }
          block++;
          start = w + 1;
        }
    }
}

static void
build_sections (Builder *b)
{
  GListModel *sections = concord_memorandum_get_sections (b->m);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);
      OfficePara *para = add_text_para (b, OFFICE_SECTION, concord_section_get_heading (s));

      number_para (b, para, b->doc->section_level, concord_numbering_get_section (b->numbering, s));
      para->bookmark = g_strdup (bookmark_for (b, concord_section_get_id (s)));
      for (guint j = 0; j < concord_section_get_n_clauses (s); j++)
        build_clause (b, concord_section_get_clause (s, j));
    }
  if (b->diff != NULL)
    {
      GPtrArray *last = g_hash_table_lookup (b->removed, NULL);

      for (guint i = 0; last != NULL && i < last->len; i++)
        build_removed_clause (b, g_ptr_array_index (last, i));
    }
}

static void
build_annexes (Builder *b)
{
  GListModel *annexes = concord_memorandum_get_annexes (b->m);

  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);
      g_autoptr(GPtrArray) labels = concord_numbering_label_annex (b->numbering, a);
      g_autofree char *title = g_strdup_printf ("%s: %s", concord_numbering_get_annex (b->numbering, a),
                                                concord_annex_get_heading (a) ? concord_annex_get_heading (a) : "");
      OfficePara *para = add_text_para (b, OFFICE_PART, title);

      para->bookmark = g_strdup (bookmark_for (b, concord_annex_get_id (a)));
      build_blocks (b, concord_annex_get_body (a), labels, NULL);
    }
}

static void
build_signatures (Builder *b)
{
  GListModel *sigs = concord_memorandum_get_signatures (b->m);

  if (g_list_model_get_n_items (sigs) == 0)
    return;
  add_text_para (b, OFFICE_PART, word (b, "Signatures"));
  for (guint i = 0; i < g_list_model_get_n_items (sigs); i++)
    {
      g_autoptr(ConcordSignature) s = g_list_model_get_item (sigs, i);
      g_autofree char *heading = NULL;
      g_autofree char *who = NULL;
      g_autofree char *when = NULL;
      OfficePara *para;

      concord_signature_render_lines (b->m, s, &heading, &who, &when);
      para = add_para (b, OFFICE_SIGNATURE);
      add_run (para->runs, OFFICE_RUN_STRONG, heading, NULL);
      /* The line to sign on. */
      add_text_para (b, OFFICE_SIGNATURE, "______________________________");
      if (who != NULL)
        add_text_para (b, OFFICE_SIGNATURE, who);
      add_text_para (b, OFFICE_SIGNATURE, when);
    }
}

static void
build_control (Builder *b)
{
  GListModel *entries = concord_memorandum_get_control_entries (b->m);
  OfficePara *table;
  GPtrArray *row;

  if (g_list_model_get_n_items (entries) == 0)
    return;
  add_text_para (b, OFFICE_PART, word (b, "Document control"));
  table = add_table (b, TRUE);
  row = row_new ();
  g_ptr_array_add (row, cell_of_text (word (b, "Version"), OFFICE_RUN_STRONG));
  g_ptr_array_add (row, cell_of_text (word (b, "Date"), OFFICE_RUN_STRONG));
  g_ptr_array_add (row, cell_of_text (word (b, "Author"), OFFICE_RUN_STRONG));
  g_ptr_array_add (row, cell_of_text (word (b, "Summary of change"), OFFICE_RUN_STRONG));
  g_ptr_array_add (table->rows, row);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(ConcordControlEntry) e = g_list_model_get_item (entries, i);
      g_autofree char *date = concord_date_render (concord_control_entry_get_date (e),
                                                   concord_memorandum_get_language (b->m));

      row = row_new ();
      g_ptr_array_add (row, cell_of_text (concord_control_entry_get_version (e), OFFICE_RUN_TEXT));
      g_ptr_array_add (row, cell_of_text (date != NULL ? date : "", OFFICE_RUN_TEXT));
      g_ptr_array_add (row, cell_of_text (concord_control_entry_get_author (e) ? concord_control_entry_get_author (e)
                                                                                : "",
                                          OFFICE_RUN_TEXT));
      g_ptr_array_add (row, cell_of_text (concord_control_entry_get_summary (e) ? concord_control_entry_get_summary (e)
                                                                                 : "",
                                          OFFICE_RUN_TEXT));
      g_ptr_array_add (table->rows, row);
    }
}

/* The running head and foot, the properties. */
static void
describe_document (OfficeDoc *doc)
{
  ConcordMemorandum *m = doc->memorandum;
  const char *language = concord_memorandum_get_language (m);
  const char *marking = concord_memorandum_get_marking (m);
  gboolean draft = concord_memorandum_get_status (m) != CONCORD_STATUS_SIGNED ||
                   g_list_model_get_n_items (concord_memorandum_get_conflicts (m)) > 0;
  g_autofree char *authors = _concord_metadata_authors (m);
  const char *page = CONCORD_WORD (language, "Page %u of %u");
  const char *first = strstr (page, "%u");
  const char *second = first != NULL ? strstr (first + 2, "%u") : NULL;

  doc->language = language;
  doc->header_left = _concord_describe_header (m);
  if (draft)
    doc->header_right = marking != NULL ? g_strdup_printf ("%s · %s", CONCORD_WORD (language, "DRAFT"), marking)
                                        : g_strdup (CONCORD_WORD (language, "DRAFT"));
  else
    doc->header_right = g_strdup (marking);
  if (first != NULL && second != NULL)
    {
      doc->page_before = g_strndup (page, first - page);
      doc->page_between = g_strndup (first + 2, second - first - 2);
      doc->page_after = g_strdup (second + 2);
    }
  else
    {
      doc->page_before = g_strdup ("");
      doc->page_between = g_strdup (" / ");
      doc->page_after = g_strdup ("");
    }
  doc->title = g_strdup (concord_memorandum_get_title (m) ? concord_memorandum_get_title (m)
                                                          : CONCORD_WORD (language, "Memorandum of understanding"));
  doc->subject = g_strdup_printf (CONCORD_WORD (language, "Memorandum of understanding between %s"), authors);
  doc->keywords = _concord_metadata_keywords (m);
}

static void
office_doc_clear (OfficeDoc *doc)
{
  g_clear_pointer (&doc->targets, g_hash_table_unref);
  g_clear_pointer (&doc->paras, g_ptr_array_unref);
  g_free (doc->header_left);
  g_free (doc->header_right);
  g_free (doc->page_before);
  g_free (doc->page_between);
  g_free (doc->page_after);
  g_free (doc->title);
  g_free (doc->subject);
  g_free (doc->keywords);
  g_free (doc->author);
  g_free (doc->date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OfficeDoc, office_doc_clear)

static void
build (OfficeDoc   *doc,
       ConcordDiff *diff)
{
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (doc->memorandum);
  g_autoptr(GHashTable) referenced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) changes = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) removed = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(ConcordNumbering) old_numbering = NULL;
  Builder b = { doc->memorandum, numbering, referenced, NULL, doc, { 0, 0 }, diff, changes, removed, NULL };

  if (diff != NULL)
    {
      g_autoptr(GPtrArray) pending = g_ptr_array_new ();

      old_numbering = concord_numbering_new (concord_diff_get_old (diff));
      b.old_numbering = old_numbering;
      for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
        {
          const ConcordDiffChange *change = concord_diff_get_change (diff, i);
          GObject *object = concord_diff_change_get_new_object (change);

          if (object != NULL && CONCORD_IS_CLAUSE (object))
            g_hash_table_insert (changes, object, (gpointer) change);
        }
      /* A removed clause goes before the next clause the new version has. */
      for (guint r = 0; r < concord_diff_get_n_rows (diff); r++)
        {
          ConcordClause *old_clause = NULL;
          ConcordClause *new_clause = NULL;

          concord_diff_get_row (diff, r, &old_clause, &new_clause, NULL);
          if (new_clause == NULL && old_clause != NULL)
            g_ptr_array_add (pending, old_clause);
          else if (new_clause != NULL && pending->len > 0)
            {
              g_hash_table_insert (removed, new_clause, g_steal_pointer (&pending));
              pending = g_ptr_array_new ();
            }
        }
      if (pending->len > 0)
        g_hash_table_insert (removed, NULL, g_steal_pointer (&pending));
    }

  doc->paras = g_ptr_array_new_with_free_func ((GDestroyNotify) para_free);
  b.paras = doc->paras;
  doc->trailing_dot = concord_memorandum_get_number_format (doc->memorandum) == CONCORD_NUMBER_FORMAT_TRAILING_DOT;
  /* Hierarchical numbering: sections 1, clauses 1.1. Continuous: clauses
   * 1, 2, 3 through the sections, which are not numbered. */
  if (concord_memorandum_get_numbering (doc->memorandum) == CONCORD_NUMBERING_HIERARCHICAL)
    {
      doc->section_level = 1;
      doc->clause_level = 2;
    }
  else
    {
      doc->section_level = 0;
      doc->clause_level = 1;
    }
  describe_document (doc);
  collect_references (&b);
  build_details (&b);
  build_parties (&b);
  build_definitions (&b);
  if (concord_memorandum_get_recitals (doc->memorandum)->len > 0)
    {
      GPtrArray *recitals = concord_memorandum_get_recitals (doc->memorandum);
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

      /* (A), (B), (C), as the PDF letters them. */
      for (guint i = 0; i < recitals->len; i++)
        g_ptr_array_add (labels, i < 26 ? g_strdup_printf ("(%c)", 'A' + i) : g_strdup_printf ("(%u)", i + 1));
      add_text_para (&b, OFFICE_PART, word (&b, "Background"));
      build_blocks (&b, recitals, labels, NULL);
    }
  build_sections (&b);
  build_annexes (&b);
  build_signatures (&b);
  build_control (&b);

  doc->targets = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < doc->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (doc->paras, i);

      if (para->bookmark != NULL)
        g_hash_table_insert (doc->targets, para->bookmark, para);
    }
}

/* Whether the reference @run can be a field: its target is numbered by
 * the word processor's list. */
gboolean
_concord_office_ref_is_field (OfficeDoc *doc,
                              OfficeRun *run)
{
  OfficePara *target = run->bookmark != NULL ? g_hash_table_lookup (doc->targets, run->bookmark) : NULL;

  return target != NULL && target->listed;
}

/* XML and zip */

/* @text as XML character data or an attribute value; characters XML
 * cannot hold (controls other than tab and newline) are left out. */
void
_concord_office_escape (GString    *out,
                        const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if ((guchar) p[0] == 0xef && (guchar) p[1] == 0xbf && ((guchar) p[2] == 0xbe || (guchar) p[2] == 0xbf))
      /* U+FFFE and U+FFFF are not characters XML can hold. */
      p += 2;
    else
      switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      default:
        if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n')
          g_string_append_c (out, *p);
      }
}

struct _OfficeZip
{
  zip_source_t *buffer;
  zip_t        *archive;
  /* The entries' contents, alive until the archive is written. */
  GPtrArray    *contents;
};

static void
set_zip_error (GError     **error,
               zip_error_t *zip_error)
{
  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("cannot make the archive: %s"),
               zip_error_strerror (zip_error));
}

OfficeZip *
_concord_office_zip_new (GError **error)
{
  g_autoptr(OfficeZip) zip = g_new0 (OfficeZip, 1);
  zip_error_t zip_error;

  zip_error_init (&zip_error);
  zip->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  zip->buffer = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  if (zip->buffer != NULL)
    zip->archive = zip_open_from_source (zip->buffer, ZIP_TRUNCATE, &zip_error);
  if (zip->archive == NULL)
    {
      set_zip_error (error, &zip_error);
      zip_error_fini (&zip_error);
      return NULL;
    }
  /* The archive's closing would free the buffer; it is read after. */
  zip_source_keep (zip->buffer);
  zip_error_fini (&zip_error);

  return g_steal_pointer (&zip);
}

gboolean
_concord_office_zip_add (OfficeZip   *zip,
                         const char  *name,
                         GString     *content,
                         gboolean     stored,
                         GError     **error)
{
  GBytes *bytes = g_bytes_new (content->str, content->len);
  zip_source_t *source;
  zip_int64_t index;

  g_ptr_array_add (zip->contents, bytes);
  source = zip_source_buffer (zip->archive, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), 0);
  index = source != NULL ? zip_file_add (zip->archive, name, source, ZIP_FL_ENC_UTF_8) : -1;
  if (index < 0)
    {
      if (source != NULL)
        zip_source_free (source);
      set_zip_error (error, zip_get_error (zip->archive));
      return FALSE;
    }
  /* A fixed time, 1980-01-01 00:00 in DOS form (not through the local
   * time zone), so that the same memorandum gives the same bytes. */
  zip_file_set_dostime (zip->archive, index, 0, (0 << 9) | (1 << 5) | 1, 0);
  zip_set_file_compression (zip->archive, index, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, stored ? 0 : 6);

  return TRUE;
}

GBytes *
_concord_office_zip_finish (OfficeZip  *zip,
                            GError    **error)
{
  zip_int64_t size;
  gpointer data;
  zip_t *archive = g_steal_pointer (&zip->archive);

  if (zip_close (archive) < 0)
    {
      set_zip_error (error, zip_get_error (archive));
      zip_discard (archive);
      return NULL;
    }
  if (zip_source_open (zip->buffer) < 0 || zip_source_seek (zip->buffer, 0, SEEK_END) < 0 ||
      (size = zip_source_tell (zip->buffer)) < 0 || zip_source_seek (zip->buffer, 0, SEEK_SET) < 0)
    {
      set_zip_error (error, zip_source_error (zip->buffer));
      return NULL;
    }
  data = g_malloc (MAX (size, 1));
  if (zip_source_read (zip->buffer, data, size) != size)
    {
      set_zip_error (error, zip_source_error (zip->buffer));
      zip_source_close (zip->buffer);
      g_free (data);
      return NULL;
    }
  zip_source_close (zip->buffer);

  return g_bytes_new_take (data, size);
}

void
_concord_office_zip_free (OfficeZip *zip)
{
  if (zip->archive != NULL)
    zip_discard (zip->archive);
  if (zip->buffer != NULL)
    zip_source_free (zip->buffer);
  g_clear_pointer (&zip->contents, g_ptr_array_unref);
  g_free (zip);
}

/**
 * concord_render_office:
 *
 * The memorandum as a DOCX or ODT document: sections and clauses as
 * outline-numbered paragraphs, the parties and the document's control
 * as tables, cross-references as fields on bookmarks, the reference,
 * revision, marking and DRAFT in the running head, "Page X of Y" at the
 * foot, and the title, subject and keywords as the document's properties.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with
 *   @error set
 */
GBytes *
concord_render_office (ConcordMemorandum    *memorandum,
                       ConcordOfficeFormat   format,
                       GError              **error)
{
  g_auto(OfficeDoc) doc = { memorandum };

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  build (&doc, NULL);

  return format == CONCORD_OFFICE_ODT ? _concord_office_write_odt (&doc, error)
                                      : _concord_office_write_docx (&doc, error);
}

/**
 * concord_render_office_redline:
 * @diff: the comparison of an old and a new memorandum
 * @author: (nullable): whose changes they are; the user's name if %NULL
 *
 * The new memorandum as a DOCX with every difference from the old one a
 * Word tracked change: words inserted and deleted in their clauses,
 * clauses added and removed whole, by @author at the time now (or
 * SOURCE_DATE_EPOCH). A counterparty accepts or rejects each in Word or
 * LibreOffice.
 *
 * Returns: (transfer full) (nullable): the DOCX, or %NULL with @error set
 */
GBytes *
concord_render_office_redline (ConcordDiff  *diff,
                               const char   *author,
                               GError      **error)
{
  g_auto(OfficeDoc) doc = { concord_diff_get_new (diff) };
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;
  guint64 seconds;

  g_return_val_if_fail (diff != NULL, NULL);

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    now = g_date_time_new_from_unix_utc ((gint64) seconds);
  else
    now = g_date_time_new_now_utc ();
  doc.author = g_strdup (author != NULL && *author != '\0' ? author : g_get_real_name ());
  doc.date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  build (&doc, diff);

  return _concord_office_write_docx (&doc, error);
}

gboolean
concord_export_office (ConcordMemorandum    *memorandum,
                       ConcordOfficeFormat   format,
                       const char           *path,
                       GError              **error)
{
  g_autoptr(GBytes) bytes = concord_render_office (memorandum, format, error);

  if (bytes == NULL)
    return FALSE;

  return concord_file_replace_atomic (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

/* "docx" or "odt". */
const char *
concord_office_extension (ConcordOfficeFormat format)
{
  return format == CONCORD_OFFICE_ODT ? "odt" : "docx";
}
