#!/usr/bin/env python3
# test-language.py: the memorandum's language, not the interface's, decides
# the words the PDF prints.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-language.py --cli PATH --localedir DIR

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest

ARGS = None


def run(*args, env=None, check=0):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env)
    if check is not None and result.returncode != check:
        raise AssertionError(f"{args}: exit {result.returncode}, expected {check}\n"
                             f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def flat(text):
    """Text with hyphenation and line breaks undone, white space folded."""
    text = re.sub(r"\xad\s*", "", text)
    return re.sub(r"\s+", " ", text)


def interface_env(language):
    """An environment in which the interface speaks @language: gettext
    honours LANGUAGE under any locale but C, and finds the build's
    catalogues through CONCORD_LOCALEDIR."""
    env = dict(os.environ)
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": language, "CONCORD_LOCALEDIR": ARGS.localedir})
    return env


class Language(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def new(self, template, name, effective=None):
        path = self.path(name)
        run(ARGS.cli, "new", "--template", template, "-o", path)
        if effective is not None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            text = re.sub(r'<effective-date placeholder="[^"]*"/>',
                          f"<effective-date>{effective}</effective-date>", text, count=1)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        return path

    def export(self, source, *options, env=None):
        out = self.path(os.path.basename(source) + "".join(options) + ".pdf")
        run(ARGS.cli, "export-pdf", source, "-o", out, *options, env=env)
        return out

    def text(self, pdf):
        return run("pdftotext", pdf, "-").stdout

    def test_welsh(self):
        source = self.new("two-party-partnership-cy", "cy.mou", effective="2016-11")
        text = self.text(self.export(source))
        words = flat(text)
        pages = int(re.search(r"Tudalen 1 o (\d+)", words).group(1))
        self.assertGreater(pages, 1)
        for want in ["Memorandwm Cyd-ddealltwriaeth", "Cynnwys", f"Tudalen {pages} o {pages}",
                     "DRAFFT", "Llofnodwyd ar ran", "Atodiad A", "Partïon", "Llofnodion",
                     "Dyddiad dod i rym", "Tachwedd 2016", "Diffiniadau", "Cefndir",
                     "Atodlen: rolau ac atebolrwydd", "Llofnod", "Enw", "Cyfrifol:",
                     "Ffin rhwng", "Atebol:", "drwy adrodd"]:
            self.assertIn(want, words)
        # The letters of Welsh, from the template's own text.
        self.assertIn("ŵ", text)
        self.assertIn("ŷ", text)
        # "pŵer" after "ganddo" takes its soft mutation.
        self.assertIn("bŵer", words)
        self.assertIn("yn y tŷ", words)
        for english in ["Contents", "Page 1 of", "Signed for and on behalf of", "Annex A",
                        "DRAFT", "November", "Signatures", "Schedule", "Responsible",
                        "Boundary between", "Accountable", "reporting"]:
            self.assertNotIn(english, words)

    def test_welsh_counterpart(self):
        source = self.new("two-party-partnership-cy", "cy.mou")
        with open(source, encoding="utf-8") as f:
            text = f.read()
        text = text.replace('<name placeholder="Enw’r sefydliad cyntaf"/>', "<name>Cyngor Sir Ynys Môn</name>", 1)
        with open(source, "w", encoding="utf-8") as f:
            f.write(text)
        words = flat(self.text(self.export(source, "--counterpart", "first-org")))
        self.assertIn("Gwrthran a gedwir gan Cyngor Sir Ynys Môn", words)
        self.assertIn("Gwrthran a gedwir gan", words)
        self.assertNotIn("Counterpart held by", words)

    def test_french(self):
        source = self.new("two-party-partnership-fr", "fr.mou", effective="2016-08")
        words = flat(self.text(self.export(source)))
        pages = int(re.search(r"Page 1 sur (\d+)", words).group(1))
        for want in ["Protocole d’accord", "Sommaire", f"Page {pages} sur {pages}", "PROJET",
                     "Signé pour le compte et au nom de", "Annexe A", "août 2016",
                     "Date d’effet", "Signatures", "Définitions"]:
            self.assertIn(want, words)
        for english in ["Contents", "Page 1 of", "Signed for", "Annex A", "DRAFT", "August"]:
            self.assertNotIn(english, words)

    def test_cross_references_in_french(self):
        # A reference with its word prints the French word for a clause.
        source = self.new("two-party-partnership-fr", "fr.mou")
        with open(source, encoding="utf-8") as f:
            text = f.read()
        text = text.replace('l’article <clause-ref ref="gov-board"/>',
                            '<clause-ref ref="gov-board" form="full"/>', 1)
        with open(source, "w", encoding="utf-8") as f:
            f.write(text)
        words = flat(self.text(self.export(source)))
        self.assertRegex(words, r"institué par article \d+\.\d+")

    def test_interface_language_does_not_change_the_pdf(self):
        source = self.new("two-party-partnership", "en.mou", effective="2016-11")
        english = self.text(self.export(source, env=interface_env("")))
        for language in ["cy", "fr"]:
            env = interface_env(language)
            # The catalogue is really in use: the interface's own messages
            # change language...
            message = run(ARGS.cli, "export-pdf", self.path("missing.mou"), "-o", self.path("x.pdf"),
                          env=env, check=None).stderr
            plain = run(ARGS.cli, "export-pdf", self.path("missing.mou"), "-o", self.path("x.pdf"),
                        env=interface_env(""), check=None).stderr
            self.assertNotEqual(message, plain, f"LANGUAGE={language} changed no message")
            # ...and the English memorandum prints the same text.
            self.assertEqual(self.text(self.export(source, env=env)), english)
        self.assertIn("Page 1 of", flat(english))
        self.assertIn("November 2016", flat(english))

    def test_welsh_interface_keeps_a_french_memorandum_french(self):
        source = self.new("two-party-partnership-fr", "fr.mou")
        plain = self.text(self.export(source, env=interface_env("")))
        self.assertEqual(self.text(self.export(source, env=interface_env("cy"))), plain)
        self.assertIn("Sommaire", plain)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--localedir", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
