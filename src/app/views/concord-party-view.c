/* concord-party-view.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-party-view"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-app-resources.h"
#include "concord-dialogs.h"
#include "concord-party-view.h"
#include "concord-views.h"
#include "concord-summary-row.h"


/* "View as a party": pick an organisation, see what it commits to, where
 * its boundaries lie and to whom it answers, each line a way to its
 * clause. The selected party is the "party-id" property, so the window
 * can narrow its outline to the same party. */
struct _ConcordPartyView
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkDropDown       *party_dropdown;
  GtkStringList     *party_names;
  GtkButton         *export_button;
  GtkStack          *stack;
  GtkListBox        *party_list;
  GtkLabel          *party_title;
  GtkLabel          *party_description;
  GtkLabel          *nothing_label;
  GtkWidget         *groups[CONCORD_SUMMARY_N_KINDS];
  GtkListBox        *lists[CONCORD_SUMMARY_N_KINDS];

  /* Owned references */
  ConcordMemorandum *memorandum;
  GtkNativeDialog   *export_dialog;

  /* State */
  char              *party_id;
  GPtrArray         *party_ids;  /* ids in dropdown order, after "All parties" */
  char              *parties_key;
  char              *overview_key; /* parties and their counts, as listed */
  GPtrArray         *lines;      /* ConcordSummaryLine, as shown */
  GPtrArray         *rows;       /* the row of each line, owned by its list */
  gboolean           filling;
  ConcordViewRefresh refresh;
};

G_DEFINE_FINAL_TYPE (ConcordPartyView, concord_party_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  PROP_PARTY_ID,
  N_PROPS,
};

enum {
  CLAUSE_ACTIVATED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Names and ids of the parties, to tell whether the dropdown is current. */
static char *
describe_parties (ConcordMemorandum *memorandum)
{
  GListModel *parties = concord_memorandum_get_parties (memorandum);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);

      const char *name = concord_party_get_display_name (party, TRUE);

      g_string_append_printf (key, "%s\x1f%s\x1e", concord_party_get_id (party), name ? name : "");
    }

  return g_string_free (key, FALSE);
}

static void
select_party_in_dropdown (ConcordPartyView *self)
{
  guint position = 0;

  for (guint i = 0; self->party_id != NULL && i < self->party_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->party_ids, i), self->party_id) == 0)
      position = i + 1;

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->party_dropdown, position);
  self->filling = FALSE;
}

static void
fill_dropdown (ConcordPartyView *self)
{
  GListModel *parties = concord_memorandum_get_parties (self->memorandum);
  guint n = g_list_model_get_n_items (parties);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (self->party_ids, 0);
  g_ptr_array_add (names, g_strdup (_("All parties")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      const char *name = concord_party_get_display_name (party, TRUE);

      g_ptr_array_add (self->party_ids, g_strdup (concord_party_get_id (party)));
      g_ptr_array_add (names, concord_view_shorten (name != NULL ? name : concord_party_get_id (party),
                                                    CONCORD_VIEW_LABEL_CHARS));
    }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->party_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->party_names)),
                          (const char * const *) names->pdata);
  self->filling = FALSE;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
}

/* A new reference to a row for the line. */
static GtkWidget *
build_row (ConcordSummaryLine *line)
{
  GtkWidget *row = concord_summary_row_new (line->clause_id, line->clause_number, line->title,
                                            line->detail);

  return g_object_ref_sink (row);
}

/* The positions in lines of the lines of one group. */
static GArray *
positions_of_kind (GPtrArray          *lines,
                   ConcordSummaryKind  kind)
{
  GArray *positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    if (((ConcordSummaryLine *) g_ptr_array_index (lines, i))->kind == kind)
      g_array_append_val (positions, i);

  return positions;
}

/* One group: rebuild only the rows between the longest common head and
 * tail of its old and new lines. An edit usually changes a line or two,
 * or moves one from a group to another, and a party in a large
 * memorandum can have a thousand lines. */
