/* concord-document.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-document"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-document-private.h"
#include "concord-drafts.h"

/* An open memorandum: the model, the file it came from (none for a new
 * one), whether it has changed since it was last saved, and its history.
 * The history is filled by watching the model (concord-document-watch.c):
 * whoever changes the memorandum, through whichever setter, the change is
 * an edit that undo takes back. */
typedef enum
{
  EDIT_PROPERTY,
  EDIT_SPLICE,
  EDIT_GROUP,
} EditKind;

/* One edit: a property's old and new values; items of a list (clauses,
 * parties, signatures...) replaced by others at a position, which is how
 * an insertion, a removal and half a move look; or a group of edits that
 * the user made as one. */
typedef struct
{
  EditKind    kind;
  /* What to show when the edit is undone or redone. */
  GObject    *object;
  char       *property;
  GValue      old_value;
  GValue      new_value;
  GListStore *store;
  guint       position;
  GPtrArray  *removed;
  GPtrArray  *added;
  GPtrArray  *children;
  /* When it was last extended by typing; 0: never extend it again. */
  gint64      time;
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
  ConcordWatch      *watch;
  /* Imported from another format: what the importer guessed, for the
   * user to confirm. */
  GStrv              import_report;
  GFile             *import_source;

  /* History: newest last. `applying` is set while undo or redo changes
   * the model, so that the change is not recorded as a new edit. */
  GPtrArray         *undo_stack;
  /* The property the last undo or redo set. */
  char              *undone_property;
  GPtrArray         *redo_stack;
  gboolean           applying;
  /* While a group is open (`depth` deep), edits are collected into it, and
   * "changed" waits for its end. */
  Edit              *group;
  guint              depth;
  gboolean           group_changed;
  /* Changes to lists made in one main-loop turn outside a group are one
   * edit (a model call that moves a clause takes it out and puts it back):
   * the newest such edit while the turn lasts. */
  Edit              *turn;
  guint              turn_id;
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

  g_clear_object (&edit->object);
  g_clear_object (&edit->store);
  g_clear_pointer (&edit->removed, g_ptr_array_unref);
  g_clear_pointer (&edit->added, g_ptr_array_unref);
  g_clear_pointer (&edit->children, g_ptr_array_unref);
  g_free (edit->property);
  if (G_IS_VALUE (&edit->old_value))
    g_value_unset (&edit->old_value);
  if (G_IS_VALUE (&edit->new_value))
    g_value_unset (&edit->new_value);
  g_free (edit);
}

static Edit *
group_new (GObject *focus)
{
  Edit *group = g_new0 (Edit, 1);

  group->kind = EDIT_GROUP;
  group->object = focus != NULL ? g_object_ref (focus) : NULL;
  group->children = g_ptr_array_new_with_free_func (edit_free);

  return group;
}

static void
end_turn (ConcordDocument *self)
{
  self->turn = NULL;
  g_clear_handle_id (&self->turn_id, g_source_remove);
}

static void
concord_document_dispose (GObject *object)
{
  ConcordDocument *self = (ConcordDocument *) object;

  end_turn (self);
  g_clear_pointer (&self->watch, _concord_watch_free);

  G_OBJECT_CLASS (concord_document_parent_class)->dispose (object);
}

static void
concord_document_finalize (GObject *object)
{
  ConcordDocument *self = (ConcordDocument *) object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_free (self->draft_id);
  g_strfreev (self->import_report);
  g_clear_object (&self->import_source);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->undone_property, g_free);
  g_clear_pointer (&self->group, edit_free);

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

  object_class->dispose = concord_document_dispose;
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

  /* Emitted after any edit to the memorandum (once for a group of them),
   * so views can refresh. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Emitted when items were added to, removed from or moved in one of the
   * memorandum's lists (sections, clauses, parties...). */
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
  self->watch = _concord_watch_new (self, memorandum);

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
  g_autofree char *path = NULL;
  ConcordMemorandum *memorandum;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("Only files on this computer can be opened"));
      return NULL;
    }

  memorandum = concord_memorandum_load_from_file (path, error);

  return memorandum != NULL ? wrap (memorandum, file) : NULL;
}

