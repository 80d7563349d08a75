/* concord-metadata.c: what a printed or exported document says of itself
 * (its running head, author and keywords), which the renderer and the
 * office writers share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "concord-matrix.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-render-private.h"
#include "concord-wording.h"
#include "concord-words.h"

/* The running head's left side: reference (or title) and revision. */
char *
_concord_describe_header (ConcordMemorandum *m)
{
  const char *reference = concord_memorandum_get_reference (m);
  const char *title = concord_memorandum_get_title (m);
  const char *language = concord_memorandum_get_language (m);
  const char *revision = concord_memorandum_get_printed_revision (m);
  const char *name = reference ? reference : title ? title : CONCORD_WORD (language, "Memorandum of understanding");

  if (revision == NULL)
    return g_strdup (name);

  return g_strdup_printf (CONCORD_WORD (language, "%s · Revision %s"), name, revision);
}

/* The parties' names, for a document's author and subject. */
char *
_concord_metadata_authors (ConcordMemorandum *m)
{
  GListModel *parties = concord_memorandum_get_parties (m);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) p = g_list_model_get_item (parties, i);
      const char *name = concord_party_get_display_name (p, TRUE);

      if (name == NULL || concord_party_get_kind (p) != CONCORD_PARTY_KIND_SIGNATORY)
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, name);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The areas of responsibility, for a document's keywords. */
char *
_concord_metadata_keywords (ConcordMemorandum *m)
{
  g_autoptr(ConcordMatrix) matrix = concord_matrix_new (m);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < concord_matrix_get_n_areas (matrix); i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", concord_matrix_get_area (matrix, i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}
