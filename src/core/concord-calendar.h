/* concord-calendar.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

/* A date the memorandum commits to: its review date, or a date a clause
 * names ("by 31 March 2027"). */
typedef struct
{
  GDate  date;
  /* The clause it comes from and its printed number; NULL for the
   * review date. */
  char  *clause_id;
  char  *clause_number;
  /* What happens then: the sentence that names the date, or "Review of
   * the memorandum". */
  char  *what;
} ConcordDatedItem;

void       concord_dated_item_free           (ConcordDatedItem  *item);
GPtrArray *concord_memorandum_collect_dates  (ConcordMemorandum *memorandum);
gboolean   concord_text_find_date            (const char        *text,
                                              GDate             *date,
                                              gsize             *start,
                                              gsize             *end);
char      *concord_memorandum_to_icalendar   (ConcordMemorandum *memorandum,
                                              GDateTime         *stamp,
                                              guint             *n_events,
                                              GError           **error);

G_END_DECLS
