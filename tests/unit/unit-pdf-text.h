/* unit-pdf-text.h: the text of a PDF as pdftotext reads it, for unit tests
 * that check what a PDF says without trusting the code that wrote it.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <unistd.h>

/* The text of PDF, its runs of white space folded into one space and soft
 * hyphens taken out, so that a phrase broken across lines still matches.
 * pdftotext must be installed (the README's commands install it). */
static inline char *
unit_pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *argv[] = { "pdftotext", NULL, "-", NULL };
  gboolean space = FALSE;
  int status;
  int fd;

  fd = g_file_open_tmp ("concord-unit-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  argv[1] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);

  for (const char *p = out; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00AD)
        continue;
      if (g_unichar_isspace (c))
        {
          space = text->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (text, ' ');
      space = FALSE;
      g_string_append_unichar (text, c);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
