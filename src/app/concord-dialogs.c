/* concord-dialogs.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-dialogs.h"
#include "concord-referrers.h"
#include "concord-structure.h"

typedef struct
{
  GObject           *object;
  ConcordFileChosen  chosen;
  ConcordAnswered    answered;
  /* For a confirmed edit: its name, which the answer passes on. */
  char              *edit;
} Pending;

static Pending *
pending_new (GObject           *object,
             ConcordFileChosen  chosen,
             ConcordAnswered    answered)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->object = g_object_ref (object);
  pending->chosen = chosen;
  pending->answered = answered;

  return pending;
}

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->object);
  g_free (pending->edit);
  g_free (pending);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Pending         *pending)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      pending->chosen (pending->object, file);
    }
  pending_free (pending);
  g_object_unref (dialog);
}

/**
 * concord_dialog_choose_memorandum:
 * @save: whether to choose where to save (else a file to open)
 * @name: (nullable): the name suggested for saving
 *
 * Asks for a memorandum file; @chosen gets it if the user chose one.
 */
void
concord_dialog_choose_memorandum (GtkWindow         *parent,
                                  gboolean           save,
                                  const char        *name,
                                  ConcordFileChosen  chosen,
                                  GObject           *object)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Memoranda"));
  gtk_file_filter_add_pattern (filter, "*.mou");
  if (save)
    dialog = gtk_file_chooser_native_new (_("Save the Memorandum"), parent,
                                          GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  else
    dialog = gtk_file_chooser_native_new (_("Open a Memorandum"), parent,
                                          GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (chooser_response_cb), pending_new (object, chosen, NULL));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 Pending          *pending)
{
  pending->answered (pending->object, response);
}

/* A question with its possible answers; the first is the one Escape gives. */
void
concord_dialog_ask (GtkWindow                   *parent,
                    const char                  *heading,
                    const char                  *body,
                    const ConcordDialogResponse *responses,
                    guint                        n_responses,
                    const char                  *default_response,
                    ConcordAnswered              answered,
                    GObject                     *object)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  g_return_if_fail (n_responses > 0);

  for (guint i = 0; i < n_responses; i++)
    {
      adw_message_dialog_add_response (dialog, responses[i].id, responses[i].label);
      adw_message_dialog_set_response_appearance (dialog, responses[i].id, responses[i].appearance);
    }
  adw_message_dialog_set_default_response (dialog, default_response);
  adw_message_dialog_set_close_response (dialog, responses[0].id);
  g_signal_connect_data (dialog, "response", G_CALLBACK (ask_response_cb), pending_new (object, NULL, answered),
                         (GClosureNotify) pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Pending          *pending)
{
  if (g_str_equal (response, "remove"))
    pending->answered (pending->object, pending->edit);
}

/**
 * concord_dialog_confirm_edit:
 * @edit: the name of a structure edit ("clause-remove", "party-remove")
 * @selected: (nullable): the item it applies to
 *
 * Removing a party that clauses name, or a clause or section that other
 * text refers to, is done only once the user is told what names it and
 * agrees; any other edit at once. Either way @answered gets @edit.
 */
void
concord_dialog_confirm_edit (GtkWindow       *parent,
                             ConcordDocument *document,
                             const char      *edit,
                             GObject         *selected,
                             ConcordAnswered  answered,
                             GObject         *object)
{
  ConcordMemorandum *memorandum = concord_document_get_memorandum (document);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Pending *pending;

  if (g_str_equal (edit, "party-remove") && CONCORD_IS_PARTY (selected))
    body = concord_structure_describe_party_removal (document, CONCORD_PARTY (selected), &heading);
  else if (concord_referrers_edit_removes (edit, selected))
    body = concord_referrers_describe_removal (memorandum, selected, &heading);
  if (body == NULL)
    {
      answered (object, edit);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  pending = pending_new (object, NULL, answered);
  pending->edit = g_strdup (edit);
  g_signal_connect_data (dialog, "response", G_CALLBACK (confirm_response_cb), pending,
                         (GClosureNotify) pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Tells the user something went wrong, with a Close button. */
void
concord_dialog_tell (GtkWindow  *parent,
                     const char *heading,
                     const char *message)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
