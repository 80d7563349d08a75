/* concord-body-chips.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-chips"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-chips.h"
#include "concord-views.h"

/* The chips of edited text: each shows what its reference prints now,
 * styled by kind, with a tooltip saying what it is; and the marks that
 * keep each block's id on its line. */

ConcordChipReference *
concord_chip_reference_new (ConcordRunKind  kind,
                            const char     *id,
                            gboolean        full_form,
                            const char     *form)
{
  ConcordChipReference *ref = g_new0 (ConcordChipReference, 1);

  ref->kind = kind;
  ref->full_form = full_form;
  ref->id = g_strdup (id);
  ref->form = kind == CONCORD_RUN_TERM ? g_strdup (form) : NULL;

  return ref;
}

void
concord_chip_reference_free (gpointer data)
{
  ConcordChipReference *ref = data;

  g_free (ref->id);
  g_free (ref->form);
  g_free (ref);
}

static const char *
css_class (ConcordRunKind kind)
{
  switch (kind)
    {
    case CONCORD_RUN_PARTY:
      return "party";
    case CONCORD_RUN_TERM:
      return "term";
    case CONCORD_RUN_CLAUSE:
      return "clause-ref";
    case CONCORD_RUN_PLACEHOLDER:
    case CONCORD_RUN_TEXT:
    default:
      return "placeholder";
    }
}

#define CHIP_CHARS 40

GtkWidget *
concord_chip_new (const ConcordChipReference *ref)
{
  GtkWidget *chip = gtk_label_new (NULL);

  gtk_widget_add_css_class (chip, "reference-chip");
  gtk_widget_add_css_class (chip, css_class (ref->kind));

  return chip;
}

void
concord_chip_update (GtkWidget                  *chip,
                     ConcordMemorandum          *memorandum,
                     ConcordNumbering           *numbering,
                     const ConcordChipReference *ref)
{
  ConcordRun run = { ref->kind, ref->full_form, ref->id, ref->form };
  g_autofree char *text = concord_run_render (memorandum, numbering, &run);
  g_autofree char *shown = NULL;
  const char *what;

  /* A label measures all its text, and a party's name may be an unbroken
   * run of 100,000 characters: a chip, one line in the text, is cut
   * short. An ellipsized label would be given its minimum width in the
   * text and show nothing but "…". */
  shown = concord_view_shorten (text, CHIP_CHARS);
  gtk_label_set_text (GTK_LABEL (chip), shown);
  switch (ref->kind)
    {
    case CONCORD_RUN_PARTY:
      what = _("Reference to a party");
      break;
    case CONCORD_RUN_TERM:
      what = _("Defined term");
      break;
    case CONCORD_RUN_CLAUSE:
      what = _("Reference to a clause");
      break;
    case CONCORD_RUN_PLACEHOLDER:
    case CONCORD_RUN_TEXT:
    default:
      what = _("To be filled in");
      break;
    }
  gtk_widget_set_tooltip_text (chip, what);
}

GtkWidget *
concord_table_chip_new (ConcordTable *table)
{
  guint columns = concord_table_get_n_columns (table);
  guint rows = concord_table_get_n_rows (table);
  g_autofree char *columns_text = g_strdup_printf (g_dngettext (NULL, "%u column", "%u columns", columns), columns);
  g_autofree char *rows_text = g_strdup_printf (g_dngettext (NULL, "%u row", "%u rows", rows), rows);
  /* Translators: "Table: 3 columns, 12 rows", a table shown in the clause's text. */
  g_autofree char *text = g_strdup_printf (_("Table: %s, %s"), columns_text, rows_text);
  GtkWidget *chip = gtk_label_new (text);

  gtk_widget_add_css_class (chip, "reference-chip");
  gtk_widget_add_css_class (chip, "table");
  gtk_widget_set_tooltip_text (chip, _("A table, kept as it is while the text is edited"));

  return chip;
}

/* Ids */

/* Line number -> block id, from the marks; where lines were joined, the
 * first id wins and the other is dropped (lint then finds references to
 * it missing). */
GHashTable *
concord_id_marks_by_line (GtkTextBuffer *buffer,
                          GPtrArray     *marks)
{
  GHashTable *ids = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < marks->len; i++)
    {
      GtkTextMark *mark = g_ptr_array_index (marks, i);
      GtkTextIter iter;
      gpointer line;

      if (gtk_text_mark_get_deleted (mark))
        continue;
      gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
      line = GINT_TO_POINTER (gtk_text_iter_get_line (&iter) + 1);
      if (!g_hash_table_contains (ids, line))
        g_hash_table_insert (ids, line, g_object_get_data (G_OBJECT (mark), "block-id"));
    }

  return ids;
}

