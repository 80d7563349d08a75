/* concord-render-measure.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "concord-render-private.h"
#include "concord-util-private.h"

/* The second core for a long export. Pango and Cairo 1.16 cannot lay text
 * out on two threads at once, so the second half of the paragraphs is
 * measured by a child process forked once the flow is built: it has the
 * flow already (the fork copies it) and, from then on, a font map and
 * glyph caches of its own. It sends back each paragraph's lines and keeps
 * no layout; this process lays out the first half meanwhile and shapes
 * the second half again only when its pages are drawn, a page at a time.
 * Pango is deterministic for the same text, fonts and measure, so the
 * lines are those this process would have found, and the PDF's bytes do
 * not depend on which process measured what.
 *
 * On the pipe, for each text item from `first` on, in order: its index
 * (guint32), its number of lines (guint32), the lines (FlowLine each) and
 * its height (double). Anything the child does not deliver in full (it
 * could not start, died, or wrote something else) is measured here. */

struct _ConcordMeasurer
{
  GPid pid;
  int  fd;
};

/* Measures a text item in this process, keeping only its lines. */
static void
measure_here (Typesetter *ts,
              FlowItem   *item)
{
  _concord_flow_item_shape (ts, item);
  _concord_flow_item_measure (item);
  _concord_flow_item_release (item);
}

/* The child's work: it never returns. */
G_GNUC_NORETURN static void
measure_and_send (Typesetter *ts,
                  GPtrArray  *items,
                  guint       first,
                  int         fd)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();

  for (guint i = first; i < items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (items, i);
      guint32 index = i, n_lines;

      if (item->kind != FLOW_TEXT)
        continue;
      measure_here (ts, item);
      n_lines = item->n_lines;
      g_byte_array_append (out, (const guint8 *) &index, sizeof index);
      g_byte_array_append (out, (const guint8 *) &n_lines, sizeof n_lines);
      g_byte_array_append (out, (const guint8 *) item->lines, sizeof (FlowLine) * n_lines);
      g_byte_array_append (out, (const guint8 *) &item->height, sizeof item->height);
    }

  /* Sent at the end, so that the child never waits for this process to
   * read; _exit, so that nothing of the parent's (stdio buffers, atexit
   * handlers) runs twice. */
  _exit (_concord_write_all (fd, out->data, out->len) ? 0 : 1);
}

ConcordMeasurer *
_concord_measurer_start (Typesetter *ts,
                         GPtrArray  *items,
                         guint       first)
{
  g_autoptr(GError) error = NULL;
  ConcordMeasurer *measurer;
  int fds[2];
  pid_t pid;

  if (first >= items->len || !g_unix_open_pipe (fds, FD_CLOEXEC, &error))
    return NULL;

  pid = fork ();
  if (pid < 0)
    {
      g_close (fds[0], NULL);
      g_close (fds[1], NULL);
      return NULL;
    }
  if (pid == 0)
    {
      close (fds[0]);
      measure_and_send (ts, items, first, fds[1]);
    }

  g_close (fds[1], NULL);
  g_debug ("paragraphs from item %u of %u measured by a child process", first, items->len);
  measurer = g_new0 (ConcordMeasurer, 1);
  measurer->pid = pid;
  measurer->fd = fds[0];

  return measurer;
}

/* Reads one item's measure from the child's output at *offset; FALSE if
 * it is not there in full, or is not the item expected. */
static gboolean
take_measure (GByteArray *in,
              gsize      *offset,
              guint       index,
              FlowItem   *item)
{
  guint32 got_index, n_lines;
  gsize need;

  if (in->len - *offset < 2 * sizeof (guint32))
    return FALSE;
  memcpy (&got_index, in->data + *offset, sizeof got_index);
  memcpy (&n_lines, in->data + *offset + sizeof got_index, sizeof n_lines);
  if (got_index != index || n_lines > G_MAXUINT32 / sizeof (FlowLine))
    return FALSE;
  need = 2 * sizeof (guint32) + sizeof (FlowLine) * n_lines + sizeof (double);
  if (in->len - *offset < need)
    return FALSE;

  *offset += 2 * sizeof (guint32);
  g_clear_pointer (&item->lines, g_free);
  item->n_lines = n_lines;
  item->lines = g_new0 (FlowLine, MAX (n_lines, 1));
  memcpy (item->lines, in->data + *offset, sizeof (FlowLine) * n_lines);
  *offset += sizeof (FlowLine) * n_lines;
  memcpy (&item->height, in->data + *offset, sizeof item->height);
  *offset += sizeof (double);

  return TRUE;
}

void
_concord_measurer_finish (ConcordMeasurer *measurer,
                          Typesetter      *ts,
                          GPtrArray       *items,
                          guint            first)
{
  g_autoptr(GByteArray) in = g_byte_array_new ();
  gboolean delivered = TRUE, reported = FALSE;
  gsize offset = 0;
  int status = 0;

  /* A short read is caught below, item by item. */
  (void) _concord_read_all (measurer->fd, in);

  g_close (measurer->fd, NULL);
  measurer->fd = -1;
  while (waitpid (measurer->pid, &status, 0) < 0 && errno == EINTR)
    ;
  measurer->pid = 0;
  /* A child that did not end well may have sent lines that are not its
   * last word: none of them is taken. */
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    delivered = FALSE;

  for (guint i = first; i < items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (items, i);

      if (item->kind != FLOW_TEXT)
        continue;
      if (delivered && take_measure (in, &offset, i, item))
        continue;
      if (!reported)
        g_debug ("the child process ended without measuring item %u: measured here", i);
      reported = TRUE;
      delivered = FALSE;
      measure_here (ts, item);
    }
}

void
_concord_measurer_free (ConcordMeasurer *measurer)
{
  if (measurer == NULL)
    return;

  if (measurer->fd >= 0)
    g_close (measurer->fd, NULL);
  if (measurer->pid > 0)
    while (waitpid (measurer->pid, NULL, 0) < 0 && errno == EINTR)
      ;
  g_free (measurer);
}
