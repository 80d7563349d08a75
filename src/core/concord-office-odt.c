/* concord-office-odt.c: the office document as OpenDocument Text (ODF
 * 1.3), as LibreOffice reads it.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-office"

#include "config.h"

#include <string.h>

#include "concord-office-private.h"

#define NAMESPACES \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " office:version=\"1.3\""

/* Paragraph styles: the name, what it looks like, and the outline level
 * of a style for numbered headings. */
static const struct
{
  OfficeKind  kind;
  const char *name;
  const char *display;
  const char *paragraph;
  const char *text;
} styles[] = {
  { OFFICE_TITLE, "Concord_Title", "Concord Title", "fo:margin-bottom=\"0.4cm\"",
    "fo:font-size=\"20pt\" fo:font-weight=\"bold\"" },
  { OFFICE_DETAIL, "Concord_Detail", "Concord Detail", "fo:margin-bottom=\"0.1cm\"", "fo:font-size=\"10pt\"" },
  { OFFICE_PART, "Concord_Part", "Concord Part", "fo:margin-top=\"0.6cm\" fo:margin-bottom=\"0.3cm\" fo:keep-with-next=\"always\"",
    "fo:font-size=\"14pt\" fo:font-weight=\"bold\"" },
  { OFFICE_SECTION, "Concord_Section", "Concord Section",
    "fo:margin-top=\"0.6cm\" fo:margin-bottom=\"0.3cm\" fo:keep-with-next=\"always\"",
    "fo:font-size=\"14pt\" fo:font-weight=\"bold\"" },
  { OFFICE_CLAUSE, "Concord_Clause", "Concord Clause",
    "fo:margin-top=\"0.3cm\" fo:margin-bottom=\"0.15cm\" fo:keep-with-next=\"always\"",
    "fo:font-size=\"11pt\" fo:font-weight=\"bold\"" },
  { OFFICE_CLAUSE_TEXT, "Concord_Clause_Text", "Concord Clause Text",
    "fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.2cm\" fo:text-align=\"justify\"", "fo:font-size=\"11pt\"" },
  { OFFICE_FACTS, "Concord_Facts", "Concord Facts", "fo:margin-bottom=\"0.1cm\" fo:keep-with-next=\"always\"",
    "fo:font-size=\"9pt\" fo:font-style=\"italic\" fo:color=\"#555555\"" },
  { OFFICE_BODY, "Concord_Body", "Concord Body", "fo:margin-bottom=\"0.2cm\" fo:text-align=\"justify\"",
    "fo:font-size=\"11pt\"" },
  { OFFICE_ITEM, "Concord_Item", "Concord Item",
    "fo:margin-left=\"2.2cm\" fo:text-indent=\"-1.6cm\" fo:margin-bottom=\"0.15cm\" fo:text-align=\"justify\">"
    "<style:tab-stops><style:tab-stop style:position=\"0cm\"/></style:tab-stops></style:paragraph-properties",
    "fo:font-size=\"11pt\"" },
  { OFFICE_SUBHEADING, "Concord_Subheading", "Concord Subheading",
    "fo:margin-top=\"0.3cm\" fo:margin-bottom=\"0.15cm\" fo:keep-with-next=\"always\"",
    "fo:font-size=\"11pt\" fo:font-style=\"italic\"" },
  { OFFICE_SIGNATURE, "Concord_Signature", "Concord Signature", "fo:margin-bottom=\"0.2cm\"",
    "fo:font-size=\"11pt\"" },
  { OFFICE_TABLE, "Concord_Table", "Concord Table", "fo:margin-bottom=\"0.05cm\"", "fo:font-size=\"10pt\"" },
};

static const char *
style_of (OfficeKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (styles[i].kind == kind)
      return styles[i].name;

  return "Concord_Body";
}

/* Text as ODF keeps it: it folds runs of spaces, tabs and newlines into
 * one space unless they are written as elements. */
static void
write_text (GString    *out,
            const char *text)
{
  const char *start = text;

  for (const char *p = text; p != NULL; p++)
    {
      gboolean space = *p == ' ' && (p == text || p[-1] == ' ' || p[1] == ' ' || p[1] == '\0');

      if (*p != '\0' && *p != '\t' && *p != '\n' && !(space && (p == text || p[-1] == ' ')))
        continue;
      {
        g_autofree char *piece = g_strndup (start, p - start);

        _concord_office_escape (out, piece);
      }
      if (*p == '\0')
        break;
      if (*p == '\t')
        g_string_append (out, "<text:tab/>");
      else if (*p == '\n')
        g_string_append (out, "<text:line-break/>");
      else
        {
          guint n = 0;

          while (p[n] == ' ')
            n++;
          g_string_append_printf (out, "<text:s text:c=\"%u\"/>", n);
          p += n - 1;
        }
      start = p + 1;
    }
}

