/* concord-library.c: the drafter's own library of clauses and sections.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-library"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-clause.h"
#include "concord-error.h"
#include "concord-fragment.h"
#include "concord-library.h"
#include "concord-memorandum.h"
#include "concord-section.h"
#include "concord-text.h"
#include "concord-xml.h"

/* A folder of fragments (concord_fragment_extract()), one file each,
 * named for the entry and its kind. Every file goes through the loader's
 * limits and checks: the folder is the user's, but anything may land in
 * it. The version is the file's hash, so saving the same text again is
 * the same version, and anything else is a new one. */

#define NAME_MAX_LENGTH 80
#define SLUG_LENGTH     48
#define VERSION_LENGTH  12

static const char * const suffixes[] = {
  [CONCORD_LIBRARY_CLAUSE] = ".clause.mou",
  [CONCORD_LIBRARY_SECTION] = ".section.mou",
};

void
concord_library_entry_free (ConcordLibraryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->name);
  g_free (entry->title);
  g_free (entry->version);
  g_free (entry->text);
  g_free (entry->folded);
  g_free (entry->path);
  g_free (entry);
}

/**
 * concord_library_default_dir:
 *
 * Returns: (transfer full): the user's library folder, which need not
 *   exist yet
 */
char *
concord_library_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "concord", "library", NULL);
}

/* Lower-case letters, digits and inner hyphens: a name is a file name on
 * every system and never a path. */
gboolean
concord_library_is_name (const char *name)
{
  gsize length;

  if (name == NULL)
    return FALSE;
  length = strlen (name);
  if (length == 0 || length > NAME_MAX_LENGTH || name[0] == '-' || name[length - 1] == '-')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static gboolean
kind_of_file (const char         *file_name,
              ConcordLibraryKind *kind,
              char              **name)
{
  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    if (g_str_has_suffix (file_name, suffixes[k]))
      {
        *kind = k;
        *name = g_strndup (file_name, strlen (file_name) - strlen (suffixes[k]));
        return TRUE;
      }

  return FALSE;
}

static char *
entry_path (const char         *dir,
            const char         *name,
            ConcordLibraryKind  kind)
{
  g_autofree char *file_name = g_strconcat (name, suffixes[kind], NULL);

  return g_build_filename (dir, file_name, NULL);
}

/* An entry's version: the start of its file's SHA-256. */
static char *
version_of (GBytes *bytes)
{
  g_autofree char *hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  return g_strndup (hash, VERSION_LENGTH);
}

/* A file's modification time in nanoseconds. */
static gint64
stamp_of (const GStatBuf *info)
{
  return (gint64) info->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + info->st_mtim.tv_nsec;
}

/* The fragment in a file, checked for the shape its kind needs. */
static ConcordMemorandum *
load_fragment (const char          *path,
               ConcordLibraryKind   kind,
               GBytes             **bytes_out,
               GError             **error)
{
  g_autoptr(GBytes) bytes = concord_read_file (path, error);
  g_autofree char *display = NULL;
  g_autoptr(ConcordMemorandum) fragment = NULL;

  if (bytes == NULL)
    return NULL;
  display = g_filename_display_basename (path);
  fragment = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), display,
                                                error);
  if (fragment == NULL)
    return NULL;
  if (!concord_fragment_check_shape (fragment, kind == CONCORD_LIBRARY_SECTION, error))
    {
      g_prefix_error (error, "%s: ", display);
      return NULL;
    }
  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);

  return g_steal_pointer (&fragment);
}

/* What the entry says, heading and paragraphs, without the parties and
 * terms the fragment carries for its references. */
