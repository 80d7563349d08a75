/* concord-structure-parties.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-structure"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-referrers.h"
#include "concord-structure.h"

/* The structure edits of parties and signature blocks, declared with the
 * others in concord-structure.h: each is one undoable edit. */

static ConcordMemorandum *
memorandum (ConcordDocument *document)
{
  return concord_document_get_memorandum (document);
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
      g_autofree char *line = concord_referrers_describe (memorandum (document), numbering,
                                                          g_ptr_array_index (clauses, i));

      g_string_append_printf (list, "\n• %s", line);
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
