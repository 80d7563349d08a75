/* fuzz-common.h: what the libFuzzer targets share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "concord-core.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A warning or a critical from the core on any input is a bug, so it
 * stops the run like a crash and libFuzzer keeps the input. */
static inline void
fuzz_init (void)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* Stops the run with a message: libFuzzer records the input. */
#define fuzz_fail(...) G_STMT_START { g_printerr (__VA_ARGS__); abort (); } G_STMT_END

static inline ConcordMemorandum *
fuzz_load (const uint8_t *data,
           size_t         size,
           const char    *name)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_data ((const char *) data, size, name, &error);

  /* Every refusal is a GError with a message that names the input. */
  if (m == NULL && (error == NULL || error->domain != CONCORD_ERROR ||
                    !g_str_has_prefix (error->message, name)))
    fuzz_fail ("refused without a proper error: %s\n", error ? error->message : "(none)");

  return m;
}

/* Two documents in one input, split at the first NUL byte (which no XML
 * file holds). With no NUL, both sides are the whole input. */
static inline void
fuzz_split (const uint8_t  *data,
            size_t          size,
            const uint8_t **first,
            size_t         *first_size,
            const uint8_t **second,
            size_t         *second_size)
{
  const uint8_t *nul = memchr (data, '\0', size);

  *first = data;
  *second = data;
  *first_size = *second_size = size;
  if (nul != NULL)
    {
      *first_size = nul - data;
      *second = nul + 1;
      *second_size = size - *first_size - 1;
    }
}
