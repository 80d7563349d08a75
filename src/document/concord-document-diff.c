/* concord-document-diff.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-document"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-document-diff.h"

/* Accepting one change of a comparison into the open document. The diff's
 * old side is (a recent state of) the document and its new side the other
 * version. Objects are found in the document by id, as the core's
 * concord_diff_change_apply() finds them, but every change is made through
 * the document's edit API inside one group, so that one Ctrl+Z takes the
 * accepted change back and the document counts as changed. */

typedef const char *(*GetPromptFunc) (gpointer item,
                                      const char *field);
typedef void        (*SetPromptFunc) (gpointer item,
                                      const char *field,
                                      const char *prompt);

/* Whether a property is part of what an object says (and can be set):
 * not its id, not its lists of children. */
static gboolean
is_content (GParamSpec *pspec,
            const char *skip)
{
  return (pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE
         && !(pspec->flags & G_PARAM_CONSTRUCT_ONLY)
         && !g_type_is_a (pspec->value_type, G_TYPE_OBJECT)
         && g_strcmp0 (pspec->name, skip) != 0;
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (pspec->value_type == G_TYPE_PTR_ARRAY)
    return concord_blocks_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (pspec->value_type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);

      if (sa == NULL || sb == NULL)
        return (sa == NULL || *sa == NULL) && (sb == NULL || *sb == NULL);
      return g_strv_equal (sa, sb);
    }
  if (pspec->value_type == G_TYPE_BYTES)
    {
      GBytes *ba = g_value_get_boxed (a);
      GBytes *bb = g_value_get_boxed (b);

      return (ba == NULL || bb == NULL) ? ba == bb : g_bytes_equal (ba, bb);
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

/* Sets every property of `target` that differs from `source` through the
 * document, so each is an edit of the open group. Returns how many. */
static guint
take_fields (ConcordDocument *self,
             GObject         *target,
             GObject         *source,
             const char      *skip)
{
  guint n = 0, changed = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) old_value = G_VALUE_INIT;
      g_auto(GValue) new_value = G_VALUE_INIT;

      if (!is_content (pspec, skip))
        continue;

      g_value_init (&old_value, pspec->value_type);
      g_value_init (&new_value, pspec->value_type);
      g_object_get_property (target, pspec->name, &old_value);
      g_object_get_property (source, pspec->name, &new_value);
      if (values_equal (pspec, &old_value, &new_value))
        continue;

      concord_document_set_property (self, target, pspec->name, &new_value);
      changed++;
    }

  return changed;
}

/* The prompts of unfilled fields are not properties, so they are not in
 * the history: they are copied as they are. They say what a template asks
 * for, and rarely differ between two versions of one memorandum. */
static void
take_prompts (GObject       *target,
              GObject       *source,
              GetPromptFunc  get_prompt,
              SetPromptFunc  set_prompt)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = NULL;

  if (get_prompt == NULL)
    return;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n);
  for (guint i = 0; i < n; i++)
    if (pspecs[i]->value_type == G_TYPE_STRING &&
        g_strcmp0 (get_prompt (target, pspecs[i]->name), get_prompt (source, pspecs[i]->name)) != 0)
      set_prompt (target, pspecs[i]->name, get_prompt (source, pspecs[i]->name));
}

static gboolean
not_found (const ConcordDiffChange  *change,
           GError                  **error)
{
  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
               _("“%s” is no longer in the document"), concord_diff_change_get_id (change));

  return FALSE;
}

/* Removing a party or term that is still named, or a section that still
 * holds clauses, would leave the document invalid. The core knows every
 * place a reference can hide, so it is asked to accept the change into a
 * scratch copy first; only removals pay for the copy. */
static gboolean
check_removal (ConcordDocument  *self,
               ConcordDiff      *diff,
               guint             index,
               GError          **error)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self);
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);
  g_autoptr(ConcordMemorandum) scratch = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  scratch = concord_memorandum_load_from_data (data, length, _("the open document"), error);

  return scratch != NULL && concord_diff_change_apply (diff, index, scratch, error);
}

