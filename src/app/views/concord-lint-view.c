/* concord-lint-view.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-lint-view"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-app-resources.h"
#include "concord-dismissal.h"
#include "concord-lint-item.h"
#include "concord-lint-view.h"
#include "concord-views.h"

/* The lint findings of a memorandum, one row each. refresh() runs after
 * every edit, so it lints and then changes only the rows that differ. A
 * memorandum of more than LINT_ON_WORKER clauses is linted on a worker
 * thread, over a copy, as the preview lays out: its drafting checks read
 * every word, a quarter of a second for 12,000 clauses. The copy is made
 * COPY_PER_TURN clauses a main-loop turn, since copying 12,000 at once
 * stalls the window for longer than a frame or five. */
#define LINT_ON_WORKER 1500
#define COPY_PER_TURN  500

struct _ConcordLintView
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkListView       *list_view;
  GListStore        *store;

  /* Owned references */
  ConcordMemorandum *memorandum;

  /* State */
  guint              n_findings;
  ConcordViewRefresh refresh;
  /* The lint on a worker, while one runs, and the copy it will lint
   * while that is being made. */
  GCancellable      *linting;
  ConcordMemorandumCopier *copier;
  guint              copy_id;
  /* Rows still to be added, a chunk per main-loop turn: the findings, the
   * next one to add and where it goes, and the end of the run. */
  GPtrArray         *adding;
  guint              adding_next;
  guint              adding_at;
  guint              adding_end;
  guint              adding_id;
  /* Findings the rows do not show yet: rows are made only while the view
   * is on screen, each costs milliseconds to build and measure. */
  GPtrArray         *unshown;
  /* The dialog asking why a finding is kept, while it is shown, and the
   * finding it asks about: code, target, field. */
  AdwMessageDialog  *dismiss_dialog;
  GtkEntry          *dismiss_reason;
  GtkCheckButton    *dismiss_everywhere;
  GVariant          *pending;
};

G_DEFINE_FINAL_TYPE (ConcordLintView, concord_lint_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  PROP_N_FINDINGS,
  N_PROPS,
};

enum {
  FINDING_ACTIVATED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
item_matches (GListStore           *store,
              guint                 position,
              const ConcordFinding *finding)
{
  g_autoptr(ConcordLintItem) item = g_list_model_get_item (G_LIST_MODEL (store), position);

  return concord_lint_item_matches (item, finding);
}

/* Making a row costs about 12 µs: thousands of findings are added a
 * chunk per main-loop turn so that the window goes on answering. A chunk
 * is cut by time, not by count, so a slower machine makes smaller ones. */
#define ROWS_PER_TURN   1000
#define TURN_BUDGET_US  (8 * 1000)
#define ROWS_PER_CHECK  64

static void
add_chunk (ConcordLintView *self)
{
  guint n = MIN (ROWS_PER_TURN, self->adding_end - self->adding_next);
  g_autoptr(GPtrArray) added = g_ptr_array_new_full (n, g_object_unref);
  gint64 deadline = g_get_monotonic_time () + TURN_BUDGET_US;

  for (guint i = 0; i < n; i++)
    {
      if (i % ROWS_PER_CHECK == ROWS_PER_CHECK - 1 && g_get_monotonic_time () > deadline)
        break;
      g_ptr_array_add (added, concord_lint_item_new (self->memorandum,
                                                     g_ptr_array_index (self->adding, self->adding_next + i)));
    }
  g_list_store_splice (self->store, self->adding_at, 0, added->pdata, added->len);
  self->adding_next += added->len;
  self->adding_at += added->len;
}

static void
stop_adding (ConcordLintView *self)
{
  g_clear_handle_id (&self->adding_id, g_source_remove);
  g_clear_pointer (&self->adding, g_ptr_array_unref);
}

static gboolean
add_chunk_cb (gpointer data)
{
  ConcordLintView *self = data;

  add_chunk (self);
  if (self->adding_next < self->adding_end)
    return G_SOURCE_CONTINUE;

  self->adding_id = 0;
  stop_adding (self);

  return G_SOURCE_REMOVE;
}

/* Replace only the run of rows between the longest common head and tail,
 * so one edit that adds or removes one finding touches one row. A run
 * left half added by an earlier refresh is compared like any other. */
static void
update_store (ConcordLintView *self,
              GPtrArray       *findings)
{
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint new_n = findings->len;
  guint head = 0;
  guint tail = 0;

  stop_adding (self);
  while (head < old_n && head < new_n &&
         item_matches (self->store, head, g_ptr_array_index (findings, head)))
    head++;
  while (tail < old_n - head && tail < new_n - head &&
         item_matches (self->store, old_n - 1 - tail,
                       g_ptr_array_index (findings, new_n - 1 - tail)))
    tail++;
  if (head == old_n && head == new_n)
    return;

  g_list_store_splice (self->store, head, old_n - head - tail, NULL, 0);
  self->adding = g_ptr_array_ref (findings);
  self->adding_next = self->adding_at = head;
  self->adding_end = new_n - tail;
  /* A small change is made at once; a long run starts on the next turn,
   * apart from the lint that found it. */
  if (self->adding_end - self->adding_next <= ROWS_PER_TURN)
    add_chunk (self);
  if (self->adding_next == self->adding_end)
    stop_adding (self);
  else
    self->adding_id = g_idle_add_full (G_PRIORITY_LOW, add_chunk_cb, self, NULL);
}

static void
show_findings (ConcordLintView *self,
               GPtrArray       *findings)
{
  GtkAdjustment *adjustment;
  gboolean at_top;
  guint n_open;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  at_top = gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment);

