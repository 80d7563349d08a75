/* concord-document-watch.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-document"

#include "config.h"

#include "concord-document-private.h"

/* Undo watches the model itself: every object of the memorandum (parties,
 * sections, clauses, terms, annexes, signatures, document-control rows and
 * the memorandum) and every list that holds them is watched, so an edit
 * made through the model's own setters reaches the history whoever made
 * it. GObject says that a property changed but not what it was, so the
 * watch keeps the current value of each editable property and hands the
 * history the value it replaced. Lists are watched the same way: the watch
 * keeps their items, so it can say which ones a change took out. An object
 * is watched while it is in the memorandum; one taken out is watched again,
 * from its values then, when undo puts it back. */

typedef struct
{
  GObject   *object;
  /* How many watched lists hold it (a move puts it in two for a moment). */
  guint      count;
  gulong     handler;
  /* The editable properties (shared by the class) and their values now. */
  GPtrArray *pspecs;
  GValue    *values;
} ObjectWatch;

typedef struct
{
  GListModel *list;
  gulong      handler;
  GPtrArray  *items;
} ListWatch;

struct _ConcordWatch
{
  ConcordDocument *document;
  GObject         *root;
  GHashTable      *objects;
  GHashTable      *lists;
  /* GType -> GPtrArray of the editable GParamSpecs of that class */
  GHashTable      *classes;
};

static void watch_object   (ConcordWatch *self,
                            GObject      *object);
static void unwatch_object (ConcordWatch *self,
                            GObject      *object);

gboolean
_concord_values_equal (GParamSpec   *pspec,
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
  if (pspec->value_type == CONCORD_TYPE_COMMENTS)
    return concord_comments_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  return g_param_values_cmp (pspec, a, b) == 0;
}

/* What an edit can change: properties that can be read and set after
 * construction, not ids, not lists of children (watched as lists). */
static gboolean
is_editable (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE
         && !(pspec->flags & G_PARAM_CONSTRUCT_ONLY)
         && !g_type_is_a (pspec->value_type, G_TYPE_OBJECT)
         && !G_TYPE_IS_INTERFACE (pspec->value_type);
}

static GPtrArray *
editable_pspecs (ConcordWatch *self,
                 GObject      *object)
{
  GType type = G_OBJECT_TYPE (object);
  GPtrArray *pspecs = g_hash_table_lookup (self->classes, GSIZE_TO_POINTER (type));
  g_autofree GParamSpec **all = NULL;
  guint n = 0;

  if (pspecs != NULL)
    return pspecs;

  pspecs = g_ptr_array_new ();
  all = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    if (is_editable (all[i]))
      g_ptr_array_add (pspecs, all[i]);
  g_hash_table_insert (self->classes, GSIZE_TO_POINTER (type), pspecs);

  return pspecs;
}

/* The lists an object holds its children in. The memorandum's are not
 * properties, so they are named here; any other object's are its
 * GListModel properties (a section's clauses). A new kind of list in the
 * memorandum must be added here for its edits to be undoable. */
static GPtrArray *
child_lists (GObject *object)
{
  GPtrArray *lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree GParamSpec **all = NULL;
  guint n = 0;

  if (CONCORD_IS_MEMORANDUM (object))
    {
      ConcordMemorandum *m = CONCORD_MEMORANDUM (object);

      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_parties (m)));
      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_terms (m)));
      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_sections (m)));
      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_annexes (m)));
      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_signatures (m)));
      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_control_entries (m)));
      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_dismissals (m)));
      g_ptr_array_add (lists, g_object_ref (concord_memorandum_get_conflicts (m)));
    }

  all = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      GListModel *list = NULL;

      if (!(all[i]->flags & G_PARAM_READABLE) || !g_type_is_a (all[i]->value_type, G_TYPE_LIST_MODEL))
        continue;
      g_object_get (object, all[i]->name, &list, NULL);
      if (G_IS_LIST_STORE (list))
        g_ptr_array_add (lists, list);
      else
        g_clear_object (&list);
    }

  return lists;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    data)
{
  ConcordWatch *self = data;
  ObjectWatch *watch = g_hash_table_lookup (self->objects, object);
  g_auto(GValue) now = G_VALUE_INIT;
  GValue old_value = G_VALUE_INIT;
  guint i;

  if (watch == NULL || !g_ptr_array_find (watch->pspecs, pspec, &i))
    return;

  g_value_init (&now, pspec->value_type);
  g_object_get_property (object, pspec->name, &now);
  if (_concord_values_equal (pspec, &watch->values[i], &now))
    return;

  old_value = watch->values[i];
  watch->values[i] = (GValue) G_VALUE_INIT;
  g_value_init (&watch->values[i], pspec->value_type);
  g_value_copy (&now, &watch->values[i]);

  _concord_document_record_property (self->document, object, pspec->name, &old_value, &now);
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       n_removed,
                  guint       n_added,
                  gpointer    data)
{
  ConcordWatch *self = data;
  ListWatch *watch = g_hash_table_lookup (self->lists, list);
  GPtrArray *removed;
  GPtrArray *added;

  if (watch == NULL || position + n_removed > watch->items->len)
    return;

  removed = g_ptr_array_new_with_free_func (g_object_unref);
  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_removed; i++)
    g_ptr_array_add (removed, g_ptr_array_steal_index (watch->items, position));
  for (guint i = 0; i < n_added; i++)
    {
      GObject *item = g_list_model_get_item (list, position + i);

      g_ptr_array_insert (watch->items, position + i, item);
      g_ptr_array_add (added, g_object_ref (item));
    }

  /* Added first, so that an object taken out and put back at once keeps
   * its values. */
  for (guint i = 0; i < added->len; i++)
    watch_object (self, g_ptr_array_index (added, i));
  for (guint i = 0; i < removed->len; i++)
    unwatch_object (self, g_ptr_array_index (removed, i));

  _concord_document_record_splice (self->document, G_LIST_STORE (list), position, removed, added);
}

