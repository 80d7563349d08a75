/* concord-views-pane.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-views-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-views-pane.h"

/* The views of the whole agreement beside the editor: the preview, the
 * problems lint finds, the roles-and-accountability matrix and the view as
 * one party. They follow every edit (each coalesces bursts of edits
 * itself), and each leads back to the item behind what it shows through
 * the item-activated signal. */

struct _ConcordViewsPane
{
  GtkWidget          parent_instance;

  /* Template widgets */
  AdwViewStack      *views_stack;
  ConcordPreview    *preview;
  ConcordLintView   *lint_view;
  ConcordChecklistView *checklist_view;
  ConcordMatrixView *matrix_view;
  ConcordPartyView  *party_view;

  /* Owned */
  ConcordDocument   *document;
  GObject           *shown_item;

  /* State */
  gboolean           preview_stale;
  /* Filling the views for a new document, one view per main-loop turn. */
  guint              fill_id;
  guint              fill_step;
};

G_DEFINE_FINAL_TYPE (ConcordViewsPane, concord_views_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE,
  PROP_N_FINDINGS,
  PROP_PARTY_ID,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

enum {
  ITEM_ACTIVATED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static ConcordMemorandum *
memorandum (ConcordViewsPane *self)
{
  return self->document != NULL ? concord_document_get_memorandum (self->document) : NULL;
}

static GObject *
find_clause (ConcordViewsPane *self,
             const char       *id)
{
  ConcordMemorandum *m = memorandum (self);

  return m != NULL && id != NULL ? G_OBJECT (concord_memorandum_find_clause (m, id, NULL, NULL)) : NULL;
}

static void
activate_item (ConcordViewsPane *self,
               GObject          *item,
               const char       *field)
{
  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item, field);
}

static GObject *
find_annex (ConcordMemorandum *m,
            const char        *id)
{
  GListModel *annexes = concord_memorandum_get_annexes (m);

  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);

      if (g_strcmp0 (concord_annex_get_id (annex), id) == 0)
        return G_OBJECT (annex);
    }

  return NULL;
}

/* Findings lead to a field of a clause, or to a party, the details, a
 * signature, a term of the definitions, an annex or the background. */
static void
finding_activated_cb (ConcordViewsPane *self,
                      const char       *clause_id,
                      const char       *field,
                      const char       *subject,
                      ConcordLintView  *view)
{
  ConcordMemorandum *m = memorandum (self);

  if (m == NULL)
    return;

  if (clause_id != NULL)
    activate_item (self, find_clause (self, clause_id), field);
  else if (subject != NULL && g_str_has_prefix (subject, "party "))
    activate_item (self, G_OBJECT (concord_memorandum_find_party (m, subject + strlen ("party "))), NULL);
  else if (subject != NULL && g_str_equal (subject, "details"))
    activate_item (self, G_OBJECT (m), NULL);
  else if (subject != NULL && g_str_has_prefix (subject, "signature "))
    activate_item (self, G_OBJECT (concord_memorandum_find_signature (m, subject + strlen ("signature "))), NULL);
  else if (subject != NULL && g_str_has_prefix (subject, "term "))
    activate_item (self, G_OBJECT (concord_memorandum_find_term (m, subject + strlen ("term "))), field);
  else if (subject != NULL && g_str_has_prefix (subject, "annex "))
    activate_item (self, find_annex (m, subject + strlen ("annex ")), field);
  else if (subject != NULL && g_str_equal (subject, "recitals"))
    activate_item (self, G_OBJECT (m), "recitals");
}

static void
clauses_activated_cb (ConcordViewsPane   *self,
                      const char * const *ids,
                      ConcordMatrixView  *view)
{
  if (ids != NULL && ids[0] != NULL)
    activate_item (self, find_clause (self, ids[0]), NULL);
}

static void
clause_activated_cb (ConcordViewsPane *self,
                     const char       *id,
                     ConcordPartyView *view)
{
  activate_item (self, find_clause (self, id), NULL);
}

