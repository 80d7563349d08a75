/* concord-commands.c: the window's commands that need only a parent, the
 * document and the item being edited: printing, export, comparing and
 * the clause library.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-commands"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-commands.h"
#include "concord-compare-window.h"
#include "concord-export-dialog.h"
#include "concord-library-dialog.h"
#include "concord-print.h"
#ifdef HAVE_LIBGIT2
#include "concord-revision-dialog.h"
#endif

static void
save_to_library (GtkWindow       *window,
                 AdwToastOverlay *toasts,
                 ConcordDocument *document,
                 GObject         *edited)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!concord_library_dialog_save (document, edited, &message, &error))
    {
      concord_library_dialog_show_error (window, _("Could Not Save to the Library"), error);
      return;
    }
  adw_toast_overlay_add_toast (toasts, adw_toast_new (message));
}

void
concord_commands_run (GtkWindow         *window,
                      AdwToastOverlay   *toasts,
                      ConcordDocument   *document,
                      GObject           *edited,
                      const char        *action_name,
                      ConcordSelectFunc  select)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  /* There is nothing to print or compare before a memorandum is open. */
  if (document == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (window));
      return;
    }

  if (g_str_equal (action_name, "win.export"))
    concord_export_dialog_present (window, concord_document_get_memorandum (document));
  else if (g_str_has_prefix (action_name, "win.print"))
    concord_print_present (window, concord_document_get_memorandum (document),
                           g_str_equal (action_name, "win.print-counterparts"),
                           g_str_equal (action_name, "win.print-with-comments"));
  else if (g_str_equal (action_name, "win.compare-file"))
    concord_compare_window_choose_file (window, document);
  else if (g_str_equal (action_name, "win.library-save"))
    save_to_library (window, toasts, document, edited);
  else if (g_str_equal (action_name, "win.library-insert"))
    gtk_window_present (GTK_WINDOW (concord_library_dialog_new (window, document, edited, select)));
#ifdef HAVE_LIBGIT2
  else if (g_str_equal (action_name, "win.compare-revision"))
    gtk_window_present (GTK_WINDOW (concord_revision_dialog_new (window, document)));
#endif
}
