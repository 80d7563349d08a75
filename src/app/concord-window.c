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
#include "concord-drafts.h"
#include "concord-clause-pane.h"
#include "concord-details-pane.h"
#include "concord-party-pane.h"
#include "concord-section-pane.h"
#include "concord-signature-pane.h"
#include "concord-window-private.h"

G_DEFINE_FINAL_TYPE (ConcordWindow, concord_window, ADW_TYPE_APPLICATION_WINDOW)

static void show_error     (ConcordWindow *self,
                            const char    *message);
static void select_item    (ConcordWindow *self,
                            GObject       *item);
static void edit           (ConcordWindow *self,
                            GObject       *item);

/* The outline */

static char *
describe_clause (ConcordMemorandum *m,
                 ConcordNumbering  *numbering,
                 ConcordClause     *clause,
                 char             **subtitle)
{
  const char *number = concord_numbering_get_clause (numbering, clause);
  const char *heading = concord_clause_get_heading (clause);
  g_autofree char *facts = concord_clause_describe_facts (m, clause);
  const char *status = concord_enum_nick (CONCORD_TYPE_CLAUSE_STATUS, concord_clause_get_status (clause));

  *subtitle = facts != NULL ? g_strdup_printf ("%s · %s", status, facts) : g_strdup (status);

  return g_strdup_printf ("%s%s%s", number ? number : "", number ? "  " : "",
                          heading ? heading : _("Untitled clause"));
}

static char *
describe (ConcordWindow    *self,
          ConcordNumbering *numbering,
          GObject          *item,
          char            **subtitle)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);

  *subtitle = NULL;
  if (CONCORD_IS_MEMORANDUM (item))
    {
      *subtitle = concord_field_render (concord_memorandum_get_title (m),
                                        concord_memorandum_get_placeholder (m, "title"), _("Title"));
      return g_strdup (_("Details"));
    }
  if (CONCORD_IS_PARTY (item))
    {
      ConcordParty *party = CONCORD_PARTY (item);

      *subtitle = g_strdup (concord_party_get_kind (party) == CONCORD_PARTY_KIND_SIGNATORY
                            ? _("Signatory") : _("Named stakeholder"));
      return concord_field_render (concord_party_get_name (party),
                                   concord_party_get_placeholder (party, "name"), _("Party"));
    }
  if (CONCORD_IS_SECTION (item))
    {
      const char *number = concord_numbering_get_section (numbering, CONCORD_SECTION (item));
      const char *heading = concord_section_get_heading (CONCORD_SECTION (item));

      return g_strdup_printf ("%s%s%s", number ? number : "", number ? "  " : "", heading ? heading : "");
    }
  if (CONCORD_IS_CLAUSE (item))
    return describe_clause (m, numbering, CONCORD_CLAUSE (item), subtitle);
  if (CONCORD_IS_SIGNATURE (item))
    {
      ConcordSignature *sig = CONCORD_SIGNATURE (item);
      const char *party[] = { concord_signature_get_party (sig), NULL };
      g_autofree char *who = NULL;

      *subtitle = g_strdup (concord_signing_is_recorded (m, sig) ? _("Signed") : _("Not signed yet"));
      /* A signatory who is not a party is named as its block names it. */
      if (party[0] == NULL)
        {
          g_auto(ConcordSigning) signing = { 0 };

          concord_signing_init (&signing, m, sig);
          return g_steal_pointer (&signing.heading);
        }
      who = concord_party_list_render (m, party);
      return g_strdup_printf (_("Signature of %s"), who);
    }

  return g_strdup ("");
}

/* The outline is a list view over the memorandum's items in printed order,
 * so a long memorandum costs rows only for what is on screen. */