  stop_adding (self);
  g_clear_pointer (&self->unshown, g_ptr_array_unref);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_store (self, findings);
  else
    self->unshown = g_ptr_array_ref (findings);
  n_open = 0;
  for (guint i = 0; i < findings->len; i++)
    n_open += ((ConcordFinding *) g_ptr_array_index (findings, i))->dismissed == NULL;
  /* The list keeps the row that was at the top in view; a new finding
   * above it would be out of sight. Someone reading from the top goes on
   * seeing the top. */
  if (at_top && findings->len > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);

  /* Dismissed findings stay listed, dimmed, but are not counted. */
  gtk_stack_set_visible_child_name (self->stack, findings->len > 0 ? "list" : "empty");
  if (self->n_findings != n_open)
    {
      self->n_findings = n_open;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FINDINGS]);
    }
}

static void
lint_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  /* The copy is freed here too: 12,000 clauses take a while to free. */
  g_autoptr(ConcordMemorandum) copy = task_data;

  g_task_return_pointer (task, concord_memorandum_lint (copy), (GDestroyNotify) g_ptr_array_unref);
}

static void
linted_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ConcordLintView *self = CONCORD_LINT_VIEW (source);
  g_autoptr(GPtrArray) findings = g_task_propagate_pointer (G_TASK (result), NULL);

  /* A newer lint, or none, has taken its place. */
  if (g_task_get_cancellable (G_TASK (result)) != self->linting)
    return;
  g_clear_object (&self->linting);
  if (findings != NULL)
    show_findings (self, findings);
}

static gboolean
copy_step_cb (gpointer data)
{
  ConcordLintView *self = data;
  g_autoptr(GTask) task = NULL;

  if (!concord_memorandum_copier_step (self->copier, COPY_PER_TURN))
    return G_SOURCE_CONTINUE;

  self->copy_id = 0;
  task = g_task_new (self, self->linting, linted_cb, NULL);
  g_task_set_source_tag (task, copy_step_cb);
  g_task_set_task_data (task, concord_memorandum_copier_finish (self->copier), NULL);
  g_clear_pointer (&self->copier, concord_memorandum_copier_free);
  g_task_run_in_thread (task, lint_thread);

  return G_SOURCE_REMOVE;
}

static void
cancel_lint (ConcordLintView *self)
{
  if (self->linting != NULL)
    g_cancellable_cancel (self->linting);
  g_clear_object (&self->linting);
  g_clear_handle_id (&self->copy_id, g_source_remove);
  g_clear_pointer (&self->copier, concord_memorandum_copier_free);
}