static void
party_filter_changed_cb (ConcordViewsPane *self,
                         GParamSpec       *pspec,
                         ConcordPartyView *view)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY_ID]);
}

/* Laying out a long memorandum takes seconds of a worker's time: the
 * preview does it only while it is on screen, and catches up when shown. */
static gboolean
preview_shown (ConcordViewsPane *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self)) &&
         g_strcmp0 (adw_view_stack_get_visible_child_name (self->views_stack), "preview") == 0;
}

static void
scroll_preview (ConcordViewsPane *self)
{
  const char *id = NULL;

  if (CONCORD_IS_CLAUSE (self->shown_item))
    id = concord_clause_get_id (CONCORD_CLAUSE (self->shown_item));
  else if (CONCORD_IS_SECTION (self->shown_item))
    id = concord_section_get_id (CONCORD_SECTION (self->shown_item));
  if (id != NULL && preview_shown (self))
    concord_preview_scroll_to_id (self->preview, id);
}

static void
sync_preview (ConcordViewsPane *self)
{
  ConcordMemorandum *m = memorandum (self);

  if (!preview_shown (self))
    return;
  if (concord_preview_get_memorandum (self->preview) != m)
    concord_preview_set_memorandum (self->preview, m);
  else if (self->preview_stale)
    concord_preview_queue_update (self->preview);
  self->preview_stale = FALSE;
  scroll_preview (self);
}

/* A starting section for the standard section @id, inserted where the
 * checklist's order puts it (one undo step), and selected. */
static void
add_section_cb (ConcordViewsPane     *self,
                const char           *id,
                ConcordChecklistView *view)
{
  ConcordMemorandum *m = memorandum (self);
  const ConcordStandardSection *standard = concord_standard_section_find (id);
  g_autoptr(ConcordSection) section = NULL;

  if (m == NULL || standard == NULL)
    return;
  section = concord_standard_section_new_starter (standard, m);
  if (section == NULL)
    return;
  concord_document_insert_item (self->document, concord_memorandum_get_sections (m),
                                concord_standard_section_insert_position (standard, m), section);
  concord_checklist_view_refresh (view);
  activate_item (self, concord_section_get_n_clauses (section) > 0
                       ? G_OBJECT (concord_section_get_clause (section, 0)) : G_OBJECT (section), NULL);
}

/* A ticked row leads to its section, or to the first term or signature. */
static void
standard_activated_cb (ConcordViewsPane     *self,
                       const char           *id,
                       ConcordChecklistView *view)
{
  ConcordMemorandum *m = memorandum (self);
  const ConcordStandardSection *standard = concord_standard_section_find (id);
  g_autoptr(GObject) first = NULL;

  if (m == NULL || standard == NULL)
    return;
  if (g_str_equal (id, "definitions"))
    first = g_list_model_get_item (concord_memorandum_get_terms (m), 0);
  else if (g_str_equal (id, "signatures"))
    first = g_list_model_get_item (concord_memorandum_get_signatures (m), 0);
  else
    first = g_object_ref (G_OBJECT (concord_standard_section_find_in (standard, m)));
  activate_item (self, first, NULL);
}

static void
update_badge (ConcordViewsPane *self)
{
  guint n = concord_lint_view_get_n_findings (self->lint_view);
  AdwViewStackPage *page = adw_view_stack_get_page (self->views_stack, GTK_WIDGET (self->lint_view));

  adw_view_stack_page_set_badge_number (page, n);
  adw_view_stack_page_set_needs_attention (page, n > 0);
}

static void
n_findings_cb (ConcordViewsPane *self)
{
  update_badge (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FINDINGS]);
}

/* The matrix and the party view are filled when their page is first
 * shown, so that opening a long memorandum does not wait for them: even
 * hidden, a page of the stack is measured with the others. */
static gboolean
page_shown (ConcordViewsPane *self,
            const char       *name)
{
  return gtk_widget_get_visible (GTK_WIDGET (self)) &&
         g_strcmp0 (adw_view_stack_get_visible_child_name (self->views_stack), name) == 0;
}

