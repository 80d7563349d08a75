/* concord-compare-export.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "concord-core.h"
#include "concord-dialogs.h"

G_BEGIN_DECLS

gboolean concord_compare_export_redline (ConcordDiff        *diff,
                                         GFile              *file,
                                         GError            **error);
void     concord_compare_export_choose  (GtkWindow          *parent,
                                         ConcordDiff        *diff,
                                         ConcordFileChosen   chosen,
                                         GObject            *object);

G_END_DECLS
