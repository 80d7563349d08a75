/* concord-numbering.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-numbering"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-lint.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-words.h"
#include "concord-section.h"
#include "concord-term.h"
#include "concord-util-private.h"

typedef enum
{
  TARGET_SECTION,
  TARGET_CLAUSE,
  TARGET_ANNEX,
  TARGET_ANNEX_PARAGRAPH,
  TARGET_ITEM,
} TargetKind;

/* What a cross-reference can name, and how it prints. */
typedef struct
{
  TargetKind kind;
  /* The number as a reference prints it ("3.2", "3.2(b)", "A.3"); NULL
   * for an unnumbered clause or section. */
  char      *number;
  /* A section's heading, or the label ("Annex A") of the annex holding a
   * paragraph or item whose number does not say which annex it is in. */
  char      *context;
  /* An item printed as "paragraph 3.2(b)" whatever the word for clauses. */
  gboolean   paragraph_word;
} Target;

struct _ConcordNumbering
{
  ConcordItemStyle      item_style;
  ConcordAnnexNumbering annex_numbering;
  gboolean              annex_letters;
  gboolean              trailing_dot;
  /* References to clauses say "paragraph 12" rather than "clause 3.2". */
  gboolean              say_paragraph;
  /* The memorandum's language, for the words of labels and references. */
  char                 *language;
  /* object -> printed label, clause id -> bare number for references, and
   * every id a reference may name -> Target */
  GHashTable           *labels;
  GHashTable           *by_id;
  GHashTable           *targets;
  GHashTable           *annex_numbers;
  GPtrArray            *issues;
  /* How many annexes there are: the matrix printed as an annex comes
   * after them. */
  guint                 n_annexes;
  /* Inline terms: term id -> the run (borrowed, compared by address)
   * where the text first refers to it and defines it; NULL when no term
   * is defined inline. */
  GHashTable           *first_uses;
};

/* The state of one run of blocks while labelling it: the number items
 * build on, and the item counters, which restart with each clause or
 * numbered annex paragraph. */
typedef struct
{
  char       *base;
  /* In an annex: its number ("A") and label ("Annex A"). */
  const char *annex;
  const char *annex_label;
  guint       first;
  guint       second;
  guint       paragraph;
} Walk;

static void
free_target (gpointer data)
{
  Target *target = data;

  g_free (target->number);
  g_free (target->context);
  g_free (target);
}

static void
free_issue (gpointer data)
{
  ConcordNumberingIssue *issue = data;

  g_free (issue->message);
  g_free (issue);
}

static void
add_target (ConcordNumbering *self,
            const char       *id,
            TargetKind        kind,
            const char       *number,
            const char       *context)
{
  Target *target;

  if (id == NULL || *id == '\0')
    return;

  target = g_new0 (Target, 1);
  target->kind = kind;
  target->number = g_strdup (number);
  target->context = g_strdup (context);
  g_hash_table_replace (self->targets, g_strdup (id), target);
}

static char *
with_dot (ConcordNumbering *self,
          const char       *number)
{
  return g_strconcat (number, self->trailing_dot ? "." : "", NULL);
}

static void
add_issue (ConcordNumbering *self,
           const char       *code,
           ConcordClause    *clause,
           char             *message)
{
  ConcordNumberingIssue *issue = g_new0 (ConcordNumberingIssue, 1);

  issue->code = code;
  issue->clause = clause;
  issue->message = message;
  g_ptr_array_add (self->issues, issue);
}

/* A fixed number is "7" or "2.4": one to four digits, no leading zero,
 * optionally after a section number and a dot. */
static gboolean
parse_part (const char **p,
            guint       *value)
{
  guint digits = 0;

  *value = 0;
  if (**p < '1' || **p > '9')
    return FALSE;
  for (; **p >= '0' && **p <= '9'; (*p)++)
    {
      if (++digits > 4)
        return FALSE;
      *value = *value * 10 + (guint) (**p - '0');
    }

  return TRUE;
}