static char *
entry_text (ConcordMemorandum  *fragment,
            ConcordLibraryKind  kind)
{
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (fragment), 0);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *heading = concord_section_get_heading (section);

  if (kind == CONCORD_LIBRARY_SECTION && heading != NULL)
    g_string_append_printf (text, "%s\n\n", heading);
  for (guint i = 0; i < concord_section_get_n_clauses (section); i++)
    {
      ConcordClause *clause = concord_section_get_clause (section, i);
      GPtrArray *body = concord_clause_get_body (clause);

      if (concord_clause_get_heading (clause) != NULL)
        g_string_append_printf (text, "%s\n", concord_clause_get_heading (clause));
      for (guint b = 0; body != NULL && b < body->len; b++)
        {
          g_autofree char *block = concord_block_render (fragment, NULL, g_ptr_array_index (body, b));

          g_string_append_printf (text, "%s\n", block);
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static ConcordLibraryEntry *
load_entry (const char          *path,
            const char          *name,
            ConcordLibraryKind   kind,
            GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ConcordMemorandum) fragment = load_fragment (path, kind, &bytes, error);
  g_autoptr(ConcordLibraryEntry) entry = NULL;
  GStatBuf info;

  if (fragment == NULL)
    return NULL;

  entry = g_new0 (ConcordLibraryEntry, 1);
  entry->name = g_strdup (name);
  entry->kind = kind;
  entry->title = g_strdup (concord_memorandum_get_title (fragment) != NULL ? concord_memorandum_get_title (fragment)
                                                                          : name);
  entry->version = version_of (bytes);
  entry->text = entry_text (fragment, kind);
  {
    g_autofree char *haystack = g_strconcat (entry->title, "\n", entry->name, "\n", entry->text, NULL);

    entry->folded = g_utf8_casefold (haystack, -1);
  }
  entry->path = g_strdup (path);
  if (g_stat (path, &info) == 0)
    {
      entry->modified = stamp_of (&info);
      entry->size = info.st_size;
      entry->inode = info.st_ino;
    }

  return g_steal_pointer (&entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const ConcordLibraryEntry *x = *(ConcordLibraryEntry * const *) a;
  const ConcordLibraryEntry *y = *(ConcordLibraryEntry * const *) b;
  int by_title = g_utf8_collate (x->title, y->title);

  return by_title != 0 ? by_title : strcmp (x->name, y->name);
}

/**
 * concord_library_list:
 * @problems: (nullable) (element-type utf8): where to add a message for
 *   each file that is not a usable entry (the others are still listed)
 *
 * Returns: (transfer full) (element-type ConcordLibraryEntry): the
 *   entries by title; none when the folder does not exist yet; %NULL with
 *   @error set when it cannot be read
 */
GPtrArray *
concord_library_list (const char  *dir,
                      GPtrArray   *problems,
                      GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_library_entry_free);
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *file_name;

  g_return_val_if_fail (dir != NULL, NULL);

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&entries);
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("cannot read the library folder: %s"),
                   local_error->message);
      return NULL;
    }

  while ((file_name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) entry_error = NULL;
      ConcordLibraryKind kind;
      ConcordLibraryEntry *entry;

      if (!kind_of_file (file_name, &kind, &name))
        continue;
      path = g_build_filename (dir, file_name, NULL);
      entry = concord_library_is_name (name) ? load_entry (path, name, kind, &entry_error) : NULL;
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
      else if (problems != NULL)
        {
          g_autofree char *shown = g_filename_display_name (file_name);

          g_ptr_array_add (problems, entry_error != NULL ? g_strdup (entry_error->message)
                                                         : g_strdup_printf (_("%s: not a library entry name "
                                                                              "(lower-case letters, digits and "
                                                                              "hyphens)"), shown));
        }
    }
  g_ptr_array_sort (entries, compare_entries);

  return g_steal_pointer (&entries);
}

/**
 * concord_library_find:
 *
 * Returns: (transfer full) (nullable): the entry called @name, or %NULL
 *   with @error set (%CONCORD_ERROR_NOT_FOUND if there is none)
 */
ConcordLibraryEntry *
concord_library_find (const char  *dir,
                      const char  *name,
                      GError     **error)
{
  g_return_val_if_fail (dir != NULL, NULL);

  if (!concord_library_is_name (name))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("“%s” is not a library entry name (lower-case letters, digits and hyphens)"),
                   name != NULL ? name : "");
      return NULL;
    }
  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    {
      g_autofree char *path = entry_path (dir, name, k);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return load_entry (path, name, k, error);
    }
  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND, _("the library has no entry “%s”"), name);

  return NULL;
}

/* The first words of what a clause says, for one with no heading. */
static char *
clause_title (ConcordMemorandum *source,
              ConcordClause     *clause)
{
  const char *heading = concord_clause_get_heading (clause);
  char *opening;

  if (heading != NULL && *heading != '\0')
    return g_strdup (heading);
  opening = concord_blocks_opening (source, NULL, concord_clause_get_body (clause));

  return opening != NULL ? opening : g_strdup (_("Untitled clause"));
}

/* "Data sharing: roles" becomes "data-sharing-roles". */
static char *
slug_for (const char         *title,
          ConcordLibraryKind  kind)
{
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  g_autoptr(GString) slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && slug->len < SLUG_LENGTH; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, kind == CONCORD_LIBRARY_SECTION ? "section" : "clause");

  return g_string_free (g_steal_pointer (&slug), FALSE);
}

