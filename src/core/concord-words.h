/* concord-words.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The words a memorandum prints in its own language, whatever the
 * interface's language: see concord-words.c. */
typedef struct
{
  const char *en;
  const char *cy;
  const char *fr;
  const char *es;
} ConcordWord;

const char        *concord_words_get       (const char *language,
                                            const char *english) G_GNUC_FORMAT (2);
gboolean           concord_words_supported (const char *language);
const char        *concord_words_and       (const char *language,
                                            const char *next);
const ConcordWord *concord_words_table     (guint      *n_words);

/* A printed word: marked so that xgettext leaves it out of the
 * interface's catalogue. */
#define CONCORD_WORD(language, english) concord_words_get ((language), (english))

G_END_DECLS
