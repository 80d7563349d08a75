/* concord-session.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-session"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "concord-autosave.h"
#include "concord-drafts.h"
#include "concord-file-watch.h"
#include "concord-session.h"

/* The life of the memorandum one window shows: opening it (from a file, a
 * template or a draft), saving it, its draft while it has unsaved changes,
 * and noticing when another program changes its file ("file-changed") or
 * that its draft cannot be written ("autosave-error"). Whoever shows it
 * follows the "document" property. */

struct _ConcordSession
{
  GObject           parent_instance;

  ConcordDocument  *document;
  ConcordAutosave  *autosave;
  ConcordFileWatch *watch;
  GSettings        *settings;
  /* Cancels the file or draft being opened. */
  GCancellable     *opening;
};

G_DEFINE_FINAL_TYPE (ConcordSession, concord_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

enum {
  FILE_CHANGED,
  AUTOSAVE_ERROR,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

/* Recent files: what this application opened or saved, for the start
 * page to offer. */
static void
remember_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/xml",
    .app_name = (char *) "Concord",
    .app_exec = (char *) "concord %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
document_changed_cb (ConcordSession  *self,
                     ConcordDocument *document)
{
  guint delay = g_settings_get_uint (self->settings, "autosave-delay");

  concord_autosave_schedule (self->autosave, document, delay);
}

static void
set_document (ConcordSession  *self,
              ConcordDocument *document)
{
  concord_autosave_cancel (self->autosave);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

ConcordDocument *
concord_session_get_document (ConcordSession *self)
{
  g_return_val_if_fail (CONCORD_IS_SESSION (self), NULL);

  return self->document;
}

/* Opening a file or a draft: the file is read, parsed, checked and built
 * into a document on a worker thread, where nothing else can see the new
 * model yet, and the finished document is handed to the main thread. A
 * 16 MiB memorandum takes most of a second to load, and the window goes on
 * answering meanwhile. */

typedef struct
{
  GFile    *file;
  char     *draft_id;
  /* A DOCX, ODT or Markdown file, made a memorandum. */
  gboolean  import;
} Opening;

static void
opening_free (gpointer data)
{
  Opening *opening = data;

  g_clear_object (&opening->file);
  g_free (opening->draft_id);
  g_free (opening);
}

static void
open_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Opening *opening = data;
  GError *error = NULL;
  ConcordDocument *document;

  if (opening->draft_id != NULL)
    document = concord_drafts_restore (opening->draft_id, &error);
  else if (opening->import)
    document = concord_document_new_imported (opening->file, &error);
  else
    document = concord_document_new_from_file (opening->file, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

static void
start_opening (ConcordSession      *self,
               Opening             *opening,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  /* The newest request wins. */
  concord_session_cancel_open (self);
  self->opening = g_cancellable_new ();
  task = g_task_new (self, self->opening, callback, user_data);
  g_task_set_source_tag (task, start_opening);
  g_task_set_task_data (task, opening, opening_free);
  g_task_run_in_thread (task, open_in_thread);
}

/**
 * concord_session_open_file_async:
 *
 * Opens @file; concord_session_open_finish() says how it went. A load
 * still under way is cancelled.
 */
void
concord_session_open_file_async (ConcordSession      *self,
                                 GFile               *file,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  Opening *opening;

  g_return_if_fail (CONCORD_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  opening = g_new0 (Opening, 1);
  opening->file = g_object_ref (file);
  {
    g_autofree char *path = g_file_get_path (file);

    opening->import = path != NULL && concord_import_handles (path);
  }
  start_opening (self, opening, callback, user_data);
}

/* Brings back a draft, as concord_session_open_file_async() opens a file. */
void
concord_session_restore_draft_async (ConcordSession      *self,
                                     const char          *draft_id,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Opening *opening;

  g_return_if_fail (CONCORD_IS_SESSION (self));
  g_return_if_fail (draft_id != NULL);

  opening = g_new0 (Opening, 1);
  opening->draft_id = g_strdup (draft_id);
  start_opening (self, opening, callback, user_data);
}

/**
 * concord_session_open_finish:
 *
 * The document opened becomes the session's. A cancelled load gives
 * %G_IO_ERROR_CANCELLED and changes nothing.
 *
 * Returns: %FALSE with @error set if it could not be opened
 */
gboolean
concord_session_open_finish (ConcordSession  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_autoptr(ConcordDocument) document = NULL;
  Opening *opening;

  g_return_val_if_fail (CONCORD_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  opening = g_task_get_task_data (G_TASK (result));
  document = g_task_propagate_pointer (G_TASK (result), error);
  if (g_task_get_cancellable (G_TASK (result)) == self->opening)
    g_clear_object (&self->opening);
  if (document == NULL)
    return FALSE;

  /* Recent files are memoranda; an imported one is not, until saved. */
  if (opening->file != NULL && !opening->import)
    remember_recent (opening->file);
  set_document (self, document);

  return TRUE;
}

/* Whether a file or draft is being opened. */
gboolean
concord_session_get_opening (ConcordSession *self)
{
  g_return_val_if_fail (CONCORD_IS_SESSION (self), FALSE);

  return self->opening != NULL;
}

/* Stops waiting for a load under way: its callback is told
 * %G_IO_ERROR_CANCELLED, and what it read is thrown away. */
void
concord_session_cancel_open (ConcordSession *self)
{
  g_return_if_fail (CONCORD_IS_SESSION (self));

  if (self->opening != NULL)
    g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
}

gboolean
concord_session_open_template (ConcordSession  *self,
                               const char      *template_id,
                               GError         **error)
{
  g_autoptr(ConcordDocument) document = NULL;

  g_return_val_if_fail (CONCORD_IS_SESSION (self), FALSE);

  document = concord_document_new_from_template (template_id, error);
  if (document == NULL)
    return FALSE;

  set_document (self, document);

  return TRUE;
}

/* Saves to @file (or the document's own file); the draft goes, and the
 * file is watched from now on. */
gboolean
concord_session_save (ConcordSession  *self,
                      GFile           *file,
                      GError         **error)
{
  g_return_val_if_fail (CONCORD_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  if (!concord_document_save (self->document, file, error))
    return FALSE;

  concord_session_discard_draft (self);
  concord_file_watch_set_file (self->watch, concord_document_get_file (self->document));
  remember_recent (concord_document_get_file (self->document));

  return TRUE;
}

/* Takes the file as another program left it, dropping unsaved changes. */
gboolean
concord_session_reload (ConcordSession  *self,
                        GError         **error)
{
  g_autoptr(ConcordDocument) document = NULL;
  g_autofree char *draft_id = NULL;

  g_return_val_if_fail (CONCORD_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  document = concord_document_new_from_file (concord_document_get_file (self->document), error);
  if (document == NULL)
    return FALSE;

  draft_id = g_strdup (concord_document_get_draft_id (self->document));
  concord_drafts_remove (draft_id);
  set_document (self, document);

  return TRUE;
}

/* Keeps this version over another program's: the next save overwrites
 * the other one, and until then the document counts as changed. */
void
concord_session_keep_version (ConcordSession *self)
{
  g_return_if_fail (CONCORD_IS_SESSION (self));
  g_return_if_fail (self->document != NULL);

  concord_file_watch_remember (self->watch);
  concord_document_set_modified (self->document, TRUE);
}

/* The draft is not needed: the work is saved, or thrown away. */
void
concord_session_discard_draft (ConcordSession *self)
{
  g_return_if_fail (CONCORD_IS_SESSION (self));

  concord_autosave_cancel (self->autosave);
  if (self->document != NULL)
    concord_drafts_remove (concord_document_get_draft_id (self->document));
}

/* Writes the draft now if one is due, as when the window loses focus. */
void
concord_session_flush_draft (ConcordSession *self)
{
  g_return_if_fail (CONCORD_IS_SESSION (self));

  if (concord_autosave_pending (self->autosave))
    concord_autosave_flush (self->autosave);
}

/**
 * concord_session_take_files:
 * @application: (nullable): where files for other windows go
 *
 * Files dropped on the window: the first is for this window if it has no
 * memorandum and is not opening one, the others each go to a window of
 * their own.
 *
 * Returns: (transfer none) (nullable): the file to open here
 */
GFile *
concord_session_take_files (ConcordSession *self,
                            GApplication   *application,
                            GSList         *files)
{
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  GFile *here = NULL;

  g_return_val_if_fail (CONCORD_IS_SESSION (self), NULL);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (l == files && self->document == NULL && self->opening == NULL)
        here = l->data;
      else
        g_ptr_array_add (rest, l->data);
    }

  if (rest->len > 0 && application != NULL)
    g_application_open (application, (GFile **) rest->pdata, (int) rest->len, "");

  return here;
}

static void
file_changed_cb (ConcordSession   *self,
                 ConcordFileWatch *watch)
{
  g_signal_emit (self, signals[FILE_CHANGED], 0);
}

static void
concord_session_dispose (GObject *object)
{
  ConcordSession *self = CONCORD_SESSION (object);

  concord_session_cancel_open (self);
  concord_autosave_cancel (self->autosave);
  g_clear_object (&self->watch);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (concord_session_parent_class)->dispose (object);
}

static void
concord_session_finalize (GObject *object)
{
  ConcordSession *self = CONCORD_SESSION (object);

  g_clear_pointer (&self->autosave, concord_autosave_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (concord_session_parent_class)->finalize (object);
}

static void
concord_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ConcordSession *self = CONCORD_SESSION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_session_class_init (ConcordSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = concord_session_dispose;
  object_class->finalize = concord_session_finalize;
  object_class->get_property = concord_session_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CONCORD_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ConcordSession::file-changed:
   *
   * Another program changed the file the memorandum was saved to.
   */
  signals[FILE_CHANGED] = g_signal_new ("file-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * ConcordSession::autosave-error:
   * @message: why the draft could not be written
   *
   * A draft could not be written; emitted once until one is written again.
   */
  signals[AUTOSAVE_ERROR] = g_signal_new ("autosave-error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
autosave_error_cb (ConcordAutosave *autosave,
                   const GError    *error,
                   gpointer         data)
{
  g_signal_emit (CONCORD_SESSION (data), signals[AUTOSAVE_ERROR], 0, error->message);
}

static void
show_autosave_error_cb (ConcordSession  *self,
                        const char      *message,
                        AdwToastOverlay *overlay)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  /* Translators: %s says why, as "Cannot make the drafts folder …". */
  g_autofree char *title = g_strdup_printf (_("Drafts cannot be kept: %s"), escaped);
  AdwToast *toast = adw_toast_new (title);
  AdwToast *previous = g_object_get_data (G_OBJECT (overlay), "concord-autosave-toast");

  /* Unsaved work is at risk: the toast stays until it is dismissed, or
   * until a new streak of failures replaces it (a toast would otherwise
   * wait behind it). */
  if (previous != NULL)
    adw_toast_dismiss (previous);
  adw_toast_set_timeout (toast, 0);
  g_object_set_data_full (G_OBJECT (overlay), "concord-autosave-toast", g_object_ref (toast), g_object_unref);
  adw_toast_overlay_add_toast (overlay, toast);
}

/* Drafts that cannot be written are told in @overlay, as a toast. */
void
concord_session_show_errors_in (ConcordSession  *self,
                                AdwToastOverlay *overlay)
{
  g_return_if_fail (CONCORD_IS_SESSION (self));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));

  g_signal_connect_object (self, "autosave-error", G_CALLBACK (show_autosave_error_cb), overlay, 0);
}

static void
concord_session_init (ConcordSession *self)
{
  self->autosave = concord_autosave_new ();
  concord_autosave_set_error_func (self->autosave, autosave_error_cb, self, NULL);
  self->watch = concord_file_watch_new ();
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);
}

/* @settings: the application's, with the "autosave-delay" key */
ConcordSession *
concord_session_new (GSettings *settings)
{
  ConcordSession *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CONCORD_TYPE_SESSION, NULL);
  self->settings = g_object_ref (settings);

  return self;
}
