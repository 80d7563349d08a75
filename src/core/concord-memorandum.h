/* concord-memorandum.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "concord-types.h"
#include "concord-block.h"

G_BEGIN_DECLS
#define CONCORD_TYPE_MEMORANDUM (concord_memorandum_get_type ())
G_DECLARE_FINAL_TYPE (ConcordMemorandum, concord_memorandum, CONCORD, MEMORANDUM, GObject)
ConcordMemorandum *concord_memorandum_new (const char *id);
const char *concord_memorandum_get_id (ConcordMemorandum *self);
const char *concord_memorandum_get_title (ConcordMemorandum *self);
void concord_memorandum_set_title (ConcordMemorandum *self, const char *title);
const char *concord_memorandum_get_reference (ConcordMemorandum *self);
void concord_memorandum_set_reference (ConcordMemorandum *self, const char *reference);
const char *concord_memorandum_get_revision (ConcordMemorandum *self);
const char *concord_memorandum_get_printed_revision (ConcordMemorandum *self);
void concord_memorandum_set_revision (ConcordMemorandum *self, const char *revision);
ConcordStatus concord_memorandum_get_status (ConcordMemorandum *self);
void concord_memorandum_set_status (ConcordMemorandum *self, ConcordStatus status);
const char *concord_memorandum_get_language (ConcordMemorandum *self);
void concord_memorandum_set_language (ConcordMemorandum *self, const char *language);
const char *concord_memorandum_get_effective_date (ConcordMemorandum *self);
void concord_memorandum_set_effective_date (ConcordMemorandum *self, const char *effective_date);
const char *concord_memorandum_get_review_date (ConcordMemorandum *self);
void concord_memorandum_set_review_date (ConcordMemorandum *self, const char *review_date);
const char *concord_memorandum_get_marking (ConcordMemorandum *self);
void concord_memorandum_set_marking (ConcordMemorandum *self, const char *marking);
ConcordNumberingStyle concord_memorandum_get_numbering (ConcordMemorandum *self);
void concord_memorandum_set_numbering (ConcordMemorandum *self, ConcordNumberingStyle numbering);
ConcordItemStyle concord_memorandum_get_item_style (ConcordMemorandum *self);
void concord_memorandum_set_item_style (ConcordMemorandum *self, ConcordItemStyle item_style);
ConcordAnnexStyle concord_memorandum_get_annex_style (ConcordMemorandum *self);
void concord_memorandum_set_annex_style (ConcordMemorandum *self, ConcordAnnexStyle annex_style);
ConcordNumberFormat concord_memorandum_get_number_format (ConcordMemorandum *self);
void concord_memorandum_set_number_format (ConcordMemorandum *self, ConcordNumberFormat number_format);
gboolean concord_memorandum_get_numbered_headings (ConcordMemorandum *self);
void concord_memorandum_set_numbered_headings (ConcordMemorandum *self, gboolean numbered_headings);
ConcordAnnexNumbering concord_memorandum_get_annex_numbering (ConcordMemorandum *self);
void concord_memorandum_set_annex_numbering (ConcordMemorandum *self, ConcordAnnexNumbering annex_numbering);
ConcordClauseWord concord_memorandum_get_clause_word (ConcordMemorandum *self);
void concord_memorandum_set_clause_word (ConcordMemorandum *self, ConcordClauseWord clause_word);
GPtrArray *concord_memorandum_get_recitals (ConcordMemorandum *self);
void concord_memorandum_set_recitals (ConcordMemorandum *self, GPtrArray *recitals);
const char *concord_memorandum_get_placeholder (ConcordMemorandum *self, const char *field);
void concord_memorandum_set_placeholder (ConcordMemorandum *self, const char *field, const char *prompt);
GListModel *concord_memorandum_get_parties (ConcordMemorandum *self);
GListModel *concord_memorandum_get_terms (ConcordMemorandum *self);
GListModel *concord_memorandum_get_sections (ConcordMemorandum *self);
GListModel *concord_memorandum_get_annexes (ConcordMemorandum *self);
GListModel *concord_memorandum_get_signatures (ConcordMemorandum *self);
GListModel *concord_memorandum_get_control_entries (ConcordMemorandum *self);
GListModel *concord_memorandum_get_dismissals (ConcordMemorandum *self);
GListModel *concord_memorandum_get_conflicts (ConcordMemorandum *self);


void              concord_memorandum_set_id        (ConcordMemorandum *self,
                                                    const char        *id);
ConcordParty     *concord_memorandum_find_party    (ConcordMemorandum *self,
                                                    const char        *id);
ConcordTerm      *concord_memorandum_find_term     (ConcordMemorandum *self,
                                                    const char        *id);
ConcordSignature *concord_memorandum_find_signature (ConcordMemorandum *self,
                                                     const char        *party_id);
ConcordClause    *concord_memorandum_find_clause   (ConcordMemorandum *self,
                                                    const char        *id,
                                                    ConcordSection   **section,
                                                    guint             *position);
guint             concord_memorandum_count_clauses (ConcordMemorandum *self);
gboolean          concord_memorandum_has_id        (ConcordMemorandum *self,
                                                    const char        *id);
GPtrArray        *concord_memorandum_list_clauses  (ConcordMemorandum *self);
ConcordMemorandum *concord_memorandum_copy        (ConcordMemorandum *self);

typedef struct _ConcordMemorandumCopier ConcordMemorandumCopier;

ConcordMemorandumCopier *concord_memorandum_copier_new    (ConcordMemorandum       *self);
gboolean                 concord_memorandum_copier_step   (ConcordMemorandumCopier *copier,
                                                           guint                    max_clauses);
ConcordMemorandum       *concord_memorandum_copier_finish (ConcordMemorandumCopier *copier);
void                     concord_memorandum_copier_free   (ConcordMemorandumCopier *copier);

const char * const *concord_memorandum_get_related (ConcordMemorandum *self);
void concord_memorandum_set_related (ConcordMemorandum *self, const char * const *related);

/* Page furniture, <print> in the file. */
ConcordCoverDetails concord_memorandum_get_print_details (ConcordMemorandum *self);
void concord_memorandum_set_print_details (ConcordMemorandum *self, ConcordCoverDetails details);
gboolean concord_memorandum_get_print_parties (ConcordMemorandum *self);
void concord_memorandum_set_print_parties (ConcordMemorandum *self, gboolean print_parties);
ConcordMatrixPlacement concord_memorandum_get_print_matrix (ConcordMemorandum *self);
void concord_memorandum_set_print_matrix (ConcordMemorandum *self, ConcordMatrixPlacement placement);
ConcordPrintWhen concord_memorandum_get_print_facts (ConcordMemorandum *self);
void concord_memorandum_set_print_facts (ConcordMemorandum *self, ConcordPrintWhen when);
ConcordPrintWhen concord_memorandum_get_print_status (ConcordMemorandum *self);
void concord_memorandum_set_print_status (ConcordMemorandum *self, ConcordPrintWhen when);
ConcordSignaturePlacement concord_memorandum_get_print_signatures (ConcordMemorandum *self);
void concord_memorandum_set_print_signatures (ConcordMemorandum *self, ConcordSignaturePlacement placement);
const char *concord_memorandum_get_signatures_section (ConcordMemorandum *self);
void concord_memorandum_set_signatures_section (ConcordMemorandum *self, const char *section_id);
ConcordMarkingPlacement concord_memorandum_get_print_marking (ConcordMemorandum *self);
void concord_memorandum_set_print_marking (ConcordMemorandum *self, ConcordMarkingPlacement placement);
gboolean concord_memorandum_prints_line (ConcordMemorandum *self, ConcordPrintWhen when);
ConcordSection *concord_memorandum_find_section (ConcordMemorandum *self, const char *id);

const char *concord_memorandum_get_translation_language (ConcordMemorandum *self);
void concord_memorandum_set_translation_language (ConcordMemorandum *self, const char *language);
gboolean concord_memorandum_is_bilingual (ConcordMemorandum *self);
ConcordBilingualLayout concord_memorandum_get_bilingual_layout (ConcordMemorandum *self);
void concord_memorandum_set_bilingual_layout (ConcordMemorandum *self, ConcordBilingualLayout layout);
const char *concord_memorandum_get_translated_title (ConcordMemorandum *self);
void concord_memorandum_set_translated_title (ConcordMemorandum *self, const char *title);
GPtrArray *concord_memorandum_get_translated_recitals (ConcordMemorandum *self);
void concord_memorandum_set_translated_recitals (ConcordMemorandum *self, GPtrArray *recitals);
ConcordMemorandum *concord_memorandum_translated (ConcordMemorandum *self);
const char *concord_language_name (const char *tag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordMemorandumCopier, concord_memorandum_copier_free)

G_END_DECLS
