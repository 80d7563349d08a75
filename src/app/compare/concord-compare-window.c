/* concord-compare-window.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-compare-markup.h"
#include "concord-compare-window.h"
#include "concord-dialogs.h"
#include "concord-compare-export.h"
#include "concord-document-diff.h"
#include "concord-wrap-text.h"

/* The open document (old) and another version (new) side by side. The
 * comparison is made once, against a frozen copy of the document, so its
 * rows and counts stay put while changes are accepted into the live
 * document through its undo history. When the document changes for
 * another reason (an undo, say), the accepted changes are checked again:
 * one the document no longer matches is open for a decision again. */
struct _ConcordCompareWindow
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkStack           *stack;
  GtkLabel           *old_title_label;
  GtkLabel           *new_title_label;
  GtkSwitch          *changes_only_switch;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GListStore         *store;
  GtkLabel           *current_label;
  GtkButton          *accept_button;
  GtkButton          *reject_button;

  /* Owned */
  ConcordDocument    *document;
  ConcordMemorandum  *frozen;
  ConcordMemorandum  *other;
  ConcordDiff        *diff;
  ConcordNumbering   *old_numbering;
  ConcordNumbering   *new_numbering;
  /* The item showing each change, by change index. */
  GPtrArray          *change_items;
  /* Whether each change was accepted once, so that a redo after an undo
   * shows it accepted again. */
  GArray             *accepted_once;

  /* State */
  gboolean            accepting;
  guint               recheck_id;
};

G_DEFINE_FINAL_TYPE (ConcordCompareWindow, concord_compare_window, ADW_TYPE_WINDOW)


/**
 * concord_compare_window_row_markup:
 *
 * The Pango markup one side of a row shows: its heading line, its changed
 * facts (NULL when none) and its text. Free each with g_free().
 */
void
concord_compare_window_row_markup (ConcordCompareWindow  *self,
                                   ConcordCompareItem    *item,
                                   gboolean               new_side,
                                   char                 **heading,
                                   char                 **facts,
                                   char                 **body)
{
  ConcordCompareSides sides = {
    self->diff, { self->frozen, self->other }, { self->old_numbering, self->new_numbering }
  };

  g_return_if_fail (CONCORD_IS_COMPARE_WINDOW (self));
  g_return_if_fail (CONCORD_IS_COMPARE_ITEM (item));

  concord_compare_markup_row (&sides, concord_compare_item_get_row (item),
                              concord_compare_item_get_change (item), new_side, heading, facts, body);
}

/* The rows */

static void
set_markup (GtkBuilder *builder,
            const char *name,
            const char *markup)
{
  GtkLabel *label = GTK_LABEL (gtk_builder_get_object (builder, name));

  gtk_label_set_markup (label, markup != NULL ? markup : "");
  gtk_widget_set_visible (GTK_WIDGET (label), markup != NULL && *markup != '\0');
}

/* A change's text in full; the start of an unchanged clause's text. */
static void
set_body (GtkBuilder *builder,
          const char *side,
          const char *markup,
          gboolean    preview)
{
  g_autofree char *label_name = g_strconcat (side, "_body", NULL);
  g_autofree char *preview_name = g_strconcat (side, "_preview", NULL);
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_builder_get_object (builder, preview_name));
  GtkWidget *text = GTK_WIDGET (gtk_builder_get_object (builder, label_name));

  concord_wrap_text_set_markup (CONCORD_WRAP_TEXT (text), preview ? NULL : markup);
  gtk_widget_set_visible (text, !preview && markup != NULL && *markup != '\0');
  if (preview && markup != NULL)
    {
      /* The start of the text, its paragraphs run together. */
      g_autofree char *run_on = g_strdelimit (g_strdup (markup), "\n", ' ');

      gtk_inscription_set_markup (inscription, run_on);
    }
  else
    gtk_inscription_set_markup (inscription, NULL);
  gtk_widget_set_visible (GTK_WIDGET (inscription), preview && markup != NULL && *markup != '\0');
}

