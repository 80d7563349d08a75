/* concord-window.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-app-resources.h"
#include "concord-commands.h"
#include "concord-dialogs.h"
#include "concord-drafts.h"
#include "concord-editors.h"
#include "concord-outline.h"
#include "concord-problems-button.h"
#include "concord-conflict-bar.h"
#include "concord-session.h"
#include "concord-start-page.h"
#include "concord-structure.h"
#include "concord-views-pane.h"
#include "concord-window.h"
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
  AdwToastOverlay      *toast_overlay;

  /* Owned */
  ConcordDocument      *document;
  GSettings            *settings;
  ConcordSession       *session;
  /* The item the shown pane edits. */
  GObject              *edited;

  /* State */
  gboolean              closing_confirmed;
  guint                 select_id;
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
  g_clear_object (&self->edited);
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

/* Shows an object of the memorandum that undo or a finding is about: its
 * own row, or for a term the definitions with that term selected. */
static void
show_object (ConcordWindow *self,
             GObject       *object,
             const char    *property)
{
  GObject *row = object != NULL ? concord_outline_row_item (self->outline, object, property) : NULL;

  select_item (self, row);
  if (row != object && row != NULL && self->edited == row)
    concord_editor_pane_reveal (pane_for (self, row), object);
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

/* Unsaved work goes to a draft when the window loses focus too. */
static void
is_active_cb (ConcordWindow *self,
              GParamSpec    *pspec,
              gpointer       data)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    concord_session_flush_draft (self->session);
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
file_changed_cb (ConcordWindow  *self,
                 ConcordSession *session)
{
  gtk_info_bar_set_revealed (self->changed_bar, TRUE);
}

static void
changed_bar_response_cb (ConcordWindow *self,
                         int            response,
                         GtkInfoBar    *bar)
{
  g_autoptr(GError) error = NULL;

  gtk_info_bar_set_revealed (bar, FALSE);
  if (response != 1)
    concord_session_keep_version (self->session);
  else if (!concord_session_reload (self->session, &error))
    show_error (self, error->message);
}

static void
select_memorandum_cb (gpointer data)
{
  ConcordWindow *self = data;

  self->select_id = 0;
  select_item (self, G_OBJECT (concord_document_get_memorandum (self->document)));
}

static void
set_document (ConcordWindow   *self,
              ConcordDocument *document)
{
  g_clear_handle_id (&self->select_id, g_source_remove);
  unbind_editor (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  set_panes_document (self, document);
  /* The outline first: the views pane's party filter goes back to nobody,
   * which the outline follows. */
  concord_outline_set_document (self->outline, document);
  concord_views_pane_set_document (self->views_pane, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify", G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "structure-changed", G_CALLBACK (structure_changed_cb), self,
                               G_CONNECT_SWAPPED);
      /* One from a worker thread has its first item edited a turn later. */
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "opening") == 0)
        self->select_id = g_idle_add_once (select_memorandum_cb, self);
      else
        select_memorandum_cb (self);
      gtk_stack_set_visible_child_name (self->main_stack, "document");
    }

  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
session_document_cb (ConcordWindow  *self,
                     GParamSpec     *pspec,
                     ConcordSession *session)
{
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  set_document (self, concord_session_get_document (session));
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
    "win.print", "win.print-with-comments", "win.print-counterparts", "win.export", "win.show-views", "win.show-problems",
    "win.library-insert",
  };
  const char *for_clause[] = {
    "win.clause-duplicate", "win.clause-remove", "win.clause-move-up", "win.clause-move-down",
  };
  const char *for_section[] = {
    "win.section-remove", "win.section-move-up", "win.section-move-down",
  };
  const char *for_either[] = {
    "win.clause-add", "win.move-up", "win.move-down", "win.remove-item", "win.library-save",
  };

  for (guint i = 0; i < G_N_ELEMENTS (always); i++)
    gtk_widget_action_set_enabled (widget, always[i], has_document);
  for (guint i = 0; i < G_N_ELEMENTS (for_clause); i++)
    gtk_widget_action_set_enabled (widget, for_clause[i], clause);
  for (guint i = 0; i < G_N_ELEMENTS (for_section); i++)
    gtk_widget_action_set_enabled (widget, for_section[i], section);
  for (guint i = 0; i < G_N_ELEMENTS (for_either); i++)
    gtk_widget_action_set_enabled (widget, for_either[i], clause || section);
  /* Alt+Up and Alt+Down move an annex too. */
  if (has_document && CONCORD_IS_ANNEX (self->edited))
    for (guint i = 1; i <= 2; i++)
      gtk_widget_action_set_enabled (widget, for_either[i], TRUE);
  gtk_widget_action_set_enabled (widget, "win.party-remove", has_document && CONCORD_IS_PARTY (self->edited));
  gtk_widget_action_set_enabled (widget, "win.signature-remove", has_document && CONCORD_IS_SIGNATURE (self->edited));
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
  /* A status page's description is always markup, and a message holds
   * file names and the file's own text. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/* Opening: a file or draft loads on a worker thread behind an "opening" page. */
