/* concord-error.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CONCORD_ERROR (concord_error_quark ())

/* What went wrong with a file, as far as a user can act on it: the
 * command line maps these onto sysexits codes. */
typedef enum
{
  CONCORD_ERROR_IO,               /* cannot read or write the file */
  CONCORD_ERROR_PARSE,            /* not well-formed XML, or refused XML features */
  CONCORD_ERROR_LIMIT,            /* over a size, depth or length limit */
  CONCORD_ERROR_SCHEMA,           /* well-formed but not a valid memorandum */
  CONCORD_ERROR_VERSION,          /* a format version this program does not know */
  CONCORD_ERROR_REFERENCE,        /* ids duplicated or references dangling */
  CONCORD_ERROR_NOT_FOUND,        /* no such template or party */
  CONCORD_ERROR_UNSIGNED,         /* a signed copy asked of an unsigned memorandum */
  CONCORD_ERROR_HARD_LINK,        /* the file to write has other names (hard links) */
} ConcordError;

GQuark concord_error_quark (void);

G_END_DECLS
