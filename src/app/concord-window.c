/* concord-window.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-app-resources.h"
#include "concord-clause-pane.h"
#include "concord-compare-window.h"
#include "concord-details-pane.h"
#include "concord-drafts.h"
#include "concord-export-dialog.h"
#include "concord-file-watch.h"
#include "concord-outline.h"
#include "concord-party-pane.h"
#include "concord-print.h"
#include "concord-section-pane.h"
#include "concord-signature-pane.h"
#include "concord-start-page.h"
#include "concord-structure.h"
#include "concord-views-pane.h"
#include "concord-window.h"
#ifdef HAVE_LIBGIT2
#include "concord-revision-dialog.h"
#endif

/* The window is a shell: it holds the document, the actions, the outline
 * and which pane is shown. Each pane edits one kind of item, and talks to
 * the rest only through the document and the window's actions. */

struct _ConcordWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkInfoBar           *changed_bar;
  GtkStack             *main_stack;
  ConcordStartPage     *start_page;
  AdwStatusPage        *error_page;
  ConcordOutline       *outline;
  GtkStack             *editor_stack;
  ConcordViewsPane     *views_pane;
  GtkToggleButton      *views_button;
  GtkButton            *problems_button;
  AdwButtonContent     *problems_content;

  /* Owned */
  ConcordDocument      *document;
  GSettings            *settings;
  /* The item the shown pane edits. */
  GObject              *edited;
  gulong                edited_notify_id;

  /* State */
  gboolean              closing_confirmed;
  guint                 autosave_id;
  /* Noticing changes made to the file by other programs. */
  ConcordFileWatch     *watch;
};

G_DEFINE_FINAL_TYPE (ConcordWindow, concord_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void show_error     (ConcordWindow *self,
                            const char    *message);
static void update_actions (ConcordWindow *self);

/* The panes: one for each kind of item, the one for the selected item
 * shown. */

static ConcordEditorPane *
pane_for (ConcordWindow *self,
          GObject       *item)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->editor_stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CONCORD_IS_EDITOR_PANE (child) && concord_editor_pane_accepts (CONCORD_EDITOR_PANE (child), item))
      return CONCORD_EDITOR_PANE (child);

  return NULL;
}

static void
set_panes_document (ConcordWindow   *self,
                    ConcordDocument *document)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->editor_stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CONCORD_IS_EDITOR_PANE (child))
      concord_editor_pane_set_document (CONCORD_EDITOR_PANE (child), document);
}

static void
unbind_editor (ConcordWindow *self)
{
  ConcordEditorPane *pane;

  if (self->edited == NULL)
    return;

  /* During dispose the template's widgets are already gone. */
  if (self->editor_stack != NULL && (pane = pane_for (self, self->edited)) != NULL)
    concord_editor_pane_set_item (pane, NULL);
  g_clear_signal_handler (&self->edited_notify_id, self->edited);
  g_clear_object (&self->edited);
}

/* Numbers change with a clause's "numbered" flag and the memorandum's and
 * sections' settings; the pane itself follows every change. */
static void
edited_notify_cb (ConcordWindow *self,
                  GParamSpec    *pspec,
                  GObject       *item)
{
  if (g_strcmp0 (pspec->name, "numbered") == 0 || CONCORD_IS_MEMORANDUM (item) || CONCORD_IS_SECTION (item))
    concord_outline_invalidate_numbers (self->outline);
}

static void
edit (ConcordWindow *self,
      GObject       *item)
{
  ConcordEditorPane *pane;

  unbind_editor (self);
  if (item == NULL || (pane = pane_for (self, item)) == NULL)
    return;

  self->edited = g_object_ref (item);
  self->edited_notify_id = g_signal_connect_object (item, "notify", G_CALLBACK (edited_notify_cb),
                                                    self, G_CONNECT_SWAPPED);
  concord_editor_pane_set_item (pane, item);
  gtk_stack_set_visible_child (self->editor_stack, GTK_WIDGET (pane));
  concord_views_pane_show_item (self->views_pane, item);
}

/* Moves the focus to a field of the item being edited. */
static gboolean
focus_field (ConcordWindow *self,
             const char    *field)
{
  ConcordEditorPane *pane = self->edited != NULL ? pane_for (self, self->edited) : NULL;

  return pane != NULL && field != NULL && concord_editor_pane_focus_field (pane, field);
}