static void
watch_list (ConcordWatch *self,
            GListModel   *list)
{
  ListWatch *watch;
  guint n = g_list_model_get_n_items (list);

  if (g_hash_table_contains (self->lists, list))
    return;

  watch = g_new0 (ListWatch, 1);
  watch->list = g_object_ref (list);
  watch->items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (watch->items, g_list_model_get_item (list, i));
  /* After everyone else, so those who show the list have caught up when
   * the document says its structure changed. */
  watch->handler = g_signal_connect_after (list, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_hash_table_insert (self->lists, list, watch);

  for (guint i = 0; i < watch->items->len; i++)
    watch_object (self, g_ptr_array_index (watch->items, i));
}

static void
unwatch_list (ConcordWatch *self,
              GListModel   *list)
{
  ListWatch *watch = g_hash_table_lookup (self->lists, list);

  if (watch == NULL)
    return;

  g_hash_table_steal (self->lists, list);
  for (guint i = 0; i < watch->items->len; i++)
    unwatch_object (self, g_ptr_array_index (watch->items, i));
  g_clear_signal_handler (&watch->handler, list);
  g_ptr_array_unref (watch->items);
  g_object_unref (watch->list);
  g_free (watch);
}

static void
watch_object (ConcordWatch *self,
              GObject      *object)
{
  ObjectWatch *watch = g_hash_table_lookup (self->objects, object);
  g_autoptr(GPtrArray) lists = NULL;

  if (watch != NULL)
    {
      watch->count++;
      return;
    }

  watch = g_new0 (ObjectWatch, 1);
  watch->object = g_object_ref (object);
  watch->count = 1;
  watch->pspecs = editable_pspecs (self, object);
  watch->values = g_new0 (GValue, watch->pspecs->len);
  for (guint i = 0; i < watch->pspecs->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (watch->pspecs, i);

      g_value_init (&watch->values[i], pspec->value_type);
      g_object_get_property (object, pspec->name, &watch->values[i]);
    }
  /* After the handlers of those showing the object, as the window's
   * editors expect the document to hear of an edit last. */
  watch->handler = g_signal_connect_after (object, "notify", G_CALLBACK (notify_cb), self);
  g_hash_table_insert (self->objects, object, watch);

  lists = child_lists (object);
  for (guint i = 0; i < lists->len; i++)
    watch_list (self, g_ptr_array_index (lists, i));
}

static void
unwatch_object (ConcordWatch *self,
                GObject      *object)
{
  ObjectWatch *watch = g_hash_table_lookup (self->objects, object);
  g_autoptr(GPtrArray) lists = NULL;

  if (watch == NULL || --watch->count > 0)
    return;

  g_hash_table_steal (self->objects, object);
  lists = child_lists (object);
  for (guint i = 0; i < lists->len; i++)
    unwatch_list (self, g_ptr_array_index (lists, i));

  g_clear_signal_handler (&watch->handler, object);
  for (guint i = 0; i < watch->pspecs->len; i++)
    g_value_unset (&watch->values[i]);
  g_free (watch->values);
  g_object_unref (watch->object);
  g_free (watch);
}

ConcordWatch *
_concord_watch_new (ConcordDocument   *document,
                    ConcordMemorandum *memorandum)
{
  ConcordWatch *self = g_new0 (ConcordWatch, 1);

  self->document = document;
  self->root = g_object_ref (G_OBJECT (memorandum));
  self->objects = g_hash_table_new (NULL, NULL);
  self->lists = g_hash_table_new (NULL, NULL);
  self->classes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  watch_object (self, self->root);

  return self;
}

void
_concord_watch_free (ConcordWatch *self)
{
  if (self == NULL)
    return;

  unwatch_object (self, self->root);
  g_warn_if_fail (g_hash_table_size (self->objects) == 0 && g_hash_table_size (self->lists) == 0);
  g_hash_table_unref (self->objects);
  g_hash_table_unref (self->lists);
  g_hash_table_unref (self->classes);
  g_object_unref (self->root);
  g_free (self);
}

gboolean
_concord_watch_has (ConcordWatch *self,
                    gpointer      object_or_list)
{
  return g_hash_table_contains (self->objects, object_or_list) ||
         g_hash_table_contains (self->lists, object_or_list);
}