static void
update_group (ConcordPartyView   *self,
              ConcordSummaryKind  kind,
              GPtrArray          *lines,
              GPtrArray          *rows)
{
  g_autoptr(GArray) was = positions_of_kind (self->lines, kind);
  g_autoptr(GArray) now = positions_of_kind (lines, kind);
  guint head = 0, tail = 0;

#define OLD_LINE(j) g_ptr_array_index (self->lines, g_array_index (was, guint, (j)))
#define NEW_LINE(j) g_ptr_array_index (lines, g_array_index (now, guint, (j)))
  while (head < was->len && head < now->len &&
         concord_summary_line_equal (OLD_LINE (head), NEW_LINE (head)))
    head++;
  while (tail < was->len - head && tail < now->len - head &&
         concord_summary_line_equal (OLD_LINE (was->len - 1 - tail),
                                     NEW_LINE (now->len - 1 - tail)))
    tail++;
#undef OLD_LINE

  for (guint j = head; j < was->len - tail; j++)
    {
      guint at = g_array_index (was, guint, j);

      gtk_list_box_remove (self->lists[kind], g_ptr_array_index (self->rows, at));
    }
  for (guint j = 0; j < now->len; j++)
    {
      guint at = g_array_index (now, guint, j);

      if (j < head)
        rows->pdata[at] = g_ptr_array_index (self->rows, g_array_index (was, guint, j));
      else if (j >= now->len - tail)
        rows->pdata[at] = g_ptr_array_index (self->rows, g_array_index (was, guint,
                                                                        j - now->len + was->len));
      else
        {
          g_autoptr(GtkWidget) row = build_row (NEW_LINE (j));

          gtk_list_box_insert (self->lists[kind], row, j);
          rows->pdata[at] = row;
        }
    }
#undef NEW_LINE

  gtk_widget_set_visible (self->groups[kind], now->len > 0);
}

static void
show_lines (ConcordPartyView *self,
            GPtrArray        *lines)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_sized_new (lines->len);

  g_ptr_array_set_size (rows, lines->len);
  for (guint k = 0; k < CONCORD_SUMMARY_N_KINDS; k++)
    update_group (self, k, lines, rows);
  g_ptr_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  gtk_widget_set_visible (GTK_WIDGET (self->nothing_label), lines->len == 0);
}

static void
clear_lines (ConcordPartyView *self)
{
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_ptr_array_set_size (self->rows, 0);
  for (guint k = 0; k < CONCORD_SUMMARY_N_KINDS; k++)
    clear_list (self->lists[k]);
}

/* "2 commitments · 3 boundaries · answers to 1" */
static char *
describe_counts (const guint counts[CONCORD_SUMMARY_N_KINDS])
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint c;

  if ((c = counts[CONCORD_SUMMARY_COMMITMENT]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u commitment", "%u commitments", c), c));
  if ((c = counts[CONCORD_SUMMARY_BOUNDARY]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u boundary", "%u boundaries", c), c));
  if ((c = counts[CONCORD_SUMMARY_ANSWERS_TO]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("answers in %u clause",
                                                       "answers in %u clauses", c), c));
  if ((c = counts[CONCORD_SUMMARY_HOLDS_TO_ACCOUNT]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("holds to account in %u clause",
                                                       "holds to account in %u clauses", c), c));
  if ((c = counts[CONCORD_SUMMARY_MENTION]) > 0)
    /* Translators: the party is named in the text of %u more clauses,
     * besides those counted before it in this line. */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("named in %u more",
                                                       "named in %u more", c), c));
  if (parts->len == 0)
    return g_strdup (_("Not named in any clause"));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
build_party_row (ConcordParty *party,
                 const char   *counts)
{
  const char *name = concord_party_get_display_name (party, TRUE);
  const char *id = concord_party_get_id (party);

  return g_object_ref_sink (concord_summary_row_new (id, NULL, name != NULL ? name : id, counts));
}

/* With no party chosen: every party with how much concerns it, each a
 * way into that party's summary. */
static void
update_overview (ConcordPartyView *self)
{
  GListModel *parties = concord_memorandum_get_parties (self->memorandum);
  g_autoptr(GPtrArray) subtitles = g_ptr_array_new_with_free_func (g_free);
  GString *key = g_string_new (self->parties_key);
  g_autofree char *new_key = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      guint counts[CONCORD_SUMMARY_N_KINDS];
      char *subtitle;

      concord_party_summary_count (self->memorandum, concord_party_get_id (party), counts);
      subtitle = describe_counts (counts);
      g_string_append_printf (key, "\x1e%s", subtitle);
      g_ptr_array_add (subtitles, subtitle);
    }
  new_key = g_string_free (key, FALSE);
  if (g_strcmp0 (new_key, self->overview_key) == 0)
    return;

  g_free (self->overview_key);
  self->overview_key = g_steal_pointer (&new_key);
  clear_list (self->party_list);
  for (guint i = 0; i < subtitles->len; i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);
      g_autoptr(GtkWidget) row = build_party_row (party, g_ptr_array_index (subtitles, i));

      gtk_list_box_append (self->party_list, row);
    }
}

