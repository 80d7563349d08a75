/* concord-clause.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-clause"

#include "config.h"

#include "concord-block.h"
#include "concord-enums.h"
#include "concord-clause.h"
#include "concord-util-private.h"
/* concord_clause_copy() copies every field: keep it in step. */
struct _ConcordClause
{
  GObject     parent_instance;
  char       *id;
  int         kind;
  int         status;
  gboolean    numbered;
  /* A fixed number ("2.4"), set to re-type a document that skips one. */
  char       *number;
  char       *owner;
  char      **side_a;
  char      **side_b;
  char       *accountable;
  char       *to;
  char       *to_body;
  guint       mechanisms;
  char      **areas;
  char       *heading;
  GPtrArray  *body;
  char      **notes;
  /* Bilingual memoranda: the text in the memorandum's other language,
   * and the fingerprints of both texts when someone last found them to
   * say the same ("A B", see concord_clause_get_translation_state()). */
  char       *translated_heading;
  GPtrArray  *translated_body;
  char       *translation_checked;
  /* Inserted from the clause library: "NAME VERSION". */
  char       *library;
  ConcordComments *comments;
};

G_DEFINE_FINAL_TYPE (ConcordClause, concord_clause, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_STATUS,
  PROP_NUMBERED,
  PROP_NUMBER,
  PROP_OWNER,
  PROP_SIDE_A,
  PROP_SIDE_B,
  PROP_ACCOUNTABLE,
  PROP_TO,
  PROP_TO_BODY,
  PROP_MECHANISMS,
  PROP_AREAS,
  PROP_HEADING,
  PROP_BODY,
  PROP_NOTES,
  PROP_TRANSLATED_HEADING,
  PROP_TRANSLATED_BODY,
  PROP_TRANSLATION_CHECKED,
  PROP_LIBRARY,
  PROP_COMMENTS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_clause_finalize (GObject *object)
{
  ConcordClause *self = (ConcordClause *) object;

  g_free (self->id);
  g_free (self->owner);
  g_strfreev (self->side_a);
  g_strfreev (self->side_b);
  g_free (self->accountable);
  g_free (self->to);
  g_free (self->to_body);
  g_strfreev (self->areas);
  g_free (self->heading);
  g_free (self->number);
  g_clear_pointer (&self->body, g_ptr_array_unref);
  g_strfreev (self->notes);
  g_free (self->translated_heading);
  g_clear_pointer (&self->translated_body, g_ptr_array_unref);
  g_free (self->translation_checked);
  g_free (self->library);
  g_clear_pointer (&self->comments, concord_comments_unref);

  G_OBJECT_CLASS (concord_clause_parent_class)->finalize (object);
}

static void
concord_clause_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ConcordClause *self = CONCORD_CLAUSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NUMBERED:
      g_value_set_boolean (value, self->numbered);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_SIDE_A:
      g_value_set_boxed (value, self->side_a);
      break;
    case PROP_SIDE_B:
      g_value_set_boxed (value, self->side_b);
      break;
    case PROP_ACCOUNTABLE:
      g_value_set_string (value, self->accountable);
      break;
    case PROP_TO:
      g_value_set_string (value, self->to);
      break;
    case PROP_TO_BODY:
      g_value_set_string (value, self->to_body);
      break;
    case PROP_MECHANISMS:
      g_value_set_flags (value, self->mechanisms);
      break;
    case PROP_AREAS:
      g_value_set_boxed (value, self->areas);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_BODY:
      g_value_set_boxed (value, self->body);
      break;
    case PROP_NOTES:
      g_value_set_boxed (value, self->notes);
      break;
    case PROP_TRANSLATED_HEADING:
      g_value_set_string (value, self->translated_heading);
      break;
    case PROP_TRANSLATED_BODY:
      g_value_set_boxed (value, self->translated_body);
      break;
    case PROP_TRANSLATION_CHECKED:
      g_value_set_string (value, self->translation_checked);
      break;
    case PROP_LIBRARY:
      g_value_set_string (value, self->library);
      break;
    case PROP_COMMENTS:
      g_value_set_boxed (value, self->comments);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_clause_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ConcordClause *self = CONCORD_CLAUSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_KIND:
      concord_clause_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      concord_clause_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NUMBERED:
      concord_clause_set_numbered (self, g_value_get_boolean (value));
      break;
    case PROP_NUMBER:
      concord_clause_set_number (self, g_value_get_string (value));
      break;
    case PROP_OWNER:
      concord_clause_set_owner (self, g_value_get_string (value));
      break;
    case PROP_SIDE_A:
      concord_clause_set_side_a (self, g_value_get_boxed (value));
      break;
    case PROP_SIDE_B:
      concord_clause_set_side_b (self, g_value_get_boxed (value));
      break;
    case PROP_ACCOUNTABLE:
      concord_clause_set_accountable (self, g_value_get_string (value));
      break;
    case PROP_TO:
      concord_clause_set_to (self, g_value_get_string (value));
      break;
    case PROP_TO_BODY:
      concord_clause_set_to_body (self, g_value_get_string (value));
      break;
    case PROP_MECHANISMS:
      concord_clause_set_mechanisms (self, g_value_get_flags (value));
      break;
    case PROP_AREAS:
      concord_clause_set_areas (self, g_value_get_boxed (value));
      break;
    case PROP_HEADING:
      concord_clause_set_heading (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      concord_clause_set_body (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      concord_clause_set_notes (self, g_value_get_boxed (value));
      break;
    case PROP_TRANSLATED_HEADING:
      concord_clause_set_translated_heading (self, g_value_get_string (value));
      break;
    case PROP_TRANSLATED_BODY:
      concord_clause_set_translated_body (self, g_value_get_boxed (value));
      break;
    case PROP_TRANSLATION_CHECKED:
      concord_clause_set_translation_checked (self, g_value_get_string (value));
      break;
    case PROP_LIBRARY:
      concord_clause_set_library (self, g_value_get_string (value));
      break;
    case PROP_COMMENTS:
      concord_clause_set_comments (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_clause_class_init (ConcordClauseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_clause_finalize;
  object_class->get_property = concord_clause_get_property;
  object_class->set_property = concord_clause_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CONCORD_TYPE_CLAUSE_KIND, CONCORD_CLAUSE_KIND_GENERAL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CONCORD_TYPE_CLAUSE_STATUS, CONCORD_CLAUSE_STATUS_PROPOSED, flags);
  properties[PROP_NUMBERED] = g_param_spec_boolean ("numbered", NULL, NULL, TRUE, flags);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, flags);
  properties[PROP_SIDE_A] = g_param_spec_boxed ("side-a", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_SIDE_B] = g_param_spec_boxed ("side-b", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ACCOUNTABLE] = g_param_spec_string ("accountable", NULL, NULL, NULL, flags);
  properties[PROP_TO] = g_param_spec_string ("to", NULL, NULL, NULL, flags);
  properties[PROP_TO_BODY] = g_param_spec_string ("to-body", NULL, NULL, NULL, flags);
  properties[PROP_MECHANISMS] =
    g_param_spec_flags ("mechanisms", NULL, NULL, CONCORD_TYPE_MECHANISM, 0, flags);
  properties[PROP_AREAS] = g_param_spec_boxed ("areas", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_HEADING] = g_param_spec_string ("heading", NULL, NULL, NULL, flags);
  properties[PROP_BODY] = g_param_spec_boxed ("body", NULL, NULL, G_TYPE_PTR_ARRAY, flags);
  properties[PROP_NOTES] = g_param_spec_boxed ("notes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_TRANSLATED_HEADING] = g_param_spec_string ("translated-heading", NULL, NULL, NULL, flags);
  properties[PROP_TRANSLATED_BODY] =
    g_param_spec_boxed ("translated-body", NULL, NULL, G_TYPE_PTR_ARRAY, flags);
  properties[PROP_TRANSLATION_CHECKED] =
    g_param_spec_string ("translation-checked", NULL, NULL, NULL, flags);
  properties[PROP_LIBRARY] = g_param_spec_string ("library", NULL, NULL, NULL, flags);
  properties[PROP_COMMENTS] = g_param_spec_boxed ("comments", NULL, NULL, CONCORD_TYPE_COMMENTS, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_clause_init (ConcordClause *self)
{
  self->numbered = TRUE;
  self->body = concord_blocks_new ();
  self->translated_body = concord_blocks_new ();
}

ConcordClause *
concord_clause_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CONCORD_TYPE_CLAUSE, "id", id, NULL);
}

/* A clause like this one, under another id (a duplicate) or the same one
 * (id NULL: a snapshot). Every field is copied directly, since clauses are
 * most of a memorandum; the body's blocks, being immutable, are shared. */
ConcordClause *
concord_clause_copy (ConcordClause *self,
                     const char    *id)
{
  ConcordClause *copy;

  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  copy = concord_clause_new (id != NULL ? id : self->id);
  copy->kind = self->kind;
  copy->status = self->status;
  copy->numbered = self->numbered;
  copy->number = g_strdup (self->number);
  copy->owner = g_strdup (self->owner);
  copy->side_a = g_strdupv (self->side_a);
  copy->side_b = g_strdupv (self->side_b);
  copy->accountable = g_strdup (self->accountable);
  copy->to = g_strdup (self->to);
  copy->to_body = g_strdup (self->to_body);
  copy->mechanisms = self->mechanisms;
  copy->areas = g_strdupv (self->areas);
  copy->heading = g_strdup (self->heading);
  g_clear_pointer (&copy->body, g_ptr_array_unref);
  copy->body = concord_blocks_copy (self->body);
  copy->notes = g_strdupv (self->notes);
  copy->translated_heading = g_strdup (self->translated_heading);
  g_clear_pointer (&copy->translated_body, g_ptr_array_unref);
  copy->translated_body = concord_blocks_copy (self->translated_body);
  copy->translation_checked = g_strdup (self->translation_checked);
  copy->library = g_strdup (self->library);
  copy->comments = self->comments != NULL ? concord_comments_ref (self->comments) : NULL;

  return copy;
}

const char *
concord_clause_get_id (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->id;
}

ConcordClauseKind 
concord_clause_get_kind (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), 0);

  return self->kind;
}

void
concord_clause_set_kind (ConcordClause *self,
                        ConcordClauseKind kind)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_enum (G_OBJECT (self), &self->kind, kind, properties[PROP_KIND]);
}

