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

/* These fixtures are about structure and have no wording: the drafting
 * checks (test-lint-drafting.c) would find every standard clause missing. */
static gboolean
is_drafting_code (const char *code)
{
  static const char *drafting[] = {
    CONCORD_LINT_BINDING_LANGUAGE, CONCORD_LINT_MISSING_STANDARD_CLAUSE, CONCORD_LINT_PASSIVE_OBLIGATION,
    CONCORD_LINT_TERM_UNUSED, CONCORD_LINT_ACCOUNTABILITY_NO_MECHANISM, CONCORD_LINT_PARTY_AS_PLAIN_TEXT,
    NULL
  };

  return g_strv_contains (drafting, code);
}

static GPtrArray *
lint (const char *status,
      const char *clause_status,
      const char *extra)
{
  g_autofree char *xml = g_strdup_printf (OVERLAP_XML, status, clause_status, extra);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);
  GPtrArray *findings;

  g_assert_no_error (error);

  findings = concord_memorandum_lint (m);
  for (guint i = findings->len; i > 0; i--)
    if (is_drafting_code (((ConcordFinding *) g_ptr_array_index (findings, i - 1))->code))
      g_ptr_array_remove_index (findings, i - 1);

  return findings;
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

/* Three owners of one area: boundaries part the first from each of the
 * others, but nothing parts the second from the third, and that overlap is
 * found (every pair is compared, not each owner with the first alone). */
static void
test_overlap_among_three (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n"
    "  <title>T</title>\n  <revision>0</revision>\n"
    "  <parties>\n"
    "    <party id=\"a\" kind=\"signatory\">\n      <name>Alpha</name>\n    </party>\n"
    "    <party id=\"b\" kind=\"signatory\">\n      <name>Beta</name>\n    </party>\n"
    "    <party id=\"c\" kind=\"signatory\">\n      <name>Gamma</name>\n    </party>\n"
    "  </parties>\n"
    "  <section id=\"s\" kind=\"roles\">\n    <heading>Roles</heading>\n"
    "    <clause id=\"ra\" kind=\"role\" status=\"agreed\" owner=\"a\" areas=\"inspection\"/>\n"
    "    <clause id=\"rb\" kind=\"role\" status=\"agreed\" owner=\"b\" areas=\"inspection\"/>\n"
    "    <clause id=\"rc\" kind=\"role\" status=\"agreed\" owner=\"c\" areas=\"inspection\"/>\n"
    "    <clause id=\"ab\" kind=\"boundary\" status=\"agreed\" side-a=\"a\" side-b=\"b\" areas=\"inspection\"/>\n"
    "    <clause id=\"ac\" kind=\"boundary\" status=\"agreed\" side-a=\"c\" side-b=\"a\" areas=\"inspection\"/>\n"
    "  </section>\n"
    "</memorandum>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);
  g_autoptr(GPtrArray) findings = NULL;
  ConcordFinding *overlap = NULL;

  g_assert_no_error (error);
  findings = concord_memorandum_lint (m);
  g_assert_cmpuint (count_code (findings, CONCORD_LINT_AREA_OVERLAP), ==, 1);
  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((ConcordFinding *) g_ptr_array_index (findings, i))->code, CONCORD_LINT_AREA_OVERLAP) == 0)
      overlap = g_ptr_array_index (findings, i);
  g_assert_cmpstr (overlap->clause_id, ==, "rc");
  g_assert_nonnull (strstr (overlap->message, "Beta and Gamma both own the area “inspection”"));
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
  g_autofree char *xml = NULL;
  guint n_placeholders = 0;

  g_assert_no_error (error);
  findings = concord_memorandum_lint (blank);
  /* One finding per placeholder the template's file holds, counted in its
   * text: a <placeholder> element or a placeholder="" attribute. */
  g_assert_true (g_file_get_contents (SOURCE_ROOT "/templates/blank.mou", &xml, NULL, NULL));
  for (const char *p = xml; (p = strstr (p, "placeholder")) != NULL; p++)
    n_placeholders += p > xml && (p[-1] == '<' || (p[-1] == ' ' && p[11] == '='));
  g_assert_cmpuint (n_placeholders, >, 0);
  g_assert_cmpuint (count_code (findings, CONCORD_LINT_PLACEHOLDER), ==, n_placeholders);
}