/* Selects an item of the outline, shows it in its pane and scrolls it
 * into view: after undo or redo, a new clause, a finding. */
static void
select_item (ConcordWindow *self,
             GObject       *item)
{
  if (item == NULL || !concord_outline_select (self->outline, item))
    return;

  if (self->edited != item)
    {
      edit (self, item);
      update_actions (self);
    }
}

static void
outline_selected_cb (ConcordWindow  *self,
                     GParamSpec     *pspec,
                     ConcordOutline *outline)
{
  GObject *item = concord_outline_get_selected (outline);

  if (self->document == NULL || item == NULL || item == self->edited)
    return;

  edit (self, item);
  update_actions (self);
}

/* Title and actions */

static void
update_title (ConcordWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gboolean modified;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, "Concord");
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), "Concord");
      return;
    }

  name = concord_document_dup_title (self->document);
  modified = concord_document_get_modified (self->document);
  /* The bullet marks unsaved changes, as GNOME applications do. */
  title = g_strdup_printf ("%s%s", modified ? "• " : "", name);
  /* Called after every keystroke: only a real change goes to the window
   * manager. */
  if (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (self)), title) == 0)
    return;
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, modified ? _("Unsaved changes") : NULL);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Autosave: a few seconds after edits stop, and when the window loses
 * focus, unsaved work is copied to a draft apart from the real file. */

static void
write_draft (ConcordWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->document == NULL || !concord_document_get_modified (self->document))
    return;

  if (!concord_drafts_write (self->document, &error))
    g_message ("Could not autosave a draft: %s", error->message);
}

static gboolean
autosave_cb (gpointer data)
{
  ConcordWindow *self = data;

  self->autosave_id = 0;
  write_draft (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (ConcordWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (g_settings_get_uint (self->settings, "autosave-delay"),
                                     autosave_cb, self);
}

static void
is_active_cb (ConcordWindow *self,
              GParamSpec    *pspec,
              gpointer       data)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)) && self->autosave_id != 0)
    write_draft (self);
}

static void
document_changed_cb (ConcordWindow   *self,
                     ConcordDocument *document)
{
  concord_outline_refresh (self->outline);
  concord_views_pane_changed (self->views_pane);
  /* A clause that now concerns the party viewed as, or no longer does. */
  concord_outline_filter_changed (self->outline);
  update_title (self);
  schedule_autosave (self);
}

static void
document_notify_cb (ConcordWindow   *self,
                    GParamSpec      *pspec,
                    ConcordDocument *document)
{
  update_title (self);
  update_actions (self);
}

static void
structure_changed_cb (ConcordWindow   *self,
                      ConcordDocument *document)
{
  g_autoptr(GObject) edited = self->edited != NULL ? g_object_ref (self->edited) : NULL;

  concord_outline_rebuild (self->outline);
  concord_views_pane_changed (self->views_pane);
  concord_outline_filter_changed (self->outline);
  select_item (self, edited);
}

/* Another program changed the file: the user chooses which version to
 * keep. */
static void
file_changed_cb (ConcordWindow    *self,
                 ConcordFileWatch *watch)
{
  gtk_info_bar_set_revealed (self->changed_bar, TRUE);
}

static void
watch_file (ConcordWindow *self)
{
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  concord_file_watch_set_file (self->watch, self->document != NULL ? concord_document_get_file (self->document) : NULL);
}

static void set_document (ConcordWindow   *self,
                          ConcordDocument *document);

static void
changed_bar_response_cb (ConcordWindow *self,
                         int            response,
                         GtkInfoBar    *bar)
{
  gtk_info_bar_set_revealed (bar, FALSE);

  if (response == 1)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordDocument) document = concord_document_new_from_file (concord_document_get_file (self->document),
                                                                            &error);

      if (document == NULL)
        {
          show_error (self, error->message);
          return;
        }
      concord_drafts_remove (concord_document_get_draft_id (self->document));
      set_document (self, document);
    }
  else
    {
      /* Keeping this version: the next save overwrites the other one, and
       * until then the document counts as changed. */
      concord_file_watch_remember (self->watch);
      concord_document_set_modified (self->document, TRUE);
    }
}

