#!/usr/bin/env python3
# wp_documents.py: DOCX and ODT files as a word processor writes them,
# not as Concord does: Heading 1 styles, numbering from multi-level list
# definitions, footnotes, tables, bold terms. The tests describe a
# document once, as blocks, and write it in both formats.
#
# A block is a tuple:
#   ("title", text)                   the Title style
#   ("heading", level, text)          Heading 1, 2 …
#   ("para", text)                    a plain paragraph (**bold** lead)
#   ("list", level, text)             a numbered list paragraph, 0-based
#   ("bullet", level, text)           a bulleted list paragraph
#   ("table", [[cell, …], …])
# A "[fn: …]" at the end of a paragraph's text becomes its footnote.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE = re.compile(r"\s*\[fn: ([^\]]*)\]$")


def _split(text):
    """(bold lead, rest, footnote)"""
    note = None
    m = FOOTNOTE.search(text)
    if m:
        note = m.group(1)
        text = text[:m.start()]
    lead = ""
    if text.startswith("**"):
        end = text.index("**", 2)
        lead, text = text[2:end], text[end + 2:]
    return lead, text, note


# --- DOCX ---------------------------------------------------------------

def _docx_runs(text, footnotes):
    lead, rest, note = _split(text)
    out = ""
    if lead:
        out += f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(lead)}</w:t></w:r>'
    out += f'<w:r><w:t xml:space="preserve">{escape(rest)}</w:t></w:r>'
    if note is not None:
        footnotes.append(note)
        out += (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{len(footnotes)}"/></w:r>')
    return out


def write_docx(path, blocks, title=None, language="en-GB"):
    body = []
    footnotes = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{_docx_runs(block[1], footnotes)}</w:p>')
        elif kind == "heading":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{block[1]}"/></w:pPr>'
                        f'{_docx_runs(block[2], footnotes)}</w:p>')
        elif kind == "para":
            body.append(f'<w:p>{_docx_runs(block[1], footnotes)}</w:p>')
        elif kind in ("list", "bullet"):
            num = 1 if kind == "list" else 2
            body.append(f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{block[1]}"/>'
                        f'<w:numId w:val="{num}"/></w:numPr></w:pPr>{_docx_runs(block[2], footnotes)}</w:p>')
        elif kind == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{_docx_runs(c, footnotes)}</w:p></w:tc>" for c in row)
                           + "</w:tr>" for row in block[1])
            body.append(f"<w:tbl><w:tblPr/>{rows}</w:tbl>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
                f'<w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              + "".join(f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
                        f'<w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr></w:style>' for n in (1, 2, 3))
              + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>'
              '</w:styles>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">'
                 '<w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
                 '<w:lvlText w:val="(%2)"/></w:lvl>'
                 '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
                 '<w:lvlText w:val="(%3)"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1">'
                 '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    notes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             + "".join(f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:footnoteRef/></w:r>'
                       f'<w:r><w:t xml:space="preserve"> {escape(n)}</w:t></w:r></w:p></w:footnote>'
                       for i, n in enumerate(footnotes)) + '</w:footnotes>')
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            + (f"<dc:title>{escape(title)}</dc:title>" if title else "")
            + f"<dc:language>{language}</dc:language></cp:coreProperties>")
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{rels_ns}">'
                   f'<Relationship Id="rId1" Type="{office}/officeDocument" Target="word/document.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                   'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{rels_ns}">'
                   f'<Relationship Id="rId1" Type="{office}/styles" Target="styles.xml"/>'
                   f'<Relationship Id="rId2" Type="{office}/numbering" Target="numbering.xml"/>'
                   f'<Relationship Id="rId3" Type="{office}/footnotes" Target="footnotes.xml"/></Relationships>')
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/numbering.xml", numbering)
        z.writestr("word/footnotes.xml", notes)
        z.writestr("docProps/core.xml", core)


# --- ODT ----------------------------------------------------------------

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')


def _odt_inline(text):
    lead, rest, note = _split(text)
    out = ""
    if lead:
        out += f'<text:span text:style-name="Strong">{escape(lead)}</text:span>'
    out += escape(rest)
    if note is not None:
        out += (f'<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                f'<text:note-body><text:p>{escape(note)}</text:p></text:note-body></text:note>')
    return out


def _odt_list(items, style):
    """items: [(level, text)] as nested text:list elements."""
    out = f'<text:list text:style-name="{style}">'
    i = 0
    while i < len(items):
        level, text = items[i]
        out += f'<text:list-item><text:p text:style-name="List">{_odt_inline(text)}</text:p>'
        j = i + 1
        deeper = []
        while j < len(items) and items[j][0] > level:
            deeper.append(items[j])
            j += 1
        if deeper:
            out += _odt_list(deeper, style).replace(f' text:style-name="{style}"', "", 1)
        out += "</text:list-item>"
        i = j
    return out + "</text:list>"


def write_odt(path, blocks, title=None, language="en-GB"):
    body = []
    pending = []
    pending_kind = None

    def flush():
        nonlocal pending, pending_kind
        if pending:
            body.append(_odt_list(pending, "Numbers" if pending_kind == "list" else "Bullets"))
        pending = []
        pending_kind = None

    for block in blocks:
        kind = block[0]
        if kind in ("list", "bullet"):
            if pending_kind not in (None, kind):
                flush()
            pending_kind = kind
            pending.append((block[1], block[2]))
            continue
        flush()
        if kind == "title":
            body.append(f'<text:p text:style-name="Title">{_odt_inline(block[1])}</text:p>')
        elif kind == "heading":
            body.append(f'<text:h text:style-name="Heading_20_{block[1]}" text:outline-level="{block[1]}">'
                        f'{_odt_inline(block[2])}</text:h>')
        elif kind == "para":
            body.append(f'<text:p text:style-name="Text_20_body">{_odt_inline(block[1])}</text:p>')
        elif kind == "table":
            rows = "".join("<table:table-row>" + "".join(
                f"<table:table-cell><text:p>{_odt_inline(c)}</text:p></table:table-cell>" for c in row)
                + "</table:table-row>" for row in block[1])
            columns = max(len(r) for r in block[1])
            body.append(f'<table:table table:name="T{len(body)}"><table:table-column '
                        f'table:number-columns-repeated="{columns}"/>{rows}</table:table>')
    flush()
    number_levels = "".join(
        f'<text:list-level-style-number text:level="{n}" style:num-format="{fmt}" style:num-prefix="{pre}" '
        f'style:num-suffix="{suf}"/>' for n, fmt, pre, suf in ((1, "1", "", "."), (2, "a", "(", ")"),
                                                               (3, "i", "(", ")")))
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}><office:styles>'
              '<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/>'
              '</style:style><style:style style:name="Title" style:family="paragraph"/>'
              f'<text:list-style style:name="Numbers">{number_levels}</text:list-style>'
              '<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" '
              'text:bullet-char="•"/><text:list-level-style-bullet text:level="2" text:bullet-char="◦"/>'
              '</text:list-style></office:styles></office:document-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS}><office:meta>'
            + (f"<dc:title>{escape(title)}</dc:title>" if title else "")
            + f"<dc:language>{language}</dc:language></office:meta></office:document-meta>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                   '<manifest:file-entry manifest:full-path="/" '
                   'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                   '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>')
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
        z.writestr("meta.xml", meta)