/* Severities and dismissals */

/* One memorandum that draws every code lint has, the dismissal ones
 * included: an agreed memorandum with a disputed clause, two owners of
 * one area, an area nobody owns, a role with no owner, a reference to
 * nothing, a signatory with no role and no accountability and a name to
 * fill in, fixed numbers that skip, repeat, go back and name another
 * section, a term to be defined at a first use that never comes, texts
 * with no Welsh counterpart and a clause whose two texts both changed
 * since they were checked, and dismissals of every bad shape. */
#define EVERYTHING_XML \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"agreed\" language=\"en-GB\" translation=\"cy\">\n" \
  "  <title>T</title>\n  <revision>0</revision>\n" \
  "  <parties>\n" \
  "    <party id=\"a\" kind=\"signatory\">\n      <name>Alpha</name>\n    </party>\n" \
  "    <party id=\"b\" kind=\"signatory\">\n      <name>Beta</name>\n    </party>\n" \
  "    <party id=\"c\" kind=\"signatory\">\n      <name>Gamma</name>\n" \
  "      <signatory-person placeholder=\"Name of signatory\"/>\n    </party>\n" \
  "  </parties>\n" \
  "  <definitions>\n    <term id=\"t\" inline=\"true\">\n      <name>the Scheme</name>\n" \
  "      <meaning>the scheme this memorandum sets up</meaning>\n    </term>" \
  "<term id=\"u\"><name>the Fund</name><meaning>money</meaning></term>\n  </definitions>\n" \
  "  <section id=\"s\" kind=\"roles\">\n    <heading>Roles</heading>\n" \
  "    <clause id=\"ra\" kind=\"role\" status=\"agreed\" owner=\"a\" areas=\"inspection\">" \
  "<p>Reports will be provided.</p></clause>\n" \
  "    <clause id=\"rb\" number=\"1.5\" kind=\"role\" status=\"disputed\" owner=\"b\" areas=\"inspection\"/>\n" \
  "    <clause id=\"rn\" number=\"1.5\" kind=\"role\" status=\"agreed\"/>\n" \
  "    <clause id=\"gx\" number=\"1.2\" kind=\"general\" status=\"agreed\" areas=\"orphan\">\n" \
  "      <p>See <clause-ref ref=\"nowhere\"/>. Alpha shall act.</p>\n    </clause>\n" \
  "    <clause id=\"gy\" number=\"3.6\" kind=\"general\" status=\"agreed\">" \
  "<p>This memorandum is not legally binding.</p></clause>\n" \
  "    <clause id=\"aa\" kind=\"accountability\" status=\"agreed\" accountable=\"a\" to=\"b\"/>\n" \
  "    <clause id=\"ab\" kind=\"accountability\" status=\"agreed\" accountable=\"b\" to-body=\"the public\"/>" \
  "    <clause id=\"tr\" kind=\"general\" status=\"agreed\" numbered=\"false\"" \
  " translation-checked=\"0123456789ab 0123456789ab\"><heading>Heading</heading>" \
  "<translated-heading>Pennawd</translated-heading></clause>\n" \
  "  </section>\n" \
  "%s" \
  "</memorandum>\n"

#define EVERY_DISMISSAL \
  "  <dismissals>\n" \
  "    <dismiss code=\"party-no-role\" target=\"party:c\">Gamma only signs.</dismiss>\n" \
  "    <dismiss code=\"party-no-role\" target=\"party:c\">Said twice.</dismiss>\n" \
  "    <dismiss code=\"area-unowned\" target=\"clause:gx\"/>\n" \
  "    <dismiss code=\"from-the-future\" target=\"details\">Newer lint.</dismiss>\n" \
  "    <dismiss code=\"placeholder\" target=\"party:gone\">Gone.</dismiss>\n" \
  "    <dismiss code=\"disputed-clause\" target=\"clause:ra\">Not disputed.</dismiss>\n" \
  "  </dismissals>\n" \
  "  <conflicts>\n    <conflict object=\"clause\" ref=\"gy\" field=\"status\">\n" \
  "      <ours>\n        <value>agreed</value>\n      </ours>\n" \
  "      <theirs>\n        <value>disputed</value>\n      </theirs>\n    </conflict>\n  </conflicts>\n"