gboolean
concord_numbering_parse_fixed (const char *text,
                               guint      *section,
                               guint      *number)
{
  const char *p = text;
  guint first;

  *section = 0;
  *number = 0;
  if (text == NULL || !parse_part (&p, &first))
    return FALSE;
  if (*p == '\0')
    {
      *number = first;
      return TRUE;
    }
  if (*p != '.')
    return FALSE;
  p++;
  if (!parse_part (&p, number) || *p != '\0')
    return FALSE;
  *section = first;

  return TRUE;
}

/* "@first", or "@first.@second" with @dotted, as "%u" and "%u.%u" print
 * them, without printf: every clause and section needs one. */
static char *
number_string (guint    first,
               gboolean dotted,
               guint    second)
{
  char a[16];
  char b[16];

  if (!dotted)
    return g_strdup (_concord_uint_digits (a, first));

  return g_strconcat (_concord_uint_digits (a, first), ".", _concord_uint_digits (b, second), NULL);
}

/* The clause's number within its run (the clause part in hierarchical
 * numbering, the running number in continuous): the fixed one if any,
 * otherwise one more than the last. Gaps, steps back and a fixed number
 * naming another section are reported, never refused: moving a clause in
 * the app must not make the file unreadable. */
static guint
next_number (ConcordNumbering *self,
             ConcordClause    *clause,
             guint             last,
             guint             section_number,
             gboolean          continuous)
{
  g_autofree char *prefix = NULL;
  const char *fixed = concord_clause_get_number (clause);
  guint fixed_section;
  guint fixed_number;

  if (!concord_numbering_parse_fixed (fixed, &fixed_section, &fixed_number))
    return last + 1;
  /* Messages name whole numbers: "from 2.2 to 2.4". */
  prefix = continuous ? g_strdup ("") : g_strdup_printf ("%u.", section_number);

  if (fixed_section != 0 && (continuous || fixed_section != section_number))
    add_issue (self, CONCORD_LINT_NUMBERING_MISMATCH, clause,
               continuous
               ? g_strdup_printf (_("the fixed number “%s” names a section, but paragraphs are numbered straight through; it prints as %u"),
                                  fixed, fixed_number)
               : g_strdup_printf (_("the fixed number “%s” names section %u, but the clause is in section %u"),
                                  fixed, fixed_section, section_number));
  if (fixed_number > last + 1 && last == 0)
    add_issue (self, CONCORD_LINT_NUMBERING_GAP, clause,
               g_strdup_printf (_("the numbering starts at %s%u"), prefix, fixed_number));
  else if (fixed_number > last + 1)
    add_issue (self, CONCORD_LINT_NUMBERING_GAP, clause,
               g_strdup_printf (_("the numbering skips from %s%u to %s%u"), prefix, last, prefix, fixed_number));
  else if (fixed_number < last)
    add_issue (self, CONCORD_LINT_NUMBERING_ORDER, clause,
               g_strdup_printf (_("the numbering goes back from %s%u to %s%u"), prefix, last, prefix, fixed_number));

  return fixed_number;
}

static char *
item_suffix (ConcordNumbering *self,
             Walk             *walk,
             gboolean          level2,
             gboolean          for_reference);

static void walk_blocks (ConcordNumbering *self,
                         GPtrArray        *blocks,
                         Walk             *walk,
                         GPtrArray        *labels);

static void
number_clause (ConcordNumbering *self,
               ConcordClause    *clause,
               char             *number,
               GHashTable       *seen)
{
  const char *id = concord_clause_get_id (clause);
  char *label = with_dot (self, number);
  Walk walk = { number, NULL, NULL, 0, 0, 0 };

  if (g_hash_table_contains (seen, number))
    add_issue (self, CONCORD_LINT_NUMBERING_DUPLICATE, clause,
               g_strdup_printf (_("the number %s is used twice"), number));
  else
    g_hash_table_add (seen, g_strdup (number));

  g_hash_table_insert (self->labels, clause, label);
  g_hash_table_insert (self->by_id, (gpointer) id, number);
  add_target (self, id, TARGET_CLAUSE, number, NULL);
  walk_blocks (self, concord_clause_get_body (clause), &walk, NULL);
}

