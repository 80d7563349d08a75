/* concord-problems-button.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-views-pane.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_PROBLEMS_BUTTON (concord_problems_button_get_type ())

G_DECLARE_FINAL_TYPE (ConcordProblemsButton, concord_problems_button, CONCORD, PROBLEMS_BUTTON, GtkButton)

void        concord_problems_button_set_views_pane (ConcordProblemsButton *self,
                                                    ConcordViewsPane      *pane);
const char *concord_problems_button_get_label      (ConcordProblemsButton *self);

G_END_DECLS