/* In a heading (a numbered clause with no heading of its own opens with
 * its text) a reference is its words alone: libxml2 2.9.14 refuses a
 * text:bookmark-ref inside a text:h, though the schema gives both the
 * same content, and the file must validate where it is made. */
static void
write_runs (GString   *out,
            OfficeDoc *doc,
            GPtrArray *runs,
            gboolean   in_heading)
{
  for (guint i = 0; i < runs->len; i++)
    {
      OfficeRun *run = g_ptr_array_index (runs, i);

      switch (run->kind)
        {
        case OFFICE_RUN_STRONG:
          g_string_append (out, "<text:span text:style-name=\"Concord_Strong\">");
          write_text (out, run->text);
          g_string_append (out, "</text:span>");
          break;
        case OFFICE_RUN_PLACEHOLDER:
          g_string_append (out, "<text:span text:style-name=\"Concord_Placeholder\">");
          write_text (out, run->text);
          g_string_append (out, "</text:span>");
          break;
        case OFFICE_RUN_REF:
          if (in_heading || !_concord_office_ref_is_field (doc, run))
            {
              _concord_office_escape (out, run->text);
              break;
            }
          g_string_append (out, "<text:bookmark-ref text:reference-format=\"number-all-superior\" text:ref-name=\"");
          _concord_office_escape (out, run->bookmark);
          g_string_append (out, "\">");
          _concord_office_escape (out, run->text);
          g_string_append (out, "</text:bookmark-ref>");
          break;
        case OFFICE_RUN_TEXT:
        default:
          write_text (out, run->text);
        }
    }
}

static void
write_para (GString    *out,
            OfficeDoc  *doc,
            OfficePara *para)
{
  gboolean heading = para->number == OFFICE_NUMBER_LIST || para->number == OFFICE_NUMBER_RESTART;

  if (heading)
    {
      g_string_append_printf (out, "<text:h text:style-name=\"%s\" text:outline-level=\"%u\"", style_of (para->kind),
                              para->level);
      if (para->number == OFFICE_NUMBER_RESTART)
        g_string_append_printf (out, " text:restart-numbering=\"true\" text:start-value=\"%u\"", para->start);
      g_string_append_c (out, '>');
    }
  else if (para->kind == OFFICE_SECTION || para->kind == OFFICE_CLAUSE)
    /* Unnumbered, or its number typed: a style the outline does not
     * number. */
    g_string_append_printf (out, "<text:p text:style-name=\"%s_Plain\">", style_of (para->kind));
  else
    g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style_of (para->kind));

  if (para->bookmark != NULL)
    {
      g_string_append (out, "<text:bookmark-start text:name=\"");
      _concord_office_escape (out, para->bookmark);
      g_string_append (out, "\"/>");
    }
  if (para->number == OFFICE_NUMBER_TYPED && para->label != NULL)
    {
      _concord_office_escape (out, para->label);
      g_string_append (out, "<text:tab/>");
    }
  write_runs (out, doc, para->runs, heading);
  if (para->bookmark != NULL)
    {
      g_string_append (out, "<text:bookmark-end text:name=\"");
      _concord_office_escape (out, para->bookmark);
      g_string_append (out, "\"/>");
    }
  g_string_append (out, heading ? "</text:h>\n" : "</text:p>\n");
}

static void
write_table (GString    *out,
             OfficeDoc  *doc,
             OfficePara *para,
             guint       index)
{
  guint columns = 0;

  /* A table with no rows is no table in ODF. */
  if (para->rows->len == 0)
    return;
  for (guint r = 0; r < para->rows->len; r++)
    columns = MAX (columns, ((GPtrArray *) g_ptr_array_index (para->rows, r))->len);
  columns = MAX (columns, 1);
  g_string_append_printf (out, "<table:table table:name=\"Table%u\" table:style-name=\"Concord_Table\">"
                          "<table:table-column table:number-columns-repeated=\"%u\"/>\n", index, MAX (columns, 1));
  for (guint r = 0; r < para->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (para->rows, r);

      if (r == 0 && para->header_row)
        g_string_append (out, "<table:table-header-rows>");
      g_string_append (out, "<table:table-row>");
      for (guint c = 0; c < columns; c++)
        {
          g_string_append (out, "<table:table-cell table:style-name=\"Concord_Cell\" office:value-type=\"string\">"
                                "<text:p text:style-name=\"Concord_Table\">");
          if (c < row->len)
            write_runs (out, doc, g_ptr_array_index (row, c), FALSE);
          g_string_append (out, "</text:p></table:table-cell>");
        }
      g_string_append (out, "</table:table-row>");
      if (r == 0 && para->header_row)
        g_string_append (out, "</table:table-header-rows>");
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "</table:table>\n");
}

