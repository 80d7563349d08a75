/* concord-structure-annex.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-structure"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "concord-structure-annex.h"

/* Annexes and document-control rows: add, remove and reorder, each one
 * undoable edit. An annex that text refers to (the annex itself or one of
 * its paragraphs) is removed together with those references, which
 * become the words they printed, so the text still reads as it did. */

static ConcordMemorandum *
memorandum (ConcordDocument *document)
{
  return concord_document_get_memorandum (document);
}

/* Annexes */

static GListModel *
annexes (ConcordDocument *document)
{
  return concord_memorandum_get_annexes (memorandum (document));
}

/**
 * concord_structure_add_annex:
 * @selected: (nullable): the selected item; a new annex goes after the
 *   selected annex, or after the last
 *
 * Returns: (transfer none): the new annex, which the memorandum holds
 */
ConcordAnnex *
concord_structure_add_annex (ConcordDocument *document,
                             GObject         *selected)
{
  GListModel *list;
  guint position;
  g_autofree char *id = NULL;
  g_autoptr(ConcordAnnex) annex = NULL;
  g_autoptr(GPtrArray) body = concord_blocks_new ();

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  list = annexes (document);
  if (CONCORD_IS_ANNEX (selected) && g_list_store_find (G_LIST_STORE (list), selected, &position))
    position++;
  else
    position = g_list_model_get_n_items (list);

  id = concord_document_new_id (document, "a-");
  annex = concord_annex_new (id);
  concord_annex_set_heading (annex, _("New annex"));
  /* One empty paragraph to type into. */
  g_ptr_array_add (body, concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1));
  concord_annex_set_body (annex, body);
  concord_document_insert_item (document, list, position, annex);

  return annex;
}

gboolean
concord_structure_move_annex (ConcordDocument *document,
                              ConcordAnnex    *annex,
                              int              delta)
{
  GListModel *list;
  guint position, n;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (CONCORD_IS_ANNEX (annex), FALSE);

  list = annexes (document);
  n = g_list_model_get_n_items (list);
  if (!g_list_store_find (G_LIST_STORE (list), annex, &position) ||
      (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n) || delta == 0)
    return FALSE;

  concord_document_move_item (document, list, position, delta < 0 ? position - 1 : position + 1);

  return TRUE;
}

/* The ids a reference may name to mean the annex: its own and those of
 * its paragraphs and items. */
static GHashTable *
annex_targets (ConcordAnnex *annex)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *body = concord_annex_get_body (annex);

  g_hash_table_add (ids, (gpointer) concord_annex_get_id (annex));
  for (guint i = 0; body != NULL && i < body->len; i++)
    {
      const char *id = concord_block_get_id (g_ptr_array_index (body, i));

      if (id != NULL)
        g_hash_table_add (ids, (gpointer) id);
    }

  return ids;
}

static gboolean
refers_to (GPtrArray  *blocks,
           GHashTable *targets)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_CLAUSE && run->text != NULL && g_hash_table_contains (targets, run->text))
            return TRUE;
        }
    }

  return FALSE;
}

/* A place that holds text: an object and its property of blocks, and
 * how the user knows it. */
typedef void (*TextPlace) (GObject    *object,
                           const char *property,
                           const char *name,
                           gpointer    data);

/* "3.2 Data sharing"; a clause without a heading as its text refers to
 * it ("clause 1.1"). */
static char *
clause_name (ConcordNumbering *numbering,
             ConcordClause    *clause)
{
  const char *number = concord_numbering_get_clause (numbering, clause);
  const char *title = concord_clause_get_heading (clause);
  char *ref;

  if (title != NULL && *title != '\0')
    return g_strdup_printf ("%s %s", number != NULL ? number : "–", title);
  ref = concord_numbering_render_ref (numbering, concord_clause_get_id (clause), TRUE);

  return ref != NULL ? ref : g_strdup (concord_clause_get_id (clause));
}

/* Every text of the memorandum outside @except, in reading order. */
static void
foreach_text (ConcordMemorandum *m,
              ConcordNumbering  *numbering,
              ConcordAnnex      *except,
              TextPlace          place,
              gpointer           data)
{
  GListModel *terms = concord_memorandum_get_terms (m);
  GListModel *list = concord_memorandum_get_annexes (m);
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (m);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) term = g_list_model_get_item (terms, i);
      /* TRANSLATORS: where a reference is: %s is a defined term */
      g_autofree char *name = g_strdup_printf (_("the definition of “%s”"), concord_term_get_name (term));

      place (G_OBJECT (term), "meaning", name, data);
    }
  place (G_OBJECT (m), "recitals", _("the background"), data);
  for (guint i = 0; i < clauses->len; i++)
    {
      g_autofree char *name = clause_name (numbering, g_ptr_array_index (clauses, i));

      place (g_ptr_array_index (clauses, i), "body", name, data);
    }
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (list, i);
      const char *number = concord_numbering_get_annex (numbering, annex);
      const char *heading = concord_annex_get_heading (annex);
      g_autofree char *name = g_strdup_printf ("%s %s", number != NULL ? number : _("Annex"),
                                               heading != NULL ? heading : "");

      if (annex != except)
        place (G_OBJECT (annex), "body", g_strstrip (name), data);
    }
}