static gboolean
accept_list_item (ConcordDocument          *self,
                  ConcordDiff              *diff,
                  guint                     index,
                  const ConcordDiffChange  *change,
                  GError                  **error)
{
  const ConcordDiffList *kind = concord_diff_list_for (concord_diff_change_get_object (change));
  ConcordDiffKind what = concord_diff_change_get_kind (change);
  const char *id = concord_diff_change_get_id (change);
  GObject *source = concord_diff_change_get_new_object (change);
  GListModel *model = kind->list (concord_document_get_memorandum (self));
  int at = concord_diff_list_find (kind, model, id);
  g_autoptr(GObject) item = at >= 0 ? g_list_model_get_item (model, at) : NULL;

  if (item == NULL && what != CONCORD_DIFF_ADDED)
    return not_found (change, error);

  if (what == CONCORD_DIFF_REMOVED)
    {
      if (!check_removal (self, diff, index, error))
        return FALSE;
      concord_document_begin_group (self);
      concord_document_remove_item (self, model, at);
      concord_document_end_group (self, G_OBJECT (concord_document_get_memorandum (self)));
      return TRUE;
    }

  concord_document_begin_group (self);
  if (item == NULL)
    item = concord_diff_list_clone_item (kind, source);
  else
    {
      take_fields (self, item, source, NULL);
      take_prompts (item, source, kind->get_prompt, kind->set_prompt);
    }

  if (what != CONCORD_DIFF_CHANGED)
    {
      GListModel *other = kind->list (concord_diff_get_new (diff));

      if (at >= 0)
        concord_document_remove_item (self, model, at);
      concord_document_insert_item (self, model, concord_diff_list_insert_position (kind, other, model, id),
                                    item);
    }
  concord_document_end_group (self, item);

  return TRUE;
}

/* After the nearest clause before it in the new version that the section
 * already has; first in the section when there is none. */
static guint
clause_position (ConcordDiff    *diff,
                 const char     *id,
                 ConcordSection *section)
{
  ConcordSection *source_section = NULL;
  guint source_position = 0;

  if (concord_memorandum_find_clause (concord_diff_get_new (diff), id, &source_section,
                                      &source_position) == NULL)
    return 0;

  for (guint i = source_position; i > 0; i--)
    {
      const char *before = concord_clause_get_id (concord_section_get_clause (source_section, i - 1));
      int here = concord_section_find_clause (section, before);

      if (here >= 0)
        return here + 1;
    }

  return 0;
}

static gboolean
accept_clause (ConcordDocument          *self,
               ConcordDiff              *diff,
               const ConcordDiffChange  *change,
               GError                  **error)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self);
  ConcordDiffKind what = concord_diff_change_get_kind (change);
  const char *id = concord_diff_change_get_id (change);
  ConcordClause *source = CONCORD_CLAUSE (concord_diff_change_get_new_object (change));
  ConcordSection *old_section = NULL;
  guint position = 0;
  ConcordClause *found = concord_memorandum_find_clause (m, id, &old_section, &position);
  g_autoptr(ConcordClause) clause = found != NULL ? g_object_ref (found) : NULL;
  GListModel *sections = concord_memorandum_get_sections (m);
  g_autoptr(ConcordSection) new_section = NULL;
  int section_at;

  if (clause == NULL && what != CONCORD_DIFF_ADDED)
    return not_found (change, error);

  if (what == CONCORD_DIFF_REMOVED)
    {
      concord_document_begin_group (self);
      concord_document_remove_clause (self, old_section, position);
      concord_document_end_group (self, G_OBJECT (old_section));
      return TRUE;
    }

  section_at = concord_diff_list_find (concord_diff_list_for (CONCORD_DIFF_OBJECT_SECTION), sections,
                                       concord_diff_change_get_new_section (change));
  if (what != CONCORD_DIFF_CHANGED && section_at < 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("Clause “%s” belongs in a section that is not in the document yet: "
                     "accept that section first"), id);
      return FALSE;
    }

  concord_document_begin_group (self);
  if (clause == NULL)
    clause = concord_clause_copy (source, id);
  else
    take_fields (self, G_OBJECT (clause), G_OBJECT (source), NULL);

  if (what != CONCORD_DIFF_CHANGED)
    {
      new_section = g_list_model_get_item (sections, section_at);
      if (found != NULL)
        concord_document_remove_clause (self, old_section, position);
      concord_document_insert_clause (self, new_section, clause_position (diff, id, new_section), clause);
    }
  concord_document_end_group (self, G_OBJECT (clause));

  return TRUE;
}