static void
set_document (ConcordWindow   *self,
              ConcordDocument *document)
{
  unbind_editor (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  set_panes_document (self, document);
  concord_views_pane_set_document (self->views_pane, document);
  concord_outline_set_document (self->outline, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify", G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "structure-changed", G_CALLBACK (structure_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_stack_set_visible_child_name (self->main_stack, "document");
      select_item (self, G_OBJECT (concord_document_get_memorandum (document)));
    }

  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* One place sets whether each action can be used now. */
static void
update_actions (ConcordWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = self->document != NULL;
  gboolean clause = has_document && CONCORD_IS_CLAUSE (self->edited);
  gboolean section = has_document && CONCORD_IS_SECTION (self->edited);
  const char *always[] = {
    "win.save", "win.save-as", "win.party-add", "win.section-add", "win.compare-file",
    "win.print", "win.print-counterparts", "win.export", "win.show-views", "win.show-problems",
  };
  const char *for_clause[] = {
    "win.clause-duplicate", "win.clause-remove", "win.clause-move-up", "win.clause-move-down",
  };
  const char *for_section[] = {
    "win.section-remove", "win.section-move-up", "win.section-move-down",
  };
  const char *for_either[] = {
    "win.clause-add", "win.move-up", "win.move-down", "win.remove-item",
  };

  for (guint i = 0; i < G_N_ELEMENTS (always); i++)
    gtk_widget_action_set_enabled (widget, always[i], has_document);
  for (guint i = 0; i < G_N_ELEMENTS (for_clause); i++)
    gtk_widget_action_set_enabled (widget, for_clause[i], clause);
  for (guint i = 0; i < G_N_ELEMENTS (for_section); i++)
    gtk_widget_action_set_enabled (widget, for_section[i], section);
  for (guint i = 0; i < G_N_ELEMENTS (for_either); i++)
    gtk_widget_action_set_enabled (widget, for_either[i], clause || section);
  gtk_widget_action_set_enabled (widget, "win.party-remove", has_document && CONCORD_IS_PARTY (self->edited));
  gtk_widget_action_set_enabled (widget, "win.undo", has_document && concord_document_can_undo (self->document));
  gtk_widget_action_set_enabled (widget, "win.redo", has_document && concord_document_can_redo (self->document));
#ifdef HAVE_LIBGIT2
  /* Comparing with a revision needs the memorandum saved to a file. */
  gtk_widget_action_set_enabled (widget, "win.compare-revision",
                                 has_document && concord_document_get_file (self->document) != NULL);
#endif
}

static void
show_error (ConcordWindow *self,
            const char    *message)
{
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

static void
show_message (ConcordWindow *self,
              const char    *heading,
              const char    *message)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening */

void
concord_window_open_file (ConcordWindow *self,
                          GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = NULL;

  g_return_if_fail (CONCORD_IS_WINDOW (self));

  document = concord_document_new_from_file (file, &error);
  if (document == NULL)
    {
      show_error (self, error->message);
      return;
    }

  concord_remember_recent (file);
  set_document (self, document);
}

gboolean
concord_window_open_template (ConcordWindow *self,
                              const char    *template_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = NULL;

  g_return_val_if_fail (CONCORD_IS_WINDOW (self), FALSE);

  document = concord_document_new_from_template (template_id, &error);
  if (document == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  set_document (self, document);

  return TRUE;
}

static void
template_activated_cb (ConcordWindow    *self,
                       const char       *template_id,
                       ConcordStartPage *page)
{
  concord_window_open_template (self, template_id);
}

static void
file_activated_cb (ConcordWindow    *self,
                   GFile            *file,
                   ConcordStartPage *page)
{
  concord_window_open_file (self, file);
}

static void
draft_activated_cb (ConcordWindow    *self,
                    const char       *draft_id,
                    ConcordStartPage *page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (draft_id);
  g_autoptr(ConcordDocument) document = concord_drafts_restore (id, &error);

  if (document == NULL)
    {
      show_error (self, error->message);
      return;
    }

  concord_start_page_forget_draft (page, id);
  set_document (self, document);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  ConcordWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      ConcordWindow *target = self;

      /* A window that already holds a document opens the file in a new one. */
      if (self->document != NULL)
        {
          target = concord_window_new (ADW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
          gtk_window_present (GTK_WINDOW (target));
        }
      concord_window_open_file (target, file);
    }
  g_object_unref (dialog);
}

static GtkFileFilter *
memorandum_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Memoranda"));
  gtk_file_filter_add_pattern (filter, "*.mou");

  return filter;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = memorandum_filter ();

  dialog = gtk_file_chooser_native_new (_("Open a Memorandum"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Files dropped on the window: the first opens here if this window has no
 * memorandum yet, the others each in a window of their own. */
gboolean
concord_window_open_files (ConcordWindow *self,
                            GSList        *files)
{
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  g_return_val_if_fail (CONCORD_IS_WINDOW (self), FALSE);

  if (files == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (l == files && self->document == NULL)
        concord_window_open_file (self, l->data);
      else
        g_ptr_array_add (rest, l->data);
    }

  if (rest->len > 0 && app != NULL)
    g_application_open (app, (GFile **) rest->pdata, (int) rest->len, "");

  return TRUE;
}

static gboolean
files_dropped_cb (ConcordWindow *self,
                  const GValue  *value,
                  double         x,
                  double         y)
{
  return concord_window_open_files (self, g_value_get_boxed (value));
}

/* Saving */

static gboolean
save_to (ConcordWindow *self,
         GFile         *file)
{
  g_autoptr(GError) error = NULL;

  if (concord_document_save (self->document, file, &error))
    {
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      concord_drafts_remove (concord_document_get_draft_id (self->document));
      watch_file (self);
      concord_remember_recent (concord_document_get_file (self->document));
      return TRUE;
    }

  /* The document stays open and unsaved; say what went wrong. */
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                           _("Could Not Save"),
                                                                           error->message));

    adw_message_dialog_add_response (dialog, "close", _("_Close"));
    gtk_window_present (GTK_WINDOW (dialog));
  }

  return FALSE;
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     ConcordWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      save_to (self, file);
    }
  g_object_unref (dialog);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = memorandum_filter ();
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Save the Memorandum"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  name = concord_document_get_file (self->document) != NULL
    ? concord_document_dup_title (self->document) : g_strdup (_("Memorandum.mou"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (concord_document_get_file (self->document) == NULL)
    save_as_action (widget, action_name, parameter);
  else
    save_to (self, NULL);
}

/* Sections, clauses and parties: each edit selects the item it concerns
 * afterwards. */

typedef enum {
  ADD_CLAUSE,
  DUPLICATE_CLAUSE,
  ADD_SECTION,
  ADD_PARTY,
  REMOVE,
  MOVE_UP,
  MOVE_DOWN,
} StructureEdit;

static const struct {
  const char   *action;
  StructureEdit edit;
  GType       (*only) (void);
} structure_actions[] = {
  { "win.clause-add", ADD_CLAUSE, NULL },
  { "win.clause-duplicate", DUPLICATE_CLAUSE, NULL },
  { "win.clause-remove", REMOVE, concord_clause_get_type },
  { "win.clause-move-up", MOVE_UP, concord_clause_get_type },
  { "win.clause-move-down", MOVE_DOWN, concord_clause_get_type },
  { "win.section-add", ADD_SECTION, NULL },
  { "win.section-remove", REMOVE, concord_section_get_type },
  { "win.section-move-up", MOVE_UP, concord_section_get_type },
  { "win.section-move-down", MOVE_DOWN, concord_section_get_type },
  { "win.party-add", ADD_PARTY, NULL },
  /* Alt+Up, Alt+Down and Shift+Ctrl+Delete act on whichever is selected. */
  { "win.move-up", MOVE_UP, NULL },
  { "win.move-down", MOVE_DOWN, NULL },
  { "win.remove-item", REMOVE, NULL },
};

static GObject *
apply_structure_edit (ConcordWindow *self,
                      StructureEdit  edit,
                      const char   **focus)
{
  GObject *selected = self->edited;

  switch (edit)
    {
    case ADD_CLAUSE:
      *focus = "heading";
      return G_OBJECT (concord_structure_add_clause (self->document, selected));
    case DUPLICATE_CLAUSE:
      return G_OBJECT (concord_structure_duplicate_clause (self->document, selected));
    case ADD_SECTION:
      *focus = "heading";
      return G_OBJECT (concord_structure_add_section (self->document, selected));
    case ADD_PARTY:
      *focus = "name";
      return G_OBJECT (concord_structure_add_party (self->document));
    case REMOVE:
      return concord_structure_remove (self->document, selected);
    case MOVE_UP:
    case MOVE_DOWN:
      return concord_structure_move (self->document, selected, edit == MOVE_UP ? -1 : 1);
    default:
      g_assert_not_reached ();
    }
}

/* Sections, clauses and parties: each edit is one undoable edit, and the
 * item it concerns is selected afterwards. */
static void
structure_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  const char *focus = NULL;
  GObject *next = NULL;

  if (self->document == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (structure_actions); i++)
    if (g_str_equal (structure_actions[i].action, action_name))
      {
        if (structure_actions[i].only != NULL &&
            !G_TYPE_CHECK_INSTANCE_TYPE (self->edited, structure_actions[i].only ()))
          return;
        next = apply_structure_edit (self, structure_actions[i].edit, &focus);
        break;
      }

  /* The memorandum holds the item returned. */
  if (next == NULL)
    return;
  select_item (self, next);
  if (focus != NULL)
    focus_field (self, focus);
}

/* A party that clauses name is removed only after the user is told which
 * clauses, and agrees. */

static void
remove_party_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          ConcordWindow    *self)
{
  ConcordParty *party = g_object_get_data (G_OBJECT (dialog), "party");

  if (g_strcmp0 (response, "remove") == 0 && self->document != NULL)
    select_item (self, concord_structure_remove_party (self->document, party));
}

static void
party_remove_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  ConcordParty *party = CONCORD_IS_PARTY (self->edited) ? CONCORD_PARTY (self->edited) : NULL;
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->document == NULL || party == NULL)
    return;

  clauses = concord_structure_clauses_naming (self->document, concord_party_get_id (party));
  if (clauses->len == 0)
    {
      select_item (self, concord_structure_remove_party (self->document, party));
      return;
    }

  numbering = concord_numbering_new (concord_document_get_memorandum (self->document));
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);
      const char *number = concord_numbering_get_clause (numbering, clause);
      const char *title = concord_clause_get_heading (clause);

      g_string_append_printf (list, "\n• %s %s", number != NULL ? number : "–",
                              title != NULL ? title : concord_clause_get_id (clause));
    }

  name = concord_field_render (concord_party_get_name (party), concord_party_get_placeholder (party, "name"),
                               _("this party"));
  heading = g_strdup_printf (_("Remove %s?"), name);
  if (clauses->len == 1)
    body = g_strdup_printf (_("This clause names the party, and will no longer do so:%s"), list->str);
  else
    body = g_strdup_printf (_("These %u clauses name the party, and will no longer do so:%s"),
                            clauses->len, list->str);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "party", g_object_ref (party), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_party_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The views pane */

