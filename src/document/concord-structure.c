/* concord-structure.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-structure"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-structure.h"
#include "concord-structure-annex.h"

/* Sections, clauses and parties: add, duplicate, remove and reorder. Each
 * is one undoable edit; the caller selects the item returned. */

static ConcordMemorandum *
memorandum (ConcordDocument *document)
{
  return concord_document_get_memorandum (document);
}

static gboolean
find_clause (ConcordDocument  *document,
             GObject          *selected,
             ConcordSection  **section,
             guint            *position)
{
  if (!CONCORD_IS_CLAUSE (selected))
    return FALSE;

  return concord_memorandum_find_clause (memorandum (document), concord_clause_get_id (CONCORD_CLAUSE (selected)),
                                         section, position) != NULL;
}

/* The section of the selected item: the section itself, or the clause's. */
static ConcordSection *
selected_section (ConcordDocument *document,
                  GObject         *selected,
                  guint           *section_position)
{
  ConcordSection *section = NULL;
  GListModel *sections;

  if (CONCORD_IS_SECTION (selected))
    section = CONCORD_SECTION (selected);
  else if (!find_clause (document, selected, &section, NULL))
    return NULL;

  sections = concord_memorandum_get_sections (memorandum (document));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);

      if (s == section)
        {
          if (section_position != NULL)
            *section_position = i;
          return section;
        }
    }

  return NULL;
}

static gboolean
insert_clause_after (ConcordDocument *document,
                     GObject         *selected,
                     ConcordClause   *clause)
{
  ConcordSection *section;
  guint position;

  if (find_clause (document, selected, &section, &position))
    position++;
  else if ((section = selected_section (document, selected, NULL)) != NULL)
    position = 0;
  else
    return FALSE;

  concord_document_insert_clause (document, section, position, clause);

  return TRUE;
}

ConcordClause *
concord_structure_add_clause (ConcordDocument *document,
                              GObject         *selected)
{
  g_autofree char *id = NULL;
  g_autoptr(ConcordClause) clause = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  if (selected_section (document, selected, NULL) == NULL)
    return NULL;

  id = concord_document_new_id (document, "c-");
  /* A new clause is general, whatever its neighbours are, until the
   * drafter picks a kind: a role or a boundary is a claim about a party
   * that the drafter makes, never a guess. */
  clause = concord_clause_new (id);
  concord_clause_set_kind (clause, CONCORD_CLAUSE_KIND_GENERAL);

  return insert_clause_after (document, selected, clause) ? clause : NULL;
}

ConcordClause *
concord_structure_duplicate_clause (ConcordDocument *document,
                                    GObject         *selected)
{
  g_autofree char *id = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(ConcordClause) copy = NULL;
  const char *original;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  if (!find_clause (document, selected, NULL, NULL))
    return NULL;

  id = concord_document_new_id (document, "c-");
  copy = concord_clause_copy (CONCORD_CLAUSE (selected), id);
  original = concord_clause_get_heading (CONCORD_CLAUSE (selected));
  /* TRANSLATORS: the heading of a duplicated clause; %s is the original's */
  heading = g_strdup_printf (_("%s (copy)"), original != NULL ? original : _("Untitled clause"));
  concord_clause_set_heading (copy, heading);

  return insert_clause_after (document, selected, copy) ? copy : NULL;
}

static GObject *
remove_clause (ConcordDocument *document,
               GObject         *selected)
{
  ConcordSection *section;
  guint position, n;

  if (!find_clause (document, selected, &section, &position))
    return NULL;

  concord_document_remove_clause (document, section, position);
  n = concord_section_get_n_clauses (section);

  return n > 0 ? G_OBJECT (concord_section_get_clause (section, MIN (position, n - 1))) : G_OBJECT (section);
}

/**
 * concord_structure_move_clause:
 *
 * Moves a clause to a position in a section, which may be another
 * section: one undoable edit either way. The position is counted with the
 * clause still in place.
 */
gboolean
concord_structure_move_clause (ConcordDocument *document,
                               ConcordClause   *clause,
                               ConcordSection  *to_section,
                               guint            to_position)
{
  g_autoptr(ConcordClause) keep = g_object_ref (clause);
  ConcordSection *from_section;
  guint from_position;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);

  if (concord_memorandum_find_clause (memorandum (document), concord_clause_get_id (clause),
                                      &from_section, &from_position) == NULL)
    return FALSE;

  if (from_section == to_section)
    {
      if (to_position > from_position)
        to_position--;
      to_position = MIN (to_position, concord_section_get_n_clauses (to_section) - 1);
      if (to_position == from_position)
        return FALSE;
      concord_document_move_clause (document, to_section, from_position, to_position);
    }
  else
    {
      to_position = MIN (to_position, concord_section_get_n_clauses (to_section));
      concord_document_begin_group (document);
      concord_document_remove_clause (document, from_section, from_position);
      concord_document_insert_clause (document, to_section, to_position, clause);
      concord_document_end_group (document, G_OBJECT (clause));
    }

  return TRUE;
}

/* Up from the first clause of a section goes to the end of the section
 * before; down from the last, to the start of the next. */
