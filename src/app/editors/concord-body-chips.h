/* concord-body-chips.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-core.h"

G_BEGIN_DECLS

/* What a chip in edited text stands for: a reference to a party, a term,
 * a clause, or a placeholder's prompt. */
typedef struct
{
  ConcordRunKind kind;
  gboolean       full_form;
  char          *id;
  /* The form a term reference prints ("our"), kept through an edit. */
  char          *form;
} ConcordChipReference;

ConcordChipReference *concord_chip_reference_new  (ConcordRunKind              kind,
                                                   const char                 *id,
                                                   gboolean                    full_form,
                                                   const char                 *form);
void                  concord_chip_reference_free (gpointer                    reference);
GtkWidget            *concord_chip_new            (const ConcordChipReference *reference);
void                  concord_chip_update         (GtkWidget                  *chip,
                                                   ConcordMemorandum          *memorandum,
                                                   ConcordNumbering           *numbering,
                                                   const ConcordChipReference *reference);
GtkWidget            *concord_table_chip_new      (ConcordTable               *table);

/* One mark in each line whose block has an id (a reference may name it),
 * so that editing the text keeps the id on its line. */
GHashTable           *concord_id_marks_by_line    (GtkTextBuffer              *buffer,
                                                   GPtrArray                  *marks);
void                  concord_id_marks_clear      (GtkTextBuffer              *buffer,
                                                   GPtrArray                  *marks);
void                  concord_id_marks_add        (GtkTextBuffer              *buffer,
                                                   GPtrArray                  *marks,
                                                   const GtkTextIter          *line_start,
                                                   const char                 *id);

G_END_DECLS
