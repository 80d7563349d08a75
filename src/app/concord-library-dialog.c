/* concord-library-dialog.c: saving to and inserting from the clause
 * library (concord-library.c), the drafter's own folder of clauses and
 * sections.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-library-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-library-dialog.h"
#include "concord-views.h"

/* The preview shows the start of an entry; the rest is for the editor. */
#define PREVIEW_CHARS 1500

struct _ConcordLibraryDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  GtkButton         *insert_button;
  GtkSearchEntry    *search_entry;
  GtkStack          *stack;
  GtkLabel          *intro_label;
  GtkListBox        *list;
  GtkLabel          *preview_label;

  /* Owned */
  ConcordDocument   *document;
  GObject           *edited;
  GPtrArray         *entries;
  char              *query;
  GtkWindow         *parent;
  ConcordSelectFunc  select;
};

G_DEFINE_FINAL_TYPE (ConcordLibraryDialog, concord_library_dialog, ADW_TYPE_WINDOW)

void
concord_library_dialog_show_error (GtkWindow    *parent,
                                   const char   *heading,
                                   const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * concord_library_dialog_save:
 * @item: the clause or section to save
 * @message: (out) (transfer full): what to tell the user once saved
 *
 * Saves @item to the user's library. A clause that came from the library
 * goes back as a new version of its entry; any other is a new entry, and
 * now remembers it, so that saving it again updates the same entry.
 *
 * Returns: whether it was saved, with @error set if not
 */
gboolean
concord_library_dialog_save (ConcordDocument  *document,
                             GObject          *item,
                             char            **message,
                             GError          **error)
{
  g_autofree char *dir = concord_library_default_dir ();
  g_autoptr(ConcordLibraryEntry) entry = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), FALSE);

  if (!CONCORD_IS_CLAUSE (item) && !CONCORD_IS_SECTION (item))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND, _("Only a clause or a section can be saved to the library."));
      return FALSE;
    }
  entry = concord_library_add (dir, concord_document_get_memorandum (document), item, NULL, error);
  if (entry == NULL)
    return FALSE;

  source = g_strdup_printf ("%s %s", entry->name, entry->version);
  {
    const char *mark = CONCORD_IS_CLAUSE (item) ? concord_clause_get_library (CONCORD_CLAUSE (item))
                                                : concord_section_get_library (CONCORD_SECTION (item));

    if (g_strcmp0 (mark, source) != 0)
      {
        g_auto(GValue) value = G_VALUE_INIT;

        g_value_init (&value, G_TYPE_STRING);
        g_value_set_string (&value, source);
        concord_document_set_property (document, item, "library", &value);
      }
  }
  {
    g_autofree char *title = concord_view_shorten (entry->title, CONCORD_VIEW_LABEL_CHARS);

    *message = g_strdup_printf (_("Saved to the library as “%s”"), title);
  }

  return TRUE;
}

static const ConcordLibraryEntry *
entry_of (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "entry") : NULL;
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       data)
{
  ConcordLibraryDialog *self = data;

  return concord_library_entry_matches (entry_of (row), self->query);
}

static void
update_page (ConcordLibraryDialog *self)
{
  guint shown = concord_library_dialog_get_n_shown (self);

  if (self->entries->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
show_entry (ConcordLibraryDialog      *self,
            const ConcordLibraryEntry *entry)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->insert_button), entry != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->preview_label), entry != NULL);
  if (entry != NULL)
    {
      g_autofree char *text = concord_view_shorten (g_strstrip (g_strdup (entry->text)), PREVIEW_CHARS);

      gtk_label_set_text (self->preview_label, text);
    }
}

static void
row_selected_cb (ConcordLibraryDialog *self,
                 GtkListBoxRow        *row,
                 GtkListBox           *list)
{
  show_entry (self, entry_of (row));
}

static void
search_changed_cb (ConcordLibraryDialog *self,
                   GtkSearchEntry       *entry)
{
  concord_library_dialog_set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* After the edited clause, at the end of the edited section, or at the end
 * of the last section; a section goes after the edited one, or last. */
static gboolean
insert_entry (ConcordLibraryDialog      *self,
              const ConcordLibraryEntry *entry,
              GError                   **error)
{
  ConcordMemorandum *m = concord_document_get_memorandum (self->document);
  GListModel *sections = concord_memorandum_get_sections (m);
  g_autoptr(GObject) copy = concord_library_copy_for (entry, m, error);
  g_autoptr(ConcordSection) last = NULL;
  ConcordSection *section = NULL;
  guint position = 0;

  if (copy == NULL)
    return FALSE;
  if (CONCORD_IS_CLAUSE (self->edited))
    concord_memorandum_find_clause (m, concord_clause_get_id (CONCORD_CLAUSE (self->edited)), &section, &position);
  else if (CONCORD_IS_SECTION (self->edited))
    section = CONCORD_SECTION (self->edited);

  if (CONCORD_IS_SECTION (copy))
    {
      guint found;
      guint at = section != NULL && g_list_store_find (G_LIST_STORE (sections), section, &found)
                 ? found + 1 : g_list_model_get_n_items (sections);

      concord_document_insert_item (self->document, sections, at, copy);
    }
  else
    {
      if (CONCORD_IS_CLAUSE (self->edited) && section != NULL)
        position++;
      else
        {
          if (section == NULL && g_list_model_get_n_items (sections) > 0)
            section = last = g_list_model_get_item (sections, g_list_model_get_n_items (sections) - 1);
          if (section == NULL)
            {
              g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                           _("The memorandum has no section to put the clause in. Add a section first."));
              return FALSE;
            }
          position = concord_section_get_n_clauses (section);
        }
      concord_document_insert_item (self->document, concord_section_get_clauses (section), position, copy);
    }

  if (self->select != NULL && self->parent != NULL)
    self->select (self->parent, copy);

  return TRUE;
}

