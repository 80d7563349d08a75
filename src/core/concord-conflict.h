/* concord-conflict.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

typedef enum
{
  CONCORD_CONFLICT_OURS,
  CONCORD_CONFLICT_THEIRS,
} ConcordConflictSide;

/* A place where a three-way merge found both sides changed one thing
 * differently, kept in the file until someone decides. The document holds
 * ours there; the conflict holds both alternatives: the value each side
 * gave the field, or that a side removed the object. Besides properties,
 * the field may be "removed" (one side removed it, the other edited it),
 * "position" (moved to two places: the value is the id of what it follows
 * on that side, NULL for first) or "section" (its section went on one
 * side). The object is "details", "party", "term", "section", "clause",
 * "annex", "signature" or "control-entry"; ref its id (NULL for details). */
#define CONCORD_TYPE_CONFLICT (concord_conflict_get_type ())
G_DECLARE_FINAL_TYPE (ConcordConflict, concord_conflict, CONCORD, CONFLICT, GObject)

ConcordConflict *concord_conflict_new         (const char          *object,
                                               const char          *ref,
                                               const char          *field);
ConcordConflict *concord_conflict_copy        (ConcordConflict     *self);
const char      *concord_conflict_get_object  (ConcordConflict     *self);
const char      *concord_conflict_get_ref     (ConcordConflict     *self);
const char      *concord_conflict_get_field   (ConcordConflict     *self);
/* The side's value, or NULL when it has none (removed, or no value). */
const GValue    *concord_conflict_get_value   (ConcordConflict     *self,
                                               ConcordConflictSide  side);
void             concord_conflict_set_value   (ConcordConflict     *self,
                                               ConcordConflictSide  side,
                                               const GValue        *value);
gboolean         concord_conflict_get_removed (ConcordConflict     *self,
                                               ConcordConflictSide  side);
void             concord_conflict_set_removed (ConcordConflict     *self,
                                               ConcordConflictSide  side,
                                               gboolean             removed);
/* The lint target the conflict is in: "clause:ID", "party:ID", "details". */
char            *concord_conflict_dup_target  (ConcordConflict     *self);
/* The value type of the field on its kind of object, G_TYPE_STRING for
 * position, G_TYPE_NONE for removed and section; G_TYPE_INVALID when the
 * object or field is not one a conflict can name. */
GType            concord_conflict_field_type  (const char          *object,
                                               const char          *field);
/* What both sides did, for a person: "Both sides changed the heading." */
char            *concord_conflict_describe    (ConcordConflict     *self);
/* One side as text: a body's paragraphs one per line, as printed, with
 * references named; a list joined by commas; NULL when the side removed
 * it or has no value. */
char            *concord_conflict_dup_text    (ConcordConflict     *self,
                                               ConcordConflictSide  side,
                                               ConcordMemorandum   *memorandum);
/* The object the conflict is about in memorandum, or NULL. */
GObject         *concord_conflict_find_target (ConcordConflict     *self,
                                               ConcordMemorandum   *memorandum);

/* Settles the conflict in memorandum with one side's alternative: its
 * value set on the field, the object removed where that side removed it,
 * or moved to where that side put it; then the conflict leaves the
 * memorandum's list. With NULL for side, what the memorandum holds now
 * stays (someone edited it). Fails, changing nothing, when the object is
 * gone or a move names a place that is gone. */
gboolean         concord_conflict_apply       (ConcordConflict     *self,
                                               ConcordMemorandum   *memorandum,
                                               const ConcordConflictSide *side,
                                               GError             **error);

G_END_DECLS