/* Goes to the item behind what a view shows, widening the outline first if
 * a party filter hides it. */
static void
views_item_activated_cb (ConcordWindow    *self,
                         GObject          *item,
                         const char       *field,
                         ConcordViewsPane *pane)
{
  if (!concord_outline_find (self->outline, item, NULL))
    concord_views_pane_set_party_id (pane, NULL);
  select_item (self, item);
  focus_field (self, field);
}

/* Viewing as a party narrows the outline; the selection stays on what was
 * being edited if it is still listed. */
static void
party_filter_changed_cb (ConcordWindow    *self,
                         GParamSpec       *pspec,
                         ConcordViewsPane *pane)
{
  g_autoptr(GObject) edited = self->edited != NULL ? g_object_ref (self->edited) : NULL;

  concord_outline_set_party_filter (self->outline, concord_views_pane_get_party_id (pane));
  if (edited != NULL && concord_outline_find (self->outline, edited, NULL))
    concord_outline_select (self->outline, edited);
  else if (self->document != NULL)
    select_item (self, G_OBJECT (concord_document_get_memorandum (self->document)));
}

static void
update_problems_count (ConcordWindow *self)
{
  guint n = concord_views_pane_get_n_findings (self->views_pane);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *tooltip = g_strdup_printf (g_dngettext (NULL, "%u problem found in the memorandum",
                                                           "%u problems found in the memorandum", n), n);

  adw_button_content_set_label (self->problems_content, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->problems_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_button), self->document != NULL && n > 0);
}

