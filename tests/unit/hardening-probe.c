/* hardening-probe.c: built with the project's flags like every program, it
 * makes calls that _FORTIFY_SOURCE=2 turns into checked ones, so that
 * check-hardening.py can see the flags are in force even where the
 * programs happen to make no such call.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <string.h>

int
main (int    argc,
      char **argv)
{
  char buffer[16];

  snprintf (buffer, sizeof buffer, "%d", argc);
  if (argc > 1)
    strncpy (buffer, argv[1], sizeof buffer - 1);
  buffer[sizeof buffer - 1] = '\0';
  puts (buffer);

  return 0;
}
