/* concord-language-menu.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-language-menu"

#include "config.h"

#include "concord-app-resources.h"
#include "concord-language-menu.h"

/* A menu of common languages for a row where a language tag is typed:
 * picking one types its tag for the user, who may still type any other.
 * The list is one resource (concord-language-menu.ui); its items are the
 * "language.choose" action, which each row answers for itself. */

/**
 * concord_language_menu_new:
 *
 * Returns: (transfer full): the menu of languages, whose items activate
 *   "language.choose" with a language tag
 */
GMenuModel *
concord_language_menu_new (void)
{
  g_autoptr(GtkBuilder) builder = NULL;

  g_assert (concord_app_get_resource () != NULL);
  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/editors/concord-language-menu.ui");

  return g_object_ref (G_MENU_MODEL (gtk_builder_get_object (builder, "menu")));
}

static void
choose_cb (GSimpleAction *action,
           GVariant      *tag,
           GtkEditable   *entry)
{
  gtk_editable_set_text (entry, g_variant_get_string (tag, NULL));
}

/* The menu marks the tag the row holds, typed or chosen. */
static void
entry_changed_cb (GtkEditable   *entry,
                  GSimpleAction *action)
{
  g_simple_action_set_state (action, g_variant_new_string (gtk_editable_get_text (entry)));
}

/**
 * concord_language_menu_attach:
 * @button: the button that opens the menu, in or beside @entry
 * @entry: where the chosen language's tag is typed
 *
 * Gives @button the menu of languages; choosing one sets @entry's text to
 * its tag, as typing it would.
 */
void
concord_language_menu_attach (GtkMenuButton *button,
                              GtkEditable   *entry)
{
  g_autoptr(GMenuModel) menu = concord_language_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) choose = NULL;

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (GTK_IS_EDITABLE (entry));

  choose = g_simple_action_new_stateful ("choose", G_VARIANT_TYPE_STRING,
                                         g_variant_new_string (gtk_editable_get_text (entry)));
  g_signal_connect_object (choose, "change-state", G_CALLBACK (choose_cb), entry, 0);
  g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed_cb), choose, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (choose));
  gtk_widget_insert_action_group (GTK_WIDGET (button), "language", G_ACTION_GROUP (group));
  gtk_menu_button_set_menu_model (button, menu);
}
