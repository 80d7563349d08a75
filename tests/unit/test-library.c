/* test-library.c: the clause library's folder, versions and copies.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-core.h"

static char *
published (const char *name)
{
  return g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);
}

static ConcordMemorandum *
load_published (const char *name)
{
  g_autofree char *path = published (name);
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_file (path, &error);

  g_assert_no_error (error);

  return m;
}

static char *
new_dir (void)
{
  g_autofree char *top = g_dir_make_tmp ("concord-library-XXXXXX", NULL);

  /* The folder itself does not exist until the first save. */
  return g_build_filename (top, "library", NULL);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autofree char *top = g_path_get_dirname (dir);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_rmdir (dir);
  g_assert_cmpint (g_rmdir (top), ==, 0);
}

static void
test_names (void)
{
  const char *good[] = { "a", "roles-of-the-parties", "x1-2", NULL };
  const char *bad[] = { "", "-a", "a-", "A", "a b", "a/b", "..", "a.b", "é", NULL };
  g_autofree char *long_name = g_strnfill (81, 'a');

  for (guint i = 0; good[i] != NULL; i++)
    g_assert_true (concord_library_is_name (good[i]));
  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_false (concord_library_is_name (bad[i]));
  g_assert_false (concord_library_is_name (long_name));
  g_assert_false (concord_library_is_name (NULL));
}

/* An empty folder lists nothing; a clause and a section saved come back
 * by title, with their kind, a 12-digit version and their words. */
