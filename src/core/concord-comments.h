/* concord-comments.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the file holds of one message, and of its author's name. */
#define CONCORD_COMMENT_MAX_CHARS 20000
#define CONCORD_COMMENT_AUTHOR_MAX_CHARS 200

/* One message of a thread: the comment itself, then each reply. */
typedef struct
{
  char *author;
  char *date;
  char *text;
} ConcordCommentMessage;

typedef struct
{
  char      *id;
  gboolean   resolved;
  GPtrArray *messages;
} ConcordCommentThread;

/* A clause's comment threads: a value that never changes once made, so
 * that undo, diff and merge treat it as any other field. Each change
 * makes a new one. */
typedef struct _ConcordComments ConcordComments;

#define CONCORD_TYPE_COMMENTS (concord_comments_get_type ())

GType                       concord_comments_get_type      (void) G_GNUC_CONST;
ConcordComments            *concord_comments_ref           (ConcordComments       *self);
void                        concord_comments_unref         (ConcordComments       *self);
guint                       concord_comments_get_n_threads (const ConcordComments *self);
const ConcordCommentThread *concord_comments_get_thread    (const ConcordComments *self,
                                                            guint                  index);
const ConcordCommentThread *concord_comments_find          (const ConcordComments *self,
                                                            const char            *id);
guint                       concord_comments_count_open    (const ConcordComments *self);
char                       *concord_comments_new_id        (const ConcordComments *self);
ConcordComments            *concord_comments_add_thread    (const ConcordComments *self,
                                                            const char            *id,
                                                            const char            *author,
                                                            const char            *date,
                                                            const char            *text);
ConcordComments            *concord_comments_add_reply     (const ConcordComments *self,
                                                            const char            *id,
                                                            const char            *author,
                                                            const char            *date,
                                                            const char            *text);
ConcordComments            *concord_comments_set_resolved  (const ConcordComments *self,
                                                            const char            *id,
                                                            gboolean               resolved);
ConcordComments            *concord_comments_remove_thread (const ConcordComments *self,
                                                            const char            *id);
gboolean                    concord_comments_equal         (const ConcordComments *a,
                                                            const ConcordComments *b);
ConcordComments            *concord_comments_merge         (const ConcordComments *base,
                                                            const ConcordComments *ours,
                                                            const ConcordComments *theirs);
char                       *concord_comments_describe      (const ConcordComments *self);
char                       *concord_comments_now           (void);
gboolean                    concord_comments_is_date       (const char            *date);

/* For the loader only (concord-xml-reader.c). */
ConcordComments            *_concord_comments_build_new     (void);
gboolean                    _concord_comments_build_thread  (ConcordComments       *self,
                                                             GHashTable            *ids,
                                                             const char            *id,
                                                             gboolean               resolved);
void                        _concord_comments_build_message (ConcordComments       *self,
                                                             const char            *author,
                                                             const char            *date,
                                                             const char            *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordComments, concord_comments_unref)

G_END_DECLS
