/* concord-office-docx.c: the office document as Office Open XML
 * (WordprocessingML), as Word and LibreOffice read it.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-office"

#include "config.h"

#include <string.h>

#include "concord-office-private.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

/* The numbered outline is one list, numId 1: level 0 the sections (or,
 * numbered continuously, the clauses), level 1 the clauses. */
#define OUTLINE_NUM_ID 1

static const struct
{
  OfficeKind  kind;
  const char *id;
  const char *name;
  const char *paragraph;
  const char *run;
  int         outline;
} styles[] = {
  { OFFICE_TITLE, "ConcordTitle", "Concord Title", "<w:spacing w:after=\"240\"/>", "<w:b/><w:sz w:val=\"40\"/>", -1 },
  { OFFICE_DETAIL, "ConcordDetail", "Concord Detail", "<w:spacing w:after=\"60\"/>", "<w:sz w:val=\"20\"/>", -1 },
  { OFFICE_PART, "ConcordPart", "Concord Part", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"180\"/>",
    "<w:b/><w:sz w:val=\"28\"/>", 0 },
  { OFFICE_SECTION, "ConcordSection", "Concord Section", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"180\"/>",
    "<w:b/><w:sz w:val=\"28\"/>", 0 },
  { OFFICE_CLAUSE, "ConcordClause", "Concord Clause", "<w:keepNext/><w:spacing w:before=\"180\" w:after=\"90\"/>",
    "<w:b/><w:sz w:val=\"22\"/>", 1 },
  { OFFICE_CLAUSE_TEXT, "ConcordClauseText", "Concord Clause Text", "<w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"both\"/>",
    "<w:sz w:val=\"22\"/>", -1 },
  { OFFICE_FACTS, "ConcordFacts", "Concord Facts", "<w:keepNext/><w:spacing w:after=\"60\"/>",
    "<w:i/><w:color w:val=\"555555\"/><w:sz w:val=\"18\"/>", -1 },
  { OFFICE_BODY, "ConcordBody", "Concord Body", "<w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/>",
    "<w:sz w:val=\"22\"/>", -1 },
  { OFFICE_ITEM, "ConcordItem", "Concord Item",
    "<w:spacing w:after=\"90\"/><w:ind w:left=\"1440\" w:hanging=\"720\"/><w:jc w:val=\"both\"/>",
    "<w:sz w:val=\"22\"/>", -1 },
  { OFFICE_SUBHEADING, "ConcordSubheading", "Concord Subheading", "<w:keepNext/><w:spacing w:before=\"180\" w:after=\"90\"/>",
    "<w:i/><w:sz w:val=\"22\"/>", -1 },
  { OFFICE_SIGNATURE, "ConcordSignature", "Concord Signature", "<w:spacing w:after=\"120\"/>", "<w:sz w:val=\"22\"/>", -1 },
  { OFFICE_TABLE, "ConcordTable", "Concord Table", "<w:spacing w:after=\"0\"/>", "<w:sz w:val=\"20\"/>", -1 },
};

static const char *
style_of (OfficeKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (styles[i].kind == kind)
      return styles[i].id;

  return "ConcordBody";
}

static void
text_run (GString    *out,
          const char *properties,
          const char *text)
{
  g_string_append (out, "<w:r>");
  if (properties != NULL)
    g_string_append_printf (out, "<w:rPr>%s</w:rPr>", properties);
  g_string_append (out, "<w:t xml:space=\"preserve\">");
  _concord_office_escape (out, text);
  g_string_append (out, "</w:t></w:r>");
}