static gboolean
move_clause_by (ConcordDocument *document,
                ConcordClause   *clause,
                int              delta)
{
  ConcordSection *section;
  guint position, section_position, n_sections;
  GListModel *sections;

  if (!find_clause (document, G_OBJECT (clause), &section, &position) ||
      selected_section (document, G_OBJECT (clause), &section_position) == NULL)
    return FALSE;

  sections = concord_memorandum_get_sections (memorandum (document));
  n_sections = g_list_model_get_n_items (sections);

  if (delta < 0 && position > 0)
    return concord_structure_move_clause (document, clause, section, position - 1);
  if (delta > 0 && position + 1 < concord_section_get_n_clauses (section))
    return concord_structure_move_clause (document, clause, section, position + 2);
  if (delta < 0 && section_position > 0)
    {
      g_autoptr(ConcordSection) before = g_list_model_get_item (sections, section_position - 1);

      return concord_structure_move_clause (document, clause, before, concord_section_get_n_clauses (before));
    }
  if (delta > 0 && section_position + 1 < n_sections)
    {
      g_autoptr(ConcordSection) after = g_list_model_get_item (sections, section_position + 1);

      return concord_structure_move_clause (document, clause, after, 0);
    }

  return FALSE;
}

ConcordSection *
concord_structure_add_section (ConcordDocument *document,
                               GObject         *selected)
{
  GListModel *sections;
  guint position;
  g_autofree char *id = NULL;
  g_autoptr(ConcordSection) section = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  sections = concord_memorandum_get_sections (memorandum (document));
  if (selected_section (document, selected, &position) != NULL)
    position++;
  else
    position = g_list_model_get_n_items (sections);

  id = concord_document_new_id (document, "s-");
  section = concord_section_new (id);
  concord_section_set_kind (section, CONCORD_SECTION_KIND_GENERAL);
  concord_section_set_heading (section, _("New section"));
  concord_document_insert_item (document, sections, position, section);

  return section;
}

/* Removing a section removes its clauses with it; undo brings back both. */
static GObject *
remove_section (ConcordDocument *document,
                GObject         *selected)
{
  GListModel *sections;
  guint position, n;

  if (!CONCORD_IS_SECTION (selected) || selected_section (document, selected, &position) == NULL)
    return NULL;

  sections = concord_memorandum_get_sections (memorandum (document));
  concord_document_remove_item (document, sections, position);
  n = g_list_model_get_n_items (sections);
  if (n > 0)
    {
      g_autoptr(GObject) next = g_list_model_get_item (sections, MIN (position, n - 1));

      return next;
    }

  return G_OBJECT (memorandum (document));
}

static gboolean
move_section_by (ConcordDocument *document,
                 ConcordSection  *section,
                 int              delta)
{
  GListModel *sections;
  guint position;

  if (selected_section (document, G_OBJECT (section), &position) == NULL)
    return FALSE;

  sections = concord_memorandum_get_sections (memorandum (document));
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= g_list_model_get_n_items (sections)))
    return FALSE;

  concord_document_move_item (document, sections, position, position + delta);

  return TRUE;
}

/* Removes the selected section or clause. */
GObject *
concord_structure_remove (ConcordDocument *document,
                          GObject         *selected)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  if (CONCORD_IS_SECTION (selected))
    return remove_section (document, selected);

  return remove_clause (document, selected);
}

/* Moves the selected section, clause or annex up (delta -1) or down (+1). */
GObject *
concord_structure_move (ConcordDocument *document,
                        GObject         *selected,
                        int              delta)
{
  gboolean moved = FALSE;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  if (CONCORD_IS_SECTION (selected))
    moved = move_section_by (document, CONCORD_SECTION (selected), delta);
  else if (CONCORD_IS_CLAUSE (selected))
    moved = move_clause_by (document, CONCORD_CLAUSE (selected), delta);
  else if (CONCORD_IS_ANNEX (selected))
    moved = concord_structure_move_annex (document, CONCORD_ANNEX (selected), delta);

  return moved ? selected : NULL;
}

/**
 * concord_structure_drop:
 *
 * Drag and drop in the outline: a clause dropped on a clause goes before
 * it (after it, if @after); on a section, to the start of that section. A
 * section dropped on a section takes its place.
 */
gboolean
concord_structure_drop (ConcordDocument *document,
                        GObject         *dragged,
                        GObject         *onto,
                        gboolean         after)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);

  if (dragged == NULL || onto == NULL || dragged == onto)
    return FALSE;

  if (CONCORD_IS_CLAUSE (dragged))
    {
      ConcordSection *section;
      guint position;

      if (CONCORD_IS_SECTION (onto))
        return concord_structure_move_clause (document, CONCORD_CLAUSE (dragged), CONCORD_SECTION (onto), 0);
      if (CONCORD_IS_CLAUSE (onto) &&
          concord_memorandum_find_clause (memorandum (document), concord_clause_get_id (CONCORD_CLAUSE (onto)),
                                          &section, &position) != NULL)
        return concord_structure_move_clause (document, CONCORD_CLAUSE (dragged), section,
                                              position + (after ? 1 : 0));
      return FALSE;
    }

  if (CONCORD_IS_SECTION (dragged) && CONCORD_IS_SECTION (onto))
    {
      GListModel *sections = concord_memorandum_get_sections (memorandum (document));
      guint from, to;

      if (!g_list_store_find (G_LIST_STORE (sections), dragged, &from) ||
          !g_list_store_find (G_LIST_STORE (sections), onto, &to))
        return FALSE;
      concord_document_move_item (document, sections, from, to);
      return TRUE;
    }

  return FALSE;
}

