/* concord-matrix.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

typedef enum /*< flags >*/
{
  CONCORD_MATRIX_NONE        = 0,
  CONCORD_MATRIX_RESPONSIBLE = 1 << 0,
  CONCORD_MATRIX_BOUNDED     = 1 << 1,
  CONCORD_MATRIX_ACCOUNTABLE = 1 << 2,
} ConcordMatrixRole;

typedef struct
{
  ConcordMatrixRole  roles;
  /* Role clauses that make this party responsible for the area. */
  guint              n_role_clauses;
  /* To whom the party answers in this area, as printed ("DfE", "local
   * communities"); NULL when it is not accountable here. */
  char              *accountable_to;
  /* Ids of every clause behind this cell, in printed order. */
  GPtrArray         *clause_ids;
} ConcordMatrixCell;

/* The roles-and-accountability matrix: areas (rows, in order of first
 * use) by parties (columns, in the order of the parties list). */
typedef struct _ConcordMatrix ConcordMatrix;

ConcordMatrix           *concord_matrix_new          (ConcordMemorandum *memorandum);
void                     concord_matrix_free         (ConcordMatrix     *self);
guint                    concord_matrix_get_n_areas   (ConcordMatrix     *self);
guint                    concord_matrix_get_n_parties (ConcordMatrix     *self);
const char              *concord_matrix_get_area      (ConcordMatrix     *self,
                                                       guint              area);
ConcordParty            *concord_matrix_get_party     (ConcordMatrix     *self,
                                                       guint              party);
const ConcordMatrixCell *concord_matrix_get_cell      (ConcordMatrix     *self,
                                                       guint              area,
                                                       guint              party);
guint                    concord_matrix_count_owners  (ConcordMatrix     *self,
                                                       guint              area);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordMatrix, concord_matrix_free)

G_END_DECLS
