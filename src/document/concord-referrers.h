/* concord-referrers.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-document.h"

G_BEGIN_DECLS

/* Who refers to a clause or a section: the text elsewhere whose
 * cross-references would name something missing once it is removed. */

GPtrArray *concord_referrers_find              (ConcordMemorandum  *memorandum,
                                                GObject            *item);
char      *concord_referrers_describe          (ConcordMemorandum  *memorandum,
                                               ConcordNumbering   *numbering,
                                               GObject            *referrer);
char      *concord_referrers_describe_removal  (ConcordMemorandum  *memorandum,
                                                GObject            *item,
                                                char              **heading);

gboolean   concord_referrers_edit_removes      (const char         *edit,
                                                GObject            *selected);

G_END_DECLS
