/* concord-diff-apply.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-diff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-control-entry.h"
#include "concord-diff-private.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-term.h"

/* Accepting a change writes the new memorandum's version of one object
 * into a target (usually a copy of the old memorandum), found there by id,
 * so changes can be accepted one at a time and in any order that keeps
 * references whole. */

typedef const char *(*GetPromptFunc) (gpointer item,
                                      const char *field);
typedef void        (*SetPromptFunc) (gpointer item,
                                      const char *field,
                                      const char *prompt);

const ConcordDiffList *
concord_diff_list_for (ConcordDiffObject object)
{
  static const ConcordDiffList parties = {
    concord_memorandum_get_parties, (gpointer) concord_party_get_id,
    (gpointer) concord_party_get_placeholder, (gpointer) concord_party_set_placeholder
  };
  static const ConcordDiffList terms = {
    concord_memorandum_get_terms, (gpointer) concord_term_get_id, NULL, NULL
  };
  static const ConcordDiffList sections = {
    concord_memorandum_get_sections, (gpointer) concord_section_get_id, NULL, NULL
  };
  static const ConcordDiffList annexes = {
    concord_memorandum_get_annexes, (gpointer) concord_annex_get_id, NULL, NULL
  };
  static const ConcordDiffList signatures = {
    concord_memorandum_get_signatures, (gpointer) concord_signature_get_key,
    (gpointer) concord_signature_get_placeholder, (gpointer) concord_signature_set_placeholder
  };
  static const ConcordDiffList entries = {
    concord_memorandum_get_control_entries, (gpointer) concord_control_entry_get_version, NULL, NULL
  };

  switch (object)
    {
    case CONCORD_DIFF_OBJECT_PARTY:
      return &parties;
    case CONCORD_DIFF_OBJECT_TERM:
      return &terms;
    case CONCORD_DIFF_OBJECT_SECTION:
      return &sections;
    case CONCORD_DIFF_OBJECT_ANNEX:
      return &annexes;
    case CONCORD_DIFF_OBJECT_SIGNATURE:
      return &signatures;
    case CONCORD_DIFF_OBJECT_CONTROL_ENTRY:
      return &entries;
    case CONCORD_DIFF_OBJECT_DETAILS:
    case CONCORD_DIFF_OBJECT_RECITALS:
    case CONCORD_DIFF_OBJECT_CLAUSE:
    default:
      return NULL;
    }
}

/* Copies every writable field (and the prompt of every text field) from
 * src to dst: ids and lists of children stay as they are. */
static void
copy_fields (GObject       *dst,
             GObject       *src,
             GetPromptFunc  get_prompt,
             SetPromptFunc  set_prompt,
             const char    *skip)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (src), &n);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE
          || (pspec->flags & G_PARAM_CONSTRUCT_ONLY)
          || g_type_is_a (pspec->value_type, G_TYPE_OBJECT)
          || g_strcmp0 (pspec->name, skip) == 0)
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (src, pspec->name, &value);
      g_object_set_property (dst, pspec->name, &value);
      if (get_prompt != NULL && pspec->value_type == G_TYPE_STRING)
        set_prompt (dst, pspec->name, get_prompt (src, pspec->name));
    }
}

/* A new object like src, in no memorandum yet. */
GObject *
concord_diff_list_clone_item (const ConcordDiffList *list,
                              GObject               *source)
{
  GObject *copy;

  g_return_val_if_fail (list != NULL && G_IS_OBJECT (source), NULL);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (source), "id") != NULL)
    copy = g_object_new (G_OBJECT_TYPE (source), "id", list->key (source), NULL);
  else
    copy = g_object_new (G_OBJECT_TYPE (source), NULL);
  copy_fields (copy, source, list->get_prompt, list->set_prompt, NULL);

  return copy;
}

/* The position of the item with this id in a list, or -1. */
int
concord_diff_list_find (const ConcordDiffList *list,
                        GListModel            *model,
                        const char            *id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (list->key (item), id) == 0)
        return (int) i;
    }

  return -1;
}

/* Where the new side's item goes in the target: just after the nearest
 * item before it (in the new memorandum) that the target has. */
