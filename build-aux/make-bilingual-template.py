#!/usr/bin/env python3
# make-bilingual-template.py: a bilingual template from a Welsh template
# and its English original, which share their ids: the Welsh text stays
# first, the English becomes each field's translated- counterpart.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: make-bilingual-template.py FIRST.mou SECOND.mou ID OUT.mou
# (then concord-cli fmt OUT.mou for the canonical form)

import copy
import sys
import xml.etree.ElementTree as ET

NS = "urn:concord:mou:1"
Q = lambda name: f"{{{NS}}}{name}"
BLOCKS = {Q("p"), Q("item"), Q("subheading"), Q("table")}

# Clauses the first language's text has and the original lacks, in the
# second language.
EXTRA = {
    "gen-language": ("The Welsh language",
                     "The parties will treat the Welsh and English languages equally in the "
                     "<term-ref ref=\"term-partnership\"/>, and will comply with the Welsh language "
                     "standards that apply to each of them. Anyone may correspond with either party in "
                     "Welsh, in writing, by telephone or face to face at a meeting."),
}


def by_id(root):
    return {e.get("id"): e for e in root.iter() if e.get("id") is not None}


def insert_after(parent, anchor, new):
    children = list(parent)
    parent.insert(children.index(anchor) + 1, new)


def text_element(name, source):
    element = ET.Element(Q(name))
    element.text = source.text
    for child in source:
        element.append(copy.deepcopy(child))
    return element


def has_text(element):
    return element is not None and ((element.text or "").strip() or len(element))


def main():
    first_path, second_path, new_id, out = sys.argv[1:5]
    ET.register_namespace("", NS)
    first = ET.parse(first_path).getroot()
    second = ET.parse(second_path).getroot()
    others = by_id(second)
    first.set("id", new_id)
    first.set("translation", second.get("language"))

    title = first.find(Q("title"))
    if has_text(second.find(Q("title"))):
        insert_after(first, title, text_element("translated-title", second.find(Q("title"))))
    recitals = first.find(Q("recitals"))
    if recitals is not None and second.find(Q("recitals")) is not None:
        translated = ET.Element(Q("translated-recitals"))
        translated.extend(copy.deepcopy(list(second.find(Q("recitals")))))
        insert_after(first, recitals, translated)

    for element in list(first.iter()):
        other = others.get(element.get("id"))
        tag = element.tag
        if tag == Q("party") and other is not None:
            for field in ("name", "short-name"):
                mine, theirs = element.find(Q(field)), other.find(Q(field))
                if mine is not None and has_text(theirs):
                    insert_after(element, mine, text_element("translated-" + field, theirs))
        elif tag == Q("term") and other is not None:
            element.append(text_element("translated-name", other.find(Q("name"))))
            element.append(text_element("translated-meaning", other.find(Q("meaning"))))
        elif tag in (Q("section"), Q("annex")) and other is not None:
            insert_after(element, element.find(Q("heading")),
                         text_element("translated-heading", other.find(Q("heading"))))
        if tag in (Q("clause"), Q("annex")):
            body = ET.Element(Q("translated-body"))
            if other is not None:
                body.extend(copy.deepcopy([c for c in other if c.tag in BLOCKS]))
                heading = other.find(Q("heading"))
            else:
                words, text = EXTRA[element.get("id")]
                heading = ET.fromstring(f'<heading xmlns="{NS}">{words}</heading>')
                body.append(ET.fromstring(f'<p xmlns="{NS}">{text}</p>'))
            if tag == Q("clause") and heading is not None:
                insert_after(element, element.find(Q("heading")), text_element("translated-heading", heading))
            blocks = [c for c in element if c.tag in BLOCKS]
            insert_after(element, blocks[-1] if blocks else element.find(Q("heading")), body)

    ET.ElementTree(first).write(out, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    main()