static ConcordMemorandum *
load (const char *xml)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);

  return m;
}

static ConcordMemorandum *
load_everything (const char *dismissals)
{
  g_autofree char *xml = g_strdup_printf (EVERYTHING_XML, dismissals);

  return load (xml);
}

static const ConcordFinding *
find (GPtrArray  *findings,
      const char *code,
      const char *target)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);

      if (g_strcmp0 (f->code, code) == 0 && (target == NULL || g_strcmp0 (f->target, target) == 0))
        return f;
    }

  return NULL;
}

static void
test_codes_table (void)
{
  guint n = 0;
  const ConcordLintCode *codes = concord_lint_get_codes (&n);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  ConcordLintSeverity severity;

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_hash_table_add (seen, (gpointer) codes[i].code));
      g_assert_true (concord_lint_lookup_code (codes[i].code) == &codes[i]);
      g_assert_cmpint (codes[i].severity, >=, CONCORD_LINT_SEVERITY_ERROR);
      g_assert_cmpint (codes[i].severity, <=, CONCORD_LINT_SEVERITY_NOTE);
      g_assert_cmpuint (strlen (codes[i].meaning), >, 10);
      /* Findings about dismissals cannot themselves be dismissed, nor can a
       * conflict a merge left: it must be settled. */
      g_assert_true (codes[i].dismissable == !(g_str_has_prefix (codes[i].code, "dismissal-")
                                               || g_str_equal (codes[i].code, CONCORD_LINT_UNRESOLVED_CONFLICT)));
    }
  g_assert_null (concord_lint_lookup_code ("no-such-code"));
  g_assert_null (concord_lint_lookup_code (NULL));

  g_assert_cmpint (concord_lint_lookup_code (CONCORD_LINT_SIGNATORY_UNACCOUNTABLE)->severity, ==,
                   CONCORD_LINT_SEVERITY_WARNING);
  g_assert_cmpint (concord_lint_lookup_code (CONCORD_LINT_MISSING_CLAUSE_REF)->severity, ==,
                   CONCORD_LINT_SEVERITY_ERROR);
  g_assert_cmpint (concord_lint_lookup_code (CONCORD_LINT_NUMBERING_GAP)->severity, ==,
                   CONCORD_LINT_SEVERITY_NOTE);

  for (int s = CONCORD_LINT_SEVERITY_ERROR; s <= CONCORD_LINT_SEVERITY_NOTE; s++)
    {
      g_assert_true (concord_lint_severity_from_string (concord_lint_severity_to_string (s), &severity));
      g_assert_cmpint (severity, ==, s);
    }
  g_assert_false (concord_lint_severity_from_string ("fatal", &severity));
  g_assert_false (concord_lint_severity_from_string ("", &severity));
  g_assert_false (concord_lint_severity_from_string (NULL, &severity));
}

/* The codes the sources can emit: every CONCORD_LINT_ name the core uses
 * is a code of the header, every code of the header is in the table, and
 * no code is passed to add() as a bare string, so none can escape it. */