void
concord_id_marks_clear (GtkTextBuffer *buffer,
                        GPtrArray     *marks)
{

  for (guint i = 0; i < marks->len; i++)
    {
      GtkTextMark *mark = g_ptr_array_index (marks, i);

      if (!gtk_text_mark_get_deleted (mark))
        gtk_text_buffer_delete_mark (buffer, mark);
    }
  g_ptr_array_set_size (marks, 0);
}

void
concord_id_marks_add (GtkTextBuffer     *buffer,
                      GPtrArray         *marks,
                      const GtkTextIter *line_start,
                      const char        *id)
{
  /* Right gravity: text typed at the start of the line, or a new line
   * opened above it, leaves the mark with the block's words. */
  GtkTextMark *mark = gtk_text_buffer_create_mark (buffer, NULL, line_start, FALSE);

  g_object_set_data_full (G_OBJECT (mark), "block-id", g_strdup (id), g_free);
  g_ptr_array_add (marks, g_object_ref (mark));
}

/**
 * concord_table_block_new_default:
 *
 * Returns: (transfer full): a new table as the Insert menu makes it: two
 *   rows of three columns, the first a header
 */
ConcordBlock *
concord_table_block_new_default (void)
{
  g_autoptr(ConcordTable) table = concord_table_new (3, NULL);

  concord_table_set_header (table, TRUE);
  for (guint r = 0; r < 2; r++)
    {
      g_autoptr(GPtrArray) cells = concord_blocks_new ();

      concord_table_append_row (table, cells, NULL);
    }

  return concord_block_new_table (table, NULL);
}

/* Tables open from their chip: a click on it, or Return beside it. */

static void
open_table (GtkTextView        *view,
            GtkTextChildAnchor *anchor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_child_anchor (buffer, &iter, anchor);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_activate_action (GTK_WIDGET (view), "body.edit-table", NULL);
}

static void
chip_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkWidget       *chip)
{
  GtkTextChildAnchor *anchor = g_object_get_data (G_OBJECT (chip), "anchor");
  GtkWidget *view = gtk_widget_get_ancestor (chip, GTK_TYPE_TEXT_VIEW);

  if (anchor != NULL && view != NULL && !gtk_text_child_anchor_get_deleted (anchor))
    open_table (GTK_TEXT_VIEW (view), anchor);
}

void
concord_table_chip_set_anchor (GtkWidget          *chip,
                               GtkTextChildAnchor *anchor)
{
  GtkGesture *click = gtk_gesture_click_new ();

  /* The anchor holds the chip: no reference back. */
  g_object_set_data (G_OBJECT (chip), "anchor", anchor);
  g_signal_connect_object (click, "pressed", G_CALLBACK (chip_pressed_cb), chip, 0);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_cursor_from_name (chip, "pointer");
}

static GtkTextChildAnchor *
table_anchor_at (GtkTextIter *iter)
{
  GtkTextChildAnchor *anchor = gtk_text_iter_get_child_anchor (iter);

  return anchor != NULL && g_object_get_data (G_OBJECT (anchor), "table-block") != NULL ? anchor : NULL;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkTextView           *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextChildAnchor *anchor;
  GtkTextIter iter;

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter) ||
      (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) != 0 ||
      gtk_text_buffer_get_has_selection (buffer))
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  anchor = table_anchor_at (&iter);
  if (anchor == NULL && gtk_text_iter_backward_char (&iter))
    anchor = table_anchor_at (&iter);
  if (anchor == NULL)
    return FALSE;
  open_table (view, anchor);

  return TRUE;
}

void
concord_table_chips_attach_keys (GtkTextView *view)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), view, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), keys);
}

/* The keyboard goes back to the text when a menu or a dialog over it
 * closes without inserting, once GTK has done with its own focus moves;
 * not while another dialog of the window is open over it. */

static gboolean
refocus_idle (gpointer data)
{
  g_autoptr(GtkWidget) view = g_weak_ref_get (data);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkRoot *root;

  if (view == NULL || (root = gtk_widget_get_root (view)) == NULL)
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (root) && gtk_window_get_modal (window) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return G_SOURCE_REMOVE;
    }
  gtk_widget_grab_focus (view);

  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
ref_closure_free (gpointer  data,
                  GClosure *closure)
{
  weak_ref_free (data);
}

static void
closed_cb (gpointer  instance,
           GWeakRef *view)
{
  GWeakRef *copy = g_new0 (GWeakRef, 1);
  g_autoptr(GObject) target = g_weak_ref_get (view);

  g_weak_ref_init (copy, target);
  g_idle_add_full (G_PRIORITY_DEFAULT, refocus_idle, copy, weak_ref_free);
}

void
concord_refocus_on (GObject    *closing,
                    const char *signal,
                    GtkWidget  *view)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, view);
  g_signal_connect_data (closing, signal, G_CALLBACK (closed_cb), ref, ref_closure_free, 0);
}
