/* concord-body-editor-private.h: what the files of ConcordBodyEditor
 * share (concord-body-editor.c, -blocks.c, -references.c, -tables.c).
 * concord-body-editor.c calls the others, never the other way round: the
 * public API, with its checks, is there.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-body-chips.h"
#include "concord-body-editor.h"

G_BEGIN_DECLS

/* The character GTK puts where a child anchor is. */
#define REFERENCE_CHAR 0xFFFC

struct _ConcordBodyEditor
{
  GtkWidget          parent_instance;

  GtkTextView       *view;
  GtkMenuButton     *insert_button;
  GtkToggleButton   *paragraph_button;
  GtkToggleButton   *item_button;
  GtkToggleButton   *subitem_button;
  /* Made when first asked for. */
  ConcordReferenceChooser *chooser;
  /* A ConcordTableEditor, found by name: it is made of body editors. */
  GtkWindow               *table_editor;

  ConcordMemorandum *memorandum;
  /* Where chips take their names: the memorandum, or for a bilingual
   * memorandum's other text its copy in that language (made when first
   * asked for, dropped when the chips are redrawn). */
  ConcordMemorandum *names;
  /* The item whose text is edited, and its property holding the blocks
   * (a clause's or annex's "body", the memorandum's "recitals"). */
  GObject           *item;
  char              *property;
  gulong             body_notify_id;
  GtkTextTag        *item_tags[2];
  GtkTextTag        *chip_tag;
  /* One mark in each line whose block has an id (a reference may name
   * it), so that editing the text keeps the id on its line. */
  GPtrArray         *id_marks;
  /* The level of an empty last line, which has no character to tag. */
  guint              last_line_level;
  /* The level of the line where text is being inserted. */
  guint              insert_level;
  gboolean           loading;
  gboolean           syncing;
  gboolean           updating_buttons;
};

gboolean   _concord_body_is_reference_char       (gunichar           c,
                                                   gpointer           data);

/* concord-body-blocks.c: lines of the buffer and blocks of the item */
guint      _concord_body_editor_line_level       (ConcordBodyEditor *self,
                                                   const GtkTextIter *line_start);
void       _concord_body_editor_tag_lines        (ConcordBodyEditor *self,
                                                   const GtkTextIter *start,
                                                   const GtkTextIter *end,
                                                   guint              level);
void       _concord_body_editor_insert_chip      (ConcordBodyEditor *self,
                                                   GtkTextIter       *iter,
                                                   ConcordRunKind     kind,
                                                   const char        *id,
                                                   gboolean           full_form,
                                                   const char        *form,
                                                   ConcordNumbering  *numbering);
void       _concord_body_editor_insert_table_chip (ConcordBodyEditor *self,
                                                   GtkTextIter       *iter,
                                                   ConcordBlock      *block);
GPtrArray *_concord_body_editor_blocks_in_range  (ConcordBodyEditor *self,
                                                   const GtkTextIter *from,
                                                   const GtkTextIter *to,
                                                   gboolean           with_ids);
GPtrArray *_concord_body_editor_buffer_to_blocks (ConcordBodyEditor *self);
GPtrArray *_concord_body_editor_get_blocks       (ConcordBodyEditor *self);
void       _concord_body_editor_insert_blocks    (ConcordBodyEditor *self,
                                                   GtkTextIter       *iter,
                                                   GPtrArray         *blocks,
                                                   ConcordNumbering  *numbering,
                                                   gboolean           pasting);

/* concord-body-references.c: chips for parties, terms, clauses and
 * placeholders, the Insert Reference menu and the chooser */
void       _concord_body_editor_update_insert_menu (ConcordBodyEditor *self);
void       _concord_body_editor_insert_reference (ConcordBodyEditor *self,
                                                   ConcordRunKind     kind,
                                                   const char        *id,
                                                   gboolean           full_form);
void       _concord_body_editor_redraw_chips     (ConcordBodyEditor *self);
void       _concord_body_references_install      (GtkWidgetClass    *widget_class);

/* concord-body-tables.c: tables inserted and opened in the table editor */
void       _concord_body_tables_install          (GtkWidgetClass    *widget_class);

ConcordMemorandum *_concord_body_editor_get_names (ConcordBodyEditor *self);

G_END_DECLS
