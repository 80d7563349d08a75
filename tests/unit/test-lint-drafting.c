/* test-lint-drafting.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"

/* The drafting checks of lint (concord-lint-drafting.c), each firing and
 * not firing, over a small memorandum: two signatories, the terms and
 * sections each test gives, and by default a general section holding
 * every standard clause, so that only what a test plants is found. */

#define DOC \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n" \
  "  <title>T</title>\n  <revision>0</revision>\n%s" \
  "  <parties>\n" \
  "    <party id=\"a\" kind=\"signatory\"><name>Alpha Agency</name><short-name>Alphaco</short-name></party>\n" \
  "    <party id=\"b\" kind=\"signatory\"><name>Beta Board</name></party>\n" \
  "    <party id=\"c\" kind=\"stakeholder\"><name>councils</name></party>\n" \
  "  </parties>\n" \
  "%s%s%s%s" \
  "</memorandum>\n"

#define STANDARD \
  "  <section id=\"gen\" kind=\"general\">\n    <heading>General</heading>\n" \
  "    <clause id=\"gen-std\" kind=\"general\" status=\"agreed\">" \
  "<p>The parties will review this memorandum each year. They may vary it in writing; either may " \
  "withdraw on notice; and they will settle any disagreement between their chief executives.</p></clause>\n" \
  "  </section>\n"

#define NOT_BINDING \
  "  <section id=\"st\" kind=\"general\">\n    <heading>Status</heading>\n" \
  "    <clause id=\"status\" kind=\"general\" status=\"agreed\"><p>%s</p></clause>\n  </section>\n"

#define ROLE(body) \
  "  <section id=\"r\" kind=\"roles\">\n    <heading>Roles</heading>\n" \
  "    <clause id=\"role\" kind=\"role\" status=\"agreed\" owner=\"a\" areas=\"work\"><p>" body "</p></clause>\n" \
  "  </section>\n"

#define GENERAL(body) \
  "  <section id=\"g\" kind=\"general\">\n    <heading>Other</heading>\n" \
  "    <clause id=\"other\" kind=\"general\" status=\"agreed\"><p>" body "</p></clause>\n" \
  "  </section>\n"

static ConcordMemorandum *
load (const char *xml)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m = concord_memorandum_load_from_data (xml, strlen (xml), "t.mou", &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);

  return m;
}

/* Lints a memorandum of @details, @definitions, @status (the text of a
 * status clause, or NULL for none), @sections and the standard clauses
 * when @standard. */
static GPtrArray *
lint_doc (const char *details,
          const char *definitions,
          const char *status,
          const char *sections,
          gboolean    standard)
{
  g_autofree char *status_section = status != NULL ? g_strdup_printf (NOT_BINDING, status) : g_strdup ("");
  g_autofree char *xml = g_strdup_printf (DOC, details, definitions, status_section, sections,
                                          standard ? STANDARD : "");
  g_autoptr(ConcordMemorandum) m = load (xml);

  return concord_memorandum_lint (m);
}

/* Lints a memorandum of @sections, with the standard clauses when
 * @standard, and one more signatory named @name. */
static GPtrArray *
lint_doc_with_party (const char *name,
                     const char *sections,
                     gboolean    standard)
{
  g_autofree char *xml = g_strdup_printf (DOC, "", "", "", sections, standard ? STANDARD : "");
  g_autoptr(GString) doc = g_string_new (xml);
  g_autofree char *parties = g_strdup_printf ("    <party id=\"x\" kind=\"signatory\"><name>%s</name></party>\n"
                                              "  </parties>", name);
  g_autoptr(ConcordMemorandum) m = NULL;

  g_string_replace (doc, "  </parties>", parties, 1);
  m = load (doc->str);

  return concord_memorandum_lint (m);
}

static guint
count_code (GPtrArray  *findings,
            const char *code)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += g_strcmp0 (((ConcordFinding *) g_ptr_array_index (findings, i))->code, code) == 0;

  return n;
}

static const ConcordFinding *
find (GPtrArray  *findings,
      const char *code)
{
  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((ConcordFinding *) g_ptr_array_index (findings, i))->code, code) == 0)
      return g_ptr_array_index (findings, i);

  return NULL;
}

