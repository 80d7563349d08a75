/* concord-commands.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "concord-document.h"
#include "concord-library-dialog.h"

G_BEGIN_DECLS

void concord_commands_run (GtkWindow         *window,
                           AdwToastOverlay   *toasts,
                           ConcordDocument   *document,
                           GObject           *edited,
                           const char        *action_name,
                           ConcordSelectFunc  select);

G_END_DECLS
