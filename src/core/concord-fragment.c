/* concord-fragment.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-fragment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-clause.h"
#include "concord-error.h"
#include "concord-fragment.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-table.h"
#include "concord-term.h"
#include "concord-text.h"
#include "concord-xml.h"

/* A fragment is a memorandum of its own in the save format: one clause
 * holding the copied blocks, and the parties and terms they refer to, so
 * the loader checks it as it checks any file (limits, schema, every
 * reference) and nothing on the clipboard is trusted. Pasted, the blocks
 * keep the references the target memorandum can honour; one to a party
 * or a term it does not have becomes the words it printed. Ids are
 * dropped: a paste is new text. */

static void
copy_party (ConcordMemorandum *fragment,
            ConcordMemorandum *source,
            const char        *id)
{
  ConcordParty *party = concord_memorandum_find_party (source, id);
  g_autoptr(ConcordParty) copy = NULL;
  const char *name;

  if (party == NULL || concord_memorandum_find_party (fragment, id) != NULL)
    return;
  copy = concord_party_new (id);
  name = concord_party_get_display_name (party, TRUE);
  concord_party_set_kind (copy, concord_party_get_kind (party));
  concord_party_set_name (copy, name != NULL && *name != '\0' ? name : id);
  name = concord_party_get_display_name (party, FALSE);
  if (name != NULL && *name != '\0')
    concord_party_set_short_name (copy, name);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_parties (fragment)), copy);
}

static void
copy_term (ConcordMemorandum *fragment,
           ConcordMemorandum *source,
           const char        *id)
{
  ConcordTerm *term = concord_memorandum_find_term (source, id);
  g_autoptr(ConcordTerm) copy = NULL;

  if (term == NULL || concord_memorandum_find_term (fragment, id) != NULL)
    return;
  copy = concord_term_new (id);
  concord_term_set_name (copy, concord_term_get_name (term) != NULL ? concord_term_get_name (term) : id);
  concord_term_set_forms (copy, concord_term_get_forms (term));
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_terms (fragment)), copy);
}

typedef gboolean (*KeepRun) (const ConcordRun *run,
                             gpointer          data);

/* A copy of @block with no id, each run that @keep refuses written out as
 * the words @words renders it as; NULL when the block cannot be rebuilt. */
static ConcordBlock *
rewrite_block (const ConcordBlock *block,
               ConcordMemorandum  *words,
               ConcordNumbering   *numbering,
               KeepRun             keep,
               gpointer            data)
{
  ConcordTable *table = concord_block_get_table (block);
  ConcordBlock *copy;

  if (table != NULL)
    {
      guint columns = concord_table_get_n_columns (table);
      g_autoptr(ConcordTable) rebuilt = concord_table_new (columns, NULL);
      guint n_widths = concord_table_has_widths (table) ? columns : 0;
      g_autofree guint *widths = g_new0 (guint, columns);

      for (guint c = 0; c < n_widths; c++)
        widths[c] = concord_table_get_width (table, c);
      if (rebuilt == NULL || (n_widths > 0 && !concord_table_set_widths (rebuilt, widths, n_widths, NULL)) ||
          !concord_table_set_fill (rebuilt, concord_table_get_fill (table), NULL))
        return NULL;
      concord_table_set_header (rebuilt, concord_table_get_header (table));
      for (guint r = 0; r < concord_table_get_n_rows (table); r++)
        {
          g_autoptr(GPtrArray) cells = concord_blocks_new ();

          for (guint c = 0; c < columns; c++)
            g_ptr_array_add (cells, rewrite_block (concord_table_get_cell (table, r, c), words, numbering, keep, data));
          if (!concord_table_append_row (rebuilt, cells, NULL))
            return NULL;
        }
      return concord_block_new_table (rebuilt, NULL);
    }

  copy = concord_block_new (concord_block_get_kind (block), concord_block_get_level (block));
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      if (keep (run, data))
        concord_block_append_run_copy (copy, run);
      else
        {
          g_autofree char *text = concord_run_render (words, numbering, run);

          concord_block_append_run (copy, CONCORD_RUN_TEXT, text, FALSE);
        }
    }

  return copy;
}