static char *
describe_kind (ConcordCompareWindow    *self,
               const ConcordDiffChange *change)
{
  switch (concord_diff_change_get_kind (change))
    {
    case CONCORD_DIFF_ADDED:
      return g_strdup (_("Added"));
    case CONCORD_DIFF_REMOVED:
      return g_strdup (_("Removed"));
    case CONCORD_DIFF_MOVED:
      if (concord_diff_change_get_old_number (change) != NULL)
        return g_strdup_printf (_("Moved from %s"), concord_diff_change_get_old_number (change));
      return g_strdup (_("Moved"));
    case CONCORD_DIFF_CHANGED:
    default:
      return g_strdup (_("Changed"));
    }
}

static void
update_row_decision (GtkListItem *list_item)
{
  ConcordCompareItem *item = gtk_list_item_get_item (list_item);
  GtkBuilder *builder = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "builder");
  ConcordCompareWindow *self = g_object_get_data (G_OBJECT (builder), "window");
  GtkWidget *badge = GTK_WIDGET (gtk_builder_get_object (builder, "badge"));
  GtkWidget *buttons = GTK_WIDGET (gtk_builder_get_object (builder, "buttons"));
  int change = concord_compare_item_get_change (item);
  ConcordDecision decision = concord_compare_item_get_decision (item);
  g_autofree char *kind = NULL;
  g_autofree char *text = NULL;

  gtk_widget_remove_css_class (badge, "success");
  gtk_widget_remove_css_class (badge, "dim-label");
  gtk_widget_remove_css_class (badge, "accent");
  gtk_widget_set_visible (buttons, change >= 0 && decision == CONCORD_DECISION_NONE);
  if (change < 0)
    {
      gtk_label_set_text (GTK_LABEL (badge), "");
      return;
    }

  kind = describe_kind (self, concord_diff_get_change (self->diff, change));
  if (decision == CONCORD_DECISION_ACCEPTED)
    {
      text = g_strdup_printf (_("%s · Accepted"), kind);
      gtk_widget_add_css_class (badge, "success");
    }
  else if (decision == CONCORD_DECISION_REJECTED)
    {
      text = g_strdup_printf (_("%s · Rejected"), kind);
      gtk_widget_add_css_class (badge, "dim-label");
    }
  else
    {
      text = g_strdup (kind);
      gtk_widget_add_css_class (badge, "accent");
    }
  gtk_label_set_text (GTK_LABEL (badge), text);
}

static void
decision_notify_cb (ConcordCompareItem *item,
                    GParamSpec         *pspec,
                    GtkListItem        *list_item)
{
  update_row_decision (list_item);
}

static void
row_setup_cb (ConcordCompareWindow     *self,
              GtkListItem              *list_item,
              GtkSignalListItemFactory *factory)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/compare/concord-compare-row.ui");
  GtkWidget *row = GTK_WIDGET (gtk_builder_get_object (builder, "row"));

  g_object_set_data (G_OBJECT (builder), "window", self);
  g_object_set_data_full (G_OBJECT (row), "builder", g_object_ref (builder), g_object_unref);
  gtk_list_item_set_child (list_item, row);
}

