/* concord-types.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _ConcordMemorandum   ConcordMemorandum;
typedef struct _ConcordParty        ConcordParty;
typedef struct _ConcordTerm         ConcordTerm;
typedef struct _ConcordSection      ConcordSection;
typedef struct _ConcordClause       ConcordClause;
typedef struct _ConcordAnnex        ConcordAnnex;
typedef struct _ConcordSignature    ConcordSignature;
typedef struct _ConcordControlEntry ConcordControlEntry;
typedef struct _ConcordDismissal    ConcordDismissal;
typedef struct _ConcordBlock        ConcordBlock;
typedef struct _ConcordTable        ConcordTable;

typedef enum
{
  CONCORD_STATUS_DRAFT,
  CONCORD_STATUS_AGREED,
  CONCORD_STATUS_SIGNED,
} ConcordStatus;

typedef enum
{
  CONCORD_NUMBERING_HIERARCHICAL,
  CONCORD_NUMBERING_CONTINUOUS,
} ConcordNumberingStyle;

typedef enum
{
  CONCORD_ITEM_STYLE_DECIMAL,
  CONCORD_ITEM_STYLE_ALPHA,
} ConcordItemStyle;

typedef enum
{
  CONCORD_ANNEX_STYLE_LETTER,
  CONCORD_ANNEX_STYLE_NUMBER,
} ConcordAnnexStyle;

/* How a bilingual memorandum prints its two texts: side by side, or
 * one after the other. */
typedef enum
{
  CONCORD_BILINGUAL_LAYOUT_COLUMNS,
  CONCORD_BILINGUAL_LAYOUT_PARTS,
} ConcordBilingualLayout;

/* Which text of a bilingual clause changed since both were last found to
 * say the same. */
typedef enum
{
  CONCORD_TRANSLATION_UNCHECKED,
  CONCORD_TRANSLATION_IN_STEP,
  CONCORD_TRANSLATION_ORIGINAL_CHANGED,
  CONCORD_TRANSLATION_TRANSLATION_CHANGED,
  CONCORD_TRANSLATION_BOTH_CHANGED,
} ConcordTranslationState;

/* How printed numbers end: "1.1" or "1.1." (references never take the dot). */
typedef enum
{
  CONCORD_NUMBER_FORMAT_PLAIN,
  CONCORD_NUMBER_FORMAT_TRAILING_DOT,
} ConcordNumberFormat;

/* Numbered paragraphs in annexes: none, A1, A.1, or their own 1, 2, 3. */
typedef enum
{
  CONCORD_ANNEX_NUMBERING_NONE,
  CONCORD_ANNEX_NUMBERING_JOINED,
  CONCORD_ANNEX_NUMBERING_DOTTED,
  CONCORD_ANNEX_NUMBERING_OWN,
} ConcordAnnexNumbering;

/* The word a reference prints before a clause's number; AUTO says
 * "clause" in hierarchical numbering and "paragraph" in continuous. */
typedef enum
{
  CONCORD_CLAUSE_WORD_AUTO,
  CONCORD_CLAUSE_WORD_CLAUSE,
  CONCORD_CLAUSE_WORD_PARAGRAPH,
} ConcordClauseWord;

/* Page furniture the drafter chooses in <print> (docs/FORMAT.md); the
 * first value of each is today's look. */

/* The cover's details table: every row, or only rows with a value (and,
 * in a draft, rows still holding a placeholder). */
typedef enum
{
  CONCORD_COVER_DETAILS_ALL,
  CONCORD_COVER_DETAILS_FILLED,
} ConcordCoverDetails;

/* Where the roles-and-accountability matrix prints. */
typedef enum
{
  CONCORD_MATRIX_PLACEMENT_SCHEDULE,
  CONCORD_MATRIX_PLACEMENT_ANNEX,
  CONCORD_MATRIX_PLACEMENT_NONE,
} ConcordMatrixPlacement;