static GString *
content_xml (OfficeDoc *doc)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<office:document-content" NAMESPACES ">\n"
                               "<office:automatic-styles>"
                               "<style:style style:name=\"Concord_Table\" style:family=\"table\">"
                               "<style:table-properties style:width=\"17cm\" table:align=\"margins\"/></style:style>"
                               "<style:style style:name=\"Concord_Cell\" style:family=\"table-cell\">"
                               "<style:table-cell-properties fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #808080\"/>"
                               "</style:style>"
                               "</office:automatic-styles>\n"
                               "<office:body><office:text>\n");
  guint tables = 0;

  for (guint i = 0; i < doc->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (doc->paras, i);

      para->listed = para->number == OFFICE_NUMBER_LIST || para->number == OFFICE_NUMBER_RESTART;
    }
  for (guint i = 0; i < doc->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (doc->paras, i);

      if (para->kind == OFFICE_TABLE)
        write_table (out, doc, para, ++tables);
      else
        write_para (out, doc, para);
    }
  g_string_append (out, "</office:text></office:body></office:document-content>\n");

  return out;
}

/* One level of the outline: "3" or "3.2", with a tab after the number. */
static void
write_outline_level (GString   *out,
                     guint      level,
                     guint      shown,
                     OfficeDoc *doc)
{
  g_string_append_printf (out, "<text:outline-level-style text:level=\"%u\" style:num-format=\"%s\"", level,
                          shown > 0 ? "1" : "");
  if (shown > 0)
    g_string_append_printf (out, " text:display-levels=\"%u\"%s", shown,
                            doc->trailing_dot ? " style:num-suffix=\".\"" : "");
  g_string_append (out, "><style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                        "<style:list-level-label-alignment text:label-followed-by=\"listtab\" "
                        "text:list-tab-stop-position=\"1.27cm\" fo:text-indent=\"-1.27cm\" fo:margin-left=\"1.27cm\"/>"
                        "</style:list-level-properties></text:outline-level-style>");
}

static void
write_header_text (GString    *out,
                   const char *left,
                   const char *right)
{
  _concord_office_escape (out, left);
  if (right != NULL)
    {
      g_string_append (out, "<text:tab/>");
      _concord_office_escape (out, right);
    }
}

static GString *
styles_xml (OfficeDoc *doc)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<office:document-styles" NAMESPACES ">\n<office:styles>\n");

  {
    /* fo:language is the primary subtag alone: "cy" of "cy-GB". */
    g_autofree char *primary = g_strndup (doc->language != NULL ? doc->language : "en",
                                          strcspn (doc->language != NULL ? doc->language : "en", "-_"));

    g_string_append (out, "<style:default-style style:family=\"paragraph\">"
                          "<style:paragraph-properties fo:line-height=\"115%\"/>"
                          "<style:text-properties style:font-name=\"Noto Sans\" fo:font-family=\"'Noto Sans'\" "
                          "fo:font-size=\"11pt\" fo:language=\"");
    _concord_office_escape (out, primary);
    g_string_append (out, "\"/></style:default-style>\n");
  }
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      gboolean outline = styles[i].kind == OFFICE_SECTION || styles[i].kind == OFFICE_CLAUSE;

      g_string_append_printf (out, "<style:style style:name=\"%s\" style:display-name=\"%s\" style:family=\"paragraph\"",
                              styles[i].name, styles[i].display);
      /* Numbered continuously, sections are not in the outline: their
       * style would number them. */
      if (outline && (styles[i].kind == OFFICE_CLAUSE || doc->section_level > 0))
        g_string_append_printf (out, " style:default-outline-level=\"%u\"",
                                styles[i].kind == OFFICE_SECTION ? doc->section_level : doc->clause_level);
      /* A style whose paragraph properties have children closes them itself. */
      g_string_append_printf (out, "><style:paragraph-properties %s%s><style:text-properties %s/></style:style>\n",
                              styles[i].paragraph, g_str_has_suffix (styles[i].paragraph, "-properties") ? "" : "/",
                              styles[i].text);
      /* The same out of the outline, a typed number hanging as the
       * outline's would. */
      if (outline)
        g_string_append_printf (out, "<style:style style:name=\"%s_Plain\" style:display-name=\"%s (Unnumbered)\" "
                                     "style:family=\"paragraph\"><style:paragraph-properties %s "
                                     "fo:margin-left=\"1.27cm\" fo:text-indent=\"-1.27cm\"><style:tab-stops>"
                                     "<style:tab-stop style:position=\"0cm\"/></style:tab-stops>"
                                     "</style:paragraph-properties><style:text-properties %s/></style:style>\n",
                                styles[i].name, styles[i].display, styles[i].paragraph, styles[i].text);
    }
  g_string_append (out, "<style:style style:name=\"Concord_Header\" style:display-name=\"Concord Header\" "
                        "style:family=\"paragraph\"><style:paragraph-properties><style:tab-stops>"
                        "<style:tab-stop style:position=\"17cm\" style:type=\"right\"/></style:tab-stops>"
                        "</style:paragraph-properties><style:text-properties fo:font-size=\"8pt\" "
                        "fo:color=\"#555555\"/></style:style>\n"
                        "<style:style style:name=\"Concord_Strong\" style:family=\"text\">"
                        "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
                        "<style:style style:name=\"Concord_Placeholder\" style:display-name=\"Concord Placeholder\" "
                        "style:family=\"text\"><style:text-properties fo:background-color=\"#fff3b0\"/>"
                        "</style:style>\n");
  g_string_append (out, "<text:outline-style style:name=\"Outline\">");
  if (doc->section_level > 0)
    {
      write_outline_level (out, 1, 1, doc);
      write_outline_level (out, 2, 2, doc);
    }
  else
    {
      write_outline_level (out, 1, 1, doc);
      write_outline_level (out, 2, 0, doc);
    }
  g_string_append (out, "</text:outline-style>\n</office:styles>\n");

  g_string_append (out, "<office:automatic-styles><style:page-layout style:name=\"Concord_Page\">"
                        "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
                        "fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2cm\" "
                        "fo:margin-right=\"2cm\" style:print-orientation=\"portrait\"/>"
                        "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
                        "fo:margin-bottom=\"0.4cm\"/></style:header-style>"
                        "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
                        "fo:margin-top=\"0.4cm\"/></style:footer-style>"
                        "</style:page-layout></office:automatic-styles>\n");
  g_string_append (out, "<office:master-styles><style:master-page style:name=\"Standard\" "
                        "style:page-layout-name=\"Concord_Page\"><style:header>"
                        "<text:p text:style-name=\"Concord_Header\">");
  write_header_text (out, doc->header_left, doc->header_right);
  g_string_append (out, "</text:p></style:header><style:footer><text:p text:style-name=\"Concord_Header\">");
  _concord_office_escape (out, doc->page_before);
  g_string_append (out, "<text:page-number text:select-page=\"current\">1</text:page-number>");
  _concord_office_escape (out, doc->page_between);
  g_string_append (out, "<text:page-count>1</text:page-count>");
  _concord_office_escape (out, doc->page_after);
  g_string_append (out, "</text:p></style:footer></style:master-page></office:master-styles>\n"
                        "</office:document-styles>\n");

  return out;
}