/* A document written elsewhere (DOCX, ODT, Markdown), made a memorandum:
 * unsaved, with no file of its own yet, so that saving asks where and
 * the source is never overwritten. */
ConcordDocument *
concord_document_new_imported (GFile   *file,
                               GError **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  ConcordMemorandum *memorandum;
  ConcordDocument *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("Only files on this computer can be opened"));
      return NULL;
    }
  memorandum = concord_import_file (path, report, error);
  if (memorandum == NULL)
    return NULL;
  self = wrap (memorandum, NULL);
  self->modified = TRUE;
  g_ptr_array_add (report, NULL);
  self->import_report = (GStrv) g_ptr_array_steal (report, NULL);
  self->import_source = g_object_ref (file);

  return self;
}

/* The file an imported document was made from, or %NULL. */
GFile *
concord_document_get_import_source (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return self->import_source;
}

/* The importer's guesses, or %NULL for a document not imported. */
const char * const *
concord_document_get_import_report (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return (const char * const *) self->import_report;
}

/* A document brought back from a draft: unsaved, and still tied to the file
 * it was being edited for. Takes the memorandum. */
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

  end_turn (self);
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

/* Says that the memorandum changed: the document works out whether it
 * still matches its file, and views refresh. Edits through the model are
 * announced by the document itself. */
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
 * modified and keeps its old file. A saved document has no draft. */
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
  concord_drafts_remove (self->draft_id);

  return TRUE;
}

static void
notify_history (ConcordDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static Edit *
property_edit (GObject      *object,
               const char   *property,
               const GValue *old_value,
               const GValue *new_value)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = EDIT_PROPERTY;
  edit->object = g_object_ref (object);
  edit->property = g_strdup (property);
  g_value_init (&edit->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &edit->old_value);
  g_value_init (&edit->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &edit->new_value);

  return edit;
}

static gboolean
turn_done_cb (gpointer data)
{
  ConcordDocument *self = data;

  self->turn_id = 0;
  self->turn = NULL;

  return G_SOURCE_REMOVE;
}

/* Adds an edit that has just been made to the open group, or to the
 * history: typing into one field merges into its last edit, and list
 * changes of one main-loop turn into one edit. */
static void
add_edit (ConcordDocument *self,
          Edit            *edit)
{
  Edit *last = newest_edit (self);
  gint64 now = g_get_monotonic_time ();

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->children, edit);
      self->group_changed = TRUE;
      return;
    }

  if (edit->kind == EDIT_SPLICE && self->turn != NULL && self->turn == last)
    {
      g_ptr_array_add (self->turn->children, edit);
      concord_document_changed (self);
      return;
    }
  end_turn (self);

  if (edit->kind == EDIT_PROPERTY && last != NULL && last->kind == EDIT_PROPERTY &&
      last->object == edit->object && g_strcmp0 (last->property, edit->property) == 0 &&
      now - last->time < COALESCE_USEC)
    {
      g_value_unset (&last->new_value);
      g_value_init (&last->new_value, G_VALUE_TYPE (&edit->new_value));
      g_value_copy (&edit->new_value, &last->new_value);
      last->time = now;
      edit_free (edit);
      drop_redo (self);
      notify_history (self);
      concord_document_changed (self);
      return;
    }

  drop_redo (self);
  if (edit->kind == EDIT_SPLICE)
    {
      Edit *turn = group_new (edit->object);

      g_ptr_array_add (turn->children, edit);
      edit = self->turn = turn;
      self->turn_id = g_idle_add_full (G_PRIORITY_HIGH, turn_done_cb, self, NULL);
    }
  else
    edit->time = edit->kind == EDIT_PROPERTY ? now : 0;
  g_ptr_array_add (self->undo_stack, edit);
  notify_history (self);
  concord_document_changed (self);
}

void
_concord_document_record_property (ConcordDocument *self,
                                   GObject         *object,
                                   const char      *property,
                                   GValue          *old_value,
                                   const GValue    *new_value)
{
  if (!self->applying)
    add_edit (self, property_edit (object, property, old_value, new_value));
  g_value_unset (old_value);
}

