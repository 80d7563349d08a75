/* concord-library.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "concord-types.h"

G_BEGIN_DECLS

typedef enum
{
  CONCORD_LIBRARY_CLAUSE,
  CONCORD_LIBRARY_SECTION,
} ConcordLibraryKind;

/* One saved clause or section: NAME.clause.mou or NAME.section.mou. */
typedef struct
{
  char               *name;
  ConcordLibraryKind  kind;
  char               *title;
  /* 12 hex digits of SHA-256 of the file: a new version is a new hash. */
  char               *version;
  /* The entry as plain text, numbered as it would print on its own. */
  char               *text;
  /* Title, name and text folded for search (may be NULL in an entry made
   * by hand). */
  char               *folded;
  char               *path;
  /* The file as read: modification time (ns), size and inode. */
  gint64              modified;
  gint64              size;
  guint64             inode;
} ConcordLibraryEntry;

/* Where an inserted clause or section stands against the library. */
typedef enum
{
  CONCORD_LIBRARY_NOT_FROM,
  CONCORD_LIBRARY_CURRENT,
  CONCORD_LIBRARY_MOVED_ON,
  CONCORD_LIBRARY_GONE,
  /* The entry's file is there but is not a usable entry. */
  CONCORD_LIBRARY_BROKEN,
} ConcordLibraryState;

void                 concord_library_entry_free   (ConcordLibraryEntry *entry);
char                *concord_library_default_dir  (void);
gboolean             concord_library_is_name      (const char          *name);
GPtrArray           *concord_library_list         (const char          *dir,
                                                   GPtrArray           *problems,
                                                   GError             **error);
ConcordLibraryEntry *concord_library_find         (const char          *dir,
                                                   const char          *name,
                                                   GError             **error);
ConcordLibraryEntry *concord_library_add          (const char          *dir,
                                                   ConcordMemorandum   *source,
                                                   GObject             *item,
                                                   const char          *name,
                                                   GError             **error);
gboolean             concord_library_entry_matches (const ConcordLibraryEntry *entry,
                                                    const char                *query);
GObject             *concord_library_copy_for     (const ConcordLibraryEntry *entry,
                                                   ConcordMemorandum         *target,
                                                   GError                   **error);
ConcordLibraryState  concord_library_check        (const char                *dir,
                                                   GObject                   *item,
                                                   ConcordLibraryEntry      **entry,
                                                   GError                   **error);
ConcordMemorandum   *concord_library_updated_copy (ConcordMemorandum         *memorandum,
                                                   GObject                   *item,
                                                   const ConcordLibraryEntry *entry,
                                                   GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordLibraryEntry, concord_library_entry_free)

G_END_DECLS