/* Parties. A party that clauses name is removed as one undoable edit
 * together with everything that named it: the clauses stop naming it
 * (references in their text become its name as plain words) and its
 * signature block goes. */

/* The colours a new party takes, GNOME's palette in an order where
 * neighbours differ: the first one no party has yet, so each new party
 * is told apart in the matrix and the party view. */
static const char * const party_colours[] = {
  "#1c71d8", "#e66100", "#26a269", "#813d9c", "#c01c28",
  "#865e3c", "#e5a50a", "#2ec27e", "#3584e4", "#a51d2d",
};

static const char *
unused_colour (GListModel *parties)
{
  guint n = g_list_model_get_n_items (parties);

  for (guint c = 0; c < G_N_ELEMENTS (party_colours); c++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < n && !used; i++)
        {
          g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
          const char *colour = concord_party_get_colour (party);

          used = colour != NULL && g_ascii_strcasecmp (colour, party_colours[c]) == 0;
        }
      if (!used)
        return party_colours[c];
    }

  /* Every colour taken: go round again, so that at least neighbours differ. */
  return party_colours[n % G_N_ELEMENTS (party_colours)];
}

ConcordParty *
concord_structure_add_party (ConcordDocument *document)
{
  GListModel *parties;
  g_autofree char *id = NULL;
  g_autoptr(ConcordParty) party = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  parties = concord_memorandum_get_parties (memorandum (document));
  id = concord_document_new_id (document, "p-");
  party = concord_party_new (id);
  concord_party_set_kind (party, CONCORD_PARTY_KIND_SIGNATORY);
  concord_party_set_colour (party, unused_colour (parties));
  concord_party_set_placeholder (party, "name", _("Name of the organisation"));
  concord_document_insert_item (document, parties, g_list_model_get_n_items (parties), party);

  return party;
}

static gboolean
block_names_party (const ConcordBlock *block,
                   const char         *id)
{
  /* A table's runs are its cells' runs, so this looks in cells too. */
  for (guint j = 0; j < concord_block_get_n_runs (block); j++)
    {
      const ConcordRun *run = concord_block_get_run (block, j);

      if (run->kind == CONCORD_RUN_PARTY && g_strcmp0 (run->text, id) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
names_party (ConcordClause *clause,
             const char    *id)
{
  const char * const *a = concord_clause_get_side_a (clause);
  const char * const *b = concord_clause_get_side_b (clause);
  GPtrArray *body = concord_clause_get_body (clause);

  if (g_strcmp0 (concord_clause_get_owner (clause), id) == 0 ||
      g_strcmp0 (concord_clause_get_accountable (clause), id) == 0 ||
      g_strcmp0 (concord_clause_get_to (clause), id) == 0 ||
      (a != NULL && g_strv_contains (a, id)) || (b != NULL && g_strv_contains (b, id)))
    return TRUE;

  for (guint i = 0; i < body->len; i++)
    if (block_names_party (g_ptr_array_index (body, i), id))
      return TRUE;

  return FALSE;
}

/* Every clause that names the party, in printed order. */
GPtrArray *
concord_structure_clauses_naming (ConcordDocument *document,
                                  const char      *id)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  g_autoptr(GPtrArray) all = concord_memorandum_list_clauses (memorandum (document));
  GPtrArray *clauses = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (names_party (g_ptr_array_index (all, i), id))
      g_ptr_array_add (clauses, g_ptr_array_index (all, i));

  return clauses;
}

static void
set_string (ConcordDocument *document,
            GObject         *object,
            const char      *property,
            const char      *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  concord_document_set_property (document, object, property, &v);
}

static void
drop_from_side (ConcordDocument *document,
                ConcordClause   *clause,
                const char      *property,
                const char      *id)
{
  g_auto(GStrv) side = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_auto(GValue) v = G_VALUE_INIT;

  g_object_get (clause, property, &side, NULL);
  if (side == NULL || !g_strv_contains ((const char * const *) side, id))
    return;

  for (guint i = 0; side[i] != NULL; i++)
    if (g_strcmp0 (side[i], id) != 0)
      g_ptr_array_add (kept, side[i]);
  g_ptr_array_add (kept, NULL);

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, kept->pdata);
  concord_document_set_property (document, G_OBJECT (clause), property, &v);
}

/* References in the text become the party's name as plain words, so the
 * clause still reads as it did. A block that names the party is replaced
 * by core's unlinked copy, which keeps a table a table (and a block's id);
 * the others are shared unchanged. */
static void
unlink_text (ConcordDocument *document,
             GObject         *object,
             const char      *property,
             const char      *id,
             const char      *name)
{
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) rewritten = concord_blocks_new ();
  g_auto(GValue) v = G_VALUE_INIT;
  gboolean changed = FALSE;

  g_object_get (object, property, &body, NULL);
  for (guint i = 0; body != NULL && i < body->len; i++)
    {
      ConcordBlock *block = g_ptr_array_index (body, i);

      if (block_names_party (block, id))
        {
          g_ptr_array_add (rewritten, concord_block_unlink_party (block, id, name));
          changed = TRUE;
        }
      else
        g_ptr_array_add (rewritten, concord_block_ref (block));
    }

  if (!changed)
    return;

  g_value_init (&v, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&v, rewritten);
  concord_document_set_property (document, object, property, &v);
}

