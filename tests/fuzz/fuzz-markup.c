/* fuzz-markup.c: user text on its way into Pango markup.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <pango/pango.h>

#include "fuzz-common.h"
#include "concord-compare-markup.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

/* Markup the app builds must parse, or GTK shows nothing and warns. */
static void
check_markup (const char *markup,
              const char *what)
{
  g_autoptr(GError) error = NULL;

  if (markup != NULL && !pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error))
    fuzz_fail ("%s is not valid Pango markup (%s):\n%s\n", what, error->message, markup);
}

/* Text escaped for a markup label reads back as itself. */
static void
check_escaped (const char *text)
{
  g_autofree char *escaped = NULL;
  g_autofree char *back = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return;
  escaped = g_markup_escape_text (text, -1);
  if (!pango_parse_markup (escaped, -1, 0, NULL, &back, NULL, &error))
    fuzz_fail ("escaped text is not valid markup (%s): %s\n", error->message, escaped);
  if (g_strcmp0 (back, text) != 0)
    fuzz_fail ("escaped text reads back as other text: %s\n", text);
}

/* Names and headings a user typed, which the app shows in rows and
 * titles (concord-window-facts.c and friends escape them). */
static void
check_user_text (ConcordMemorandum *m)
{
  GListModel *parties = concord_memorandum_get_parties (m);
  GListModel *sections = concord_memorandum_get_sections (m);

  check_escaped (concord_memorandum_get_title (m));
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, i);

      check_escaped (concord_party_get_name (party));
      check_escaped (concord_party_get_short_name (party));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      check_escaped (concord_section_get_heading (section));
    }
}

/* Every row of the compare window, both sides, as the window builds it. */
static void
check_compare (ConcordMemorandum *a,
               ConcordMemorandum *b)
{
  g_autoptr(ConcordDiff) diff = concord_diff_new (a, b);
  g_autoptr(ConcordNumbering) old_numbers = concord_numbering_new (a);
  g_autoptr(ConcordNumbering) new_numbers = concord_numbering_new (b);
  ConcordCompareSides sides = { diff, { a, b }, { old_numbers, new_numbers } };

  for (int side = 0; side < 2; side++)
    {
      for (guint row = 0; row < concord_diff_get_n_rows (diff); row++)
        {
          g_autofree char *heading = NULL, *facts = NULL, *body = NULL;
          ConcordClause *old_clause, *new_clause;
          int change;

          concord_diff_get_row (diff, row, &old_clause, &new_clause, &change);
          concord_compare_markup_row (&sides, row, change, side, &heading, &facts, &body);
          check_markup (heading, "a clause heading");
          check_markup (facts, "a clause's facts");
          check_markup (body, "a clause's text");
        }
      for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
        {
          g_autofree char *heading = NULL, *facts = NULL, *body = NULL;

          if (concord_diff_change_get_object (concord_diff_get_change (diff, i)) == CONCORD_DIFF_OBJECT_CLAUSE)
            continue;
          concord_compare_markup_row (&sides, -1, i, side, &heading, &facts, &body);
          check_markup (heading, "a change's heading");
          check_markup (facts, "a change's facts");
          check_markup (body, "a change's text");
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *first, *second;
  size_t first_size, second_size;
  g_autoptr(ConcordMemorandum) a = NULL;
  g_autoptr(ConcordMemorandum) b = NULL;

  fuzz_split (data, size, &first, &first_size, &second, &second_size);
  a = fuzz_load (first, first_size, "old.mou");
  if (a == NULL)
    return 0;
  b = fuzz_load (second, second_size, "new.mou");
  if (b == NULL)
    return 0;

  check_user_text (a);
  check_user_text (b);
  check_compare (a, b);
  return 0;
}