ConcordClauseStatus 
concord_clause_get_status (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), 0);

  return self->status;
}

void
concord_clause_set_status (ConcordClause *self,
                          ConcordClauseStatus status)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_enum (G_OBJECT (self), &self->status, status, properties[PROP_STATUS]);
}

gboolean 
concord_clause_get_numbered (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), 0);

  return self->numbered;
}

void
concord_clause_set_numbered (ConcordClause *self,
                            gboolean numbered)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  numbered = !!numbered;

  if (self->numbered == numbered)
    return;

  self->numbered = numbered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERED]);
}

/* NULL, or the number the drafter fixed: "2.4" or "7" (see FORMAT.md). */
const char *
concord_clause_get_number (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->number;
}

void
concord_clause_set_number (ConcordClause *self,
                           const char    *number)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->number, number, properties[PROP_NUMBER]);
}

const char *
concord_clause_get_owner (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->owner;
}

void
concord_clause_set_owner (ConcordClause *self,
                         const char *owner)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->owner, owner, properties[PROP_OWNER]);
}

const char * const *
concord_clause_get_side_a (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return (const char * const *) self->side_a;
}

void
concord_clause_set_side_a (ConcordClause *self,
                          const char * const *side_a)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_strv (G_OBJECT (self), &self->side_a, side_a, properties[PROP_SIDE_A]);
}