static void
lint_on_worker (ConcordLintView *self)
{
  cancel_lint (self);
  self->linting = g_cancellable_new ();
  self->copier = concord_memorandum_copier_new (self->memorandum);
  self->copy_id = g_idle_add (copy_step_cb, self);
}

void
concord_lint_view_refresh (ConcordLintView *self)
{
  g_autoptr(GPtrArray) findings = NULL;

  g_return_if_fail (CONCORD_IS_LINT_VIEW (self));

  concord_view_refresh_clear (&self->refresh);
  cancel_lint (self);

  if (self->memorandum != NULL)
    {
      if (concord_memorandum_count_clauses (self->memorandum) > LINT_ON_WORKER)
        {
          lint_on_worker (self);
          return;
        }
      findings = concord_memorandum_lint (self->memorandum);
    }
  else
    findings = g_ptr_array_new ();
  show_findings (self, findings);
}

/**
 * concord_lint_view_get_busy:
 *
 * Whether a lint is running on a worker; the findings shown are the last
 * one's until it finishes.
 */
gboolean
concord_lint_view_get_busy (ConcordLintView *self)
{
  g_return_val_if_fail (CONCORD_IS_LINT_VIEW (self), FALSE);

  return self->linting != NULL;
}

static void
emit_activated (ConcordLintView *self,
                ConcordLintItem *item)
{
  const ConcordFinding *f = concord_lint_item_get_finding (item);

  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, f->clause_id, f->field, f->subject);
}

void
concord_lint_view_activate_finding (ConcordLintView *self,
                                    guint            position)
{
  g_autoptr(ConcordLintItem) item = NULL;

  g_return_if_fail (CONCORD_IS_LINT_VIEW (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  g_return_if_fail (item != NULL);
  emit_activated (self, item);
}

static void
list_activate_cb (ConcordLintView *self,
                  guint            position)
{
  concord_lint_view_activate_finding (self, position);
}

/* Dismissing and restoring are edits of the memorandum's dismissals list,
 * which the document watches: undo takes them back like any other. */

static char *
dismiss_reason_text (ConcordLintView *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->dismiss_reason))));
}

static void
dismiss_reason_changed_cb (ConcordLintView *self)
{
  g_autofree char *reason = dismiss_reason_text (self);

  /* A dismissal without a reason dismisses nothing, so it cannot be made. */
  adw_message_dialog_set_response_enabled (self->dismiss_dialog, "dismiss", *reason != '\0');
}

static void
dismiss_response_cb (ConcordLintView  *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  g_autofree char *reason = dismiss_reason_text (self);
  g_autoptr(GVariant) pending = g_steal_pointer (&self->pending);
  g_autofree char *narrow = NULL;
  gboolean everywhere = gtk_check_button_get_active (self->dismiss_everywhere);
  const char *code, *target, *field;

  /* The dialog closes itself after a response. */
  self->dismiss_dialog = NULL;
  self->dismiss_reason = NULL;
  self->dismiss_everywhere = NULL;
  if (!g_str_equal (response, "dismiss") || *reason == '\0' || pending == NULL)
    return;

  /* Dismiss exactly this finding, its field too when it has one; or, when
   * asked, switch its check off for the whole memorandum. */
  g_variant_get (pending, "(&s&s&s)", &code, &target, &field);
  if (everywhere)
    narrow = g_strdup ("memorandum");
  else
    narrow = *field != '\0' ? g_strconcat (target, "#", field, NULL) : g_strdup (target);
  concord_lint_view_dismiss (self, code, narrow, reason);
}