static gboolean
numbers_headings (ConcordMemorandum *memorandum)
{
  /* Continuous numbering (1, 2, 3 straight through, as UK government
   * memoranda do) leaves headings unnumbered unless asked. */
  return concord_memorandum_get_numbering (memorandum) != CONCORD_NUMBERING_CONTINUOUS ||
         concord_memorandum_get_numbered_headings (memorandum);
}

/**
 * concord_numbering_section_label:
 * @index: the section's place among the memorandum's sections, from 0
 *
 * The label concord_numbering_get_section() gives the section at @index,
 * without numbering every clause: a list of the sections needs only these.
 *
 * Returns: (transfer full) (nullable): "3" or "3.", or %NULL where
 *   headings are not numbered
 */
char *
concord_numbering_section_label (ConcordMemorandum *memorandum,
                                 guint              index)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  if (!numbers_headings (memorandum))
    return NULL;

  return g_strdup_printf ("%u%s", index + 1,
                          concord_memorandum_get_number_format (memorandum) == CONCORD_NUMBER_FORMAT_TRAILING_DOT
                          ? "." : "");
}

static void
number_sections (ConcordNumbering  *self,
                 ConcordMemorandum *memorandum)
{
  GListModel *sections = concord_memorandum_get_sections (memorandum);
  gboolean continuous = concord_memorandum_get_numbering (memorandum) == CONCORD_NUMBERING_CONTINUOUS;
  gboolean headings = numbers_headings (memorandum);
  guint n_sections = g_list_model_get_n_items (sections);
  /* The numbers so far, to find duplicates. */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint running = 0;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      g_autofree char *section_number = number_string (i + 1, FALSE, 0);
      guint n_clauses = concord_section_get_n_clauses (section);
      guint in_section = 0;

      if (headings)
        g_hash_table_insert (self->labels, section, concord_numbering_section_label (memorandum, i));
      add_target (self, concord_section_get_id (section), TARGET_SECTION,
                  headings ? section_number : NULL, concord_section_get_heading (section));

      for (guint j = 0; j < n_clauses; j++)
        {
          ConcordClause *clause = concord_section_get_clause (section, j);

          if (!concord_clause_get_numbered (clause))
            {
              add_target (self, concord_clause_get_id (clause), TARGET_CLAUSE, NULL, NULL);
              continue;
            }

          if (continuous)
            {
              running = next_number (self, clause, running, i + 1, TRUE);
              number_clause (self, clause, number_string (running, FALSE, 0), seen);
            }
          else
            {
              in_section = next_number (self, clause, in_section, i + 1, FALSE);
              number_clause (self, clause, number_string (i + 1, TRUE, in_section), seen);
            }
        }
    }
}

static char *
annex_number (ConcordNumbering *self,
              guint             index)
{
  if (self->annex_letters && index < 26)
    return g_strdup_printf ("%c", 'A' + index);

  return g_strdup_printf ("%u", index + 1);
}

static void
number_annexes (ConcordNumbering  *self,
                ConcordMemorandum *memorandum)
{
  GListModel *annexes = concord_memorandum_get_annexes (memorandum);
  guint n = g_list_model_get_n_items (annexes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);
      char *number = annex_number (self, i);
      char *label = g_strdup_printf (CONCORD_WORD (self->language, "Annex %s"), number);
      g_autoptr(GPtrArray) labels = NULL;

      g_hash_table_insert (self->labels, annex, label);
      g_hash_table_insert (self->annex_numbers, annex, number);
      add_target (self, concord_annex_get_id (annex), TARGET_ANNEX, number, label);
      /* Labelling records the annex's paragraphs and items as targets. */
      labels = concord_numbering_label_annex (self, annex);
    }
}

/* Inline terms: the first reference to each, in the order the text and
 * the PDF print (the definitions of other terms, the background, the
 * clauses, the annexes), defines it there. */