static Edit *
splice_edit (GListStore *store,
             guint       position,
             GPtrArray  *removed,
             GPtrArray  *added)
{
  Edit *edit = g_new0 (Edit, 1);
  GPtrArray *items = added->len > 0 ? added : removed;

  edit->kind = EDIT_SPLICE;
  edit->store = g_object_ref (store);
  edit->object = items->len > 0 ? g_object_ref (g_ptr_array_index (items, 0)) : g_object_ref (G_OBJECT (store));
  edit->position = position;
  edit->removed = removed;
  edit->added = added;

  return edit;
}

void
_concord_document_record_splice (ConcordDocument *self,
                                 GListStore      *store,
                                 guint            position,
                                 GPtrArray       *removed,
                                 GPtrArray       *added)
{
  if (!self->applying && (removed->len > 0 || added->len > 0))
    add_edit (self, splice_edit (store, position, removed, added));
  else
    {
      g_ptr_array_unref (removed);
      g_ptr_array_unref (added);
    }
  g_signal_emit (self, signals[STRUCTURE_CHANGED], 0);
}

/**
 * concord_document_record_edit:
 *
 * Records a change to an object the document does not watch (one that is
 * not in its memorandum). Changes to the memorandum's own objects are
 * recorded by the document itself, so for them this does nothing.
 */
void
concord_document_record_edit (ConcordDocument *self,
                              GObject         *object,
                              const char      *property,
                              const GValue    *old_value,
                              const GValue    *new_value)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  if (self->applying || _concord_watch_has (self->watch, object))
    return;

  add_edit (self, property_edit (object, property, old_value, new_value));
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
splice (GListStore *store,
        guint       position,
        GPtrArray  *out,
        GPtrArray  *in)
{
  /* The history and the model can only disagree through a bug; a wrong
   * position must not take the application down. */
  g_return_if_fail (position + out->len <= g_list_model_get_n_items (G_LIST_MODEL (store)));

  g_list_store_splice (store, position, out->len, in->pdata, in->len);
}

/* Applies one edit forwards (redo) or backwards (undo). */
static void
apply_edit (ConcordDocument *self,
            Edit            *edit,
            gboolean         undo)
{
  switch (edit->kind)
    {
    case EDIT_PROPERTY:
      g_object_set_property (edit->object, edit->property, undo ? &edit->old_value : &edit->new_value);
      break;

    case EDIT_SPLICE:
      if (undo)
        splice (edit->store, edit->position, edit->added, edit->removed);
      else
        splice (edit->store, edit->position, edit->removed, edit->added);
      /* A watched list says so itself, once it has caught up. */
      if (!_concord_watch_has (self->watch, edit->store))
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

  g_return_val_if_fail (self->group == NULL, NULL);

  end_turn (self);
  if (from->len == 0)
    return NULL;

  edit = g_ptr_array_steal_index (from, from->len - 1);
  /* A following edit of the same field must not merge into this one. */
  edit->time = 0;
  self->applying = TRUE;
  apply_edit (self, edit, undo);
  self->applying = FALSE;

  g_ptr_array_add (to, edit);
  g_free (self->undone_property);
  self->undone_property = edit->kind == EDIT_PROPERTY ? g_strdup (edit->property) : NULL;
  notify_history (self);
  concord_document_changed (self);

  return edit->object;
}

/**
 * concord_document_get_undone_property:
 *
 * Returns: (nullable): the property of the object the last undo or redo
 *   returned that it set, or %NULL if it added, removed or moved items
 *   (or set several properties)
 */
const char *
concord_document_get_undone_property (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return self->undone_property;
}

void
concord_document_begin_group (ConcordDocument *self)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (!self->applying);

  end_turn (self);
  if (self->depth++ > 0)
    return;

  self->group = group_new (G_OBJECT (self->memorandum));
  self->group_changed = FALSE;
}

/* Closes the group: the outermost becomes one entry of the history, whose
 * undo shows `focus` (the innermost focus given, if the outer has none). */
