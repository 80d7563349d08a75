#!/usr/bin/python3
# generate.py: the one seeded generator of Concord memoranda.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every test and benchmark that needs a synthetic memorandum uses this
# script, so that "seed N" means the same document everywhere.  The output
# is a valid .mou document (data/concord.rng) written in exactly the
# canonical form of docs/FORMAT.md: loading it and saving it again must give
# the same bytes.
#
# Determinism: all randomness comes from one random.Random(seed); nothing
# reads the clock, the environment or the global random state.  Python's
# Random is stable for a given seed across 3.x releases for the calls used
# here (random, randint, randrange, choice, choices, sample, shuffle).
#
# Usage:
#   generate.py --seed N [--clauses N] [--words MIN:MAX] [--parties N]
#               [--unicode] -o FILE|-
#
# The benchmark document:
#   generate.py --seed 1 --clauses 2000 --words 60:150 --parties 6 -o big.mou

import argparse
import datetime
import sys

import random

NS = "urn:concord:mou:1"

# ---------------------------------------------------------------------------
# Vocabulary.  Plain ASCII words, none of which needs escaping.

WORDS = """
a a a a an the the the the the the the the of of of of of to to to to and
and and and in in in for for for with with on on by by as as at from that
that which will will will shall shall may may must should not not be be is
are each any all other such its their this these those or or under within
between where when if only also including without before after upon into
accountability accountable accounts achieve action actions activity adequate
advice agree agreed agreement aims allocate annual appropriate arrangements
assessment assurance audit authority available balance basis behalf benefit
board boundaries boundary budget business capacity capability care case
central challenge change children clear collaborate collaboration collective
commission commitment commitments common communities community completion
compliance concerns conduct confidential confidentiality consider
consultation context continue contract contribute cooperation coordinate
council councils criteria data decision decisions delegate delivery
department description designated determine develop development direction
discharge discuss dispute duties duty early education effective efficient
element ensure equality escalate escalation establish evaluation evidence
exchange expectations expertise failure families financial findings framework
function functions funding further governance government guidance
implementation improvement independent information inspection inspectorate
instance intervention issues joint judgement jurisdiction key lead leadership
learning legal legislation level local matters measures meeting meetings
minister monitor monitoring national necessary notice notify objectives
obligations officers operational organisation organisations outcomes
oversight participation particular partners partnership party parties peer
performance period plan planning policy position powers practice principles
priorities procedures process progress promote proportionate protocol provide
provision public purpose quality reasonable receive recommendations record
reform regard regional relevant remit report reporting reports request
require requirements resolution resources respect respective responsibilities
responsibility responsible review risk role roles safeguarding scope sector
secure senior service services share shared sharing significant social
specific staff standards statement statutory strategic strategy structure
submit support sustainable system systems targets terms timely transparency
transparent understanding undertake urgent value views welfare well-being
whole work working writing year young
""".split()

# Sprinkled into running text and fields with --unicode: Welsh with
# circumflexed w and y, Arabic, Chinese, emoji, precomposed Latin letters and
# text that must be escaped.  All strings are NFC.
UNICODE_WORDS = [
    "dŵr", "tŷ", "gŵyl", "ŷd", "Gwasanaethau", "cymuned", "llywodraeth",
    "Ŵyr", "Ŷ", "mae’r", "Cymru",
    "مذكرة", "تفاهم", "المساءلة", "الحكومة المحلية",
    "谅解备忘录", "问责", "地方政府", "儿童服务",
    "🤝", "📄", "✅", "👩‍⚖️", "🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "naïve", "café", "Zürich", "São", "Ærø", "–", "—", "“quoted”", "§ 4",
    "&", "R&D", "<draft>", "a < b", "c > d", "\"the Parties\"", "&amp;",
    "'single'", "]]>", "&#13;",
]

ORG_ADJ = ["National", "Regional", "Local", "Joint", "Independent", "Welsh",
           "Northern", "Metropolitan", "County", "Combined", "Royal",
           "Central", "Civic", "Public"]
