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
#include "concord-document-private.h"

/* Accepting one change of a comparison into the open document. The diff's
 * old side is (a recent state of) the document and its new side the other
 * version. There is one way to accept a change, the core's
 * concord_diff_change_apply(), and it is applied to the open memorandum
 * itself: the document watches its model, so every field it sets and every
 * object it adds, moves or removes is an edit, and one group makes them one
 * step of the history. */

/* What undo and redo show: the object the change was about, or where it
 * was when it is gone. */
static GObject *
focus_for (ConcordMemorandum       *m,
           const ConcordDiffChange *change,
           GObject                 *before)
{
  ConcordDiffObject object = concord_diff_change_get_object (change);
  const char *id = concord_diff_change_get_id (change);
  const ConcordDiffList *kind;
  GListModel *list;
  int at;

  if (object == CONCORD_DIFF_OBJECT_CLAUSE)
    {
      ConcordClause *clause = concord_memorandum_find_clause (m, id, NULL, NULL);

      return clause != NULL ? G_OBJECT (clause) : before;
    }

  kind = concord_diff_list_for (object);
  if (kind == NULL)
    return G_OBJECT (m);

  list = kind->list (m);
  at = concord_diff_list_find (kind, list, id);
  if (at < 0)
    return G_OBJECT (m);

  {
    GObject *item = g_list_model_get_item (list, at);

    /* The list holds it. */
    g_object_unref (item);
    return item;
  }
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
 * step of its history, through concord_diff_change_apply(). The open
 * document keeps its own memorandum id. Fails, changing nothing, when the
 * object is no longer in the document, when an added clause's section has
 * not been accepted yet, when a removed party, term or section is still in
 * use, or when the only difference in the details is the memorandum id.
 */
gboolean
concord_document_accept_change (ConcordDocument  *self,
                                ConcordDiff      *diff,
                                guint             index,
                                GError          **error)
{
  ConcordMemorandum *m;
  const ConcordDiffChange *change;
  g_autofree char *id = NULL;
  ConcordSection *section = NULL;
  GObject *before;
  gboolean ok;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (diff != NULL, FALSE);
  g_return_val_if_fail (index < concord_diff_get_n_changes (diff), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  m = concord_document_get_memorandum (self);
  change = concord_diff_get_change (diff, index);
  id = g_strdup (concord_memorandum_get_id (m));
  concord_memorandum_find_clause (m, concord_diff_change_get_id (change), &section, NULL);
  before = section != NULL ? G_OBJECT (section) : G_OBJECT (m);

  concord_document_begin_group (self);
  ok = concord_diff_change_apply (diff, index, m, error);

  /* An id says which memorandum this is: the open one keeps its own. */
  if (ok && concord_diff_change_get_object (change) == CONCORD_DIFF_OBJECT_DETAILS &&
      g_strcmp0 (concord_memorandum_get_id (m), id) != 0)
    {
      concord_memorandum_set_id (m, id);
      if (_concord_document_group_size (self) == 0)
        {
          g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE,
                       _("The other version has another memorandum id (“%s”); "
                         "the open document keeps its own"),
                       concord_memorandum_get_id (concord_diff_get_new (diff)));
          ok = FALSE;
        }
    }

  if (!ok)
    {
      /* The core changes nothing when it refuses; this keeps it so should
       * it ever fail half-way. */
      _concord_document_cancel_group (self);
      return FALSE;
    }

  concord_document_end_group (self, focus_for (m, change, before));

  return TRUE;
}
