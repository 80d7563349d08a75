/* test-parties.c: office holders, units, logos, signatories who are not
 * parties, term forms, related memoranda and capitalised references.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-core.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n"
#define TAIL "</memorandum>\n"

/* An SVG logo: a blue box. */
#define SVG_LOGO "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#00f\"/></svg>"

static char *
b64 (const char *text)
{
  return g_base64_encode ((const guchar *) text, strlen (text));
}

/* Every new element and attribute, in canonical form. */
static char *
full_document (void)
{
  g_autofree char *logo = b64 (SVG_LOGO);

  return g_strconcat (HEAD, ROOT,
    "  <title>T</title>\n"
    "  <revision>0</revision>\n"
    "  <related reference=\"MOU-U-RR\" relation=\"umbrella\"/>\n"
    "  <related reference=\"MOU-OLD\" relation=\"supersedes\"/>\n"
    "  <related reference=\"MOU-X\"/>\n"
    "  <parties>\n"
    "    <party id=\"treasurer\" kind=\"signatory\" office-holder=\"true\">\n"
    "      <name>the Treasurer</name>\n"
    "      <description>As the Minister responsible for the Act</description>\n"
    "      <logo>", logo, "</logo>\n"
    "    </party>\n"
    "    <party id=\"team\" kind=\"signatory\">\n"
    "      <name>Gateway Exchange Team</name>\n"
    "      <organisation placeholder=\"Parent body\">HM Revenue and Customs</organisation>\n"
    "      <short-name>GET</short-name>\n"
    "    </party>\n"
    "    <party id=\"council\" kind=\"signatory\">\n"
    "      <name>the Council</name>\n"
    "    </party>\n"
    "  </parties>\n"
    "  <definitions>\n"
    "    <term id=\"we\">\n"
    "      <name>we</name>\n"
    "      <form>our</form>\n"
    "      <form>us</form>\n"
    "      <meaning><party-ref ref=\"team\"/></meaning>\n"
    "    </term>\n"
    "  </definitions>\n"
    "  <recitals>\n"
    "    <p><party-ref ref=\"treasurer\"/> and <term-ref ref=\"we\" form=\"us\"/>. <term-ref ref=\"we\"/> and <term-ref ref=\"we\" form=\"our\"/> staff.</p>\n"
    "  </recitals>\n"
    "  <signatures>\n"
    "    <signature party=\"treasurer\"/>\n"
    "    <signature party=\"team\" also-for=\"council\">\n"
    "      <person>Jo Bloggs</person>\n"
    "      <title>Chair of the Trust</title>\n"
    "      <title placeholder=\"Second office\">Corporate Director, People</title>\n"
    "    </signature>\n"
    "    <signature>\n"
    "      <title>Director of Public Health</title>\n"
    "    </signature>\n"
    "  </signatures>\n",
    TAIL, NULL);
}

static ConcordMemorandum *
load_string (const char  *xml,
             GError     **error)
{
  return concord_memorandum_load_from_data (xml, strlen (xml), "test.mou", error);
}