static gboolean
accept_details (ConcordDocument          *self,
                ConcordDiff              *diff,
                GError                  **error)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self);
  ConcordMemorandum *source = concord_diff_get_new (diff);
  guint changed;

  concord_document_begin_group (self);
  changed = take_fields (self, G_OBJECT (m), G_OBJECT (source), "recitals");
  concord_document_end_group (self, G_OBJECT (m));
  take_prompts (G_OBJECT (m), G_OBJECT (source),
                (GetPromptFunc) concord_memorandum_get_placeholder,
                (SetPromptFunc) concord_memorandum_set_placeholder);

  /* An id says which memorandum this is: the open one keeps its own. */
  if (changed == 0 && g_strcmp0 (concord_memorandum_get_id (m), concord_memorandum_get_id (source)) != 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE,
                   _("The other version has another memorandum id (“%s”); "
                     "the open document keeps its own"),
                   concord_memorandum_get_id (source));
      return FALSE;
    }

  return TRUE;
}

/**
 * concord_document_accept_change:
 * @self: the open document
 * @diff: a comparison of the document's memorandum (old) with another
 *   version (new)
 * @index: the change to accept
 * @error: why it could not be accepted
 *
 * Makes the document take the other version's side of one change, as one
 * step of its history: changed fields are set, an added object is copied
 * in after the object before it in the other version, a moved one is
 * removed and inserted there, a removed one is removed. Fails, changing
 * nothing, when the object is no longer in the document, when an added
 * clause's section has not been accepted yet, or when a removed party,
 * term or section is still in use.
 */
gboolean
concord_document_accept_change (ConcordDocument  *self,
                                ConcordDiff      *diff,
                                guint             index,
                                GError          **error)
{
  const ConcordDiffChange *change;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (diff != NULL, FALSE);
  g_return_val_if_fail (index < concord_diff_get_n_changes (diff), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  change = concord_diff_get_change (diff, index);
  switch (concord_diff_change_get_object (change))
    {
    case CONCORD_DIFF_OBJECT_DETAILS:
      return accept_details (self, diff, error);
    case CONCORD_DIFF_OBJECT_RECITALS:
      {
        g_auto(GValue) value = G_VALUE_INIT;

        g_value_init (&value, G_TYPE_PTR_ARRAY);
        g_value_set_boxed (&value, concord_memorandum_get_recitals (concord_diff_get_new (diff)));
        concord_document_set_property (self, G_OBJECT (concord_document_get_memorandum (self)),
                                       "recitals", &value);
        return TRUE;
      }
    case CONCORD_DIFF_OBJECT_CLAUSE:
      return accept_clause (self, diff, change, error);
    case CONCORD_DIFF_OBJECT_PARTY:
    case CONCORD_DIFF_OBJECT_TERM:
    case CONCORD_DIFF_OBJECT_SECTION:
    case CONCORD_DIFF_OBJECT_ANNEX:
    case CONCORD_DIFF_OBJECT_SIGNATURE:
    case CONCORD_DIFF_OBJECT_CONTROL_ENTRY:
    default:
      return accept_list_item (self, diff, index, change, error);
    }
}