/* Made when asked for, as the other message dialogs of the app are. */
static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordLintView *self = CONCORD_LINT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *code, *target, *field;
  GtkWidget *dialog;

  g_variant_get (parameter, "(&s&s&s)", &code, &target, &field);
  if (self->memorandum == NULL || *target == '\0' || self->dismiss_dialog != NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Dismiss Finding?"),
                                   _("The finding stays listed, dimmed, with the reason, which is "
                                     "saved in the memorandum. Restore makes it count again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "dismiss", _("_Dismiss"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "dismiss",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "dismiss", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "dismiss");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  self->dismiss_reason = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_activates_default (self->dismiss_reason, TRUE);
  gtk_entry_set_placeholder_text (self->dismiss_reason, _("Why the memorandum keeps it"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dismiss_reason),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  self->dismiss_everywhere = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (
    _("Switch this check _off for the whole memorandum")));
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

    gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->dismiss_reason));
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->dismiss_everywhere));
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  }
  g_signal_connect_object (self->dismiss_reason, "changed", G_CALLBACK (dismiss_reason_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (dismiss_response_cb), self, G_CONNECT_SWAPPED);

  self->dismiss_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_clear_pointer (&self->pending, g_variant_unref);
  self->pending = g_variant_ref (parameter);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (self->dismiss_reason));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ConcordLintView *self = CONCORD_LINT_VIEW (widget);
  const char *code, *target, *field;

  g_variant_get (parameter, "(&s&s&s)", &code, &target, &field);
  concord_lint_view_restore (self, code, target, field);
}

/**
 * concord_lint_view_dismiss:
 * @self: a lint view
 * @code: the finding's code
 * @target: what it is about, as a dismissal names it ("clause:role-lga")
 * @reason: why it is kept
 *
 * Dismisses a finding in the memorandum, as the Dismiss… button does.
 */
void
concord_lint_view_dismiss (ConcordLintView *self,
                           const char      *code,
                           const char      *target,
                           const char      *reason)
{
  g_autoptr(ConcordDismissal) dismissal = NULL;

  g_return_if_fail (CONCORD_IS_LINT_VIEW (self));
  g_return_if_fail (code != NULL && target != NULL && reason != NULL && *reason != '\0');

  if (self->memorandum == NULL)
    return;
  dismissal = concord_dismissal_new (code, target, reason);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_dismissals (self->memorandum)), dismissal);
  concord_lint_view_refresh (self);
}

/* Removes every dismissal of the finding: of its target as a whole, and
 * of its one field. */
