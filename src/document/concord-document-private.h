/* concord-document-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

/* The document watches every object of its memorandum (concord-document-
 * watch.c) and hears of each change there; the history
 * (concord-document.c) records it. */

typedef struct _ConcordWatch ConcordWatch;

ConcordWatch *_concord_watch_new                (ConcordDocument   *document,
                                                 ConcordMemorandum *memorandum);
void          _concord_watch_free               (ConcordWatch      *self);
gboolean      _concord_watch_has                (ConcordWatch      *self,
                                                 gpointer           object_or_list);
gboolean      _concord_values_equal             (GParamSpec        *pspec,
                                                 const GValue      *a,
                                                 const GValue      *b);

/* Called by the watch: a property of a watched object changed from
 * old_value (taken) to new_value; a watched list replaced `removed` at
 * `position` by `added` (both taken). */
void          _concord_document_record_property (ConcordDocument   *self,
                                                 GObject           *object,
                                                 const char        *property,
                                                 GValue            *old_value,
                                                 const GValue      *new_value);
void          _concord_document_record_splice   (ConcordDocument   *self,
                                                 GListStore        *store,
                                                 guint              position,
                                                 GPtrArray         *removed,
                                                 GPtrArray         *added);

/* For accepting a change: how many edits the open group holds, and
 * taking them all back when the change failed half-way. */
guint         _concord_document_group_size      (ConcordDocument   *self);
void          _concord_document_cancel_group    (ConcordDocument   *self);

G_END_DECLS
