/* concord-window-views.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-export-dialog.h"
#include "concord-party-summary.h"
#include "concord-print.h"
#include "concord-window-private.h"

/* The views of the whole agreement beside the editor: the problems lint
 * finds, the roles-and-accountability matrix and the view as one party.
 * They follow every edit (each coalesces bursts of edits itself), and each
 * leads back to the clause behind what it shows. Viewing as a party also
 * narrows the outline to the clauses that concern that party. */

static ConcordMemorandum *
memorandum (ConcordWindow *self)
{
  return self->document != NULL ? concord_document_get_memorandum (self->document) : NULL;
}

static ConcordClause *
find_clause (ConcordWindow *self,
             const char    *id)
{
  ConcordMemorandum *m = memorandum (self);

  return m != NULL && id != NULL ? concord_memorandum_find_clause (m, id, NULL, NULL) : NULL;
}

/* Selects an item, widening the outline first if a party filter hides it. */
static void
show_item (ConcordWindow *self,
           GObject       *item)
{
  guint position;

  if (item == NULL)
    return;
  if (!_concord_window_outline_position (self, item, &position))
    concord_party_view_set_party_id (self->party_view, NULL);
  _concord_window_select (self, item);
}

static void
finding_activated_cb (ConcordWindow   *self,
                      const char      *clause_id,
                      const char      *field,
                      const char      *subject,
                      ConcordLintView *view)
{
  ConcordMemorandum *m = memorandum (self);

  if (m == NULL)
    return;

  if (clause_id != NULL)
    {
      show_item (self, G_OBJECT (find_clause (self, clause_id)));
      if (field != NULL)
        _concord_window_focus_field (self, field);
      return;
    }

  /* Findings about a party, the details or a signature. */
  if (subject != NULL && g_str_has_prefix (subject, "party "))
    show_item (self, G_OBJECT (concord_memorandum_find_party (m, subject + strlen ("party "))));
  else if (subject != NULL && g_str_equal (subject, "details"))
    show_item (self, G_OBJECT (m));
  else if (subject != NULL && g_str_has_prefix (subject, "signature "))
    show_item (self, G_OBJECT (concord_memorandum_find_signature (m, subject + strlen ("signature "))));
}

static void
clauses_activated_cb (ConcordWindow     *self,
                      const char * const *ids,
                      ConcordMatrixView *view)
{
  if (ids != NULL && ids[0] != NULL)
    show_item (self, G_OBJECT (find_clause (self, ids[0])));
}

static void
clause_activated_cb (ConcordWindow    *self,
                     const char       *id,
                     ConcordPartyView *view)
{
  show_item (self, G_OBJECT (find_clause (self, id)));
}

/* View as a party: the outline keeps the details, that party, the clauses
 * that concern it with their sections, and its signature. */

static gboolean
outline_filter_func (gpointer item,
                     gpointer data)
{
  ConcordWindow *self = data;
  const char *party = concord_party_view_get_party_id (self->party_view);

  if (party == NULL)
    return TRUE;
  if (CONCORD_IS_CLAUSE (item))
    return concord_clause_concerns_party (item, party);
  if (CONCORD_IS_SECTION (item))
    {
      GListModel *clauses = concord_section_get_clauses (item);

      for (guint i = 0; i < g_list_model_get_n_items (clauses); i++)
        {
          g_autoptr(ConcordClause) clause = g_list_model_get_item (clauses, i);

          if (concord_clause_concerns_party (clause, party))
            return TRUE;
        }
      return FALSE;
    }
  if (CONCORD_IS_PARTY (item))
    return g_strcmp0 (concord_party_get_id (item), party) == 0;
  if (CONCORD_IS_SIGNATURE (item))
    return g_strcmp0 (concord_signature_get_party (item), party) == 0;

  return TRUE;
}

static void
party_filter_changed_cb (ConcordWindow    *self,
                         GParamSpec       *pspec,
                         ConcordPartyView *view)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->outline_filter);
  g_autoptr(GObject) edited = self->edited != NULL ? g_object_ref (self->edited) : NULL;
  guint position;

  self->rebuilding_outline = TRUE;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  self->rebuilding_outline = FALSE;

  /* Keep the selection on what was being edited if it is still listed. */
  if (edited != NULL && _concord_window_outline_position (self, edited, &position))
    _concord_window_select (self, edited);
  else if (memorandum (self) != NULL)
    _concord_window_select (self, G_OBJECT (memorandum (self)));
}

/* The pane and its pages */

/* Laying out a long memorandum takes seconds of a worker's time: the
 * preview does it only while it is on screen, and catches up when shown. */
static gboolean
preview_shown (ConcordWindow *self)
{
  return gtk_widget_get_visible (self->views_pane) &&
         g_strcmp0 (adw_view_stack_get_visible_child_name (self->views_stack), "preview") == 0;
}

static void
sync_preview (ConcordWindow *self)
{
  ConcordMemorandum *m = memorandum (self);

  if (!preview_shown (self))
    return;
  if (concord_preview_get_memorandum (self->preview) != m)
    concord_preview_set_memorandum (self->preview, m);
  else if (self->preview_stale)
    concord_preview_queue_update (self->preview);
  self->preview_stale = FALSE;
  if (self->edited != NULL)
    _concord_window_views_show_item (self, self->edited);
}