static void
test_add_and_list (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(ConcordMemorandum) m = load_published ("office-holders.mou");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) empty = concord_library_list (dir, NULL, &error);
  g_autoptr(ConcordLibraryEntry) clause = NULL;
  g_autoptr(ConcordLibraryEntry) section = NULL;
  g_autoptr(ConcordLibraryEntry) again = NULL;
  g_autoptr(ConcordLibraryEntry) found = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 0);

  clause = concord_library_add (dir, m, G_OBJECT (concord_memorandum_find_clause (m, "c-treasurer", NULL, NULL)),
                                NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (clause->name, ==, "the-treasurer");
  g_assert_cmpstr (clause->title, ==, "The Treasurer");
  g_assert_cmpuint (strlen (clause->version), ==, 12);
  /* The party reference prints as the memorandum named it. */
  g_assert_nonnull (strstr (clause->text, "The Treasurer is responsible for:"));
  section = concord_library_add (dir, m, G_OBJECT (concord_memorandum_find_section (m, "s-roles")), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (section->kind, ==, CONCORD_LIBRARY_SECTION);

  /* The same words again: the same entry, the same version. */
  again = concord_library_add (dir, m, G_OBJECT (concord_memorandum_find_clause (m, "c-treasurer", NULL, NULL)),
                               NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->name, ==, clause->name);
  g_assert_cmpstr (again->version, ==, clause->version);

  entries = concord_library_list (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  found = concord_library_find (dir, "the-treasurer", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->version, ==, clause->version);
  g_assert_null (concord_library_find (dir, "nothing-here", &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (concord_library_find (dir, "../etc/passwd", &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A clause may not take a section's name, nor a bad one. */
  g_assert_null (concord_library_add (dir, m, G_OBJECT (concord_memorandum_find_clause (m, "c-minister", NULL, NULL)),
                                      section->name, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  g_clear_error (&error);
  g_assert_null (concord_library_add (dir, m, G_OBJECT (concord_memorandum_find_clause (m, "c-minister", NULL, NULL)),
                                      "../up", &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  remove_dir (dir);
}

static void
test_search (void)
{
  ConcordLibraryEntry entry = {
    .name = (char *) "data-breaches", .title = (char *) "Data breaches",
    .text = (char *) "Each party will tell the other of a breach within 24 hours.",
  };

  g_assert_true (concord_library_entry_matches (&entry, NULL));
  g_assert_true (concord_library_entry_matches (&entry, ""));
  g_assert_true (concord_library_entry_matches (&entry, "BREACH hours"));
  g_assert_true (concord_library_entry_matches (&entry, "  data  "));
  g_assert_false (concord_library_entry_matches (&entry, "breach days"));
}

/* A copy for another memorandum: ids free there, a party it lacks left
 * out of who does what and written out in the text; a party it has kept. */
static void
test_copy_for_other_memorandum (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(ConcordMemorandum) source = load_published ("office-holders.mou");
  g_autoptr(ConcordMemorandum) target = load_published ("framework.mou");
  g_autoptr(ConcordMemorandum) same = load_published ("office-holders.mou");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordLibraryEntry) entry = NULL;
  g_autoptr(GObject) into_other = NULL;
  g_autoptr(GObject) into_same = NULL;
  g_autoptr(GObject) section_copy = NULL;
  g_autoptr(ConcordLibraryEntry) section = NULL;
  g_autofree char *expected_source = NULL;
  g_autofree char *text = NULL;
  GPtrArray *body;

  entry = concord_library_add (dir, source, G_OBJECT (concord_memorandum_find_clause (source, "c-treasurer", NULL,
                                                                                      NULL)),
                               NULL, &error);
  g_assert_no_error (error);
  expected_source = g_strdup_printf ("%s %s", entry->name, entry->version);

  into_other = concord_library_copy_for (entry, target, &error);
  g_assert_no_error (error);
  g_assert_true (CONCORD_IS_CLAUSE (into_other));
  g_assert_null (concord_clause_get_owner (CONCORD_CLAUSE (into_other)));
  g_assert_cmpstr (concord_clause_get_library (CONCORD_CLAUSE (into_other)), ==, expected_source);
  body = concord_clause_get_body (CONCORD_CLAUSE (into_other));
  for (guint r = 0; r < concord_block_get_n_runs (g_ptr_array_index (body, 0)); r++)
    g_assert_cmpint (concord_block_get_run (g_ptr_array_index (body, 0), r)->kind, !=, CONCORD_RUN_PARTY);
  text = concord_block_render (target, NULL, g_ptr_array_index (body, 0));
  g_assert_nonnull (strstr (text, "Treasurer is responsible for"));

  /* Into the memorandum it came from: the party stays, the id is new. */
  into_same = concord_library_copy_for (entry, same, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_clause_get_owner (CONCORD_CLAUSE (into_same)), ==, "treasurer");
  g_assert_cmpstr (concord_clause_get_id (CONCORD_CLAUSE (into_same)), !=, "c-treasurer");
  g_assert_false (concord_memorandum_has_id (same, concord_clause_get_id (CONCORD_CLAUSE (into_same))));

  /* A section, with fixed numbers dropped (they were the source's) and
   * every clause id free in the target. */
  section = concord_library_add (dir, source, G_OBJECT (concord_memorandum_find_section (source, "s-roles")), NULL,
                                 &error);
  g_assert_no_error (error);
  section_copy = concord_library_copy_for (section, same, &error);
  g_assert_no_error (error);
  g_assert_true (CONCORD_IS_SECTION (section_copy));
  g_assert_cmpuint (concord_section_get_n_clauses (CONCORD_SECTION (section_copy)), ==,
                    concord_section_get_n_clauses (concord_memorandum_find_section (source, "s-roles")));
  for (guint i = 0; i < concord_section_get_n_clauses (CONCORD_SECTION (section_copy)); i++)
    {
      ConcordClause *clause = concord_section_get_clause (CONCORD_SECTION (section_copy), i);

      g_assert_false (concord_memorandum_has_id (same, concord_clause_get_id (clause)));
      g_assert_null (concord_clause_get_number (clause));
    }

  remove_dir (dir);
}

/* Where an inserted clause stands: current, moved on once the entry has
 * other words, gone once it is deleted; and the compare copy changes only
 * that clause. */
static void
test_check_and_updated_copy (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(ConcordMemorandum) source = load_published ("office-holders.mou");
  g_autoptr(ConcordMemorandum) doc = load_published ("local-boards.mou");
  ConcordClause *original = concord_memorandum_find_clause (source, "c-treasurer", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordLibraryEntry) entry = NULL;
  g_autoptr(ConcordLibraryEntry) newer = NULL;
  g_autoptr(ConcordLibraryEntry) seen = NULL;
  g_autoptr(GObject) copy = NULL;
  g_autoptr(ConcordSection) last = NULL;
  g_autoptr(ConcordMemorandum) updated = NULL;
  g_autoptr(ConcordDiff) diff = NULL;
  ConcordClause *inserted;

  g_assert_cmpint (concord_library_check (dir, G_OBJECT (original), NULL, NULL), ==, CONCORD_LIBRARY_NOT_FROM);
  entry = concord_library_add (dir, source, G_OBJECT (original), "treasurer", &error);
  g_assert_no_error (error);
  copy = concord_library_copy_for (entry, doc, &error);
  g_assert_no_error (error);
  last = g_list_model_get_item (concord_memorandum_get_sections (doc),
                                g_list_model_get_n_items (concord_memorandum_get_sections (doc)) - 1);
  concord_section_append_clause (last, CONCORD_CLAUSE (copy));
  inserted = CONCORD_CLAUSE (copy);
  g_assert_cmpint (concord_library_check (dir, G_OBJECT (inserted), &seen, NULL), ==, CONCORD_LIBRARY_CURRENT);
  g_assert_cmpstr (seen->version, ==, entry->version);
  g_clear_pointer (&seen, concord_library_entry_free);

  concord_clause_set_heading (original, "The Treasurer, reworded");
  newer = concord_library_add (dir, source, G_OBJECT (original), "treasurer", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (newer->version, !=, entry->version);
  g_assert_cmpint (concord_library_check (dir, G_OBJECT (inserted), &seen, NULL), ==, CONCORD_LIBRARY_MOVED_ON);

  updated = concord_library_updated_copy (doc, G_OBJECT (inserted), seen, &error);
  g_assert_no_error (error);
  diff = concord_diff_new (doc, updated);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
  g_assert_cmpstr (concord_diff_change_get_id (concord_diff_get_change (diff, 0)), ==,
                   concord_clause_get_id (inserted));
  {
    ConcordClause *after = concord_memorandum_find_clause (updated, concord_clause_get_id (inserted), NULL, NULL);
    g_autofree char *now = g_strdup_printf ("treasurer %s", newer->version);

    g_assert_cmpstr (concord_clause_get_heading (after), ==, "The Treasurer, reworded");
    g_assert_cmpstr (concord_clause_get_library (after), ==, now);
  }

  /* Spoilt, the entry is named as unreadable, with the reason. */
  g_assert_true (g_file_set_contents (newer->path, "<memorandum", -1, NULL));
  g_assert_cmpint (concord_library_check (dir, G_OBJECT (inserted), NULL, &error), ==, CONCORD_LIBRARY_BROKEN);
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (newer->path), ==, 0);
  g_assert_cmpint (concord_library_check (dir, G_OBJECT (inserted), NULL, NULL), ==, CONCORD_LIBRARY_GONE);
  /* A library attribute that is not NAME VERSION is no source at all. */
  concord_clause_set_library (inserted, "treasurer");
  g_assert_cmpint (concord_library_check (dir, G_OBJECT (inserted), NULL, NULL), ==, CONCORD_LIBRARY_NOT_FROM);
  concord_clause_set_library (inserted, "../x 0123456789ab");
  g_assert_cmpint (concord_library_check (dir, G_OBJECT (inserted), NULL, NULL), ==, CONCORD_LIBRARY_NOT_FROM);

  remove_dir (dir);
}

/* A whole section from the library is marked as a clause is: current,
 * then moved on; its compare copy takes the entry's heading and clauses by
 * place, adds the clauses the entry gained and drops those it lost; saving
 * it again updates the same entry; and the mark survives a save. */
static void
test_section_check_and_updated_copy (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(ConcordMemorandum) source = load_published ("office-holders.mou");
  g_autoptr(ConcordMemorandum) doc = load_published ("local-boards.mou");
  ConcordSection *original = concord_memorandum_find_section (source, "s-roles");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordLibraryEntry) entry = NULL;
  g_autoptr(ConcordLibraryEntry) newer = NULL;
  g_autoptr(ConcordLibraryEntry) seen = NULL;
  g_autoptr(ConcordLibraryEntry) again = NULL;
  g_autoptr(GObject) copy = NULL;
  g_autoptr(ConcordMemorandum) updated = NULL;
  g_autoptr(ConcordMemorandum) shorter = NULL;
  g_autoptr(ConcordMemorandum) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *mark = NULL;
  ConcordSection *inserted;
  ConcordSection *after;
  const ConcordLibraryEntry *kept;

  entry = concord_library_add (dir, source, G_OBJECT (original), "roles", &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry->kind, ==, CONCORD_LIBRARY_SECTION);
  copy = concord_library_copy_for (entry, doc, &error);
  g_assert_no_error (error);
  g_assert_true (CONCORD_IS_SECTION (copy));
  inserted = CONCORD_SECTION (copy);
  mark = g_strdup_printf ("roles %s", entry->version);
  g_assert_cmpstr (concord_section_get_library (inserted), ==, mark);
  /* The clauses inside carry no marks of their own: the section speaks for them. */
  for (guint i = 0; i < concord_section_get_n_clauses (inserted); i++)
    g_assert_null (concord_clause_get_library (concord_section_get_clause (inserted, i)));
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (doc)), inserted);
  g_assert_cmpuint (concord_section_get_n_clauses (inserted), ==, 3);

  g_assert_cmpint (concord_library_check (dir, copy, &seen, NULL), ==, CONCORD_LIBRARY_CURRENT);
  g_assert_cmpstr (seen->version, ==, entry->version);
  /* Checked again with the file unchanged, the entry is kept, not read again. */
  kept = seen;
  g_assert_cmpint (concord_library_check (dir, copy, &seen, NULL), ==, CONCORD_LIBRARY_CURRENT);
  g_assert_true (seen == kept);

  /* The mark is kept in the file and is valid there. */
  bytes = concord_memorandum_serialize (doc);
  reloaded = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "doc",
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_section_get_library (concord_memorandum_find_section (reloaded,
                                                                               concord_section_get_id (inserted))),
                   ==, mark);

  /* The entry gains a clause and a new heading: the section has moved on,
   * and the cached entry gives way to the new file. */
  concord_section_set_heading (original, "Who does what");
  concord_clause_set_heading (concord_section_get_clause (original, 0), "The Treasurer, reworded");
  {
    g_autoptr(ConcordClause) extra = concord_clause_new ("c-extra");

    concord_clause_set_heading (extra, "Shared duties");
    concord_section_append_clause (original, extra);
  }
  newer = concord_library_add (dir, source, G_OBJECT (original), "roles", &error);
  g_assert_no_error (error);
  g_assert_cmpint (concord_library_check (dir, copy, &seen, NULL), ==, CONCORD_LIBRARY_MOVED_ON);
  g_assert_cmpstr (seen->version, ==, newer->version);

  updated = concord_library_updated_copy (doc, copy, seen, &error);
  g_assert_no_error (error);
  after = concord_memorandum_find_section (updated, concord_section_get_id (inserted));
  g_assert_nonnull (after);
  g_assert_cmpstr (concord_section_get_heading (after), ==, "Who does what");
  g_assert_cmpuint (concord_section_get_n_clauses (after), ==, 4);
  /* The first clause keeps its id and place and takes the new words. */
  g_assert_cmpstr (concord_clause_get_id (concord_section_get_clause (after, 0)), ==,
                   concord_clause_get_id (concord_section_get_clause (inserted, 0)));
  g_assert_cmpstr (concord_clause_get_heading (concord_section_get_clause (after, 0)), ==,
                   "The Treasurer, reworded");
  g_assert_cmpstr (concord_clause_get_heading (concord_section_get_clause (after, 3)), ==, "Shared duties");
  g_assert_null (concord_memorandum_find_clause (doc, concord_clause_get_id (concord_section_get_clause (after, 3)),
                                                 NULL, NULL));
  {
    g_autofree char *now = g_strdup_printf ("roles %s", newer->version);

    g_assert_cmpstr (concord_section_get_library (after), ==, now);
  }
  {
    g_autoptr(ConcordDiff) diff = concord_diff_new (doc, updated);
    gboolean added = FALSE;
    gboolean changed_first = FALSE;

    for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
      {
        const ConcordDiffChange *change = concord_diff_get_change (diff, i);

        if (concord_diff_change_get_kind (change) == CONCORD_DIFF_ADDED)
          added = TRUE;
        if (g_strcmp0 (concord_diff_change_get_id (change),
                       concord_clause_get_id (concord_section_get_clause (inserted, 0))) == 0)
          changed_first = TRUE;
      }
    g_assert_true (added);
    g_assert_true (changed_first);
  }

  /* An entry that lost clauses: the copy drops the ones past its end. */
  concord_section_remove_clause (original, 3);
  concord_section_remove_clause (original, 2);
  concord_section_remove_clause (original, 1);
  g_clear_pointer (&newer, concord_library_entry_free);
  newer = concord_library_add (dir, source, G_OBJECT (original), "roles", &error);
  g_assert_no_error (error);
  g_assert_cmpint (concord_library_check (dir, copy, &seen, NULL), ==, CONCORD_LIBRARY_MOVED_ON);
  shorter = concord_library_updated_copy (doc, copy, seen, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (concord_section_get_n_clauses (concord_memorandum_find_section (shorter,
                                                                                  concord_section_get_id (inserted))),
                    ==, 1);

  /* Saved from the memorandum while current, the section goes back as the
   * entry's next version, under the same name. */
  {
    g_autofree char *current = g_strdup_printf ("roles %s", newer->version);

    concord_section_set_library (inserted, current);
  }
  concord_section_set_heading (inserted, "Roles, as we changed them");
  again = concord_library_add (dir, doc, copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->name, ==, "roles");
  g_assert_cmpstr (again->title, ==, "Roles, as we changed them");

  /* A section's mark that names a clause entry finds no section there. */
  {
    g_autoptr(ConcordLibraryEntry) clause_entry =
      concord_library_add (dir, source, G_OBJECT (concord_section_get_clause (original, 0)), "treasurer", &error);

    g_assert_no_error (error);
    concord_section_set_library (inserted, "treasurer 0123456789ab");
    g_assert_cmpint (concord_library_check (dir, copy, NULL, NULL), ==, CONCORD_LIBRARY_GONE);
  }

  remove_dir (dir);
}

/* The drafters' notes and the negotiation's comments stay behind; a mark
 * from someone else's library (or an older version) never overwrites the
 * entry it names. */
static void
test_private_and_foreign (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(ConcordMemorandum) m = load_published ("office-holders.mou");
  ConcordClause *clause = concord_memorandum_find_clause (m, "c-treasurer", NULL, NULL);
  ConcordClause *other = concord_memorandum_find_clause (m, "c-minister", NULL, NULL);
  const char *notes[] = { "Ask counsel", NULL };
  g_autoptr(ConcordComments) comments = concord_comments_add_thread (NULL, "k1", "Ana", "2026-12-04T10:00:00Z",
                                                                     "Private talk");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordLibraryEntry) entry = NULL;
  g_autoptr(ConcordLibraryEntry) second = NULL;
  g_autoptr(ConcordLibraryEntry) again = NULL;
  g_autoptr(GObject) copy = NULL;
  g_autoptr(GBytes) file = NULL;
  g_autofree char *mark = NULL;

  concord_clause_set_notes (clause, notes);
  concord_clause_set_comments (clause, comments);
  entry = concord_library_add (dir, m, G_OBJECT (clause), "treasurer", &error);
  g_assert_no_error (error);
  file = concord_read_file (entry->path, &error);
  g_assert_no_error (error);
  g_assert_null (g_strstr_len (g_bytes_get_data (file, NULL), g_bytes_get_size (file), "Private talk"));
  g_assert_null (g_strstr_len (g_bytes_get_data (file, NULL), g_bytes_get_size (file), "Ask counsel"));
  copy = concord_library_copy_for (entry, m, &error);
  g_assert_no_error (error);
  g_assert_null (concord_clause_get_comments (CONCORD_CLAUSE (copy)));
  g_assert_null (concord_clause_get_notes (CONCORD_CLAUSE (copy)));

  /* Another clause marked as if from "treasurer" at another version. */
  concord_clause_set_library (other, "treasurer 0123456789ab");
  second = concord_library_add (dir, m, G_OBJECT (other), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second->name, !=, "treasurer");
  again = concord_library_find (dir, "treasurer", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->version, ==, entry->version);
  /* Marked with the entry as it is now, it is that entry's next version. */
  mark = g_strdup_printf ("treasurer %s", entry->version);
  concord_clause_set_library (other, mark);
  g_clear_pointer (&second, concord_library_entry_free);
  second = concord_library_add (dir, m, G_OBJECT (other), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second->name, ==, "treasurer");
  g_assert_cmpstr (second->version, !=, entry->version);

  remove_dir (dir);
}

/* The library attribute goes through save and load, and the schema
 * refuses one that is not NAME VERSION. */
static void
test_round_trip (void)
{
  g_autoptr(ConcordMemorandum) m = load_published ("office-holders.mou");
  ConcordClause *clause = concord_memorandum_find_clause (m, "c-minister", NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ConcordMemorandum) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = NULL;
  const char *data;

  concord_clause_set_library (clause, "minister-role 0123456789ab");
  bytes = concord_memorandum_serialize (m);
  data = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (data, " library=\"minister-role 0123456789ab\""));
  back = concord_memorandum_load_from_data (data, g_bytes_get_size (bytes), "back", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_clause_get_library (concord_memorandum_find_clause (back, "c-minister", NULL, NULL)), ==,
                   "minister-role 0123456789ab");

  {
    g_autofree char *copy = g_strndup (data, g_bytes_get_size (bytes));
    g_auto(GStrv) parts = g_strsplit (copy, "minister-role 0123456789ab", 2);

    bad = g_strjoinv ("Minister Role", parts);
  }
  g_assert_null (concord_memorandum_load_from_data (bad, strlen (bad), "bad", &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
}

/* Every file in the folder goes through the loader: a broken, a huge or
 * a misshapen one is reported and the rest still listed. */
static void
test_hostile_folder (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(ConcordMemorandum) m = load_published ("framework.mou");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordLibraryEntry) good = NULL;
  g_autoptr(ConcordLibraryEntry) roles = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *huge_path = g_build_filename (dir, "huge.clause.mou", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.section.mou", NULL);
  g_autofree char *renamed = g_build_filename (dir, "wrong-kind.clause.mou", NULL);
  g_autofree char *huge = g_strnfill (17 * 1024 * 1024, ' ');
  g_autoptr(ConcordSection) first = g_list_model_get_item (concord_memorandum_get_sections (m), 0);

  good = concord_library_add (dir, m, G_OBJECT (concord_section_get_clause (first, 0)), "good", &error);
  g_assert_no_error (error);
  roles = concord_library_add (dir, m, G_OBJECT (first), "a-section", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (roles->path, renamed), ==, 0);
  g_assert_true (g_file_set_contents (huge_path, huge, -1, NULL));
  g_assert_true (g_file_set_contents (broken_path, "<memorandum xmlns=\"urn:concord:mou:1\"", -1, NULL));

  entries = concord_library_list (dir, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((ConcordLibraryEntry *) g_ptr_array_index (entries, 0))->name, ==, "good");
  g_assert_cmpuint (problems->len, ==, concord_section_get_n_clauses (first) == 1 ? 2 : 3);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/library/names", test_names);
  g_test_add_func ("/core/library/add-and-list", test_add_and_list);
  g_test_add_func ("/core/library/search", test_search);
  g_test_add_func ("/core/library/copy-for-other-memorandum", test_copy_for_other_memorandum);
  g_test_add_func ("/core/library/check-and-updated-copy", test_check_and_updated_copy);
  g_test_add_func ("/core/library/section-check-and-updated-copy", test_section_check_and_updated_copy);
  g_test_add_func ("/core/library/private-and-foreign", test_private_and_foreign);
  g_test_add_func ("/core/library/round-trip", test_round_trip);
  g_test_add_func ("/core/library/hostile-folder", test_hostile_folder);

  return g_test_run ();
}
