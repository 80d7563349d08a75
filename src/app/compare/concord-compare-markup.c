/* concord-compare-markup.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-compare-markup.h"
#include "concord-fields.h"

/* What one side of a row of the compare view says, as Pango markup:
 * changed words marked, everything else escaped. */

/* Colour and a second mark, so nothing depends on colour alone. */
#define INSERT_SPAN "<span underline=\"single\" background=\"#2ec27e\" bgalpha=\"22%\">"
#define DELETE_SPAN "<span strikethrough=\"true\" background=\"#e01b24\" bgalpha=\"22%\">"

static void
open_span (GString       *out,
           ConcordDiffOp  op)
{
  if (op == CONCORD_DIFF_INSERT)
    g_string_append (out, INSERT_SPAN);
  else if (op == CONCORD_DIFF_DELETE)
    g_string_append (out, DELETE_SPAN);
}

/* How a paragraph starts: items of a list get a bullet, and nested ones
 * an indent, so the text reads as the document prints it. */
static void
append_lead (GString   *out,
             GPtrArray *blocks,
             guint      paragraph)
{
  const ConcordBlock *block;

  if (blocks == NULL || paragraph >= blocks->len)
    return;

  block = g_ptr_array_index (blocks, paragraph);
  for (guint i = 0; i < concord_block_get_level (block); i++)
    g_string_append (out, "\u2003");
  if (concord_block_get_kind (block) == CONCORD_BLOCK_ITEM)
    g_string_append (out, "•\u2002");
}

/* One side of a word diff as Pango markup: the old side shows equal and
 * deleted words, the new side equal and inserted ones. Runs of marked
 * words share one span, spaces between them included. */
static void
append_words (GString               *out,
              const ConcordDiffWord *words,
              guint                  n_words,
              gboolean               new_side,
              GPtrArray             *blocks)
{
  ConcordDiffOp open = CONCORD_DIFF_EQUAL;
  gboolean line_start = TRUE;
  guint paragraph = 0;

  append_lead (out, blocks, paragraph);

  for (guint i = 0; i < n_words; i++)
    {
      const ConcordDiffWord *word = &words[i];
      const char *text;
      g_autofree char *escaped = NULL;

      if (word->op == (new_side ? CONCORD_DIFF_DELETE : CONCORD_DIFF_INSERT))
        continue;
      text = !new_side && word->op == CONCORD_DIFF_EQUAL && word->old_text != NULL
        ? word->old_text : word->text;

      if (open != word->op || g_str_equal (text, "\n"))
        {
          if (open != CONCORD_DIFF_EQUAL)
            g_string_append (out, "</span>");
          open = CONCORD_DIFF_EQUAL;
        }
      if (g_str_equal (text, "\n"))
        {
          g_string_append_c (out, '\n');
          append_lead (out, blocks, ++paragraph);
          line_start = TRUE;
          continue;
        }
      if (!line_start && word->space_before)
        g_string_append_c (out, ' ');
      if (open != word->op)
        {
          open_span (out, word->op);
          open = word->op;
        }
      escaped = g_markup_escape_text (text, -1);
      g_string_append (out, escaped);
      line_start = FALSE;
    }

  if (open != CONCORD_DIFF_EQUAL)
    g_string_append (out, "</span>");
}

static char *
blocks_markup (ConcordMemorandum *m,
               ConcordNumbering  *numbering,
               GPtrArray         *blocks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      g_autofree char *text = concord_block_render (m, numbering, g_ptr_array_index (blocks, i));
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      if (i > 0)
        g_string_append_c (out, '\n');
      append_lead (out, blocks, i);
      g_string_append (out, escaped);
    }

  return g_string_free (out, FALSE);
}

/* The changed fields other than heading and text, one a line. */
static char *
facts_markup (const ConcordDiffChange *change,
              gboolean                 new_side,
              const char              *skip)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < concord_diff_change_get_n_fields (change); i++)
    {
      const ConcordDiffField *field = concord_diff_change_get_field (change, i);
      const char *value = new_side ? field->new_text : field->old_text;
      g_autofree char *label = NULL;
      g_autofree char *escaped = NULL;

      if (g_strcmp0 (field->name, skip) == 0)
        continue;
      label = g_markup_escape_text (concord_field_label (field->name), -1);
      escaped = g_markup_escape_text (value != NULL ? value : _("none"), -1);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "<b>%s:</b> ", label);
      open_span (out, new_side ? CONCORD_DIFF_INSERT : CONCORD_DIFF_DELETE);
      g_string_append_printf (out, "%s</span>", escaped);
    }

  return g_string_free (out, FALSE);
}

static const char *
object_label (ConcordDiffObject object)
{
  switch (object)
    {
    case CONCORD_DIFF_OBJECT_DETAILS:
      return _("Details");
    case CONCORD_DIFF_OBJECT_PARTY:
      return _("Party");
    case CONCORD_DIFF_OBJECT_TERM:
      return _("Defined term");
    case CONCORD_DIFF_OBJECT_RECITALS:
      return _("Background");
    case CONCORD_DIFF_OBJECT_SECTION:
      return _("Section");
    case CONCORD_DIFF_OBJECT_ANNEX:
      return _("Annex");
    case CONCORD_DIFF_OBJECT_SIGNATURE:
      return _("Signature");
    case CONCORD_DIFF_OBJECT_CONTROL_ENTRY:
      return _("Document control");
    case CONCORD_DIFF_OBJECT_CLAUSE:
    default:
      return _("Clause");
    }
}

/* A name to show for an object other than a clause: its name, heading or
 * title, whichever it has, and which property that is. */