void
concord_lint_view_restore (ConcordLintView *self,
                           const char      *code,
                           const char      *target,
                           const char      *field)
{
  GListModel *dismissals;
  g_autofree char *narrow = NULL;

  g_return_if_fail (CONCORD_IS_LINT_VIEW (self));
  g_return_if_fail (code != NULL && target != NULL);

  if (self->memorandum == NULL)
    return;
  dismissals = concord_memorandum_get_dismissals (self->memorandum);
  narrow = field != NULL && *field != '\0' ? g_strconcat (target, "#", field, NULL) : NULL;
  for (guint i = g_list_model_get_n_items (dismissals); i > 0; i--)
    {
      g_autoptr(ConcordDismissal) d = g_list_model_get_item (dismissals, i - 1);

      if (g_strcmp0 (concord_dismissal_get_code (d), code) == 0 &&
          (g_strcmp0 (concord_dismissal_get_target (d), target) == 0 ||
           g_strcmp0 (concord_dismissal_get_target (d), narrow) == 0))
        g_list_store_remove (G_LIST_STORE (dismissals), i - 1);
    }
  concord_lint_view_refresh (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  ConcordLintView *self = data;

  self->refresh.source_id = 0;
  concord_lint_view_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Refreshes once the current burst of edits is over. Unlike the other
 * panes it refreshes while hidden too, so that "n-findings" (a header-bar
 * badge) stays true. */
void
concord_lint_view_queue_refresh (ConcordLintView *self)
{
  g_return_if_fail (CONCORD_IS_LINT_VIEW (self));

  concord_view_refresh_queue (&self->refresh, GTK_WIDGET (self), FALSE, refresh_idle_cb);
}

static void
show_unshown (ConcordLintView *self)
{
  g_autoptr(GPtrArray) findings = g_steal_pointer (&self->unshown);

  if (findings != NULL)
    update_store (self, findings);
}

static void
concord_lint_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (concord_lint_view_parent_class)->map (widget);
  show_unshown (CONCORD_LINT_VIEW (widget));
}

static void
concord_lint_view_dispose (GObject *object)
{
  ConcordLintView *self = (ConcordLintView *) object;

  concord_view_refresh_clear (&self->refresh);
  cancel_lint (self);
  stop_adding (self);
  g_clear_pointer (&self->unshown, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_variant_unref);
  if (self->dismiss_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->dismiss_dialog, self);
      gtk_window_destroy (GTK_WINDOW (self->dismiss_dialog));
      self->dismiss_dialog = NULL;
      self->dismiss_reason = NULL;
    }
  /* AdwBin unparents its child in its own dispose: let go of it first,
   * so that a template child is not disposed twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_LINT_VIEW);
  g_clear_object (&self->memorandum);

  G_OBJECT_CLASS (concord_lint_view_parent_class)->dispose (object);
}

static void
concord_lint_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ConcordLintView *self = CONCORD_LINT_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      g_value_set_object (value, self->memorandum);
      break;
    case PROP_N_FINDINGS:
      g_value_set_uint (value, concord_lint_view_get_n_findings (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_lint_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ConcordLintView *self = CONCORD_LINT_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      concord_lint_view_set_memorandum (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_lint_view_class_init (ConcordLintViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_lint_view_dispose;
  GTK_WIDGET_CLASS (klass)->map = concord_lint_view_map;
  object_class->get_property = concord_lint_view_get_property;
  object_class->set_property = concord_lint_view_set_property;

  properties[PROP_MEMORANDUM] =
    g_param_spec_object ("memorandum", NULL, NULL, CONCORD_TYPE_MEMORANDUM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* For a count badge in the header bar. */
  properties[PROP_N_FINDINGS] =
    g_param_spec_uint ("n-findings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ConcordLintView::finding-activated:
   * @clause_id: (nullable): the clause the finding is about
   * @field: (nullable): the field to focus ("owner", "body", "signatory-person")
   * @subject: (nullable): what a finding without a clause is about ("party lga", "details")
   */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (CONCORD_TYPE_LINT_ITEM);
  /* Referring to the resource links it in, so programs that use only this
   * widget (the tests, a benchmark) have its template. */
  g_assert (concord_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/views/concord-lint-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordLintView, stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordLintView, scroller);
  gtk_widget_class_bind_template_child (widget_class, ConcordLintView, list_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordLintView, store);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_install_action (widget_class, "lint.dismiss", "(sss)", dismiss_action);
  gtk_widget_class_install_action (widget_class, "lint.restore", "(sss)", restore_action);
  gtk_widget_class_set_css_name (widget_class, "lintview");
}

static void
concord_lint_view_init (ConcordLintView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
concord_lint_view_new (void)
{
  return g_object_new (CONCORD_TYPE_LINT_VIEW, NULL);
}

ConcordMemorandum *
concord_lint_view_get_memorandum (ConcordLintView *self)
{
  g_return_val_if_fail (CONCORD_IS_LINT_VIEW (self), NULL);

  return self->memorandum;
}

/* Shows the findings of another memorandum (or none, for NULL). */
void
concord_lint_view_set_memorandum (ConcordLintView   *self,
                                  ConcordMemorandum *memorandum)
{
  g_return_if_fail (CONCORD_IS_LINT_VIEW (self));
  g_return_if_fail (memorandum == NULL || CONCORD_IS_MEMORANDUM (memorandum));

  if (!g_set_object (&self->memorandum, memorandum))
    return;

  /* A new memorandum's findings share nothing with the old one's rows. */
  stop_adding (self);
  g_list_store_remove_all (self->store);
  concord_lint_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMORANDUM]);
}

guint
concord_lint_view_get_n_findings (ConcordLintView *self)
{
  g_return_val_if_fail (CONCORD_IS_LINT_VIEW (self), 0);

  return self->n_findings;
}

/* The findings shown, as ConcordLintItems. */
/* The rows, brought up to date first if the view is hidden. */
GListModel *
concord_lint_view_get_findings (ConcordLintView *self)
{
  g_return_val_if_fail (CONCORD_IS_LINT_VIEW (self), NULL);

  show_unshown (self);

  return G_LIST_MODEL (self->store);
}