static void
refresh_list_item (ConcordWindow *self,
                   GtkListItem   *list_item)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;

  if (item == NULL || row == NULL || self->document == NULL)
    return;

  title = describe (self, self->numbering, item, &subtitle);
  title_label = GTK_LABEL (gtk_widget_get_first_child (row));
  subtitle_label = GTK_LABEL (gtk_widget_get_last_child (row));
  if (subtitle == NULL)
    subtitle = g_strdup ("");
  if (CONCORD_IS_SECTION (item))
    gtk_widget_add_css_class (row, "outline-heading");
  else
    gtk_widget_remove_css_class (row, "outline-heading");

  /* Rows on screen are refreshed after every keystroke: an unchanged row
   * must not be measured and announced again. */
  if (g_strcmp0 (gtk_label_get_text (title_label), title) == 0 &&
      g_strcmp0 (gtk_label_get_text (subtitle_label), subtitle) == 0 &&
      g_object_get_data (G_OBJECT (row), "named") != NULL)
    return;

  gtk_label_set_text (title_label, title);
  gtk_label_set_text (subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (subtitle_label), *subtitle != '\0');
  /* The list item around the row is what a screen reader lands on. */
  {
    g_autofree char *name = *subtitle != '\0' ? g_strdup_printf ("%s, %s", title, subtitle) : g_strdup (title);

    if (gtk_widget_get_parent (row) != NULL)
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        g_object_set_data (G_OBJECT (row), "named", GINT_TO_POINTER (TRUE));
      }
  }
}

static void
outline_setup_cb (ConcordWindow            *self,
                  GtkListItem              *list_item,
                  GtkSignalListItemFactory *factory)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/concord-outline-row.ui");
  GtkWidget *row = GTK_WIDGET (gtk_builder_get_object (builder, "row"));

  gtk_list_item_set_child (list_item, row);
  _concord_window_setup_row_dnd (self, row, list_item);
}

static void
outline_bind_cb (ConcordWindow            *self,
                 GtkListItem              *list_item,
                 GtkSignalListItemFactory *factory)
{
  g_ptr_array_add (self->bound_items, list_item);
  refresh_list_item (self, list_item);
}

static void
outline_unbind_cb (ConcordWindow            *self,
                   GtkListItem              *list_item,
                   GtkSignalListItemFactory *factory)
{
  g_ptr_array_remove_fast (self->bound_items, list_item);
}

static void
append_model (GPtrArray  *items,
              GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
}

static void
build_outline (ConcordWindow *self)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);
  GListModel *sections = concord_memorandum_get_sections (m);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_clear_pointer (&self->numbering, concord_numbering_free);
  self->numbering = concord_numbering_new (m);

  g_ptr_array_add (items, g_object_ref (m));
  append_model (items, concord_memorandum_get_parties (m));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      ConcordSection *section = g_list_model_get_item (sections, i);

      g_ptr_array_add (items, section);
      append_model (items, concord_section_get_clauses (section));
    }
  append_model (items, concord_memorandum_get_signatures (m));

  /* One change for the whole list; the selection follows by hand. */
  self->rebuilding_outline = TRUE;
  g_list_store_splice (self->outline_store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->outline_store)),
                       items->pdata, items->len);
  self->rebuilding_outline = FALSE;
}

/* Numbers change with the structure, a clause's "numbered" flag, the
 * memorandum's numbering style and undo; not with typing, which is why they
 * are not recomputed for every keystroke in a long memorandum. */
void
_concord_window_numbering_changed (ConcordWindow *self)
{
  self->numbering_dirty = TRUE;
}

static void
refresh_outline (ConcordWindow *self)
{
  if (self->numbering_dirty || self->numbering == NULL)
    {
      g_clear_pointer (&self->numbering, concord_numbering_free);
      self->numbering = concord_numbering_new (concord_document_get_memorandum (self->document));
      self->numbering_dirty = FALSE;
    }

  for (guint i = 0; i < self->bound_items->len; i++)
    refresh_list_item (self, g_ptr_array_index (self->bound_items, i));
}

static void
outline_selected_cb (ConcordWindow      *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  GObject *item = gtk_single_selection_get_selected_item (selection);

  if (self->rebuilding_outline || self->document == NULL || item == self->edited)
    return;

  edit (self, item);
  _concord_window_update_actions (self);
}

/* The panes: one for each kind of item, the one for the selected item
 * shown. */

