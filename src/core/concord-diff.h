/* concord-diff.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

/* What happened to one object between the old memorandum (a) and the new
 * one (b). Objects are matched by their stable ids (signatures by their
 * party, document-control entries by their version). */
typedef enum
{
  CONCORD_DIFF_ADDED,
  CONCORD_DIFF_REMOVED,
  /* At another place (section or order); its fields may have changed too. */
  CONCORD_DIFF_MOVED,
  CONCORD_DIFF_CHANGED,
} ConcordDiffKind;

typedef enum
{
  CONCORD_DIFF_OBJECT_DETAILS,
  CONCORD_DIFF_OBJECT_PARTY,
  CONCORD_DIFF_OBJECT_TERM,
  CONCORD_DIFF_OBJECT_RECITALS,
  CONCORD_DIFF_OBJECT_SECTION,
  CONCORD_DIFF_OBJECT_CLAUSE,
  CONCORD_DIFF_OBJECT_ANNEX,
  CONCORD_DIFF_OBJECT_SIGNATURE,
  CONCORD_DIFF_OBJECT_CONTROL_ENTRY,
} ConcordDiffObject;

/* Which fields of a changed object differ. Every changed field is also
 * listed by name with its old and new text (concord_diff_change_get_field). */
typedef enum /*< flags >*/
{
  CONCORD_DIFF_FIELD_NONE    = 0,
  CONCORD_DIFF_FIELD_KIND    = 1 << 0,
  /* owner, side-a, side-b, accountable, to, to-body, mechanisms */
  CONCORD_DIFF_FIELD_PARTIES = 1 << 1,
  CONCORD_DIFF_FIELD_STATUS  = 1 << 2,
  CONCORD_DIFF_FIELD_AREAS   = 1 << 3,
  /* a heading, title or name: see concord_diff_change_get_heading_words */
  CONCORD_DIFF_FIELD_HEADING = 1 << 4,
  CONCORD_DIFF_FIELD_NOTES   = 1 << 5,
  /* body, meaning or recitals: see concord_diff_change_get_body_words */
  CONCORD_DIFF_FIELD_BODY    = 1 << 6,
  CONCORD_DIFF_FIELD_OTHER   = 1 << 7,
} ConcordDiffFields;

typedef enum
{
  CONCORD_DIFF_EQUAL,
  CONCORD_DIFF_INSERT,
  CONCORD_DIFF_DELETE,
} ConcordDiffOp;

/* One token of a word-level diff. A token is a word, a punctuation mark,
 * a whole party, term or clause reference or placeholder, or "\n" between
 * two paragraphs. Text is rendered as its side prints it (party names
 * from a for DELETE, from b for INSERT and EQUAL). */
typedef struct
{
  ConcordDiffOp  op;
  const char    *text;
  /* Printed with a space before it (for EQUAL, as the new side has it). */
  gboolean       space_before;
  /* How the old side prints it: for EQUAL usually text itself, but a
   * reference to a renamed party prints its old name; NULL for INSERT. */
  const char    *old_text;
} ConcordDiffWord;

/* One changed field: its property name ("status", "side-a", "name") and
 * its value on each side as text, NULL when unset. */
typedef struct
{
  const char *name;
  const char *old_text;
  const char *new_text;
} ConcordDiffField;

typedef struct _ConcordDiff       ConcordDiff;
typedef struct _ConcordDiffChange ConcordDiffChange;

/* Above this many word edits in one heading or body the word diff is given
 * up for a whole delete and insert, so pathological input stays fast. */
#define CONCORD_DIFF_MAX_EDITS 1000
/* And once a whole comparison has done this much word-diff work (about a
 * hundred pathological paragraphs' worth), every later one is coarse. */
#define CONCORD_DIFF_BUDGET    (G_GUINT64_CONSTANT (64) * 1000 * 1000)

ConcordDiff             *concord_diff_new                    (ConcordMemorandum *a,
                                                              ConcordMemorandum *b);
void                     concord_diff_free                   (ConcordDiff       *self);
gboolean                 concord_diff_is_empty               (ConcordDiff       *self);
ConcordMemorandum       *concord_diff_get_old                (ConcordDiff       *self);
ConcordMemorandum       *concord_diff_get_new                (ConcordDiff       *self);
guint                    concord_diff_get_n_changes          (ConcordDiff       *self);
const ConcordDiffChange *concord_diff_get_change             (ConcordDiff       *self,
                                                              guint              index);
guint                    concord_diff_get_n_rows             (ConcordDiff       *self);
void                     concord_diff_get_row                (ConcordDiff       *self,
                                                              guint              row,
                                                              ConcordClause    **old_clause,
                                                              ConcordClause    **new_clause,
                                                              int               *change);
gboolean                 concord_diff_change_apply           (ConcordDiff       *self,
                                                              guint              index,
                                                              ConcordMemorandum *target,
                                                              GError           **error);

ConcordDiffKind          concord_diff_change_get_kind        (const ConcordDiffChange *change);
ConcordDiffObject        concord_diff_change_get_object      (const ConcordDiffChange *change);
const char              *concord_diff_change_get_id          (const ConcordDiffChange *change);
const char              *concord_diff_change_get_old_number  (const ConcordDiffChange *change);
const char              *concord_diff_change_get_new_number  (const ConcordDiffChange *change);
const char              *concord_diff_change_get_old_section (const ConcordDiffChange *change);
const char              *concord_diff_change_get_new_section (const ConcordDiffChange *change);
GObject                 *concord_diff_change_get_old_object  (const ConcordDiffChange *change);
GObject                 *concord_diff_change_get_new_object  (const ConcordDiffChange *change);
ConcordDiffFields        concord_diff_change_get_fields      (const ConcordDiffChange *change);
guint                    concord_diff_change_get_n_fields    (const ConcordDiffChange *change);
const ConcordDiffField  *concord_diff_change_get_field       (const ConcordDiffChange *change,
                                                              guint                    index);
const ConcordDiffWord   *concord_diff_change_get_heading_words (const ConcordDiffChange *change,
                                                                guint                   *n_words);
const ConcordDiffWord   *concord_diff_change_get_body_words  (const ConcordDiffChange *change,
                                                              guint                   *n_words);
gboolean                 concord_diff_change_is_coarse       (const ConcordDiffChange *change);

char                    *concord_diff_change_describe        (ConcordDiff       *self,
                                                              guint              index);
GBytes                  *concord_diff_render_pdf             (ConcordDiff       *self,
                                                              GError           **error);
gboolean                 concord_diff_write_pdf              (ConcordDiff       *self,
                                                              const char        *path,
                                                              GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordDiff, concord_diff_free)

/* For applying a change by other means (the application's undoable
 * edits): how each kind of listed object is found, placed and copied, as
 * concord_diff_change_apply() does it. */
typedef struct
{
  GListModel *(*list)       (ConcordMemorandum *memorandum);
  const char *(*key)        (gpointer           item);
  const char *(*get_prompt) (gpointer           item,
                             const char        *field);
  void        (*set_prompt) (gpointer           item,
                             const char        *field,
                             const char        *prompt);
} ConcordDiffList;

const ConcordDiffList   *concord_diff_list_for               (ConcordDiffObject      object);
int                      concord_diff_list_find              (const ConcordDiffList *list,
                                                              GListModel            *model,
                                                              const char            *id);
guint                    concord_diff_list_insert_position   (const ConcordDiffList *list,
                                                              GListModel            *source,
                                                              GListModel            *target,
                                                              const char            *id);
GObject                 *concord_diff_list_clone_item        (const ConcordDiffList *list,
                                                              GObject               *source);

G_END_DECLS