static void
views_shown_cb (ConcordWindow *self)
{
  g_settings_set_boolean (self->settings, "show-views", gtk_widget_get_visible (GTK_WIDGET (self->views_pane)));
}

static void
show_views_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->views_pane), !gtk_widget_get_visible (GTK_WIDGET (self->views_pane)));
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  concord_views_pane_set_page (self->views_pane, "problems");
  gtk_widget_set_visible (GTK_WIDGET (self->views_pane), TRUE);
}

/* Printing, export and comparing */

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(ConcordWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (concord_print_run_finish (result, &error) == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_message (self, _("Could Not Print"), error->message);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL };

  if (self->document == NULL)
    return;

  concord_print_run_async (GTK_WINDOW (self), concord_document_get_memorandum (self->document), &options,
                           g_str_equal (action_name, "win.print-counterparts"),
                           GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL,
                           print_done_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (self->document != NULL)
    concord_export_dialog_present (GTK_WINDOW (self), concord_document_get_memorandum (self->document));
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  /* There is nothing to compare before a memorandum is open. */
  if (self->document == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (g_str_equal (action_name, "win.compare-file"))
    concord_compare_window_choose_file (GTK_WINDOW (self), self->document);
#ifdef HAVE_LIBGIT2
  else
    gtk_window_present (GTK_WINDOW (concord_revision_dialog_new (GTK_WINDOW (self), self->document)));
#endif
}

/* Undo, redo and the start page */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  gboolean redo = g_str_equal (action_name, "win.redo");

  concord_outline_invalidate_numbers (self->outline);
  select_item (self, redo ? concord_document_redo (self->document) : concord_document_undo (self->document));
}

static void
show_start_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, self->document != NULL ? "document" : "start");
}

