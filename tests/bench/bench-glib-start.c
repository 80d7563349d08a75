/* bench-glib-start.c: the least a GLib program that reads a memorandum
 * costs, for bench-floor.py.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Usage: bench-glib-start FILE
 *
 * Links what concord-cli's executable links (GLib, GObject, GIO, libxml2),
 * makes one GObject and one GListStore, and parses FILE with libxml2; no
 * schema, no model.  Between this and `xmllint --noout` lies only the cost
 * of starting those libraries: whatever `concord-cli validate` spends
 * beyond this is Concord's own. */

#include <gio/gio.h>
#include <libxml/parser.h>
#include <stdio.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GListStore) store = NULL;
  xmlDoc *doc;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE\n", argv[0]);
      return 2;
    }

  store = g_list_store_new (G_TYPE_OBJECT);
  doc = xmlReadFile (argv[1], NULL, XML_PARSE_NONET);
  if (doc == NULL)
    return 1;
  xmlFreeDoc (doc);

  return 0;
}