static void
test_codes_in_sources (void)
{
  g_autofree char *header = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) define = g_regex_new ("#define (CONCORD_LINT_[A-Z_]+) +\"([a-z-]+)\"", 0, 0, NULL);
  g_autoptr(GRegex) use = g_regex_new ("\\bCONCORD_LINT_[A-Z_]+\\b", 0, 0, NULL);
  g_autoptr(GRegex) literal = g_regex_new ("\\b(add|add_issue) \\([a-z]+, \"", 0, 0, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *core = g_build_filename (SOURCE_ROOT, "src", "core", NULL);
  g_autofree char *header_path = g_build_filename (core, "concord-lint.h", NULL);
  guint n_codes = 0;
  guint n_uses = 0;
  const char *name;

  concord_lint_get_codes (&n_codes);
  g_assert_true (g_file_get_contents (header_path, &header, NULL, &error));
  g_assert_no_error (error);
  for (g_regex_match (define, header, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *macro = g_match_info_fetch (match, 1);
      g_autofree char *code = g_match_info_fetch (match, 2);

      g_assert_nonnull (concord_lint_lookup_code (code));
      g_hash_table_insert (names, g_steal_pointer (&macro), g_steal_pointer (&code));
    }
  g_assert_cmpuint (g_hash_table_size (names), ==, n_codes);

  dir = g_dir_open (core, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (core, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GMatchInfo) uses = NULL;

      if (!g_str_has_suffix (name, ".c"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_false (g_regex_match (literal, text, 0, NULL));
      for (g_regex_match (use, text, 0, &uses); g_match_info_matches (uses);
           g_match_info_next (uses, NULL))
        {
          g_autofree char *macro = g_match_info_fetch (uses, 0);

          if (g_str_has_prefix (macro, "CONCORD_LINT_SEVERITY_"))
            continue;
          if (!g_hash_table_contains (names, macro))
            g_error ("%s uses %s, which is not a lint code", name, macro);
          n_uses++;
        }
    }
  g_assert_cmpuint (n_uses, >=, n_codes);
}

/* What lint emits: over a memorandum made to draw every code, each code
 * of the table appears, with the table's severity, and nothing else. */
static void
test_codes_emitted (void)
{
  g_autoptr(ConcordMemorandum) m = load_everything (EVERY_DISMISSAL);
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);
  g_autoptr(GHashTable) emitted = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_codes = 0;
  const ConcordLintCode *codes = concord_lint_get_codes (&n_codes);

  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);
      const ConcordLintCode *entry = concord_lint_lookup_code (f->code);

      if (entry == NULL)
        g_error ("lint emitted %s, which has no severity", f->code);
      g_assert_cmpint (f->severity, ==, entry->severity);
      g_assert_true ((f->target != NULL) == entry->dismissable);
      g_hash_table_add (emitted, f->code);
    }
  for (guint i = 0; i < n_codes; i++)
    if (!g_hash_table_contains (emitted, codes[i].code))
      g_error ("the test memorandum does not draw %s", codes[i].code);
  g_assert_cmpuint (g_hash_table_size (emitted), ==, n_codes);
}

/* A conflict a merge left is an error at its clause, pointing at the
 * conflict's line, and nothing can dismiss it. */
static void
test_unresolved_conflict (void)
{
  g_autoptr(ConcordMemorandum) m = load_everything (EVERY_DISMISSAL);
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);
  const ConcordFinding *f = find (findings, CONCORD_LINT_UNRESOLVED_CONFLICT, NULL);
  g_autoptr(ConcordConflict) conflict = NULL;

  g_assert_nonnull (f);
  g_assert_cmpstr (f->clause_id, ==, "gy");
  g_assert_cmpstr (f->field, ==, "status");
  g_assert_null (f->target);
  g_assert_cmpuint (f->line, ==, 44);
  g_assert_nonnull (strstr (f->message, "status"));
  g_assert_cmpint (f->severity, ==, CONCORD_LINT_SEVERITY_ERROR);

  /* Settled (the conflict taken out), the finding goes. */
  conflict = g_list_model_get_item (concord_memorandum_get_conflicts (m), 0);
  g_list_store_remove (G_LIST_STORE (concord_memorandum_get_conflicts (m)), 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = concord_memorandum_lint (m);
  g_assert_null (find (findings, CONCORD_LINT_UNRESOLVED_CONFLICT, NULL));
}

