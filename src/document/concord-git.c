/* concord-git.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-git"

#include "config.h"

#include <glib/gi18n.h>
#include <git2.h>
#include <stdlib.h>

#include "concord-git.h"

/* The history of one memorandum in the git repository that holds it,
 * read with libgit2: the commits that changed the file, and the file as
 * one of them left it. */

typedef struct
{
  git_repository *repo;
  /* The file's path inside the repository, with '/' between folders. */
  char           *path;
} Location;

static void
location_clear (Location *location)
{
  g_clear_pointer (&location->repo, git_repository_free);
  g_clear_pointer (&location->path, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Location, location_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_commit, git_commit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tree, git_tree_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tree_entry, git_tree_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_revwalk, git_revwalk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_blob, git_blob_free)

void
concord_revision_free (ConcordRevision *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->short_id);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->author);
  g_free (self->summary);
  g_free (self);
}

static void
ensure_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      git_libgit2_init ();
      g_once_init_leave (&done, 1);
    }
}

/* Sets the error from libgit2's last one; returns NULL for the caller to. */
static gpointer
git_failed (GError     **error,
            const char  *what)
{
  const git_error *e = git_error_last ();

  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, "%s: %s", what,
               e != NULL && e->message != NULL ? e->message : _("unknown error"));

  return NULL;
}

/* Finds the repository from the file's folder, and the file in it. */
static gboolean
locate (GFile     *file,
        Location  *location,
        GError   **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *real = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *workdir = NULL;
  const char *top;

  ensure_init ();
  if (path == NULL || (real = realpath (path, NULL)) == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("“%s” has not been saved, so it has no history"), name);
      return FALSE;
    }

  folder = g_path_get_dirname (real);
  if (git_repository_open_ext (&location->repo, folder, 0, NULL) != 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("“%s” is not in a git repository"), name);
      return FALSE;
    }

  top = git_repository_workdir (location->repo);
  workdir = top != NULL ? realpath (top, NULL) : NULL;
  if (workdir == NULL || !g_str_has_prefix (real, workdir) || real[strlen (workdir)] != '/')
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("“%s” is not in the working folder of its git repository"), name);
      return FALSE;
    }
  location->path = g_strdup (real + strlen (workdir) + 1);

  return TRUE;
}

/* The blob id of the file in a commit; FALSE when the commit lacks it. */
static gboolean
entry_id (git_commit *commit,
          const char *path,
          git_oid    *id)
{
  g_autoptr(git_tree) tree = NULL;
  g_autoptr(git_tree_entry) entry = NULL;

  if (git_commit_tree (&tree, commit) != 0 || git_tree_entry_bypath (&entry, tree, path) != 0)
    return FALSE;

  git_oid_cpy (id, git_tree_entry_id (entry));

  return TRUE;
}

/* Whether the commit changed the file: it differs from every parent (a
 * merge that took one side's version unchanged did not change it), or it
 * is a root commit that has the file. */
static gboolean
touches (git_commit *commit,
         const char *path)
{
  git_oid mine, theirs;
  gboolean has = entry_id (commit, path, &mine);
  guint n = git_commit_parentcount (commit);

  if (n == 0)
    return has;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(git_commit) parent = NULL;
      gboolean parent_has;

      if (git_commit_parent (&parent, commit, i) != 0)
        continue;
      parent_has = entry_id (parent, path, &theirs);
      if (has == parent_has && (!has || git_oid_equal (&mine, &theirs)))
        return FALSE;
    }

  return TRUE;
}

static ConcordRevision *
revision_new (git_commit *commit)
{
  ConcordRevision *self = g_new0 (ConcordRevision, 1);
  const git_signature *author = git_commit_author (commit);
  char id[GIT_OID_HEXSZ + 1];
  g_autoptr(GDateTime) utc = NULL;

  git_oid_tostr (id, sizeof id, git_commit_id (commit));
  self->id = g_strdup (id);
  self->short_id = g_strndup (id, 7);
  utc = g_date_time_new_from_unix_utc (git_commit_time (commit));
  self->time = g_date_time_to_local (utc);
  self->author = g_strdup (author != NULL && author->name != NULL ? author->name : "");
  self->summary = g_strdup (git_commit_summary (commit) != NULL ? git_commit_summary (commit) : "");

  return self;
}

/**
 * concord_git_list_revisions:
 * @file: a memorandum in a git working folder
 * @error: why there is no history to show
 *
 * The commits reachable from HEAD that changed @file, newest first.
 *
 * Returns: (transfer full): a #GPtrArray of #ConcordRevision
 */
GPtrArray *
concord_git_list_revisions (GFile   *file,
                            GError **error)
{
  g_auto(Location) location = { NULL, NULL };
  g_autoptr(git_revwalk) walk = NULL;
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_revision_free);
  g_autofree char *name = g_file_get_basename (file);
  git_oid oid;

  if (!locate (file, &location, error))
    return NULL;

  if (git_revwalk_new (&walk, location.repo) != 0)
    return git_failed (error, _("Could not read the history"));
  git_revwalk_sorting (walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
  if (git_revwalk_push_head (walk) != 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("The git repository of “%s” has no commits yet"), name);
      return NULL;
    }

  while (git_revwalk_next (&oid, walk) == 0)
    {
      g_autoptr(git_commit) commit = NULL;

      if (git_commit_lookup (&commit, location.repo, &oid) != 0)
        return git_failed (error, _("Could not read the history"));
      if (touches (commit, location.path))
        g_ptr_array_add (revisions, revision_new (commit));
    }

  if (revisions->len == 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("“%s” has never been committed to its git repository"), name);
      return NULL;
    }

  return g_steal_pointer (&revisions);
}

/**
 * concord_git_load_revision:
 * @file: a memorandum in a git working folder
 * @commit_id: a commit, as its full or short hex id
 * @error: why it could not be loaded
 *
 * Loads @file as the commit left it, through the same loader as a file.
 */
ConcordMemorandum *
concord_git_load_revision (GFile       *file,
                           const char  *commit_id,
                           GError     **error)
{
  g_auto(Location) location = { NULL, NULL };
  g_autoptr(git_commit) commit = NULL;
  g_autoptr(git_tree) tree = NULL;
  g_autoptr(git_tree_entry) entry = NULL;
  g_autoptr(git_blob) blob = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display = NULL;
  git_object *object = NULL;

  g_return_val_if_fail (commit_id != NULL, NULL);

  if (!locate (file, &location, error))
    return NULL;

  if (git_revparse_single (&object, location.repo, commit_id) != 0)
    return git_failed (error, commit_id);
  if (git_object_peel ((git_object **) &commit, object, GIT_OBJECT_COMMIT) != 0)
    {
      git_object_free (object);
      return git_failed (error, commit_id);
    }
  git_object_free (object);

  display = g_strdup_printf ("%s@%.7s", name, commit_id);
  if (git_commit_tree (&tree, commit) != 0 ||
      git_tree_entry_bypath (&entry, tree, location.path) != 0 ||
      git_tree_entry_type (entry) != GIT_OBJECT_BLOB ||
      git_blob_lookup (&blob, location.repo, git_tree_entry_id (entry)) != 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("“%s” is not in revision %.7s"), name, commit_id);
      return NULL;
    }

  return concord_memorandum_load_from_data (git_blob_rawcontent (blob), git_blob_rawsize (blob),
                                            display, error);
}
