/* concord-comments.c: comment threads on a clause.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-comments"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-comments.h"

struct _ConcordComments
{
  gatomicrefcount  ref_count;
  GPtrArray       *threads;
};

G_DEFINE_BOXED_TYPE (ConcordComments, concord_comments, concord_comments_ref, concord_comments_unref)

static void
message_free (ConcordCommentMessage *message)
{
  g_free (message->author);
  g_free (message->date);
  g_free (message->text);
  g_free (message);
}

static ConcordCommentMessage *
message_new (const char *author,
             const char *date,
             const char *text)
{
  ConcordCommentMessage *message = g_new0 (ConcordCommentMessage, 1);

  message->author = g_strdup (author != NULL ? author : "");
  message->date = g_strdup (date != NULL ? date : "");
  message->text = g_strdup (text != NULL ? text : "");

  return message;
}

static gboolean
message_equal (const ConcordCommentMessage *a,
               const ConcordCommentMessage *b)
{
  return g_str_equal (a->author, b->author) && g_str_equal (a->date, b->date) && g_str_equal (a->text, b->text);
}

/* The three parts, joined by a character none of them holds. */
static char *
message_key (const ConcordCommentMessage *m)
{
  return g_strjoin ("\x01", m->author, m->date, m->text, NULL);
}

static void
thread_free (ConcordCommentThread *thread)
{
  g_free (thread->id);
  g_ptr_array_unref (thread->messages);
  g_free (thread);
}

static ConcordCommentThread *
thread_new (const char *id,
            gboolean    resolved)
{
  ConcordCommentThread *thread = g_new0 (ConcordCommentThread, 1);

  thread->id = g_strdup (id);
  thread->resolved = resolved;
  thread->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) message_free);

  return thread;
}

static ConcordCommentThread *
thread_copy (const ConcordCommentThread *thread)
{
  ConcordCommentThread *copy = thread_new (thread->id, thread->resolved);

  for (guint i = 0; i < thread->messages->len; i++)
    {
      const ConcordCommentMessage *m = g_ptr_array_index (thread->messages, i);

      g_ptr_array_add (copy->messages, message_new (m->author, m->date, m->text));
    }

  return copy;
}

static gboolean
thread_equal (const ConcordCommentThread *a,
              const ConcordCommentThread *b)
{
  if (!g_str_equal (a->id, b->id) || a->resolved != b->resolved || a->messages->len != b->messages->len)
    return FALSE;
  for (guint i = 0; i < a->messages->len; i++)
    if (!message_equal (g_ptr_array_index (a->messages, i), g_ptr_array_index (b->messages, i)))
      return FALSE;

  return TRUE;
}