static guint
count_role (const char *status,
            const char *sections,
            const char *code)
{
  g_autoptr(GPtrArray) findings = lint_doc ("", "", status, sections, TRUE);

  return count_code (findings, code);
}

/* binding-language */

static void
test_binding_language (void)
{
  const char *binding = CONCORD_LINT_BINDING_LANGUAGE;
  g_autoptr(GPtrArray) findings = lint_doc ("", "", "This memorandum is not legally binding.",
                                            ROLE ("<party-ref ref=\"a\"/> SHALL do the work, and must "
                                                  "indemnify <party-ref ref=\"b\"/>; shall it?"), TRUE);
  const ConcordFinding *f = find (findings, binding);

  /* One finding per clause, naming each word once, in any case. */
  g_assert_cmpuint (count_code (findings, binding), ==, 1);
  g_assert_cmpstr (f->clause_id, ==, "role");
  g_assert_cmpstr (f->target, ==, "clause:role");
  g_assert_nonnull (strstr (f->message, "(“shall”, “must”, “indemnify”)"));
  g_assert_nonnull (strstr (f->message, "write “will” for “shall”"));

  /* In a binding memorandum, or one that does not say, "shall" is right. */
  g_assert_cmpuint (count_role ("This memorandum is legally binding.", ROLE ("It shall work."), binding), ==, 0);
  g_assert_cmpuint (count_role (NULL, ROLE ("It shall work."), binding), ==, 0);
  /* Every phrasing of "not binding", in each language. */
  g_assert_cmpuint (count_role ("It is not intended to be legally binding.", ROLE ("It shall work."), binding), ==, 1);
  g_assert_cmpuint (count_role ("Nid yw’n gyfreithiol rwymol.", ROLE ("It shall work."), binding), ==, 1);
  g_assert_cmpuint (count_role ("Nid yw'n gyfreithiol rwymol.", ROLE ("It must work."), binding), ==, 1);
  g_assert_cmpuint (count_role ("Il n’est pas juridiquement contraignant.", ROLE ("It must work."), binding), ==, 1);
  /* Any clause, not only roles; never the status clause itself. */
  g_assert_cmpuint (count_role ("This memorandum is not legally binding and nobody shall be liable.",
                                GENERAL ("A party in breach of this memorandum pays a penalty."), binding), ==, 1);
  /* Word boundaries. */
  g_assert_cmpuint (count_role ("This memorandum is not legally binding.",
                                ROLE ("Marshall will bring mustard and a liabilityometer."), binding), ==, 0);
  /* Disclaimers, and the breach of data protection law. */
  g_assert_cmpuint (count_role ("This memorandum is not legally binding.",
                                ROLE ("Neither party is liable to the other. Nothing here creates a liability. "
                                      "It will report any personal data breach, and the breach's effects."),
                                binding), ==, 0);
  g_assert_cmpuint (count_role ("This memorandum is not legally binding.",
                                ROLE ("It is liable. It is in breach."), binding), ==, 1);
  /* French and Welsh binding words, and their disclaimers. */
  g_assert_cmpuint (count_role ("Il n’est pas juridiquement contraignant.",
                                ROLE ("Chaque partie doit transmettre le rapport."), binding), ==, 1);
  g_assert_cmpuint (count_role ("Il n’est pas juridiquement contraignant.",
                                ROLE ("Une partie en faute paiera une pénalité."), binding), ==, 1);
  g_assert_cmpuint (count_role ("Il n’est pas juridiquement contraignant.",
                                ROLE ("Aucune partie ne paiera de pénalité. Elle n’a aucune indemnité à verser."),
                                binding), ==, 0);
  g_assert_cmpuint (count_role ("Nid yw’n gyfreithiol rwymol.", ROLE ("Rhaid i’r parti adrodd."), binding), ==, 1);
  g_assert_cmpuint (count_role ("Nid yw’n gyfreithiol rwymol.", ROLE ("Ni fydd cosb i’r naill barti."),
                                binding), ==, 0);
  g_assert_cmpuint (count_role ("Nid yw’n gyfreithiol rwymol.", ROLE ("Bydd y parti yn adrodd."), binding), ==, 0);
  /* Words in references and placeholders are not the drafter's words. */
  g_assert_cmpuint (count_role ("This memorandum is not legally binding.",
                                ROLE ("It will <placeholder>what it shall do</placeholder>."), binding), ==, 0);
}