static void
row_bind_cb (ConcordCompareWindow     *self,
             GtkListItem              *list_item,
             GtkSignalListItemFactory *factory)
{
  ConcordCompareItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkBuilder *builder = g_object_get_data (G_OBJECT (row), "builder");
  int change = concord_compare_item_get_change (item);
  g_autofree char *heading = NULL, *facts = NULL, *body = NULL;
  g_autofree char *new_heading = NULL, *new_facts = NULL, *new_body = NULL;
  g_autofree char *name = NULL;
  GtkActionable *accept, *reject;

  concord_compare_window_row_markup (self, item, FALSE, &heading, &facts, &body);
  concord_compare_window_row_markup (self, item, TRUE, &new_heading, &new_facts, &new_body);
  set_markup (builder, "old_heading", heading);
  set_markup (builder, "old_facts", facts);
  set_markup (builder, "new_heading", new_heading);
  set_markup (builder, "new_facts", new_facts);
  set_body (builder, "old", body, change < 0);
  set_body (builder, "new", new_body, change < 0);

  /* The row's buttons carry its change, so they act on it wherever the
   * selection is. */
  accept = GTK_ACTIONABLE (gtk_builder_get_object (builder, "accept"));
  reject = GTK_ACTIONABLE (gtk_builder_get_object (builder, "reject"));
  gtk_actionable_set_action_target (accept, "i", change);
  gtk_actionable_set_action_name (accept, "compare.accept");
  gtk_actionable_set_action_target (reject, "i", change);
  gtk_actionable_set_action_name (reject, "compare.reject");
  update_row_decision (list_item);
  g_signal_connect (item, "notify::decision", G_CALLBACK (decision_notify_cb), list_item);

  /* What a screen reader says on landing on the row. */
  name = change >= 0 ? concord_diff_change_describe (self->diff, change) : NULL;
  if (name == NULL)
    {
      g_autofree char *plain = NULL;

      pango_parse_markup (new_heading != NULL ? new_heading : heading != NULL ? heading : "", -1, 0,
                          NULL, &plain, NULL, NULL);
      name = g_steal_pointer (&plain);
    }
  if (gtk_widget_get_parent (row) != NULL && name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
row_unbind_cb (ConcordCompareWindow     *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  ConcordCompareItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, decision_notify_cb, list_item);
}

/* Counts and the current change */

guint
concord_compare_window_get_n_decided (ConcordCompareWindow *self)
{
  guint n = 0;

  g_return_val_if_fail (CONCORD_IS_COMPARE_WINDOW (self), 0);

  for (guint i = 0; i < self->change_items->len; i++)
    {
      ConcordCompareItem *item = g_ptr_array_index (self->change_items, i);

      if (concord_compare_item_get_decision (item) != CONCORD_DECISION_NONE)
        n++;
    }

  return n;
}

/* "12 changes, 3 decided" */
char *
concord_compare_window_dup_summary (ConcordCompareWindow *self)
{
  guint n = self->change_items->len;
  guint decided = concord_compare_window_get_n_decided (self);

  g_return_val_if_fail (CONCORD_IS_COMPARE_WINDOW (self), NULL);

  if (n == 0)
    return g_strdup (_("No changes"));

  return g_strdup_printf (ngettext ("%u change, %u decided", "%u changes, %u decided", n), n, decided);
}

ConcordCompareItem *
concord_compare_window_get_current (ConcordCompareWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_COMPARE_WINDOW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_current (ConcordCompareWindow *self)
{
  ConcordCompareItem *item = concord_compare_window_get_current (self);
  int change = item != NULL ? concord_compare_item_get_change (item) : -1;
  gboolean open = change >= 0 && concord_compare_item_get_decision (item) == CONCORD_DECISION_NONE;
  g_autofree char *summary = concord_compare_window_dup_summary (self);
  g_autofree char *text = NULL;

  adw_window_title_set_subtitle (self->window_title, summary);
  if (change >= 0)
    text = concord_diff_change_describe (self->diff, change);
  gtk_label_set_text (self->current_label,
                      text != NULL ? text : _("Select a change, or press F8 to go to the next one"));
  /* The bar's buttons act on the current change, while it is open. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reject_button), open);
}

static void
selected_cb (ConcordCompareWindow *self,
             GParamSpec           *pspec,
             GtkSingleSelection   *selection)
{
  update_current (self);
}

static gboolean
changes_only_filter (gpointer item,
                     gpointer data)
{
  ConcordCompareWindow *self = data;

  return !gtk_switch_get_active (self->changes_only_switch) ||
         concord_compare_item_get_change (item) >= 0;
}

static void
changes_only_cb (ConcordCompareWindow *self,
                 GParamSpec           *pspec,
                 GtkSwitch            *toggle)
{
  g_autoptr(ConcordCompareItem) current = concord_compare_window_get_current (self);
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filter_model);

  if (current != NULL)
    g_object_ref (current);
  gtk_filter_changed (filter, gtk_switch_get_active (toggle) ? GTK_FILTER_CHANGE_MORE_STRICT
                                                             : GTK_FILTER_CHANGE_LESS_STRICT);
  /* Keep the current row current across the change of filter. */
  if (current != NULL)
    {
      GListModel *shown = G_LIST_MODEL (self->filter_model);

      for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
        {
          g_autoptr(ConcordCompareItem) item = g_list_model_get_item (shown, i);

          if (item == current)
            {
              gtk_single_selection_set_selected (self->selection, i);
              gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
              break;
            }
        }
    }
}

/* Moving between changes */

static gboolean
go_to_change (ConcordCompareWindow *self,
              gboolean              forward,
              gboolean              open_only)
{
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (shown);
  guint at = gtk_single_selection_get_selected (self->selection);
  int i;

  if (at == GTK_INVALID_LIST_POSITION)
    i = forward ? 0 : (int) n - 1;
  else
    i = forward ? (int) at + 1 : (int) at - 1;

  for (; i >= 0 && i < (int) n; i += forward ? 1 : -1)
    {
      g_autoptr(ConcordCompareItem) item = g_list_model_get_item (shown, i);

      if (concord_compare_item_get_change (item) < 0)
        continue;
      if (open_only && concord_compare_item_get_decision (item) != CONCORD_DECISION_NONE)
        continue;
      gtk_single_selection_set_selected (self->selection, i);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
      return TRUE;
    }

  return FALSE;
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  if (!go_to_change (CONCORD_COMPARE_WINDOW (widget), TRUE, FALSE))
    gtk_widget_error_bell (widget);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  if (!go_to_change (CONCORD_COMPARE_WINDOW (widget), FALSE, FALSE))
    gtk_widget_error_bell (widget);
}

/* Accepting and rejecting */

static void
show_error (ConcordCompareWindow *self,
            const char           *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Change Cannot Be Accepted Yet"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window that opened the comparison says through its "document"
 * property which memorandum it shows now; one without it is trusted. */
static gboolean
parent_shows_document (GtkWindow       *parent,
                       ConcordDocument *document)
{
  g_autoptr(GObject) shown = NULL;
  GParamSpec *pspec;

  if (parent == NULL)
    return TRUE;
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (parent), "document");
  if (pspec == NULL || !g_type_is_a (pspec->value_type, CONCORD_TYPE_DOCUMENT))
    return TRUE;
  g_object_get (parent, "document", &shown, NULL);

  return shown == G_OBJECT (document);
}

gboolean
concord_compare_window_accept (ConcordCompareWindow  *self,
                               guint                  change,
                               GError               **error)
{
  ConcordCompareItem *item;
  GtkWindow *parent;
  gboolean ok;

  g_return_val_if_fail (CONCORD_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (change < self->change_items->len, FALSE);

  item = g_ptr_array_index (self->change_items, change);
  if (concord_compare_item_get_decision (item) == CONCORD_DECISION_ACCEPTED)
    return TRUE;

  /* The window may have opened another memorandum since: changes must not
   * go into one that is no longer on screen. */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (!parent_shows_document (parent, self->document))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("The memorandum this comparison was made for is no longer open; "
                     "compare again to go on"));
      return FALSE;
    }

  self->accepting = TRUE;
  ok = concord_document_accept_change (self->document, self->diff, change, error);
  self->accepting = FALSE;
  if (ok)
    {
      concord_compare_item_set_decision (item, CONCORD_DECISION_ACCEPTED);
      g_array_index (self->accepted_once, gboolean, change) = TRUE;
    }
  update_current (self);

  return ok;
}

void
concord_compare_window_reject (ConcordCompareWindow *self,
                               guint                 change)
{
  g_return_if_fail (CONCORD_IS_COMPARE_WINDOW (self));
  g_return_if_fail (change < self->change_items->len);

  concord_compare_item_set_decision (g_ptr_array_index (self->change_items, change),
                                     CONCORD_DECISION_REJECTED);
  update_current (self);
}

/* The change an action is about: its parameter, or -1 for the current
 * one, which must still be open. */
static int
action_change (ConcordCompareWindow *self,
               GVariant             *parameter)
{
  int change = g_variant_get_int32 (parameter);
  ConcordCompareItem *item;

  if (change >= 0)
    return change < (int) self->change_items->len ? change : -1;

  item = concord_compare_window_get_current (self);
  if (item == NULL || concord_compare_item_get_decision (item) != CONCORD_DECISION_NONE)
    return -1;

  return concord_compare_item_get_change (item);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordCompareWindow *self = CONCORD_COMPARE_WINDOW (widget);
  int change = action_change (self, parameter);
  g_autoptr(GError) error = NULL;

  if (change < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (!concord_compare_window_accept (self, change, &error))
    {
      show_error (self, error->message);
      return;
    }
  /* From the keyboard or the bar, review goes on with the next change. */
  if (g_variant_get_int32 (parameter) < 0)
    go_to_change (self, TRUE, TRUE);
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConcordCompareWindow *self = CONCORD_COMPARE_WINDOW (widget);
  int change = action_change (self, parameter);

  if (change < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  concord_compare_window_reject (self, change);
  if (g_variant_get_int32 (parameter) < 0)
    go_to_change (self, TRUE, TRUE);
}

/* An accepted change that the document no longer matches (after an undo,
 * or an edit of the same clause) is open again, and shows as accepted
 * again once the document matches once more (after a redo). */
static char *
change_key (const ConcordDiffChange *change)
{
  return g_strdup_printf ("%d:%s", concord_diff_change_get_object (change),
                          concord_diff_change_get_id (change));
}

static gboolean
recheck_cb (gpointer data)
{
  ConcordCompareWindow *self = data;
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);
  g_autoptr(ConcordDiff) now = concord_diff_new (m, self->other);
  g_autoptr(GHashTable) open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->recheck_id = 0;
  for (guint i = 0; i < concord_diff_get_n_changes (now); i++)
    g_hash_table_add (open, change_key (concord_diff_get_change (now, i)));

  for (guint i = 0; i < self->change_items->len; i++)
    {
      ConcordCompareItem *item = g_ptr_array_index (self->change_items, i);
      g_autofree char *key = change_key (concord_diff_get_change (self->diff, i));

      if (concord_compare_item_get_decision (item) == CONCORD_DECISION_REJECTED ||
          !g_array_index (self->accepted_once, gboolean, i))
        continue;
      concord_compare_item_set_decision (item, g_hash_table_contains (open, key)
                                               ? CONCORD_DECISION_NONE : CONCORD_DECISION_ACCEPTED);
    }
  update_current (self);

  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (ConcordCompareWindow *self,
                     ConcordDocument      *document)
{
  if (self->accepting)
    return;

  g_clear_handle_id (&self->recheck_id, g_source_remove);
  self->recheck_id = g_timeout_add (300, recheck_cb, self);
}

/* Building */

static void
fill (ConcordCompareWindow *self)
{
  guint n_changes = concord_diff_get_n_changes (self->diff);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_set_size (self->change_items, n_changes);
  g_array_set_size (self->accepted_once, n_changes);

  /* Changes to parties, details, signatures... come first, then every
   * clause in printed order. */
  for (guint i = 0; i < n_changes; i++)
    {
      const ConcordDiffChange *change = concord_diff_get_change (self->diff, i);

      if (concord_diff_change_get_object (change) != CONCORD_DIFF_OBJECT_CLAUSE)
        g_ptr_array_add (items, concord_compare_item_new (-1, i));
    }

  for (guint r = 0; r < concord_diff_get_n_rows (self->diff); r++)
    {
      int change = -1;

      concord_diff_get_row (self->diff, r, NULL, NULL, &change);
      g_ptr_array_add (items, concord_compare_item_new (r, change));
    }

  for (guint i = 0; i < items->len; i++)
    {
      ConcordCompareItem *item = g_ptr_array_index (items, i);
      int change = concord_compare_item_get_change (item);

      if (change >= 0)
        g_ptr_array_index (self->change_items, change) = item;
    }
  /* A change with no row of its own still gets one, so it is counted and
   * can be decided. */
  for (guint i = 0; i < n_changes; i++)
    if (g_ptr_array_index (self->change_items, i) == NULL)
      {
        ConcordCompareItem *item = concord_compare_item_new (-1, i);

        g_ptr_array_index (self->change_items, i) = item;
        g_ptr_array_insert (items, 0, item);
      }

  g_list_store_splice (self->store, 0, 0, items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->stack, n_changes > 0 ? "changes" : "empty");
}

static void
export_chosen (GObject *object,
               GFile   *file)
{
  ConcordCompareWindow *self = CONCORD_COMPARE_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (!concord_compare_export_redline (self->diff, file, &error))
    concord_dialog_tell (GTK_WINDOW (self), _("Could Not Export the Changes"), error->message);
}

static void
export_docx_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  concord_compare_export_choose (GTK_WINDOW (widget), CONCORD_COMPARE_WINDOW (widget)->diff, export_chosen,
                                 G_OBJECT (widget));
}

static void
concord_compare_window_dispose (GObject *object)
{
  ConcordCompareWindow *self = CONCORD_COMPARE_WINDOW (object);

  g_clear_handle_id (&self->recheck_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_COMPARE_WINDOW);

  G_OBJECT_CLASS (concord_compare_window_parent_class)->dispose (object);
}

static void
concord_compare_window_finalize (GObject *object)
{
  ConcordCompareWindow *self = CONCORD_COMPARE_WINDOW (object);

  g_clear_pointer (&self->change_items, g_ptr_array_unref);
  g_clear_pointer (&self->accepted_once, g_array_unref);
  g_clear_pointer (&self->diff, concord_diff_free);
  g_clear_pointer (&self->old_numbering, concord_numbering_free);
  g_clear_pointer (&self->new_numbering, concord_numbering_free);
  g_clear_object (&self->frozen);
  g_clear_object (&self->other);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (concord_compare_window_parent_class)->finalize (object);
}

static void
concord_compare_window_class_init (ConcordCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_compare_window_dispose;
  object_class->finalize = concord_compare_window_finalize;

  g_type_ensure (CONCORD_TYPE_COMPARE_ITEM);
  g_type_ensure (CONCORD_TYPE_WRAP_TEXT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/compare/concord-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, old_title_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, new_title_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, changes_only_switch);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, store);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, current_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordCompareWindow, reject_button);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, changes_only_cb);

  gtk_widget_class_install_action (widget_class, "compare.export-docx", NULL, export_docx_action);
  gtk_widget_class_install_action (widget_class, "compare.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "compare.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "compare.accept", "i", accept_action);
  gtk_widget_class_install_action (widget_class, "compare.reject", "i", reject_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "compare.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK, "compare.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_ALT_MASK, "compare.accept", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_ALT_MASK, "compare.reject", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
concord_compare_window_init (ConcordCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->change_items = g_ptr_array_new ();
  self->accepted_once = g_array_new (FALSE, TRUE, sizeof (gboolean));
  gtk_filter_list_model_set_filter (self->filter_model,
                                    GTK_FILTER (gtk_custom_filter_new (changes_only_filter, self, NULL)));
}

/* A copy of the document as it is now, for the comparison to keep. */
static ConcordMemorandum *
freeze (ConcordDocument  *document,
        GError          **error)
{
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (concord_document_get_memorandum (document));
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  return concord_memorandum_load_from_data (data, length, _("the open document"), error);
}

/**
 * concord_compare_window_new:
 * @parent: the document's window
 * @document: the open document (the old side)
 * @other: the other version (the new side)
 * @other_name: what to call the other version (a file name, a revision)
 * @error: why the document could not be compared
 *
 * A window comparing @document, as it is now, with @other.
 */
ConcordCompareWindow *
concord_compare_window_new (GtkWindow          *parent,
                            ConcordDocument    *document,
                            ConcordMemorandum  *other,
                            const char         *other_name,
                            GError            **error)
{
  g_autoptr(ConcordMemorandum) frozen = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *title = NULL;
  ConcordCompareWindow *self;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (other), NULL);

  frozen = freeze (document, error);
  if (frozen == NULL)
    return NULL;

  self = g_object_new (CONCORD_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->document = g_object_ref (document);
  self->frozen = g_steal_pointer (&frozen);
  self->other = g_object_ref (other);
  self->diff = concord_diff_new (self->frozen, self->other);
  self->old_numbering = concord_numbering_new (self->frozen);
  self->new_numbering = concord_numbering_new (self->other);

  doc_title = concord_document_dup_title (document);
  title = g_strdup_printf (_("Compare With “%s”"), other_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_label_set_text (self->old_title_label, doc_title);
  gtk_label_set_text (self->new_title_label, other_name);

  fill (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  update_current (self);
  go_to_change (self, TRUE, FALSE);

  return self;
}

/**
 * concord_compare_window_new_for_file:
 *
 * Loads @file as the other version; a file that does not load gives the
 * loader's error (file, line, column and what is wrong).
 */
ConcordCompareWindow *
concord_compare_window_new_for_file (GtkWindow        *parent,
                                     ConcordDocument  *document,
                                     GFile            *file,
                                     GError          **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(ConcordMemorandum) other = NULL;

  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("Only files on this computer can be compared"));
      return NULL;
    }

  /* A Word document Concord exported comes back as the counterparty's
   * revision of this memorandum: their tracked changes, clause by clause. */
  if (g_str_has_suffix (path, ".docx") || g_str_has_suffix (path, ".DOCX"))
    other = concord_office_read_revision (concord_document_get_memorandum (document), path, NULL, error);
  else
    other = concord_memorandum_load_from_file (path, error);
  if (other == NULL)
    return NULL;

  return concord_compare_window_new (parent, document, other, name, error);
}

ConcordDiff *
concord_compare_window_get_diff (ConcordCompareWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_COMPARE_WINDOW (self), NULL);

  return self->diff;
}

