/* replay.c: runs a fuzz target over files, for the normal test suite.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>

#include "fuzz-common.h"

/* The targets' own code, built with gcc and no libFuzzer, so every input a
 * campaign found (tests/data/fuzz) is replayed by "meson test". The target
 * aborts on a broken invariant; test-fuzz-replay.py bounds the time. */
int
main (int    argc,
      char **argv)
{
  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_file_get_contents (argv[i], &contents, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("%s\n", argv[i]);
      fflush (stdout);
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
    }

  return 0;
}
