/* concord-library-group.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-library-group"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-clause.h"
#include "concord-compare-window.h"
#include "concord-library-group.h"
#include "concord-library.h"
#include "concord-views.h"

/* Where a clause or section inserted from the library came from, and
 * whether the library has a newer version, which Compare shows change by
 * change. Hidden for anything that did not come from the library. The
 * entry last read is kept, so checking again on each change reads the
 * file only when it has changed. */

struct _ConcordLibraryGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  AdwActionRow        *library_row;
  GtkButton           *library_compare_button;

  /* Owned */
  ConcordDocument     *document;
  GObject             *item;
  ConcordLibraryEntry *entry;
};

G_DEFINE_FINAL_TYPE (ConcordLibraryGroup, concord_library_group, ADW_TYPE_PREFERENCES_GROUP)

static ConcordLibraryState
check (ConcordLibraryGroup  *self,
       GError              **error)
{
  g_autofree char *dir = concord_library_default_dir ();

  if (self->item == NULL)
    return CONCORD_LIBRARY_NOT_FROM;

  return concord_library_check (dir, self->item, &self->entry, error);
}

/**
 * concord_library_group_update:
 *
 * Checks the library again: the item's mark or the entry may have
 * changed.
 */
void
concord_library_group_update (ConcordLibraryGroup *self)
{
  g_autoptr(GError) error = NULL;
  ConcordLibraryState state;
  gboolean section;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (CONCORD_IS_LIBRARY_GROUP (self));

  state = check (self, &error);
  section = CONCORD_IS_SECTION (self->item);
  title = self->entry != NULL ? concord_view_shorten (self->entry->title, CONCORD_VIEW_LABEL_CHARS) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self), state != CONCORD_LIBRARY_NOT_FROM);
  gtk_widget_set_visible (GTK_WIDGET (self->library_compare_button), state == CONCORD_LIBRARY_MOVED_ON);
  switch (state)
    {
    case CONCORD_LIBRARY_CURRENT:
      subtitle = g_strdup_printf (_("“%s”, as the library has it now"), title);
      break;
    case CONCORD_LIBRARY_MOVED_ON:
      subtitle = g_strdup_printf (section ? _("The library’s “%s” has changed since this section was inserted")
                                          : _("The library’s “%s” has changed since this clause was inserted"),
                                  title);
      break;
    case CONCORD_LIBRARY_GONE:
      subtitle = g_strdup (_("The entry it came from is no longer in your library"));
      break;
    case CONCORD_LIBRARY_BROKEN:
      subtitle = g_strdup_printf (_("The library’s entry cannot be read: %s"), error->message);
      break;
    case CONCORD_LIBRARY_NOT_FROM:
    default:
      return;
    }
  adw_action_row_set_subtitle (self->library_row, subtitle);
}

static void
library_compare_cb (ConcordLibraryGroup *self)
{
  g_autoptr(ConcordMemorandum) updated = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ConcordCompareWindow *compare;

  if (self->document == NULL || check (self, NULL) != CONCORD_LIBRARY_MOVED_ON)
    {
      concord_library_group_update (self);
      return;
    }
  updated = concord_library_updated_copy (concord_document_get_memorandum (self->document), self->item,
                                          self->entry, &error);
  compare = updated != NULL ? concord_compare_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                          self->document, updated, _("Library version"), &error)
                            : NULL;
  if (compare == NULL)
    {
      adw_action_row_set_subtitle (self->library_row, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (compare));
}

/**
 * concord_library_group_set_item:
 * @document: (nullable): the document that holds @item
 * @item: (nullable): a #ConcordClause or #ConcordSection
 */
void
concord_library_group_set_item (ConcordLibraryGroup *self,
                                ConcordDocument     *document,
                                GObject             *item)
{
  g_return_if_fail (CONCORD_IS_LIBRARY_GROUP (self));
  g_return_if_fail (item == NULL || CONCORD_IS_CLAUSE (item) || CONCORD_IS_SECTION (item));

  g_set_object (&self->document, document);
  g_set_object (&self->item, item);
  concord_library_group_update (self);
}

static void
concord_library_group_dispose (GObject *object)
{
  ConcordLibraryGroup *self = CONCORD_LIBRARY_GROUP (object);

  g_clear_object (&self->document);
  g_clear_object (&self->item);
  g_clear_pointer (&self->entry, concord_library_entry_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), CONCORD_TYPE_LIBRARY_GROUP);

  G_OBJECT_CLASS (concord_library_group_parent_class)->dispose (object);
}

static void
concord_library_group_class_init (ConcordLibraryGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_library_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/editors/concord-library-group.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryGroup, library_row);
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryGroup, library_compare_button);
  gtk_widget_class_bind_template_callback (widget_class, library_compare_cb);
}

static void
concord_library_group_init (ConcordLibraryGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
