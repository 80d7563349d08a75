/* concord-dialogs.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

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

/* What a title may not hold in a file name, on any system the file may be
 * copied to. */
#define UNSAFE_IN_NAMES "/\\:*?\"<>|"
#define MAX_NAME_CHARS 120

static char *
name_from_title (const char *title)
{
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = title; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = name->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (name, ' ');
      space = FALSE;
      /* A leading dot would hide the file. */
      if (c == '.' && name->len == 0)
        continue;
      if (c < 0x80 && strchr (UNSAFE_IN_NAMES, (char) c) != NULL)
        g_string_append_c (name, '-');
      else if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      else
        g_string_append_unichar (name, c);
    }

  /* Long titles make names that some file systems refuse. */
  if (g_utf8_strlen (name->str, -1) > MAX_NAME_CHARS)
    {
      g_string_truncate (name, g_utf8_offset_to_pointer (name->str, MAX_NAME_CHARS) - name->str);
      while (name->len > 0 && name->str[name->len - 1] == ' ')
        g_string_truncate (name, name->len - 1);
    }
  if (name->len == 0)
    return NULL;
  if (!g_str_has_suffix (name->str, ".mou"))
    g_string_append (name, ".mou");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * concord_dialog_suggest_name:
 * @document: (nullable): the document to be saved
 *
 * Returns: the file name offered when @document is saved: its own for a
 *   saved document, else one made from its title ("Data Sharing
 *   Agreement.mou"), else "Memorandum.mou"
 */
char *
concord_dialog_suggest_name (ConcordDocument *document)
{
  char *name = NULL;

  g_return_val_if_fail (document == NULL || CONCORD_IS_DOCUMENT (document), NULL);

  if (document != NULL && concord_document_get_file (document) != NULL)
    return g_file_get_basename (concord_document_get_file (document));
  if (document != NULL)
    name = name_from_title (concord_memorandum_get_title (concord_document_get_memorandum (document)));

  return name != NULL ? name : g_strdup (_("Memorandum.mou"));
}

/**
 * concord_dialog_start_folder:
 * @document: (nullable): the document the window shows
 *
 * Returns: (transfer full): the folder a file chooser opens in: the
 *   document's own for a saved document, else the user's documents
 *   folder, else the home folder; never the process's working directory
 */
GFile *
concord_dialog_start_folder (ConcordDocument *document)
{
  GFile *file;
  const char *documents;

  g_return_val_if_fail (document == NULL || CONCORD_IS_DOCUMENT (document), NULL);

  if (document != NULL && (file = concord_document_get_file (document)) != NULL && g_file_has_parent (file, NULL))
    return g_file_get_parent (file);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);

  return g_file_new_for_path (g_get_home_dir ());
}

/**
 * concord_dialog_choose_memorandum:
 * @save: whether to choose where to save (else a file to open)
 * @document: (nullable): the window's document, which gives the folder to
 *   start in and, for saving, the name to suggest
 *
 * Asks for a memorandum file; @chosen gets it if the user chose one.
 *
 * Returns: (transfer none): the chooser, shown; it goes when answered
 */
GtkFileChooserNative *
concord_dialog_choose_memorandum (GtkWindow         *parent,
                                  gboolean           save,
                                  ConcordDocument   *document,
                                  ConcordFileChosen  chosen,
                                  GObject           *object)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = concord_dialog_start_folder (document);

  gtk_file_filter_set_name (filter, _("Memoranda"));
  gtk_file_filter_add_pattern (filter, "*.mou");
  if (save)
    dialog = gtk_file_chooser_native_new (_("Save the Memorandum"), parent,
                                          GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  else
    dialog = gtk_file_chooser_native_new (_("Open a Memorandum"), parent,
                                          GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  if (!save)
    {
      /* Open reads documents written elsewhere too, made memoranda. */
      g_autoptr(GtkFileFilter) readable = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) others = gtk_file_filter_new ();
      const char *patterns[] = { "*.docx", "*.odt", "*.md", "*.markdown" };

      gtk_file_filter_set_name (readable, _("Memoranda and Documents to Import"));
      gtk_file_filter_set_name (others, _("Word, OpenDocument and Markdown"));
      gtk_file_filter_add_pattern (readable, "*.mou");
      for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
        {
          gtk_file_filter_add_pattern (readable, patterns[i]);
          gtk_file_filter_add_pattern (others, patterns[i]);
        }
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), readable);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), others);
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* A folder that cannot be shown leaves the chooser's own choice. */
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  if (save)
    {
      g_autofree char *name = concord_dialog_suggest_name (document);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (chooser_response_cb), pending_new (object, chosen, NULL));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));

  return dialog;
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

/* After a DOCX, ODT or Markdown file was made a memorandum: each guess,
 * one to a line, for the user to check before the first save. */
GtkWindow *
concord_dialog_show_import_report (GtkWindow          *parent,
                                   GFile              *source,
                                   const char * const *lines)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/concord-import-report.ui");
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, "dialog"));
  g_autofree char *name = g_file_get_basename (source);
  g_autofree char *body = g_strdup_printf (_("“%s” is now a memorandum, not saved yet. Check what was read as "
                                             "what, then save it: the original file stays as it is."), name);
  g_autoptr(GString) text = g_string_new (NULL);

  adw_message_dialog_set_body (dialog, body);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", lines[i]);
  gtk_label_set_text (GTK_LABEL (gtk_builder_get_object (builder, "lines")), text->str);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}
