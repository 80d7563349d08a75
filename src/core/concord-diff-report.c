/* concord-diff-report.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-diff"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "concord-diff-private.h"
#include "concord-fields.h"
#include "concord-render-private.h"
#include "concord-render.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-xml.h"

/* The redline PDF is laid out, paginated and written by the renderer, on
 * the new version's pages (its running head, "Page X of Y" and
 * fingerprint): only what goes into the flow is built here. */

static void
add_colour (PangoAttrList *attrs,
            guint          start,
            guint          end,
            ConcordDiffOp  op)
{
  PangoAttribute *attr;

  if (op == CONCORD_DIFF_INSERT)
    {
      attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
      attr->start_index = start, attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_foreground_new (0x1a1a, 0x7f7f, 0x3737);
    }
  else
    {
      attr = pango_attr_strikethrough_new (TRUE);
      attr->start_index = start, attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_foreground_new (0xcfcf, 0x2222, 0x2e2e);
    }
  attr->start_index = start, attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

#define WORDS_INDENT (6 * 72.0 / 25.4)

/* Words as paragraphs: inserted ones underlined in green, deleted ones
 * struck through in red, so the marks do not rely on colour alone. An
 * inserted paragraph break ends a paragraph; a deleted one is a struck
 * pilcrow. Paragraphs without a change are left out, as in the text
 * report. */
static void
add_words (ConcordFlowBuilder    *builder,
           const ConcordDiffWord *words,
           guint                  n)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  gboolean changed = FALSE;

  for (guint i = 0; i <= n; i++)
    {
      guint start;

      if (i == n || (words[i].op != CONCORD_DIFF_DELETE && g_str_equal (words[i].text, "\n")))
        {
          if (changed || (i < n && words[i].op == CONCORD_DIFF_INSERT))
            _concord_flow_add_marked (builder, STYLE_BODY, WORDS_INDENT, text->str, attrs);
          changed = FALSE;
          g_string_truncate (text, 0);
          g_clear_pointer (&attrs, pango_attr_list_unref);
          attrs = pango_attr_list_new ();
          continue;
        }

      if (g_str_equal (words[i].text, "\n"))
        {
          /* A paragraph break that went away: shown as a struck mark. */
          start = text->len;
          g_string_append (text, " ¶");
          add_colour (attrs, start, text->len, words[i].op);
          changed = TRUE;
          continue;
        }
      if (words[i].space_before && text->len > 0)
        g_string_append_c (text, ' ');
      start = text->len;
      g_string_append (text, words[i].text);
      if (words[i].op != CONCORD_DIFF_EQUAL)
        {
          add_colour (attrs, start, text->len, words[i].op);
          changed = TRUE;
        }
    }
}

static char *
redline_title (ConcordDiff *self)
{
  const char *title_a = concord_memorandum_get_title (self->a);
  const char *title_b = concord_memorandum_get_title (self->b);

  if (title_b == NULL)
    title_b = title_a != NULL ? title_a : _("the memorandum");

  return g_strdup_printf (_("Changes to %s"), title_b);
}

static void
build_redline (ConcordFlowBuilder *builder,
               gpointer            data)
{
  ConcordDiff *self = data;
  g_autofree char *title = redline_title (self);
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Revision %s compared with revision %s: %u change",
                                                            "Revision %s compared with revision %s: %u changes",
                                                            self->changes->len),
                                               concord_memorandum_get_revision (self->b),
                                               concord_memorandum_get_revision (self->a),
                                               self->changes->len);

  _concord_flow_add_heading (builder, STYLE_TITLE, title, 0);
  _concord_flow_add_marked (builder, STYLE_SUBTITLE, 0, subtitle, NULL);
  if (self->changes->len == 0)
    _concord_flow_add_marked (builder, STYLE_BODY, 0, _("No changes."), NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      const ConcordDiffChange *change = g_ptr_array_index (self->changes, i);
      g_autofree char *line = concord_diff_change_describe (self, i);
      const ConcordDiffWord *words;
      guint n;

      /* Each change is an entry of the PDF's outline. */
      _concord_flow_add_heading (builder, STYLE_CLAUSE_HEADING, line, 1);
      words = concord_diff_change_get_heading_words (change, &n);
      if (n > 0)
        add_words (builder, words, n);
      words = concord_diff_change_get_body_words (change, &n);
      if (n > 0)
        add_words (builder, words, n);
    }
}

/**
 * concord_diff_render_pdf:
 *
 * A redline report as PDF bytes: each change's line, then its heading and
 * text with inserted words underlined and deleted words struck through,
 * laid out by the renderer on the new version's pages. The same diff gives
 * the same bytes: dates come from the memoranda, never the clock.
 */
GBytes *
concord_diff_render_pdf (ConcordDiff  *self,
                         GError      **error)
{
  g_autoptr(ConcordDocumentLayout) layout = NULL;
  g_autofree char *title = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  title = redline_title (self);
  /* Cairo 1.16 cannot set text on two threads at once (see
   * concord_render_lock). */
  concord_render_lock ();
  layout = _concord_document_layout_new_custom (self->b, NULL, build_redline, self, error);
  if (layout != NULL)
    bytes = _concord_document_layout_write_pdf (layout, title, error);
  g_clear_pointer (&layout, concord_document_layout_free);
  concord_render_unlock ();

  return bytes;
}

gboolean
concord_diff_write_pdf (ConcordDiff  *self,
                        const char   *path,
                        GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = concord_diff_render_pdf (self, error);
  if (bytes == NULL)
    return FALSE;

  return concord_file_replace_atomic (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      error);
}
