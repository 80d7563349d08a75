/* concord-reference-menu.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-reference-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-reference-menu.h"
#include "concord-views.h"

/* The Insert Reference menu of text being edited: the memorandum's
 * parties by short and full name, its defined terms, a cross-reference
 * chosen by searching, a placeholder and, where the text may hold one,
 * a table. Its items are the body editor's "body." actions. */

GMenuModel *
concord_reference_menu_new (ConcordMemorandum *memorandum,
                            gboolean           with_table)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) parties = g_menu_new ();
  g_autoptr(GMenu) full = g_menu_new ();
  g_autoptr(GMenu) terms = g_menu_new ();
  g_autoptr(GMenu) other = g_menu_new ();
  GListModel *list = concord_memorandum_get_parties (memorandum);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (list, i);
      const char *id = concord_party_get_id (party);
      ConcordRun short_run = { CONCORD_RUN_PARTY, FALSE, (char *) id };
      ConcordRun full_run = { CONCORD_RUN_PARTY, TRUE, (char *) id };
      g_autofree char *short_name = concord_run_render (memorandum, NULL, &short_run);
      g_autofree char *full_name = concord_run_render (memorandum, NULL, &full_run);
      g_autofree char *detailed = g_action_print_detailed_name ("body.insert-party", g_variant_new_string (id));
      g_autofree char *detailed_full = g_action_print_detailed_name ("body.insert-party-full",
                                                                    g_variant_new_string (id));

      /* Menu items are labels, which measure all their text. */
      g_autofree char *short_shown = concord_view_shorten (short_name, CONCORD_VIEW_LABEL_CHARS);
      g_autofree char *full_shown = concord_view_shorten (full_name, CONCORD_VIEW_LABEL_CHARS);

      g_menu_append (parties, short_shown, detailed);
      if (g_strcmp0 (short_name, full_name) != 0)
        g_menu_append (full, full_shown, detailed_full);
    }

  list = concord_memorandum_get_terms (memorandum);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ConcordTerm) term = g_list_model_get_item (list, i);
      const char *name = concord_term_get_name (term);
      g_autofree char *detailed = g_action_print_detailed_name ("body.insert-term",
                                                               g_variant_new_string (concord_term_get_id (term)));

      g_autofree char *shown = concord_view_shorten (name != NULL ? name : concord_term_get_id (term),
                                                     CONCORD_VIEW_LABEL_CHARS);

      g_menu_append (terms, shown, detailed);
    }

  g_menu_append (other, _("Clause, Section or Annex…"), "body.choose-cross-reference");
  g_menu_append (other, _("Something to Be Agreed"), "body.insert-placeholder");

  g_menu_append_section (menu, _("Party (short name)"), G_MENU_MODEL (parties));
  if (g_menu_model_get_n_items (G_MENU_MODEL (full)) > 0)
    g_menu_append_section (menu, _("Party (full name)"), G_MENU_MODEL (full));
  if (g_menu_model_get_n_items (G_MENU_MODEL (terms)) > 0)
    g_menu_append_section (menu, _("Defined Term"), G_MENU_MODEL (terms));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (other));
  if (with_table)
    {
      g_autoptr(GMenu) table = g_menu_new ();

      g_menu_append (table, _("Table…"), "body.insert-table");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (table));
    }

  return G_MENU_MODEL (menu);
}