/* missing-standard-clause */

static void
test_missing_standard_clause (void)
{
  const char *missing = CONCORD_LINT_MISSING_STANDARD_CLAUSE;
  static const char *fields[] = { "status-clause", "review-date", "variation-clause", "termination-clause",
                                  "dispute-clause" };
  g_autoptr(GPtrArray) none = lint_doc ("", "", NULL, ROLE ("It will work."), FALSE);
  g_autoptr(GPtrArray) all = lint_doc ("", "", "This memorandum is not legally binding.", ROLE ("It will work."),
                                       TRUE);
  g_autoptr(GPtrArray) dated = lint_doc ("  <review-date>2027-04-01</review-date>\n", "", NULL, "", FALSE);
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GPtrArray) welsh = NULL;
  g_autoptr(GPtrArray) french = NULL;
  guint n = 0;

  /* One finding per matter, about the details, each dismissable alone. */
  g_assert_cmpuint (count_code (none, missing), ==, G_N_ELEMENTS (fields));
  for (guint i = 0; i < none->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (none, i);

      if (!g_str_equal (f->code, missing))
        continue;
      g_assert_cmpstr (f->subject, ==, "details");
      g_assert_cmpstr (f->target, ==, "details");
      g_assert_cmpstr (f->field, ==, fields[n++]);
      g_assert_null (f->clause_id);
    }
  g_assert_cmpuint (count_code (all, missing), ==, 0);
  /* A review date is enough for review; one still to fill in is the
   * placeholder check's. */
  g_assert_cmpuint (count_code (dated, missing), ==, G_N_ELEMENTS (fields) - 1);
  {
    g_autoptr(GPtrArray) prompted = lint_doc ("  <review-date placeholder=\"Date of review\"/>\n", "", NULL, "",
                                              FALSE);

    g_assert_cmpuint (count_code (prompted, missing), ==, G_N_ELEMENTS (fields) - 1);
    g_assert_cmpuint (count_code (prompted, CONCORD_LINT_PLACEHOLDER), ==, 1);
  }

  /* Headings say it as well as text does, a section's too. */
  headings = lint_doc ("", "", NULL,
                       "  <section id=\"g\" kind=\"general\">\n    <heading>Disputes</heading>\n"
                       "    <clause id=\"x\" kind=\"general\" status=\"agreed\"><heading>Status</heading></clause>\n"
                       "    <clause id=\"y\" kind=\"general\" status=\"agreed\"><heading>Variation</heading></clause>\n"
                       "    <clause id=\"z\" kind=\"general\" status=\"agreed\"><heading>Review and "
                       "termination</heading></clause>\n  </section>\n", FALSE);
  g_assert_cmpuint (count_code (headings, missing), ==, 0);

  welsh = lint_doc ("", "", "Nid yw’r memorandwm hwn yn gyfreithiol rwymol.",
                    GENERAL ("Bydd y partïon yn adolygu’r memorandwm bob blwyddyn. Caniateir ei ddiwygio yn "
                             "ysgrifenedig. Caiff parti dynnu’n ôl ohono. Bydd unrhyw anghydfod yn mynd "
                             "i’r prif weithredwyr."), FALSE);
  g_assert_cmpuint (count_code (welsh, missing), ==, 0);
  french = lint_doc ("", "", "Le présent protocole n’est pas juridiquement contraignant.",
                     GENERAL ("Les parties procèdent à son réexamen chaque année. Il peut être modifié par "
                              "écrit. Une partie peut s’en retirer. Tout différend est soumis aux directeurs."),
                     FALSE);
  g_assert_cmpuint (count_code (french, missing), ==, 0);
}

/* passive-obligation */