static gboolean
keep_all (const ConcordRun *run,
          gpointer          data)
{
  return TRUE;
}

static gboolean
keep_but_clauses (const ConcordRun *run,
                  gpointer          data)
{
  return run->kind != CONCORD_RUN_CLAUSE;
}

static void
note_references (ConcordMemorandum  *fragment,
                 ConcordMemorandum  *source,
                 const ConcordBlock *block)
{
  /* A table's runs are its cells'. */
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      if (run->kind == CONCORD_RUN_PARTY)
        copy_party (fragment, source, run->text);
      else if (run->kind == CONCORD_RUN_TERM)
        copy_term (fragment, source, run->text);
    }
}

/**
 * concord_fragment_serialize:
 * @source: the memorandum the blocks were copied from
 * @blocks: (element-type ConcordBlock): what was copied
 *
 * Returns: (transfer full): the fragment in the save format
 */
static ConcordClause *
fragment_clause (const char *id,
                 GPtrArray  *body)
{
  ConcordClause *clause = concord_clause_new (id);

  concord_clause_set_body (clause, body);

  return clause;
}

GBytes *
concord_fragment_serialize (ConcordMemorandum *source,
                            GPtrArray         *blocks)
{
  g_autoptr(ConcordMemorandum) fragment = NULL;
  g_autoptr(ConcordSection) section = concord_section_new ("fragment-section");
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(GPtrArray) words = concord_blocks_new ();
  g_autoptr(ConcordClause) clause = NULL;
  g_autoptr(ConcordClause) printed = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (source), NULL);

  /* The source's id says, on pasting, whether clause references name
   * clauses of the same memorandum; a second clause has them as the
   * numbers they printed, for pasting into another. */
  fragment = concord_memorandum_new (concord_memorandum_get_id (source));
  concord_memorandum_set_title (fragment, "Fragment");
  numbering = concord_numbering_new (source);
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      ConcordBlock *copy = rewrite_block (g_ptr_array_index (blocks, i), source, NULL, keep_all, NULL);
      ConcordBlock *as_printed = rewrite_block (g_ptr_array_index (blocks, i), source, numbering,
                                                keep_but_clauses, NULL);

      if (copy == NULL || as_printed == NULL)
        {
          g_clear_pointer (&copy, concord_block_unref);
          g_clear_pointer (&as_printed, concord_block_unref);
          continue;
        }
      note_references (fragment, source, copy);
      g_ptr_array_add (body, copy);
      g_ptr_array_add (words, as_printed);
    }
  clause = fragment_clause ("fragment-clause", body);
  printed = fragment_clause ("fragment-printed", words);
  concord_section_append_clause (section, clause);
  concord_section_append_clause (section, printed);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (fragment)), section);

  return concord_memorandum_serialize (fragment);
}

typedef struct
{
  ConcordMemorandum *target;
  gboolean           same;
} Paste;

static gboolean
keep_in_target (const ConcordRun *run,
                gpointer          data)
{
  Paste *paste = data;

  switch (run->kind)
    {
    case CONCORD_RUN_PARTY:
      return concord_memorandum_find_party (paste->target, run->text) != NULL;
    case CONCORD_RUN_TERM:
      {
        ConcordTerm *term = concord_memorandum_find_term (paste->target, run->text);

        return term != NULL && (run->form == NULL || concord_term_has_form (term, run->form));
      }
    case CONCORD_RUN_CLAUSE:
      /* Numbers are the source's: another memorandum's clause ids mean
       * nothing here, unless one of ours has the same. */
      return paste->same || concord_memorandum_find_clause (paste->target, run->text, NULL, NULL) != NULL ||
             concord_memorandum_find_section (paste->target, run->text) != NULL;
    case CONCORD_RUN_TEXT:
    case CONCORD_RUN_PLACEHOLDER:
    default:
      return TRUE;
    }
}

/**
 * concord_fragment_parse:
 * @target: the memorandum the blocks are pasted into
 *
 * Returns: (transfer full) (element-type ConcordBlock): the blocks, ready
 *   to paste into @target, or %NULL with @error set if @data is not a
 *   fragment
 */
