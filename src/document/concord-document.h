/* concord-document.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-core.h"

G_BEGIN_DECLS

/* An open memorandum being edited. It owns the undo history: it watches
 * every object and list of its memorandum, so any change made through the
 * model's setters (or g_object_set, or a GListStore call on one of its
 * lists) is an edit that undo takes back, with no call around it. Typing
 * into one field is one edit; list changes made in one main-loop turn are
 * one edit; begin_group/end_group (which nest) make anything one edit. The
 * insert/remove/move and set_property calls are each one edit of their own
 * and also work on objects not in the memorandum yet. */

#define CONCORD_TYPE_DOCUMENT (concord_document_get_type ())

G_DECLARE_FINAL_TYPE (ConcordDocument, concord_document, CONCORD, DOCUMENT, GObject)

ConcordDocument   *concord_document_new_from_template (const char       *template_id,
                                                       GError          **error);
ConcordDocument   *concord_document_new_from_file     (GFile            *file,
                                                       GError          **error);
ConcordDocument   *concord_document_new_imported      (GFile            *file,
                                                       GError          **error);
const char * const *concord_document_get_import_report (ConcordDocument *self);
GFile             *concord_document_get_import_source (ConcordDocument  *self);
ConcordDocument   *concord_document_new_restored      (ConcordMemorandum *memorandum,
                                                       GFile            *file,
                                                       const char       *draft_id);
ConcordMemorandum *concord_document_get_memorandum    (ConcordDocument  *self);
const char        *concord_document_get_draft_id      (ConcordDocument  *self);
GFile             *concord_document_get_file          (ConcordDocument  *self);
char              *concord_document_dup_title         (ConcordDocument  *self);
gboolean           concord_document_get_modified      (ConcordDocument  *self);
void               concord_document_set_modified      (ConcordDocument  *self,
                                                       gboolean          modified);
void               concord_document_changed           (ConcordDocument  *self);
void               concord_document_record_edit       (ConcordDocument  *self,
                                                       GObject          *object,
                                                       const char       *property,
                                                       const GValue     *old_value,
                                                       const GValue     *new_value);
gboolean           concord_document_get_applying      (ConcordDocument  *self);
gboolean           concord_document_can_undo          (ConcordDocument  *self);
gboolean           concord_document_can_redo          (ConcordDocument  *self);
GObject           *concord_document_undo              (ConcordDocument  *self);
GObject           *concord_document_redo              (ConcordDocument  *self);
const char        *concord_document_get_undone_property (ConcordDocument *self);
void               concord_document_insert_clause     (ConcordDocument  *self,
                                                       ConcordSection   *section,
                                                       guint             position,
                                                       ConcordClause    *clause);
void               concord_document_remove_clause     (ConcordDocument  *self,
                                                       ConcordSection   *section,
                                                       guint             position);
void               concord_document_move_clause       (ConcordDocument  *self,
                                                       ConcordSection   *section,
                                                       guint             from,
                                                       guint             to);
void               concord_document_insert_item       (ConcordDocument  *self,
                                                       GListModel       *list,
                                                       guint             position,
                                                       gpointer          item);
void               concord_document_remove_item       (ConcordDocument  *self,
                                                       GListModel       *list,
                                                       guint             position);
void               concord_document_move_item         (ConcordDocument  *self,
                                                       GListModel       *list,
                                                       guint             from,
                                                       guint             to);
void               concord_document_set_property      (ConcordDocument  *self,
                                                       GObject          *object,
                                                       const char       *property,
                                                       const GValue     *value);
void               concord_document_begin_group       (ConcordDocument  *self);
void               concord_document_end_group         (ConcordDocument  *self,
                                                       GObject          *focus);
char              *concord_document_new_id            (ConcordDocument  *self,
                                                       const char       *prefix);
gboolean           concord_document_save              (ConcordDocument  *self,
                                                       GFile            *file,
                                                       GError          **error);

G_END_DECLS
