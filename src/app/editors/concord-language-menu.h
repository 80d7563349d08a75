/* concord-language-menu.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GMenuModel *concord_language_menu_new    (void);
void        concord_language_menu_attach (GtkMenuButton *button,
                                          GtkEditable   *entry);

G_END_DECLS
