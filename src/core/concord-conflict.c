/* concord-conflict.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-annex.h"
#include "concord-clause.h"
#include "concord-conflict.h"
#include "concord-control-entry.h"
#include "concord-diff.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-term.h"
#include "concord-text.h"

struct _ConcordConflict
{
  GObject   parent_instance;

  char     *object;
  char     *ref;
  char     *field;
  GValue    value[2];
  gboolean  removed[2];
};

G_DEFINE_FINAL_TYPE (ConcordConflict, concord_conflict, G_TYPE_OBJECT)

static const struct
{
  const char        *name;
  ConcordDiffObject  list;
} objects[] = {
  { "details", CONCORD_DIFF_OBJECT_DETAILS },
  { "party", CONCORD_DIFF_OBJECT_PARTY },
  { "term", CONCORD_DIFF_OBJECT_TERM },
  { "section", CONCORD_DIFF_OBJECT_SECTION },
  { "clause", CONCORD_DIFF_OBJECT_CLAUSE },
  { "annex", CONCORD_DIFF_OBJECT_ANNEX },
  { "signature", CONCORD_DIFF_OBJECT_SIGNATURE },
  { "control-entry", CONCORD_DIFF_OBJECT_CONTROL_ENTRY },
};

static void
concord_conflict_finalize (GObject *object)
{
  ConcordConflict *self = (ConcordConflict *) object;

  g_free (self->object);
  g_free (self->ref);
  g_free (self->field);
  for (int s = 0; s < 2; s++)
    if (G_IS_VALUE (&self->value[s]))
      g_value_unset (&self->value[s]);

  G_OBJECT_CLASS (concord_conflict_parent_class)->finalize (object);
}

static void
concord_conflict_class_init (ConcordConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = concord_conflict_finalize;
}

static void
concord_conflict_init (ConcordConflict *self)
{
}

ConcordConflict *
concord_conflict_new (const char *object,
                      const char *ref,
                      const char *field)
{
  ConcordConflict *self = g_object_new (CONCORD_TYPE_CONFLICT, NULL);

  self->object = g_strdup (object);
  self->ref = g_strdup (ref);
  self->field = g_strdup (field);

  return self;
}

ConcordConflict *
concord_conflict_copy (ConcordConflict *self)
{
  ConcordConflict *copy;

  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);

  copy = concord_conflict_new (self->object, self->ref, self->field);
  for (int s = 0; s < 2; s++)
    {
      concord_conflict_set_value (copy, s, concord_conflict_get_value (self, s));
      copy->removed[s] = self->removed[s];
    }

  return copy;
}

const char *
concord_conflict_get_object (ConcordConflict *self)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);

  return self->object;
}

const char *
concord_conflict_get_ref (ConcordConflict *self)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);

  return self->ref;
}

const char *
concord_conflict_get_field (ConcordConflict *self)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);

  return self->field;
}

const GValue *
concord_conflict_get_value (ConcordConflict     *self,
                            ConcordConflictSide  side)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);
  g_return_val_if_fail (side <= CONCORD_CONFLICT_THEIRS, NULL);

  return G_IS_VALUE (&self->value[side]) ? &self->value[side] : NULL;
}

void
concord_conflict_set_value (ConcordConflict     *self,
                            ConcordConflictSide  side,
                            const GValue        *value)
{
  g_return_if_fail (CONCORD_IS_CONFLICT (self));
  g_return_if_fail (side <= CONCORD_CONFLICT_THEIRS);

  if (G_IS_VALUE (&self->value[side]))
    g_value_unset (&self->value[side]);
  if (value == NULL)
    return;
  g_value_init (&self->value[side], G_VALUE_TYPE (value));
  g_value_copy (value, &self->value[side]);
}

gboolean
concord_conflict_get_removed (ConcordConflict     *self,
                              ConcordConflictSide  side)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), FALSE);
  g_return_val_if_fail (side <= CONCORD_CONFLICT_THEIRS, FALSE);

  return self->removed[side];
}

void
concord_conflict_set_removed (ConcordConflict     *self,
                              ConcordConflictSide  side,
                              gboolean             removed)
{
  g_return_if_fail (CONCORD_IS_CONFLICT (self));
  g_return_if_fail (side <= CONCORD_CONFLICT_THEIRS);

  self->removed[side] = removed;
}

char *
concord_conflict_dup_target (ConcordConflict *self)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);

  if (self->ref == NULL)
    return g_strdup ("details");

  return g_strdup_printf ("%s:%s", self->object, self->ref);
}

static GType
object_type (const char *object)
{
  if (g_strcmp0 (object, "details") == 0)
    return CONCORD_TYPE_MEMORANDUM;
  if (g_strcmp0 (object, "party") == 0)
    return CONCORD_TYPE_PARTY;
  if (g_strcmp0 (object, "term") == 0)
    return CONCORD_TYPE_TERM;
  if (g_strcmp0 (object, "section") == 0)
    return CONCORD_TYPE_SECTION;
  if (g_strcmp0 (object, "clause") == 0)
    return CONCORD_TYPE_CLAUSE;
  if (g_strcmp0 (object, "annex") == 0)
    return CONCORD_TYPE_ANNEX;
  if (g_strcmp0 (object, "signature") == 0)
    return CONCORD_TYPE_SIGNATURE;
  if (g_strcmp0 (object, "control-entry") == 0)
    return CONCORD_TYPE_CONTROL_ENTRY;

  return G_TYPE_INVALID;
}

GType
concord_conflict_field_type (const char *object,
                             const char *field)
{
  GType type = object_type (object);
  g_autoptr(GTypeClass) klass = NULL;
  GParamSpec *pspec;

  if (type == G_TYPE_INVALID || field == NULL)
    return G_TYPE_INVALID;
  if (g_str_equal (field, "removed") || g_str_equal (field, "section"))
    return type != CONCORD_TYPE_MEMORANDUM ? G_TYPE_NONE : G_TYPE_INVALID;
  if (g_str_equal (field, "position"))
    return type != CONCORD_TYPE_MEMORANDUM ? G_TYPE_STRING : G_TYPE_INVALID;

  klass = g_type_class_ref (type);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), field);
  /* Only what the merge merges: writable fields that are not objects. */
  if (pspec == NULL || (pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE
      || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) || g_str_equal (field, "id")
      || g_type_is_a (pspec->value_type, G_TYPE_OBJECT))
    return G_TYPE_INVALID;

  return pspec->value_type;
}