static void
test_passive_obligation (void)
{
  const char *passive = CONCORD_LINT_PASSIVE_OBLIGATION;
  g_autoptr(GPtrArray) findings = lint_doc ("", "", NULL,
                                            ROLE ("Reports will be provided. Minutes are to be promptly "
                                                  "sent; money must be paid."), TRUE);
  const ConcordFinding *f = find (findings, passive);

  g_assert_cmpuint (count_code (findings, passive), ==, 1);
  g_assert_cmpstr (f->clause_id, ==, "role");
  g_assert_cmpstr (f->field, ==, "body");
  g_assert_true (g_str_has_prefix (f->message, "“will be provided”, “are to be promptly sent”, "
                                                "“must be paid”: "));

  /* Each shape, and its agent. */
  g_assert_cmpuint (count_role (NULL, ROLE ("Reports shall be given."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Information is to be reported monthly."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Records will be kept."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Reports will be provided by the Council."), passive), ==, 0);
  g_assert_cmpuint (count_role (NULL, ROLE ("Reports will be provided, in writing, by "
                                            "<party-ref ref=\"b\"/>."), passive), ==, 0);
  /* The "by" must be in the same sentence or item. */
  g_assert_cmpuint (count_role (NULL, ROLE ("Reports will be provided. Go by train."), passive), ==, 1);
  /* Not passives, or not obligations. */
  g_assert_cmpuint (count_role (NULL, ROLE ("It will be open to all, will be able to act and will be "
                                            "responsible. It will provide reports. It has been noted."),
                                passive), ==, 0);
  /* Only role and accountability clauses. */
  g_assert_cmpuint (count_role (NULL, GENERAL ("Reports will be provided."), passive), ==, 0);
  g_assert_cmpuint (count_role (NULL,
                                "  <section id=\"acc\" kind=\"accountability\">\n    <heading>A</heading>\n"
                                "    <clause id=\"ac\" kind=\"accountability\" status=\"agreed\" accountable=\"a\" "
                                "to=\"b\" mechanisms=\"reporting\"><p>Accounts will be audited.</p></clause>\n"
                                "  </section>\n", passive), ==, 1);
}

/* The passive in French and Welsh: the same shapes, with "par" and "gan"
 * naming who acts. */
static void
test_passive_obligation_fr_cy (void)
{
  const char *passive = CONCORD_LINT_PASSIVE_OBLIGATION;
  g_autoptr(GPtrArray) findings = lint_doc ("", "", NULL,
                                            ROLE ("Un soutien sera fourni. Les comptes doivent être transmis "
                                                  "chaque année."), TRUE);
  const ConcordFinding *f = find (findings, passive);

  g_assert_nonnull (f);
  g_assert_true (g_str_has_prefix (f->message, "“sera fourni”, “doivent être transmis”: "));

  /* French: each form of the participle, the adverb, "est à", and the agent. */
  g_assert_cmpuint (count_role (NULL, ROLE ("Les données seront rapidement transmises."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Le rapport sera établi et la réunion sera tenue."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Les décisions seront publiées."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Un rapport est à fournir chaque trimestre."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Un soutien sera fourni par le Conseil."), passive), ==, 0);
  g_assert_cmpuint (count_role (NULL, ROLE ("Le rapport sera transmis, chaque année, par "
                                            "<party-ref ref=\"b\"/>."), passive), ==, 0);
  /* Its subject acts: "sera chargé de", "est tenu à"; not passives at all. */
  g_assert_cmpuint (count_role (NULL, ROLE ("Le Conseil sera chargé de la coordination et sera tenu "
                                            "d’informer l’Agence. Il sera responsable. La liste est à jour. "
                                            "Il fournira les données."), passive), ==, 0);

  /* Welsh: "cael ei/eu" and "sydd i'w", with "gan". */
  g_assert_cmpuint (count_role (NULL, ROLE ("Bydd cymorth yn cael ei ddarparu."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Bydd adroddiadau yn cael eu cyhoeddi bob blwyddyn."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Dyma’r data sydd i’w rhannu."), passive), ==, 1);
  g_assert_cmpuint (count_role (NULL, ROLE ("Bydd cymorth yn cael ei ddarparu gan y Cyngor."), passive), ==, 0);
  g_assert_cmpuint (count_role (NULL, ROLE ("Bydd y Cyngor yn darparu cymorth ac yn cael adroddiad."),
                                passive), ==, 0);
  /* Only role and accountability clauses, in French as in English. */
  g_assert_cmpuint (count_role (NULL, GENERAL ("Un soutien sera fourni."), passive), ==, 0);
}

/* party-as-plain-text */

static void
test_party_as_plain_text (void)
{
  const char *plain = CONCORD_LINT_PARTY_AS_PLAIN_TEXT;
  g_autoptr(GPtrArray) findings = lint_doc ("", "", NULL,
                                            ROLE ("Alphaco will work with Beta Board and Alphaco’s staff."), TRUE);
  const ConcordFinding *f = find (findings, plain);

  /* One finding per party named in the clause. */
  g_assert_cmpuint (count_code (findings, plain), ==, 2);
  g_assert_cmpint (f->severity, ==, CONCORD_LINT_SEVERITY_NOTE);
  g_assert_cmpstr (f->target, ==, "clause:role");
  g_assert_nonnull (strstr (f->message, "“Alphaco”"));

  g_assert_cmpuint (count_role (NULL, ROLE ("<party-ref ref=\"a\"/> will work."), plain), ==, 0);
  g_assert_cmpuint (count_role (NULL, ROLE ("alphaco and Alphacorp and BetaBoard will work."), plain), ==, 0);
  /* A name in lower case is a description: "councils" is about councils. */
  g_assert_cmpuint (count_role (NULL, ROLE ("It will help councils."), plain), ==, 0);
  g_assert_cmpuint (count_role (NULL, GENERAL ("The Alpha Agency will help."), plain), ==, 1);
}

/* term-unused */

static void
test_term_unused (void)
{
  const char *unused = CONCORD_LINT_TERM_UNUSED;
  const char *defs =
    "  <definitions>\n"
    "    <term id=\"used\"><name>Used</name><meaning>m</meaning></term>\n"
    "    <term id=\"by-term\"><name>By Term</name><meaning>m</meaning></term>\n"
    "    <term id=\"self\"><name>Self</name><meaning>the <term-ref ref=\"self\"/> <term-ref ref=\"by-term\"/></meaning></term>\n"
    "    <term id=\"inline\" inline=\"true\"><name>Inline</name><meaning>m</meaning></term>\n"
    "  </definitions>\n";
  g_autoptr(GPtrArray) findings = lint_doc ("", defs, NULL, ROLE ("The <term-ref ref=\"used\"/>."), TRUE);
  const ConcordFinding *f = find (findings, unused);

  /* "self" only refers to itself; an inline term has its own code. */
  g_assert_cmpuint (count_code (findings, unused), ==, 1);
  g_assert_cmpstr (f->target, ==, "term:self");
  g_assert_nonnull (strstr (f->message, "“Self” is defined"));
  g_assert_cmpuint (count_code (findings, CONCORD_LINT_TERM_INLINE_UNUSED), ==, 1);
}

/* accountability-no-mechanism */

static void
test_accountability_no_mechanism (void)
{
  const char *none = CONCORD_LINT_ACCOUNTABILITY_NO_MECHANISM;
  const char *sections =
    "  <section id=\"acc\" kind=\"accountability\">\n    <heading>A</heading>\n"
    "    <clause id=\"bare\" kind=\"accountability\" status=\"agreed\" accountable=\"a\" to=\"b\"/>\n"
    "    <clause id=\"with\" kind=\"accountability\" status=\"agreed\" accountable=\"b\" to=\"a\" mechanisms=\"audit\"/>\n"
    "    <clause id=\"nobody\" kind=\"accountability\" status=\"agreed\" to=\"a\"/>\n"
    "  </section>\n";
  g_autofree char *xml = g_strdup_printf (DOC, "", "", "", sections, STANDARD);
  g_autoptr(ConcordMemorandum) m = load (xml);
  g_autoptr(GPtrArray) findings = NULL;
  const ConcordFinding *f;

  findings = concord_memorandum_lint (m);
  f = find (findings, none);
  g_assert_cmpuint (count_code (findings, none), ==, 1);
  g_assert_cmpstr (f->clause_id, ==, "bare");
  g_assert_cmpstr (f->field, ==, "mechanisms");
  g_assert_nonnull (strstr (f->message, "Alphaco is accountable"));
  /* Nobody accountable is incomplete-clause's. */
  g_assert_nonnull (find (findings, CONCORD_LINT_INCOMPLETE_CLAUSE));
}

/* Dismissals: of one finding, of one field, and of a code for the whole
 * memorandum, which is kept through a save. */

static void
test_dismiss_per_memorandum (void)
{
  const char *dismissals =
    "  <dismissals>\n"
    "    <dismiss code=\"missing-standard-clause\" target=\"details#variation-clause\">Varied by statute.</dismiss>\n"
    "    <dismiss code=\"party-as-plain-text\" target=\"memorandum\">Names typed on purpose.</dismiss>\n"
    "    <dismiss code=\"term-unused\" target=\"memorandum\">Nothing to dismiss.</dismiss>\n"
    "  </dismissals>\n";
  g_autofree char *xml = g_strdup_printf (DOC, "", "", "",
                                          ROLE ("Alphaco will work with Beta Board.")
                                          GENERAL ("Alphaco will help."),
                                          dismissals);
  g_autoptr(ConcordMemorandum) m = load (xml);
  g_autoptr(GPtrArray) findings = concord_memorandum_lint (m);
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(ConcordMemorandum) back = NULL;
  g_autoptr(GPtrArray) back_findings = NULL;
  guint plain = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->code, CONCORD_LINT_PARTY_AS_PLAIN_TEXT))
        {
          plain++;
          g_assert_cmpstr (f->dismissed, ==, "Names typed on purpose.");
        }
      if (g_str_equal (f->code, CONCORD_LINT_MISSING_STANDARD_CLAUSE))
        g_assert_true ((f->dismissed != NULL) == g_str_equal (f->field, "variation-clause"));
    }
  g_assert_cmpuint (plain, ==, 3);
  /* A code switched off that finds nothing is a note, like any dismissal. */
  g_assert_nonnull (find (findings, CONCORD_LINT_DISMISSAL_UNUSED));
  g_assert_null (find (findings, CONCORD_LINT_DISMISSAL_STALE));

  /* Written as read, and honoured when read back. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "<dismiss code=\"party-as-plain-text\" target=\"memorandum\">Names typed on "
                                  "purpose.</dismiss>"));
  back = load (g_bytes_get_data (bytes, NULL));
  again = concord_memorandum_serialize (back);
  g_assert_true (g_bytes_equal (bytes, again));
  back_findings = concord_memorandum_lint (back);
  g_assert_cmpstr (find (back_findings, CONCORD_LINT_PARTY_AS_PLAIN_TEXT)->dismissed, ==,
                   "Names typed on purpose.");
}

/* Hostile and broken text: no crash, no finding out of nothing. */
static void
test_hostile_text (void)
{
  g_autofree char *long_word = g_strnfill (100000, 'w');
  g_autofree char *long_name = g_strnfill (300, 'N');
  g_autofree char *many = NULL;
  g_autoptr(GString) sentence = g_string_new (NULL);
  static const char *bodies[] = {
    "", ".", ";;;;", "will", "will be", "is to", "are to be", "shall", "’", "''''", "by", "be provided",
    "will be\u00a0provided", "WILL BE PROVIDED", "will be провided", "n’est pas", "Alphaco’", "’Alphaco",
    "Alpha Agency Alpha Agency Alphaco", "will be provided by", "x will be provided x will be provided",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autofree char *role = g_strdup_printf (ROLE ("%s"), bodies[i]);
      g_autoptr(GPtrArray) findings = lint_doc ("", "", "This memorandum is not legally binding.", role, TRUE);

      for (guint j = 0; j < findings->len; j++)
        {
          const ConcordFinding *f = g_ptr_array_index (findings, j);

          g_assert_nonnull (f->message);
          g_assert_true (g_utf8_validate (f->message, -1, NULL));
        }
    }

  /* One word of 100,000 letters, and a sentence of 20,000 "will be made". */
  for (guint i = 0; i < 20000; i++)
    g_string_append (sentence, "will be made ");
  many = g_strdup_printf (ROLE ("%s %s"), long_word, sentence->str);
  {
    g_autoptr(GPtrArray) findings = lint_doc ("", "", NULL, many, TRUE);

    g_assert_cmpuint (count_code (findings, CONCORD_LINT_PASSIVE_OBLIGATION), ==, 1);
  }

  /* A party with a name too long to look for is not looked for. */
  {
    g_autofree char *role = g_strdup_printf (ROLE ("%s will work."), long_name);
    g_autoptr(GPtrArray) findings = lint_doc_with_party (long_name, role, TRUE);

    g_assert_cmpuint (count_code (findings, CONCORD_LINT_PARTY_AS_PLAIN_TEXT), ==, 0);
  }

  /* No sections at all. */
  {
    g_autoptr(GPtrArray) findings = lint_doc ("", "", NULL, "", FALSE);

    g_assert_cmpuint (count_code (findings, CONCORD_LINT_MISSING_STANDARD_CLAUSE), ==, 5);
    g_assert_cmpuint (count_code (findings, CONCORD_LINT_BINDING_LANGUAGE), ==, 0);
  }
}

static gboolean
has_field (GPtrArray  *findings,
           const char *code,
           const char *field)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);

      if (g_strcmp0 (f->code, code) == 0 && g_strcmp0 (f->field, field) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Lints one clause (of @role, or else general) of @pad characters of
 * @alphabet, then @sep, then @word, with the standard clauses when
 * @standard, and one more party named @party unless it is NULL. */
static GPtrArray *
lint_padded (gboolean    role,
             const char *alphabet,
             guint       pad,
             const char *sep,
             const char *word,
             gboolean    standard,
             const char *party)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *section = NULL;
  glong n = g_utf8_strlen (alphabet, -1);

  for (guint i = 0; i < pad; i++)
    {
      const char *c = g_utf8_offset_to_pointer (alphabet, i % n);

      g_string_append_len (body, c, g_utf8_next_char (c) - c);
    }
  g_string_append_printf (body, "%s%s", sep, word);
  section = role ? g_strdup_printf (ROLE ("%s"), body->str) : g_strdup_printf (GENERAL ("%s"), body->str);

  return party != NULL ? lint_doc_with_party (party, section, standard) : lint_doc ("", "", NULL, section, standard);
}