typedef struct
{
  GHashTable *targets;
  GPtrArray  *names;
} FindRefs;

static void
find_refs (GObject    *object,
           const char *property,
           const char *name,
           gpointer    data)
{
  FindRefs *find = data;
  g_autoptr(GPtrArray) blocks = NULL;

  g_object_get (object, property, &blocks, NULL);
  if (refers_to (blocks, find->targets))
    g_ptr_array_add (find->names, g_strdup (name));
}

/**
 * concord_structure_annex_referrers:
 *
 * Returns: (transfer full) (element-type utf8): what refers to the annex
 *   or to one of its paragraphs, as the user knows each ("3.2 Data
 *   sharing", "the background"), in reading order; empty if nothing does
 */
GPtrArray *
concord_structure_annex_referrers (ConcordDocument *document,
                                   ConcordAnnex    *annex)
{
  g_autoptr(GHashTable) targets = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  FindRefs find;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_ANNEX (annex), NULL);

  targets = annex_targets (annex);
  numbering = concord_numbering_new (memorandum (document));
  find.targets = targets;
  find.names = g_ptr_array_new_with_free_func (g_free);
  foreach_text (memorandum (document), numbering, annex, find_refs, &find);

  return find.names;
}

/**
 * concord_structure_describe_annex_removal:
 * @heading: (out): the question to ask
 *
 * What to tell the user before removing an annex that text refers to.
 *
 * Returns: (nullable): the explanation, or %NULL if nothing refers to the
 *   annex and it can go without asking
 */
char *
concord_structure_describe_annex_removal (ConcordDocument  *document,
                                          ConcordAnnex     *annex,
                                          char            **heading)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  const char *number;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_ANNEX (annex), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  names = concord_structure_annex_referrers (document, annex);
  if (names->len == 0)
    return NULL;

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (list, "\n• %s", (char *) g_ptr_array_index (names, i));

  numbering = concord_numbering_new (memorandum (document));
  number = concord_numbering_get_annex (numbering, annex);
  *heading = g_strdup_printf (_("Remove %s?"), number != NULL ? number : _("the annex"));

  if (names->len == 1)
    return g_strdup_printf (_("This text refers to the annex or its paragraphs; its references will "
                              "become plain words:%s"), list->str);

  return g_strdup_printf (ngettext ("These %u texts refer to the annex or its paragraphs; their "
                                    "references will become plain words:%s",
                                    "These %u texts refer to the annex or its paragraphs; their "
                                    "references will become plain words:%s", names->len),
                          names->len, list->str);
}

/* Removing an annex */

/* A copy of running text with each reference to one of @words's ids
 * replaced by the words it printed, the block's id kept. */
/* What each reference to the annex printed, by the id it names: with its
 * word ("Annex B", "paragraph B.3") or the number alone ("B.3"). */
typedef struct
{
  GHashTable *full;
  GHashTable *bare;
} Words;

static ConcordBlock *
unlink_runs (const ConcordBlock *block,
             Words              *words)
{
  ConcordBlock *copy = concord_block_new (concord_block_get_kind (block), concord_block_get_level (block));

  concord_block_set_id (copy, concord_block_get_id (block));
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);
      const char *text = NULL;

      if (run->kind == CONCORD_RUN_CLAUSE && run->text != NULL)
        text = g_hash_table_lookup (run->full_form ? words->full : words->bare, run->text);

      if (text != NULL)
        concord_block_append_run (copy, CONCORD_RUN_TEXT, text, FALSE);
      else
        concord_block_append_run_copy (copy, run);
    }

  return copy;
}