const char * const *
concord_clause_get_side_b (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return (const char * const *) self->side_b;
}

void
concord_clause_set_side_b (ConcordClause *self,
                          const char * const *side_b)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_strv (G_OBJECT (self), &self->side_b, side_b, properties[PROP_SIDE_B]);
}

const char *
concord_clause_get_accountable (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->accountable;
}

void
concord_clause_set_accountable (ConcordClause *self,
                               const char *accountable)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->accountable, accountable, properties[PROP_ACCOUNTABLE]);
}

const char *
concord_clause_get_to (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->to;
}

void
concord_clause_set_to (ConcordClause *self,
                      const char *to)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->to, to, properties[PROP_TO]);
}

const char *
concord_clause_get_to_body (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->to_body;
}

void
concord_clause_set_to_body (ConcordClause *self,
                           const char *to_body)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->to_body, to_body, properties[PROP_TO_BODY]);
}

ConcordMechanism 
concord_clause_get_mechanisms (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), 0);

  return self->mechanisms;
}

void
concord_clause_set_mechanisms (ConcordClause *self,
                              ConcordMechanism mechanisms)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  if (self->mechanisms == mechanisms)
    return;

  self->mechanisms = mechanisms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MECHANISMS]);
}

const char * const *
concord_clause_get_areas (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return (const char * const *) self->areas;
}

void
concord_clause_set_areas (ConcordClause *self,
                         const char * const *areas)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_strv (G_OBJECT (self), &self->areas, areas, properties[PROP_AREAS]);
}

const char *
concord_clause_get_heading (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->heading;
}

void
concord_clause_set_heading (ConcordClause *self,
                           const char *heading)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->heading, heading, properties[PROP_HEADING]);
}

GPtrArray *
concord_clause_get_body (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->body;
}

void
concord_clause_set_body (ConcordClause *self,
                        GPtrArray *body)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_blocks (G_OBJECT (self), &self->body, body, properties[PROP_BODY]);
}

void
_concord_clause_take_body (ConcordClause *self,
                           GPtrArray     *body)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));
  g_return_if_fail (body != NULL);

  g_ptr_array_unref (self->body);
  self->body = body;
}

const char * const *
concord_clause_get_notes (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return (const char * const *) self->notes;
}