/* A field: its instruction, and the result shown until it is updated. */
static void
field (GString    *out,
       const char *instruction,
       const char *result)
{
  g_string_append (out, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">");
  _concord_office_escape (out, instruction);
  g_string_append (out, "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
  text_run (out, NULL, result);
  g_string_append (out, "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
}

/* A tracked change's id, author and date. */
static void
revision (GString   *out,
          OfficeDoc *doc,
          const char *element)
{
  g_string_append_printf (out, "<w:%s w:id=\"%u\" w:author=\"", element, 100000 + doc->n_revisions++);
  _concord_office_escape (out, doc->author != NULL ? doc->author : "Concord");
  g_string_append (out, "\" w:date=\"");
  _concord_office_escape (out, doc->date != NULL ? doc->date : "1980-01-01T00:00:00Z");
  g_string_append (out, "\"");
}

static void
write_runs (GString   *out,
            OfficeDoc *doc,
            GPtrArray *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      OfficeRun *run = g_ptr_array_index (runs, i);

      switch (run->kind)
        {
        case OFFICE_RUN_STRONG:
          text_run (out, "<w:b/>", run->text);
          break;
        case OFFICE_RUN_PLACEHOLDER:
          text_run (out, "<w:highlight w:val=\"yellow\"/>", run->text);
          break;
        case OFFICE_RUN_INSERTED:
          revision (out, doc, "ins");
          g_string_append_c (out, '>');
          text_run (out, NULL, run->text);
          g_string_append (out, "</w:ins>");
          break;
        case OFFICE_RUN_DELETED:
          revision (out, doc, "del");
          g_string_append (out, "><w:r><w:delText xml:space=\"preserve\">");
          _concord_office_escape (out, run->text);
          g_string_append (out, "</w:delText></w:r></w:del>");
          break;
        case OFFICE_RUN_REF:
          if (!_concord_office_ref_is_field (doc, run))
            {
              text_run (out, NULL, run->text);
              break;
            }
          {
            /* \r: the number in full context is the paragraph's number,
             * \h: a link to it. */
            g_autofree char *instruction = g_strdup_printf (" REF %s \\r \\h ", run->bookmark);

            field (out, instruction, run->text);
          }
          break;
        case OFFICE_RUN_TEXT:
        default:
          text_run (out, NULL, run->text);
        }
    }
}

/* Whether Word's own count, @counters, gives @para its number; if so
 * the count moves on. A list cannot restart one level alone (a new list
 * restarts them all), so a number after a gap is typed, and so is every
 * number after it at that level that the count no longer gives. */
static gboolean
counted (OfficeDoc  *doc,
         OfficePara *para,
         guint      *counters)
{
  guint shown = doc->section_level > 0 && para->level == 2 ? 2 : 1;
  guint want[2] = { 0, 0 };

  if ((para->number != OFFICE_NUMBER_LIST && para->number != OFFICE_NUMBER_RESTART) || para->level == 0 ||
      !_concord_office_parse_label (para->label, shown, want) || (shown == 2 && want[0] != counters[0]) ||
      want[shown - 1] != counters[para->level - 1] + 1)
    return FALSE;
  counters[para->level - 1]++;
  if (para->level == 1)
    counters[1] = 0;

  return TRUE;
}

static void
write_para (GString    *out,
            OfficeDoc  *doc,
            OfficePara *para,
            guint      *bookmarks)
{
  gboolean listed = para->listed;

  g_string_append_printf (out, "<w:p><w:pPr><w:pStyle w:val=\"%s\"/>", style_of (para->kind));
  if (listed)
    g_string_append_printf (out, "<w:numPr><w:ilvl w:val=\"%u\"/><w:numId w:val=\"%u\"/></w:numPr>",
                            para->level - 1, OUTLINE_NUM_ID);
  if (listed && para->kind != OFFICE_SECTION && para->kind != OFFICE_CLAUSE)
    g_string_append_printf (out, "<w:outlineLvl w:val=\"%u\"/>", para->level - 1);
  /* The paragraph mark of a paragraph added or removed whole. */
  if (para->inserted || para->deleted)
    {
      g_string_append (out, "<w:rPr>");
      revision (out, doc, para->inserted ? "ins" : "del");
      g_string_append (out, "/></w:rPr>");
    }
  g_string_append (out, "</w:pPr>");
  if (para->clause != NULL)
    {
      g_string_append_printf (out, "<w:bookmarkStart w:id=\"%u\" w:name=\"" OFFICE_CLAUSE_MARK "%u\"/>"
                                   "<w:bookmarkEnd w:id=\"%u\"/>", *bookmarks, doc->n_clauses, *bookmarks);
      (*bookmarks)++;
      doc->n_clauses++;
    }
  if (para->bookmark != NULL)
    {
      g_string_append_printf (out, "<w:bookmarkStart w:id=\"%u\" w:name=\"", *bookmarks);
      _concord_office_escape (out, para->bookmark);
      g_string_append (out, "\"/>");
    }
  /* A number no count of the list gives is typed, with a tab after it
   * as the list's own would have. */
  if (!listed && para->number != OFFICE_NUMBER_NONE && para->label != NULL && para->deleted)
    {
      revision (out, doc, "del");
      g_string_append (out, "><w:r><w:delText xml:space=\"preserve\">");
      _concord_office_escape (out, para->label);
      g_string_append (out, "</w:delText></w:r><w:r><w:tab/></w:r></w:del>");
    }
  else if (!listed && para->number != OFFICE_NUMBER_NONE && para->label != NULL)
    {
      text_run (out, NULL, para->label);
      g_string_append (out, "<w:r><w:tab/></w:r>");
    }
  write_runs (out, doc, para->runs);
  if (para->bookmark != NULL)
    g_string_append_printf (out, "<w:bookmarkEnd w:id=\"%u\"/>", (*bookmarks)++);
  g_string_append (out, "</w:p>\n");
}

static void
write_table (GString    *out,
             OfficeDoc  *doc,
             OfficePara *para)
{
  guint columns = 0;

  /* A table with no rows is no table to Word. */
  if (para->rows->len == 0)
    return;
  for (guint r = 0; r < para->rows->len; r++)
    columns = MAX (columns, ((GPtrArray *) g_ptr_array_index (para->rows, r))->len);
  columns = MAX (columns, 1);
  g_string_append (out, "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
                        "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                        "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                        "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                        "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                        "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                        "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                        "</w:tblBorders><w:tblLook w:val=\"0020\"/></w:tblPr><w:tblGrid>");
  for (guint c = 0; c < columns; c++)
    g_string_append_printf (out, "<w:gridCol w:w=\"%u\"/>", 9638 / columns);
  g_string_append (out, "</w:tblGrid>\n");
  for (guint r = 0; r < para->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (para->rows, r);

      g_string_append (out, "<w:tr>");
      if (r == 0 && para->header_row)
        g_string_append (out, "<w:trPr><w:tblHeader/></w:trPr>");
      for (guint c = 0; c < columns; c++)
        {
          g_string_append_printf (out, "<w:tc><w:tcPr><w:tcW w:w=\"%u\" w:type=\"dxa\"/></w:tcPr>"
                                  "<w:p><w:pPr><w:pStyle w:val=\"ConcordTable\"/></w:pPr>", 9638 / columns);
          if (c < row->len)
            write_runs (out, doc, g_ptr_array_index (row, c));
          g_string_append (out, "</w:p></w:tc>");
        }
      g_string_append (out, "</w:tr>\n");
    }
  /* Two tables in a row would merge into one: a paragraph between. */
  g_string_append (out, "</w:tbl>\n<w:p><w:pPr><w:pStyle w:val=\"ConcordTable\"/></w:pPr></w:p>\n");
}

static GString *
document_xml (OfficeDoc *doc)
{
  GString *out = g_string_new (XML_HEAD "<w:document " W_NS "><w:body>\n");
  guint bookmarks = 0;
  guint counters[2] = { 0, 0 };

  /* Which numbers Word counts, before any reference to them is written. */
  for (guint i = 0; i < doc->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (doc->paras, i);

      para->listed = para->kind != OFFICE_TABLE && counted (doc, para, counters);
    }
  for (guint i = 0; i < doc->paras->len; i++)
    {
      OfficePara *para = g_ptr_array_index (doc->paras, i);

      if (para->kind == OFFICE_TABLE)
        write_table (out, doc, para);
      else
        write_para (out, doc, para, &bookmarks);
    }
  /* A4, 2 cm margins, the running head and foot. */
  g_string_append (out, "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
                        "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                        "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" "
                        "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>\n"
                        "</w:body></w:document>\n");

  return out;
}

static GString *
styles_xml (OfficeDoc *doc)
{
  GString *out = g_string_new (XML_HEAD "<w:styles " W_NS ">");

  g_string_append (out, "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Noto Sans\" "
                        "w:hAnsi=\"Noto Sans\" w:cs=\"Noto Sans\"/><w:sz w:val=\"22\"/><w:lang w:val=\"");
  _concord_office_escape (out, doc->language != NULL ? doc->language : "en-GB");
  g_string_append (out, "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                        "<w:spacing w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
                        "</w:docDefaults>");
  g_string_append (out, "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                        "</w:style>");
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      int outline = styles[i].outline;

      /* Numbered continuously, clauses are the outline's first level. */
      if (doc->section_level == 0 && styles[i].kind == OFFICE_CLAUSE)
        outline = 0;
      g_string_append_printf (out, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"%s\">"
                                   "<w:name w:val=\"%s\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>%s",
                              styles[i].id, styles[i].name, styles[i].paragraph);
      if (outline >= 0)
        g_string_append_printf (out, "<w:outlineLvl w:val=\"%d\"/>", outline);
      g_string_append_printf (out, "</w:pPr><w:rPr>%s</w:rPr></w:style>", styles[i].run);
    }
  g_string_append (out, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"ConcordHeader\">"
                        "<w:name w:val=\"Concord Header\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs>"
                        "<w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs></w:pPr><w:rPr><w:color w:val=\"555555\"/>"
                        "<w:sz w:val=\"16\"/></w:rPr></w:style>");
  g_string_append (out, "</w:styles>\n");

  return out;
}

static void
write_level (GString   *out,
             guint      level,
             guint      shown,
             OfficeDoc *doc)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 1; i <= shown; i++)
    g_string_append_printf (text, "%s%%%u", i > 1 ? "." : "", level + 2 - shown + i - 1);
  if (doc->trailing_dot && shown > 0)
    g_string_append_c (text, '.');
  g_string_append_printf (out, "<w:lvl w:ilvl=\"%u\"><w:start w:val=\"1\"/><w:numFmt w:val=\"%s\"/>"
                               "<w:lvlText w:val=\"%s\"/><w:lvlJc w:val=\"left\"/><w:pPr>"
                               "<w:tabs><w:tab w:val=\"num\" w:pos=\"720\"/></w:tabs>"
                               "<w:ind w:left=\"720\" w:hanging=\"720\"/></w:pPr></w:lvl>",
                          level, shown > 0 ? "decimal" : "none", text->str);
}

