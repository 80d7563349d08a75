/* concord-compare-item.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the user made of one change in the compare view. */
typedef enum
{
  CONCORD_DECISION_NONE,
  CONCORD_DECISION_ACCEPTED,
  CONCORD_DECISION_REJECTED,
} ConcordDecision;

#define CONCORD_TYPE_COMPARE_ITEM (concord_compare_item_get_type ())

G_DECLARE_FINAL_TYPE (ConcordCompareItem, concord_compare_item, CONCORD, COMPARE_ITEM, GObject)

ConcordCompareItem *concord_compare_item_new          (int                 row,
                                                       int                 change);
int                 concord_compare_item_get_row      (ConcordCompareItem *self);
int                 concord_compare_item_get_change   (ConcordCompareItem *self);
ConcordDecision     concord_compare_item_get_decision (ConcordCompareItem *self);
void                concord_compare_item_set_decision (ConcordCompareItem *self,
                                                       ConcordDecision     decision);

G_END_DECLS
