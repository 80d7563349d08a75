/* fuzz-load.c: bytes to memorandum, save, reload, save again.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fuzz-common.h"
#include "concord-schema-private.h"
#include "concord-xml-private.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

/* What the command line's lint and text commands and the app's views
 * make of it: text, always valid UTF-8. */
static char *
read_all (ConcordMemorandum *m)
{
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);
  g_autoptr(ConcordMatrix) matrix = concord_matrix_new (m);
  char *text = concord_memorandum_to_text (m);

  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = concord_finding_to_string (g_ptr_array_index (findings, i));

      if (line == NULL || !g_utf8_validate (line, -1, NULL))
        fuzz_fail ("a lint finding is not valid UTF-8\n");
    }
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    fuzz_fail ("the memorandum's text is not valid UTF-8\n");

  return text;
}

/* The loader trusts the quick validator's yes instead of libxml2's: it
 * must never accept what the schema refuses. */
static void
check_quick_validator (const uint8_t *data,
                       size_t         size)
{
  xmlDoc *doc = xmlReadMemory ((const char *) data, (int) MIN (size, G_MAXINT), "input.mou", NULL,
                               CONCORD_XML_PARSE_OPTIONS | XML_PARSE_NOERROR);

  if (doc == NULL)
    return;
  if (_concord_schema_proves_valid (doc) && !_concord_xml_schema_accepts (doc))
    fuzz_fail ("the quick validator accepts a file the schema refuses\n");
  xmlFreeDoc (doc);
}

/* Whatever loads must save to a file that loads again, and saving that
 * second memorandum gives the same bytes: a save loses nothing the format
 * holds, and is a fixed point. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(ConcordMemorandum) m = fuzz_load (data, size, "input.mou");
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  check_quick_validator (data, size);
  if (m == NULL)
    return 0;

  first = concord_memorandum_serialize (m);
  again = concord_memorandum_load_from_data (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                                             "saved.mou", &error);
  if (again == NULL)
    fuzz_fail ("a saved memorandum does not load again: %s\n--- saved:\n%.*s\n", error->message,
               (int) g_bytes_get_size (first), (const char *) g_bytes_get_data (first, NULL));

  /* Nothing printed is lost in a save either. */
  text = read_all (m);
  text_again = read_all (again);
  if (g_strcmp0 (text, text_again) != 0)
    fuzz_fail ("the text changes in a save\n--- before:\n%s\n--- after:\n%s\n", text, text_again);

  second = concord_memorandum_serialize (again);
  if (!g_bytes_equal (first, second))
    fuzz_fail ("two saves differ\n--- first:\n%.*s\n--- second:\n%.*s\n",
               (int) g_bytes_get_size (first), (const char *) g_bytes_get_data (first, NULL),
               (int) g_bytes_get_size (second), (const char *) g_bytes_get_data (second, NULL));

  return 0;
}