static void
note_first_uses (ConcordNumbering *self,
                 GPtrArray        *blocks,
                 GHashTable       *inline_terms)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      guint n = concord_block_get_n_runs (block);

      for (guint j = 0; j < n; j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_TERM && g_hash_table_contains (inline_terms, run->text) &&
              !g_hash_table_contains (self->first_uses, run->text))
            g_hash_table_insert (self->first_uses, run->text, (gpointer) run);
        }
    }
}

static void
index_first_uses (ConcordNumbering  *self,
                  ConcordMemorandum *memorandum)
{
  GListModel *terms = concord_memorandum_get_terms (memorandum);
  GListModel *sections = concord_memorandum_get_sections (memorandum);
  GListModel *annexes = concord_memorandum_get_annexes (memorandum);
  g_autoptr(GHashTable) inline_terms = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) meanings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      ConcordTerm *term = g_list_model_get_item (terms, i);

      if (concord_term_get_inline (term))
        g_hash_table_add (inline_terms, (gpointer) concord_term_get_id (term));
      g_ptr_array_add (meanings, term);
    }
  /* Most documents define nothing inline: they pay nothing. */
  if (g_hash_table_size (inline_terms) == 0)
    return;

  self->first_uses = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < meanings->len; i++)
    if (!concord_term_get_inline (g_ptr_array_index (meanings, i)))
      note_first_uses (self, concord_term_get_meaning (g_ptr_array_index (meanings, i)), inline_terms);
  note_first_uses (self, concord_memorandum_get_recitals (memorandum), inline_terms);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      for (guint j = 0; j < concord_section_get_n_clauses (section); j++)
        note_first_uses (self, concord_clause_get_body (concord_section_get_clause (section, j)),
                         inline_terms);
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);

      note_first_uses (self, concord_annex_get_body (annex), inline_terms);
    }
}

/* Whether @run is the first reference to an inline term, which prints
 * the term's definition. */
gboolean
concord_numbering_is_first_use (ConcordNumbering *self,
                                const ConcordRun *run)
{
  g_return_val_if_fail (self != NULL && run != NULL, FALSE);

  return self->first_uses != NULL && run->kind == CONCORD_RUN_TERM &&
         g_hash_table_lookup (self->first_uses, run->text) == run;
}

/* Whether a term defined inline is ever referred to, so defined at all. */
gboolean
concord_numbering_has_first_use (ConcordNumbering *self,
                                 const char       *term_id)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->first_uses != NULL && term_id != NULL && g_hash_table_contains (self->first_uses, term_id);
}

/* The label of an annex after the last one ("Annex C"): where the matrix
 * prints when the drafter asks for it as an annex. */
char *
concord_numbering_next_annex_label (ConcordNumbering *self)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  number = annex_number (self, self->n_annexes);
  return g_strdup_printf (CONCORD_WORD (self->language, "Annex %s"), number);
}

ConcordNumbering *
concord_numbering_new (ConcordMemorandum *memorandum)
{
  ConcordNumbering *self;
  ConcordClauseWord word;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  self = g_new0 (ConcordNumbering, 1);
  self->item_style = concord_memorandum_get_item_style (memorandum);
  self->annex_numbering = concord_memorandum_get_annex_numbering (memorandum);
  self->annex_letters = concord_memorandum_get_annex_style (memorandum) == CONCORD_ANNEX_STYLE_LETTER;
  self->trailing_dot = concord_memorandum_get_number_format (memorandum) == CONCORD_NUMBER_FORMAT_TRAILING_DOT;
  word = concord_memorandum_get_clause_word (memorandum);
  if (word == CONCORD_CLAUSE_WORD_AUTO)
    word = concord_memorandum_get_numbering (memorandum) == CONCORD_NUMBERING_CONTINUOUS
           ? CONCORD_CLAUSE_WORD_PARAGRAPH : CONCORD_CLAUSE_WORD_CLAUSE;
  self->say_paragraph = word == CONCORD_CLAUSE_WORD_PARAGRAPH;
  self->language = g_strdup (concord_memorandum_get_language (memorandum));
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  /* Values are owned: number_sections hands them over from its set. */
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  /* Owns its keys: a block's id goes with the block when an edit
   * replaces it, and a numbering may outlive that. */
  self->targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_target);
  self->annex_numbers = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->issues = g_ptr_array_new_with_free_func (free_issue);
  number_sections (self, memorandum);
  number_annexes (self, memorandum);
  self->n_annexes = g_list_model_get_n_items (concord_memorandum_get_annexes (memorandum));
  index_first_uses (self, memorandum);

  return self;
}