/* The same in each cell of a table, which keeps its shape. */
static ConcordBlock *
unlink_table (const ConcordBlock *block,
              ConcordTable       *table,
              Words              *words)
{
  guint columns = concord_table_get_n_columns (table);
  g_autoptr(ConcordTable) copy = concord_table_new (columns, NULL);
  g_autofree guint *widths = g_new0 (guint, columns);
  ConcordBlock *result;

  concord_table_set_header (copy, concord_table_get_header (table));
  concord_table_set_fill (copy, concord_table_get_fill (table), NULL);
  if (concord_table_has_widths (table))
    {
      for (guint c = 0; c < columns; c++)
        widths[c] = concord_table_get_width (table, c);
      concord_table_set_widths (copy, widths, columns, NULL);
    }
  for (guint r = 0; r < concord_table_get_n_rows (table); r++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);

      for (guint c = 0; c < columns; c++)
        g_ptr_array_add (cells, unlink_runs (concord_table_get_cell (table, r, c), words));
      concord_table_append_row (copy, cells, NULL);
    }
  result = concord_block_new_table (copy, NULL);
  concord_block_set_id (result, concord_block_get_id (block));

  return result;
}

typedef struct
{
  ConcordDocument *document;
  Words            words;
} Unlink;

static void
unlink_place (GObject    *object,
              const char *property,
              const char *name,
              gpointer    data)
{
  Unlink *unlink = data;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) rewritten = concord_blocks_new ();
  g_auto(GValue) value = G_VALUE_INIT;

  g_object_get (object, property, &blocks, NULL);
  if (!refers_to (blocks, unlink->words.full))
    return;

  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      ConcordTable *table = concord_block_get_table (block);

      g_ptr_array_add (rewritten, table != NULL ? unlink_table (block, table, &unlink->words)
                                                : unlink_runs (block, &unlink->words));
    }
  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&value, rewritten);
  concord_document_set_property (unlink->document, object, property, &value);
}

static GHashTable *
printed_words (ConcordNumbering *numbering,
               GHashTable       *targets,
               const char       *annex_number,
               gboolean          with_word)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GHashTableIter iter;
  gpointer id;

  g_hash_table_iter_init (&iter, targets);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      char *text = concord_numbering_render_ref (numbering, id, with_word);

      if (text == NULL)
        text = g_strdup (annex_number != NULL ? annex_number : _("the annex"));
      g_hash_table_insert (words, id, text);
    }

  return words;
}

/**
 * concord_structure_remove_annex:
 *
 * Removes the annex, and makes every reference to it or its paragraphs
 * the words it printed: one undoable edit.
 *
 * Returns: (transfer none) (nullable): the item to select next: the
 *   annex now in its place, the one before, or the memorandum
 */
GObject *
concord_structure_remove_annex (ConcordDocument *document,
                                ConcordAnnex    *annex)
{
  ConcordMemorandum *m;
  GListModel *list;
  guint position, n;
  g_autoptr(GHashTable) targets = NULL;
  g_autoptr(GHashTable) full = NULL;
  g_autoptr(GHashTable) bare = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(ConcordAnnex) keep = NULL;
  const char *number;
  Unlink unlink;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_ANNEX (annex), NULL);

  m = memorandum (document);
  list = annexes (document);
  if (!g_list_store_find (G_LIST_STORE (list), annex, &position))
    return NULL;

  keep = g_object_ref (annex);
  numbering = concord_numbering_new (m);
  targets = annex_targets (annex);
  number = concord_numbering_get_annex (numbering, annex);
  full = printed_words (numbering, targets, number, TRUE);
  bare = printed_words (numbering, targets, number, FALSE);
  unlink.document = document;
  unlink.words.full = full;
  unlink.words.bare = bare;

  concord_document_begin_group (document);
  foreach_text (m, numbering, annex, unlink_place, &unlink);
  concord_document_remove_item (document, list, position);
  concord_document_end_group (document, G_OBJECT (annex));

  n = g_list_model_get_n_items (list);
  if (n == 0)
    return G_OBJECT (m);
  {
    g_autoptr(GObject) next = g_list_model_get_item (list, MIN (position, n - 1));

    return next;
  }
}

/* Document control */

static GListModel *
entries (ConcordDocument *document)
{
  return concord_memorandum_get_control_entries (memorandum (document));
}

static gboolean
version_in_use (GListModel          *list,
                ConcordControlEntry *except,
                const char          *version)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ConcordControlEntry) entry = g_list_model_get_item (list, i);

      if (entry != except && g_strcmp0 (concord_control_entry_get_version (entry), version) == 0)
        return TRUE;
    }

  return FALSE;
}

/* One more than a version made of numbers ("0.3" gives "0.4"); anything
 * else gets ".1" after it. */