ORG_TYPE = ["Association", "Society", "Department", "Inspectorate", "Board",
            "Council", "Trust", "Commission", "Authority", "Office",
            "Partnership", "Network", "Agency", "Forum"]
ORG_SUBJECT = ["Local Government", "Children's Services", "Education",
               "Health and Well-Being", "Social Care", "Housing",
               "Chief Executives", "Public Health", "Youth Justice",
               "Adult Services", "Early Years", "Skills", "Transport",
               "Community Safety", "Audit", "Standards"]
UNICODE_ORGS = [
    "Cymdeithas Llywodraeth Leol Cymru (CLlLC)",
    "Bwrdd Iechyd & Gofal \"Tŷ Gwyn\"",
    "هيئة التفتيش على الخدمات",
    "地方政府协会",
    "Partnership <Interim> for Dŵr Cymru 🤝",
]
FIRST_NAMES = ["Alex", "Bethan", "Chidi", "Dafydd", "Eleanor", "Farah",
               "Gareth", "Hannah", "Imran", "Jo", "Kwame", "Lowri", "Mei",
               "Niamh", "Owain", "Priya", "Rhys", "Sian", "Tomasz", "Yusuf"]
LAST_NAMES = ["Ahmed", "Bennett", "Chen", "Davies", "Evans", "Fraser",
              "Griffiths", "Hughes", "Iqbal", "Jones", "Kowalski", "Lewis",
              "Morgan", "Nwosu", "O'Brien", "Patel", "Roberts", "Smith",
              "Thomas", "Williams"]
UNICODE_PEOPLE = ["Siân Gwenllïan", "Ŵyn Llŷr", "محمد العلي", "王小明",
                  "Zoë O\"Neill & Partners"]
TITLES = ["Chief Executive", "Chair", "Director of Children's Services",
          "Chief Inspector", "Permanent Secretary", "President",
          "Chair, Health and Well-Being Board", "Director General",
          "Leader of the Council", "Secretary"]
TERMS = ["the Scheme", "the Fund", "the Programme", "the Framework",
         "the Protocol", "the Plan", "Improvement Partner", "the Board",
         "Lead Officer", "the Review", "Relevant Authority",
         "Working Day", "the Panel", "Confidential Information"]
TO_BODIES = ["local communities", "Parliament", "the Senedd",
             "the Secretary of State", "the Public Accounts Committee",
             "service users and their families", "the National Audit Office"]
UNICODE_TO_BODIES = ["cymunedau lleol (local communities)",
                     "the \"Assembly\" & its committees",
                     "المجتمعات المحلية", "<interim> board\twith a tab",
                     "first line\nsecond line"]
AREAS = sorted([
    "post-inspection-improvement", "data-sharing", "peer-review",
    "sector-led-improvement", "safeguarding", "workforce", "funding",
    "intervention", "performance-reporting", "commissioning",
    "complaints", "communications",
])
MECHANISMS = ["reporting", "inspection", "intervention", "audit", "election"]
PLACEHOLDERS = ["name of the fund", "date of commencement", "amount",
                "name of lead officer", "number of days", "web address",
                "title of the report", "organisation name"]
SECTION_HEADINGS = {
    "purpose": ["Purpose", "Purpose and scope", "Background and purpose",
                "Aims of this memorandum"],
    "roles": ["Roles", "Roles and responsibilities", "Responsibilities",
              "What each party will do"],
    "boundaries": ["Boundaries", "Boundaries between the parties",
                   "Hand-over points", "Limits of each remit"],
    "accountability": ["Accountability", "Accountability and oversight",
                       "Who answers to whom", "Reporting and assurance"],
    "general": ["General", "Governance", "Dispute resolution",
                "Review of this memorandum", "Confidentiality",
                "Data sharing", "Communications", "Status of this memorandum"],
}
SECTION_KINDS = ["purpose", "roles", "boundaries", "accountability",
                 "general"]
CLAUSE_KIND_FOR_SECTION = {
    "purpose": "general",
    "roles": "role",
    "boundaries": "boundary",
    "accountability": "accountability",
    "general": "general",
}
CLAUSE_KINDS = ["general", "role", "boundary", "accountability"]
MARKINGS = ["OFFICIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED"]


