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
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-section.h"

struct _ConcordNumbering
{
  ConcordItemStyle item_style;
  /* object -> label, and clause id -> label for cross-references */
  GHashTable      *labels;
  GHashTable      *by_id;
};

static void
number_sections (ConcordNumbering  *self,
                 ConcordMemorandum *memorandum)
{
  GListModel *sections = concord_memorandum_get_sections (memorandum);
  gboolean continuous = concord_memorandum_get_numbering (memorandum) == CONCORD_NUMBERING_CONTINUOUS;
  guint n_sections = g_list_model_get_n_items (sections);
  guint running = 0;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      guint n_clauses = concord_section_get_n_clauses (section);
      guint in_section = 0;

      /* Continuous numbering (1, 2, 3 straight through, as UK government
       * memoranda do) leaves headings unnumbered. */
      if (!continuous)
        g_hash_table_insert (self->labels, section, g_strdup_printf ("%u", i + 1));

      for (guint j = 0; j < n_clauses; j++)
        {
          ConcordClause *clause = concord_section_get_clause (section, j);
          char *label;

          if (!concord_clause_get_numbered (clause))
            continue;

          if (continuous)
            label = g_strdup_printf ("%u", ++running);
          else
            label = g_strdup_printf ("%u.%u", i + 1, ++in_section);

          g_hash_table_insert (self->labels, clause, label);
          g_hash_table_insert (self->by_id, (gpointer) concord_clause_get_id (clause), label);
        }
    }
}

static void
number_annexes (ConcordNumbering  *self,
                ConcordMemorandum *memorandum)
{
  GListModel *annexes = concord_memorandum_get_annexes (memorandum);
  gboolean letters = concord_memorandum_get_annex_style (memorandum) == CONCORD_ANNEX_STYLE_LETTER;
  guint n = g_list_model_get_n_items (annexes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);
      char *label;

      if (letters && i < 26)
        label = g_strdup_printf (_("Annex %c"), 'A' + i);
      else
        label = g_strdup_printf (_("Annex %u"), i + 1);

      g_hash_table_insert (self->labels, annex, label);
    }
}

ConcordNumbering *
concord_numbering_new (ConcordMemorandum *memorandum)
{
  ConcordNumbering *self;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  self = g_new0 (ConcordNumbering, 1);
  self->item_style = concord_memorandum_get_item_style (memorandum);
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  number_sections (self, memorandum);
  number_annexes (self, memorandum);

  return self;
}

void
concord_numbering_free (ConcordNumbering *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->labels);
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

/* One label per block: NULL for paragraphs, "3.2.1" / "3.2.1.1" or "(a)" /
 * "(i)" for items, as the document's item style says. */
GPtrArray *
concord_numbering_label_blocks (ConcordNumbering *self,
                                const char       *clause_number,
                                GPtrArray        *blocks)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  guint first = 0;
  guint second = 0;

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      char *label = NULL;

      if (concord_block_get_kind (block) == CONCORD_BLOCK_ITEM)
        {
          gboolean level2 = concord_block_get_level (block) == 2;

          if (level2)
            second++;
          else
            {
              first++;
              second = 0;
            }

          if (self->item_style == CONCORD_ITEM_STYLE_ALPHA || clause_number == NULL)
            {
              g_autofree char *digits = level2 ? roman (second) : alpha (MAX (first, 1));

              label = g_strdup_printf ("(%s)", digits);
            }
          else if (level2)
            label = g_strdup_printf ("%s.%u.%u", clause_number, MAX (first, 1), second);
          else
            label = g_strdup_printf ("%s.%u", clause_number, first);
        }

      g_ptr_array_add (labels, label);
    }

  return labels;
}