static void
test_dismiss (void)
{
  g_autoptr(ConcordMemorandum) m = load_everything (EVERY_DISMISSAL);
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);
  const ConcordFinding *f;

  /* The first of two dismissals counts; the second is a note. */
  f = find (findings, CONCORD_LINT_PARTY_NO_ROLE, "party:c");
  g_assert_nonnull (f);
  g_assert_cmpstr (f->dismissed, ==, "Gamma only signs.");
  g_assert_false (concord_finding_is_open (f));
  g_assert_nonnull (find (findings, CONCORD_LINT_DISMISSAL_DUPLICATE, NULL));
  /* No reason: the finding stays open, and says why. */
  f = find (findings, CONCORD_LINT_AREA_UNOWNED, "clause:gx");
  g_assert_null (f->dismissed);
  g_assert_true (concord_finding_is_open (f));
  f = find (findings, CONCORD_LINT_DISMISSAL_NO_REASON, NULL);
  g_assert_cmpint (f->severity, ==, CONCORD_LINT_SEVERITY_WARNING);
  g_assert_true (concord_finding_is_open (f));
  /* Each points at its own <dismiss> line (lines 30 to 35). */
  g_assert_cmpuint (f->line, ==, 38);
  g_assert_cmpuint (find (findings, CONCORD_LINT_DISMISSAL_DUPLICATE, NULL)->line, ==, 37);
  g_assert_cmpuint (find (findings, CONCORD_LINT_DISMISSAL_UNKNOWN_CODE, NULL)->line, ==, 39);
  g_assert_cmpuint (find (findings, CONCORD_LINT_DISMISSAL_STALE, NULL)->line, ==, 40);
  g_assert_cmpuint (find (findings, CONCORD_LINT_DISMISSAL_UNUSED, NULL)->line, ==, 41);
  g_assert_false (concord_finding_is_open (find (findings, CONCORD_LINT_DISMISSAL_STALE, NULL)));
  /* Findings point at the line of their clause or party. */
  g_assert_cmpuint (find (findings, CONCORD_LINT_INCOMPLETE_CLAUSE, "clause:rn")->line, ==, 27);
  g_assert_cmpuint (find (findings, CONCORD_LINT_SIGNATORY_UNACCOUNTABLE, "party:c")->line, ==, 12);
  g_assert_cmpuint (find (findings, CONCORD_LINT_PLACEHOLDER, "party:c")->line, ==, 12);
}

/* A dismissal made in code (as the app makes one) is saved, read back
 * and honoured; the bytes are stable; a copy keeps it. */
static void
test_dismiss_round_trip (void)
{
  g_autoptr(ConcordMemorandum) m = load_everything ("");
  g_autoptr(ConcordDismissal) d = concord_dismissal_new (CONCORD_LINT_SIGNATORY_UNACCOUNTABLE, "party:c",
                                                         "Gamma answers to <Parliament> & “the public”,\n"
                                                         "outside this memorandum.");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(ConcordMemorandum) back = NULL;
  g_autoptr(ConcordMemorandum) copy = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(ConcordDismissal) read_back = NULL;
  g_autofree char *xml = NULL;

  g_list_store_append (G_LIST_STORE (concord_memorandum_get_dismissals (m)), d);
  bytes = concord_memorandum_serialize (m);
  xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (xml, "  <dismissals>\n    <dismiss code=\"signatory-unaccountable\" "
                                 "target=\"party:c\">Gamma answers to &lt;Parliament&gt; &amp; "
                                 "“the public”,\noutside this memorandum.</dismiss>\n  </dismissals>\n"
                                 "</memorandum>\n"));
  back = load (xml);
  again = concord_memorandum_serialize (back);
  g_assert_true (g_bytes_equal (bytes, again));
  g_assert_cmpuint (g_list_model_get_n_items (concord_memorandum_get_dismissals (back)), ==, 1);
  read_back = g_list_model_get_item (concord_memorandum_get_dismissals (back), 0);
  g_assert_cmpstr (concord_dismissal_get_reason (read_back), ==, concord_dismissal_get_reason (d));

  findings = concord_memorandum_lint (back);
  g_assert_nonnull (find (findings, CONCORD_LINT_SIGNATORY_UNACCOUNTABLE, "party:c")->dismissed);
  g_assert_null (find (findings, CONCORD_LINT_DISMISSAL_UNUSED, NULL));

  copy = concord_memorandum_copy (back);
  g_clear_pointer (&again, g_bytes_unref);
  again = concord_memorandum_serialize (copy);
  g_assert_true (g_bytes_equal (bytes, again));

  /* An empty dismissal list writes nothing at all. */
  g_list_store_remove_all (G_LIST_STORE (concord_memorandum_get_dismissals (m)));
  g_clear_pointer (&again, g_bytes_unref);
  again = concord_memorandum_serialize (m);
  g_assert_null (g_strstr_len (g_bytes_get_data (again, NULL), g_bytes_get_size (again), "dismiss"));
}

/* Dismissals of bad shapes load, are kept as written, and dismiss
 * nothing; what the schema refuses is refused with a position. */
