/* concord-core.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"
#include "concord-enums.h"
#include "concord-error.h"
#include "concord-block.h"
#include "concord-table.h"
#include "concord-party.h"
#include "concord-term.h"
#include "concord-clause.h"
#include "concord-section.h"
#include "concord-annex.h"
#include "concord-signature.h"
#include "concord-control-entry.h"
#include "concord-dismissal.h"
#include "concord-diff.h"
#include "concord-conflict.h"
#include "concord-merge.h"
#include "concord-memorandum.h"
#include "concord-xml.h"
#include "concord-numbering.h"
#include "concord-lint.h"
#include "concord-matrix.h"
#include "concord-party-summary.h"
#include "concord-render.h"
#include "concord-fields.h"
#include "concord-import.h"
#include "concord-text.h"
#include "concord-templates.h"
#include "concord-calendar.h"
#include "concord-fragment.h"
#include "concord-library.h"
#include "concord-office.h"
#include "concord-standard-sections.h"
#include "concord-wording.h"
#include "concord-words.h"
#include "concord-logo.h"