typedef struct
{
  const char *word;
  /* Whether it is a whole word (or name) that the check looks for. */
  gboolean    whole;
} PaddedCase;

/* Lints each of @cases after @pad characters of @alphabet and @sep (see
 * lint_padded()), and checks that it is found exactly when @parts (the
 * separator ends the word before) and the case is whole. With @field, a
 * listed word is found when no @code finding names @field; otherwise,
 * when a @code finding is there. */
static void
check_padded (gboolean          role,
              const char       *alphabet,
              guint             pad,
              const char       *sep,
              gboolean          parts,
              const PaddedCase *cases,
              guint             n,
              const char       *party,
              const char       *code,
              const char       *field)
{
  for (guint w = 0; w < n; w++)
    {
      g_autoptr(GPtrArray) findings = lint_padded (role, alphabet, pad, sep, cases[w].word, field == NULL, party);
      gboolean found = field != NULL ? !has_field (findings, code, field) : count_code (findings, code) > 0;

      if (found != (parts && cases[w].whole))
        g_error ("“%s” after %u of “%s” and “%s”: %s", cases[w].word, pad, alphabet, sep,
                 found ? "found" : "not found");
    }
}

/* The checks read ASCII eight bytes at a time: a listed word or a party's
 * name counts wherever it falls among those eight, after ASCII or not, in
 * capitals or not, at the very end of the text; never inside a word. */