void
concord_numbering_free (ConcordNumbering *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->targets);
  g_hash_table_unref (self->annex_numbers);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->labels);
  g_ptr_array_unref (self->issues);
  g_clear_pointer (&self->first_uses, g_hash_table_unref);
  g_free (self->language);
  g_free (self);
}

const char *
concord_numbering_get_section (ConcordNumbering *self,
                               ConcordSection   *section)
{
  return g_hash_table_lookup (self->labels, section);
}

const char *
concord_numbering_get_clause (ConcordNumbering *self,
                              ConcordClause    *clause)
{
  return g_hash_table_lookup (self->labels, clause);
}

/* The bare number ("3.2", never "3.2.") of a numbered clause. */
const char *
concord_numbering_lookup_clause (ConcordNumbering *self,
                                 const char       *clause_id)
{
  if (clause_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, clause_id);
}

const char *
concord_numbering_get_annex (ConcordNumbering *self,
                             ConcordAnnex     *annex)
{
  return g_hash_table_lookup (self->labels, annex);
}

/* The gaps, steps back, duplicates and mismatches that fixed numbers
 * made, in printed order (element-type ConcordNumberingIssue). */
GPtrArray *
concord_numbering_get_issues (ConcordNumbering *self)
{
  return self->issues;
}

gboolean
concord_numbering_has_target (ConcordNumbering *self,
                              const char       *id)
{
  return id != NULL && g_hash_table_contains (self->targets, id);
}

static char *
item_word (ConcordNumbering *self,
           const Target     *target)
{
  g_autofree char *words = target->paragraph_word || self->say_paragraph
                           ? g_strdup_printf (CONCORD_WORD (self->language, "paragraph %s"), target->number)
                           : g_strdup_printf (CONCORD_WORD (self->language, "clause %s"), target->number);

  if (target->context != NULL)
    /* Translators: "paragraph 3 of Annex A" */
    return g_strdup_printf (CONCORD_WORD (self->language, "%s of %s"), words, target->context);

  return g_steal_pointer (&words);
}

/* A cross-reference as printed: with_word gives the document's words
 * ("clause 3.2", "paragraph 3.2(b)", "section 4", "Annex A", "paragraph
 * A.3"), otherwise the number alone, for text that supplies its own word
 * ("as set out in clause <ref/>"). NULL when nothing numbered has the id. */
char *
concord_numbering_render_ref (ConcordNumbering *self,
                              const char       *id,
                              gboolean          with_word)
{
  const Target *target = id != NULL ? g_hash_table_lookup (self->targets, id) : NULL;

  if (target == NULL)
    return NULL;

  switch (target->kind)
    {
    case TARGET_SECTION:
      if (target->number == NULL && with_word)
        return g_strdup_printf (CONCORD_WORD (self->language, "section “%s”"),
                                target->context != NULL ? target->context : "");
      if (target->number == NULL)
        return g_strdup_printf ("“%s”", target->context != NULL ? target->context : "");
      return with_word ? g_strdup_printf (CONCORD_WORD (self->language, "section %s"), target->number)
                       : g_strdup (target->number);
    case TARGET_ANNEX:
      return g_strdup (with_word ? target->context : target->number);
    case TARGET_CLAUSE:
      if (target->number == NULL)
        return NULL;
      if (!with_word)
        return g_strdup (target->number);
      return self->say_paragraph
             ? g_strdup_printf (CONCORD_WORD (self->language, "paragraph %s"), target->number)
             : g_strdup_printf (CONCORD_WORD (self->language, "clause %s"), target->number);
    case TARGET_ANNEX_PARAGRAPH:
      if (!with_word)
        return g_strdup (target->number);
      if (target->context != NULL)
        return g_strdup_printf (CONCORD_WORD (self->language, "paragraph %s of %s"),
                                target->number, target->context);
      return g_strdup_printf (CONCORD_WORD (self->language, "paragraph %s"), target->number);
    case TARGET_ITEM:
    default:
      return with_word ? item_word (self, target) : g_strdup (target->number);
    }
}