static char *
object_name (GObject     *object,
             const char **property)
{
  static const char *names[] = { "name", "heading", "title", "term", "party", "version" };

  if (object == NULL || CONCORD_IS_MEMORANDUM (object))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), names[i]);
      g_autofree char *value = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
        continue;
      g_object_get (object, names[i], &value, NULL);
      if (value != NULL && *value != '\0')
        {
          *property = names[i];
          return g_steal_pointer (&value);
        }
    }

  return NULL;
}

static gboolean
has_field (const ConcordDiffChange *change,
           const char              *name)
{
  for (guint i = 0; name != NULL && i < concord_diff_change_get_n_fields (change); i++)
    if (g_str_equal (concord_diff_change_get_field (change, i)->name, name))
      return TRUE;

  return FALSE;
}

static char *
absent_markup (void)
{
  return g_markup_printf_escaped ("<i><span alpha=\"55%%\">%s</span></i>", _("Not in this version"));
}

static void
other_markup (const ConcordDiffChange  *change,
              gboolean                  new_side,
              char                    **heading,
              char                    **facts,
              char                    **body)
{
  GObject *object = new_side ? concord_diff_change_get_new_object (change)
                             : concord_diff_change_get_old_object (change);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *label = g_markup_escape_text (object_label (concord_diff_change_get_object (change)), -1);
  const ConcordDiffWord *words;
  guint n_words = 0;
  const char *named_by = NULL;

  g_string_append_printf (out, "<b>%s</b>", label);
  words = concord_diff_change_get_heading_words (change, &n_words);
  if (words != NULL)
    {
      g_string_append (out, "  ");
      append_words (out, words, n_words, new_side, NULL);
    }
  else
    {
      g_autofree char *name = object_name (object, &named_by);
      g_autofree char *escaped = name != NULL ? g_markup_escape_text (name, -1) : NULL;

      /* A changed name is marked where it stands, not listed again. */
      if (escaped != NULL && has_field (change, named_by))
        {
          g_string_append (out, "  ");
          open_span (out, new_side ? CONCORD_DIFF_INSERT : CONCORD_DIFF_DELETE);
          g_string_append_printf (out, "%s</span>", escaped);
        }
      else if (escaped != NULL)
        g_string_append_printf (out, "  %s", escaped);
      if (!has_field (change, named_by))
        named_by = NULL;
    }
  *heading = g_string_free (g_steal_pointer (&out), FALSE);

  if (object == NULL)
    {
      *facts = NULL;
      *body = absent_markup ();
      return;
    }
  *facts = facts_markup (change, new_side, named_by);
  words = concord_diff_change_get_body_words (change, &n_words);
  *body = NULL;
  if (words != NULL)
    {
      GString *text = g_string_new (NULL);

      append_words (text, words, n_words, new_side, NULL);
      *body = g_string_free (text, FALSE);
    }
}

static void
clause_markup (const ConcordCompareSides  *sides,
               int                        row,
               gboolean                   new_side,
               char                     **heading,
               char                     **facts,
               char                     **body)
{
  ConcordClause *old_clause = NULL, *new_clause = NULL, *clause;
  int index = -1;
  const ConcordDiffChange *change;
  const ConcordDiffWord *words;
  guint n_words = 0;
  const char *number;
  g_autoptr(GString) out = g_string_new (NULL);

  concord_diff_get_row (sides->diff, row, &old_clause, &new_clause, &index);
  clause = new_side ? new_clause : old_clause;
  change = index >= 0 ? concord_diff_get_change (sides->diff, index) : NULL;
  *facts = NULL;
  if (clause == NULL)
    {
      *heading = NULL;
      *body = absent_markup ();
      return;
    }

  number = concord_numbering_get_clause (sides->numbering[new_side], clause);
  if (number != NULL)
    g_string_append_printf (out, "<b>%s</b>  ", number);
  words = change != NULL ? concord_diff_change_get_heading_words (change, &n_words) : NULL;
  if (words != NULL)
    append_words (out, words, n_words, new_side, NULL);
  else if (concord_clause_get_heading (clause) != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (concord_clause_get_heading (clause), -1);

      g_string_append_printf (out, "<b>%s</b>", escaped);
    }
  *heading = g_string_free (g_steal_pointer (&out), FALSE);

  if (change != NULL)
    *facts = facts_markup (change, new_side, NULL);

  words = change != NULL ? concord_diff_change_get_body_words (change, &n_words) : NULL;
  if (words != NULL)
    {
      GString *text = g_string_new (NULL);

      append_words (text, words, n_words, new_side, concord_clause_get_body (clause));
      *body = g_string_free (text, FALSE);
    }
  else
    *body = blocks_markup (sides->memorandum[new_side], sides->numbering[new_side],
                           concord_clause_get_body (clause));
}

/**
 * concord_compare_markup_row:
 * @sides: the comparison and each side's memorandum and numbers
 * @row: a row of clauses side by side, or -1 for a change to something
 *   else
 * @change: that change, when @row is -1
 * @new_side: which side
 * @heading: (out): the heading line
 * @facts: (out): the changed facts, one a line, or NULL
 * @body: (out): the text, or NULL
 *
 * Free each with g_free().
 */
void
concord_compare_markup_row (const ConcordCompareSides  *sides,
                            int                         row,
                            int                         change,
                            gboolean                    new_side,
                            char                      **heading,
                            char                      **facts,
                            char                      **body)
{
  g_return_if_fail (sides != NULL && sides->diff != NULL);

  new_side = !!new_side;
  if (row >= 0)
    clause_markup (sides, row, new_side, heading, facts, body);
  else
    other_markup (concord_diff_get_change (sides->diff, change), new_side, heading, facts, body);
}