/* Text outside clauses names parties too: definitions, background, annexes. */
static void
unlink_elsewhere (ConcordDocument *document,
                  const char      *id,
                  const char      *name)
{
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  GListModel *terms = concord_memorandum_get_terms (m);
  GListModel *annexes = concord_memorandum_get_annexes (m);

  unlink_text (document, G_OBJECT (m), "recitals", id, name);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(GObject) term = g_list_model_get_item (terms, i);

      unlink_text (document, term, "meaning", id, name);
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(GObject) annex = g_list_model_get_item (annexes, i);

      unlink_text (document, annex, "body", id, name);
    }
}

GObject *
concord_structure_remove_party (ConcordDocument *document,
                                ConcordParty    *party)
{
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  const char *id = concord_party_get_id (party);
  const char *shown = concord_party_get_display_name (party, FALSE);
  g_autofree char *name = g_strdup (shown != NULL ? shown : id);
  g_autoptr(GPtrArray) clauses = concord_structure_clauses_naming (document, id);
  GListModel *signatures = concord_memorandum_get_signatures (m);
  GListModel *parties = concord_memorandum_get_parties (m);
  guint position;

  concord_document_begin_group (document);
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);

      if (g_strcmp0 (concord_clause_get_owner (clause), id) == 0)
        set_string (document, G_OBJECT (clause), "owner", NULL);
      if (g_strcmp0 (concord_clause_get_accountable (clause), id) == 0)
        set_string (document, G_OBJECT (clause), "accountable", NULL);
      /* Accountable to the party becomes accountable to a body of that
       * name, as an accountable party must answer to someone. */
      if (g_strcmp0 (concord_clause_get_to (clause), id) == 0)
        {
          set_string (document, G_OBJECT (clause), "to", NULL);
          if (concord_clause_get_to_body (clause) == NULL)
            set_string (document, G_OBJECT (clause), "to-body", name);
        }
      drop_from_side (document, clause, "side-a", id);
      drop_from_side (document, clause, "side-b", id);
      unlink_text (document, G_OBJECT (clause), "body", id, name);
    }
  unlink_elsewhere (document, id, name);
  for (guint i = g_list_model_get_n_items (signatures); i > 0; i--)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (signatures, i - 1);

      if (g_strcmp0 (concord_signature_get_party (sig), id) == 0)
        concord_document_remove_item (document, signatures, i - 1);
      /* A line that also signed for the party keeps its second office
       * but signs for its first party alone. */
      else if (g_strcmp0 (concord_signature_get_also_for (sig), id) == 0)
        set_string (document, G_OBJECT (sig), "also-for", NULL);
    }
  if (g_list_store_find (G_LIST_STORE (parties), party, &position))
    concord_document_remove_item (document, parties, position);
  concord_document_end_group (document, G_OBJECT (m));

  return G_OBJECT (m);
}


/**
 * concord_structure_describe_party_removal:
 * @heading: (out): the question to ask
 *
 * What to tell the user before removing a party that clauses name: which
 * clauses, by number and heading.
 *
 * Returns: (nullable): the explanation, or %NULL if no clause names the
 *   party and it can go without asking
 */
char *
concord_structure_describe_party_removal (ConcordDocument  *document,
                                          ConcordParty     *party,
                                          char            **heading)
{
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *name = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_PARTY (party), NULL);

  clauses = concord_structure_clauses_naming (document, concord_party_get_id (party));
  if (clauses->len == 0)
    return NULL;

  numbering = concord_numbering_new (memorandum (document));
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);
      const char *number = concord_numbering_get_clause (numbering, clause);
      const char *title = concord_clause_get_heading (clause);

      g_string_append_printf (list, "\n• %s %s", number != NULL ? number : "–",
                              title != NULL ? title : concord_clause_get_id (clause));
    }

  name = concord_field_render (concord_party_get_name (party), concord_party_get_placeholder (party, "name"),
                               _("this party"));
  *heading = g_strdup_printf (_("Remove %s?"), name);
  if (clauses->len == 1)
    return g_strdup_printf (_("This clause names the party, and will no longer do so:%s"), list->str);

  return g_strdup_printf (_("These %u clauses name the party, and will no longer do so:%s"),
                          clauses->len, list->str);
}

/* Signature blocks. A party signs once, so a block is added for the
 * selected party if it has none, else for the first signatory party that
 * has none; when every party has its block, the new one is a signatory
 * who is not a party (or it is asked for as one), named by a prompt for
 * its office until the user types one, since such a block must name an
 * office or a person. */

static gboolean
has_signature (ConcordMemorandum *m,
               const char        *party_id)
{
  GListModel *signatures = concord_memorandum_get_signatures (m);

  for (guint i = 0; i < g_list_model_get_n_items (signatures); i++)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (signatures, i);

      if (g_strcmp0 (concord_signature_get_party (sig), party_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static ConcordParty *
party_without_signature (ConcordMemorandum *m,
                         GObject           *selected)
{
  GListModel *parties = concord_memorandum_get_parties (m);

  if (CONCORD_IS_PARTY (selected) &&
      concord_party_get_kind (CONCORD_PARTY (selected)) == CONCORD_PARTY_KIND_SIGNATORY &&
      !has_signature (m, concord_party_get_id (CONCORD_PARTY (selected))))
    return CONCORD_PARTY (selected);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);

      if (concord_party_get_kind (party) == CONCORD_PARTY_KIND_SIGNATORY &&
          !has_signature (m, concord_party_get_id (party)))
        return party;
    }

  return NULL;
}

static ConcordSignature *
unnamed_signature (GListModel *signatures)
{
  for (guint i = 0; i < g_list_model_get_n_items (signatures); i++)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (signatures, i);

      if (concord_signature_get_party (sig) == NULL && concord_signature_get_title (sig) == NULL &&
          concord_signature_get_person (sig) == NULL)
        return sig;
    }

  return NULL;
}

