/* concord-term.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-types.h"
#include "concord-block.h"

G_BEGIN_DECLS
/* Forms are checked against each reference: a small bound keeps that
 * cheap whatever a file holds. */
#define CONCORD_MAX_TERM_FORMS 16

#define CONCORD_TYPE_TERM (concord_term_get_type ())
G_DECLARE_FINAL_TYPE (ConcordTerm, concord_term, CONCORD, TERM, GObject)
ConcordTerm *concord_term_new (const char *id);
const char *concord_term_get_id (ConcordTerm *self);
const char *concord_term_get_name (ConcordTerm *self);
void concord_term_set_name (ConcordTerm *self, const char *name);
GPtrArray *concord_term_get_meaning (ConcordTerm *self);
void concord_term_set_meaning (ConcordTerm *self, GPtrArray *meaning);
const char * const *concord_term_get_forms (ConcordTerm *self);
void concord_term_set_forms (ConcordTerm *self, const char * const *forms);
gboolean concord_term_has_form (ConcordTerm *self, const char *form);
gboolean concord_term_get_inline (ConcordTerm *self);
void concord_term_set_inline (ConcordTerm *self, gboolean is_inline);

const char *concord_term_get_translated_name (ConcordTerm *self);
void concord_term_set_translated_name (ConcordTerm *self, const char *value);

GPtrArray *concord_term_get_translated_meaning (ConcordTerm *self);
void concord_term_set_translated_meaning (ConcordTerm *self, GPtrArray *value);

G_END_DECLS
