/* concord-outline-part.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Parts of a memorandum that are lists rather than objects of their own
 * (its definitions, its background, its document-control rows): the
 * outline shows each as one row, standing for the whole list, and the pane
 * for that part edits the list. */
typedef enum
{
  CONCORD_OUTLINE_PART_DEFINITIONS,
  CONCORD_OUTLINE_PART_BACKGROUND,
  CONCORD_OUTLINE_PART_DOCUMENT_CONTROL,
} ConcordOutlinePartKind;

#define CONCORD_TYPE_OUTLINE_PART (concord_outline_part_get_type ())

G_DECLARE_FINAL_TYPE (ConcordOutlinePart, concord_outline_part, CONCORD, OUTLINE_PART, GObject)

ConcordOutlinePart     *concord_outline_part_new      (ConcordOutlinePartKind kind);
ConcordOutlinePartKind  concord_outline_part_get_kind (ConcordOutlinePart    *self);
gboolean                concord_outline_part_is       (gpointer               item,
                                                       ConcordOutlinePartKind kind);

G_END_DECLS
