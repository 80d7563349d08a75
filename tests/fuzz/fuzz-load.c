/* fuzz-load.c: bytes to memorandum, save, reload, save again.
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

/* Whatever loads must save to a file that loads again, and saving that
 * second memorandum gives the same bytes: a save loses nothing the format
 * holds, and is a fixed point. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(ConcordMemorandum) m = fuzz_load (data, size, "input.mou");
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;

  if (m == NULL)
    return 0;

  first = concord_memorandum_serialize (m);
  again = concord_memorandum_load_from_data (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                                             "saved.mou", &error);
  if (again == NULL)
    fuzz_fail ("a saved memorandum does not load again: %s\n--- saved:\n%.*s\n", error->message,
               (int) g_bytes_get_size (first), (const char *) g_bytes_get_data (first, NULL));

  second = concord_memorandum_serialize (again);
  if (!g_bytes_equal (first, second))
    fuzz_fail ("two saves differ\n--- first:\n%.*s\n--- second:\n%.*s\n",
               (int) g_bytes_get_size (first), (const char *) g_bytes_get_data (first, NULL),
               (int) g_bytes_get_size (second), (const char *) g_bytes_get_data (second, NULL));

  return 0;
}
