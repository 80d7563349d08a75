/* concord-clause.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-types.h"
#include "concord-block.h"
#include "concord-comments.h"

G_BEGIN_DECLS
#define CONCORD_TYPE_CLAUSE (concord_clause_get_type ())
G_DECLARE_FINAL_TYPE (ConcordClause, concord_clause, CONCORD, CLAUSE, GObject)
ConcordClause *concord_clause_new (const char *id);
ConcordClause *concord_clause_copy (ConcordClause *self, const char *id);
const char *concord_clause_get_id (ConcordClause *self);
ConcordClauseKind concord_clause_get_kind (ConcordClause *self);
void concord_clause_set_kind (ConcordClause *self, ConcordClauseKind kind);
ConcordClauseStatus concord_clause_get_status (ConcordClause *self);
void concord_clause_set_status (ConcordClause *self, ConcordClauseStatus status);
gboolean concord_clause_get_numbered (ConcordClause *self);
void concord_clause_set_numbered (ConcordClause *self, gboolean numbered);
const char *concord_clause_get_number (ConcordClause *self);
void concord_clause_set_number (ConcordClause *self, const char *number);
const char *concord_clause_get_owner (ConcordClause *self);
void concord_clause_set_owner (ConcordClause *self, const char *owner);
const char * const *concord_clause_get_side_a (ConcordClause *self);
void concord_clause_set_side_a (ConcordClause *self, const char * const *side_a);
const char * const *concord_clause_get_side_b (ConcordClause *self);
void concord_clause_set_side_b (ConcordClause *self, const char * const *side_b);
const char *concord_clause_get_accountable (ConcordClause *self);
void concord_clause_set_accountable (ConcordClause *self, const char *accountable);
const char *concord_clause_get_to (ConcordClause *self);
void concord_clause_set_to (ConcordClause *self, const char *to);
const char *concord_clause_get_to_body (ConcordClause *self);
void concord_clause_set_to_body (ConcordClause *self, const char *to_body);
ConcordMechanism concord_clause_get_mechanisms (ConcordClause *self);
void concord_clause_set_mechanisms (ConcordClause *self, ConcordMechanism mechanisms);
const char * const *concord_clause_get_areas (ConcordClause *self);
void concord_clause_set_areas (ConcordClause *self, const char * const *areas);
const char *concord_clause_get_heading (ConcordClause *self);
void concord_clause_set_heading (ConcordClause *self, const char *heading);
GPtrArray *concord_clause_get_body (ConcordClause *self);
void concord_clause_set_body (ConcordClause *self, GPtrArray *body);
const char * const *concord_clause_get_notes (ConcordClause *self);
void concord_clause_set_notes (ConcordClause *self, const char * const *notes);
const char *concord_clause_get_translated_heading (ConcordClause *self);
void concord_clause_set_translated_heading (ConcordClause *self, const char *heading);
GPtrArray *concord_clause_get_translated_body (ConcordClause *self);
void concord_clause_set_translated_body (ConcordClause *self, GPtrArray *body);
const char *concord_clause_get_translation_checked (ConcordClause *self);
void concord_clause_set_translation_checked (ConcordClause *self, const char *checked);
void concord_clause_mark_translation_checked (ConcordClause *self);
const char *concord_clause_get_library (ConcordClause *self);
void concord_clause_set_library (ConcordClause *self, const char *library);
ConcordComments *concord_clause_get_comments (ConcordClause *self);
void concord_clause_set_comments (ConcordClause *self, ConcordComments *comments);
ConcordTranslationState concord_clause_get_translation_state (ConcordClause *self);

G_END_DECLS