static void
insert_selected (ConcordLibraryDialog *self)
{
  const ConcordLibraryEntry *entry = entry_of (gtk_list_box_get_selected_row (self->list));
  g_autoptr(GError) error = NULL;

  if (entry == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (!insert_entry (self, entry, &error))
    {
      concord_library_dialog_show_error (GTK_WINDOW (self), _("Could Not Insert From the Library"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
insert_clicked_cb (ConcordLibraryDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  /* Enter in the search field takes the first entry shown. */
  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
      if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
        {
          gtk_list_box_select_row (self->list, row);
          break;
        }
  insert_selected (self);
}

static void
row_activated_cb (ConcordLibraryDialog *self,
                  GtkListBoxRow        *row,
                  GtkListBox           *list)
{
  gtk_list_box_select_row (self->list, row);
  insert_selected (self);
}

static void
fill (ConcordLibraryDialog *self)
{
  g_autofree char *dir = concord_library_default_dir ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = concord_library_list (dir, problems, &error);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->entries = entries != NULL ? entries : g_ptr_array_new ();
  for (guint i = 0; i < self->entries->len; i++)
    {
      ConcordLibraryEntry *entry = g_ptr_array_index (self->entries, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = concord_view_shorten (entry->title, CONCORD_VIEW_LABEL_CHARS);
      const char *kind = entry->kind == CONCORD_LIBRARY_SECTION ? _("Section") : _("Clause");
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", kind, entry->name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "entry", entry);
      gtk_list_box_append (self->list, row);
    }

  /* A broken file is named, not hidden: the user put it there. */
  if (error != NULL)
    gtk_label_set_text (self->intro_label, error->message);
  else if (problems->len > 0)
    {
      g_autofree char *first = concord_view_shorten (g_ptr_array_index (problems, 0), CONCORD_VIEW_LABEL_CHARS);
      g_autofree char *text = g_strdup_printf (ngettext ("%u file in the library could not be read: %s",
                                                         "%u files in the library could not be read; the first: %s",
                                                         problems->len),
                                               problems->len, first);

      gtk_label_set_text (self->intro_label, text);
    }
  else
    gtk_label_set_text (self->intro_label, CONCORD_IS_CLAUSE (self->edited)
                                           ? _("A clause goes after the one open; a section after its section.")
                                           : _("A clause goes at the end of the section open, or of the last "
                                               "section; a section after it."));
  update_page (self);
}

static void
concord_library_dialog_dispose (GObject *object)
{
  ConcordLibraryDialog *self = CONCORD_LIBRARY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_LIBRARY_DIALOG);
  g_clear_object (&self->document);
  g_clear_object (&self->edited);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (concord_library_dialog_parent_class)->dispose (object);
}

static void
concord_library_dialog_finalize (GObject *object)
{
  ConcordLibraryDialog *self = CONCORD_LIBRARY_DIALOG (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self->query);

  G_OBJECT_CLASS (concord_library_dialog_parent_class)->finalize (object);
}

static void
concord_library_dialog_class_init (ConcordLibraryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_library_dialog_dispose;
  object_class->finalize = concord_library_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/concord-library-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryDialog, insert_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryDialog, list);
  gtk_widget_class_bind_template_child (widget_class, ConcordLibraryDialog, preview_label);
  gtk_widget_class_bind_template_callback (widget_class, insert_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
concord_library_dialog_init (ConcordLibraryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_cb, self, NULL);
}

ConcordLibraryDialog *
concord_library_dialog_new (GtkWindow         *parent,
                            ConcordDocument   *document,
                            GObject           *edited,
                            ConcordSelectFunc  select)
{
  ConcordLibraryDialog *self;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (document), NULL);

  self = g_object_new (CONCORD_TYPE_LIBRARY_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  g_set_object (&self->edited, edited);
  g_set_weak_pointer (&self->parent, parent);
  self->select = select;
  fill (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

void
concord_library_dialog_set_query (ConcordLibraryDialog *self,
                                  const char           *query)
{
  g_return_if_fail (CONCORD_IS_LIBRARY_DIALOG (self));

  g_free (self->query);
  self->query = g_strdup (query);
  gtk_list_box_invalidate_filter (self->list);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), query != NULL ? query : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query != NULL ? query : "");
  update_page (self);
}

/* How many entries the search leaves. */
guint
concord_library_dialog_get_n_shown (ConcordLibraryDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (CONCORD_IS_LIBRARY_DIALOG (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    if (concord_library_entry_matches (g_ptr_array_index (self->entries, i), self->query))
      n++;

  return n;
}

/* Selects the entry called @name and inserts it, as a double click does. */
gboolean
concord_library_dialog_choose (ConcordLibraryDialog *self,
                               const char           *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CONCORD_IS_LIBRARY_DIALOG (self), FALSE);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_strcmp0 (entry_of (row)->name, name) == 0)
      {
        g_signal_emit_by_name (self->list, "row-activated", row);
        return TRUE;
      }

  return FALSE;
}

const char *
concord_library_dialog_get_page (ConcordLibraryDialog *self)
{
  g_return_val_if_fail (CONCORD_IS_LIBRARY_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