static char *
serialize_to_string (ConcordMemorandum *m)
{
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static ConcordSignature *
signature_at (ConcordMemorandum *m,
              guint              i)
{
  g_autoptr(ConcordSignature) sig = g_list_model_get_item (concord_memorandum_get_signatures (m), i);

  return sig;
}

static void
test_round_trip (void)
{
  g_autofree char *xml = full_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autofree char *saved = NULL;
  ConcordParty *treasurer, *team;
  ConcordTerm *we;
  ConcordSignature *two;
  const ConcordRun *run;
  const char * const *related;
  GBytes *logo;

  g_assert_no_error (error);
  saved = serialize_to_string (m);
  g_assert_cmpstr (saved, ==, xml);

  treasurer = concord_memorandum_find_party (m, "treasurer");
  team = concord_memorandum_find_party (m, "team");
  g_assert_true (concord_party_get_office_holder (treasurer));
  g_assert_false (concord_party_get_office_holder (team));
  logo = concord_party_get_logo (treasurer);
  g_assert_nonnull (logo);
  g_assert_cmpmem (g_bytes_get_data (logo, NULL), g_bytes_get_size (logo), SVG_LOGO, strlen (SVG_LOGO));
  g_assert_cmpstr (concord_party_get_organisation (team), ==, "HM Revenue and Customs");
  g_assert_cmpstr (concord_party_get_placeholder (team, "organisation"), ==, "Parent body");
  g_assert_cmpstr (concord_party_get_display_name (team, TRUE), ==, "Gateway Exchange Team, HM Revenue and Customs");
  g_assert_cmpstr (concord_party_get_display_name (team, FALSE), ==, "GET");

  we = concord_memorandum_find_term (m, "we");
  g_assert_cmpstrv (concord_term_get_forms (we), ((const char *[]) { "our", "us", NULL }));
  run = concord_block_get_run (g_ptr_array_index (concord_memorandum_get_recitals (m), 0), 2);
  g_assert_cmpint (run->kind, ==, CONCORD_RUN_TERM);
  g_assert_cmpstr (run->form, ==, "us");

  two = signature_at (m, 1);
  g_assert_cmpstr (concord_signature_get_also_for (two), ==, "council");
  g_assert_cmpstr (concord_signature_get_second_title (two), ==, "Corporate Director, People");
  g_assert_cmpstr (concord_signature_get_placeholder (two, "second-title"), ==, "Second office");
  g_assert_true (concord_signature_signs_for (two, "council"));
  g_assert_true (concord_signature_signs_for (two, "team"));
  g_assert_false (concord_signature_signs_for (two, "treasurer"));
  g_assert_null (concord_signature_get_party (signature_at (m, 2)));

  related = concord_memorandum_get_related (m);
  g_assert_cmpstrv (related, ((const char *[]) { "umbrella MOU-U-RR", "supersedes MOU-OLD", "MOU-X", NULL }));
}

/* A copy, for the layout thread, keeps every new field. */
static void
test_copy (void)
{
  g_autofree char *xml = full_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autoptr(ConcordMemorandum) copy = NULL;
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  copy = concord_memorandum_copy (m);
  saved = serialize_to_string (copy);
  g_assert_cmpstr (saved, ==, xml);
}

/* Set through the API, a second office with no first still saves as a
 * file that loads back to the same. */
static void
test_second_title_alone (void)
{
  g_autofree char *xml = full_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autoptr(ConcordMemorandum) again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;
  ConcordSignature *sig;

  g_assert_no_error (error);
  sig = signature_at (m, 1);
  concord_signature_set_title (sig, NULL);
  saved = serialize_to_string (m);
  again = load_string (saved, &error);
  g_assert_no_error (error);
  resaved = serialize_to_string (again);
  g_assert_cmpstr (saved, ==, resaved);
  g_assert_null (concord_signature_get_title (signature_at (again, 1)));
  g_assert_cmpstr (concord_signature_get_second_title (signature_at (again, 1)), ==, "Corporate Director, People");
}

typedef struct
{
  const char *find;
  const char *replace;
  const char *message;
  int         line;
} Hostile;

/* Each edit of the full document is refused at its line, with a message
 * that says what is wrong. */
static void
test_hostile (void)
{
  g_autofree char *big = g_strnfill (CONCORD_MAX_IMAGE_SIZE + 10, ' ');
  g_autofree char *big_svg = g_strdup_printf ("<svg xmlns=\"http://www.w3.org/2000/svg\">%s</svg>", big);
  g_autofree char *big_logo = b64 (big_svg);
  g_autofree char *broken = b64 ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect");
  g_autofree char *html = b64 ("<html/>");
  g_autofree char *doctype = b64 ("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>");
  g_autofree char *binary = g_base64_encode ((const guchar *) "\xff\xfe\x01\x02", 4);
  g_autofree char *logo = b64 (SVG_LOGO);
  g_autoptr(GString) many_forms = g_string_new (NULL);
  const Hostile cases[] = {
    { "office-holder=\"true\"", "office-holder=\"yes\"", "office-holder", 9 },
    { "reference=\"MOU-X\"", "reference=\"MOU X\"", "related", 7 },
    { "reference=\"MOU-X\"", "reference=\"\"", "related", 7 },
    { "relation=\"umbrella\"", "relation=\"parent\"", "relation", 5 },
    { "form=\"us\"", "form=\"them\"", "not a form of that term", 32 },
    { "form=\"us\"", "form=\"\"", "form", 32 },
    { "<form>us</form>", "<form></form>", "datatype", 27 },
    { "      <title>Director of Public Health</title>\n", "", "names no party", 41 },
    { "party=\"team\" also-for=\"council\"", "also-for=\"council\"", "second party", 36 },
    { "party=\"team\" also-for=\"council\"", "party=\"team\" also-for=\"team\"", "second party", 36 },
    { "also-for=\"council\"", "also-for=\"nobody\"", "nobody", 36 },
    { "<person>Jo Bloggs</person>", "<title>A</title>", "title", 37 },
    { logo, broken, "the SVG logo cannot be read", 12 },
    { logo, html, "the SVG logo cannot be read", 12 },
    { logo, doctype, "document type declaration", 12 },
    { logo, binary, "neither a PNG image nor an SVG image", 12 },
    { logo, big_logo, "larger than the limit", 12 },
    { logo, "!!not base64!!", "base64Binary", 12 },
    { "<form>us</form>", NULL, "more than 16 other forms", 24 },
  };

  /* With "our" before them, seventeen forms: one too many. */
  for (guint i = 0; i + 1 < CONCORD_MAX_TERM_FORMS; i++)
    g_string_append_printf (many_forms, "<form>f%u</form>\n      ", i);
  g_string_append (many_forms, "<form>us</form>");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = full_document ();
      g_autoptr(GString) edited = g_string_new (xml);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = NULL;
      g_autofree char *where = g_strdup_printf ("test.mou:%d:", cases[i].line);

      g_assert_cmpuint (g_string_replace (edited, cases[i].find,
                                          cases[i].replace ? cases[i].replace : many_forms->str, 1), ==, 1);
      m = load_string (edited->str, &error);
      g_test_message ("case %u: %s", i, error ? error->message : "(loaded)");
      g_assert_null (m);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, where));
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }

  /* Sixteen are not. */
  {
    g_autofree char *xml = full_document ();
    g_autoptr(GString) edited = g_string_new (xml);
    g_autoptr(GError) error = NULL;
    g_autoptr(ConcordMemorandum) m = NULL;

    g_string_replace (many_forms, "<form>f0</form>\n      ", "", 1);
    g_string_replace (edited, "<form>us</form>", many_forms->str, 1);
    m = load_string (edited->str, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length ((char **) concord_term_get_forms (concord_memorandum_find_term (m, "we"))),
                      ==, CONCORD_MAX_TERM_FORMS);
  }
}