/**
 * concord_structure_add_signature:
 * @selected: (nullable): the selected item: a party without a block gets
 *   one; a signature has the new block put after it
 * @not_party: make a signatory who is not a party, whoever lacks a block
 *
 * Returns: (transfer none): the new signature, or the signatory who is
 *   not a party that has no office or name yet, if there is one
 */
ConcordSignature *
concord_structure_add_signature (ConcordDocument *document,
                                 GObject         *selected,
                                 gboolean         not_party)
{
  ConcordMemorandum *m;
  GListModel *signatures;
  ConcordParty *party;
  g_autoptr(ConcordSignature) sig = concord_signature_new ();
  guint position;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  m = memorandum (document);
  signatures = concord_memorandum_get_signatures (m);
  party = not_party ? NULL : party_without_signature (m, selected);
  if (party != NULL)
    concord_signature_set_party (sig, concord_party_get_id (party));
  else
    {
      /* Signatories who are not parties are told apart by office and
       * name, so a second unnamed one could not be read back: the one
       * still waiting for its office is the one to fill in. */
      ConcordSignature *unnamed = unnamed_signature (signatures);

      if (unnamed != NULL)
        return unnamed;
      concord_signature_set_placeholder (sig, "title", _("Office of the signatory"));
    }

  if (!CONCORD_IS_SIGNATURE (selected) || !g_list_store_find (G_LIST_STORE (signatures), selected, &position))
    position = g_list_model_get_n_items (signatures);
  else
    position++;
  concord_document_insert_item (document, signatures, position, sig);

  return sig;
}

/**
 * concord_structure_remove_signature:
 *
 * Returns: (transfer none) (nullable): the item to select after: the next
 *   signature, the one before, or the memorandum
 */
GObject *
concord_structure_remove_signature (ConcordDocument  *document,
                                    ConcordSignature *signature)
{
  GListModel *signatures;
  guint position;
  guint n;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (signature), NULL);

  signatures = concord_memorandum_get_signatures (memorandum (document));
  if (!g_list_store_find (G_LIST_STORE (signatures), signature, &position))
    return NULL;

  concord_document_remove_item (document, signatures, position);
  n = g_list_model_get_n_items (signatures);
  if (n == 0)
    return G_OBJECT (memorandum (document));

  {
    g_autoptr(GObject) next = g_list_model_get_item (signatures, MIN (position, n - 1));

    /* The list holds it, so the pointer stays good. */
    return next;
  }
}

/* Named edits, as the application's actions name them. */

typedef enum {
  ADD_CLAUSE,
  DUPLICATE_CLAUSE,
  ADD_SECTION,
  ADD_PARTY,
  ADD_SIGNATURE,
  ADD_OTHER_SIGNATURE,
  REMOVE_SIGNATURE,
  ADD_ANNEX,
  REMOVE,
  REMOVE_ANNEX,
  MOVE_UP,
  MOVE_DOWN,
} Edit;

static const struct {
  const char *name;
  Edit        edit;
  GType     (*only) (void);
} edits[] = {
  { "clause-add", ADD_CLAUSE, NULL },
  { "clause-duplicate", DUPLICATE_CLAUSE, NULL },
  { "clause-remove", REMOVE, concord_clause_get_type },
  { "clause-move-up", MOVE_UP, concord_clause_get_type },
  { "clause-move-down", MOVE_DOWN, concord_clause_get_type },
  { "section-add", ADD_SECTION, NULL },
  { "section-remove", REMOVE, concord_section_get_type },
  { "section-move-up", MOVE_UP, concord_section_get_type },
  { "section-move-down", MOVE_DOWN, concord_section_get_type },
  { "party-add", ADD_PARTY, NULL },
  { "signature-add", ADD_SIGNATURE, NULL },
  { "signature-add-other", ADD_OTHER_SIGNATURE, NULL },
  { "signature-remove", REMOVE_SIGNATURE, concord_signature_get_type },
  /* These act on whichever of a section or a clause is selected. */
  /* Removing an annex that text refers to asks first: the annex pane
   * asks, then activates this. */
  { "annex-add", ADD_ANNEX, NULL },
  { "annex-remove", REMOVE_ANNEX, concord_annex_get_type },
  { "annex-move-up", MOVE_UP, concord_annex_get_type },
  { "annex-move-down", MOVE_DOWN, concord_annex_get_type },
  /* These act on whichever of a section or a clause is selected (moving,
   * an annex too). */
  { "move-up", MOVE_UP, NULL },
  { "move-down", MOVE_DOWN, NULL },
  { "remove-item", REMOVE, NULL },
};

/**
 * concord_structure_list_edits:
 *
 * Returns: (transfer none): the names concord_structure_apply() knows
 */