static void
update_problems_count (ConcordWindow *self)
{
  guint n = concord_lint_view_get_n_findings (self->lint_view);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *tooltip = g_strdup_printf (g_dngettext (NULL, "%u problem found in the memorandum",
                                                           "%u problems found in the memorandum", n), n);
  AdwViewStackPage *page = adw_view_stack_get_page (self->views_stack, GTK_WIDGET (self->lint_view));

  adw_button_content_set_label (self->problems_content, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->problems_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_button), self->document != NULL && n > 0);
  adw_view_stack_page_set_badge_number (page, n);
  adw_view_stack_page_set_needs_attention (page, n > 0);
}

static void
views_page_changed_cb (ConcordWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->views_stack);

  if (name != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "views-page", name);
  sync_preview (self);
}

/* The matrix and the party view are filled when the pane is first shown,
 * so that opening a long memorandum does not wait for them. */
static void
sync_pane_views (ConcordWindow *self)
{
  ConcordMemorandum *m = memorandum (self);

  if (m != NULL && !gtk_widget_get_visible (self->views_pane))
    return;
  if (concord_matrix_view_get_memorandum (self->matrix_view) != m)
    concord_matrix_view_set_memorandum (self->matrix_view, m);
  if (concord_party_view_get_memorandum (self->party_view) != m)
    concord_party_view_set_memorandum (self->party_view, m);
}

static void
views_shown_cb (ConcordWindow *self)
{
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "show-views", gtk_widget_get_visible (self->views_pane));
  sync_pane_views (self);
  sync_preview (self);
}

static void
show_views_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  gtk_widget_set_visible (self->views_pane, !gtk_widget_get_visible (self->views_pane));
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->views_stack, "problems");
  gtk_widget_set_visible (self->views_pane, TRUE);
}

/* Lint runs once the window is on screen; the count follows a moment
 * later. */
static gboolean
lint_document_cb (gpointer data)
{
  ConcordWindow *self = data;

  self->lint_idle_id = 0;
  concord_lint_view_set_memorandum (self->lint_view, memorandum (self));
  update_problems_count (self);

  return G_SOURCE_REMOVE;
}

void
_concord_window_views_set_document (ConcordWindow *self)
{
  ConcordMemorandum *m = memorandum (self);

  concord_party_view_set_party_id (self->party_view, NULL);
  if (m == NULL || preview_shown (self))
    concord_preview_set_memorandum (self->preview, m);
  g_clear_handle_id (&self->lint_idle_id, g_source_remove);
  if (m != NULL)
    self->lint_idle_id = g_idle_add_full (G_PRIORITY_LOW, lint_document_cb, self, NULL);
  else
    lint_document_cb (self);
  sync_pane_views (self);
  update_problems_count (self);
}

void
_concord_window_views_dispose (ConcordWindow *self)
{
  g_clear_handle_id (&self->lint_idle_id, g_source_remove);
}

void
_concord_window_views_changed (ConcordWindow *self)
{
  self->preview_stale = TRUE;
  sync_preview (self);
  concord_lint_view_queue_refresh (self->lint_view);
  concord_matrix_view_queue_refresh (self->matrix_view);
  concord_party_view_queue_refresh (self->party_view);
  /* A clause that now concerns the party, or no longer does. */
  if (concord_party_view_get_party_id (self->party_view) != NULL)
    gtk_filter_changed (gtk_filter_list_model_get_filter (self->outline_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The preview follows the selection to the page of the clause or section. */
void
_concord_window_views_show_item (ConcordWindow *self,
                                 GObject       *item)
{
  const char *id = NULL;

  if (CONCORD_IS_CLAUSE (item))
    id = concord_clause_get_id (CONCORD_CLAUSE (item));
  else if (CONCORD_IS_SECTION (item))
    id = concord_section_get_id (CONCORD_SECTION (item));
  if (id != NULL && preview_shown (self))
    concord_preview_scroll_to_id (self->preview, id);
}

/* Printing and export, drawn by the core renderer like the preview. */

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(ConcordWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (concord_print_run_finish (result, &error) == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                             _("Could Not Print"),
                                                                             error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
print (ConcordWindow *self,
       gboolean       counterparts)
{
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL };

  if (memorandum (self) == NULL)
    return;

  concord_print_run_async (GTK_WINDOW (self), memorandum (self), &options, counterparts,
                           GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL,
                           print_done_cb, g_object_ref (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print (CONCORD_WINDOW (widget), FALSE);
}

static void
print_counterparts_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  print (CONCORD_WINDOW (widget), TRUE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordWindow *self = CONCORD_WINDOW (widget);

  if (memorandum (self) != NULL)
    concord_export_dialog_present (GTK_WINDOW (self), memorandum (self));
}

void
_concord_window_update_views_actions (ConcordWindow *self)
{
  gboolean has_document = memorandum (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-counterparts", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-views", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", has_document);
}

void
_concord_window_init_views (ConcordWindow *self)
{
  g_autoptr(GtkCustomFilter) filter = gtk_custom_filter_new (outline_filter_func, self, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *page = g_settings_get_string (settings, "views-page");

  gtk_filter_list_model_set_filter (self->outline_filter, GTK_FILTER (filter));
  g_signal_connect_object (self->lint_view, "notify::n-findings", G_CALLBACK (update_problems_count), self,
                           G_CONNECT_SWAPPED);
  if (adw_view_stack_get_child_by_name (self->views_stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->views_stack, page);
  gtk_widget_set_visible (self->views_pane, g_settings_get_boolean (settings, "show-views"));
  g_object_bind_property (self->views_pane, "visible", self->views_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->views_pane, "notify::visible", G_CALLBACK (views_shown_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_concord_window_class_init_views (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clauses_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clause_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, party_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, views_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-views", NULL, show_views_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-views", NULL);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-counterparts", NULL, print_counterparts_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export", NULL);
}