static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(ConcordWindow) self = data;
  g_autoptr(GError) error = NULL;

  /* Cancelled: the window closed, or another file replaced this one. */
  if (concord_session_open_finish (CONCORD_SESSION (source), result, &error))
    {
      const char * const *report = concord_document_get_import_report (self->document);

      concord_start_page_forget_draft (self->start_page, concord_document_get_draft_id (self->document));
      if (report != NULL)
        concord_dialog_show_import_report (GTK_WINDOW (self), concord_document_get_import_source (self->document),
                                           report);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error->message);
}

void
concord_window_open_file (ConcordWindow *self,
                          GFile         *file)
{
  g_return_if_fail (CONCORD_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->main_stack, "opening");
  concord_session_open_file_async (self->session, file, opened_cb, g_object_ref (self));
}

gboolean
concord_window_open_template (ConcordWindow *self,
                              const char    *template_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CONCORD_IS_WINDOW (self), FALSE);

  if (!concord_session_open_template (self->session, template_id, &error))
    show_error (self, error->message);

  return error == NULL;
}

static void
draft_activated_cb (ConcordWindow    *self,
                    const char       *draft_id,
                    ConcordStartPage *page)
{
  gtk_stack_set_visible_child_name (self->main_stack, "opening");
  concord_session_restore_draft_async (self->session, draft_id, opened_cb, g_object_ref (self));
}

gboolean
concord_window_get_opening (ConcordWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_WINDOW (self), FALSE);

  return self->select_id != 0 || (self->session != NULL && concord_session_get_opening (self->session));
}

static void
open_chosen (GObject *object,
             GFile   *file)
{
  ConcordWindow *self = CONCORD_WINDOW (object);
  ConcordWindow *target = self;

  /* A window that already holds a document opens the file in a new one. */
  if (self->document != NULL || concord_window_get_opening (self))
    {
      target = concord_window_new (ADW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      gtk_window_present (GTK_WINDOW (target));
    }
  concord_window_open_file (target, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  concord_dialog_choose_memorandum (GTK_WINDOW (widget), FALSE, CONCORD_WINDOW (widget)->document, open_chosen,
                                    G_OBJECT (widget));
}

/* Files dropped on the window: the first opens here if this window has no
 * memorandum yet, the others each in a window of their own. */
gboolean
concord_window_open_files (ConcordWindow *self,
                           GSList        *files)
{
  GApplication *application;
  GFile *here;

  g_return_val_if_fail (CONCORD_IS_WINDOW (self), FALSE);

  application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if ((here = concord_session_take_files (self->session, application, files)) != NULL)
    concord_window_open_file (self, here);

  return files != NULL;
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

  if (concord_session_save (self->session, file, &error))
    {
      gtk_info_bar_set_revealed (self->changed_bar, FALSE);
      return TRUE;
    }

  /* The document stays open and unsaved; say what went wrong. */
  concord_dialog_tell (GTK_WINDOW (self), _("Could Not Save"), error->message);

  return FALSE;
}

static void
save_chosen (GObject *object,
             GFile   *file)
{
  save_to (CONCORD_WINDOW (object), file);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  concord_dialog_choose_memorandum (GTK_WINDOW (self), TRUE, self->document, save_chosen, G_OBJECT (self));
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

/* Sections, clauses and parties: each is one undoable edit, and the item
 * it concerns is selected afterwards. */
static void
apply_edit (GObject    *object,
            const char *edit)
{
  ConcordWindow *self = CONCORD_WINDOW (object);
  const char *focus = NULL;
  GObject *next;

  if (self->document == NULL)
    return;
  if (g_str_equal (edit, "party-remove"))
    next = CONCORD_IS_PARTY (self->edited)
           ? concord_structure_remove_party (self->document, CONCORD_PARTY (self->edited)) : NULL;
  else
    next = concord_structure_apply (self->document, edit, self->edited, &focus);
  select_item (self, next);
  if (next != NULL && focus != NULL)
    focus_field (self, focus);
}

/* Removing what other text names is asked first (concord-dialogs.c). */
static void
structure_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (self->document != NULL)
    concord_dialog_confirm_edit (GTK_WINDOW (self), self->document, action_name + strlen ("win."), self->edited,
                                 apply_edit, G_OBJECT (self));
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
  if (!concord_outline_find (self->outline, concord_outline_row_item (self->outline, item, field), NULL))
    concord_views_pane_set_party_id (pane, NULL);
  show_object (self, item, field);
  focus_field (self, field);
}

/* F9 shows or hides the views pane; the problems button shows its problems. */
static void
show_views_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  gboolean problems = g_str_equal (action_name, "win.show-problems");

  if (problems)
    concord_views_pane_set_page (self->views_pane, "problems");
  gtk_widget_set_visible (GTK_WIDGET (self->views_pane), problems || !gtk_widget_get_visible (GTK_WIDGET (self->views_pane)));
}

/* Printing, export, comparing and the library (concord-commands.c) */

static void
select_cb (GtkWindow *window,
           GObject   *item)
{
  select_item (CONCORD_WINDOW (window), item);
}

static void
command_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  concord_commands_run (GTK_WINDOW (self), self->toast_overlay, self->document, self->edited, action_name,
                        select_cb);
}

