/* concord-resolve-window.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "concord-compare-markup.h"
#include "concord-resolve.h"
#include "concord-resolve-window.h"
#include "concord-outline.h"

/* One conflict at a time. Each side is shown as the compare view shows a
 * change: the document copied twice, one side's alternative applied to
 * each, and the two copies compared, so that the changed words are marked
 * the same way and references print as names. */

struct _ConcordResolveWindow
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkLabel        *place_label;
  GtkLabel        *description_label;
  GtkLabel        *ours_label;
  GtkLabel        *theirs_label;

  ConcordDocument *document;
  GtkWindow       *main_window;
  guint            current;
  /* Typing in the main window is followed once it pauses: each update
   * copies the memorandum twice and compares the copies. */
  guint            changed_id;
};

G_DEFINE_FINAL_TYPE (ConcordResolveWindow, concord_resolve_window, ADW_TYPE_WINDOW)

static GListModel *
conflicts (ConcordResolveWindow *self)
{
  return concord_memorandum_get_conflicts (concord_document_get_memorandum (self->document));
}

ConcordConflict *
concord_resolve_window_get_current (ConcordResolveWindow *self)
{
  g_autoptr(ConcordConflict) conflict = NULL;

  g_return_val_if_fail (CONCORD_IS_RESOLVE_WINDOW (self), NULL);

  conflict = g_list_model_get_item (conflicts (self), self->current);
  /* The list holds it. */
  return conflict;
}

/* The memorandum as it would be with side's alternative of the current
 * conflict, or NULL when it cannot be taken. */
static ConcordMemorandum *
view_with (ConcordResolveWindow *self,
           ConcordConflictSide   side)
{
  g_autoptr(ConcordMemorandum) view = concord_memorandum_copy (concord_document_get_memorandum (self->document));
  g_autoptr(ConcordConflict) conflict = g_list_model_get_item (concord_memorandum_get_conflicts (view),
                                                               self->current);

  if (conflict == NULL || !concord_conflict_apply (conflict, view, &side, NULL))
    return NULL;

  return g_steal_pointer (&view);
}

static char *
join_markup (char *heading,
             char *facts,
             char *body)
{
  char *parts[] = { heading, facts, body };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] != NULL && *parts[i] != '\0')
        g_string_append_printf (out, "%s%s", out->len > 0 ? "\n\n" : "", parts[i]);
      g_free (parts[i]);
    }

  return g_string_free (out, FALSE);
}

void
concord_resolve_window_markup (ConcordResolveWindow  *self,
                               char                 **ours,
                               char                 **theirs)
{
  ConcordConflict *conflict = concord_resolve_window_get_current (self);
  g_autoptr(ConcordMemorandum) ours_view = NULL;
  g_autoptr(ConcordMemorandum) theirs_view = NULL;
  g_autoptr(ConcordDiff) diff = NULL;
  ConcordCompareSides sides = { NULL };
  const char *ref;
  int row = -1, change = -1;

  *ours = *theirs = NULL;
  if (conflict == NULL)
    return;
  ours_view = view_with (self, CONCORD_CONFLICT_OURS);
  theirs_view = view_with (self, CONCORD_CONFLICT_THEIRS);
  if (ours_view == NULL || theirs_view == NULL)
    return;

  diff = concord_diff_new (ours_view, theirs_view);
  ref = concord_conflict_get_ref (conflict);
  for (guint i = 0; g_str_equal (concord_conflict_get_object (conflict), "clause") && i < concord_diff_get_n_rows (diff); i++)
    {
      ConcordClause *a = NULL, *b = NULL;
      int index = -1;

      concord_diff_get_row (diff, i, &a, &b, &index);
      if ((a != NULL && g_strcmp0 (concord_clause_get_id (a), ref) == 0)
          || (b != NULL && g_strcmp0 (concord_clause_get_id (b), ref) == 0))
        {
          row = (int) i;
          break;
        }
    }
  /* The two views differ in this conflict only; details and background
   * changes carry no id. */
  for (guint i = 0; row < 0 && change < 0 && i < concord_diff_get_n_changes (diff); i++)
    if (ref == NULL || g_strcmp0 (concord_diff_change_get_id (concord_diff_get_change (diff, i)), ref) == 0)
      change = (int) i;
  if (row < 0 && change < 0)
    {
      /* Nothing prints differently (a value the text does not show): the
       * two values as they are. */
      g_autofree char *a = concord_conflict_dup_text (conflict, CONCORD_CONFLICT_OURS, ours_view);
      g_autofree char *b = concord_conflict_dup_text (conflict, CONCORD_CONFLICT_THEIRS, theirs_view);

      *ours = g_markup_escape_text (a != NULL ? a : _("(none)"), -1);
      *theirs = g_markup_escape_text (b != NULL ? b : _("(none)"), -1);
      return;
    }

  sides.diff = diff;
  sides.memorandum[0] = ours_view;
  sides.memorandum[1] = theirs_view;
  sides.numbering[0] = concord_numbering_new (ours_view);
  sides.numbering[1] = concord_numbering_new (theirs_view);
  for (int side = 0; side < 2; side++)
    {
      char *heading = NULL, *facts = NULL, *body = NULL;

      concord_compare_markup_row (&sides, row, change, side, &heading, &facts, &body);
      *(side == 0 ? ours : theirs) = join_markup (heading, facts, body);
      concord_numbering_free (sides.numbering[side]);
    }
}

