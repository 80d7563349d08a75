/* fuzz-render.c: load, then lay out and write the PDF in memory.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(ConcordMemorandum) m = fuzz_load (data, size, "input.mou");
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL };
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;

  if (m == NULL)
    return 0;

  /* The last byte picks the paper, a signed copy and a counterpart, so
   * both page sizes and the refusal of an unsigned "signed copy" are
   * covered. */
  options.paper = size > 0 && (data[size - 1] & 1) ? CONCORD_PAPER_LETTER : CONCORD_PAPER_A4;
  options.signed_copy = (data[size - 1] & 2) != 0;
  /* And a counterpart: the first party's, or one that is not a party. */
  if (data[size - 1] & 4)
    {
      GListModel *parties = concord_memorandum_get_parties (m);
      g_autoptr(ConcordParty) first = g_list_model_get_item (parties, 0);

      options.counterpart = first != NULL && (data[size - 1] & 8) ? concord_party_get_id (first) : "nobody";
    }
  pdf = concord_render_pdf (m, &options, &error);
  if (pdf == NULL && error == NULL)
    fuzz_fail ("rendering failed without an error\n");
  if (pdf != NULL && (g_bytes_get_size (pdf) < 5 ||
                      memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5) != 0))
    fuzz_fail ("rendering gave something that is not a PDF\n");

  return 0;
}
