/* concord-comment-row.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-comment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-comment-row.h"

/* One thread: whether it is open, the comment and its replies, each with
 * who wrote it and when, then a field to reply in and a button that
 * resolves or reopens it. The row changes nothing itself: it says what
 * was asked ("reply", "toggle-resolved") and the clause pane makes the
 * change, which undo then knows. */

struct _ConcordCommentRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *state_label;
  GtkBox        *messages_box;
  GtkEntry      *reply_entry;
  GtkButton     *reply_button;
  GtkButton     *resolve_button;

  char          *id;
};

G_DEFINE_FINAL_TYPE (ConcordCommentRow, concord_comment_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_REPLY,
  SIGNAL_TOGGLE_RESOLVED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

/* Asks for a reply of @text; an empty one is nothing to send. */
gboolean
concord_comment_row_reply (ConcordCommentRow *self,
                           const char        *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (CONCORD_IS_COMMENT_ROW (self), FALSE);

  /* Nothing, or more than the file holds, is not sent. */
  if (*trimmed == '\0' || g_utf8_strlen (trimmed, -1) > CONCORD_COMMENT_MAX_CHARS)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_REPLY], 0, trimmed);

  return TRUE;
}

static void
reply_cb (ConcordCommentRow *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reply_entry)));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  /* Cleared first: the reply sets the thread anew, and so this row. */
  if (*trimmed != '\0' && g_utf8_strlen (trimmed, -1) <= CONCORD_COMMENT_MAX_CHARS)
    gtk_editable_set_text (GTK_EDITABLE (self->reply_entry), "");
  concord_comment_row_reply (self, text);
}

static void
resolve_cb (ConcordCommentRow *self)
{
  g_signal_emit (self, signals[SIGNAL_TOGGLE_RESOLVED], 0);
}

static void
concord_comment_row_finalize (GObject *object)
{
  g_free (CONCORD_COMMENT_ROW (object)->id);

  G_OBJECT_CLASS (concord_comment_row_parent_class)->finalize (object);
}

static void
concord_comment_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_COMMENT_ROW);

  G_OBJECT_CLASS (concord_comment_row_parent_class)->dispose (object);
}

static void
concord_comment_row_class_init (ConcordCommentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_comment_row_dispose;
  object_class->finalize = concord_comment_row_finalize;

  signals[SIGNAL_REPLY] = g_signal_new ("reply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_TOGGLE_RESOLVED] = g_signal_new ("toggle-resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-comment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordCommentRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordCommentRow, messages_box);
  gtk_widget_class_bind_template_child (widget_class, ConcordCommentRow, reply_entry);
  gtk_widget_class_bind_template_child (widget_class, ConcordCommentRow, reply_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordCommentRow, resolve_button);
  gtk_widget_class_bind_template_callback (widget_class, reply_cb);
  gtk_widget_class_bind_template_callback (widget_class, resolve_cb);
}

static void
concord_comment_row_init (ConcordCommentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * concord_comment_row_set_thread:
 * @thread: the thread as it is now, with the row's id
 *
 * Shows @thread: its state and messages. What is typed in the reply
 * field stays, so a change to this thread or another loses no half-typed
 * reply.
 */
void
concord_comment_row_set_thread (ConcordCommentRow          *self,
                                const ConcordCommentThread *thread)
{
  GtkWidget *child;

  g_return_if_fail (CONCORD_IS_COMMENT_ROW (self));
  g_return_if_fail (thread != NULL && g_strcmp0 (thread->id, self->id) == 0);

  gtk_label_set_text (self->state_label, thread->resolved ? _("Resolved") : _("Open"));
  gtk_button_set_label (self->resolve_button, thread->resolved ? _("Re_open") : _("Re_solve"));
  /* A resolved thread is read, not answered, until it is reopened. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->reply_entry), !thread->resolved);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reply_button), !thread->resolved);
  if (thread->resolved)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->messages_box))) != NULL)
    gtk_box_remove (self->messages_box, child);
  for (guint i = 0; i < thread->messages->len; i++)
    {
      const ConcordCommentMessage *message = g_ptr_array_index (thread->messages, i);
      g_autofree char *day = g_strndup (message->date, 10);
      /* TRANSLATORS: a comment or a reply: who wrote it, the day, then its text */
      g_autofree char *text = g_strdup_printf (_("%s, %s: %s"), message->author, day, message->text);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      /* Replies sit under the comment they answer. */
      if (i > 0)
        gtk_widget_set_margin_start (label, 18);
      gtk_box_append (self->messages_box, label);
    }
}

GtkWidget *
concord_comment_row_new (const ConcordCommentThread *thread)
{
  ConcordCommentRow *self;

  g_return_val_if_fail (thread != NULL, NULL);

  self = g_object_new (CONCORD_TYPE_COMMENT_ROW, NULL);
  self->id = g_strdup (thread->id);
  concord_comment_row_set_thread (self, thread);

  return GTK_WIDGET (self);
}

const char *
concord_comment_row_get_id (ConcordCommentRow *self)
{
  g_return_val_if_fail (CONCORD_IS_COMMENT_ROW (self), NULL);

  return self->id;
}