/* Without a base file librsvg loads nothing from outside the logo: an
 * image by file name or URL stays blank. The same image as a data: URL
 * does show, so the test would see the file if it were loaded. */
static gboolean
has_red (GBytes *logo)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 20);
  cairo_t *cr = cairo_create (surface);
  gboolean red = FALSE;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  _concord_image_draw (cr, logo, 0, 0, 40, 20);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < 20 && !red; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < 40 && !red; x++)
        red = (row[x] & 0xffffff) == 0xff0000;
    }
  cairo_surface_destroy (surface);

  return red;
}

static void
test_svg_external (void)
{
  g_autofree char *dir = g_dir_make_tmp ("concord-logo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "red.svg", NULL);
  g_autofree char *png_path = g_build_filename (dir, "red.png", NULL);
  g_autofree char *png_b64 = NULL;
  cairo_surface_t *red = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 20);
  cairo_t *cr = cairo_create (red);
  g_autofree char *png_data = NULL;
  gsize png_len;
  g_autofree char *css_path = g_build_filename (dir, "red.css", NULL);
  /* Each names a file that, if read, would paint the logo red. */
  const char *forms[][3] = {
    { "<image href=\"file://", png_path, "\" width=\"40\" height=\"20\"/>" },
    { "<image href=\"", png_path, "\" width=\"40\" height=\"20\"/>" },
    { "<use href=\"file://", path, "#r\"/>" },
    { "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file://", path, "\"/>" },
    { "<style>@import url(\"file://", css_path, "\");</style><rect class=\"r\" width=\"40\" height=\"20\"/>" },
  };

  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (red, png_path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (red);
  g_assert_true (g_file_set_contents (path, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect id=\"r\" "
                                      "width=\"40\" height=\"20\" fill=\"#f00\"/></svg>", -1, NULL));
  g_assert_true (g_file_set_contents (css_path, ".r { fill: #f00; }", -1, NULL));
  g_assert_true (g_file_get_contents (png_path, &png_data, &png_len, NULL));
  png_b64 = g_base64_encode ((const guchar *) png_data, png_len);

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *element = g_strconcat (forms[i][0], forms[i][1], forms[i][2], NULL);
      g_autofree char *svg = g_strdup_printf ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" "
                                              "height=\"20\">%s</svg>", element);
      g_autoptr(GBytes) logo = g_bytes_new (svg, strlen (svg));
      g_autoptr(GError) error = NULL;

      g_assert_true (concord_logo_check ((const guchar *) svg, strlen (svg), NULL, &error));
      g_assert_no_error (error);
      g_assert_false (has_red (logo));
    }

  {
    g_autofree char *svg = g_strdup_printf ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                                            "<image href=\"data:image/png;base64,%s\" width=\"40\" height=\"20\"/>"
                                            "</svg>", png_b64);
    g_autoptr(GBytes) logo = g_bytes_new (svg, strlen (svg));
    g_autoptr(GBytes) png = g_bytes_new (png_data, png_len);

    g_assert_true (has_red (logo));
    g_assert_true (has_red (png));
  }

  g_remove (path);
  g_remove (png_path);
  g_remove (css_path);
  g_rmdir (dir);
}