static char *
roman (guint n)
{
  static const struct { guint value; const char *digits; } table[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    for (; n >= table[i].value; n -= table[i].value)
      g_string_append (out, table[i].digits);

  return g_string_free (out, FALSE);
}

static char *
alpha (guint n)
{
  GString *out = g_string_new (NULL);

  /* a .. z, aa .. zz: long lists are rare but must not break. */
  do
    {
      g_string_prepend_c (out, 'a' + (n - 1) % 26);
      n = (n - 1) / 26;
    }
  while (n > 0);

  return g_string_free (out, FALSE);
}

/* The label an item prints ("(b)", "3.2.1") or, for a reference, the
 * whole number ("3.2(b)", "3.2.1"); NULL for neither. */
static char *
item_suffix (ConcordNumbering *self,
             Walk             *walk,
             gboolean          level2,
             gboolean          for_reference)
{
  if (self->item_style == CONCORD_ITEM_STYLE_ALPHA || walk->base == NULL)
    {
      g_autofree char *first = alpha (MAX (walk->first, 1));
      g_autofree char *second = level2 ? roman (walk->second) : NULL;

      /* Put together without printf: every item has a label. */
      if (!for_reference)
        return g_strconcat ("(", level2 ? second : first, ")", NULL);

      return g_strconcat (walk->base != NULL ? walk->base : "", "(", first, ")", level2 ? "(" : "",
                          level2 ? second : "", level2 ? ")" : "", NULL);
    }
  else
    {
      char first[16];
      char second[16];
      const char *dot = !for_reference && self->trailing_dot ? "." : "";

      if (level2)
        return g_strconcat (walk->base, ".", _concord_uint_digits (first, MAX (walk->first, 1)), ".",
                            _concord_uint_digits (second, walk->second), dot, NULL);

      return g_strconcat (walk->base, ".", _concord_uint_digits (first, walk->first), dot, NULL);
    }
}

static char *
annex_paragraph_number (ConcordNumbering *self,
                        Walk             *walk)
{
  switch (self->annex_numbering)
    {
    case CONCORD_ANNEX_NUMBERING_JOINED:
      /* "11" for paragraph 1 of Annex 1 would be ambiguous: numbered
       * annexes join with a dot. */
      if (!self->annex_letters || g_ascii_isdigit (walk->annex[0]))
        return g_strdup_printf ("%s.%u", walk->annex, walk->paragraph);
      return g_strdup_printf ("%s%u", walk->annex, walk->paragraph);
    case CONCORD_ANNEX_NUMBERING_DOTTED:
      return g_strdup_printf ("%s.%u", walk->annex, walk->paragraph);
    case CONCORD_ANNEX_NUMBERING_OWN:
      return g_strdup_printf ("%u", walk->paragraph);
    case CONCORD_ANNEX_NUMBERING_NONE:
    default:
      return NULL;
    }
}

static char *
walk_item (ConcordNumbering   *self,
           const ConcordBlock *block,
           Walk               *walk,
           gboolean            want_label)
{
  const char *id = concord_block_get_id (block);
  gboolean level2 = concord_block_get_level (block) == 2;

  if (level2)
    walk->second++;
  else
    {
      walk->first++;
      walk->second = 0;
    }

  if (id != NULL)
    {
      g_autofree char *number = item_suffix (self, walk, level2, TRUE);
      gboolean own = walk->annex != NULL && self->annex_numbering == CONCORD_ANNEX_NUMBERING_OWN;
      Target *target;

      /* "paragraph 2(a) of Annex A" where the number does not say which. */
      add_target (self, id, TARGET_ITEM, number,
                  walk->annex != NULL && (own || walk->paragraph == 0) ? walk->annex_label : NULL);
      target = g_hash_table_lookup (self->targets, id);
      if (target != NULL)
        target->paragraph_word = self->item_style == CONCORD_ITEM_STYLE_ALPHA || walk->annex != NULL;
    }

  return want_label ? item_suffix (self, walk, level2, FALSE) : NULL;
}

static char *
walk_paragraph (ConcordNumbering   *self,
                const ConcordBlock *block,
                Walk               *walk,
                gboolean            want_label)
{
  const char *id = concord_block_get_id (block);

  if (walk->annex != NULL && self->annex_numbering != CONCORD_ANNEX_NUMBERING_NONE)
    {
      walk->paragraph++;
      walk->first = walk->second = 0;
      g_free (walk->base);
      walk->base = annex_paragraph_number (self, walk);
      add_target (self, id, TARGET_ANNEX_PARAGRAPH, walk->base,
                  self->annex_numbering == CONCORD_ANNEX_NUMBERING_OWN ? walk->annex_label : NULL);

      return want_label ? with_dot (self, walk->base) : NULL;
    }

  /* A paragraph with no number of its own: a reference names what holds it. */
  if (walk->annex != NULL)
    add_target (self, id, TARGET_ANNEX, walk->annex, walk->annex_label);
  else if (walk->base != NULL)
    add_target (self, id, TARGET_CLAUSE, walk->base, NULL);

  return NULL;
}

/* Labels one run of blocks (into labels, when not NULL) and records the
 * blocks that carry an id as reference targets. */
static void
walk_blocks (ConcordNumbering *self,
             GPtrArray        *blocks,
             Walk             *walk,
             GPtrArray        *labels)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      char *label = NULL;

      if (concord_block_get_kind (block) == CONCORD_BLOCK_ITEM)
        label = walk_item (self, block, walk, labels != NULL);
      else if (concord_block_get_kind (block) == CONCORD_BLOCK_PARAGRAPH)
        label = walk_paragraph (self, block, walk, labels != NULL);

      if (labels != NULL)
        g_ptr_array_add (labels, label);
    }
}