static GString *
numbering_xml (OfficeDoc *doc)
{
  GString *out = g_string_new (XML_HEAD "<w:numbering " W_NS "><w:abstractNum w:abstractNumId=\"0\">"
                               "<w:multiLevelType w:val=\"multilevel\"/>");

  if (doc->section_level > 0)
    {
      write_level (out, 0, 1, doc);
      write_level (out, 1, 2, doc);
    }
  else
    {
      write_level (out, 0, 1, doc);
      write_level (out, 1, 0, doc);
    }
  g_string_append_printf (out, "</w:abstractNum><w:num w:numId=\"%u\"><w:abstractNumId w:val=\"0\"/></w:num>"
                               "</w:numbering>\n", OUTLINE_NUM_ID);

  return out;
}

static GString *
header_xml (OfficeDoc *doc)
{
  GString *out = g_string_new (XML_HEAD "<w:hdr " W_NS "><w:p><w:pPr><w:pStyle w:val=\"ConcordHeader\"/></w:pPr>");

  text_run (out, NULL, doc->header_left);
  if (doc->header_right != NULL)
    {
      g_string_append (out, "<w:r><w:tab/></w:r>");
      text_run (out, "<w:b/>", doc->header_right);
    }
  g_string_append (out, "</w:p></w:hdr>\n");

  return out;
}