GPtrArray *
concord_fragment_parse (ConcordMemorandum  *target,
                        const char         *data,
                        gsize               length,
                        GError            **error)
{
  g_autoptr(ConcordMemorandum) fragment = NULL;
  g_autoptr(ConcordSection) section = NULL;
  GListModel *sections;
  GPtrArray *blocks;
  GPtrArray *body;
  Paste paste = { target, FALSE };

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (target), NULL);

  fragment = concord_memorandum_load_from_data (data, length, _("the clipboard"), error);
  if (fragment == NULL)
    return NULL;
  sections = concord_memorandum_get_sections (fragment);
  section = g_list_model_get_n_items (sections) == 1 ? g_list_model_get_item (sections, 0) : NULL;
  if (section == NULL || concord_section_get_n_clauses (section) != 2)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA, _("the clipboard holds no copied text"));
      return NULL;
    }

  paste.same = g_strcmp0 (concord_memorandum_get_id (fragment), concord_memorandum_get_id (target)) == 0;
  body = concord_clause_get_body (concord_section_get_clause (section, paste.same ? 0 : 1));
  blocks = concord_blocks_new ();
  for (guint i = 0; body != NULL && i < body->len; i++)
    {
      ConcordBlock *block = rewrite_block (g_ptr_array_index (body, i), fragment, NULL, keep_in_target, &paste);

      if (block != NULL)
        g_ptr_array_add (blocks, block);
    }

  return blocks;
}

/* Whole clauses and sections, for the clause library */

static GPtrArray *
rewrite_blocks (GPtrArray         *blocks,
                ConcordMemorandum *words,
                ConcordNumbering  *numbering,
                KeepRun            keep,
                gpointer           data)
{
  GPtrArray *rewritten = concord_blocks_new ();

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      ConcordBlock *block = rewrite_block (g_ptr_array_index (blocks, i), words, numbering, keep, data);

      if (block != NULL)
        g_ptr_array_add (rewritten, block);
    }

  return rewritten;
}

static void
note_clause_parties (ConcordMemorandum *fragment,
                     ConcordMemorandum *source,
                     ConcordClause     *clause)
{
  const char *single[] = {
    concord_clause_get_owner (clause), concord_clause_get_accountable (clause), concord_clause_get_to (clause),
  };
  const char * const *lists[] = { concord_clause_get_side_a (clause), concord_clause_get_side_b (clause) };

  for (guint i = 0; i < G_N_ELEMENTS (single); i++)
    if (single[i] != NULL)
      copy_party (fragment, source, single[i]);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; lists[i] != NULL && lists[i][j] != NULL; j++)
      copy_party (fragment, source, lists[i][j]);
}

typedef ConcordClause *(*CopyClause) (ConcordClause *clause,
                                      gpointer       data);

/* A section like @original, under @id, each clause copied by @copy_clause. */
static ConcordSection *
copy_section (ConcordSection *original,
              const char     *id,
              CopyClause      copy_clause,
              gpointer        data)
{
  ConcordSection *section = concord_section_new (id);

  concord_section_set_kind (section, concord_section_get_kind (original));
  concord_section_set_heading (section, concord_section_get_heading (original));
  concord_section_set_translated_heading (section, concord_section_get_translated_heading (original));
  for (guint i = 0; i < concord_section_get_n_clauses (original); i++)
    {
      g_autoptr(ConcordClause) clause = copy_clause (concord_section_get_clause (original, i), data);

      concord_section_append_clause (section, clause);
    }

  return section;
}

typedef struct
{
  ConcordMemorandum *fragment;
  ConcordMemorandum *source;
  ConcordNumbering  *numbering;
} Extract;

static ConcordClause *extract_clause (ConcordMemorandum *fragment,
                                      ConcordMemorandum *source,
                                      ConcordNumbering  *numbering,
                                      ConcordClause     *clause);

static ConcordClause *
extract_one (ConcordClause *clause,
             gpointer       data)
{
  Extract *extract = data;

  return extract_clause (extract->fragment, extract->source, extract->numbering, clause);
}