static ConcordComments *
comments_new (void)
{
  ConcordComments *self = g_new0 (ConcordComments, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->threads = g_ptr_array_new_with_free_func ((GDestroyNotify) thread_free);

  return self;
}

/* A copy to change: @self's threads, each its own. */
static ConcordComments *
comments_copy (const ConcordComments *self)
{
  ConcordComments *copy = comments_new ();

  for (guint i = 0; self != NULL && i < self->threads->len; i++)
    g_ptr_array_add (copy->threads, thread_copy (g_ptr_array_index (self->threads, i)));

  return copy;
}

ConcordComments *
concord_comments_ref (ConcordComments *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
concord_comments_unref (ConcordComments *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->threads);
  g_free (self);
}

guint
concord_comments_get_n_threads (const ConcordComments *self)
{
  return self != NULL ? self->threads->len : 0;
}

const ConcordCommentThread *
concord_comments_get_thread (const ConcordComments *self,
                             guint                  index)
{
  g_return_val_if_fail (index < concord_comments_get_n_threads (self), NULL);

  return g_ptr_array_index (self->threads, index);
}

const ConcordCommentThread *
concord_comments_find (const ConcordComments *self,
                       const char            *id)
{
  for (guint i = 0; id != NULL && i < concord_comments_get_n_threads (self); i++)
    {
      const ConcordCommentThread *thread = g_ptr_array_index (self->threads, i);

      if (g_str_equal (thread->id, id))
        return thread;
    }

  return NULL;
}

guint
concord_comments_count_open (const ConcordComments *self)
{
  guint n = 0;

  for (guint i = 0; i < concord_comments_get_n_threads (self); i++)
    if (!((ConcordCommentThread *) g_ptr_array_index (self->threads, i))->resolved)
      n++;

  return n;
}

/* "k1", "k2"…: an id no thread of the clause has. Ids stay unique when
 * two people comment on the same clause in branches that merge: each id
 * also carries the moment it was made. */
char *
concord_comments_new_id (const ConcordComments *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("k%" G_GINT64_FORMAT "-%u", now, n);

      if (concord_comments_find (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* The loader's way in: threads added in place while the comments are
 * still private to it, so a file of many messages reads in linear time. */
ConcordComments *
_concord_comments_build_new (void)
{
  return comments_new ();
}

/* Starts a thread; %FALSE if the comments already have one with @id. */
gboolean
_concord_comments_build_thread (ConcordComments *self,
                                GHashTable      *ids,
                                const char      *id,
                                gboolean         resolved)
{
  if (id == NULL || g_hash_table_contains (ids, id))
    return FALSE;
  g_hash_table_add (ids, g_strdup (id));
  g_ptr_array_add (self->threads, thread_new (id, resolved));

  return TRUE;
}

void
_concord_comments_build_message (ConcordComments *self,
                                 const char      *author,
                                 const char      *date,
                                 const char      *text)
{
  ConcordCommentThread *last;

  g_return_if_fail (self->threads->len > 0);

  last = g_ptr_array_index (self->threads, self->threads->len - 1);
  g_ptr_array_add (last->messages, message_new (author, date, text));
}

/* Each change returns new comments and leaves @self as it was. */
ConcordComments *
concord_comments_add_thread (const ConcordComments *self,
                             const char            *id,
                             const char            *author,
                             const char            *date,
                             const char            *text)
{
  ConcordComments *copy;
  ConcordCommentThread *thread;

  g_return_val_if_fail (id != NULL && concord_comments_find (self, id) == NULL, NULL);

  copy = comments_copy (self);
  thread = thread_new (id, FALSE);
  g_ptr_array_add (thread->messages, message_new (author, date, text));
  g_ptr_array_add (copy->threads, thread);

  return copy;
}

static ConcordCommentThread *
find_in (ConcordComments *self,
         const char      *id)
{
  return (ConcordCommentThread *) concord_comments_find (self, id);
}

ConcordComments *
concord_comments_add_reply (const ConcordComments *self,
                            const char            *id,
                            const char            *author,
                            const char            *date,
                            const char            *text)
{
  ConcordComments *copy;

  g_return_val_if_fail (concord_comments_find (self, id) != NULL, NULL);

  copy = comments_copy (self);
  g_ptr_array_add (find_in (copy, id)->messages, message_new (author, date, text));

  return copy;
}

ConcordComments *
concord_comments_set_resolved (const ConcordComments *self,
                               const char            *id,
                               gboolean               resolved)
{
  ConcordComments *copy;

  g_return_val_if_fail (concord_comments_find (self, id) != NULL, NULL);

  copy = comments_copy (self);
  find_in (copy, id)->resolved = resolved;

  return copy;
}

ConcordComments *
concord_comments_remove_thread (const ConcordComments *self,
                                const char            *id)
{
  ConcordComments *copy = comments_copy (self);

  for (guint i = 0; i < copy->threads->len; i++)
    if (g_str_equal (((ConcordCommentThread *) g_ptr_array_index (copy->threads, i))->id, id))
      {
        g_ptr_array_remove_index (copy->threads, i);
        break;
      }

  return copy;
}

/* No comments and an empty set of them are the same. */
gboolean
concord_comments_equal (const ConcordComments *a,
                        const ConcordComments *b)
{
  if (concord_comments_get_n_threads (a) != concord_comments_get_n_threads (b))
    return FALSE;
  for (guint i = 0; i < concord_comments_get_n_threads (a); i++)
    if (!thread_equal (g_ptr_array_index (a->threads, i), g_ptr_array_index (b->threads, i)))
      return FALSE;

  return TRUE;
}

static ConcordCommentThread *
merge_thread (const ConcordCommentThread *base,
              const ConcordCommentThread *ours,
              const ConcordCommentThread *theirs)
{
  ConcordCommentThread *merged = thread_copy (ours);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Replies from both sides, ours first; one the two share, once. */
  for (guint i = 0; i < merged->messages->len; i++)
    g_hash_table_add (seen, message_key (g_ptr_array_index (merged->messages, i)));
  for (guint i = 0; i < theirs->messages->len; i++)
    {
      const ConcordCommentMessage *m = g_ptr_array_index (theirs->messages, i);
      char *key = message_key (m);

      if (g_hash_table_add (seen, key))
        g_ptr_array_add (merged->messages, message_new (m->author, m->date, m->text));
    }
  /* Resolved or reopened on one side only: that side's word stands. */
  if (base == NULL || ours->resolved != base->resolved)
    merged->resolved = ours->resolved;
  else
    merged->resolved = theirs->resolved;

  return merged;
}

/**
 * concord_comments_merge:
 *
 * Both sides' threads: one only one side added is kept, one a side
 * removed goes unless the other side added to it, and one both changed
 * has the replies of both. Comments never conflict.
 *
 * Returns: (transfer full): the merged comments
 */
ConcordComments *
concord_comments_merge (const ConcordComments *base,
                        const ConcordComments *ours,
                        const ConcordComments *theirs)
{
  ConcordComments *merged = comments_new ();

  for (guint i = 0; i < concord_comments_get_n_threads (ours); i++)
    {
      const ConcordCommentThread *o = g_ptr_array_index (ours->threads, i);
      const ConcordCommentThread *b = concord_comments_find (base, o->id);
      const ConcordCommentThread *t = concord_comments_find (theirs, o->id);

      if (t != NULL)
        g_ptr_array_add (merged->threads, merge_thread (b, o, t));
      else if (b == NULL || !thread_equal (b, o))
        g_ptr_array_add (merged->threads, thread_copy (o));
    }
  for (guint i = 0; i < concord_comments_get_n_threads (theirs); i++)
    {
      const ConcordCommentThread *t = g_ptr_array_index (theirs->threads, i);
      const ConcordCommentThread *b = concord_comments_find (base, t->id);

      if (concord_comments_find (ours, t->id) == NULL && (b == NULL || !thread_equal (b, t)))
        g_ptr_array_add (merged->threads, thread_copy (t));
    }

  return merged;
}

/* One line per message, for the compare view and concord-cli diff. */
char *
concord_comments_describe (const ConcordComments *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < concord_comments_get_n_threads (self); i++)
    {
      const ConcordCommentThread *thread = g_ptr_array_index (self->threads, i);

      for (guint j = 0; j < thread->messages->len; j++)
        {
          const ConcordCommentMessage *m = g_ptr_array_index (thread->messages, j);
          g_autofree char *day = g_strndup (m->date, 10);

          if (out->len > 0)
            g_string_append_c (out, '\n');
          if (j == 0)
            /* TRANSLATORS: a comment: its state, who wrote it, the day, its text */
            g_string_append_printf (out, _("%s: %s, %s: %s"), thread->resolved ? _("Resolved") : _("Open"),
                                    m->author, day, m->text);
          else
            /* TRANSLATORS: a reply to a comment: who wrote it, the day, its text */
            g_string_append_printf (out, _("  Reply: %s, %s: %s"), m->author, day, m->text);
        }
    }

  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* The moment a message is written, in UTC to the second. */
char *
concord_comments_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
concord_comments_is_date (const char *date)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* The schema's dateTime may leave out the zone: that is read as UTC. */
  g_autoptr(GDateTime) parsed = date != NULL ? g_date_time_new_from_iso8601 (date, utc) : NULL;

  return parsed != NULL;
}
