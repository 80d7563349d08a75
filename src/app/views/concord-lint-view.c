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
#include "concord-lint-item.h"
#include "concord-lint-view.h"
#include "concord-views.h"

/* The lint findings of a memorandum, one row each. refresh() runs after
 * every edit, so it lints (a few milliseconds on a 2,000-clause
 * memorandum) and then changes only the rows that differ. */
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

/* Replace only the run of rows between the longest common head and tail,
 * so one edit that adds or removes one finding touches one row. */
static void
update_store (ConcordLintView *self,
              GPtrArray       *findings)
{
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint new_n = findings->len;
  guint head = 0;
  guint tail = 0;
  g_autoptr(GPtrArray) added = NULL;

  while (head < old_n && head < new_n &&
         item_matches (self->store, head, g_ptr_array_index (findings, head)))
    head++;
  while (tail < old_n - head && tail < new_n - head &&
         item_matches (self->store, old_n - 1 - tail,
                       g_ptr_array_index (findings, new_n - 1 - tail)))
    tail++;
  if (head == old_n && head == new_n)
    return;

  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = head; i < new_n - tail; i++)
    g_ptr_array_add (added, concord_lint_item_new (self->memorandum,
                                                   g_ptr_array_index (findings, i)));
  g_list_store_splice (self->store, head, old_n - head - tail, added->pdata, added->len);
}

void
concord_lint_view_refresh (ConcordLintView *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  GtkAdjustment *adjustment;
  gboolean at_top;

  g_return_if_fail (CONCORD_IS_LINT_VIEW (self));

  concord_view_refresh_clear (&self->refresh);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  at_top = gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment);

  if (self->memorandum != NULL)
    findings = concord_memorandum_lint (self->memorandum);
  else
    findings = g_ptr_array_new ();
  update_store (self, findings);
  /* The list keeps the row that was at the top in view; a new finding
   * above it would be out of sight. Someone reading from the top goes on
   * seeing the top. */
  if (at_top && findings->len > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);

  gtk_stack_set_visible_child_name (self->stack, findings->len > 0 ? "list" : "empty");
  if (self->n_findings != findings->len)
    {
      self->n_findings = findings->len;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FINDINGS]);
    }
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
concord_lint_view_dispose (GObject *object)
{
  ConcordLintView *self = (ConcordLintView *) object;

  concord_view_refresh_clear (&self->refresh);
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
GListModel *
concord_lint_view_get_findings (ConcordLintView *self)
{
  g_return_val_if_fail (CONCORD_IS_LINT_VIEW (self), NULL);

  return G_LIST_MODEL (self->store);
}
