/* concord-text.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-block.h"
#include "concord-numbering.h"
#include "concord-types.h"

G_BEGIN_DECLS

char *concord_run_render            (ConcordMemorandum  *memorandum,
                                     ConcordNumbering   *numbering,
                                     const ConcordRun   *run);
char *concord_run_render_after      (ConcordMemorandum  *memorandum,
                                     ConcordNumbering   *numbering,
                                     const ConcordRun   *run,
                                     const char         *before,
                                     gsize               len);
/* How much of an item's opening words name it, in characters. */
#define CONCORD_OPENING_CHARS 60

char *concord_blocks_opening        (ConcordMemorandum  *memorandum,
                                     ConcordNumbering   *numbering,
                                     GPtrArray          *blocks);
char *concord_block_render          (ConcordMemorandum  *memorandum,
                                     ConcordNumbering   *numbering,
                                     const ConcordBlock *block);
/* Row by row, cells separated by " | ", each row starting with @indent;
 * a header row is underlined with dashes. No final newline. */
char *concord_table_render          (ConcordMemorandum  *memorandum,
                                     ConcordNumbering   *numbering,
                                     const ConcordTable *table,
                                     const char         *indent);
char *concord_clause_describe_facts (ConcordMemorandum  *memorandum,
                                     ConcordClause      *clause);
char *concord_party_list_render     (ConcordMemorandum  *memorandum,
                                     const char * const *party_ids);
char *concord_field_render          (const char         *value,
                                     const char         *prompt,
                                     const char         *fallback_prompt);
void  concord_signature_render_lines (ConcordMemorandum  *memorandum,
                                      ConcordSignature   *signature,
                                      char              **heading,
                                      char              **who,
                                      char              **when);
char *concord_memorandum_to_text    (ConcordMemorandum  *memorandum);
char *concord_mechanisms_render     (ConcordMechanism    mechanisms,
                                     const char         *language);
char *concord_mechanisms_label      (ConcordMechanism    mechanisms);
const char *concord_enum_nick       (GType               type,
                                     int                 value);
/* The nicks of the flags set in flags, in the type's order, joined by
 * separator ("" when none is set). */
char       *concord_flags_nicks     (GType               type,
                                     guint               flags,
                                     const char         *separator);

G_END_DECLS
