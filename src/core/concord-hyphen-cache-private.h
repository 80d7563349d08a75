/* concord-hyphen-cache-private.h: hyphenation dictionaries compiled once
 * per machine, for the hyphenator and its tests.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <hyphen.h>

G_BEGIN_DECLS

/* The dictionary of the patterns @data (the text of a .dic file), from
 * the user's cache when it holds them compiled; @name names the cache
 * file. NULL when libhyphen cannot read them. One read from the cache is
 * a single block (g_free() would free it); one that libhyphen built has
 * hnj_hyphen_free(). */
HyphenDict *_concord_hyphen_load_patterns (const char   *name,
                                           const guint8 *data,
                                           gsize         length);
char       *_concord_hyphen_cache_path    (const char   *name,
                                           const guint8 *data,
                                           gsize         length);
/* The hash that names a cache file and checks its contents. */
guint64     _concord_hyphen_hash          (const guint8 *data,
                                           gsize         length);

G_END_DECLS
