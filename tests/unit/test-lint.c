/* test-lint.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"

/* Two signatories that both claim the area "inspection"; each is
 * accountable and has a role, so only the overlap is found. */
#define OVERLAP_XML \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"%s\" language=\"en-GB\">\n" \
  "  <title>T</title>\n  <revision>0</revision>\n" \
  "  <parties>\n" \
  "    <party id=\"a\" kind=\"signatory\">\n      <name>Alpha</name>\n    </party>\n" \
  "    <party id=\"b\" kind=\"signatory\">\n      <name>Beta</name>\n    </party>\n" \
  "  </parties>\n" \
  "  <section id=\"s\" kind=\"roles\">\n    <heading>Roles</heading>\n" \
  "    <clause id=\"ra\" kind=\"role\" status=\"agreed\" owner=\"a\" areas=\"inspection\"/>\n" \
  "    <clause id=\"rb\" kind=\"role\" status=\"%s\" owner=\"b\" areas=\"inspection\"/>\n" \
  "    %s\n" \
  "    <clause id=\"aa\" kind=\"accountability\" status=\"agreed\" accountable=\"a\" to=\"b\"/>\n" \
  "    <clause id=\"ab\" kind=\"accountability\" status=\"agreed\" accountable=\"b\" to-body=\"the public\"/>\n" \
  "  </section>\n" \
  "</memorandum>\n"

static GPtrArray *
lint (const char *status,
      const char *clause_status,
      const char *extra)
{
  g_autofree char *xml = g_strdup_printf (OVERLAP_XML, status, clause_status, extra);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);

  g_assert_no_error (error);

  return concord_memorandum_lint (m);
}

static guint
count_code (GPtrArray  *findings,
            const char *code)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((ConcordFinding *) g_ptr_array_index (findings, i))->code, code) == 0)
      n++;

  return n;
}

static void
test_overlap (void)
{
  g_autoptr(GPtrArray) findings = lint ("draft", "agreed", "");
  ConcordFinding *f;
  g_autofree char *line = NULL;

  g_assert_cmpuint (findings->len, ==, 1);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (f->code, ==, CONCORD_LINT_AREA_OVERLAP);
  g_assert_cmpstr (f->clause_id, ==, "rb");
  g_assert_cmpstr (f->clause_number, ==, "1.2");
  line = concord_finding_to_string (f);
  g_assert_cmpstr (line, ==, "area-overlap: clause 1.2 (rb): Alpha and Beta both own the area "
                   "“inspection” and no boundary clause in that area separates them");
}

static void
test_boundary_resolves_overlap (void)
{
  g_autoptr(GPtrArray) same_area = lint ("draft", "agreed",
    "<clause id=\"bd\" kind=\"boundary\" status=\"agreed\" side-a=\"b\" side-b=\"a\" areas=\"inspection\"/>");
  g_autoptr(GPtrArray) other_area = lint ("draft", "agreed",
    "<clause id=\"bd\" kind=\"boundary\" status=\"agreed\" side-a=\"b\" side-b=\"a\" areas=\"audit\"/>");

  g_assert_cmpuint (same_area->len, ==, 0);
  /* A boundary about another area does not settle this one, and leaves
   * its own area without an owner. */
  g_assert_cmpuint (count_code (other_area, CONCORD_LINT_AREA_OVERLAP), ==, 1);
  g_assert_cmpuint (count_code (other_area, CONCORD_LINT_AREA_UNOWNED), ==, 1);
}

static void
test_disputed_only_when_agreed (void)
{
  g_autoptr(GPtrArray) draft = lint ("draft", "disputed", "");
  g_autoptr(GPtrArray) agreed = lint ("agreed", "disputed", "");
  g_autoptr(GPtrArray) signed_ = lint ("signed", "disputed", "");

  g_assert_cmpuint (count_code (draft, CONCORD_LINT_DISPUTED_CLAUSE), ==, 0);
  g_assert_cmpuint (count_code (agreed, CONCORD_LINT_DISPUTED_CLAUSE), ==, 1);
  g_assert_cmpuint (count_code (signed_, CONCORD_LINT_DISPUTED_CLAUSE), ==, 1);
}

static void
test_template_findings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) blank = concord_template_instantiate ("blank", &error);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) placeholders = NULL;

  g_assert_no_error (error);
  findings = concord_memorandum_lint (blank);
  placeholders = concord_memorandum_collect_placeholders (blank);
  g_assert_cmpuint (placeholders->len, >, 0);
  g_assert_cmpuint (count_code (findings, CONCORD_LINT_PLACEHOLDER), ==, placeholders->len);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/lint/overlap", test_overlap);
  g_test_add_func ("/core/lint/boundary-resolves-overlap", test_boundary_resolves_overlap);
  g_test_add_func ("/core/lint/disputed-only-when-agreed", test_disputed_only_when_agreed);
  g_test_add_func ("/core/lint/template-findings", test_template_findings);

  return g_test_run ();
}