/* Every item, whatever the filter shows. */
GListModel *
concord_compare_window_get_items (ConcordCompareWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_COMPARE_WINDOW (self), NULL);

  return G_LIST_MODEL (self->store);
}

/* The items the list shows now. */
GListModel *
concord_compare_window_get_shown (ConcordCompareWindow *self)
{
  g_return_val_if_fail (CONCORD_IS_COMPARE_WINDOW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Choosing the other file */

static void
show_compare_error (GtkWindow  *parent,
                    const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Compare"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_file_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          ConcordDocument *document)
{
  g_autoptr(ConcordDocument) owned = document;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);
  ConcordCompareWindow *compare;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || !parent_shows_document (parent, document))
    {
      g_object_unref (chooser);
      return;
    }

  compare = concord_compare_window_new_for_file (parent, document, file, &error);
  g_object_unref (chooser);
  if (compare == NULL)
    {
      show_compare_error (parent, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (compare));
}

/**
 * concord_compare_window_choose_file:
 *
 * Asks for another memorandum file, and compares @document with it in a
 * compare window over @parent.
 */
void
concord_compare_window_choose_file (GtkWindow       *parent,
                                    ConcordDocument *document)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CONCORD_IS_DOCUMENT (document));

  chooser = gtk_file_chooser_native_new (_("Compare With File"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Memorandums and Word documents from Concord"));
  gtk_file_filter_add_pattern (filter, "*.mou");
  gtk_file_filter_add_pattern (filter, "*.docx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* The other version is most often beside this one. */
  folder = concord_dialog_start_folder (document);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (compare_file_response_cb), g_object_ref (document));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