guint
concord_diff_list_insert_position (const ConcordDiffList *list,
                                   GListModel            *source,
                                   GListModel            *target,
                                   const char            *id)
{
  int at = concord_diff_list_find (list, source, id);

  for (int i = at - 1; i >= 0; i--)
    {
      g_autoptr(GObject) before = g_list_model_get_item (source, i);
      int found = concord_diff_list_find (list, target, list->key (before));

      if (found >= 0)
        return found + 1;
    }

  return 0;
}

static gboolean
blocks_refer (GPtrArray      *blocks,
              ConcordRunKind  kind,
              const char     *id)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == kind && g_strcmp0 (run->text, id) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
clause_refers (ConcordClause  *clause,
               ConcordRunKind  kind,
               const char     *id)
{
  if (kind == CONCORD_RUN_PARTY
      && (g_strcmp0 (concord_clause_get_owner (clause), id) == 0
          || g_strcmp0 (concord_clause_get_accountable (clause), id) == 0
          || g_strcmp0 (concord_clause_get_to (clause), id) == 0
          || (concord_clause_get_side_a (clause) != NULL
              && g_strv_contains (concord_clause_get_side_a (clause), id))
          || (concord_clause_get_side_b (clause) != NULL
              && g_strv_contains (concord_clause_get_side_b (clause), id))))
    return TRUE;

  return blocks_refer (concord_clause_get_body (clause), kind, id);
}

/* Whether anything in m still names the party or term: removing it then
 * would leave a dangling reference, which the loader refuses. */
static gboolean
is_referred_to (ConcordMemorandum *m,
                ConcordRunKind     kind,
                const char        *id)
{
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (m);
  GListModel *terms = concord_memorandum_get_terms (m);
  GListModel *annexes = concord_memorandum_get_annexes (m);

  if (blocks_refer (concord_memorandum_get_recitals (m), kind, id))
    return TRUE;
  if (kind == CONCORD_RUN_PARTY && concord_memorandum_find_signature (m, id) != NULL)
    return TRUE;
  for (guint i = 0; i < clauses->len; i++)
    if (clause_refers (g_ptr_array_index (clauses, i), kind, id))
      return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);

      if (blocks_refer (concord_term_get_meaning (t), kind, id))
        return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);

      if (blocks_refer (concord_annex_get_body (a), kind, id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
check_removable (const ConcordDiffChange  *change,
                 ConcordMemorandum        *target,
                 GObject                  *item,
                 GError                  **error)
{
  gboolean in_use = FALSE;

  if (change->object == CONCORD_DIFF_OBJECT_PARTY)
    in_use = is_referred_to (target, CONCORD_RUN_PARTY, change->id);
  else if (change->object == CONCORD_DIFF_OBJECT_TERM)
    in_use = is_referred_to (target, CONCORD_RUN_TERM, change->id);
  else if (change->object == CONCORD_DIFF_OBJECT_SECTION)
    in_use = concord_section_get_n_clauses (CONCORD_SECTION (item)) > 0;

  if (in_use)
    g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE,
                 _("“%s” cannot be removed yet: the document still refers to it or holds "
                   "clauses in it; accept the changes to those first"), change->id);

  return !in_use;
}

static gboolean
not_found (const ConcordDiffChange  *change,
           GError                  **error)
{
  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
               _("“%s” is not in the document the change is applied to"), change->id);

  return FALSE;
}

static gboolean
apply_list_item (ConcordDiff              *self,
                 const ConcordDiffChange  *change,
                 ConcordMemorandum        *target,
                 GError                  **error)
{
  const ConcordDiffList *kind = concord_diff_list_for (change->object);
  GListModel *model = kind->list (target);
  int at = concord_diff_list_find (kind, model, change->id);
  g_autoptr(GObject) item = at >= 0 ? g_list_model_get_item (model, at) : NULL;

  if (change->kind == CONCORD_DIFF_REMOVED)
    {
      if (item == NULL)
        return not_found (change, error);
      if (!check_removable (change, target, item, error))
        return FALSE;
      g_list_store_remove (G_LIST_STORE (model), at);
      return TRUE;
    }

  if (item == NULL && change->kind == CONCORD_DIFF_CHANGED)
    return not_found (change, error);

  if (item != NULL)
    copy_fields (item, change->new_object, kind->get_prompt, kind->set_prompt, NULL);
  else
    item = concord_diff_list_clone_item (kind, change->new_object);

  if (at < 0 || change->kind != CONCORD_DIFF_CHANGED)
    {
      if (at >= 0)
        g_list_store_remove (G_LIST_STORE (model), at);
      g_list_store_insert (G_LIST_STORE (model),
                           concord_diff_list_insert_position (kind, kind->list (self->b), model, change->id),
                           item);
    }

  return TRUE;
}