static void
sync_pane_views (ConcordViewsPane *self,
                 gboolean          new_document)
{
  ConcordMemorandum *m = memorandum (self);
  gboolean matrix = m == NULL || page_shown (self, "matrix");
  gboolean party = m == NULL || page_shown (self, "party");
  gboolean checklist = m == NULL || page_shown (self, "checklist");

  /* A view left hidden lets go of the document it showed. */
  if ((matrix || new_document) && concord_matrix_view_get_memorandum (self->matrix_view) != m)
    concord_matrix_view_set_memorandum (self->matrix_view, matrix ? m : NULL);
  if ((party || new_document) && concord_party_view_get_memorandum (self->party_view) != m)
    concord_party_view_set_memorandum (self->party_view, party ? m : NULL);
  /* The checklist reads every clause for its dates: only while shown. */
  if ((checklist || new_document) && concord_checklist_view_get_memorandum (self->checklist_view) != m)
    concord_checklist_view_set_memorandum (self->checklist_view, checklist ? m : NULL);
}

static void
views_page_changed_cb (ConcordViewsPane *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  sync_pane_views (self, FALSE);
  sync_preview (self);
}

static void
visible_cb (ConcordViewsPane *self)
{
  sync_pane_views (self, FALSE);
  sync_preview (self);
}

/* The views take up a new document one per main-loop turn, once the
 * window is on screen: on a 16 MiB memorandum each takes tens of
 * milliseconds, and together they would stall the window. The lint count
 * follows a moment later. */
