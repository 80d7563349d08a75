/* fuzz-import.c: bytes as a Markdown file to import. Whatever the
 * importer makes must be a memorandum that saves and loads again, and its
 * report must be text.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fuzz-common.h"

#include "concord-import-private.h"

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
  g_autoptr(GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = _concord_import_markdown_data ((const char *) data, size, "input.md", report,
                                                                  &error);
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autoptr(GBytes) saved = NULL;

  for (guint i = 0; i < report->len; i++)
    if (!g_utf8_validate (g_ptr_array_index (report, i), -1, NULL))
      fuzz_fail ("a report line is not valid UTF-8\n");
  if (m == NULL)
    {
      /* Refused, never half made: a refusal says why. */
      if (error == NULL || error->domain != CONCORD_ERROR)
        fuzz_fail ("import failed without a Concord error\n");
      return 0;
    }

  saved = concord_memorandum_serialize (m);
  again = concord_memorandum_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), "saved.mou",
                                             &error);
  if (again == NULL)
    fuzz_fail ("an imported memorandum does not load again once saved: %s\n", error->message);

  return 0;
}
