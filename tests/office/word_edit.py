# word_edit.py: edits a DOCX as Word records a reviewer's work: tracked
# insertions and deletions (w:ins, w:del with author and date), a
# paragraph inserted and one deleted with its mark, and a comment
# (word/comments.xml, its relationship and content type, and the
# commentRangeStart/End and commentReference in the text). A stand-in for
# the counterparty, for tests/office.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTHOR = 'w:author="Robin Counsel" w:date="2026-12-03T10:00:00Z"'


class WordEdit:
    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            self.parts = {name: z.read(name) for name in z.namelist()}
        self.document = self.parts["word/document.xml"].decode()
        self.next_id = 900
        self.comments = []

    def _id(self):
        self.next_id += 1
        return self.next_id

    def paragraphs(self):
        return list(re.finditer(r"<w:p>.*?</w:p>", self.document, re.S))

    def paragraph_with(self, text):
        for m in self.paragraphs():
            if text in m.group(0):
                return m
        raise AssertionError(f"no paragraph has {text!r}")

    def _replace_paragraph(self, m, new):
        self.document = self.document[:m.start()] + new + self.document[m.end():]

    def replace_words(self, old, new):
        """Delete `old` (within one run) and insert `new` in its place."""
        m = self.paragraph_with(old)
        p = m.group(0)
        run = re.search(r'<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">([^<]*' + re.escape(old) +
                        r'[^<]*)</w:t></w:r>', p)
        assert run, old
        before, after = run.group(2).split(old, 1)
        props = run.group(1) or ""
        pieces = []
        if before:
            pieces.append(f'<w:r>{props}<w:t xml:space="preserve">{before}</w:t></w:r>')
        pieces.append(f'<w:del w:id="{self._id()}" {AUTHOR}><w:r>{props}<w:delText xml:space="preserve">{old}'
                      f'</w:delText></w:r></w:del>')
        if new:
            pieces.append(f'<w:ins w:id="{self._id()}" {AUTHOR}><w:r>{props}<w:t xml:space="preserve">{new}'
                          f'</w:t></w:r></w:ins>')
        if after:
            pieces.append(f'<w:r>{props}<w:t xml:space="preserve">{after}</w:t></w:r>')
        self._replace_paragraph(m, p[:run.start()] + "".join(pieces) + p[run.end():])

    def insert_at_end(self, text, words):
        """A tracked insertion at the end of the paragraph holding `text`."""
        m = self.paragraph_with(text)
        p = m.group(0)
        ins = f'<w:ins w:id="{self._id()}" {AUTHOR}><w:r><w:t xml:space="preserve">{words}</w:t></w:r></w:ins>'
        self._replace_paragraph(m, p[:-len("</w:p>")] + ins + "</w:p>")

    def insert_paragraph_after(self, text, words, style="ConcordBody"):
        """A new paragraph, its mark and its text tracked as inserted."""
        m = self.paragraph_with(text)
        new = (f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:rPr><w:ins w:id="{self._id()}" {AUTHOR}/></w:rPr>'
               f'</w:pPr><w:ins w:id="{self._id()}" {AUTHOR}><w:r><w:t xml:space="preserve">{words}</w:t></w:r>'
               f'</w:ins></w:p>')
        self.document = self.document[:m.end()] + new + self.document[m.end():]

    def delete_paragraph(self, text):
        """The whole paragraph, its text and its mark, tracked as deleted."""
        m = self.paragraph_with(text)
        p = m.group(0)
        p = re.sub(r'<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>',
                   lambda r: f'<w:del w:id="{self._id()}" {AUTHOR}><w:r>{r.group(1) or ""}'
                             f'<w:delText xml:space="preserve">{r.group(2)}</w:delText></w:r></w:del>', p)
        p = p.replace("</w:pPr>", f'<w:rPr><w:del w:id="{self._id()}" {AUTHOR}/></w:rPr></w:pPr>', 1)
        self._replace_paragraph(m, p)

    def comment(self, text, words):
        """A comment on the paragraph holding `text`."""
        m = self.paragraph_with(text)
        p = m.group(0)
        cid = len(self.comments)
        self.comments.append(words)
        start = p.index("</w:pPr>") + len("</w:pPr>") if "</w:pPr>" in p else len("<w:p>")
        p = (p[:start] + f'<w:commentRangeStart w:id="{cid}"/>' + p[start:-len("</w:p>")] +
             f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r></w:p>')
        self._replace_paragraph(m, p)

    def save(self, path):
        parts = dict(self.parts)
        parts["word/document.xml"] = self.document.encode()
        if self.comments:
            body = "".join(f'<w:comment w:id="{i}" w:author="Robin Counsel" w:date="2026-12-03T10:00:00Z">'
                           f'<w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:comment>' for i, c in enumerate(self.comments))
            parts["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                          f'<w:comments xmlns:w="{W}">{body}</w:comments>').encode()
            types = parts["[Content_Types].xml"].decode()
            types = types.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/'
                                  'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
            parts["[Content_Types].xml"] = types.encode()
            rels = parts["word/_rels/document.xml.rels"].decode()
            rels = rels.replace("</Relationships>", '<Relationship Id="rIdComments" Type="http://schemas.'
                                'openxmlformats.org/officeDocument/2006/relationships/comments" '
                                'Target="comments.xml"/></Relationships>')
            parts["word/_rels/document.xml.rels"] = rels.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
