/* concord-outline-text.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-memorandum.h"
#include "concord-numbering.h"

G_BEGIN_DECLS

char *concord_outline_text_describe (ConcordMemorandum *m,
                                     ConcordNumbering  *numbering,
                                     GObject           *item,
                                     char             **subtitle);

G_END_DECLS
