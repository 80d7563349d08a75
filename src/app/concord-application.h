/* concord-application.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CONCORD_TYPE_APPLICATION (concord_application_get_type ())

G_DECLARE_FINAL_TYPE (ConcordApplication, concord_application, CONCORD, APPLICATION, AdwApplication)

ConcordApplication *concord_application_new (void);

G_END_DECLS