static void
party_row_activated_cb (ConcordPartyView *self,
                        GtkListBoxRow    *row)
{
  concord_party_view_set_party_id (self, concord_summary_row_get_target (CONCORD_SUMMARY_ROW (row)));
}

static void
update_heading (ConcordPartyView *self,
                ConcordParty     *party)
{
  const char *name = concord_party_get_display_name (party, TRUE);
  const char *description = concord_party_get_description (party);
  g_autofree char *shown = concord_view_shorten (name != NULL ? name : concord_party_get_id (party),
                                                 CONCORD_VIEW_LABEL_CHARS);
  g_autofree char *title = g_strdup_printf (_("As %s"), shown);

  gtk_label_set_label (self->party_title, title);
  gtk_label_set_label (self->party_description, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->party_description), description != NULL);
}

static void
update_summary (ConcordPartyView *self)
{
  ConcordParty *party = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  if (self->memorandum != NULL && self->party_id != NULL)
    party = concord_memorandum_find_party (self->memorandum, self->party_id);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), party != NULL);
  if (party == NULL)
    {
      clear_lines (self);
      if (self->memorandum != NULL)
        update_overview (self);
      gtk_stack_set_visible_child_name (self->stack, "all");
      return;
    }

  update_heading (self, party);
  lines = concord_party_summary_build (self->memorandum, self->party_id);
  show_lines (self, lines);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  self->lines = g_steal_pointer (&lines);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

void
concord_party_view_refresh (ConcordPartyView *self)
{
  g_autofree char *key = NULL;

  g_return_if_fail (CONCORD_IS_PARTY_VIEW (self));

  concord_view_refresh_clear (&self->refresh);

  key = self->memorandum != NULL ? describe_parties (self->memorandum) : NULL;
  if (g_strcmp0 (key, self->parties_key) != 0)
    {
      g_free (self->parties_key);
      self->parties_key = g_steal_pointer (&key);
      if (self->memorandum != NULL)
        fill_dropdown (self);
      /* A party that was removed leaves "All parties" selected. */
      if (self->party_id != NULL &&
          (self->memorandum == NULL ||
           concord_memorandum_find_party (self->memorandum, self->party_id) == NULL))
        concord_party_view_set_party_id (self, NULL);
      select_party_in_dropdown (self);
    }
  update_summary (self);
}

static void
party_selected_cb (ConcordPartyView *self)
{
  guint selected = gtk_drop_down_get_selected (self->party_dropdown);

  if (self->filling)
    return;

  concord_party_view_set_party_id (self, selected > 0 && selected - 1 < self->party_ids->len
                                         ? g_ptr_array_index (self->party_ids, selected - 1)
                                         : NULL);
}