static gboolean
apply_clause (ConcordDiff              *self,
              const ConcordDiffChange  *change,
              ConcordMemorandum        *target,
              GError                  **error)
{
  ConcordSection *old_section = NULL;
  ConcordSection *new_section = NULL;
  ConcordSection *source_section = NULL;
  guint position = 0, source_position = 0, insert_at = 0;
  ConcordClause *found = concord_memorandum_find_clause (target, change->id, &old_section, &position);
  g_autoptr(ConcordClause) clause = found != NULL ? g_object_ref (found) : NULL;
  GListModel *target_sections = concord_memorandum_get_sections (target);
  int section_at;

  if (change->kind == CONCORD_DIFF_REMOVED || (clause == NULL && change->kind == CONCORD_DIFF_CHANGED))
    {
      if (clause == NULL)
        return not_found (change, error);
      concord_section_remove_clause (old_section, position);
      return TRUE;
    }

  section_at = concord_diff_list_find (concord_diff_list_for (CONCORD_DIFF_OBJECT_SECTION), target_sections,
                                       change->new_section);
  if (section_at < 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("clause “%s” belongs in section “%s”, which is not in the document yet; "
                     "accept that section first"), change->id, change->new_section);
      return FALSE;
    }
  new_section = g_list_model_get_item (target_sections, section_at);
  g_object_unref (new_section);

  if (clause == NULL)
    clause = concord_clause_new (change->id);
  copy_fields (G_OBJECT (clause), change->new_object, NULL, NULL, NULL);
  if (found != NULL && change->kind == CONCORD_DIFF_CHANGED)
    return TRUE;

  if (found != NULL)
    concord_section_remove_clause (old_section, position);
  concord_memorandum_find_clause (self->b, change->id, &source_section, &source_position);
  for (guint i = source_position; i > 0; i--)
    {
      const char *before = concord_clause_get_id (concord_section_get_clause (source_section, i - 1));
      int here = concord_section_find_clause (new_section, before);

      if (here >= 0)
        {
          insert_at = here + 1;
          break;
        }
    }
  concord_section_insert_clause (new_section, insert_at, clause);

  return TRUE;
}

/**
 * concord_diff_change_apply:
 * @self: a diff
 * @index: the change to accept
 * @target: the memorandum to change, usually a copy of the old one
 * @error: where to put why it could not be applied
 *
 * Writes the new memorandum's version of the changed object into @target:
 * an added object is inserted after the one before it in the new
 * memorandum, a moved one is moved there, a changed one takes the new
 * fields and a removed one is removed. Fails, changing nothing, when the
 * object is not in @target, when a clause's section is not there yet, or
 * when a removed party, term or section is still in use.
 */
gboolean
concord_diff_change_apply (ConcordDiff        *self,
                           guint               index,
                           ConcordMemorandum  *target,
                           GError            **error)
{
  const ConcordDiffChange *change;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->changes->len, FALSE);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (target), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  change = g_ptr_array_index (self->changes, index);
  switch (change->object)
    {
    case CONCORD_DIFF_OBJECT_DETAILS:
      concord_memorandum_set_id (target, concord_memorandum_get_id (self->b));
      copy_fields (G_OBJECT (target), G_OBJECT (self->b),
                   (GetPromptFunc) concord_memorandum_get_placeholder,
                   (SetPromptFunc) concord_memorandum_set_placeholder, "recitals");
      return TRUE;
    case CONCORD_DIFF_OBJECT_RECITALS:
      concord_memorandum_set_recitals (target, concord_memorandum_get_recitals (self->b));
      return TRUE;
    case CONCORD_DIFF_OBJECT_CLAUSE:
      return apply_clause (self, change, target, error);
    case CONCORD_DIFF_OBJECT_PARTY:
    case CONCORD_DIFF_OBJECT_TERM:
    case CONCORD_DIFF_OBJECT_SECTION:
    case CONCORD_DIFF_OBJECT_ANNEX:
    case CONCORD_DIFF_OBJECT_SIGNATURE:
    case CONCORD_DIFF_OBJECT_CONTROL_ENTRY:
    default:
      return apply_list_item (self, change, target, error);
    }
}