static GString *
footer_xml (OfficeDoc *doc)
{
  GString *out = g_string_new (XML_HEAD "<w:ftr " W_NS "><w:p><w:pPr><w:pStyle w:val=\"ConcordHeader\"/></w:pPr>");

  text_run (out, NULL, doc->page_before);
  field (out, " PAGE ", "1");
  text_run (out, NULL, doc->page_between);
  field (out, " NUMPAGES ", "1");
  text_run (out, NULL, doc->page_after);
  g_string_append (out, "</w:p></w:ftr>\n");

  return out;
}

/* The clauses' ids in the order of their marks, as ConcordClauses1,
 * ConcordClauses2, …: Word keeps at most 255 characters of a text
 * property, so no property is longer (an id is at most 128). */
#define PROPERTY_CHARS 255

static GString *
custom_xml (OfficeDoc *doc)
{
  GString *out = g_string_new (XML_HEAD "<Properties "
                               "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                               "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
  g_autoptr(GString) value = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i <= doc->paras->len; i++)
    {
      OfficePara *para = i < doc->paras->len ? g_ptr_array_index (doc->paras, i) : NULL;

      if (para != NULL && para->clause == NULL)
        continue;
      if (value->len > 0 && (para == NULL || value->len + 1 + strlen (para->clause) > PROPERTY_CHARS))
        {
          n++;
          g_string_append_printf (out, "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"%u\" "
                                       "name=\"" OFFICE_CLAUSES_PROPERTY "%u\"><vt:lpwstr>", n + 1, n);
          _concord_office_escape (out, value->str);
          g_string_append (out, "</vt:lpwstr></property>");
          g_string_truncate (value, 0);
        }
      if (para != NULL)
        g_string_append_printf (value, "%s%s", value->len > 0 ? " " : "", para->clause);
    }
  g_string_append (out, "</Properties>\n");

  return out;
}

