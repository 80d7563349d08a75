/* concord-start-page.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-start-page"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-drafts.h"
#include "concord-start-page.h"
#include "concord-templates.h"

/* What a window without a memorandum shows: drafts left behind by a crash,
 * recent files and the templates. Choosing one is a signal; the window
 * opens it. */

struct _ConcordStartPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkListBox          *template_list;
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;
  AdwPreferencesGroup *drafts_group;
  GtkListBox          *drafts_list;
};

G_DEFINE_FINAL_TYPE (ConcordStartPage, concord_start_page, GTK_TYPE_WIDGET)

enum {
  TEMPLATE_ACTIVATED,
  FILE_ACTIVATED,
  DRAFT_ACTIVATED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

#define N_RECENT 8

static GtkWidget *
new_row (const char *title,
         const char *subtitle,
         const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

gboolean
concord_start_page_fill_templates (ConcordStartPage  *self,
                                   GError           **error)
{
  g_autoptr(GPtrArray) templates = NULL;

  g_return_val_if_fail (CONCORD_IS_START_PAGE (self), FALSE);

  templates = concord_templates_list (error);
  if (templates == NULL)
    return FALSE;

  clear_list (self->template_list);
  for (guint i = 0; i < templates->len; i++)
    {
      ConcordTemplateInfo *info = g_ptr_array_index (templates, i);
      GtkWidget *row = new_row (info->title, info->description, "go-next-symbolic");

      g_object_set_data_full (G_OBJECT (row), "template-id", g_strdup (info->id), g_free);
      gtk_list_box_append (self->template_list, row);
    }

  return TRUE;
}

static void
template_row_activated_cb (ConcordStartPage *self,
                           GtkListBoxRow    *row,
                           GtkListBox       *list)
{
  g_signal_emit (self, signals[TEMPLATE_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "template-id"));
}

/* Recent files: memoranda this application opened or saved (as the
 * session records them), newest first, as long as they still exist. */

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib), gtk_recent_info_get_modified (ia));
}

static void
fill_recent (ConcordStartPage *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, "Concord") && gtk_recent_info_is_local (info) &&
          gtk_recent_info_exists (info))
        g_ptr_array_add (mine, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (mine, compare_recent);

  clear_list (self->recent_list);
  for (guint i = 0; i < MIN (mine->len, N_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (mine, i);
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
      GtkWidget *row = new_row (gtk_recent_info_get_display_name (info), folder, "go-next-symbolic");

      g_object_set_data_full (G_OBJECT (row), "file", g_steal_pointer (&file), g_object_unref);
      gtk_list_box_append (self->recent_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), mine->len > 0);
}

static void
recent_row_activated_cb (ConcordStartPage *self,
                         GtkListBoxRow    *row,
                         GtkListBox       *list)
{
  g_signal_emit (self, signals[FILE_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "file"));
}

/* Drafts left behind by a crash are offered back. */
static void
fill_drafts (ConcordStartPage *self)
{
  g_autoptr(GPtrArray) drafts = concord_drafts_list ();

  clear_list (self->drafts_list);
  for (guint i = 0; i < drafts->len; i++)
    {
      ConcordDraftInfo *info = g_ptr_array_index (drafts, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      subtitle = info->original_path != NULL
        ? g_strdup_printf (_("%s · saved as a draft %s"), info->original_path, info->saved_at)
        : g_strdup_printf (_("Never saved · saved as a draft %s"), info->saved_at);
      row = new_row (info->title ? info->title : _("Untitled"), subtitle, "document-revert-symbolic");
      g_object_set_data_full (G_OBJECT (row), "draft-id", g_strdup (info->id), g_free);
      gtk_list_box_append (self->drafts_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), drafts->len > 0);
}

static void
draft_row_activated_cb (ConcordStartPage *self,
                        GtkListBoxRow    *row,
                        GtkListBox       *list)
{
  g_signal_emit (self, signals[DRAFT_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "draft-id"));
}

/* A draft restored: its row goes. */
void
concord_start_page_forget_draft (ConcordStartPage *self,
                                 const char       *draft_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (CONCORD_IS_START_PAGE (self));

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->drafts_list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "draft-id"), draft_id) == 0)
      {
        gtk_list_box_remove (self->drafts_list, GTK_WIDGET (row));
        break;
      }
  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group),
                          gtk_list_box_get_row_at_index (self->drafts_list, 0) != NULL);
}

GtkListBox *
concord_start_page_get_templates (ConcordStartPage *self)
{
  g_return_val_if_fail (CONCORD_IS_START_PAGE (self), NULL);

  return self->template_list;
}

GtkListBox *
concord_start_page_get_recent (ConcordStartPage *self)
{
  g_return_val_if_fail (CONCORD_IS_START_PAGE (self), NULL);

  return self->recent_list;
}

GtkListBox *
concord_start_page_get_drafts (ConcordStartPage *self)
{
  g_return_val_if_fail (CONCORD_IS_START_PAGE (self), NULL);

  return self->drafts_list;
}

gboolean
concord_start_page_get_has_recent (ConcordStartPage *self)
{
  g_return_val_if_fail (CONCORD_IS_START_PAGE (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->recent_group));
}

gboolean
concord_start_page_get_has_drafts (ConcordStartPage *self)
{
  g_return_val_if_fail (CONCORD_IS_START_PAGE (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->drafts_group));
}

static void
concord_start_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_START_PAGE);
  /* The template's root is not a bound child: it goes by hand. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (concord_start_page_parent_class)->dispose (object);
}

static void
concord_start_page_class_init (ConcordStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_start_page_dispose;

  signals[TEMPLATE_ACTIVATED] =
    g_signal_new ("template-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[FILE_ACTIVATED] =
    g_signal_new ("file-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);
  signals[DRAFT_ACTIVATED] =
    g_signal_new ("draft-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/concord-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordStartPage, template_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordStartPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordStartPage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, ConcordStartPage, drafts_group);
  gtk_widget_class_bind_template_child (widget_class, ConcordStartPage, drafts_list);
  gtk_widget_class_bind_template_callback (widget_class, template_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, draft_row_activated_cb);
}

static void
concord_start_page_init (ConcordStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_drafts (self);
  fill_recent (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (fill_recent), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
concord_start_page_new (void)
{
  return g_object_new (CONCORD_TYPE_START_PAGE, NULL);
}
