/* concord-wording.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-block.h"
#include "concord-types.h"

G_BEGIN_DECLS

/* A signature block in words, the same in the PDF and in the text. */
typedef struct
{
  char     *heading;  /* "Signed for and on behalf of …", "Signed by the Treasurer" */
  char     *person;   /* the name to print, or NULL */
  char     *office;   /* the office or offices, or NULL */
  gboolean  name_line;
  gboolean  title_line;
  gboolean  recorded; /* signed: see concord_signing_is_recorded() */
} ConcordSigning;

void      concord_signing_init          (ConcordSigning    *signing,
                                         ConcordMemorandum *memorandum,
                                         ConcordSignature  *signature);
gboolean  concord_signing_is_recorded   (ConcordMemorandum *memorandum,
                                         ConcordSignature  *signature);
void      concord_signing_clear         (ConcordSigning    *signing);
char     *concord_party_render_signing  (ConcordParty      *party,
                                         const char        *language);

gboolean  concord_run_starts_capital    (const ConcordRun  *run);
gboolean  concord_text_ends_sentence    (const char        *text,
                                         gsize              len);
char     *concord_text_capitalise       (const char        *text);

gboolean  concord_related_parse         (const char        *entry,
                                         const char       **relation,
                                         const char       **reference);
char     *concord_related_render        (const char        *entry,
                                         const char        *language);

gboolean  concord_version_is_valid      (const char        *version);
char     *concord_date_render           (const char        *date,
                                         const char        *language);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ConcordSigning, concord_signing_clear)

G_END_DECLS