static GString *
core_xml (OfficeDoc *doc)
{
  GString *out = g_string_new (XML_HEAD "<cp:coreProperties "
                               "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                               "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");

  _concord_office_escape (out, doc->title);
  g_string_append (out, "</dc:title><dc:subject>");
  _concord_office_escape (out, doc->subject);
  g_string_append (out, "</dc:subject><cp:keywords>");
  _concord_office_escape (out, doc->keywords);
  g_string_append (out, "</cp:keywords>");
  if (doc->language != NULL)
    {
      g_string_append (out, "<dc:language>");
      _concord_office_escape (out, doc->language);
      g_string_append (out, "</dc:language>");
    }
  g_string_append (out, "</cp:coreProperties>\n");

  return out;
}

#define CONTENT_TYPES \
  XML_HEAD "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" \
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" \
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" \
  "<Override PartName=\"/word/document.xml\" " \
  "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" \
  "<Override PartName=\"/word/styles.xml\" " \
  "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" \
  "<Override PartName=\"/word/numbering.xml\" " \
  "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" \
  "<Override PartName=\"/word/header1.xml\" " \
  "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" \
  "<Override PartName=\"/word/footer1.xml\" " \
  "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" \
  "<Override PartName=\"/docProps/core.xml\" " \
  "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" \
  "<Override PartName=\"/docProps/custom.xml\" " \
  "ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>" \
  "</Types>\n"

#define PACKAGE_RELS \
  XML_HEAD "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
  "<Relationship Id=\"rId1\" " \
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" " \
  "Target=\"word/document.xml\"/>" \
  "<Relationship Id=\"rId2\" " \
  "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" " \
  "Target=\"docProps/core.xml\"/>" \
  "<Relationship Id=\"rId3\" " \
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" " \
  "Target=\"docProps/custom.xml\"/>" \
  "</Relationships>\n"

#define DOCUMENT_RELS \
  XML_HEAD "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
  "<Relationship Id=\"rIdStyles\" " \
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" \
  "<Relationship Id=\"rIdNumbering\" " \
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>" \
  "<Relationship Id=\"rIdHeader\" " \
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>" \
  "<Relationship Id=\"rIdFooter\" " \
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>" \
  "</Relationships>\n"

GBytes *
_concord_office_write_docx (OfficeDoc  *doc,
                            GError    **error)
{
  g_autoptr(OfficeZip) zip = _concord_office_zip_new (error);
  struct
  {
    const char *name;
    GString    *content;
  } parts[] = {
    { "[Content_Types].xml", g_string_new (CONTENT_TYPES) },
    { "_rels/.rels", g_string_new (PACKAGE_RELS) },
    { "word/_rels/document.xml.rels", g_string_new (DOCUMENT_RELS) },
    { "word/document.xml", document_xml (doc) },
    { "word/styles.xml", styles_xml (doc) },
    { "word/numbering.xml", numbering_xml (doc) },
    { "word/header1.xml", header_xml (doc) },
    { "word/footer1.xml", footer_xml (doc) },
    { "docProps/core.xml", core_xml (doc) },
    { "docProps/custom.xml", custom_xml (doc) },
  };
  gboolean ok = zip != NULL;

  for (guint i = 0; ok && i < G_N_ELEMENTS (parts); i++)
    ok = _concord_office_zip_add (zip, parts[i].name, parts[i].content, FALSE, error);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_string_free (parts[i].content, TRUE);

  return ok ? _concord_office_zip_finish (zip, error) : NULL;
}