GObject *
concord_conflict_find_target (ConcordConflict   *self,
                              ConcordMemorandum *memorandum)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      const ConcordDiffList *list;
      int at;

      if (!g_str_equal (objects[i].name, self->object))
        continue;
      if (objects[i].list == CONCORD_DIFF_OBJECT_DETAILS)
        return G_OBJECT (memorandum);
      if (objects[i].list == CONCORD_DIFF_OBJECT_CLAUSE)
        return (GObject *) concord_memorandum_find_clause (memorandum, self->ref, NULL, NULL);
      list = concord_diff_list_for (objects[i].list);
      at = concord_diff_list_find (list, list->list (memorandum), self->ref);
      if (at < 0)
        return NULL;
      {
        GObject *item = g_list_model_get_item (list->list (memorandum), at);

        /* The list holds a reference for as long as the object is in it. */
        g_object_unref (item);
        return item;
      }
    }

  return NULL;
}

char *
concord_conflict_describe (ConcordConflict *self)
{
  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);

  if (g_str_equal (self->field, "removed"))
    return g_strdup (self->removed[CONCORD_CONFLICT_THEIRS]
                     ? _("Their side removed it, and our side changed it; our version is kept until "
                         "someone decides.")
                     : _("Our side removed it, and their side changed it; their version is kept until "
                         "someone decides."));
  if (g_str_equal (self->field, "position"))
    return g_strdup (_("The two sides moved it to different places; it stays where our side put it "
                       "until someone decides."));
  if (g_str_equal (self->field, "section"))
    return g_strdup (_("Its section was removed on one side and it was kept or added on the other; it "
                       "stays, in a section of its own, until someone decides."));

  /* TRANSLATORS: %s is the name of a field in the file: heading, body, status... */
  return g_strdup_printf (_("Both sides changed the %s differently; ours is kept until someone decides."),
                          self->field);
}

char *
concord_conflict_dup_text (ConcordConflict     *self,
                           ConcordConflictSide  side,
                           ConcordMemorandum   *memorandum)
{
  const GValue *value;
  GType type;

  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  value = concord_conflict_get_value (self, side);
  if (value == NULL || self->removed[side])
    return NULL;
  type = G_VALUE_TYPE (value);
  if (type == G_TYPE_STRING)
    return g_value_dup_string (value);
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (G_TYPE_IS_ENUM (type))
    return g_strdup (concord_enum_nick (type, g_value_get_enum (value)));
  if (type == G_TYPE_STRV)
    return g_value_get_boxed (value) != NULL ? g_strjoinv (", ", g_value_get_boxed (value)) : NULL;
  if (type == G_TYPE_PTR_ARRAY && g_value_get_boxed (value) != NULL)
    {
      GPtrArray *blocks = g_value_get_boxed (value);
      g_autoptr(ConcordNumbering) numbering = concord_numbering_new (memorandum);
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < blocks->len; i++)
        {
          g_autofree char *line = concord_block_render (memorandum, numbering, g_ptr_array_index (blocks, i));

          g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line != NULL ? line : "");
        }
      return g_string_free (text, FALSE);
    }
  if (G_TYPE_IS_FLAGS (type))
    return concord_flags_nicks (type, g_value_get_flags (value), ", ");

  return NULL;
}