static ConcordEditorPane *
pane_for (ConcordWindow *self,
          GObject       *item)
{
  ConcordEditorPane *panes[] = {
    self->details_pane, self->party_pane, self->section_pane, self->clause_pane, self->signature_pane,
  };

  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    if (concord_editor_pane_accepts (panes[i], item))
      return panes[i];

  return NULL;
}

static void
unbind_editor (ConcordWindow *self)
{
  if (self->edited == NULL)
    return;

  /* During dispose the template's widgets are already gone. */
  if (pane_for (self, self->edited) != NULL)
    concord_editor_pane_set_item (pane_for (self, self->edited), NULL);
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
    _concord_window_numbering_changed (self);
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
  _concord_window_views_show_item (self, item);
}

static void
set_panes_document (ConcordWindow   *self,
                    ConcordDocument *document)
{
  ConcordEditorPane *panes[] = {
    self->details_pane, self->party_pane, self->section_pane, self->clause_pane, self->signature_pane,
  };

  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    concord_editor_pane_set_document (panes[i], document);
}

/* Moves the focus to a field of the item being edited. */
gboolean
_concord_window_focus_field (ConcordWindow *self,
                             const char    *field)
{
  ConcordEditorPane *pane = self->edited != NULL ? pane_for (self, self->edited) : NULL;

  return pane != NULL && concord_editor_pane_focus_field (pane, field);
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
  refresh_outline (self);
  _concord_window_views_changed (self);
  update_title (self);
  schedule_autosave (self);
}

static void
document_notify_cb (ConcordWindow   *self,
                    GParamSpec      *pspec,
                    ConcordDocument *document)
{
  update_title (self);
  _concord_window_update_actions (self);
}

static void
structure_changed_cb (ConcordWindow   *self,
                      ConcordDocument *document)
{
  g_autoptr(GObject) edited = self->edited != NULL ? g_object_ref (self->edited) : NULL;

  build_outline (self);
  _concord_window_views_changed (self);
  select_item (self, edited);
}

/* The file on disk: its etag is remembered on open and after each save,
 * and a change with another etag is someone else's. */

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

static void
remember_etag (ConcordWindow *self)
{
  GFile *file = self->document != NULL ? concord_document_get_file (self->document) : NULL;

  g_free (self->etag);
  self->etag = file != NULL ? query_etag (file) : NULL;
}

static void
file_changed_cb (ConcordWindow     *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  g_autofree char *etag = NULL;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_DELETED &&
      event != G_FILE_MONITOR_EVENT_CREATED && event != G_FILE_MONITOR_EVENT_RENAMED &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;

  /* A save by another program often renames a new file over ours: ask
   * about our file, not the name the event was about. */
  if (self->document == NULL || concord_document_get_file (self->document) == NULL)
    return;
  etag = query_etag (concord_document_get_file (self->document));
  if (g_strcmp0 (etag, self->etag) != 0)
    gtk_info_bar_set_revealed (self->changed_bar, TRUE);
}

static void
watch_file (ConcordWindow *self)
{
  GFile *file = self->document != NULL ? concord_document_get_file (self->document) : NULL;

  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  remember_etag (self);
  if (file == NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);
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
      remember_etag (self);
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
  _concord_window_views_set_document (self);

  if (document != NULL)
    {
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify", G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "structure-changed", G_CALLBACK (structure_changed_cb), self,
                               G_CONNECT_SWAPPED);
      build_outline (self);
      gtk_stack_set_visible_child_name (self->main_stack, "document");
      select_item (self, G_OBJECT (concord_document_get_memorandum (document)));
    }

  update_title (self);
  _concord_window_update_actions (self);
}

void
_concord_window_update_actions (ConcordWindow *self)
{
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document);
  _concord_window_update_structure_actions (self);
  _concord_window_update_views_actions (self);
  _concord_window_update_compare_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.party-add", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.party-remove",
                                 has_document && CONCORD_IS_PARTY (self->edited));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_document && concord_document_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_document && concord_document_can_redo (self->document));
}

