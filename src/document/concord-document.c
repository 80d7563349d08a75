/* concord-document.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-document"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-document.h"

/* An open memorandum: the model, the file it came from (none for a new
 * one) and whether it has changed since it was last saved. */
typedef enum
{
  EDIT_PROPERTY,
  EDIT_INSERT,
  EDIT_REMOVE,
  EDIT_MOVE,
  EDIT_GROUP,
} EditKind;

/* One edit: a property's old and new values; an item (clause, party,
 * signature) inserted into, removed from or moved within its list; or a
 * group of edits that the user made as one. */
typedef struct
{
  EditKind  kind;
  GObject  *object;
  char     *property;
  GValue    old_value;
  GValue    new_value;
  /* Structural edits */
  GListStore *store;
  GPtrArray  *children;
  guint     position;
  guint     to_position;
  gint64    time;
} Edit;

/* Typing into one field within this time is one edit, not one per key. */
#define COALESCE_USEC (1500 * 1000)

struct _ConcordDocument
{
  GObject            parent_instance;

  ConcordMemorandum *memorandum;
  GFile             *file;
  gboolean           modified;
  /* Names this document's autosaved draft. */
  char              *draft_id;

  /* History: newest last. `applying` is set while undo or redo sets a
   * value, so that the change is not recorded as a new edit. */
  GPtrArray         *undo_stack;
  GPtrArray         *redo_stack;
  gboolean           applying;
  /* While a group is open, edits are collected into it. */
  Edit              *group;
  /* The newest edit when the document matched its file (NULL: none), so
   * that undoing back to it shows the document unchanged again. Not
   * reachable once that edit is dropped from the history. */
  Edit              *saved_edit;
  gboolean           saved_reachable;
};

G_DEFINE_FINAL_TYPE (ConcordDocument, concord_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS,
};

enum {
  CHANGED,
  STRUCTURE_CHANGED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->object);
  g_clear_object (&edit->store);
  g_clear_pointer (&edit->children, g_ptr_array_unref);
  g_free (edit->property);
  if (G_IS_VALUE (&edit->old_value))
    g_value_unset (&edit->old_value);
  if (G_IS_VALUE (&edit->new_value))
    g_value_unset (&edit->new_value);
  g_free (edit);
}

static void
concord_document_finalize (GObject *object)
{
  ConcordDocument *self = (ConcordDocument *) object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_free (self->draft_id);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

  g_clear_object (&self->memorandum);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (concord_document_parent_class)->finalize (object);
}