static char *
bump (const char *version)
{
  g_autoptr(GRegex) numbers = g_regex_new ("^([0-9]+\\.)*([0-9]{1,9})$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int start;

  if (version == NULL || *version == '\0')
    return g_strdup ("0.1");
  if (!g_regex_match (numbers, version, 0, &match) || !g_match_info_fetch_pos (match, 2, &start, NULL))
    return g_strconcat (version, ".1", NULL);

  return g_strdup_printf ("%.*s%lu", start, version, strtoul (version + start, NULL, 10) + 1);
}

/**
 * concord_structure_next_version:
 *
 * Returns: (transfer full): a version for a new document-control row:
 *   one after the last row's, and used by no row
 */
char *
concord_structure_next_version (ConcordDocument *document)
{
  GListModel *list;
  guint n;
  g_autofree char *version = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  list = entries (document);
  n = g_list_model_get_n_items (list);
  if (n > 0)
    {
      g_autoptr(ConcordControlEntry) last = g_list_model_get_item (list, n - 1);

      version = bump (concord_control_entry_get_version (last));
    }
  else
    version = bump (NULL);

  while (version_in_use (list, NULL, version))
    {
      char *next = bump (version);

      g_free (version);
      version = next;
    }

  return g_steal_pointer (&version);
}

/**
 * concord_structure_add_control_entry:
 *
 * Adds a row at the end of the document control, with the next version
 * and today's date.
 *
 * Returns: (transfer none): the new row, which the memorandum holds
 */
ConcordControlEntry *
concord_structure_add_control_entry (ConcordDocument *document)
{
  g_autoptr(ConcordControlEntry) entry = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *version = NULL;
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  GListModel *list;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  list = entries (document);
  version = concord_structure_next_version (document);
  entry = concord_control_entry_new ();
  concord_control_entry_set_version (entry, version);
  concord_control_entry_set_date (entry, date);
  concord_document_insert_item (document, list, g_list_model_get_n_items (list), entry);

  return entry;
}

gboolean
concord_structure_remove_control_entry (ConcordDocument     *document,
                                        ConcordControlEntry *entry)
{
  guint position;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (CONCORD_IS_CONTROL_ENTRY (entry), FALSE);

  if (!g_list_store_find (G_LIST_STORE (entries (document)), entry, &position))
    return FALSE;

  concord_document_remove_item (document, entries (document), position);

  return TRUE;
}

gboolean
concord_structure_move_control_entry (ConcordDocument     *document,
                                      ConcordControlEntry *entry,
                                      int                  delta)
{
  GListModel *list;
  guint position, n;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (CONCORD_IS_CONTROL_ENTRY (entry), FALSE);

  list = entries (document);
  n = g_list_model_get_n_items (list);
  if (!g_list_store_find (G_LIST_STORE (list), entry, &position) ||
      (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n) || delta == 0)
    return FALSE;

  concord_document_move_item (document, list, position, delta < 0 ? position - 1 : position + 1);

  return TRUE;
}

/**
 * concord_structure_check_version:
 * @entry: (nullable): the row whose version this would be
 *
 * Whether @version may be a document-control row's version: words with
 * single spaces between them, and no other row's.
 */
gboolean
concord_structure_check_version (ConcordDocument      *document,
                                 ConcordControlEntry  *entry,
                                 const char           *version,
                                 GError              **error)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  if (!g_regex_match_simple ("^\\S+( \\S+)*$", version, 0, 0))
    {
      g_set_error_literal (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                           *version == '\0' ? _("Every row needs a version")
                                            : _("A version has no spaces at its ends and no double spaces"));
      return FALSE;
    }
  if (version_in_use (entries (document), entry, version))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE,
                   _("Another row is version %s already"), version);
      return FALSE;
    }

  return TRUE;
}

/**
 * concord_structure_check_month_or_date:
 *
 * Whether @text may be a document-control row's date: empty, a full date
 * ("2016-11-30") or a month and year ("2016-11").
 */
gboolean
concord_structure_check_month_or_date (const char  *text,
                                       GError     **error)
{
  int y = 0, m = 0, d = 0, used = 0;
  size_t length;

  g_return_val_if_fail (text != NULL, FALSE);

  length = strlen (text);
  if (length == 0)
    return TRUE;
  if (length == 7 && sscanf (text, "%4d-%2d%n", &y, &m, &used) == 2 && used == 7 &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[5]) && y >= 1 && m >= 1 && m <= 12)
    return TRUE;
  if (length == 10 && sscanf (text, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 && used == 10 &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[8]) &&
      g_date_valid_dmy (d, m, y))
    return TRUE;

  g_set_error_literal (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                       _("Use a full date (2016-11-30) or a month and year (2016-11)"));
  return FALSE;
}