static void
test_dismiss_hostile (void)
{
  static const char *refused[] = {
    "  <dismissals>\n    <dismiss target=\"details\">x</dismiss>\n  </dismissals>\n",
    "  <dismissals>\n    <dismiss code=\"placeholder\">x</dismiss>\n  </dismissals>\n",
    "  <dismissals>\n    <dismiss code=\"a b\" target=\"details\">x</dismiss>\n  </dismissals>\n",
    "  <dismissals>\n    <dismiss code=\"placeholder\" target=\"\">x</dismiss>\n  </dismissals>\n",
    "  <dismissals>\n    <dismiss code=\"placeholder\" target=\"details\"><p>x</p></dismiss>\n  </dismissals>\n",
    "  <dismissals>\n    <other/>\n  </dismissals>\n",
    "  <dismissals/>\n  <dismissals/>\n",
  };
  g_autoptr(ConcordMemorandum) m = load_everything (
    "  <dismissals>\n"
    "    <dismiss code=\"party-no-role\" target=\"party:c\">   </dismiss>\n"
    "    <dismiss code=\"party-no-role\" target=\"party:c\">Second, with a reason.</dismiss>\n"
    "    <dismiss code=\"party-no-role\" target=\"party:c#name\">A field it has no finding for.</dismiss>\n"
    "    <dismiss code=\"party-no-role\" target=\"party:c:extra\">Malformed.</dismiss>\n"
    "    <dismiss code=\"party-no-role\" target=\"clause:c\">Wrong kind.</dismiss>\n"
    "  </dismissals>\n");
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);
  guint stale = 0;

  /* A blank reason does not count, so the second one is the first that
   * does: it dismisses, and is no duplicate. */
  g_assert_cmpstr (find (findings, CONCORD_LINT_PARTY_NO_ROLE, "party:c")->dismissed, ==,
                   "Second, with a reason.");
  g_assert_nonnull (find (findings, CONCORD_LINT_DISMISSAL_NO_REASON, NULL));
  g_assert_null (find (findings, CONCORD_LINT_DISMISSAL_DUPLICATE, NULL));
  g_assert_nonnull (find (findings, CONCORD_LINT_DISMISSAL_UNUSED, NULL));
  for (guint i = 0; i < findings->len; i++)
    stale += g_str_equal (((ConcordFinding *) g_ptr_array_index (findings, i))->code,
                          CONCORD_LINT_DISMISSAL_STALE);
  g_assert_cmpuint (stale, ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *xml = g_strdup_printf (EVERYTHING_XML, refused[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) bad = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);

      g_assert_null (bad);
      g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
      g_assert_true (g_str_has_prefix (error->message, "t.mou:"));
    }
}

/* validate's reminders leave dismissed placeholders out, and nothing else. */
static void
test_dismissed_placeholders (void)
{
  g_autoptr(ConcordMemorandum) m = load_everything ("");
  g_autoptr(GPtrArray) before = concord_memorandum_collect_placeholders (m);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(ConcordDismissal) d = concord_dismissal_new (CONCORD_LINT_PLACEHOLDER, "party:c#signatory-person",
                                                         "Named on the day.");

  g_assert_cmpuint (before->len, ==, 1);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_dismissals (m)), d);
  after = concord_memorandum_collect_placeholders (m);
  g_assert_cmpuint (after->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/lint/overlap", test_overlap);
  g_test_add_func ("/core/lint/boundary-resolves-overlap", test_boundary_resolves_overlap);
  g_test_add_func ("/core/lint/overlap-among-three", test_overlap_among_three);
  g_test_add_func ("/core/lint/disputed-only-when-agreed", test_disputed_only_when_agreed);
  g_test_add_func ("/core/lint/template-findings", test_template_findings);
  g_test_add_func ("/core/lint/codes/table", test_codes_table);
  g_test_add_func ("/core/lint/codes/in-sources", test_codes_in_sources);
  g_test_add_func ("/core/lint/codes/emitted", test_codes_emitted);
  g_test_add_func ("/core/lint/unresolved-conflict", test_unresolved_conflict);
  g_test_add_func ("/core/lint/dismiss", test_dismiss);
  g_test_add_func ("/core/lint/dismiss/round-trip", test_dismiss_round_trip);
  g_test_add_func ("/core/lint/dismiss/hostile", test_dismiss_hostile);
  g_test_add_func ("/core/lint/dismiss/placeholders", test_dismissed_placeholders);

  return g_test_run ();
}