static void
concord_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ConcordDocument *self = CONCORD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      g_value_set_object (value, self->memorandum);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->undo_stack->len > 0);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->redo_stack->len > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_document_class_init (ConcordDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = concord_document_finalize;
  object_class->get_property = concord_document_get_property;

  properties[PROP_MEMORANDUM] =
    g_param_spec_object ("memorandum", NULL, NULL, CONCORD_TYPE_MEMORANDUM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any edit to the memorandum, so views can refresh. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Emitted when sections or clauses were added, removed or moved. */
  signals[STRUCTURE_CHANGED] = g_signal_new ("structure-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
concord_document_init (ConcordDocument *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->draft_id = g_uuid_string_random ();
  self->redo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->saved_reachable = TRUE;
}

static ConcordDocument *
wrap (ConcordMemorandum *memorandum,
      GFile             *file)
{
  ConcordDocument *self = g_object_new (CONCORD_TYPE_DOCUMENT, NULL);

  self->memorandum = memorandum;
  self->file = file != NULL ? g_object_ref (file) : NULL;

  return self;
}

ConcordDocument *
concord_document_new_from_template (const char  *template_id,
                                    GError     **error)
{
  ConcordMemorandum *memorandum = concord_template_instantiate (template_id, error);

  return memorandum != NULL ? wrap (memorandum, NULL) : NULL;
}

/* A failed load leaves the file as it was: the loader only reads. */
ConcordDocument *
concord_document_new_from_file (GFile   *file,
                                GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  ConcordMemorandum *memorandum;

  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("Only files on this computer can be opened"));
      return NULL;
    }

  memorandum = concord_memorandum_load_from_file (path, error);

  return memorandum != NULL ? wrap (memorandum, file) : NULL;
}

/* A document brought back from a draft: unsaved, and still tied to the file
 * it was being edited for. */
ConcordDocument *
concord_document_new_restored (ConcordMemorandum *memorandum,
                               GFile             *file,
                               const char        *draft_id)
{
  ConcordDocument *self = wrap (memorandum, file);

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
  self->modified = TRUE;
  self->saved_reachable = FALSE;

  return self;
}

const char *
concord_document_get_draft_id (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return self->draft_id;
}

ConcordMemorandum *
concord_document_get_memorandum (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return self->memorandum;
}

GFile *
concord_document_get_file (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return self->file;
}

/* The name shown in the title bar: the file's name, or "New memorandum". */
char *
concord_document_dup_title (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  if (self->file != NULL)
    return g_file_get_basename (self->file);

  return g_strdup (_("New memorandum"));
}

gboolean
concord_document_get_modified (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

static void
update_modified (ConcordDocument *self,
                 gboolean         modified)
{
  modified = !!modified;
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static Edit *
newest_edit (ConcordDocument *self)
{
  return self->undo_stack->len > 0 ? g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1) : NULL;
}

/* Marks the document as matching its file (after a save), or as changed
 * whatever the history says (kept over a version changed on disk). */
void
concord_document_set_modified (ConcordDocument *self,
                               gboolean         modified)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));

  self->saved_reachable = !modified;
  if (!modified)
    {
      self->saved_edit = newest_edit (self);
      /* The next keystroke must not merge into the saved edit. */
      if (self->saved_edit != NULL)
        self->saved_edit->time = 0;
    }
  update_modified (self, modified);
}

void
concord_document_changed (ConcordDocument *self)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));

  update_modified (self, !self->saved_reachable || newest_edit (self) != self->saved_edit);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Edits about to be dropped for good: if the saved state was among them,
 * it can no longer be reached by undo or redo. */
static void
drop_redo (ConcordDocument *self)
{
  if (self->saved_reachable && self->saved_edit != NULL &&
      g_ptr_array_find (self->redo_stack, self->saved_edit, NULL))
    self->saved_reachable = FALSE;
  g_ptr_array_set_size (self->redo_stack, 0);
}

/* Saves through the core's atomic save; on failure the document stays
 * modified and keeps its old file. */
gboolean
concord_document_save (ConcordDocument  *self,
                       GFile            *file,
                       GError          **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("Only files on this computer can be saved to"));
      return FALSE;
    }

  if (!concord_memorandum_save (self->memorandum, path, error))
    return FALSE;

  if (file != self->file)
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  concord_document_set_modified (self, FALSE);

  return TRUE;
}

static void
notify_history (ConcordDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Records that a property of a model object changed. Views call this for
 * every change they see, so that every edit can be undone. */
void
concord_document_record_edit (ConcordDocument *self,
                              GObject         *object,
                              const char      *property,
                              const GValue    *old_value,
                              const GValue    *new_value)
{
  Edit *last;
  Edit *edit;
  gint64 now = g_get_monotonic_time ();

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));

  if (self->applying)
    return;

  if (self->group != NULL)
    {
      edit = g_new0 (Edit, 1);
      edit->kind = EDIT_PROPERTY;
      edit->object = g_object_ref (object);
      edit->property = g_strdup (property);
      g_value_init (&edit->old_value, G_VALUE_TYPE (old_value));
      g_value_copy (old_value, &edit->old_value);
      g_value_init (&edit->new_value, G_VALUE_TYPE (new_value));
      g_value_copy (new_value, &edit->new_value);
      g_ptr_array_add (self->group->children, edit);
      return;
    }

  last = newest_edit (self);
  drop_redo (self);

  if (last != NULL && last->kind == EDIT_PROPERTY && last->object == object &&
      g_strcmp0 (last->property, property) == 0 &&
      now - last->time < COALESCE_USEC)
    {
      g_value_unset (&last->new_value);
      g_value_init (&last->new_value, G_VALUE_TYPE (new_value));
      g_value_copy (new_value, &last->new_value);
      last->time = now;
      notify_history (self);
      return;
    }

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_PROPERTY;
  edit->object = g_object_ref (object);
  edit->property = g_strdup (property);
  edit->time = now;
  g_value_init (&edit->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &edit->old_value);
  g_value_init (&edit->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &edit->new_value);
  g_ptr_array_add (self->undo_stack, edit);
  notify_history (self);
}