static void
row_activated_cb (ConcordPartyView *self,
                  GtkListBoxRow    *row)
{
  const char *id = concord_summary_row_get_target (CONCORD_SUMMARY_ROW (row));

  g_signal_emit (self, signals[CLAUSE_ACTIVATED], 0, id);
}

static void
export_response_cb (ConcordPartyView *self,
                    int               response,
                    GtkNativeDialog  *dialog)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->memorandum != NULL && self->party_id != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path != NULL && !concord_party_summary_export_pdf (self->memorandum, self->party_id,
                                                             path, &error))
        {
          GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Could Not Export the Summary"), error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  g_clear_object (&self->export_dialog);
}

static void
export_clicked_cb (ConcordPartyView *self)
{
  ConcordParty *party = self->memorandum != NULL && self->party_id != NULL
                        ? concord_memorandum_find_party (self->memorandum, self->party_id) : NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;

  if (party == NULL)
    return;

  name = g_strdup_printf ("%s.pdf", self->party_id);
  folder = concord_dialog_start_folder (NULL);
  g_clear_object (&self->export_dialog);
  self->export_dialog = GTK_NATIVE_DIALOG (
    gtk_file_chooser_native_new (_("Export Summary as PDF"),
                                 GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel")));
  /* The documents folder, not the working directory. */
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->export_dialog), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_dialog), name);
  g_signal_connect_object (self->export_dialog, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->export_dialog);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  ConcordPartyView *self = data;

  self->refresh.source_id = 0;
  concord_party_view_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Refreshes once the current burst of edits is over, and not at all while
 * the view is not on screen: it catches up when it is shown again. */
void
concord_party_view_queue_refresh (ConcordPartyView *self)
{
  g_return_if_fail (CONCORD_IS_PARTY_VIEW (self));

  concord_view_refresh_queue (&self->refresh, GTK_WIDGET (self), TRUE, refresh_idle_cb);
}

static void
concord_party_view_map (GtkWidget *widget)
{
  ConcordPartyView *self = (ConcordPartyView *) widget;

  GTK_WIDGET_CLASS (concord_party_view_parent_class)->map (widget);
  if (self->refresh.stale)
    concord_party_view_refresh (self);
}

static void
concord_party_view_dispose (GObject *object)
{
  ConcordPartyView *self = (ConcordPartyView *) object;

  concord_view_refresh_clear (&self->refresh);
  if (self->export_dialog != NULL)
    gtk_native_dialog_destroy (self->export_dialog);
  g_clear_object (&self->export_dialog);
  /* AdwBin unparents its child in its own dispose: let go of it first,
   * so that a template child is not disposed twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_PARTY_VIEW);
  g_clear_object (&self->memorandum);

  G_OBJECT_CLASS (concord_party_view_parent_class)->dispose (object);
}

static void
concord_party_view_finalize (GObject *object)
{
  ConcordPartyView *self = (ConcordPartyView *) object;

  g_free (self->party_id);
  g_free (self->parties_key);
  g_free (self->overview_key);
  g_ptr_array_unref (self->party_ids);
  g_ptr_array_unref (self->rows);
  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (concord_party_view_parent_class)->finalize (object);
}

static void
concord_party_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ConcordPartyView *self = CONCORD_PARTY_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      g_value_set_object (value, self->memorandum);
      break;
    case PROP_PARTY_ID:
      g_value_set_string (value, self->party_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_party_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ConcordPartyView *self = CONCORD_PARTY_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      concord_party_view_set_memorandum (self, g_value_get_object (value));
      break;
    case PROP_PARTY_ID:
      concord_party_view_set_party_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_groups (GtkWidgetClass *widget_class)
{
  for (guint k = 0; k < CONCORD_SUMMARY_N_KINDS; k++)
    {
      g_autofree char *group = g_strdup_printf ("group_%u", k);
      g_autofree char *list = g_strdup_printf ("list_%u", k);

      gtk_widget_class_bind_template_child_full (widget_class, group, FALSE,
                                                 G_STRUCT_OFFSET (ConcordPartyView, groups) +
                                                 k * sizeof (GtkWidget *));
      gtk_widget_class_bind_template_child_full (widget_class, list, FALSE,
                                                 G_STRUCT_OFFSET (ConcordPartyView, lists) +
                                                 k * sizeof (GtkListBox *));
    }
}

static void
concord_party_view_class_init (ConcordPartyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_party_view_dispose;
  widget_class->map = concord_party_view_map;
  object_class->finalize = concord_party_view_finalize;
  object_class->get_property = concord_party_view_get_property;
  object_class->set_property = concord_party_view_set_property;

  properties[PROP_MEMORANDUM] =
    g_param_spec_object ("memorandum", NULL, NULL, CONCORD_TYPE_MEMORANDUM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The party the memorandum is viewed as; NULL for all parties. */
  properties[PROP_PARTY_ID] =
    g_param_spec_string ("party-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ConcordPartyView::clause-activated:
   * @clause_id: the clause of the activated summary line
   */
  signals[CLAUSE_ACTIVATED] =
    g_signal_new ("clause-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* Referring to the resource links it in, so programs that use only this
   * widget (the tests, a benchmark) have its template. */
  g_assert (concord_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/views/concord-party-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, party_names);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, export_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, party_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, party_title);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, party_description);
  gtk_widget_class_bind_template_child (widget_class, ConcordPartyView, nothing_label);
  bind_groups (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, party_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, party_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "partyview");
}

