/* concord-application.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-application"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-application.h"
#include "concord-window.h"

struct _ConcordApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (ConcordApplication, concord_application, ADW_TYPE_APPLICATION)

static void
concord_application_activate (GApplication *app)
{
  ConcordWindow *window = concord_window_new (ADW_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
}

/* Each file opens in its own window; one that fails to load shows why. */
static void
concord_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      ConcordWindow *window = concord_window_new (ADW_APPLICATION (app));

      concord_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  concord_application_activate (G_APPLICATION (user_data));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window lets it ask about unsaved changes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Concord authors"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Concord"),
                         "application-icon", APPLICATION_ID,
                         "comments", _("Draft memorandums of understanding: who does what, where each "
                                       "body’s remit stops and who answers to whom."),
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "quit", quit_action },
  { "about", about_action },
};

static void
concord_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *new_window_accels[] = { "<Control>n", NULL };

  G_APPLICATION_CLASS (concord_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", new_window_accels);
}

/* --new-window, the desktop file's New Window action, needs no work here:
 * the application is not unique, so every start opens a window of its own
 * through activate. */
static int
concord_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("concord %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static void
concord_application_class_init (ConcordApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = concord_application_activate;
  app_class->handle_local_options = concord_application_handle_local_options;
  app_class->open = concord_application_open;
  app_class->startup = concord_application_startup;
}

static const GOptionEntry main_options[] = {
  { "new-window", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open a new window"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

static void
concord_application_init (ConcordApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_options);
  /* Translators: the arguments in "concord --help" */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

ConcordApplication *
concord_application_new (void)
{
  return g_object_new (CONCORD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
