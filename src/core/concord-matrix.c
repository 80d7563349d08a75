/* concord-matrix.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-matrix"

#include "config.h"

#include "concord-clause.h"
#include "concord-matrix.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-section.h"
#include <string.h>

#include "concord-text.h"

struct _ConcordMatrix
{
  GPtrArray         *areas;
  GPtrArray         *parties;
  ConcordMatrixCell *cells;
};

static int
index_of_party (ConcordMatrix *self,
                const char    *id)
{
  for (guint i = 0; id != NULL && i < self->parties->len; i++)
    if (g_strcmp0 (concord_party_get_id (g_ptr_array_index (self->parties, i)), id) == 0)
      return (int) i;

  return -1;
}

static ConcordMatrixCell *
cell (ConcordMatrix *self,
      guint          area,
      guint          party)
{
  return &self->cells[area * self->parties->len + party];
}

static void
mark (ConcordMatrix     *self,
      guint              area,
      const char        *party_id,
      ConcordMatrixRole  role,
      ConcordClause     *clause)
{
  int p = index_of_party (self, party_id);
  ConcordMatrixCell *c;

  if (p < 0)
    return;

  c = cell (self, area, p);
  c->roles |= role;
  if (role == CONCORD_MATRIX_RESPONSIBLE)
    c->n_role_clauses++;
  if (c->clause_ids->len == 0 ||
      g_strcmp0 (g_ptr_array_index (c->clause_ids, c->clause_ids->len - 1), concord_clause_get_id (clause)) != 0)
    g_ptr_array_add (c->clause_ids, g_strdup (concord_clause_get_id (clause)));
}

static void
mark_accountable (ConcordMatrix     *self,
                  ConcordMemorandum *memorandum,
                  guint              area,
                  ConcordClause     *clause)
{
  int p = index_of_party (self, concord_clause_get_accountable (clause));
  const char *to_id[] = { concord_clause_get_to (clause), NULL };
  g_autofree char *to = NULL;
  ConcordMatrixCell *c;

  if (p < 0)
    return;

  mark (self, area, concord_clause_get_accountable (clause), CONCORD_MATRIX_ACCOUNTABLE, clause);
  c = cell (self, area, p);
  to = to_id[0] != NULL ? concord_party_list_render (memorandum, to_id)
                        : g_strdup (concord_clause_get_to_body (clause));
  if (to == NULL)
    return;
  if (c->accountable_to == NULL)
    c->accountable_to = g_steal_pointer (&to);
  else if (strstr (c->accountable_to, to) == NULL)
    {
      char *joined = g_strconcat (c->accountable_to, ", ", to, NULL);

      g_free (c->accountable_to);
      c->accountable_to = joined;
    }
}

static void
collect_areas (ConcordMatrix *self,
               GPtrArray     *clauses,
               GHashTable    *index)
{
  for (guint i = 0; i < clauses->len; i++)
    {
      const char * const *areas = concord_clause_get_areas (g_ptr_array_index (clauses, i));

      for (guint j = 0; areas != NULL && areas[j] != NULL; j++)
        if (!g_hash_table_contains (index, areas[j]))
          {
            g_hash_table_insert (index, (gpointer) areas[j], GUINT_TO_POINTER (self->areas->len));
            g_ptr_array_add (self->areas, g_strdup (areas[j]));
          }
    }
}

static void
fill (ConcordMatrix     *self,
      ConcordMemorandum *memorandum,
      GPtrArray         *clauses,
      GHashTable        *index)
{
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);
      const char * const *areas = concord_clause_get_areas (clause);

      for (guint j = 0; areas != NULL && areas[j] != NULL; j++)
        {
          guint area = GPOINTER_TO_UINT (g_hash_table_lookup (index, areas[j]));
          const char * const *a = concord_clause_get_side_a (clause);
          const char * const *b = concord_clause_get_side_b (clause);

          switch (concord_clause_get_kind (clause))
            {
            case CONCORD_CLAUSE_KIND_ROLE:
              mark (self, area, concord_clause_get_owner (clause), CONCORD_MATRIX_RESPONSIBLE, clause);
              break;
            case CONCORD_CLAUSE_KIND_BOUNDARY:
              for (guint k = 0; a != NULL && a[k] != NULL; k++)
                mark (self, area, a[k], CONCORD_MATRIX_BOUNDED, clause);
              for (guint k = 0; b != NULL && b[k] != NULL; k++)
                mark (self, area, b[k], CONCORD_MATRIX_BOUNDED, clause);
              break;
            case CONCORD_CLAUSE_KIND_ACCOUNTABILITY:
              mark_accountable (self, memorandum, area, clause);
              break;
            case CONCORD_CLAUSE_KIND_GENERAL:
            default:
              break;
            }
        }
    }
}

ConcordMatrix *
concord_matrix_new (ConcordMemorandum *memorandum)
{
  ConcordMatrix *self;
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *parties = concord_memorandum_get_parties (memorandum);
  guint n_cells;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  clauses = concord_memorandum_list_clauses (memorandum);
  self = g_new0 (ConcordMatrix, 1);
  self->areas = g_ptr_array_new_with_free_func (g_free);
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    g_ptr_array_add (self->parties, g_list_model_get_item (parties, i));

  collect_areas (self, clauses, index);
  n_cells = self->areas->len * self->parties->len;
  self->cells = g_new0 (ConcordMatrixCell, MAX (n_cells, 1));
  for (guint i = 0; i < n_cells; i++)
    self->cells[i].clause_ids = g_ptr_array_new_with_free_func (g_free);
  fill (self, memorandum, clauses, index);

  return self;
}

void
concord_matrix_free (ConcordMatrix *self)
{
  guint n_cells;

  if (self == NULL)
    return;

  n_cells = self->areas->len * self->parties->len;
  for (guint i = 0; i < n_cells; i++)
    {
      g_free (self->cells[i].accountable_to);
      g_ptr_array_unref (self->cells[i].clause_ids);
    }
  g_free (self->cells);
  g_ptr_array_unref (self->areas);
  g_ptr_array_unref (self->parties);
  g_free (self);
}

guint
concord_matrix_get_n_areas (ConcordMatrix *self)
{
  return self->areas->len;
}

guint
concord_matrix_get_n_parties (ConcordMatrix *self)
{
  return self->parties->len;
}

const char *
concord_matrix_get_area (ConcordMatrix *self,
                         guint          area)
{
  g_return_val_if_fail (area < self->areas->len, NULL);

  return g_ptr_array_index (self->areas, area);
}

ConcordParty *
concord_matrix_get_party (ConcordMatrix *self,
                          guint          party)
{
  g_return_val_if_fail (party < self->parties->len, NULL);

  return g_ptr_array_index (self->parties, party);
}

const ConcordMatrixCell *
concord_matrix_get_cell (ConcordMatrix *self,
                         guint          area,
                         guint          party)
{
  g_return_val_if_fail (area < self->areas->len && party < self->parties->len, NULL);

  return cell (self, area, party);
}

/* How many parties are responsible for an area: 0 is a gap, 2 or more an
 * overlap unless a boundary settles it. */
guint
concord_matrix_count_owners (ConcordMatrix *self,
                             guint          area)
{
  guint n = 0;

  for (guint p = 0; p < self->parties->len; p++)
    if (cell (self, area, p)->roles & CONCORD_MATRIX_RESPONSIBLE)
      n++;

  return n;
}
