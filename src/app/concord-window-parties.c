/* concord-window-parties.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-window-private.h"

/* Adding and removing parties. A party that clauses name is removed as one
 * undoable edit together with everything that named it: the clauses stop
 * naming it (references in their text become its name as plain words) and
 * its signature block goes. The user is told which clauses first. */

void
_concord_window_add_party (ConcordWindow *self)
{
  GListModel *parties = concord_memorandum_get_parties (concord_document_get_memorandum (self->document));
  g_autofree char *id = concord_document_new_id (self->document, "p-");
  g_autoptr(ConcordParty) party = concord_party_new (id);

  concord_party_set_kind (party, CONCORD_PARTY_KIND_SIGNATORY);
  concord_party_set_placeholder (party, "name", _("Name of the organisation"));
  concord_document_insert_item (self->document, parties, g_list_model_get_n_items (parties), party);
  _concord_window_select (self, G_OBJECT (party));
  _concord_window_focus_field (self, "name");
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
    {
      const ConcordBlock *block = g_ptr_array_index (body, i);

      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_PARTY && g_strcmp0 (run->text, id) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Every clause that names the party, in printed order. */
GPtrArray *
_concord_window_clauses_naming (ConcordWindow *self,
                                const char    *id)
{
  g_autoptr(GPtrArray) all = concord_memorandum_list_clauses (concord_document_get_memorandum (self->document));
  GPtrArray *clauses = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (names_party (g_ptr_array_index (all, i), id))
      g_ptr_array_add (clauses, g_ptr_array_index (all, i));

  return clauses;
}

static void
set_string (ConcordWindow *self,
            GObject       *object,
            const char    *property,
            const char    *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  concord_document_set_property (self->document, object, property, &v);
}

static void
drop_from_side (ConcordWindow *self,
                ConcordClause *clause,
                const char    *property,
                const char    *id)
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
  concord_document_set_property (self->document, G_OBJECT (clause), property, &v);
}

/* References in the text become the party's name as plain words, so the
 * clause still reads as it did. */
static void
unlink_text (ConcordWindow *self,
             GObject       *object,
             const char    *property,
             const char    *id,
             const char    *name)
{
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) rewritten = concord_blocks_new ();
  g_auto(GValue) v = G_VALUE_INIT;
  gboolean changed = FALSE;

  g_object_get (object, property, &body, NULL);
  for (guint i = 0; body != NULL && i < body->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (body, i);
      ConcordBlock *copy = concord_block_new (concord_block_get_kind (block), concord_block_get_level (block));

      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_PARTY && g_strcmp0 (run->text, id) == 0)
            {
              concord_block_append_run (copy, CONCORD_RUN_TEXT, name, FALSE);
              changed = TRUE;
            }
          else
            concord_block_append_run_copy (copy, run);
        }
      g_ptr_array_add (rewritten, copy);
    }

  if (!changed)
    return;

  g_value_init (&v, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&v, rewritten);
  concord_document_set_property (self->document, object, property, &v);
}

/* Text outside clauses names parties too: definitions, background, annexes. */
static void
unlink_elsewhere (ConcordWindow *self,
                  const char    *id,
                  const char    *name)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);
  GListModel *terms = concord_memorandum_get_terms (m);
  GListModel *annexes = concord_memorandum_get_annexes (m);

  unlink_text (self, G_OBJECT (m), "recitals", id, name);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(GObject) term = g_list_model_get_item (terms, i);

      unlink_text (self, term, "meaning", id, name);
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(GObject) annex = g_list_model_get_item (annexes, i);

      unlink_text (self, annex, "body", id, name);
    }
}

static void
remove_party_now (ConcordWindow *self,
                  ConcordParty  *party)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);
  const char *id = concord_party_get_id (party);
  const char *shown = concord_party_get_display_name (party, FALSE);
  g_autofree char *name = g_strdup (shown != NULL ? shown : id);
  g_autoptr(GPtrArray) clauses = _concord_window_clauses_naming (self, id);
  GListModel *signatures = concord_memorandum_get_signatures (m);
  GListModel *parties = concord_memorandum_get_parties (m);
  guint position;

  concord_document_begin_group (self->document);
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);

      if (g_strcmp0 (concord_clause_get_owner (clause), id) == 0)
        set_string (self, G_OBJECT (clause), "owner", NULL);
      if (g_strcmp0 (concord_clause_get_accountable (clause), id) == 0)
        set_string (self, G_OBJECT (clause), "accountable", NULL);
      if (g_strcmp0 (concord_clause_get_to (clause), id) == 0)
        set_string (self, G_OBJECT (clause), "to", NULL);
      drop_from_side (self, clause, "side-a", id);
      drop_from_side (self, clause, "side-b", id);
      unlink_text (self, G_OBJECT (clause), "body", id, name);
    }
  unlink_elsewhere (self, id, name);
  for (guint i = g_list_model_get_n_items (signatures); i > 0; i--)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (signatures, i - 1);

      if (g_strcmp0 (concord_signature_get_party (sig), id) == 0)
        concord_document_remove_item (self->document, signatures, i - 1);
    }
  if (g_list_store_find (G_LIST_STORE (parties), party, &position))
    concord_document_remove_item (self->document, parties, position);
  concord_document_end_group (self->document, G_OBJECT (m));

  _concord_window_select (self, G_OBJECT (m));
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ConcordWindow    *self)
{
  ConcordParty *party = g_object_get_data (G_OBJECT (dialog), "party");

  if (g_strcmp0 (response, "remove") == 0)
    remove_party_now (self, party);
}

void
_concord_window_remove_party (ConcordWindow *self,
                              ConcordParty  *party)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);
  g_autoptr(GPtrArray) clauses = _concord_window_clauses_naming (self, concord_party_get_id (party));
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (m);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *name = concord_field_render (concord_party_get_name (party),
                                                concord_party_get_placeholder (party, "name"), _("this party"));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (clauses->len == 0)
    {
      remove_party_now (self, party);
      return;
    }

  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);
      const char *number = concord_numbering_get_clause (numbering, clause);
      const char *title = concord_clause_get_heading (clause);

      g_string_append_printf (list, "\n• %s %s", number != NULL ? number : "–",
                              title != NULL ? title : concord_clause_get_id (clause));
    }

  heading = g_strdup_printf (_("Remove %s?"), name);
  if (clauses->len == 1)
    body = g_strdup_printf (_("This clause names the party, and will no longer do so:%s"), list->str);
  else
    body = g_strdup_printf (_("These %u clauses name the party, and will no longer do so:%s"),
                            clauses->len, list->str);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "party", g_object_ref (party), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (remove_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