const char * const *
concord_structure_list_edits (void)
{
  static const char *names[G_N_ELEMENTS (edits) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
      names[i] = edits[i].name;

  return names;
}

static GObject *
apply (ConcordDocument  *document,
       Edit              edit,
       GObject          *selected,
       const char      **focus)
{
  switch (edit)
    {
    case ADD_CLAUSE:
      *focus = "heading";
      return G_OBJECT (concord_structure_add_clause (document, selected));
    case DUPLICATE_CLAUSE:
      return G_OBJECT (concord_structure_duplicate_clause (document, selected));
    case ADD_SECTION:
      *focus = "heading";
      return G_OBJECT (concord_structure_add_section (document, selected));
    case ADD_PARTY:
      *focus = "name";
      return G_OBJECT (concord_structure_add_party (document));
    case ADD_SIGNATURE:
    case ADD_OTHER_SIGNATURE:
      {
        ConcordSignature *sig = concord_structure_add_signature (document, selected,
                                                                 edit == ADD_OTHER_SIGNATURE);

        *focus = concord_signature_get_party (sig) != NULL ? "person" : "title";
        return G_OBJECT (sig);
      }
    case REMOVE_SIGNATURE:
      return concord_structure_remove_signature (document, CONCORD_SIGNATURE (selected));
    case ADD_ANNEX:
      *focus = "heading";
      return G_OBJECT (concord_structure_add_annex (document, selected));
    case REMOVE:
      return concord_structure_remove (document, selected);
    case REMOVE_ANNEX:
      return concord_structure_remove_annex (document, CONCORD_ANNEX (selected));
    case MOVE_UP:
    case MOVE_DOWN:
      return concord_structure_move (document, selected, edit == MOVE_UP ? -1 : 1);
    default:
      g_assert_not_reached ();
    }
}

/**
 * concord_structure_apply:
 * @name: one of concord_structure_list_edits()
 * @selected: (nullable): the item selected
 * @focus: (out) (transfer none): the field of the returned item that the
 *   user will type in next, or %NULL
 *
 * Returns: (transfer none) (nullable): the item to select, which the
 *   memorandum holds, or %NULL if the edit does not apply to @selected
 */
GObject *
concord_structure_apply (ConcordDocument  *document,
                         const char       *name,
                         GObject          *selected,
                         const char      **focus)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (name != NULL && focus != NULL, NULL);

  *focus = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    if (g_str_equal (edits[i].name, name))
      {
        if (edits[i].only != NULL && !G_TYPE_CHECK_INSTANCE_TYPE (selected, edits[i].only ()))
          return NULL;
        return apply (document, edits[i].edit, selected, focus);
      }

  return NULL;
}

/* Defined terms: added, moved and removed in the memorandum's list of
 * definitions, each one undoable edit. */

/**
 * concord_structure_add_term:
 * @position: where in the definitions, or past the end to append
 *
 * Returns: (transfer none): the new term, with no name or meaning yet
 */
ConcordTerm *
concord_structure_add_term (ConcordDocument *document,
                            guint            position)
{
  GListModel *terms;
  g_autofree char *id = NULL;
  g_autoptr(ConcordTerm) term = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  terms = concord_memorandum_get_terms (memorandum (document));
  id = concord_document_new_id (document, "t-");
  term = concord_term_new (id);
  concord_document_insert_item (document, terms, MIN (position, g_list_model_get_n_items (terms)), term);

  return term;
}

static gboolean
find_term (ConcordDocument *document,
           ConcordTerm     *term,
           guint           *position)
{
  GListModel *terms = concord_memorandum_get_terms (memorandum (document));

  return g_list_store_find (G_LIST_STORE (terms), term, position);
}

/**
 * concord_structure_move_term:
 * @delta: -1 to move it up the definitions, 1 down
 *
 * Returns: whether the term moved (not past either end)
 */
gboolean
concord_structure_move_term (ConcordDocument *document,
                             ConcordTerm     *term,
                             int              delta)
{
  GListModel *terms;
  guint position;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (CONCORD_IS_TERM (term), FALSE);

  terms = concord_memorandum_get_terms (memorandum (document));
  if (!find_term (document, term, &position) ||
      (delta < 0 && position == 0) || (delta > 0 && position + 1 >= g_list_model_get_n_items (terms)))
    return FALSE;

  concord_document_move_item (document, terms, position, delta < 0 ? position - 1 : position + 1);

  return TRUE;
}

/* Each text of the memorandum where a term may be used, in reading order:
 * the meanings of the terms, the background, the clauses, the annexes. */
typedef void (*TextFunc) (GObject    *object,
                          const char *property,
                          GPtrArray  *blocks,
                          gpointer    data);

static void
foreach_text (ConcordMemorandum *m,
              TextFunc           func,
              gpointer           data)
{
  GListModel *terms = concord_memorandum_get_terms (m);
  GListModel *annexes = concord_memorandum_get_annexes (m);
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (m);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);

      func (G_OBJECT (t), "meaning", concord_term_get_meaning (t), data);
    }
  func (G_OBJECT (m), "recitals", concord_memorandum_get_recitals (m), data);
  for (guint i = 0; i < clauses->len; i++)
    func (g_ptr_array_index (clauses, i), "body", concord_clause_get_body (g_ptr_array_index (clauses, i)), data);
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);

      func (G_OBJECT (annex), "body", concord_annex_get_body (annex), data);
    }
}

