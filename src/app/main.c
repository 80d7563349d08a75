/* main.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "concord-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ConcordApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* `meson devenv` and the tests point CONCORD_LOCALEDIR at the build
   * folder's compiled catalogues; installed, the prefix's are used. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CONCORD_LOCALEDIR") != NULL ? g_getenv ("CONCORD_LOCALEDIR")
                                                                         : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = concord_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