/* One label per block: NULL for paragraphs, "3.2.1" / "3.2.1.1" or "(a)" /
 * "(i)" for items, as the document's item style says. Item letters
 * restart with each call, that is, in each clause. */
GPtrArray *
concord_numbering_label_blocks (ConcordNumbering *self,
                                const char       *clause_number,
                                GPtrArray        *blocks)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *base = g_strdup (clause_number);
  Walk walk = { NULL, NULL, NULL, 0, 0, 0 };

  /* Items build on the bare number: "3.2.1.", not "3.2..1". */
  if (base != NULL && self->trailing_dot && g_str_has_suffix (base, "."))
    base[strlen (base) - 1] = '\0';
  walk.base = g_steal_pointer (&base);
  walk_blocks (self, blocks, &walk, labels);
  g_free (walk.base);

  return labels;
}

/* One label per block of an annex: its numbered paragraphs ("A1", "A.1"
 * or "1", as the document says), their items, nothing for sub-headings. */
GPtrArray *
concord_numbering_label_annex (ConcordNumbering *self,
                               ConcordAnnex     *annex)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { NULL, NULL, NULL, 0, 0, 0 };

  walk.annex = g_hash_table_lookup (self->annex_numbers, annex);
  walk.annex_label = g_hash_table_lookup (self->labels, annex);
  if (walk.annex == NULL || walk.annex_label == NULL)
    {
      /* Not an annex of this memorandum: label its items only. */
      walk.annex = walk.annex_label = "";
    }
  walk_blocks (self, concord_annex_get_body (annex), &walk, labels);
  g_free (walk.base);

  return labels;
}