static gboolean
name_taken (const char *dir,
            const char *name)
{
  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    {
      g_autofree char *path = entry_path (dir, name, k);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

static gboolean
parse_source (const char  *library,
              char       **name,
              char       **version)
{
  g_auto(GStrv) parts = library != NULL ? g_strsplit (library, " ", 3) : NULL;

  if (parts == NULL || g_strv_length (parts) != 2 || !concord_library_is_name (parts[0]) ||
      strlen (parts[1]) != VERSION_LENGTH)
    return FALSE;
  *name = g_strdup (parts[0]);
  if (version != NULL)
    *version = g_strdup (parts[1]);

  return TRUE;
}

/* The mark a clause or section from the library carries. */
static const char *
mark_of (GObject *item)
{
  return CONCORD_IS_CLAUSE (item) ? concord_clause_get_library (CONCORD_CLAUSE (item))
                                  : concord_section_get_library (CONCORD_SECTION (item));
}

static void
set_mark (GObject    *item,
          const char *mark)
{
  if (CONCORD_IS_CLAUSE (item))
    concord_clause_set_library (CONCORD_CLAUSE (item), mark);
  else
    concord_section_set_library (CONCORD_SECTION (item), mark);
}

static ConcordLibraryKind
kind_of_item (GObject *item)
{
  return CONCORD_IS_SECTION (item) ? CONCORD_LIBRARY_SECTION : CONCORD_LIBRARY_CLAUSE;
}

/* Whether @item was inserted from the entry its mark names as that entry
 * is now: saving it again is then that entry's next version. A mark from
 * someone else's library, or from an older version, names an entry that
 * is not this clause's to overwrite. */
static gboolean
came_from_current (const char  *dir,
                   GObject     *item,
                   char       **name)
{
  g_autofree char *version = NULL;
  g_autofree char *path = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!parse_source (mark_of (item), name, &version))
    return FALSE;
  /* Only the version is compared: the file's hash, not its reading. */
  path = entry_path (dir, *name, kind_of_item (item));
  bytes = g_file_test (path, G_FILE_TEST_EXISTS) ? concord_read_file (path, NULL) : NULL;
  now = bytes != NULL ? version_of (bytes) : NULL;
  if (now == NULL || !g_str_equal (now, version))
    {
      g_clear_pointer (name, g_free);
      return FALSE;
    }

  return TRUE;
}

/**
 * concord_library_add:
 * @source: the memorandum that holds @item
 * @item: a #ConcordClause or #ConcordSection of @source
 * @name: (nullable): the entry to write; %NULL for the one a clause came
 *   from, or else a new one named after its heading
 *
 * Saves @item to the library. An entry of the same name becomes a new
 * version; one of the other kind is refused.
 *
 * Returns: (transfer full) (nullable): the entry as saved, or %NULL with
 *   @error set
 */
ConcordLibraryEntry *
concord_library_add (const char         *dir,
                     ConcordMemorandum  *source,
                     GObject            *item,
                     const char         *name,
                     GError            **error)
{
  ConcordLibraryKind kind = kind_of_item (item);
  g_autofree char *title = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autoptr(ConcordMemorandum) fragment = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (source), NULL);
  g_return_val_if_fail (CONCORD_IS_CLAUSE (item) || CONCORD_IS_SECTION (item), NULL);

  if (kind == CONCORD_LIBRARY_SECTION)
    {
      const char *heading = concord_section_get_heading (CONCORD_SECTION (item));

      title = g_strdup (heading != NULL && *heading != '\0' ? heading : _("Untitled section"));
    }
  else
    title = clause_title (source, CONCORD_CLAUSE (item));

  fragment = concord_fragment_extract (source, item, title);
  bytes = concord_memorandum_serialize (fragment);
  if (name != NULL)
    {
      if (!concord_library_is_name (name))
        {
          g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                       _("“%s” is not a library entry name (lower-case letters, digits and hyphens)"), name);
          return NULL;
        }
      chosen = g_strdup (name);
    }
  else if (came_from_current (dir, item, &chosen))
    ;
  else
    {
      g_autofree char *slug = slug_for (title, kind);

      /* The same text saved again is the entry it already is. */
      chosen = g_strdup (slug);
      for (guint n = 2; name_taken (dir, chosen); n++)
        {
          g_autofree char *taken = entry_path (dir, chosen, kind);
          g_autoptr(GBytes) there = g_file_test (taken, G_FILE_TEST_IS_REGULAR) ? concord_read_file (taken, NULL)
                                                                                : NULL;

          if (there != NULL && g_bytes_equal (there, bytes))
            return load_entry (taken, chosen, kind, error);
          g_free (chosen);
          chosen = g_strdup_printf ("%s-%u", slug, n);
        }
    }

  other = entry_path (dir, chosen, kind == CONCORD_LIBRARY_CLAUSE ? CONCORD_LIBRARY_SECTION : CONCORD_LIBRARY_CLAUSE);
  if (g_file_test (other, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   kind == CONCORD_LIBRARY_CLAUSE ? _("the library’s “%s” is a section, not a clause")
                                                  : _("the library’s “%s” is a clause, not a section"),
                   chosen);
      return NULL;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("cannot make the library folder %s: %s"), dir,
                   g_strerror (saved_errno));
      return NULL;
    }
  path = entry_path (dir, chosen, kind);
  if (!concord_file_replace_atomic (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;

  return load_entry (path, chosen, kind, error);
}

/* Every word of @query, folded, somewhere in the title or the text. */
gboolean
concord_library_entry_matches (const ConcordLibraryEntry *entry,
                               const char                *query)
{
  g_autofree char *haystack = NULL;
  g_autofree char *own = NULL;
  const char *folded;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (entry != NULL, FALSE);

  if (query == NULL || *query == '\0')
    return TRUE;
  folded = entry->folded;
  if (folded == NULL)
    {
      haystack = g_strconcat (entry->title, "\n", entry->name, "\n", entry->text, NULL);
      folded = own = g_utf8_casefold (haystack, -1);
    }
  words = g_strsplit_set (query, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_casefold (words[i], -1);

      if (*word != '\0' && strstr (folded, word) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * concord_library_copy_for:
 * @target: the memorandum the copy goes into
 *
 * A copy of the entry as it is now, ready to insert into @target (see
 * concord_fragment_adopt()), which remembers the entry and version.
 *
 * Returns: (transfer full) (nullable): a #ConcordClause or
 *   #ConcordSection, or %NULL with @error set
 */
GObject *
concord_library_copy_for (const ConcordLibraryEntry  *entry,
                          ConcordMemorandum          *target,
                          GError                    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ConcordMemorandum) fragment = NULL;
  GObject *copy;

  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (target), NULL);

  fragment = load_fragment (entry->path, entry->kind, &bytes, error);
  if (fragment == NULL)
    return NULL;
  copy = concord_fragment_adopt (fragment, entry->kind == CONCORD_LIBRARY_SECTION, target, error);
  if (copy != NULL)
    {
      /* The version read now: the file may have changed since listing. */
      g_autofree char *version = version_of (bytes);
      g_autofree char *source = g_strdup_printf ("%s %s", entry->name, version);

      set_mark (copy, source);
    }

  return copy;
}

/* Whether @path is still the file @entry was read from, by inode, size
 * and modification time, so that an entry need not be read again. */
static gboolean
still_the_file (const ConcordLibraryEntry *entry,
                const char                *path,
                const GStatBuf            *info)
{
  return entry != NULL && g_strcmp0 (entry->path, path) == 0 && entry->inode == (guint64) info->st_ino &&
         entry->size == (gint64) info->st_size && entry->modified == stamp_of (info);
}

/**
 * concord_library_check:
 * @item: a #ConcordClause or #ConcordSection
 * @entry: (inout) (optional) (transfer full) (nullable): on the way in, an
 *   entry an earlier check gave, or %NULL; it is kept when its file has
 *   not changed since, so a pane that checks on every change reads the
 *   file once. On the way out, the entry @item came from, when the
 *   library still has it
 * @error: why the entry cannot be read, for %CONCORD_LIBRARY_BROKEN
 *
 * Returns: whether @item came from the library and whether the entry
 *   has changed since
 */
ConcordLibraryState
concord_library_check (const char           *dir,
                       GObject              *item,
                       ConcordLibraryEntry **entry,
                       GError              **error)
{
  g_autofree char *name = NULL;
  g_autofree char *version = NULL;
  g_autoptr(ConcordLibraryEntry) known = NULL;
  g_autoptr(ConcordLibraryEntry) found = NULL;
  g_autofree char *path = NULL;
  ConcordLibraryKind kind;
  ConcordLibraryState state;
  GStatBuf info;

  g_return_val_if_fail (dir != NULL, CONCORD_LIBRARY_NOT_FROM);
  g_return_val_if_fail (CONCORD_IS_CLAUSE (item) || CONCORD_IS_SECTION (item), CONCORD_LIBRARY_NOT_FROM);

  if (entry != NULL)
    known = g_steal_pointer (entry);
  if (!parse_source (mark_of (item), &name, &version))
    return CONCORD_LIBRARY_NOT_FROM;
  kind = kind_of_item (item);
  path = entry_path (dir, name, kind);
  if (g_stat (path, &info) != 0)
    {
      if (errno == ENOENT)
        return CONCORD_LIBRARY_GONE;
      g_clear_pointer (&known, concord_library_entry_free);
    }
  if (known != NULL && known->kind == kind && still_the_file (known, path, &info))
    found = g_steal_pointer (&known);
  else
    found = load_entry (path, name, kind, error);
  if (found == NULL)
    return CONCORD_LIBRARY_BROKEN;

  state = g_str_equal (found->version, version) ? CONCORD_LIBRARY_CURRENT : CONCORD_LIBRARY_MOVED_ON;
  if (entry != NULL)
    *entry = g_steal_pointer (&found);

  return state;
}

/* The words of @fresh in @mine; where it sits, its number and its kind's
 * parties stay the drafter's. */
static void
take_words (ConcordClause *mine,
            ConcordClause *fresh)
{
  concord_clause_set_heading (mine, concord_clause_get_heading (fresh));
  concord_clause_set_body (mine, concord_clause_get_body (fresh));
  concord_clause_set_translated_heading (mine, concord_clause_get_translated_heading (fresh));
  concord_clause_set_translated_body (mine, concord_clause_get_translated_body (fresh));
}

/* A section's heading from @fresh, and its clauses by place: the first
 * clause takes the first clause's words and so on, clauses the entry has
 * gained are added and those it has lost removed, so the compare window
 * shows each change against the clause it changes. */
static void
take_section (ConcordSection *mine,
              ConcordSection *fresh)
{
  guint n_mine = concord_section_get_n_clauses (mine);
  guint n_fresh = concord_section_get_n_clauses (fresh);

  concord_section_set_heading (mine, concord_section_get_heading (fresh));
  concord_section_set_translated_heading (mine, concord_section_get_translated_heading (fresh));
  for (guint i = 0; i < MIN (n_mine, n_fresh); i++)
    take_words (concord_section_get_clause (mine, i), concord_section_get_clause (fresh, i));
  for (guint i = n_mine; i < n_fresh; i++)
    concord_section_append_clause (mine, concord_section_get_clause (fresh, i));
  for (guint i = n_mine; i > n_fresh; i--)
    concord_section_remove_clause (mine, i - 1);
}

/**
 * concord_library_updated_copy:
 * @item: a clause or section of @memorandum that came from @entry
 *
 * A copy of @memorandum whose @item says what the entry says now, for
 * the compare window to show and apply as changes.
 *
 * Returns: (transfer full) (nullable): the copy, or %NULL with @error set
 */
ConcordMemorandum *
concord_library_updated_copy (ConcordMemorandum          *memorandum,
                              GObject                    *item,
                              const ConcordLibraryEntry  *entry,
                              GError                    **error)
{
  g_autoptr(ConcordMemorandum) copy = NULL;
  g_autoptr(GObject) fresh = NULL;
  GObject *mine;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);
  g_return_val_if_fail (CONCORD_IS_CLAUSE (item) || CONCORD_IS_SECTION (item), NULL);
  g_return_val_if_fail (entry != NULL && entry->kind == kind_of_item (item), NULL);

  copy = concord_memorandum_copy (memorandum);
  if (CONCORD_IS_CLAUSE (item))
    mine = (GObject *) concord_memorandum_find_clause (copy, concord_clause_get_id (CONCORD_CLAUSE (item)), NULL,
                                                       NULL);
  else
    mine = (GObject *) concord_memorandum_find_section (copy, concord_section_get_id (CONCORD_SECTION (item)));
  if (mine == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   CONCORD_IS_CLAUSE (item) ? _("the clause is no longer in the memorandum")
                                            : _("the section is no longer in the memorandum"));
      return NULL;
    }
  fresh = concord_library_copy_for (entry, copy, error);
  if (fresh == NULL)
    return NULL;

  if (CONCORD_IS_CLAUSE (mine))
    take_words (CONCORD_CLAUSE (mine), CONCORD_CLAUSE (fresh));
  else
    take_section (CONCORD_SECTION (mine), CONCORD_SECTION (fresh));
  set_mark (mine, mark_of (fresh));

  return g_steal_pointer (&copy);
}