static void
show_error (ConcordWindow *self,
            const char    *message)
{
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/* Opening */

/* Recent files: memoranda this application opened or saved, newest first,
 * as long as they still exist. */

#define N_RECENT 8

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

  remember_recent (file);
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
template_row_activated_cb (ConcordWindow *self,
                           GtkListBoxRow *row,
                           GtkListBox    *list)
{
  concord_window_open_template (self, g_object_get_data (G_OBJECT (row), "template-id"));
}

static void
fill_templates (ConcordWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = concord_templates_list (&error);

  if (templates == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < templates->len; i++)
    {
      ConcordTemplateInfo *info = g_ptr_array_index (templates, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), info->description ? info->description : "");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "template-id", g_strdup (info->id), g_free);
      gtk_list_box_append (self->template_list, row);
    }
}

static void
draft_row_activated_cb (ConcordWindow *self,
                        GtkListBoxRow *row,
                        GtkListBox    *list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_drafts_restore (g_object_get_data (G_OBJECT (row), "draft-id"),
                                                                &error);

  if (document == NULL)
    {
      show_error (self, error->message);
      return;
    }

  gtk_list_box_remove (self->drafts_list, GTK_WIDGET (row));
  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group),
                          gtk_list_box_get_row_at_index (self->drafts_list, 0) != NULL);
  set_document (self, document);
}

/* Newest first. */
static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib), gtk_recent_info_get_modified (ia));
}

static void
fill_recent (ConcordWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GtkWidget *child;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, "Concord") && gtk_recent_info_is_local (info) &&
          gtk_recent_info_exists (info))
        g_ptr_array_add (mine, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (mine, compare_recent);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; i < MIN (mine->len, N_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (mine, i);
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder != NULL ? folder : "");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "file", g_steal_pointer (&file), g_object_unref);
      gtk_list_box_append (self->recent_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), mine->len > 0);
}

static void
recent_row_activated_cb (ConcordWindow *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  concord_window_open_file (self, g_object_get_data (G_OBJECT (row), "file"));
}

/* Drafts left behind by a crash are offered back on the start page. */
static void
fill_drafts (ConcordWindow *self)
{
  g_autoptr(GPtrArray) drafts = concord_drafts_list ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->drafts_list))) != NULL)
    gtk_list_box_remove (self->drafts_list, child);

  for (guint i = 0; i < drafts->len; i++)
    {
      ConcordDraftInfo *info = g_ptr_array_index (drafts, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      subtitle = info->original_path != NULL
        ? g_strdup_printf (_("%s · saved as a draft %s"), info->original_path, info->saved_at)
        : g_strdup_printf (_("Never saved · saved as a draft %s"), info->saved_at);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->title ? info->title : _("Untitled"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-revert-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "draft-id", g_strdup (info->id), g_free);
      gtk_list_box_append (self->drafts_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), drafts->len > 0);
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
      remember_recent (concord_document_get_file (self->document));
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

/* Where an item is in the outline as shown, which a party filter may
 * narrow. */
gboolean
_concord_window_outline_position (ConcordWindow *self,
                                  gpointer       item,
                                  guint         *position)
{
  GListModel *model = G_LIST_MODEL (self->outline_filter);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (model, i);

      if (candidate == item)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The list can scroll to an item only once it has a size: a window just
 * opened has none until its first frame. */
static gboolean
scroll_when_laid_out_cb (GtkWidget     *widget,
                         GdkFrameClock *clock,
                         gpointer       data)
{
  ConcordWindow *self = data;

  if (gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;

  self->scroll_tick_id = 0;
  if (self->scroll_position < g_list_model_get_n_items (G_LIST_MODEL (self->outline_filter)))
    gtk_widget_activate_action (widget, "list.scroll-to-item", "u", self->scroll_position);

  return G_SOURCE_REMOVE;
}

static void
scroll_outline_to (ConcordWindow *self,
                   guint          position)
{
  self->scroll_position = position;
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->outline_view),
                                                         scroll_when_laid_out_cb, self, NULL);
}

/* Selects an item of the outline, shows it in the editor and scrolls it
 * into view: after undo or redo, a new clause, a finding. */
static void
select_item (ConcordWindow *self,
             GObject       *item)
{
  guint position;

  if (item == NULL || !_concord_window_outline_position (self, item, &position))
    return;

  if (gtk_single_selection_get_selected (self->outline_selection) != position)
    gtk_single_selection_set_selected (self->outline_selection, position);
  if (self->edited != item)
    {
      edit (self, item);
      _concord_window_update_actions (self);
    }
  scroll_outline_to (self, position);
}

/* Files dropped on the window: the first opens here if this window has no
 * memorandum yet, the others each in a window of their own. */
gboolean
_concord_window_open_files (ConcordWindow *self,
                            GSList        *files)
{
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

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
  return _concord_window_open_files (self, g_value_get_boxed (value));
}

/* What the outline shows for an item. */
char *
_concord_window_describe (ConcordWindow *self,
                          GObject       *item,
                          char         **subtitle)
{
  return describe (self, self->numbering, item, subtitle);
}

void
_concord_window_select (ConcordWindow *self,
                        GObject       *item)
{
  select_item (self, item);
}

static void
party_add_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (self->document != NULL)
    _concord_window_add_party (self);
}

