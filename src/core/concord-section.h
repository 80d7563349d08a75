/* concord-section.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_SECTION (concord_section_get_type ())

G_DECLARE_FINAL_TYPE (ConcordSection, concord_section, CONCORD, SECTION, GObject)

ConcordSection     *concord_section_new          (const char         *id);
const char         *concord_section_get_id       (ConcordSection     *self);
ConcordSectionKind  concord_section_get_kind     (ConcordSection     *self);
void                concord_section_set_kind     (ConcordSection     *self,
                                                  ConcordSectionKind  kind);
const char         *concord_section_get_heading  (ConcordSection     *self);
void                concord_section_set_heading  (ConcordSection     *self,
                                                  const char         *heading);
GListModel         *concord_section_get_clauses  (ConcordSection     *self);
int                 concord_section_find_clause  (ConcordSection     *self,
                                                  const char         *id);
guint               concord_section_get_n_clauses (ConcordSection    *self);
ConcordClause      *concord_section_get_clause   (ConcordSection     *self,
                                                  guint               position);
void                concord_section_insert_clause (ConcordSection    *self,
                                                   guint              position,
                                                   ConcordClause     *clause);
void                concord_section_append_clause (ConcordSection    *self,
                                                   ConcordClause     *clause);
void                concord_section_remove_clause (ConcordSection    *self,
                                                   guint              position);

const char *concord_section_get_translated_heading (ConcordSection *self);
void concord_section_set_translated_heading (ConcordSection *self, const char *value);
const char *concord_section_get_library (ConcordSection *self);
void concord_section_set_library (ConcordSection *self, const char *library);

G_END_DECLS