static char *
describe_place (ConcordResolveWindow *self,
                ConcordConflict      *conflict)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);
  const char *object = concord_conflict_get_object (conflict);
  const char *ref = concord_conflict_get_ref (conflict);
  ConcordClause *clause = g_str_equal (object, "clause") ? concord_memorandum_find_clause (m, ref, NULL, NULL)
                                                         : NULL;

  if (clause != NULL)
    {
      g_autoptr(ConcordNumbering) numbering = concord_numbering_new (m);
      const char *number = concord_numbering_get_clause (numbering, clause);
      const char *heading = concord_clause_get_heading (clause);

      /* TRANSLATORS: a clause by its number and heading, then the field both sides changed */
      return g_strdup_printf (_("Clause %s %s · %s"), number != NULL ? number : "",
                              heading != NULL ? heading : ref, concord_conflict_get_field (conflict));
    }
  if (ref == NULL)
    /* TRANSLATORS: %s is the field of the memorandum's details both sides changed */
    return g_strdup_printf (_("Details · %s"), concord_conflict_get_field (conflict));

  return g_strdup_printf ("%s %s · %s", object, ref, concord_conflict_get_field (conflict));
}

static void
update (ConcordResolveWindow *self)
{
  guint n = g_list_model_get_n_items (conflicts (self));
  ConcordConflict *conflict;
  g_autofree char *subtitle = NULL;
  g_autofree char *place = NULL;
  g_autofree char *description = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;

  if (self->current >= n && n > 0)
    self->current = n - 1;
  conflict = concord_resolve_window_get_current (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resolve.next", self->current + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resolve.previous", self->current > 0 && n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resolve.take", conflict != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resolve.keep", conflict != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resolve.edit", conflict != NULL);
  if (conflict == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, _("No conflicts left"));
      gtk_stack_set_visible_child_name (self->stack, "done");
      return;
    }

  subtitle = g_strdup_printf (_("Conflict %u of %u"), self->current + 1, n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  place = describe_place (self, conflict);
  description = concord_conflict_describe (conflict);
  concord_resolve_window_markup (self, &ours, &theirs);
  gtk_label_set_text (self->place_label, place);
  gtk_label_set_text (self->description_label, description);
  gtk_label_set_markup (self->ours_label, ours != NULL ? ours : "");
  gtk_label_set_markup (self->theirs_label, theirs != NULL ? theirs : "");
  gtk_stack_set_visible_child_name (self->stack, "conflict");
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordResolveWindow *self = CONCORD_RESOLVE_WINDOW (widget);
  guint n = g_list_model_get_n_items (conflicts (self));

  if (g_str_equal (action_name, "resolve.next") && self->current + 1 < n)
    self->current++;
  else if (g_str_equal (action_name, "resolve.previous") && self->current > 0)
    self->current--;
  else
    gtk_widget_error_bell (widget);
  update (self);
}

static GtkWidget *
find_outline (GtkWidget *widget)
{
  if (CONCORD_IS_OUTLINE (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_outline (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Selects the item in the main window's outline, which shows it in its
 * pane as a click on its row would; the window's own code stays out of
 * this one's. */
static gboolean
show_in_main_window (ConcordResolveWindow *self,
                     GObject              *item)
{
  GtkWidget *outline = self->main_window != NULL ? find_outline (GTK_WIDGET (self->main_window)) : NULL;

  return outline != NULL && concord_outline_select (CONCORD_OUTLINE (outline), item);
}

static void
settle (ConcordResolveWindow      *self,
        const ConcordConflictSide *side)
{
  ConcordConflict *conflict = concord_resolve_window_get_current (self);
  g_autoptr(GError) error = NULL;
  GObject *shown;

  if (conflict == NULL)
    return;
  shown = concord_document_resolve_conflict (self->document, conflict, side, &error);
  if (shown == NULL)
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                              _("Could Not Take That Side"),
                                                                              error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  show_in_main_window (self, shown);
}

static void
take_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordConflictSide side = g_variant_get_int32 (parameter) == 0 ? CONCORD_CONFLICT_OURS : CONCORD_CONFLICT_THEIRS;

  settle (CONCORD_RESOLVE_WINDOW (widget), &side);
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  settle (CONCORD_RESOLVE_WINDOW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConcordResolveWindow *self = CONCORD_RESOLVE_WINDOW (widget);
  ConcordConflict *conflict = concord_resolve_window_get_current (self);
  GObject *target = conflict != NULL
                    ? concord_conflict_find_target (conflict, concord_document_get_memorandum (self->document))
                    : NULL;

  if (target == NULL || !show_in_main_window (self, target))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_window_present (self->main_window);
}

/* Undo, redo and save are the main window's, so that one history holds
 * both windows' edits. */
static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordResolveWindow *self = CONCORD_RESOLVE_WINDOW (widget);

  if (self->main_window == NULL)
    return;
  if (g_str_equal (action_name, "resolve.save"))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->main_window), "win.save", NULL);
      if (!concord_document_get_modified (self->document))
        gtk_window_close (GTK_WINDOW (self));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self->main_window),
                              g_str_equal (action_name, "resolve.undo") ? "win.undo" : "win.redo", NULL);
}