void
concord_clause_set_notes (ConcordClause *self,
                         const char * const *notes)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_strv (G_OBJECT (self), &self->notes, notes, properties[PROP_NOTES]);
}

const char *
concord_clause_get_translated_heading (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->translated_heading;
}

void
concord_clause_set_translated_heading (ConcordClause *self,
                                      const char    *heading)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->translated_heading, heading,
                       properties[PROP_TRANSLATED_HEADING]);
}

GPtrArray *
concord_clause_get_translated_body (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->translated_body;
}

void
concord_clause_set_translated_body (ConcordClause *self,
                                   GPtrArray     *body)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_blocks (G_OBJECT (self), &self->translated_body, body, properties[PROP_TRANSLATED_BODY]);
}

const char *
concord_clause_get_translation_checked (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->translation_checked;
}

void
concord_clause_set_translation_checked (ConcordClause *self,
                                       const char    *checked)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->translation_checked, checked,
                       properties[PROP_TRANSLATION_CHECKED]);
}

/* Where the clause came from in the clause library: "NAME VERSION", as
 * concord_library_insert() sets it. */
const char *
concord_clause_get_library (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->library;
}

void
concord_clause_set_library (ConcordClause *self,
                            const char    *library)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  _concord_set_string (G_OBJECT (self), &self->library, library, properties[PROP_LIBRARY]);
}

/* The comment threads on the clause, if any (concord-comments.h). */
ConcordComments *
concord_clause_get_comments (ConcordClause *self)
{
  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), NULL);

  return self->comments;
}

void
concord_clause_set_comments (ConcordClause   *self,
                             ConcordComments *comments)
{
  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  if (concord_comments_equal (self->comments, comments))
    return;
  g_clear_pointer (&self->comments, concord_comments_unref);
  /* No threads is no comments, as the file has it. */
  if (comments != NULL && concord_comments_get_n_threads (comments) > 0)
    self->comments = concord_comments_ref (comments);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENTS]);
}

/* A short fingerprint of one language's text of the clause: its heading
 * and its blocks as they are written, so any change of wording shows. */
static char *
text_fingerprint (const char *heading,
                  GPtrArray  *body)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  if (heading != NULL)
    g_checksum_update (sum, (const guchar *) heading, -1);
  g_checksum_update (sum, (const guchar *) "\n", 1);
  for (guint i = 0; body != NULL && i < body->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (body, i);
      guint n = concord_block_get_n_runs (block);

      for (guint j = 0; j < n; j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);
          g_autofree char *part = g_strdup_printf ("%d|%s|%s|", run->kind, run->text ? run->text : "",
                                                   run->form ? run->form : "");

          g_checksum_update (sum, (const guchar *) part, -1);
        }
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }

  return g_strndup (g_checksum_get_string (sum), 12);
}

/* Records that the two texts, as they are now, say the same. */
void
concord_clause_mark_translation_checked (ConcordClause *self)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *both = NULL;

  g_return_if_fail (CONCORD_IS_CLAUSE (self));

  a = text_fingerprint (self->heading, self->body);
  b = text_fingerprint (self->translated_heading, self->translated_body);
  both = g_strconcat (a, " ", b, NULL);
  concord_clause_set_translation_checked (self, both);
}

/**
 * concord_clause_get_translation_state:
 *
 * Which text changed since the two were last found to say the same:
 * %CONCORD_TRANSLATION_UNCHECKED when nobody has checked them,
 * %CONCORD_TRANSLATION_IN_STEP, or the side that changed since
 * (its counterpart is then the older text), or both.
 */
ConcordTranslationState
concord_clause_get_translation_state (ConcordClause *self)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gboolean a_changed, b_changed;

  g_return_val_if_fail (CONCORD_IS_CLAUSE (self), CONCORD_TRANSLATION_UNCHECKED);

  if (self->translation_checked == NULL)
    return CONCORD_TRANSLATION_UNCHECKED;
  parts = g_strsplit (self->translation_checked, " ", 3);
  if (g_strv_length (parts) != 2)
    return CONCORD_TRANSLATION_UNCHECKED;

  a = text_fingerprint (self->heading, self->body);
  b = text_fingerprint (self->translated_heading, self->translated_body);
  a_changed = !g_str_equal (a, parts[0]);
  b_changed = !g_str_equal (b, parts[1]);
  if (a_changed && b_changed)
    return CONCORD_TRANSLATION_BOTH_CHANGED;
  if (a_changed)
    return CONCORD_TRANSLATION_ORIGINAL_CHANGED;
  if (b_changed)
    return CONCORD_TRANSLATION_TRANSLATION_CHANGED;

  return CONCORD_TRANSLATION_IN_STEP;
}
