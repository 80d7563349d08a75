/* concord-referrers.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-referrers"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-referrers.h"

/* Removing a clause takes with it every id a cross-reference may name in
 * it: its own and those of its paragraphs and items; removing a section,
 * its own and its clauses'. Text that refers to any of them, outside
 * what is removed, would then refer to something missing, so the user
 * is told which before the removal, and may keep it. */

static void
add_block_ids (GHashTable *ids,
               GPtrArray  *blocks)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    if (concord_block_get_id (g_ptr_array_index (blocks, i)) != NULL)
      g_hash_table_add (ids, (gpointer) concord_block_get_id (g_ptr_array_index (blocks, i)));
}

static void
add_clause_ids (GHashTable    *ids,
                GHashTable    *removed,
                ConcordClause *clause)
{
  g_hash_table_add (ids, (gpointer) concord_clause_get_id (clause));
  g_hash_table_add (removed, clause);
  add_block_ids (ids, concord_clause_get_body (clause));
}

static gboolean
refers_to (GPtrArray  *blocks,
           GHashTable *ids)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);

      /* A table's runs are its cells'. */
      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_CLAUSE && run->text != NULL && g_hash_table_contains (ids, run->text))
            return TRUE;
        }
    }

  return FALSE;
}

/**
 * concord_referrers_find:
 * @item: a clause or a section of @memorandum
 *
 * Returns: (transfer container) (element-type GObject): what refers to
 *   @item or to anything in it, in printed order: the memorandum itself
 *   for its background, then terms (their meanings), clauses outside
 *   @item, and annexes
 */
GPtrArray *
concord_referrers_find (ConcordMemorandum *memorandum,
                        GObject           *item)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) removed = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) clauses = NULL;
  GPtrArray *found = g_ptr_array_new ();
  GListModel *terms, *annexes;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), found);

  if (CONCORD_IS_CLAUSE (item))
    add_clause_ids (ids, removed, CONCORD_CLAUSE (item));
  else if (CONCORD_IS_SECTION (item))
    {
      g_hash_table_add (ids, (gpointer) concord_section_get_id (CONCORD_SECTION (item)));
      for (guint i = 0; i < concord_section_get_n_clauses (CONCORD_SECTION (item)); i++)
        add_clause_ids (ids, removed, concord_section_get_clause (CONCORD_SECTION (item), i));
    }
  else
    return found;

  if (refers_to (concord_memorandum_get_recitals (memorandum), ids))
    g_ptr_array_add (found, memorandum);
  terms = concord_memorandum_get_terms (memorandum);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) term = g_list_model_get_item (terms, i);

      if (refers_to (concord_term_get_meaning (term), ids))
        g_ptr_array_add (found, term);
    }
  clauses = concord_memorandum_list_clauses (memorandum);
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);

      if (!g_hash_table_contains (removed, clause) && refers_to (concord_clause_get_body (clause), ids))
        g_ptr_array_add (found, clause);
    }
  annexes = concord_memorandum_get_annexes (memorandum);
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);

      if (refers_to (concord_annex_get_body (annex), ids))
        g_ptr_array_add (found, annex);
    }

  return found;
}

/**
 * concord_referrers_describe:
 * @memorandum: the memorandum
 * @numbering: its numbering
 * @referrer: a clause, annex, term or the recitals
 *
 * Names @referrer as a question before a removal lists it: a clause by its
 * number and heading, or its opening words when it has none.
 *
 * Returns: (transfer full): the line
 */
