/* concord-wrap-text.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CONCORD_TYPE_WRAP_TEXT (concord_wrap_text_get_type ())

G_DECLARE_FINAL_TYPE (ConcordWrapText, concord_wrap_text, CONCORD, WRAP_TEXT, GtkWidget)

GtkWidget  *concord_wrap_text_new        (void);
void        concord_wrap_text_set_markup (ConcordWrapText *self,
                                          const char      *markup);
const char *concord_wrap_text_get_text   (ConcordWrapText *self);

G_END_DECLS
