/* concord-standard-sections.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

/* What a section is for, in the checklist of the sections that public
 * guidance on memoranda expects. Definitions and signatures are parts of
 * their own (is_part), not sections. */
typedef struct
{
  const char         *id;          /* "review" */
  const char         *title;       /* untranslated, marked for translation */
  const char         *description; /* untranslated */
  gboolean            is_part;
  ConcordSectionKind  kind;        /* of the section it inserts */
  /* Another kind that also counts ("roles" for boundaries), or -1. */
  int                 also;
} ConcordStandardSection;

guint                         concord_standard_sections_get_n   (void);
const ConcordStandardSection *concord_standard_section_get      (guint                         index);
const ConcordStandardSection *concord_standard_section_find     (const char                   *id);
gboolean                      concord_standard_section_is_present (const ConcordStandardSection *standard,
                                                                 ConcordMemorandum            *memorandum);
ConcordSection               *concord_standard_section_find_in  (const ConcordStandardSection *standard,
                                                                 ConcordMemorandum            *memorandum);
ConcordSection               *concord_standard_section_new_starter (const ConcordStandardSection *standard,
                                                                    ConcordMemorandum            *memorandum);
guint                         concord_standard_section_insert_position (const ConcordStandardSection *standard,
                                                                        ConcordMemorandum            *memorandum);

G_END_DECLS