/* Undo, redo and the start page */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);
  gboolean redo = g_str_equal (action_name, "win.redo");
  GObject *changed;

  concord_outline_invalidate_numbers (self->outline);
  changed = redo ? concord_document_redo (self->document) : concord_document_undo (self->document);
  /* A term, a version row or the background is shown in its list's pane. */
  show_object (self, changed, concord_document_get_undone_property (self->document));
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
close_answered (GObject    *object,
                const char *response)
{
  ConcordWindow *self = CONCORD_WINDOW (object);

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
    concord_session_discard_draft (self->session);
  else
    return;

  self->closing_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
concord_window_close_request (GtkWindow *window)
{
  ConcordWindow *self = CONCORD_WINDOW (window);
  const ConcordDialogResponse responses[] = {
    { "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT },
    { "discard", _("_Discard"), ADW_RESPONSE_DESTRUCTIVE },
    { "save", _("_Save"), ADW_RESPONSE_SUGGESTED },
  };
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (self->closing_confirmed || self->document == NULL || !concord_document_get_modified (self->document))
    return GTK_WINDOW_CLASS (concord_window_parent_class)->close_request (window);

  concord_dialog_ask (window, _("Save Changes?"),
                      _("This memorandum has changes that are not saved. "
                        "Changes that are not saved will be lost."),
                      responses, G_N_ELEMENTS (responses), "save", close_answered, G_OBJECT (self));

  return TRUE;
}

static void
concord_window_dispose (GObject *object)
{
  ConcordWindow *self = CONCORD_WINDOW (object);

  if (self->session != NULL) /* a load under way holds it */
    concord_session_cancel_open (self->session);
  g_clear_handle_id (&self->select_id, g_source_remove);
  g_clear_object (&self->session);
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
  static const struct { const char *name; GtkWidgetActionActivateFunc activate; } actions[] = {
    { "win.open", open_action },
    { "win.save", save_action },
    { "win.save-as", save_as_action },
    { "win.show-start", show_start_action },
    { "win.undo", undo_action },
    { "win.redo", undo_action },
    { "win.party-remove", structure_action },
    { "win.show-views", show_views_action },
    { "win.show-problems", show_views_action },
    { "win.print", command_action },
    { "win.print-with-comments", command_action },
    { "win.print-counterparts", command_action },
    { "win.export", command_action },
    { "win.compare-file", command_action },
    { "win.library-save", command_action },
    { "win.library-insert", command_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, NULL, actions[i].activate);
  for (const char * const *edit = concord_structure_list_edits (); *edit != NULL; edit++)
    {
      g_autofree char *name = g_strconcat ("win.", *edit, NULL);

      gtk_widget_class_install_action (widget_class, name, NULL, structure_action);
    }
#ifdef HAVE_LIBGIT2
  /* Without libgit2 the action does not exist, and its menu item, marked
   * hidden-when action-missing, is not shown. */
  gtk_widget_class_install_action (widget_class, "win.compare-revision", NULL, command_action);
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
  g_type_ensure (CONCORD_TYPE_PROBLEMS_BUTTON);
  g_type_ensure (CONCORD_TYPE_CONFLICT_BAR);
  concord_editors_ensure_types ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/concord-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, changed_bar);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, views_pane);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, toast_overlay);
  /* The start page's choices open here. */
  gtk_widget_class_bind_template_callback (widget_class, concord_window_open_template);
  gtk_widget_class_bind_template_callback (widget_class, concord_window_open_file);
  gtk_widget_class_bind_template_callback (widget_class, draft_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, views_item_activated_cb);
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

  self->settings = g_settings_new (APPLICATION_ID);
  self->session = concord_session_new (self->settings);
  g_signal_connect_object (self->session, "notify::document", G_CALLBACK (session_document_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "file-changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);
  concord_session_show_errors_in (self->session, self->toast_overlay);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "views-page", self->views_pane, "page", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-views", self->views_pane, "visible", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self->views_pane, "party-id", self->outline, "party-id", G_BINDING_SYNC_CREATE);

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