char *
concord_referrers_describe (ConcordMemorandum *memorandum,
                            ConcordNumbering  *numbering,
                            GObject           *referrer)
{
  if (CONCORD_IS_MEMORANDUM (referrer))
    return g_strdup (_("The background"));
  if (CONCORD_IS_TERM (referrer))
    return g_strdup_printf (_("The definition of “%s”"), concord_term_get_name (CONCORD_TERM (referrer)));
  if (CONCORD_IS_ANNEX (referrer))
    {
      const char *heading = concord_annex_get_heading (CONCORD_ANNEX (referrer));
      const char *label = concord_numbering_get_annex (numbering, CONCORD_ANNEX (referrer));

      return g_strdup_printf ("%s%s%s", label != NULL ? label : "", heading != NULL ? " " : "",
                              heading != NULL ? heading : "");
    }
  {
    ConcordClause *clause = CONCORD_CLAUSE (referrer);
    const char *number = concord_numbering_get_clause (numbering, clause);
    const char *heading = concord_clause_get_heading (clause);
    GPtrArray *body = concord_clause_get_body (clause);
    g_autofree char *words = heading == NULL && body != NULL && body->len > 0
                             ? concord_block_render (memorandum, numbering, g_ptr_array_index (body, 0)) : NULL;

    /* The opening words, for a clause with no heading. */
    if (words != NULL && g_utf8_strlen (words, -1) > 60)
      {
        char *cut;

        *g_utf8_offset_to_pointer (words, 60) = '\0';
        cut = g_strconcat (g_strstrip (words), "…", NULL);
        g_free (words);
        words = cut;
      }
    return g_strdup_printf ("%s %s", number != NULL ? number : "–",
                            heading != NULL ? heading : words != NULL ? words : "");
  }
}

/**
 * concord_referrers_describe_removal:
 * @heading: (out): the question to ask
 *
 * What to tell the user before removing a clause or a section that other
 * text refers to: which text, by number and heading.
 *
 * Returns: (nullable): the explanation, or %NULL if nothing refers to
 *   @item and it can go without asking
 */
char *
concord_referrers_describe_removal (ConcordMemorandum  *memorandum,
                                    GObject            *item,
                                    char              **heading)
{
  g_autoptr(GPtrArray) referrers = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *name = NULL;
  const char *id;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  referrers = concord_referrers_find (memorandum, item);
  if (referrers->len == 0)
    return NULL;

  numbering = concord_numbering_new (memorandum);
  for (guint i = 0; i < referrers->len; i++)
    {
      g_autofree char *line = concord_referrers_describe (memorandum, numbering, g_ptr_array_index (referrers, i));

      g_string_append_printf (list, "\n• %s", line);
    }

  id = CONCORD_IS_CLAUSE (item) ? concord_clause_get_id (CONCORD_CLAUSE (item))
                                : concord_section_get_id (CONCORD_SECTION (item));
  name = concord_numbering_render_ref (numbering, id, TRUE);
  if (name == NULL)
    name = g_strdup (CONCORD_IS_CLAUSE (item) ? _("this clause") : _("this section"));
  *heading = g_strdup_printf (_("Remove %s?"), name);
  if (referrers->len == 1)
    return g_strdup_printf (CONCORD_IS_SECTION (item)
                            ? _("This text refers to the section or its clauses, and would refer to something missing:%s")
                            : _("This text refers to it, and would refer to something missing:%s"),
                            list->str);

  return g_strdup_printf (CONCORD_IS_SECTION (item)
                          ? g_dngettext (NULL, "These %u places refer to the section or its clauses, and would refer to something missing:%s",
                                         "These %u places refer to the section or its clauses, and would refer to something missing:%s",
                                         referrers->len)
                          : g_dngettext (NULL, "These %u places refer to it, and would refer to something missing:%s",
                                         "These %u places refer to it, and would refer to something missing:%s",
                                         referrers->len),
                          referrers->len, list->str);
}

/* Whether the structure edit @edit (concord-structure.h) removes
 * @selected, a clause or a section. */
gboolean
concord_referrers_edit_removes (const char *edit,
                                GObject    *selected)
{
  g_return_val_if_fail (edit != NULL, FALSE);

  if (g_str_equal (edit, "clause-remove"))
    return CONCORD_IS_CLAUSE (selected);
  if (g_str_equal (edit, "section-remove"))
    return CONCORD_IS_SECTION (selected);
  if (g_str_equal (edit, "remove-item"))
    return CONCORD_IS_CLAUSE (selected) || CONCORD_IS_SECTION (selected);

  return FALSE;
}
