/* concord-editors.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "concord-annex-pane.h"
#include "concord-background-pane.h"
#include "concord-clause-pane.h"
#include "concord-control-pane.h"
#include "concord-definitions-pane.h"
#include "concord-details-pane.h"
#include "concord-editors.h"
#include "concord-party-pane.h"
#include "concord-section-pane.h"
#include "concord-signature-pane.h"

/* The window's template names a pane for each kind of outline item; their
 * types must exist before it is built. A new pane is added here and to
 * the template, not to the window's code. */
void
concord_editors_ensure_types (void)
{
  g_type_ensure (CONCORD_TYPE_DETAILS_PANE);
  g_type_ensure (CONCORD_TYPE_PARTY_PANE);
  g_type_ensure (CONCORD_TYPE_CONTROL_PANE);
  g_type_ensure (CONCORD_TYPE_DEFINITIONS_PANE);
  g_type_ensure (CONCORD_TYPE_BACKGROUND_PANE);
  g_type_ensure (CONCORD_TYPE_SECTION_PANE);
  g_type_ensure (CONCORD_TYPE_CLAUSE_PANE);
  g_type_ensure (CONCORD_TYPE_SIGNATURE_PANE);
  g_type_ensure (CONCORD_TYPE_ANNEX_PANE);
}