static char *
render_first_recital (const char *text_xml)
{
  g_autofree char *xml = g_strconcat (HEAD, ROOT, "  <title>T</title>\n  <revision>0</revision>\n"
                                      "  <parties>\n    <party id=\"t\" kind=\"signatory\">\n"
                                      "      <name>the Treasurer</name>\n    </party>\n  </parties>\n"
                                      "  <definitions>\n    <term id=\"act\">\n      <name>the Act</name>\n"
                                      "      <meaning>the law</meaning>\n    </term>\n  </definitions>\n"
                                      "  <recitals>\n    <p>", text_xml, "</p>\n  </recitals>\n", TAIL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);

  g_assert_no_error (error);

  return concord_block_render (m, NULL, g_ptr_array_index (concord_memorandum_get_recitals (m), 0));
}

/* A reference that starts a sentence starts with a capital; elsewhere
 * it prints as written. */
static void
test_capitalise (void)
{
  const char *cases[][2] = {
    { "<party-ref ref=\"t\"/> will act.", "The Treasurer will act." },
    { "  <party-ref ref=\"t\"/> will act.", "  The Treasurer will act." },
    { "Under <term-ref ref=\"act\"/>, <party-ref ref=\"t\"/> acts.", "Under the Act, the Treasurer acts." },
    { "It ends. <term-ref ref=\"act\"/> applies.", "It ends. The Act applies." },
    { "Why? <party-ref ref=\"t\"/> knows!  <party-ref ref=\"t\"/> says.", "Why? The Treasurer knows!  The Treasurer says." },
    { "(As agreed.) <party-ref ref=\"t\"/> acts.", "(As agreed.) The Treasurer acts." },
    { "“Done.” <party-ref ref=\"t\"/> acts.", "“Done.” The Treasurer acts." },
    { "version 2.<party-ref ref=\"t\"/>", "version 2.the Treasurer" },
    { "e.g.<party-ref ref=\"t\"/>", "e.g.the Treasurer" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = render_first_recital (cases[i][0]);

      g_assert_cmpstr (text, ==, cases[i][1]);
    }

  g_assert_true (concord_text_ends_sentence ("", 0));
  g_assert_false (concord_text_ends_sentence ("and ", 4));
  {
    g_autofree char *accented = concord_text_capitalise ("élan");
    g_autofree char *placeholder = concord_text_capitalise ("[Party]");

    g_assert_cmpstr (accented, ==, "Élan");
    g_assert_cmpstr (placeholder, ==, "[Party]");
  }
}

/* A clause reference printed with its word takes a capital too; a bare
 * number stays as it is. */
static void
test_capitalise_clause (void)
{
  const char *xml = HEAD ROOT "  <title>T</title>\n  <revision>0</revision>\n  <parties/>\n"
    "  <section id=\"s\" kind=\"general\">\n    <heading>G</heading>\n"
    "    <clause id=\"c1\" kind=\"general\" status=\"agreed\">\n      <p>First.</p>\n    </clause>\n"
    "    <clause id=\"c2\" kind=\"general\" status=\"agreed\">\n"
    "      <p><clause-ref ref=\"c1\" form=\"full\"/> applies. See <clause-ref ref=\"c1\" form=\"full\"/>. "
    "<clause-ref ref=\"c1\"/> too.</p>\n    </clause>\n  </section>\n" TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = concord_memorandum_to_text (m);
  g_assert_nonnull (strstr (text, "    Clause 1.1 applies. See clause 1.1. 1.1 too.\n"));
}

/* The text shows the new fields: who signs and how, the forms, the
 * related memoranda. */
static void
test_text (void)
{
  g_autofree char *xml = full_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load_string (xml, &error);
  g_autofree char *text = NULL;
  const char *expected[] = {
    "Related: Sits under the umbrella memorandum MOU-U-RR\n",
    "Related: Supersedes MOU-OLD\n",
    "Related: See also MOU-X\n",
    "  The Treasurer, signatory, office holder\n    [logo]\n"
    "    As the Minister responsible for the Act\n    Signing: the office holder\n",
    "  Gateway Exchange Team, HM Revenue and Customs (“GET”), signatory\n",
    "  “we”, “our” and “us” mean GET\n",
    "  The Treasurer and us. We and our staff.\n",
    "\n  Signed by the Treasurer\n    [Date], [Place]\n",
    "\n  Signed for and on behalf of Gateway Exchange Team, HM Revenue and Customs and the Council\n"
    "    Jo Bloggs, Chair of the Trust and Corporate Director, People\n",
    "\n  Signed as Director of Public Health\n    [Name], Director of Public Health\n",
  };

  g_assert_no_error (error);
  text = concord_memorandum_to_text (m);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("missing %s in:\n%s", expected[i], text);
}

/* A changed logo, office holder, form or second office is a change. */
static void
test_diff (void)
{
  g_autofree char *xml = full_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) a = load_string (xml, &error);
  struct { const char *find, *replace, *field; } edits[] = {
    { "fill=\\\"#00f\\\"", NULL, "logo" },
    { " office-holder=\"true\"", "", "office-holder" },
    { "form=\"us\"", "form=\"our\"", NULL },
    { "Corporate Director, People", "Corporate Director, Place", "second-title" },
    { "relation=\"supersedes\"", "", "related" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(GString) edited = g_string_new (xml);
      g_autoptr(ConcordMemorandum) b = NULL;
      g_autoptr(ConcordDiff) diff = NULL;
      gboolean found = edits[i].field == NULL;

      if (edits[i].replace == NULL)
        {
          g_autofree char *other = b64 ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"/>");
          g_autofree char *logo = b64 (SVG_LOGO);

          g_string_replace (edited, logo, other, 1);
        }
      else
        g_assert_cmpuint (g_string_replace (edited, edits[i].find, edits[i].replace, 1), ==, 1);
      b = load_string (edited->str, &error);
      g_assert_no_error (error);
      diff = concord_diff_new (a, b);
      g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
      for (guint f = 0; edits[i].field != NULL && f < concord_diff_change_get_n_fields (concord_diff_get_change (diff, 0)); f++)
        found |= g_str_equal (concord_diff_change_get_field (concord_diff_get_change (diff, 0), f)->name,
                              edits[i].field);
      g_assert_true (found);
    }
}