gboolean
concord_document_get_applying (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->applying;
}

gboolean
concord_document_can_undo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
concord_document_can_redo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->redo_stack->len > 0;
}

static void
move_item (GListStore *store,
           guint       from,
           guint       to)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), from);

  g_list_store_remove (store, from);
  g_list_store_insert (store, to, item);
}

/* Applies one edit forwards (redo) or backwards (undo). */
static void
apply_edit (ConcordDocument *self,
            Edit            *edit,
            gboolean         undo)
{
  gboolean insert;

  switch (edit->kind)
    {
    case EDIT_PROPERTY:
      self->applying = TRUE;
      g_object_set_property (edit->object, edit->property, undo ? &edit->old_value : &edit->new_value);
      self->applying = FALSE;
      break;

    case EDIT_INSERT:
    case EDIT_REMOVE:
      insert = (edit->kind == EDIT_INSERT) != undo;
      if (insert)
        g_list_store_insert (edit->store, edit->position, edit->object);
      else
        g_list_store_remove (edit->store, edit->position);
      g_signal_emit (self, signals[STRUCTURE_CHANGED], 0);
      break;

    case EDIT_MOVE:
      move_item (edit->store, undo ? edit->to_position : edit->position,
                 undo ? edit->position : edit->to_position);
      g_signal_emit (self, signals[STRUCTURE_CHANGED], 0);
      break;

    case EDIT_GROUP:
      for (guint i = 0; i < edit->children->len; i++)
        apply_edit (self, g_ptr_array_index (edit->children, undo ? edit->children->len - 1 - i : i), undo);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Moves the newest edit from one stack to the other, applying it. Returns
 * the object it changed, for the view to show. */
static GObject *
apply (ConcordDocument *self,
       GPtrArray       *from,
       GPtrArray       *to,
       gboolean         undo)
{
  Edit *edit;

  if (from->len == 0)
    return NULL;

  edit = g_ptr_array_steal_index (from, from->len - 1);
  /* A following edit of the same field must not merge into this one. */
  edit->time = 0;
  apply_edit (self, edit, undo);

  g_ptr_array_add (to, edit);
  notify_history (self);
  concord_document_changed (self);

  return edit->object;
}

/* Adds a new edit to the history (or to the open group) after applying it. */
static void
push_edit (ConcordDocument *self,
           Edit            *edit,
           gboolean         apply_now)
{
  if (apply_now)
    apply_edit (self, edit, FALSE);

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->children, edit);
      return;
    }

  drop_redo (self);
  g_ptr_array_add (self->undo_stack, edit);
  notify_history (self);
  concord_document_changed (self);
}

static void
push_structural (ConcordDocument *self,
                 EditKind         kind,
                 GListStore      *store,
                 GObject         *item,
                 guint            position,
                 guint            to_position)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = kind;
  edit->object = g_object_ref (item);
  edit->store = g_object_ref (store);
  edit->position = position;
  edit->to_position = to_position;
  push_edit (self, edit, TRUE);
}

void
concord_document_insert_item (ConcordDocument *self,
                              GListModel      *list,
                              guint            position,
                              gpointer         item)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (position <= g_list_model_get_n_items (list));

  push_structural (self, EDIT_INSERT, G_LIST_STORE (list), item, position, 0);
}