static GString *
meta_xml (OfficeDoc *doc)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<office:document-meta" NAMESPACES "><office:meta>"
                               "<meta:generator>Concord/" PACKAGE_VERSION "</meta:generator><dc:title>");
  g_auto(GStrv) keywords = g_strsplit (doc->keywords != NULL ? doc->keywords : "", ", ", -1);

  _concord_office_escape (out, doc->title);
  g_string_append (out, "</dc:title><dc:subject>");
  _concord_office_escape (out, doc->subject);
  g_string_append (out, "</dc:subject>");
  for (guint i = 0; keywords[i] != NULL; i++)
    if (*keywords[i] != '\0')
      {
        g_string_append (out, "<meta:keyword>");
        _concord_office_escape (out, keywords[i]);
        g_string_append (out, "</meta:keyword>");
      }
  if (doc->language != NULL)
    {
      g_string_append (out, "<dc:language>");
      _concord_office_escape (out, doc->language);
      g_string_append (out, "</dc:language>");
    }
  g_string_append (out, "</office:meta></office:document-meta>\n");

  return out;
}

GBytes *
_concord_office_write_odt (OfficeDoc  *doc,
                           GError    **error)
{
  g_autoptr(OfficeZip) zip = _concord_office_zip_new (error);
  g_autoptr(GString) mimetype = g_string_new ("application/vnd.oasis.opendocument.text");
  g_autoptr(GString) manifest = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
    "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
    "</manifest:manifest>\n");
  g_autoptr(GString) content = NULL;
  g_autoptr(GString) styles_part = NULL;
  g_autoptr(GString) meta = NULL;

  if (zip == NULL)
    return NULL;
  content = content_xml (doc);
  styles_part = styles_xml (doc);
  meta = meta_xml (doc);
  /* The mimetype first and stored, so that a reader knows the file by
   * its first bytes. */
  if (!_concord_office_zip_add (zip, "mimetype", mimetype, TRUE, error) ||
      !_concord_office_zip_add (zip, "content.xml", content, FALSE, error) ||
      !_concord_office_zip_add (zip, "styles.xml", styles_part, FALSE, error) ||
      !_concord_office_zip_add (zip, "meta.xml", meta, FALSE, error) ||
      !_concord_office_zip_add (zip, "META-INF/manifest.xml", manifest, FALSE, error))
    return NULL;

  return _concord_office_zip_finish (zip, error);
}