static void
party_remove_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (self->document != NULL && CONCORD_IS_PARTY (self->edited))
    _concord_window_remove_party (self, CONCORD_PARTY (self->edited));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  self->numbering_dirty = TRUE;
  select_item (self, concord_document_undo (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  self->numbering_dirty = TRUE;
  select_item (self, concord_document_redo (self->document));
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
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  unbind_editor (self);
  g_clear_object (&self->document);
  _concord_window_views_dispose (self);
  if (self->scroll_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->outline_view), self->scroll_tick_id);
  self->scroll_tick_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_WINDOW);

  G_OBJECT_CLASS (concord_window_parent_class)->dispose (object);
}

static void
concord_window_finalize (GObject *object)
{
  ConcordWindow *self = CONCORD_WINDOW (object);

  g_clear_pointer (&self->bound_items, g_ptr_array_unref);
  g_clear_pointer (&self->numbering, concord_numbering_free);
  g_free (self->etag);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (concord_window_parent_class)->finalize (object);
}

static void
concord_window_class_init (ConcordWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = concord_window_dispose;
  object_class->finalize = concord_window_finalize;
  window_class->close_request = concord_window_close_request;

  /* Referencing the resource keeps it linked in (and so registered) when
   * the window comes from the static library, as in the UI tests. */
  g_assert (concord_app_get_resource () != NULL);
  g_type_ensure (CONCORD_TYPE_DETAILS_PANE);
  g_type_ensure (CONCORD_TYPE_PARTY_PANE);
  g_type_ensure (CONCORD_TYPE_SECTION_PANE);
  g_type_ensure (CONCORD_TYPE_CLAUSE_PANE);
  g_type_ensure (CONCORD_TYPE_SIGNATURE_PANE);
  g_type_ensure (CONCORD_TYPE_PREVIEW);
  g_type_ensure (CONCORD_TYPE_LINT_VIEW);
  g_type_ensure (CONCORD_TYPE_MATRIX_VIEW);
  g_type_ensure (CONCORD_TYPE_PARTY_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/concord-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, changed_bar);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, template_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, drafts_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, outline_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, outline_selection);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, outline_store);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, outline_filter);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, views_pane);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, views_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, lint_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, matrix_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, party_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, views_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, problems_content);
  _concord_window_class_init_views (widget_class);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, details_pane);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, party_pane);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, section_pane);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, clause_pane);
  gtk_widget_class_bind_template_child (widget_class, ConcordWindow, signature_pane);
  gtk_widget_class_bind_template_callback (widget_class, template_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, draft_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_unbind_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.show-start", NULL, show_start_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.party-add", NULL, party_add_action);
  gtk_widget_class_install_action (widget_class, "win.party-remove", NULL, party_remove_action);
  _concord_window_install_structure_actions (widget_class);
  _concord_window_install_compare_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
}

static void
concord_window_init (ConcordWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));
  _concord_window_init_views (self);

  {
    GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect_object (target, "drop", G_CALLBACK (files_dropped_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  self->bound_items = g_ptr_array_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  fill_templates (self);
  fill_drafts (self);
  fill_recent (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (fill_recent), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_cb), NULL);
  _concord_window_update_actions (self);
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
