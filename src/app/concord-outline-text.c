/* concord-outline-text.c: what each row of the outline says, apart from
 * the list that shows the rows.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "concord-outline-part.h"
#include "concord-outline-text.h"
#include "concord-structure.h"
#include "concord-views.h"

static char *
describe_clause (ConcordMemorandum *m,
                 ConcordNumbering  *numbering,
                 ConcordClause     *clause,
                 char             **subtitle)
{
  const char *number = concord_numbering_get_clause (numbering, clause);
  const char *heading = concord_clause_get_heading (clause);
  g_autofree char *facts = concord_clause_describe_facts (m, clause);
  const char *status = concord_clause_status_label (concord_clause_get_status (clause));

  *subtitle = facts != NULL ? g_strdup_printf ("%s · %s", status, facts) : g_strdup (status);

  if (heading == NULL || *heading == '\0')
    {
      g_autofree char *opening = concord_blocks_opening (m, numbering, concord_clause_get_body (clause));

      if (opening != NULL)
        return g_strdup_printf ("%s%s%s", number ? number : "", number ? "  " : "", opening);
      heading = _("Untitled clause");
    }

  return g_strdup_printf ("%s%s%s", number ? number : "", number ? "  " : "", heading);
}

/**
 * concord_outline_text_describe:
 * @numbering: the memorandum's numbering, as the outline keeps it
 * @subtitle: (out) (transfer full) (nullable): the row's second line
 *
 * What the outline's row for @item says.
 *
 * Returns: (transfer full): the row's title
 */
char *
concord_outline_text_describe (ConcordMemorandum *m,
                               ConcordNumbering  *numbering,
                               GObject           *item,
                               char             **subtitle)
{

  *subtitle = NULL;
  if (CONCORD_IS_MEMORANDUM (item))
    {
      *subtitle = concord_field_render (concord_memorandum_get_title (m),
                                        concord_memorandum_get_placeholder (m, "title"), _("Title"));
      return g_strdup (_("Details"));
    }
  if (CONCORD_IS_PARTY (item))
    {
      ConcordParty *party = CONCORD_PARTY (item);

      *subtitle = g_strdup (concord_party_get_kind (party) == CONCORD_PARTY_KIND_SIGNATORY
                            ? _("Signatory") : _("Named stakeholder"));
      return concord_field_render (concord_party_get_name (party),
                                   concord_party_get_placeholder (party, "name"), _("Party"));
    }
  if (CONCORD_IS_SECTION (item))
    {
      const char *number = concord_numbering_get_section (numbering, CONCORD_SECTION (item));
      const char *heading = concord_section_get_heading (CONCORD_SECTION (item));

      return g_strdup_printf ("%s%s%s", number ? number : "", number ? "  " : "", heading ? heading : "");
    }
  if (CONCORD_IS_CLAUSE (item))
    return describe_clause (m, numbering, CONCORD_CLAUSE (item), subtitle);
  if (CONCORD_IS_ANNEX (item))
    {
      ConcordAnnex *annex = CONCORD_ANNEX (item);
      const char *number = concord_numbering_get_annex (numbering, annex);
      const char *heading = concord_annex_get_heading (annex);
      g_autofree char *opening = NULL;

      if (heading == NULL || *heading == '\0')
        heading = opening = concord_blocks_opening (m, numbering, concord_annex_get_body (annex));
      *subtitle = g_strdup (heading != NULL ? heading : "");
      /* The label says "Annex" itself, as the memorandum's style has it. */
      return g_strdup (number != NULL ? number : _("Annex"));
    }
  if (concord_outline_part_is (item, CONCORD_OUTLINE_PART_DEFINITIONS))
    {
      guint n = g_list_model_get_n_items (concord_memorandum_get_terms (m));

      *subtitle = n == 0 ? g_strdup (_("No terms defined"))
                         : g_strdup_printf (ngettext ("%u term", "%u terms", n), n);
      return g_strdup (_("Definitions"));
    }
  if (concord_outline_part_is (item, CONCORD_OUTLINE_PART_BACKGROUND))
    {
      GPtrArray *recitals = concord_memorandum_get_recitals (m);

      *subtitle = concord_blocks_opening (m, numbering, recitals);
      if (*subtitle == NULL)
        *subtitle = g_strdup (_("No background"));
      return g_strdup (_("Background"));
    }
  if (concord_outline_part_is (item, CONCORD_OUTLINE_PART_DOCUMENT_CONTROL))
    {
      guint n = g_list_model_get_n_items (concord_memorandum_get_control_entries (m));

      *subtitle = n == 0 ? g_strdup (_("No versions recorded"))
                         : g_strdup_printf (ngettext ("%u version", "%u versions", n), n);
      return g_strdup (_("Document control"));
    }
  if (CONCORD_IS_SIGNATURE (item))
    {
      ConcordSignature *sig = CONCORD_SIGNATURE (item);
      const char *party[] = { concord_signature_get_party (sig), NULL };
      g_autofree char *who = NULL;

      *subtitle = g_strdup (concord_signing_is_recorded (m, sig) ? _("Signed") : _("Not signed yet"));
      /* A signatory who is not a party is named as its block names it. */
      if (party[0] == NULL)
        {
          g_auto(ConcordSigning) signing = { 0 };

          concord_signing_init (&signing, m, sig);
          return g_steal_pointer (&signing.heading);
        }
      who = concord_party_list_render (m, party);
      return g_strdup_printf (_("Signature of %s"), who);
    }

  return g_strdup ("");
}
