/* concord-compare-item.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-compare"

#include "config.h"

#include "concord-compare-item.h"

/* One line of the compare view: a row of clauses side by side (row >= 0)
 * or a change to something other than a clause (row -1), with the change
 * it shows (-1 for a clause that did not change) and its decision. */
struct _ConcordCompareItem
{
  GObject          parent_instance;

  int              row;
  int              change;
  ConcordDecision  decision;
};

G_DEFINE_FINAL_TYPE (ConcordCompareItem, concord_compare_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DECISION,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_compare_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ConcordCompareItem *self = CONCORD_COMPARE_ITEM (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_int (value, self->decision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_compare_item_class_init (ConcordCompareItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = concord_compare_item_get_property;

  properties[PROP_DECISION] =
    g_param_spec_int ("decision", NULL, NULL, CONCORD_DECISION_NONE, CONCORD_DECISION_REJECTED,
                      CONCORD_DECISION_NONE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_compare_item_init (ConcordCompareItem *self)
{
}

ConcordCompareItem *
concord_compare_item_new (int row,
                          int change)
{
  ConcordCompareItem *self = g_object_new (CONCORD_TYPE_COMPARE_ITEM, NULL);

  self->row = row;
  self->change = change;

  return self;
}

int
concord_compare_item_get_row (ConcordCompareItem *self)
{
  g_return_val_if_fail (CONCORD_IS_COMPARE_ITEM (self), -1);

  return self->row;
}

int
concord_compare_item_get_change (ConcordCompareItem *self)
{
  g_return_val_if_fail (CONCORD_IS_COMPARE_ITEM (self), -1);

  return self->change;
}

ConcordDecision
concord_compare_item_get_decision (ConcordCompareItem *self)
{
  g_return_val_if_fail (CONCORD_IS_COMPARE_ITEM (self), CONCORD_DECISION_NONE);

  return self->decision;
}

void
concord_compare_item_set_decision (ConcordCompareItem *self,
                                   ConcordDecision     decision)
{
  g_return_if_fail (CONCORD_IS_COMPARE_ITEM (self));

  if (self->decision == decision)
    return;

  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}
