/* concord-outline-part.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "concord-outline-part.h"

struct _ConcordOutlinePart
{
  GObject                parent_instance;
  ConcordOutlinePartKind kind;
};

G_DEFINE_FINAL_TYPE (ConcordOutlinePart, concord_outline_part, G_TYPE_OBJECT)

static void
concord_outline_part_class_init (ConcordOutlinePartClass *klass)
{
}

static void
concord_outline_part_init (ConcordOutlinePart *self)
{
}

ConcordOutlinePart *
concord_outline_part_new (ConcordOutlinePartKind kind)
{
  ConcordOutlinePart *self = g_object_new (CONCORD_TYPE_OUTLINE_PART, NULL);

  self->kind = kind;

  return self;
}

ConcordOutlinePartKind
concord_outline_part_get_kind (ConcordOutlinePart *self)
{
  g_return_val_if_fail (CONCORD_IS_OUTLINE_PART (self), 0);

  return self->kind;
}

/* Whether @item is the outline's row for the part @kind. */
gboolean
concord_outline_part_is (gpointer               item,
                         ConcordOutlinePartKind kind)
{
  return CONCORD_IS_OUTLINE_PART (item) && CONCORD_OUTLINE_PART (item)->kind == kind;
}