static void
test_word_boundaries (void)
{
  static const char *alphabets[] = { "Quietly, QUIETLY; quietly ", "é—ŵ’" };
  static const struct
  {
    const char *sep;
    gboolean    boundary;
    /* A hyphen joins the words of a sentence ("x-will"). */
    gboolean    splits;
  } seps[] = {
    { " ", TRUE, TRUE }, { "é ", TRUE, TRUE }, { "—", TRUE, TRUE }, { "“", TRUE, TRUE }, { "x-", TRUE, FALSE },
    { "(", TRUE, TRUE }, { "q", FALSE, FALSE }, { "é", FALSE, FALSE }, { "Q", FALSE, FALSE }, { "7", FALSE, FALSE },
  };
  static const PaddedCase listed[] = {
    { "vary", TRUE }, { "Vary it.", TRUE }, { "VARIATIONS", TRUE }, { "varying", FALSE }, { "variety", FALSE },
  }, names[] = {
    { "Alphaco", TRUE }, { "Alphaco’s", TRUE }, { "Beta Board.", TRUE }, { "Alphacorp", FALSE },
    { "Beta Boards", FALSE },
  }, passives[] = {
    { "will be provided.", TRUE }, { "will be provided by Alphaco.", FALSE }, { "will be provided", TRUE },
    { "will be provided’s", FALSE }, { "will be\nprovided", FALSE },
  }, lower_names[] = {
    { "eHealth Cymru", TRUE }, { "eHealth Cymru’s", TRUE }, { "eHealth Cymruan", FALSE }, { "ehealth Cymru", FALSE },
  };

  for (guint a = 0; a < G_N_ELEMENTS (alphabets); a++)
    for (guint pad = 0; pad <= 17; pad++)
      for (guint s = 0; s < G_N_ELEMENTS (seps); s++)
        {
          const char *sep = seps[s].sep;

          check_padded (FALSE, alphabets[a], pad, sep, seps[s].boundary, listed, G_N_ELEMENTS (listed), NULL,
                        CONCORD_LINT_MISSING_STANDARD_CLAUSE, "variation-clause");
          check_padded (FALSE, alphabets[a], pad, sep, seps[s].boundary, names, G_N_ELEMENTS (names), NULL,
                        CONCORD_LINT_PARTY_AS_PLAIN_TEXT, NULL);
          /* The words of a sentence, wherever they fall. */
          check_padded (TRUE, alphabets[a], pad, sep, seps[s].splits, passives, G_N_ELEMENTS (passives), NULL,
                        CONCORD_LINT_PASSIVE_OBLIGATION, NULL);
          /* A name that starts in lower case is looked for byte by byte. */
          check_padded (FALSE, alphabets[a], pad, sep, seps[s].boundary, lower_names, G_N_ELEMENTS (lower_names),
                        "eHealth Cymru", CONCORD_LINT_PARTY_AS_PLAIN_TEXT, NULL);
        }
}

