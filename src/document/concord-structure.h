/* concord-structure.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

/* Edits of the memorandum's structure: adding, duplicating, removing and
 * moving sections, clauses, parties and signature blocks, each one undoable edit. Each takes
 * the item the user has selected and returns the item to select after it
 * (or NULL when the edit did not apply). */

ConcordClause  *concord_structure_add_clause       (ConcordDocument *document,
                                                    GObject         *selected);
ConcordClause  *concord_structure_duplicate_clause (ConcordDocument *document,
                                                    GObject         *selected);
ConcordSection *concord_structure_add_section      (ConcordDocument *document,
                                                    GObject         *selected);
GObject        *concord_structure_remove           (ConcordDocument *document,
                                                    GObject         *selected);
GObject        *concord_structure_move             (ConcordDocument *document,
                                                    GObject         *selected,
                                                    int              delta);
gboolean        concord_structure_move_clause      (ConcordDocument *document,
                                                    ConcordClause   *clause,
                                                    ConcordSection  *section,
                                                    guint            position);
gboolean        concord_structure_drop             (ConcordDocument *document,
                                                    GObject         *dragged,
                                                    GObject         *onto,
                                                    gboolean         after);
ConcordParty   *concord_structure_add_party        (ConcordDocument *document);
GPtrArray      *concord_structure_clauses_naming   (ConcordDocument *document,
                                                    const char      *party_id);
GObject        *concord_structure_remove_party     (ConcordDocument *document,
                                                    ConcordParty    *party);
char           *concord_structure_describe_party_removal (ConcordDocument  *document,
                                                          ConcordParty     *party,
                                                          char            **heading);
ConcordSignature *concord_structure_add_signature (ConcordDocument  *document,
                                                   GObject          *selected,
                                                   gboolean          not_party);
GObject        *concord_structure_remove_signature (ConcordDocument  *document,
                                                    ConcordSignature *signature);
ConcordTerm    *concord_structure_add_term         (ConcordDocument *document,
                                                    guint            position);
gboolean        concord_structure_move_term        (ConcordDocument *document,
                                                    ConcordTerm     *term,
                                                    int              delta);
gboolean        concord_structure_remove_term      (ConcordDocument *document,
                                                    ConcordTerm     *term);
char           *concord_structure_describe_term_removal (ConcordDocument  *document,
                                                         ConcordTerm      *term,
                                                         char            **heading);
GStrv           concord_structure_term_forms_in_use (ConcordDocument *document,
                                                     ConcordTerm     *term);
const char * const *concord_structure_list_edits (void);
GObject        *concord_structure_apply            (ConcordDocument  *document,
                                                    const char       *name,
                                                    GObject          *selected,
                                                    const char      **focus);

G_END_DECLS