/* A clause for a memorandum of its own: references to clauses become the
 * numbers they printed, since another memorandum has other clauses. */
static ConcordClause *
extract_clause (ConcordMemorandum *fragment,
                ConcordMemorandum *source,
                ConcordNumbering  *numbering,
                ConcordClause     *clause)
{
  ConcordClause *copy = concord_clause_copy (clause, NULL);
  g_autoptr(GPtrArray) body = rewrite_blocks (concord_clause_get_body (clause), source, numbering,
                                              keep_but_clauses, NULL);
  g_autoptr(GPtrArray) translated = rewrite_blocks (concord_clause_get_translated_body (clause), source,
                                                    numbering, keep_but_clauses, NULL);

  for (guint i = 0; i < body->len; i++)
    note_references (fragment, source, g_ptr_array_index (body, i));
  for (guint i = 0; i < translated->len; i++)
    note_references (fragment, source, g_ptr_array_index (translated, i));
  note_clause_parties (fragment, source, clause);
  concord_clause_set_body (copy, body);
  concord_clause_set_translated_body (copy, translated);
  concord_clause_set_number (copy, NULL);
  /* The entry is the library's own version, not a copy of another; the
   * drafters' notes and the negotiation's comments stay in the memorandum
   * they were written in. */
  concord_clause_set_library (copy, NULL);
  concord_clause_set_notes (copy, NULL);
  concord_clause_set_comments (copy, NULL);

  return copy;
}

/**
 * concord_fragment_extract:
 * @source: the memorandum that holds @item
 * @item: a #ConcordClause or a #ConcordSection of @source
 * @title: what the fragment is called
 *
 * A memorandum of its own holding a copy of @item, in one section, with
 * the parties and terms it refers to: what the clause library keeps.
 *
 * Returns: (transfer full): the fragment
 */
ConcordMemorandum *
concord_fragment_extract (ConcordMemorandum *source,
                          GObject           *item,
                          const char        *title)
{
  g_autoptr(ConcordMemorandum) fragment = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(ConcordSection) section = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (source), NULL);
  g_return_val_if_fail (CONCORD_IS_CLAUSE (item) || CONCORD_IS_SECTION (item), NULL);

  fragment = concord_memorandum_new ("library");
  concord_memorandum_set_title (fragment, title);
  concord_memorandum_set_language (fragment, concord_memorandum_get_language (source));
  numbering = concord_numbering_new (source);
  if (CONCORD_IS_CLAUSE (item))
    {
      g_autoptr(ConcordClause) clause = extract_clause (fragment, source, numbering, CONCORD_CLAUSE (item));

      section = concord_section_new ("library-section");
      concord_section_append_clause (section, clause);
    }
  else
    {
      Extract extract = { fragment, source, numbering };

      section = copy_section (CONCORD_SECTION (item), concord_section_get_id (CONCORD_SECTION (item)), extract_one,
                              &extract);
    }
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (fragment)), section);

  return g_steal_pointer (&fragment);
}