static gboolean
block_uses_term (const ConcordBlock *block,
                 const char         *id,
                 GPtrArray          *forms)
{
  gboolean found = FALSE;

  for (guint j = 0; j < concord_block_get_n_runs (block); j++)
    {
      const ConcordRun *run = concord_block_get_run (block, j);

      if (run->kind != CONCORD_RUN_TERM || g_strcmp0 (run->text, id) != 0)
        continue;
      found = TRUE;
      if (forms != NULL && run->form != NULL && !g_ptr_array_find_with_equal_func (forms, run->form, g_str_equal, NULL))
        g_ptr_array_add (forms, run->form);
    }

  return found;
}

typedef struct
{
  ConcordTerm *term;
  GPtrArray   *places;  /* the objects whose text uses the term */
  GPtrArray   *forms;   /* (nullable) the forms those uses print */
  gboolean     own;     /* whether the term's own meaning counts */
} TermUses;

static void
note_term_use (GObject    *object,
               const char *property,
               GPtrArray  *blocks,
               gpointer    data)
{
  TermUses *uses = data;
  gboolean found = FALSE;

  if (!uses->own && object == G_OBJECT (uses->term))
    return;
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    found |= block_uses_term (g_ptr_array_index (blocks, i), concord_term_get_id (uses->term), uses->forms);
  if (found)
    g_ptr_array_add (uses->places, object);
}

/**
 * concord_structure_term_forms_in_use:
 *
 * Returns: (transfer full): the other forms of @term that references in
 *   the text print (each must stay one of its forms, or the file would not
 *   load again), as a %NULL-terminated array
 */
GStrv
concord_structure_term_forms_in_use (ConcordDocument *document,
                                     ConcordTerm     *term)
{
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  TermUses uses = { term, places, forms, TRUE };

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_TERM (term), NULL);

  foreach_text (memorandum (document), note_term_use, &uses);
  for (guint i = 0; i < forms->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (forms, i));

  return g_strv_builder_end (builder);
}

/* A clause with no heading is named by the start of its text, cut at a
 * word: "This memorandum of understanding sets out…". */
static char *
opening_words (ConcordMemorandum *m,
               ConcordNumbering  *numbering,
               GPtrArray         *body)
{
  g_autofree char *text = NULL;
  const char *cut;
  glong length;

  if (body == NULL || body->len == 0)
    return NULL;
  text = concord_block_render (m, numbering, g_ptr_array_index (body, 0));
  length = g_utf8_strlen (text, -1);
  if (length <= 40)
    return g_steal_pointer (&text);

  cut = g_utf8_offset_to_pointer (text, 40);
  while (cut > text && *cut != ' ')
    cut--;
  if (cut == text)
    cut = g_utf8_offset_to_pointer (text, 40);

  return g_strdup_printf ("%.*s…", (int) (cut - text), text);
}

static char *
describe_place (ConcordMemorandum *m,
                ConcordNumbering  *numbering,
                GObject           *place)
{
  if (CONCORD_IS_CLAUSE (place))
    {
      ConcordClause *clause = CONCORD_CLAUSE (place);
      const char *number = concord_numbering_get_clause (numbering, clause);
      const char *title = concord_clause_get_heading (clause);
      g_autofree char *opening = title == NULL ? opening_words (m, numbering, concord_clause_get_body (clause)) : NULL;

      /* Translators: a clause, by its number and heading (or first words). */
      return g_strdup_printf (_("clause %s %s"), number != NULL ? number : "–",
                              title != NULL ? title : opening != NULL ? opening : concord_clause_get_id (clause));
    }
  if (CONCORD_IS_ANNEX (place))
    {
      ConcordAnnex *annex = CONCORD_ANNEX (place);
      const char *label = concord_numbering_get_annex (numbering, annex);
      const char *heading = concord_annex_get_heading (annex);

      return g_strdup_printf ("%s %s", label != NULL ? label : _("Annex"), heading != NULL ? heading : "");
    }
  if (CONCORD_IS_TERM (place))
    {
      const char *name = concord_term_get_name (CONCORD_TERM (place));

      return g_strdup_printf (_("the meaning of “%s”"), name != NULL ? name : "");
    }

  return g_strdup (_("the background"));
}

/**
 * concord_structure_describe_term_removal:
 * @heading: (out): the question to ask
 *
 * What to tell the user before removing a term that the text uses: where
 * (the other terms' meanings, the background, clauses by number and
 * heading, annexes by label).
 *
 * Returns: (nullable): the explanation, or %NULL if nothing uses the term
 *   and it can go without asking
 */
char *
concord_structure_describe_term_removal (ConcordDocument  *document,
                                         ConcordTerm      *term,
                                         char            **heading)
{
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  /* A term's own meaning goes with it. */
  TermUses uses = { term, places, NULL, FALSE };
  const char *name;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_TERM (term), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  foreach_text (memorandum (document), note_term_use, &uses);
  if (places->len == 0)
    return NULL;

  numbering = concord_numbering_new (memorandum (document));
  for (guint i = 0; i < places->len; i++)
    {
      g_autofree char *place = describe_place (memorandum (document), numbering, g_ptr_array_index (places, i));

      g_string_append_printf (list, "\n• %s", place);
    }

  name = concord_term_get_name (term);
  *heading = name != NULL && *name != '\0' ? g_strdup_printf (_("Remove “%s”?"), name)
                                           : g_strdup (_("Remove this term?"));
  if (places->len == 1)
    return g_strdup_printf (_("The term is used here, where it will become plain words:%s"), list->str);

  return g_strdup_printf (_("The term is used in these %u places, where it will become plain words:%s"),
                          places->len, list->str);
}