static gboolean
fill_step_cb (gpointer data)
{
  ConcordViewsPane *self = data;
  ConcordMemorandum *m = memorandum (self);

  switch (self->fill_step++)
    {
    case 0:
      if (m == NULL || preview_shown (self))
        concord_preview_set_memorandum (self->preview, m);
      break;
    case 1:
      concord_lint_view_set_memorandum (self->lint_view, m);
      n_findings_cb (self);
      break;
    default:
      sync_pane_views (self, TRUE);
      self->fill_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

void
concord_views_pane_set_document (ConcordViewsPane *self,
                                 ConcordDocument  *document)
{
  g_return_if_fail (CONCORD_IS_VIEWS_PANE (self));
  g_return_if_fail (document == NULL || CONCORD_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_clear_object (&self->shown_item);
  concord_party_view_set_party_id (self->party_view, NULL);
  g_clear_handle_id (&self->fill_id, g_source_remove);
  self->fill_step = 0;
  if (document != NULL)
    self->fill_id = g_idle_add_full (G_PRIORITY_LOW, fill_step_cb, self, NULL);
  else
    while (fill_step_cb (self) == G_SOURCE_CONTINUE)
      ;
  n_findings_cb (self);
}

/* The document changed: every view follows. */
void
concord_views_pane_changed (ConcordViewsPane *self)
{
  g_return_if_fail (CONCORD_IS_VIEWS_PANE (self));

  self->preview_stale = TRUE;
  sync_preview (self);
  concord_lint_view_queue_refresh (self->lint_view);
  if (page_shown (self, "checklist"))
    concord_checklist_view_refresh (self->checklist_view);
  else
    concord_checklist_view_set_memorandum (self->checklist_view, NULL);
  concord_matrix_view_queue_refresh (self->matrix_view);
  concord_party_view_queue_refresh (self->party_view);
}

/* The preview follows the selection to the page of the clause or section. */
void
concord_views_pane_show_item (ConcordViewsPane *self,
                              GObject          *item)
{
  g_return_if_fail (CONCORD_IS_VIEWS_PANE (self));

  g_set_object (&self->shown_item, item);
  scroll_preview (self);
}

const char *
concord_views_pane_get_page (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->views_stack);
}

/* Shows a page by name; a name no page has is ignored. */
void
concord_views_pane_set_page (ConcordViewsPane *self,
                             const char       *name)
{
  g_return_if_fail (CONCORD_IS_VIEWS_PANE (self));

  if (name != NULL && adw_view_stack_get_child_by_name (self->views_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->views_stack, name);
}

guint
concord_views_pane_get_n_findings (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), 0);

  return concord_lint_view_get_n_findings (self->lint_view);
}

/* The party the memorandum is viewed as, or NULL for all of them. */
const char *
concord_views_pane_get_party_id (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return concord_party_view_get_party_id (self->party_view);
}

void
concord_views_pane_set_party_id (ConcordViewsPane *self,
                                 const char       *party_id)
{
  g_return_if_fail (CONCORD_IS_VIEWS_PANE (self));

  concord_party_view_set_party_id (self->party_view, party_id);
}

ConcordPreview *
concord_views_pane_get_preview (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return self->preview;
}

ConcordLintView *
concord_views_pane_get_lint_view (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return self->lint_view;
}

ConcordChecklistView *
concord_views_pane_get_checklist_view (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return self->checklist_view;
}

ConcordMatrixView *
concord_views_pane_get_matrix_view (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return self->matrix_view;
}

ConcordPartyView *
concord_views_pane_get_party_view (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return self->party_view;
}

AdwViewStack *
concord_views_pane_get_stack (ConcordViewsPane *self)
{
  g_return_val_if_fail (CONCORD_IS_VIEWS_PANE (self), NULL);

  return self->views_stack;
}

/* GObject */

static void
concord_views_pane_dispose (GObject *object)
{
  ConcordViewsPane *self = CONCORD_VIEWS_PANE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->shown_item);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_VIEWS_PANE);
  /* The template's root is not a bound child: it goes by hand. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (concord_views_pane_parent_class)->dispose (object);
}

static void
concord_views_pane_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ConcordViewsPane *self = CONCORD_VIEWS_PANE (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, concord_views_pane_get_page (self));
      break;
    case PROP_N_FINDINGS:
      g_value_set_uint (value, concord_views_pane_get_n_findings (self));
      break;
    case PROP_PARTY_ID:
      g_value_set_string (value, concord_views_pane_get_party_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_views_pane_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ConcordViewsPane *self = CONCORD_VIEWS_PANE (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      concord_views_pane_set_page (self, g_value_get_string (value));
      break;
    case PROP_PARTY_ID:
      concord_views_pane_set_party_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_views_pane_class_init (ConcordViewsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_views_pane_dispose;
  object_class->get_property = concord_views_pane_get_property;
  object_class->set_property = concord_views_pane_set_property;

  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_FINDINGS] =
    g_param_spec_uint ("n-findings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PARTY_ID] =
    g_param_spec_string ("party-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ConcordViewsPane::item-activated:
   * @item: a memorandum, party, clause or signature
   * @field: (nullable): the property of @item that a finding is about
   *
   * The user asked to go to the item behind something a view shows.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, G_TYPE_STRING);

  g_type_ensure (CONCORD_TYPE_PREVIEW);
  g_type_ensure (CONCORD_TYPE_LINT_VIEW);
  g_type_ensure (CONCORD_TYPE_CHECKLIST_VIEW);
  g_type_ensure (CONCORD_TYPE_MATRIX_VIEW);
  g_type_ensure (CONCORD_TYPE_PARTY_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/views/concord-views-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordViewsPane, views_stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordViewsPane, preview);
  gtk_widget_class_bind_template_child (widget_class, ConcordViewsPane, lint_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordViewsPane, checklist_view);
  gtk_widget_class_bind_template_callback (widget_class, add_section_cb);
  gtk_widget_class_bind_template_callback (widget_class, standard_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, ConcordViewsPane, matrix_view);
  gtk_widget_class_bind_template_child (widget_class, ConcordViewsPane, party_view);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clauses_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clause_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, party_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, views_page_changed_cb);
}

static void
concord_views_pane_init (ConcordViewsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->lint_view, "notify::n-findings", G_CALLBACK (n_findings_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::visible", G_CALLBACK (visible_cb), NULL);
}

GtkWidget *
concord_views_pane_new (void)
{
  return g_object_new (CONCORD_TYPE_VIEWS_PANE, NULL);
}