/* An id free in @target and not yet taken by another new item. */
static char *
free_id (ConcordMemorandum *target,
         GHashTable        *taken,
         const char        *wanted)
{
  /* Room for "-N" within the schema's 128 characters. */
  g_autofree char *base = g_utf8_substring (wanted, 0, MIN (g_utf8_strlen (wanted, -1), 112));
  char *id = g_strdup (wanted);

  for (guint n = 2; concord_memorandum_has_id (target, id) || g_hash_table_contains (taken, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (taken, g_strdup (id));

  return id;
}

static const char *
party_in (ConcordMemorandum *target,
          const char        *id)
{
  return id != NULL && concord_memorandum_find_party (target, id) != NULL ? id : NULL;
}

static GStrv
parties_in (ConcordMemorandum  *target,
            const char * const *ids)
{
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (party_in (target, ids[i]) != NULL)
      g_strv_builder_add (kept, ids[i]);

  return g_strv_builder_end (kept);
}

static ConcordClause *
adopt_clause (ConcordMemorandum *fragment,
              ConcordMemorandum *target,
              GHashTable        *taken,
              ConcordClause     *clause)
{
  Paste paste = { target, FALSE };
  g_autofree char *id = free_id (target, taken, concord_clause_get_id (clause));
  ConcordClause *copy = concord_clause_copy (clause, id);
  g_autoptr(GPtrArray) body = rewrite_blocks (concord_clause_get_body (clause), fragment, NULL, keep_in_target,
                                              &paste);
  g_autoptr(GPtrArray) translated = rewrite_blocks (concord_clause_get_translated_body (clause), fragment, NULL,
                                                    keep_in_target, &paste);
  g_auto(GStrv) side_a = parties_in (target, concord_clause_get_side_a (clause));
  g_auto(GStrv) side_b = parties_in (target, concord_clause_get_side_b (clause));

  concord_clause_set_body (copy, body);
  concord_clause_set_translated_body (copy, translated);
  /* Who does what is the target's to say: a party it lacks is left out. */
  concord_clause_set_owner (copy, party_in (target, concord_clause_get_owner (clause)));
  concord_clause_set_accountable (copy, party_in (target, concord_clause_get_accountable (clause)));
  concord_clause_set_to (copy, party_in (target, concord_clause_get_to (clause)));
  concord_clause_set_side_a (copy, (const char * const *) side_a);
  concord_clause_set_side_b (copy, (const char * const *) side_b);
  /* Whatever a fragment's file says, another memorandum's talk is not
   * brought in. */
  concord_clause_set_notes (copy, NULL);
  concord_clause_set_comments (copy, NULL);

  return copy;
}

typedef struct
{
  ConcordMemorandum *fragment;
  ConcordMemorandum *target;
  GHashTable        *taken;
} Adopt;

static ConcordClause *
adopt_one (ConcordClause *clause,
           gpointer       data)
{
  Adopt *adopt = data;

  return adopt_clause (adopt->fragment, adopt->target, adopt->taken, clause);
}

/**
 * concord_fragment_check_shape:
 * @whole_section: whether the fragment is to hold a section, rather than
 *   one clause
 *
 * Returns: whether @fragment has the shape concord_fragment_adopt() needs,
 *   with @error set if not
 */
gboolean
concord_fragment_check_shape (ConcordMemorandum  *fragment,
                              gboolean            whole_section,
                              GError            **error)
{
  GListModel *sections;
  g_autoptr(ConcordSection) section = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (fragment), FALSE);

  sections = concord_memorandum_get_sections (fragment);
  section = g_list_model_get_n_items (sections) == 1 ? g_list_model_get_item (sections, 0) : NULL;
  if (section == NULL || (!whole_section && concord_section_get_n_clauses (section) != 1))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   whole_section ? _("a library section holds exactly one section")
                                 : _("a library clause holds exactly one section with one clause"));
      return FALSE;
    }

  return TRUE;
}

/**
 * concord_fragment_adopt:
 * @fragment: a fragment from concord_fragment_extract()
 * @target: the memorandum @item goes into
 *
 * A copy of the fragment's clause or section ready to insert into
 * @target: ids free there, references to what @target has kept and the
 * rest written out as the fragment printed them.
 *
 * Returns: (transfer full) (nullable): a #ConcordClause for a fragment of
 *   one clause, a #ConcordSection for one of a section, or %NULL with
 *   @error set if @fragment holds neither
 */
GObject *
concord_fragment_adopt (ConcordMemorandum  *fragment,
                        gboolean            whole_section,
                        ConcordMemorandum  *target,
                        GError            **error)
{
  GListModel *sections;
  g_autoptr(ConcordSection) section = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ConcordSection) copy = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (fragment), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (target), NULL);

  if (!concord_fragment_check_shape (fragment, whole_section, error))
    return NULL;
  sections = concord_memorandum_get_sections (fragment);
  section = g_list_model_get_item (sections, 0);
  if (!whole_section)
    return G_OBJECT (adopt_clause (fragment, target, taken, concord_section_get_clause (section, 0)));

  id = free_id (target, taken, concord_section_get_id (section));
  {
    Adopt adopt = { fragment, target, taken };

    copy = copy_section (section, id, adopt_one, &adopt);
  }

  return G_OBJECT (g_steal_pointer (&copy));
}