/* Closing with unsaved changes asks first. */

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   ConcordWindow    *self)
{
  if (g_strcmp0 (response, "save") == 0)
    {
      if (concord_document_get_file (self->document) == NULL)
        {
          save_as_action (GTK_WIDGET (self), "win.save-as", NULL);
          return;
        }
      if (!save_to (self, NULL))
        return;
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      concord_drafts_remove (concord_document_get_draft_id (self->document));
    }
  else
    return;

  self->closing_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
concord_window_close_request (GtkWindow *window)
{
  ConcordWindow *self = CONCORD_WINDOW (window);
  AdwMessageDialog *dialog;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (self->closing_confirmed || self->document == NULL || !concord_document_get_modified (self->document))
    return GTK_WINDOW_CLASS (concord_window_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"),
                                                       _("This memorandum has changes that are not saved. "
                                                         "Changes that are not saved will be lost.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
concord_window_dispose (GObject *object)
{
  ConcordWindow *self = CONCORD_WINDOW (object);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_object (&self->watch);
  unbind_editor (self);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_WINDOW);

  G_OBJECT_CLASS (concord_window_parent_class)->dispose (object);
}

static void
concord_window_finalize (GObject *object)
{
  ConcordWindow *self = CONCORD_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (concord_window_parent_class)->finalize (object);
}

static void
concord_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ConcordWindow *self = CONCORD_WINDOW (object);

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
install_actions (GtkWidgetClass *widget_class)
{
  static const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, "win.undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_y, GDK_CONTROL_MASK, "win.redo" },
    { GDK_KEY_o, GDK_CONTROL_MASK, "win.open" },
    { GDK_KEY_s, GDK_CONTROL_MASK, "win.save" },
    { GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as" },
    { GDK_KEY_Return, GDK_CONTROL_MASK, "win.clause-add" },
    { GDK_KEY_d, GDK_CONTROL_MASK, "win.clause-duplicate" },
    { GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.remove-item" },
    { GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.section-add" },
    { GDK_KEY_Up, GDK_ALT_MASK, "win.move-up" },
    { GDK_KEY_Down, GDK_ALT_MASK, "win.move-down" },
    { GDK_KEY_F9, 0, "win.show-views" },
    { GDK_KEY_p, GDK_CONTROL_MASK, "win.print" },
    { GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export" },
  };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.show-start", NULL, show_start_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  for (guint i = 0; i < G_N_ELEMENTS (structure_actions); i++)
    gtk_widget_class_install_action (widget_class, structure_actions[i].action, NULL, structure_action);
  gtk_widget_class_install_action (widget_class, "win.party-remove", NULL, party_remove_action);
  gtk_widget_class_install_action (widget_class, "win.show-views", NULL, show_views_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-counterparts", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.compare-file", NULL, compare_action);
#ifdef HAVE_LIBGIT2
  /* Without libgit2 the action does not exist, and its menu item, marked
   * hidden-when action-missing, is not shown. */
  gtk_widget_class_install_action (widget_class, "win.compare-revision", NULL, compare_action);
#endif
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].mods, keys[i].action, NULL);
}

static void
concord_window_class_init (ConcordWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = concord_window_dispose;
  object_class->finalize = concord_window_finalize;
  object_class->get_property = concord_window_get_property;
  window_class->close_request = concord_window_close_request;

  /**
   * ConcordWindow:document:
   *
   * The memorandum the window shows, if any.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CONCORD_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource keeps it linked in (and so registered) when
   * the window comes from the static library, as in the UI tests. */
  g_assert (concord_app_get_resource () != NULL);
  g_type_ensure (CONCORD_TYPE_START_PAGE);
  g_type_ensure (CONCORD_TYPE_OUTLINE);
  g_type_ensure (CONCORD_TYPE_VIEWS_PANE);
  g_type_ensure (CONCORD_TYPE_DETAILS_PANE);
  g_type_ensure (CONCORD_TYPE_PARTY_PANE);
  g_type_ensure (CONCORD_TYPE_SECTION_PANE);
  g_type_ensure (CONCORD_TYPE_CLAUSE_PANE);
  g_type_ensure (CONCORD_TYPE_SIGNATURE_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/concord-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, changed_bar);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, views_pane);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, views_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, problems_content);
  gtk_widget_class_bind_template_callback (widget_class, template_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, file_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, draft_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, views_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, party_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_problems_count);
  install_actions (widget_class);
}

static void
concord_window_init (ConcordWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkDropTarget *target;
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (files_dropped_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  self->watch = concord_file_watch_new ();
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "views-page", self->views_pane, "page", G_SETTINGS_BIND_DEFAULT);
  gtk_widget_set_visible (GTK_WIDGET (self->views_pane), g_settings_get_boolean (self->settings, "show-views"));
  g_object_bind_property (self->views_pane, "visible", self->views_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->views_pane, "notify::visible", G_CALLBACK (views_shown_cb), self,
                           G_CONNECT_SWAPPED);

  if (!concord_start_page_fill_templates (self->start_page, &error))
    show_error (self, error->message);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_cb), NULL);
  update_actions (self);
}