/* When a clause's facts line or status line prints. */
typedef enum
{
  CONCORD_PRINT_WHEN_DRAFTS,
  CONCORD_PRINT_WHEN_ALWAYS,
  CONCORD_PRINT_WHEN_NEVER,
} ConcordPrintWhen;

/* Where the signature blocks print: at the end, at the end of a section
 * the drafter names, or on the cover before the text. */
typedef enum
{
  CONCORD_SIGNATURE_PLACEMENT_END,
  CONCORD_SIGNATURE_PLACEMENT_SECTION,
  CONCORD_SIGNATURE_PLACEMENT_COVER,
} ConcordSignaturePlacement;

/* Where the protective marking prints: at the right of the running head,
 * or centred at the top and the bottom of every page. */
typedef enum
{
  CONCORD_MARKING_PLACEMENT_RUNNING_HEAD,
  CONCORD_MARKING_PLACEMENT_CENTRED,
} ConcordMarkingPlacement;

typedef enum
{
  CONCORD_PARTY_KIND_SIGNATORY,
  CONCORD_PARTY_KIND_STAKEHOLDER,
} ConcordPartyKind;

typedef enum
{
  CONCORD_SECTION_KIND_PURPOSE,
  CONCORD_SECTION_KIND_ROLES,
  CONCORD_SECTION_KIND_BOUNDARIES,
  CONCORD_SECTION_KIND_ACCOUNTABILITY,
  CONCORD_SECTION_KIND_GENERAL,
  /* The standard sections of concord-standard-sections.c. */
  CONCORD_SECTION_KIND_SCOPE,
  CONCORD_SECTION_KIND_STATUS,
  CONCORD_SECTION_KIND_PRINCIPLES,
  CONCORD_SECTION_KIND_GOVERNANCE,
  CONCORD_SECTION_KIND_CONTACTS,
  CONCORD_SECTION_KIND_COSTS,
  CONCORD_SECTION_KIND_DATA,
  CONCORD_SECTION_KIND_FREEDOM_OF_INFORMATION,
  CONCORD_SECTION_KIND_INTELLECTUAL_PROPERTY,
  CONCORD_SECTION_KIND_REVIEW,
  CONCORD_SECTION_KIND_VARIATION,
  CONCORD_SECTION_KIND_DISPUTES,
  CONCORD_SECTION_KIND_TERMINATION,
} ConcordSectionKind;

typedef enum
{
  CONCORD_CLAUSE_KIND_GENERAL,
  CONCORD_CLAUSE_KIND_ROLE,
  CONCORD_CLAUSE_KIND_BOUNDARY,
  CONCORD_CLAUSE_KIND_ACCOUNTABILITY,
} ConcordClauseKind;

typedef enum
{
  CONCORD_CLAUSE_STATUS_PROPOSED,
  CONCORD_CLAUSE_STATUS_AGREED,
  CONCORD_CLAUSE_STATUS_DISPUTED,
} ConcordClauseStatus;

typedef enum /*< flags >*/
{
  CONCORD_MECHANISM_NONE         = 0,
  CONCORD_MECHANISM_REPORTING    = 1 << 0,
  CONCORD_MECHANISM_INSPECTION   = 1 << 1,
  CONCORD_MECHANISM_INTERVENTION = 1 << 2,
  CONCORD_MECHANISM_AUDIT        = 1 << 3,
  CONCORD_MECHANISM_ELECTION     = 1 << 4,
} ConcordMechanism;

typedef enum
{
  CONCORD_BLOCK_PARAGRAPH,
  CONCORD_BLOCK_ITEM,
  /* A sub-heading inside an annex. */
  CONCORD_BLOCK_HEADING,
  /* A table of text cells (concord-table.h). */
  CONCORD_BLOCK_TABLE,
} ConcordBlockKind;

typedef enum
{
  CONCORD_RUN_TEXT,
  CONCORD_RUN_PARTY,
  CONCORD_RUN_TERM,
  CONCORD_RUN_CLAUSE,
  CONCORD_RUN_PLACEHOLDER,
} ConcordRunKind;

G_END_DECLS
