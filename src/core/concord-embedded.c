/* concord-embedded.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-embedded-data.h"
#include "concord-util-private.h"

GBytes *
_concord_embedded_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (embedded_files); i++)
    if (strcmp (embedded_files[i].name, name) == 0)
      return g_bytes_new_static (embedded_files[i].data, embedded_files[i].length);

  return NULL;
}