static void
conflicts_changed_cb (ConcordResolveWindow *self)
{
  g_clear_handle_id (&self->changed_id, g_source_remove);
  update (self);
}

static void
changed_timeout_cb (gpointer data)
{
  ConcordResolveWindow *self = data;

  self->changed_id = 0;
  update (self);
}

static void
document_changed_cb (ConcordResolveWindow *self)
{
  g_clear_handle_id (&self->changed_id, g_source_remove);
  self->changed_id = g_timeout_add_once (300, changed_timeout_cb, self);
}

static void
concord_resolve_window_dispose (GObject *object)
{
  ConcordResolveWindow *self = CONCORD_RESOLVE_WINDOW (object);

  g_clear_handle_id (&self->changed_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_RESOLVE_WINDOW);
  g_clear_object (&self->document);
  g_clear_weak_pointer (&self->main_window);

  G_OBJECT_CLASS (concord_resolve_window_parent_class)->dispose (object);
}

static void
concord_resolve_window_class_init (ConcordResolveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_resolve_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/compare/concord-resolve-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordResolveWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ConcordResolveWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordResolveWindow, place_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordResolveWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordResolveWindow, ours_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordResolveWindow, theirs_label);

  gtk_widget_class_install_action (widget_class, "resolve.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "resolve.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "resolve.take", "i", take_action);
  gtk_widget_class_install_action (widget_class, "resolve.keep", NULL, keep_action);
  gtk_widget_class_install_action (widget_class, "resolve.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "resolve.undo", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "resolve.redo", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "resolve.save", NULL, forward_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "resolve.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK, "resolve.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "resolve.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "resolve.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "resolve.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "resolve.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
concord_resolve_window_init (ConcordResolveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ConcordResolveWindow *
concord_resolve_window_new (GtkWindow       *parent,
                            ConcordDocument *document)
{
  ConcordResolveWindow *self;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  self = g_object_new (CONCORD_TYPE_RESOLVE_WINDOW, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  g_set_weak_pointer (&self->main_window, parent);
  g_signal_connect_object (conflicts (self), "items-changed", G_CALLBACK (conflicts_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* An undone edit may change what a conflict's place is called. */
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);

  return self;
}