void
concord_document_end_group (ConcordDocument *self,
                            GObject         *focus)
{
  Edit *group;

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (self->depth > 0);

  if (focus != NULL)
    g_set_object (&self->group->object, focus);
  if (--self->depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (group->children->len == 0)
    {
      edit_free (group);
      /* Changes to objects outside the memorandum are not edits, but were
       * made all the same. */
      if (self->group_changed)
        concord_document_changed (self);
      return;
    }

  drop_redo (self);
  g_ptr_array_add (self->undo_stack, group);
  notify_history (self);
  concord_document_changed (self);
}

guint
_concord_document_group_size (ConcordDocument *self)
{
  return self->group != NULL ? self->group->children->len : 0;
}

/* Takes back what the open group did, and closes it with nothing in it. */
void
_concord_document_cancel_group (ConcordDocument *self)
{
  g_return_if_fail (self->depth > 0);

  /* Inside another group the edits are not its own to take back. */
  if (self->depth > 1)
    {
      concord_document_end_group (self, NULL);
      return;
    }
  self->applying = TRUE;
  apply_edit (self, self->group, TRUE);
  self->applying = FALSE;
  g_ptr_array_set_size (self->group->children, 0);
  self->group_changed = FALSE;
  concord_document_end_group (self, NULL);
}

/* Replaces `n_out` items at `position` by `in`: through the model when the
 * list is the memorandum's (the watch records it), or recorded here when
 * it is not (the clauses of a section not in the memorandum yet). */
static void
replace_items (ConcordDocument *self,
               GListStore      *store,
               guint            position,
               guint            n_out,
               gpointer         in)
{
  GPtrArray *removed;
  GPtrArray *added;

  if (_concord_watch_has (self->watch, store))
    {
      g_list_store_splice (store, position, n_out, &in, in != NULL ? 1 : 0);
      return;
    }

  removed = g_ptr_array_new_with_free_func (g_object_unref);
  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_out; i++)
    g_ptr_array_add (removed, g_list_model_get_item (G_LIST_MODEL (store), position + i));
  if (in != NULL)
    g_ptr_array_add (added, g_object_ref (in));
  g_list_store_splice (store, position, n_out, &in, in != NULL ? 1 : 0);
  add_edit (self, splice_edit (store, position, removed, added));
  g_signal_emit (self, signals[STRUCTURE_CHANGED], 0);
}

void
concord_document_insert_item (ConcordDocument *self,
                              GListModel      *list,
                              guint            position,
                              gpointer         item)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (G_IS_OBJECT (item));
  g_return_if_fail (position <= g_list_model_get_n_items (list));

  concord_document_begin_group (self);
  replace_items (self, G_LIST_STORE (list), position, 0, item);
  concord_document_end_group (self, item);
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
  concord_document_begin_group (self);
  replace_items (self, G_LIST_STORE (list), position, 1, NULL);
  concord_document_end_group (self, item);
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
  concord_document_begin_group (self);
  replace_items (self, G_LIST_STORE (list), from, 1, NULL);
  replace_items (self, G_LIST_STORE (list), to, 0, item);
  concord_document_end_group (self, item);
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

/* Sets a property as an edit of its own (or of the open group), never
 * merged with typing into the same field. */
void
concord_document_set_property (ConcordDocument *self,
                               GObject         *object,
                               const char      *property,
                               const GValue    *value)
{
  GParamSpec *pspec;

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);

  concord_document_begin_group (self);
  if (!_concord_watch_has (self->watch, object))
    {
      g_auto(GValue) old_value = G_VALUE_INIT;

      g_value_init (&old_value, pspec->value_type);
      g_object_get_property (object, pspec->name, &old_value);
      add_edit (self, property_edit (object, pspec->name, &old_value, value));
    }
  g_object_set_property (object, pspec->name, value);
  concord_document_end_group (self, object);
}

/* An id no element of the memorandum uses yet: the prefix and eight hex
 * digits ("c-1f3a9e07" for a clause, "p-..." for a party). */
char *
concord_document_new_id (ConcordDocument *self,
                         const char      *prefix)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  for (;;)
    {
      g_autofree char *id = g_strdup_printf ("%s%08x", prefix, g_random_int ());

      if (!concord_memorandum_has_id (self->memorandum, id))
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
