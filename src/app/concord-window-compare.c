/* concord-window-compare.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-compare-window.h"
#include "concord-window-private.h"
#ifdef HAVE_LIBGIT2
#include "concord-revision-dialog.h"
#endif

/* The window's ways into the compare view: another file, or (when built
 * with libgit2) a revision of the open file. */

static void
show_compare_error (ConcordWindow *self,
                    const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Compare"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_file_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          ConcordWindow   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  ConcordCompareWindow *compare;

  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;

  compare = concord_compare_window_new_for_file (GTK_WINDOW (self), self->document, file, &error);
  if (compare == NULL)
    {
      show_compare_error (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (compare));
}

static void
compare_file_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* There is nothing to compare before a memorandum is open. */
  if (self->document == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Compare With File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Memorandums"));
  gtk_file_filter_add_pattern (filter, "*.mou");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (compare_file_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

#ifdef HAVE_LIBGIT2
static void
compare_revision_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (self->document == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  gtk_window_present (GTK_WINDOW (concord_revision_dialog_new (GTK_WINDOW (self), self->document)));
}
#endif

void
_concord_window_install_compare_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.compare-file", NULL, compare_file_action);
#ifdef HAVE_LIBGIT2
  /* Without libgit2 the action does not exist, and its menu item, marked
   * hidden-when action-missing, is not shown. */
  gtk_widget_class_install_action (widget_class, "win.compare-revision", NULL, compare_revision_action);
#endif
}

/* Comparing needs a memorandum open, and a revision one saved to a file. */
void
_concord_window_update_compare_actions (ConcordWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-file", self->document != NULL);
#ifdef HAVE_LIBGIT2
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-revision",
                                 self->document != NULL && concord_document_get_file (self->document) != NULL);
#endif
}