ConcordWindow *
concord_window_new (AdwApplication *application)
{
  return g_object_new (CONCORD_TYPE_WINDOW, "application", application, NULL);
}

ConcordDocument *
concord_window_get_document (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return self->document;
}

const char *
concord_window_get_page_name (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

/* The item the window edits, in the pane shown for it. */
GObject *
concord_window_get_edited (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return self->edited;
}

ConcordEditorPane *
concord_window_get_pane (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return self->edited != NULL ? pane_for (self, self->edited) : NULL;
}

/* Selects an item of the outline, and edits it. */
void
concord_window_select (ConcordWindow *self,
                       GObject       *item)
{
  g_return_if_fail (CONCORD_IS_WINDOW (self));

  select_item (self, item);
}

/* Whether closing goes ahead without asking about unsaved changes, as
 * after the user has answered the question. */
void
concord_window_set_closing_confirmed (ConcordWindow *self,
                                      gboolean       confirmed)
{
  g_return_if_fail (CONCORD_IS_WINDOW (self));

  self->closing_confirmed = confirmed;
}

ConcordOutline *
concord_window_get_outline (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return self->outline;
}

ConcordViewsPane *
concord_window_get_views_pane (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return self->views_pane;
}

ConcordStartPage *
concord_window_get_start_page (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return self->start_page;
}

/* What the window says: its title, the file-changed bar, the error shown
 * and the problems count (as the header bar shows them). */
gboolean
concord_window_get_file_changed (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), FALSE);

  return gtk_info_bar_get_revealed (self->changed_bar);
}

void
concord_window_respond_file_changed (ConcordWindow *self,
                                     gboolean       reload)
{
  g_return_if_fail (CONCORD_IS_WINDOW (self));

  gtk_info_bar_response (self->changed_bar, reload ? 1 : 2);
}

const char *
concord_window_get_error (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return adw_status_page_get_description (self->error_page);
}

const char *
concord_window_get_problems_label (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->problems_button))
    ? adw_button_content_get_label (self->problems_content) : NULL;
}
