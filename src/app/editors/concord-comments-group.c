/* concord-comments-group.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-comments-group"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-comment-row.h"
#include "concord-comments-group.h"

/* The comment threads of the clause being edited, one row each, and a
 * field that starts a new one. Each change sets the clause's comments
 * anew, so the document records it for undo; the rows follow the clause,
 * whoever changed it. */

struct _ConcordCommentsGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkListBox          *comments_list;
  AdwEntryRow         *new_comment_row;

  /* Owned */
  ConcordDocument     *document;
  ConcordClause       *clause;
  gulong               notify_id;
};

G_DEFINE_FINAL_TYPE (ConcordCommentsGroup, concord_comments_group, ADW_TYPE_PREFERENCES_GROUP)

/* Who writes a comment: the account's full name, else its login, as much
 * of it as the file holds. */
static const char *
comment_author (void)
{
  static char *author;

  if (author == NULL)
    {
      const char *name = g_get_real_name ();

      if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
        name = g_get_user_name ();
      author = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), CONCORD_COMMENT_AUTHOR_MAX_CHARS));
    }

  return author;
}

/* Each step is an undo step of its own, never merged with the last. */
static void
set_comments (ConcordCommentsGroup *self,
              ConcordComments      *comments)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, CONCORD_TYPE_COMMENTS);
  g_value_set_boxed (&value, comments);
  if (self->document != NULL)
    concord_document_set_property (self->document, G_OBJECT (self->clause), "comments", &value);
  else
    concord_clause_set_comments (self->clause, comments);
}

static const ConcordCommentThread *
thread_of (ConcordCommentsGroup *self,
           ConcordCommentRow    *row)
{
  return self->clause != NULL ? concord_comments_find (concord_clause_get_comments (self->clause),
                                                       concord_comment_row_get_id (row))
                              : NULL;
}

static void
reply_cb (ConcordCommentsGroup *self,
          const char           *text,
          ConcordCommentRow    *row)
{
  g_autofree char *now = concord_comments_now ();
  g_autoptr(ConcordComments) next = NULL;

  if (thread_of (self, row) == NULL)
    return;
  next = concord_comments_add_reply (concord_clause_get_comments (self->clause), concord_comment_row_get_id (row),
                                     comment_author (), now, text);
  set_comments (self, next);
}

static void
toggle_cb (ConcordCommentsGroup *self,
           ConcordCommentRow    *row)
{
  const ConcordCommentThread *thread = thread_of (self, row);
  g_autoptr(ConcordComments) next = NULL;

  if (thread == NULL)
    return;
  next = concord_comments_set_resolved (concord_clause_get_comments (self->clause), thread->id, !thread->resolved);
  set_comments (self, next);
}

/* The rows follow the threads. A thread's row is kept while the thread
 * is there, so what someone is typing in it survives a reply, a resolve
 * or an undo anywhere on the clause; from the first row out of place on,
 * rows are taken out and put back in the threads' order. */
static void
load (ConcordCommentsGroup *self)
{
  ConcordComments *comments = self->clause != NULL ? concord_clause_get_comments (self->clause) : NULL;
  guint n = concord_comments_get_n_threads (comments);
  g_autoptr(GHashTable) spare = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->comments_list));
  guint kept = 0;

  for (; child != NULL && kept < n; child = gtk_widget_get_next_sibling (child), kept++)
    {
      const ConcordCommentThread *thread = concord_comments_get_thread (comments, kept);

      if (!g_str_equal (concord_comment_row_get_id (CONCORD_COMMENT_ROW (child)), thread->id))
        break;
      concord_comment_row_set_thread (CONCORD_COMMENT_ROW (child), thread);
    }
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      g_hash_table_insert (spare, (gpointer) concord_comment_row_get_id (CONCORD_COMMENT_ROW (child)),
                           g_object_ref (child));
      gtk_list_box_remove (self->comments_list, child);
      child = next;
    }
  for (guint i = kept; i < n; i++)
    {
      const ConcordCommentThread *thread = concord_comments_get_thread (comments, i);
      GtkWidget *row = g_hash_table_lookup (spare, thread->id);

      if (row != NULL)
        concord_comment_row_set_thread (CONCORD_COMMENT_ROW (row), thread);
      else
        {
          row = concord_comment_row_new (thread);
          g_signal_connect_object (row, "reply", G_CALLBACK (reply_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "toggle-resolved", G_CALLBACK (toggle_cb), self, G_CONNECT_SWAPPED);
        }
      gtk_list_box_append (self->comments_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->comments_list), n > 0);
}

/* Starts a thread of @text on the clause; an empty one is nothing. */
gboolean
concord_comments_group_add (ConcordCommentsGroup *self,
                            const char           *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *now = concord_comments_now ();
  g_autofree char *id = NULL;
  g_autoptr(ConcordComments) next = NULL;

  g_return_val_if_fail (CONCORD_IS_COMMENTS_GROUP (self), FALSE);

  if (self->clause == NULL || *trimmed == '\0' || g_utf8_strlen (trimmed, -1) > CONCORD_COMMENT_MAX_CHARS)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  id = concord_comments_new_id (concord_clause_get_comments (self->clause));
  next = concord_comments_add_thread (concord_clause_get_comments (self->clause), id, comment_author (), now,
                                      trimmed);
  set_comments (self, next);

  return TRUE;
}

static void
comment_apply_cb (ConcordCommentsGroup *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_comment_row)));

  if (concord_comments_group_add (self, text))
    gtk_editable_set_text (GTK_EDITABLE (self->new_comment_row), "");
}

void
concord_comments_group_set_clause (ConcordCommentsGroup *self,
                                   ConcordDocument      *document,
                                   ConcordClause        *clause)
{
  GtkWidget *child;

  g_return_if_fail (CONCORD_IS_COMMENTS_GROUP (self));

  g_set_object (&self->document, document);
  if (self->clause != NULL)
    g_clear_signal_handler (&self->notify_id, self->clause);
  /* Another clause's threads may have the same ids: nothing typed for
   * one clause shows under another. */
  if (clause != self->clause)
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->comments_list))) != NULL)
      gtk_list_box_remove (self->comments_list, child);
  g_set_object (&self->clause, clause);
  if (clause != NULL)
    self->notify_id = g_signal_connect_object (clause, "notify::comments", G_CALLBACK (load), self,
                                               G_CONNECT_SWAPPED);
  gtk_editable_set_text (GTK_EDITABLE (self->new_comment_row), "");
  load (self);
}

GtkListBox *
concord_comments_group_get_list (ConcordCommentsGroup *self)
{
  g_return_val_if_fail (CONCORD_IS_COMMENTS_GROUP (self), NULL);

  return self->comments_list;
}

static void
concord_comments_group_dispose (GObject *object)
{
  ConcordCommentsGroup *self = CONCORD_COMMENTS_GROUP (object);

  if (self->clause != NULL)
    g_clear_signal_handler (&self->notify_id, self->clause);
  g_clear_object (&self->clause);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_COMMENTS_GROUP);

  G_OBJECT_CLASS (concord_comments_group_parent_class)->dispose (object);
}

static void
concord_comments_group_class_init (ConcordCommentsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_comments_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-comments-group.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordCommentsGroup, comments_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordCommentsGroup, new_comment_row);
  gtk_widget_class_bind_template_callback (widget_class, comment_apply_cb);
}

static void
concord_comments_group_init (ConcordCommentsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
