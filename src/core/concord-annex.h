/* concord-annex.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-types.h"
#include "concord-block.h"

G_BEGIN_DECLS
#define CONCORD_TYPE_ANNEX (concord_annex_get_type ())
G_DECLARE_FINAL_TYPE (ConcordAnnex, concord_annex, CONCORD, ANNEX, GObject)
ConcordAnnex *concord_annex_new (const char *id);
const char *concord_annex_get_id (ConcordAnnex *self);
const char *concord_annex_get_heading (ConcordAnnex *self);
void concord_annex_set_heading (ConcordAnnex *self, const char *heading);
GPtrArray *concord_annex_get_body (ConcordAnnex *self);
void concord_annex_set_body (ConcordAnnex *self, GPtrArray *body);

const char *concord_annex_get_translated_heading (ConcordAnnex *self);
void concord_annex_set_translated_heading (ConcordAnnex *self, const char *value);

GPtrArray *concord_annex_get_translated_body (ConcordAnnex *self);
void concord_annex_set_translated_body (ConcordAnnex *self, GPtrArray *value);

G_END_DECLS