# ---------------------------------------------------------------------------
# Canonical escaping (docs/FORMAT.md).

def esc_text(s):
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    if "\r" in s:
        s = s.replace("\r", "&#13;")
    return s


def esc_attr(s):
    s = esc_text(s)
    if '"' in s:
        s = s.replace('"', "&quot;")
    if "\t" in s:
        s = s.replace("\t", "&#9;")
    if "\n" in s:
        s = s.replace("\n", "&#10;")
    return s


def attrs(pairs):
    """Attributes in the order given, skipping None values."""
    return "".join(' %s="%s"' % (k, esc_attr(v)) for k, v in pairs
                   if v is not None)


class Writer:
    """Appends canonical lines to a list of strings."""

    def __init__(self):
        self.out = []

    def line(self, depth, s):
        self.out.append("  " * depth + s + "\n")

    def open(self, depth, name, pairs=()):
        self.line(depth, "<%s%s>" % (name, attrs(pairs)))

    def close(self, depth, name):
        self.line(depth, "</%s>" % name)

    def text_element(self, depth, name, text, pairs=()):
        """A text-only element; <x/> when it has no text."""
        a = attrs(pairs)
        if text:
            self.line(depth, "<%s%s>%s</%s>" % (name, a, esc_text(text), name))
        else:
            self.line(depth, "<%s%s/>" % (name, a))

    def field(self, depth, name, text, placeholder=None):
        """An optional field: written only with text or a placeholder.

        A field that has text is written without its placeholder, so the
        generator never produces both (see the report on FORMAT.md).
        """
        if text:
            self.text_element(depth, name, text)
        elif placeholder:
            self.text_element(depth, name, "", [("placeholder", placeholder)])

    def running(self, depth, name, inline, pairs=()):
        """Running text: already-serialised inline content on one line."""
        a = attrs(pairs)
        if inline:
            self.line(depth, "<%s%s>%s</%s>" % (name, a, inline, name))
        else:
            self.line(depth, "<%s%s/>" % (name, a))


# ---------------------------------------------------------------------------
# The document.