/* A memorandum with planted problems: lint finds each, and nothing
 * else, of any code. */
static void
test_planted (void)
{
  static const char *expected[] = {
    "binding-language clause:role-council body",
    "missing-standard-clause details variation-clause",
    "missing-standard-clause details dispute-clause",
    "passive-obligation clause:role-council body",
    "party-as-plain-text clause:role-trust body",
    "term-unused term:term-forgotten -",
    "accountability-no-mechanism clause:acc-trust mechanisms",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file (SOURCE_ROOT "/tests/data/drafting/planted.mou",
                                                                      &error);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  findings = concord_memorandum_lint (m);
  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);

      g_ptr_array_add (found, g_strdup_printf ("%s %s %s", f->code, f->target, f->field ? f->field : "-"));
    }
  g_ptr_array_add (found, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!g_strv_contains ((const char * const *) found->pdata, expected[i]))
      g_error ("lint missed the planted %s", expected[i]);
  g_assert_cmpuint (found->len - 1, ==, G_N_ELEMENTS (expected));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/lint/drafting/binding-language", test_binding_language);
  g_test_add_func ("/core/lint/drafting/missing-standard-clause", test_missing_standard_clause);
  g_test_add_func ("/core/lint/drafting/passive-obligation", test_passive_obligation);
  g_test_add_func ("/core/lint/drafting/passive-obligation-fr-cy", test_passive_obligation_fr_cy);
  g_test_add_func ("/core/lint/drafting/party-as-plain-text", test_party_as_plain_text);
  g_test_add_func ("/core/lint/drafting/term-unused", test_term_unused);
  g_test_add_func ("/core/lint/drafting/accountability-no-mechanism", test_accountability_no_mechanism);
  g_test_add_func ("/core/lint/drafting/dismiss-per-memorandum", test_dismiss_per_memorandum);
  g_test_add_func ("/core/lint/drafting/hostile", test_hostile_text);
  g_test_add_func ("/core/lint/drafting/word-boundaries", test_word_boundaries);
  g_test_add_func ("/core/lint/drafting/planted", test_planted);

  return g_test_run ();
}