void
concord_document_remove_item (ConcordDocument *self,
                              GListModel      *list,
                              guint            position)
{
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (position < g_list_model_get_n_items (list));

  item = g_list_model_get_item (list, position);
  push_structural (self, EDIT_REMOVE, G_LIST_STORE (list), item, position, 0);
}

void
concord_document_move_item (ConcordDocument *self,
                            GListModel      *list,
                            guint            from,
                            guint            to)
{
  g_autoptr(GObject) item = NULL;
  guint n;

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  n = g_list_model_get_n_items (list);
  g_return_if_fail (from < n && to < n);
  if (from == to)
    return;

  item = g_list_model_get_item (list, from);
  push_structural (self, EDIT_MOVE, G_LIST_STORE (list), item, from, to);
}

void
concord_document_insert_clause (ConcordDocument *self,
                                ConcordSection  *section,
                                guint            position,
                                ConcordClause   *clause)
{
  concord_document_insert_item (self, concord_section_get_clauses (section), position, clause);
}

void
concord_document_remove_clause (ConcordDocument *self,
                                ConcordSection  *section,
                                guint            position)
{
  concord_document_remove_item (self, concord_section_get_clauses (section), position);
}

void
concord_document_move_clause (ConcordDocument *self,
                              ConcordSection  *section,
                              guint            from,
                              guint            to)
{
  concord_document_move_item (self, concord_section_get_clauses (section), from, to);
}

/* Sets a property as an edit of its own (or of the open group), for
 * changes a view makes to objects it is not showing. */
void
concord_document_set_property (ConcordDocument *self,
                               GObject         *object,
                               const char      *property,
                               const GValue    *value)
{
  Edit *edit;
  GParamSpec *pspec;

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_PROPERTY;
  edit->object = g_object_ref (object);
  edit->property = g_strdup (pspec->name);
  g_value_init (&edit->old_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &edit->old_value);
  g_value_init (&edit->new_value, pspec->value_type);
  g_value_copy (value, &edit->new_value);
  push_edit (self, edit, TRUE);
}

void
concord_document_begin_group (ConcordDocument *self)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (self->group == NULL);

  self->group = g_new0 (Edit, 1);
  self->group->kind = EDIT_GROUP;
  self->group->object = g_object_ref (G_OBJECT (self->memorandum));
  self->group->children = g_ptr_array_new_with_free_func (edit_free);
}

/* Closes the group: it becomes one entry of the history, whose undo
 * shows `focus`. */
void
concord_document_end_group (ConcordDocument *self,
                            GObject         *focus)
{
  Edit *group;

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (self->group != NULL);

  group = g_steal_pointer (&self->group);
  if (focus != NULL)
    g_set_object (&group->object, focus);
  if (group->children->len == 0)
    {
      edit_free (group);
      return;
    }
  push_edit (self, group, FALSE);
}

static gboolean
id_in_model (GListModel *model,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
id_in_use (ConcordDocument *self,
           const char      *id)
{
  ConcordMemorandum *m = self->memorandum;

  return g_strcmp0 (concord_memorandum_get_id (m), id) == 0 ||
         concord_memorandum_find_clause (m, id, NULL, NULL) != NULL ||
         id_in_model (concord_memorandum_get_parties (m), id) ||
         id_in_model (concord_memorandum_get_sections (m), id) ||
         id_in_model (concord_memorandum_get_terms (m), id) ||
         id_in_model (concord_memorandum_get_annexes (m), id);
}

/* An id no element of the memorandum uses yet: the prefix and eight hex
 * digits ("c-1f3a9e07" for a clause, "p-..." for a party). */
char *
concord_document_new_id (ConcordDocument *self,
                         const char      *prefix)
{
  for (;;)
    {
      g_autofree char *id = g_strdup_printf ("%s%08x", prefix, g_random_int ());

      if (!id_in_use (self, id))
        return g_steal_pointer (&id);
    }
}

GObject *
concord_document_undo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return apply (self, self->undo_stack, self->redo_stack, TRUE);
}

GObject *
concord_document_redo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return apply (self, self->redo_stack, self->undo_stack, FALSE);
}
