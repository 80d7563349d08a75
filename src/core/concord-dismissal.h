/* concord-dismissal.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

/* A lint finding the drafters have looked at and decided to keep, with
 * their reason: the finding's code and its target ("clause:role-lga",
 * "party:lga", "details"; see docs/LINT.md). */
#define CONCORD_TYPE_DISMISSAL (concord_dismissal_get_type ())
G_DECLARE_FINAL_TYPE (ConcordDismissal, concord_dismissal, CONCORD, DISMISSAL, GObject)

ConcordDismissal *concord_dismissal_new        (const char       *code,
                                                const char       *target,
                                                const char       *reason);
const char       *concord_dismissal_get_code   (ConcordDismissal *self);
void              concord_dismissal_set_code   (ConcordDismissal *self,
                                                const char       *code);
const char       *concord_dismissal_get_target (ConcordDismissal *self);
void              concord_dismissal_set_target (ConcordDismissal *self,
                                                const char       *target);
const char       *concord_dismissal_get_reason (ConcordDismissal *self);
void              concord_dismissal_set_reason (ConcordDismissal *self,
                                                const char       *reason);

G_END_DECLS
