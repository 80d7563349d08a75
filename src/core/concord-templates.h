/* concord-templates.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *title;
  char *description;
} ConcordTemplateInfo;

void               concord_template_info_free   (ConcordTemplateInfo *info);
GPtrArray         *concord_templates_list        (GError             **error);
ConcordMemorandum *concord_template_instantiate  (const char          *template_id,
                                                  GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordTemplateInfo, concord_template_info_free)

G_END_DECLS