static GListModel *
list_of (ConcordConflict   *self,
         ConcordMemorandum *memorandum)
{
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    if (g_str_equal (objects[i].name, self->object) && objects[i].list != CONCORD_DIFF_OBJECT_DETAILS
        && objects[i].list != CONCORD_DIFF_OBJECT_CLAUSE)
      return concord_diff_list_for (objects[i].list)->list (memorandum);

  return NULL;
}

static gboolean
remove_target (ConcordConflict   *self,
               ConcordMemorandum *memorandum,
               GObject           *target)
{
  ConcordSection *section = NULL;
  guint position = 0;
  GListModel *list;

  if (CONCORD_IS_CLAUSE (target))
    {
      concord_memorandum_find_clause (memorandum, self->ref, &section, &position);
      concord_section_remove_clause (section, position);
      return TRUE;
    }
  list = list_of (self, memorandum);
  if (list != NULL && g_list_store_find (G_LIST_STORE (list), target, &position))
    {
      g_list_store_remove (G_LIST_STORE (list), position);
      return TRUE;
    }

  return FALSE;
}

/* Moves target to just after the object with id after (NULL: first). */
static gboolean
move_target (ConcordConflict   *self,
             ConcordMemorandum *memorandum,
             GObject           *target,
             const char        *after,
             GError           **error)
{
  g_autoptr(GObject) keep = g_object_ref (target);

  if (CONCORD_IS_CLAUSE (target))
    {
      ConcordSection *from = NULL, *to = NULL;
      guint position = 0, at = 0;
      GListModel *sections = concord_memorandum_get_sections (memorandum);

      if (after == NULL && g_list_model_get_n_items (sections) > 0)
        {
          to = g_list_model_get_item (sections, 0);
          g_object_unref (to);
        }
      else if (after != NULL && concord_memorandum_find_clause (memorandum, after, &to, &at) != NULL)
        at++;
      else
        for (guint i = 0; after != NULL && i < g_list_model_get_n_items (sections); i++)
          {
            g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

            if (g_strcmp0 (concord_section_get_id (section), after) == 0)
              to = section;
          }
      if (to == NULL || g_strcmp0 (after, self->ref) == 0)
        goto gone;
      concord_memorandum_find_clause (memorandum, self->ref, &from, &position);
      if (from == to && position < at)
        at--;
      concord_section_remove_clause (from, position);
      concord_section_insert_clause (to, at, CONCORD_CLAUSE (keep));
      return TRUE;
    }
  else
    {
      GListModel *list = list_of (self, memorandum);
      const ConcordDiffList *kind = NULL;
      guint position = 0;
      int at = -1;

      for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
        if (g_str_equal (objects[i].name, self->object))
          kind = concord_diff_list_for (objects[i].list);
      if (list == NULL || !g_list_store_find (G_LIST_STORE (list), target, &position))
        goto gone;
      if (after != NULL && (at = concord_diff_list_find (kind, list, after)) < 0)
        goto gone;
      g_list_store_remove (G_LIST_STORE (list), position);
      at = after == NULL ? 0 : concord_diff_list_find (kind, list, after) + 1;
      g_list_store_insert (G_LIST_STORE (list), (guint) at, keep);
      return TRUE;
    }

gone:
  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
               _("the place that side put it, after “%s”, is no longer in the memorandum"),
               after != NULL ? after : "");
  return FALSE;
}

gboolean
concord_conflict_apply (ConcordConflict           *self,
                        ConcordMemorandum         *memorandum,
                        const ConcordConflictSide *side,
                        GError                   **error)
{
  GListModel *conflicts;
  GObject *target;
  guint position = 0;

  g_return_val_if_fail (CONCORD_IS_CONFLICT (self), FALSE);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), FALSE);

  conflicts = concord_memorandum_get_conflicts (memorandum);
  if (!g_list_store_find (G_LIST_STORE (conflicts), self, &position))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND, _("the conflict is no longer in the memorandum"));
      return FALSE;
    }
  target = concord_conflict_find_target (self, memorandum);
  if (side != NULL && target == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("the %s “%s” this conflict is about is no longer in the memorandum"), self->object,
                   self->ref != NULL ? self->ref : "");
      return FALSE;
    }

  if (side == NULL)
    ;
  else if (g_str_equal (self->field, "removed") || g_str_equal (self->field, "section"))
    {
      if (self->removed[*side])
        remove_target (self, memorandum, target);
    }
  else if (g_str_equal (self->field, "position"))
    {
      const GValue *after = concord_conflict_get_value (self, *side);

      if (!move_target (self, memorandum, target, after != NULL ? g_value_get_string (after) : NULL, error))
        return FALSE;
    }
  else if (concord_conflict_get_value (self, *side) != NULL)
    g_object_set_property (target, self->field, concord_conflict_get_value (self, *side));

  /* The list may have changed by now only in what the object held. */
  if (g_list_store_find (G_LIST_STORE (conflicts), self, &position))
    g_list_store_remove (G_LIST_STORE (conflicts), position);

  return TRUE;
}