/* GTK 4.8's drop-down gives its own label to the list, not to the button
 * that opens it, which a screen reader then names by its class. */
static void
name_dropdown_button (GtkDropDown *dropdown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("View as party"), -1);
}

static void
concord_party_view_init (ConcordPartyView *self)
{
  self->party_ids = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "all");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
  name_dropdown_button (self->party_dropdown);
}

GtkWidget *
concord_party_view_new (void)
{
  return g_object_new (CONCORD_TYPE_PARTY_VIEW, NULL);
}

ConcordMemorandum *
concord_party_view_get_memorandum (ConcordPartyView *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY_VIEW (self), NULL);

  return self->memorandum;
}

void
concord_party_view_set_memorandum (ConcordPartyView  *self,
                                   ConcordMemorandum *memorandum)
{
  g_return_if_fail (CONCORD_IS_PARTY_VIEW (self));
  g_return_if_fail (memorandum == NULL || CONCORD_IS_MEMORANDUM (memorandum));

  if (!g_set_object (&self->memorandum, memorandum))
    return;

  g_clear_pointer (&self->parties_key, g_free);
  clear_lines (self);
  concord_party_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMORANDUM]);
}

const char *
concord_party_view_get_party_id (ConcordPartyView *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY_VIEW (self), NULL);

  return self->party_id;
}

void
concord_party_view_set_party_id (ConcordPartyView *self,
                                 const char       *party_id)
{
  g_return_if_fail (CONCORD_IS_PARTY_VIEW (self));

  if (g_strcmp0 (self->party_id, party_id) == 0)
    return;

  g_free (self->party_id);
  self->party_id = g_strdup (party_id);
  select_party_in_dropdown (self);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY_ID]);
}

/* The summary lines shown (ConcordSummaryLine), or NULL for all parties. */
GPtrArray *
concord_party_view_get_lines (ConcordPartyView *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY_VIEW (self), NULL);

  return self->lines;
}

GtkListBoxRow *
concord_party_view_get_row (ConcordPartyView *self,
                            const char       *clause_id)
{
  g_return_val_if_fail (CONCORD_IS_PARTY_VIEW (self), NULL);

  for (guint k = 0; k < CONCORD_SUMMARY_N_KINDS; k++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->lists[k]));
         row != NULL; row = gtk_widget_get_next_sibling (row))
      if (g_strcmp0 (concord_summary_row_get_target (CONCORD_SUMMARY_ROW (row)), clause_id) == 0)
        return GTK_LIST_BOX_ROW (row);

  return NULL;
}