/* A copy of @block with each use of the term as the words it printed. */
static ConcordBlock *
unlink_term_runs (const ConcordBlock *block,
                  const char         *id,
                  const char         *name)
{
  ConcordBlock *copy = concord_block_new (concord_block_get_kind (block), concord_block_get_level (block));

  concord_block_set_id (copy, concord_block_get_id (block));
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      if (run->kind == CONCORD_RUN_TERM && g_strcmp0 (run->text, id) == 0)
        concord_block_append_run (copy, CONCORD_RUN_TEXT, run->form != NULL ? run->form : name, FALSE);
      else
        concord_block_append_run_copy (copy, run);
    }

  return copy;
}

static ConcordBlock *
unlink_term (const ConcordBlock *block,
             const char         *id,
             const char         *name)
{
  ConcordTable *table = concord_block_get_table (block);
  guint columns;
  g_autoptr(ConcordTable) copy = NULL;
  g_autofree guint *widths = NULL;
  ConcordBlock *result;

  if (table == NULL)
    return unlink_term_runs (block, id, name);

  /* A table keeps its shape; only its cells' words change. */
  columns = concord_table_get_n_columns (table);
  copy = concord_table_new (columns, NULL);
  concord_table_set_header (copy, concord_table_get_header (table));
  concord_table_set_fill (copy, concord_table_get_fill (table), NULL);
  if (concord_table_has_widths (table))
    {
      widths = g_new (guint, columns);
      for (guint c = 0; c < columns; c++)
        widths[c] = concord_table_get_width (table, c);
      concord_table_set_widths (copy, widths, columns, NULL);
    }
  for (guint r = 0; r < concord_table_get_n_rows (table); r++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);

      for (guint c = 0; c < columns; c++)
        g_ptr_array_add (cells, unlink_term_runs (concord_table_get_cell (table, r, c), id, name));
      concord_table_append_row (copy, cells, NULL);
    }
  result = concord_block_new_table (copy, NULL);
  concord_block_set_id (result, concord_block_get_id (block));

  return result;
}

/* A text to set, once the walk that found it is over. */
typedef struct
{
  GObject    *object;
  const char *property;
  GPtrArray  *blocks;
} Rewrite;

static void
rewrite_free (gpointer data)
{
  Rewrite *rewrite = data;

  g_ptr_array_unref (rewrite->blocks);
  g_free (rewrite);
}

typedef struct
{
  ConcordTerm *term;
  GPtrArray   *rewrites;
} TermRemoval;

static void
unlink_term_text (GObject    *object,
                  const char *property,
                  GPtrArray  *blocks,
                  gpointer    data)
{
  TermRemoval *removal = data;
  const char *id = concord_term_get_id (removal->term);
  const char *name = concord_term_get_name (removal->term);
  Rewrite *rewrite;
  gboolean found = FALSE;

  if (object == G_OBJECT (removal->term))
    return;
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    found |= block_uses_term (g_ptr_array_index (blocks, i), id, NULL);
  if (!found)
    return;

  rewrite = g_new0 (Rewrite, 1);
  rewrite->object = object;
  rewrite->property = property;
  rewrite->blocks = concord_blocks_new ();
  for (guint i = 0; i < blocks->len; i++)
    g_ptr_array_add (rewrite->blocks, unlink_term (g_ptr_array_index (blocks, i), id, name != NULL ? name : ""));
  g_ptr_array_add (removal->rewrites, rewrite);
}

/**
 * concord_structure_remove_term:
 *
 * Removes @term from the definitions, in one edit with its uses in the
 * text, which become the words they printed, so the text still reads as
 * it did. Undo names the term as the edit's item, which the outline does
 * not list: the definitions pane stays where it is.
 *
 * Returns: whether @term was one of the memorandum's terms, and went
 */
gboolean
concord_structure_remove_term (ConcordDocument *document,
                               ConcordTerm     *term)
{
  ConcordMemorandum *m;
  g_autoptr(GPtrArray) rewrites = g_ptr_array_new_with_free_func (rewrite_free);
  g_autoptr(ConcordTerm) kept = NULL;
  TermRemoval removal = { term, rewrites };
  guint position;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (CONCORD_IS_TERM (term), FALSE);

  m = memorandum (document);
  if (!find_term (document, term, &position))
    return FALSE;

  kept = g_object_ref (term);
  /* The new texts are worked out first: setting one while walking the
   * memorandum would change what is being walked. */
  foreach_text (m, unlink_term_text, &removal);
  concord_document_begin_group (document);
  for (guint i = 0; i < rewrites->len; i++)
    {
      Rewrite *rewrite = g_ptr_array_index (rewrites, i);
      g_auto(GValue) v = G_VALUE_INIT;

      g_value_init (&v, G_TYPE_PTR_ARRAY);
      g_value_set_boxed (&v, rewrite->blocks);
      concord_document_set_property (document, rewrite->object, rewrite->property, &v);
    }
  concord_document_remove_item (document, concord_memorandum_get_terms (m), position);
  concord_document_end_group (document, G_OBJECT (kept));

  return TRUE;
}