class Generator:
    def __init__(self, seed, clauses, words, parties, unicode):
        self.rng = random.Random(seed)
        rng = self.rng
        self.unicode = unicode
        self.words_min, self.words_max = words
        self.n_clauses = (clauses if clauses is not None
                          else rng.randint(5, 40))
        self.n_parties = (parties if parties is not None
                          else rng.randint(2, 8))
        self.w = Writer()
        self.party_ids = []
        self.signatories = []
        self.term_ids = []
        # Clause ids are fixed before any text is written, so that
        # cross-references may point forwards as well as backwards.
        self.clause_ids = ["c%d" % (i + 1) for i in range(self.n_clauses)]

    # -- small pieces -------------------------------------------------------

    def maybe(self, p):
        return self.rng.random() < p

    def word(self):
        if self.unicode and self.maybe(0.08):
            return self.rng.choice(UNICODE_WORDS)
        return self.rng.choice(WORDS)

    def phrase(self, lo, hi, capital=True):
        """A short plain phrase for headings, names and notes."""
        n = self.rng.randint(lo, hi)
        ws = [self.word() for _ in range(n)]
        s = " ".join(ws)
        return s[:1].upper() + s[1:] if capital else s

    def sentence(self, lo, hi):
        return self.phrase(lo, hi) + "."

    def date(self, lo_year=2024, hi_year=2031):
        lo = datetime.date(lo_year, 1, 1).toordinal()
        hi = datetime.date(hi_year, 12, 31).toordinal()
        return datetime.date.fromordinal(self.rng.randint(lo, hi)).isoformat()

    def person(self):
        if self.unicode and self.maybe(0.3):
            return self.rng.choice(UNICODE_PEOPLE)
        return "%s %s" % (self.rng.choice(FIRST_NAMES),
                          self.rng.choice(LAST_NAMES))

    def inline_element(self):
        """One inline element, serialised, or None if none applies."""
        rng = self.rng
        r = rng.random()
        if r < 0.55 and self.party_ids:
            ref = rng.choice(self.party_ids)
            if rng.random() < 0.2:
                return '<party-ref ref="%s" form="full"/>' % ref
            return '<party-ref ref="%s"/>' % ref
        if r < 0.75 and self.term_ids:
            return '<term-ref ref="%s"/>' % rng.choice(self.term_ids)
        if r < 0.93 and self.clause_ids:
            return '<clause-ref ref="%s"/>' % rng.choice(self.clause_ids)
        return "<placeholder>%s</placeholder>" % esc_text(
            rng.choice(PLACEHOLDERS))

    def inline(self, n):
        """Serialised running text of about n words.

        Sentences of 6-20 words, a capital at the start of each, commas now
        and then, and an inline element for roughly one word in twenty.
        Text never starts or ends with a space and never holds a newline.
        """
        rng = self.rng
        if n <= 0:
            n = 1
        if self.unicode:
            toks = [self.word() for _ in range(n)]
        else:
            toks = rng.choices(WORDS, k=n)
        k = n // 20 + rng.randint(0, 1)
        for i in rng.sample(range(n), min(k, n)):
            toks[i] = None  # an inline element goes here
        parts = []
        until_stop = rng.randint(6, 20)
        start = True
        for i, t in enumerate(toks):
            if t is None:
                t = self.inline_element()
            else:
                t = esc_text(t)
                if start:
                    t = t[:1].upper() + t[1:]
            start = False
            until_stop -= 1
            last = i == n - 1
            if last or until_stop == 0:
                t += "."
                until_stop = rng.randint(6, 20)
                start = True
            elif rng.random() < 0.06:
                t += ","
            parts.append(t)
            if not last:
                parts.append(" ")
        return "".join(parts)

    def blocks(self, depth, nwords, max_paras=3, max_items=3):
        """Paragraphs and items: a lead-in, items, then the rest."""
        rng = self.rng
        nparas = rng.randint(1, max_paras)
        nitems = rng.randint(0, max_items)
        nblocks = nparas + nitems
        # Split the words among the blocks, at least three words each.
        nwords = max(nwords, 3 * nblocks)
        cuts = sorted(rng.sample(range(1, nwords - 2 * nblocks + 1),
                                 nblocks - 1)) if nblocks > 1 else []
        sizes = []
        prev = 0
        for c in cuts + [nwords - 2 * nblocks]:
            sizes.append(c - prev + 2)
            prev = c
        kinds = ["p"] + ["item"] * nitems + ["p"] * (nparas - 1)
        previous_item = False
        for kind, size in zip(kinds, sizes):
            text = self.inline(size)
            if kind == "p":
                self.w.running(depth, "p", text)
                previous_item = False
            else:
                level = "2" if previous_item and rng.random() < 0.35 else None
                self.w.running(depth, "item", text, [("level", level)])
                previous_item = True

    # -- parts of the memorandum --------------------------------------------

    def org_names(self, n):
        rng = self.rng
        names = []
        seen = set()
        for i in range(n):
            if self.unicode and i < len(UNICODE_ORGS) and self.maybe(0.5):
                name = UNICODE_ORGS[i]
                short = None if self.maybe(0.5) else "Org%d" % (i + 1)
            else:
                adj = rng.choice(ORG_ADJ)
                typ = rng.choice(ORG_TYPE)
                subj = rng.choice(ORG_SUBJECT)
                if rng.random() < 0.5:
                    name = "%s %s of %s" % (adj, typ, subj)
                else:
                    name = "%s %s %s" % (adj, subj, typ)
                short = "".join(w[0] for w in name.split() if w[0].isupper())
            while name in seen:
                name += " (%d)" % (i + 1)
            seen.add(name)
            names.append((name, short))
        return names

    def parties(self, depth):
        rng = self.rng
        n = self.n_parties
        if n == 0:
            self.w.line(depth, "<parties/>")
            return
        self.w.open(depth, "parties")
        for i, (name, short) in enumerate(self.org_names(n)):
            pid = "p%d" % (i + 1)
            kind = ("signatory" if i < 2 or rng.random() < 0.6
                    else "stakeholder")
            colour = ("#%06x" % rng.getrandbits(24)
                      if rng.random() < 0.6 else None)
            self.party_ids.append(pid)
            if kind == "signatory":
                self.signatories.append(pid)
            self.w.open(depth + 1, "party",
                        [("id", pid), ("kind", kind), ("colour", colour)])
            self.w.text_element(depth + 2, "name", name)
            if short and rng.random() < 0.85:
                self.w.field(depth + 2, "short-name", short)
            r = rng.random()
            if r < 0.5:
                self.w.field(depth + 2, "description",
                             "The " + self.phrase(4, 14, capital=False))
            elif r < 0.6:
                self.w.field(depth + 2, "description", "",
                             "What this organisation is")
            if kind == "signatory":
                r = rng.random()
                if r < 0.6:
                    self.w.field(depth + 2, "signatory-person", self.person())
                elif r < 0.75:
                    self.w.field(depth + 2, "signatory-person", "",
                                 "Name of signatory")
                if rng.random() < 0.8:
                    self.w.field(depth + 2, "signatory-title",
                                 rng.choice(TITLES))
            self.w.close(depth + 1, "party")
        self.w.close(depth, "parties")

    def definitions(self, depth):
        rng = self.rng
        n = rng.randint(0, 6)
        if n == 0:
            return
        all_terms = ["t%d" % (i + 1) for i in range(n)]
        self.w.open(depth, "definitions")
        for tid, name in zip(all_terms, rng.sample(TERMS, n)):
            if self.unicode and rng.random() < 0.3:
                name += " " + rng.choice(UNICODE_WORDS)
            # A meaning may use the other terms, never its own.
            self.term_ids = [t for t in all_terms if t != tid]
            self.w.open(depth + 1, "term", [("id", tid)])
            self.w.text_element(depth + 2, "name", name)
            self.w.running(depth + 2, "meaning",
                           self.inline(rng.randint(8, 30)))
            self.w.close(depth + 1, "term")
        self.term_ids = all_terms
        self.w.close(depth, "definitions")

    def recitals(self, depth):
        rng = self.rng
        n = rng.randint(0, 4)
        if n == 0:
            return
        self.w.open(depth, "recitals")
        for _ in range(n):
            self.w.running(depth + 1, "p", self.inline(rng.randint(15, 50)))
        if rng.random() < 0.3:
            self.w.running(depth + 1, "item", self.inline(rng.randint(5, 20)))
            self.w.running(depth + 1, "item", self.inline(rng.randint(5, 20)),
                           [("level", "2")])
        self.w.close(depth, "recitals")

    def section_plan(self):
        """(kind, number of clauses) for each section, every kind present
        when there are at least five clauses."""
        rng = self.rng
        n = self.n_clauses
        if n == 0:
            nsec = rng.randint(0, 2)
            return [(rng.choice(SECTION_KINDS), 0) for _ in range(nsec)]
        nsec = max(1, min(n, 5 + n // 10))
        kinds = SECTION_KINDS[:min(nsec, 5)]
        kinds += [rng.choice(SECTION_KINDS) for _ in range(nsec - len(kinds))]
        rng.shuffle(kinds)
        # Purpose first, as memoranda usually begin.
        if "purpose" in kinds:
            kinds.remove("purpose")
            kinds.insert(0, "purpose")
        cuts = sorted(rng.sample(range(1, n), nsec - 1)) if nsec > 1 else []
        counts = [b - a for a, b in zip([0] + cuts, cuts + [n])]
        return list(zip(kinds, counts))

    def clause_attributes(self, cid, kind):
        rng = self.rng
        r = rng.random()
        status = ("agreed" if r < 0.6 else
                  "proposed" if r < 0.9 else "disputed")
        pairs = [("id", cid), ("kind", kind), ("status", status),
                 ("numbered", "false" if rng.random() < 0.05 else None)]
        parties = self.party_ids
        if kind == "role" and parties and rng.random() < 0.95:
            pairs.append(("owner", rng.choice(parties)))
        elif kind == "boundary" and len(parties) >= 2 and rng.random() < 0.95:
            k = rng.randint(2, min(4, len(parties)))
            chosen = rng.sample(range(len(parties)), k)
            split = rng.randint(1, k - 1)
            side_a = sorted(chosen[:split])
            side_b = sorted(chosen[split:])
            pairs.append(("side-a", " ".join(parties[i] for i in side_a)))
            pairs.append(("side-b", " ".join(parties[i] for i in side_b)))
        elif kind == "accountability" and parties and rng.random() < 0.95:
            who = rng.choice(parties)
            pairs.append(("accountable", who))
            others = [p for p in parties if p != who]
            if others and rng.random() < 0.5:
                pairs.append(("to", rng.choice(others)))
            else:
                bodies = TO_BODIES
                if self.unicode and rng.random() < 0.5:
                    bodies = UNICODE_TO_BODIES
                pairs.append(("to-body", rng.choice(bodies)))
            if rng.random() < 0.9:
                k = rng.randint(1, 3)
                chosen = sorted(rng.sample(range(len(MECHANISMS)), k))
                pairs.append(("mechanisms",
                              " ".join(MECHANISMS[i] for i in chosen)))
        if rng.random() < 0.7:
            k = rng.randint(1, 3)
            chosen = sorted(rng.sample(range(len(AREAS)), k))
            pairs.append(("areas", " ".join(AREAS[i] for i in chosen)))
        return pairs

    def clause(self, depth, cid, kind):
        rng = self.rng
        self.w.open(depth, "clause", self.clause_attributes(cid, kind))
        if rng.random() < 0.7:
            self.w.text_element(depth + 1, "heading", self.phrase(2, 6))
        nwords = rng.randint(self.words_min, self.words_max)
        self.blocks(depth + 1, nwords)
        if rng.random() < 0.15:
            for _ in range(rng.randint(1, 2)):
                self.w.text_element(depth + 1, "note", self.sentence(5, 18))
        self.w.close(depth, "clause")

    def sections(self, depth):
        rng = self.rng
        ids = iter(self.clause_ids)
        for si, (skind, count) in enumerate(self.section_plan()):
            heading = rng.choice(SECTION_HEADINGS[skind])
            if self.unicode and rng.random() < 0.2:
                heading += " " + rng.choice(UNICODE_WORDS)
            sid = "s%d" % (si + 1)
            self.w.open(depth, "section", [("id", sid), ("kind", skind)])
            self.w.text_element(depth + 1, "heading", heading)
            for _ in range(count):
                if rng.random() < 0.8:
                    kind = CLAUSE_KIND_FOR_SECTION[skind]
                else:
                    kind = rng.choice(CLAUSE_KINDS)
                self.clause(depth + 1, next(ids), kind)
            self.w.close(depth, "section")

    def annexes(self, depth):
        rng = self.rng
        for i in range(rng.randint(0, 3)):
            self.w.open(depth, "annex", [("id", "a%d" % (i + 1))])
            self.w.text_element(depth + 1, "heading", self.phrase(2, 6))
            self.blocks(depth + 1, rng.randint(30, 120), max_paras=3,
                        max_items=5)
            self.w.close(depth, "annex")

    def signatures(self, depth):
        rng = self.rng
        if not self.signatories or rng.random() < 0.1:
            return
        self.w.open(depth, "signatures")
        for pid in self.signatories:
            fields = []
            r = rng.random()
            if r < 0.6:
                fields.append(("person", self.person(), None))
            elif r < 0.7:
                fields.append(("person", "", "Name"))
            if rng.random() < 0.6:
                fields.append(("title", rng.choice(TITLES), None))
            r = rng.random()
            if r < 0.5:
                fields.append(("date", self.date(), None))
            elif r < 0.6:
                fields.append(("date", "", "Date of signature"))
            if rng.random() < 0.4:
                place = rng.choice(["London", "Cardiff", "Caerdydd",
                                    "Manchester", "Birmingham", "Leeds"])
                fields.append(("place", place, None))
            if not fields:
                self.w.line(depth + 1, '<signature party="%s"/>' % pid)
                continue
            self.w.open(depth + 1, "signature", [("party", pid)])
            for name, text, placeholder in fields:
                self.w.field(depth + 2, name, text, placeholder)
            self.w.close(depth + 1, "signature")
        self.w.close(depth, "signatures")

    def document_control(self, depth):
        rng = self.rng
        if rng.random() < 0.15:
            return
        n = rng.randint(1, 5)
        self.w.open(depth, "document-control")
        lo = datetime.date(2024, 1, 1).toordinal()
        day = lo
        for i in range(n):
            day += rng.randint(3, 60)
            version = "0.%d" % (i + 1) if i < n - 1 else "1.0"
            date = (datetime.date.fromordinal(day).isoformat()
                    if rng.random() < 0.9 else None)
            author = self.person() if rng.random() < 0.8 else None
            summary = self.sentence(3, 12) if rng.random() < 0.95 else ""
            self.w.text_element(depth + 1, "entry", summary,
                                [("version", version), ("date", date),
                                 ("author", author)])
        self.w.close(depth, "document-control")

    def memorandum(self):
        rng = self.rng
        w = self.w
        mid = "mou-%08x" % rng.getrandbits(32)
        status = rng.choice(["draft", "agreed", "signed"])
        numbering = "continuous" if rng.random() < 0.3 else None
        item_style = "alpha" if rng.random() < 0.4 else None
        annex_style = "number" if rng.random() < 0.3 else None
        w.out.append('<?xml version="1.0" encoding="UTF-8"?>\n')
        w.open(0, "memorandum",
               [("xmlns", NS), ("format-version", "1"), ("id", mid),
                ("status", status), ("language", "en-GB"),
                ("numbering", numbering), ("item-style", item_style),
                ("annex-style", annex_style)])
        title = "Memorandum of Understanding on " + self.phrase(
            3, 8, capital=False)
        w.text_element(1, "title", title)
        r = rng.random()
        if r < 0.7:
            w.field(1, "reference", "MOU/%d/%03d" % (
                rng.randint(2024, 2030), rng.randint(1, 999)))
        elif r < 0.85:
            w.field(1, "reference", "", "Reference")
        w.text_element(1, "revision", str(rng.randint(0, 40)))
        for name in ("effective-date", "review-date"):
            r = rng.random()
            if r < 0.6:
                w.field(1, name, self.date())
            elif r < 0.8:
                w.field(1, name, "", "To be agreed")
        if rng.random() < 0.6:
            w.field(1, "marking", rng.choice(MARKINGS))
        self.parties(1)
        self.definitions(1)
        self.recitals(1)
        self.sections(1)
        self.annexes(1)
        self.signatures(1)
        self.document_control(1)
        w.close(0, "memorandum")
        return "".join(w.out)


# ---------------------------------------------------------------------------

def words_range(s):
    try:
        lo, hi = (int(x) for x in s.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError("expected MIN:MAX, e.g. 60:150")
    if lo < 1 or hi < lo:
        raise argparse.ArgumentTypeError("need 1 <= MIN <= MAX")
    return lo, hi


def non_negative(s):
    n = int(s)
    if n < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Write a seeded, valid, canonical Concord memorandum.")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--clauses", type=non_negative,
                    help="number of clauses (default: random 5-40)")
    ap.add_argument("--words", type=words_range, default=(60, 150),
                    metavar="MIN:MAX",
                    help="words per clause body (default 60:150)")
    ap.add_argument("--parties", type=non_negative,
                    help="number of parties (default: random 2-8)")
    ap.add_argument("--unicode", action="store_true",
                    help="mix in Welsh, Arabic, Chinese, emoji and "
                         "characters that need escaping")
    ap.add_argument("-o", "--output", required=True, metavar="FILE",
                    help="output file, or - for standard output")
    args = ap.parse_args(argv)

    gen = Generator(args.seed, args.clauses, args.words, args.parties,
                    args.unicode)
    data = gen.memorandum().encode("utf-8")
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        with open(args.output, "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