/* The diff of a recital prints references as the text does: a capital
 * where a sentence starts. */
static void
test_diff_capitals (void)
{
  g_autofree char *xml = full_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) a = load_string (xml, &error);
  g_autoptr(GString) edited = g_string_new (xml);
  g_autoptr(ConcordMemorandum) b = NULL;
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  const ConcordDiffWord *list;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_string_replace (edited, " staff.", " people.", 1), ==, 1);
  b = load_string (edited->str, &error);
  g_assert_no_error (error);
  diff = concord_diff_new (a, b);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
  list = concord_diff_change_get_body_words (concord_diff_get_change (diff, 0), &n);
  for (guint i = 0; i < n; i++)
    if (list[i].op != CONCORD_DIFF_DELETE)
      g_string_append_printf (words, "%s%s", list[i].space_before ? " " : "", list[i].text);
  g_assert_cmpstr (words->str, ==, "The Treasurer and us. We and our people.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/parties/round-trip", test_round_trip);
  g_test_add_func ("/core/parties/copy", test_copy);
  g_test_add_func ("/core/parties/second-title-alone", test_second_title_alone);
  g_test_add_func ("/core/parties/hostile", test_hostile);
  g_test_add_func ("/core/parties/svg-external", test_svg_external);
  g_test_add_func ("/core/parties/capitalise", test_capitalise);
  g_test_add_func ("/core/parties/capitalise-clause", test_capitalise_clause);
  g_test_add_func ("/core/parties/text", test_text);
  g_test_add_func ("/core/parties/diff", test_diff);
  g_test_add_func ("/core/parties/diff-capitals", test_diff_capitals);

  return g_test_run ();
}
