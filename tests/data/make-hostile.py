#!/usr/bin/python3
# make-hostile.py: (re)write the corpus of hostile inputs the loader refuses.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every file in tests/data/hostile/ is a small memorandum that is valid (or
# nearly so) except for one defect, and the loader must refuse each of them
# with an error, touching nothing and fetching nothing.  This script writes
# them byte for byte, so the committed files can be checked and rebuilt:
#
#   make-hostile.py                 rewrite tests/data/hostile/*.mou and
#                                   tests/data/crlf.mou (a valid file that
#                                   must be accepted)
#   make-hostile.py --check         report committed files that differ
#   make-hostile.py --big OUTDIR    write only the huge inputs into OUTDIR;
#                                   they are never committed:
#                                     text-40mib.mou  one <p> of 40 MiB text
#                                     deep-100000.mou 100,000 nested elements
#
# Nothing here depends on the clock or on random state: the binary file is
# made from SHA-256 in counter mode.

import argparse
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HOSTILE_DIR = os.path.join(HERE, "hostile")

XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
ROOT_OPEN = ('<memorandum xmlns="urn:concord:mou:1" format-version="1" '
             'id="mou-hostile" status="draft" language="en-GB">\n')

# The body of a valid memorandum.  PARA is where each defect puts its text;
# PREAMBLE (between the XML declaration and the root) holds any DOCTYPE.
TEMPLATE = (
    "{decl}"
    "{preamble}"
    "{root_open}"
    "  <title>Memorandum of Understanding on children's services improvement</title>\n"
    "  <revision>1</revision>\n"
    "  <parties>\n"
    '    <party id="p1" kind="signatory">\n'
    "      <name>Local Government Association</name>\n"
    "      <short-name>LGA</short-name>\n"
    "    </party>\n"
    '    <party id="p2" kind="signatory">\n'
    "      <name>Department for Education</name>\n"
    "      <short-name>DfE</short-name>\n"
    "    </party>\n"
    "  </parties>\n"
    '  <section id="s1" kind="roles">\n'
    "    <heading>Roles</heading>\n"
    '    <clause id="{clause_id}" kind="role" status="agreed" owner="{owner}" '
    'areas="sector-led-improvement">\n'
    "      <heading>Sector-led improvement</heading>\n"
    "      <p>{para}</p>\n"
    "    </clause>\n"
    '    <clause id="c2" kind="accountability" status="proposed" '
    'accountable="p1" to-body="local communities" mechanisms="election">\n'
    '      <p><party-ref ref="p1"/> is accountable first to local '
    "communities.</p>\n"
    "    </clause>\n"
    "  </section>\n"
    "{root_close}"
)

PARA = ('<party-ref ref="p1"/> will lead sector-led improvement and report '
        'to <party-ref ref="p2"/> each year.')


def memorandum(para=PARA, preamble="", root_open=ROOT_OPEN,
               root_close="</memorandum>\n", clause_id="c1", owner="p1"):
    return TEMPLATE.format(decl=XML_DECL, preamble=preamble,
                           root_open=root_open, root_close=root_close,
                           para=para, clause_id=clause_id, owner=owner)


def pseudo_random_bytes(n, label):
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(b"%s:%d" % (label, counter)).digest()
        counter += 1
    return bytes(out[:n])


# ---------------------------------------------------------------------------
# The static corpus.

def xxe_file():
    return memorandum(
        preamble='<!DOCTYPE memorandum [\n'
                 '  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
                 ']>\n',
        para="The password file: &xxe;")


def xxe_network():
    # Port 9 is "discard": nothing should ever connect to it.
    return memorandum(
        preamble='<!DOCTYPE memorandum [\n'
                 '  <!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">\n'
                 ']>\n',
        para="Fetched from the network: &xxe;")


def parameter_entity():
    # A parameter entity that declares a general entity, and an external
    # parameter entity (the out-of-band exfiltration pattern).
    return memorandum(
        preamble='<!DOCTYPE memorandum [\n'
                 '  <!ENTITY % decl "<!ENTITY injected \'declared by a '
                 'parameter entity\'>">\n'
                 '  %decl;\n'
                 '  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
                 '  %remote;\n'
                 ']>\n',
        para="Injected text: &injected;")


def billion_laughs():
    lines = ['<!DOCTYPE memorandum [\n', '  <!ENTITY lol0 "lol">\n']
    for i in range(1, 10):
        refs = "".join("&lol%d;" % (i - 1) for _ in range(10))
        lines.append('  <!ENTITY lol%d "%s">\n' % (i, refs))
    lines.append("]>\n")
    return memorandum(preamble="".join(lines), para="&lol9;")


def quadratic_blowup():
    # One 50,000-character entity referenced 16,000 times: a file of about
    # 100 KB that expands to 800 MB without any nesting of entities.
    big = "a" * 50000
    refs = "&a;" * 16000
    return memorandum(
        preamble='<!DOCTYPE memorandum [\n'
                 '  <!ENTITY a "%s">\n'
                 ']>\n' % big,
        para=refs)


def xinclude():
    return memorandum(
        para='<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
             'href="file:///etc/passwd" parse="text"/>')


def invalid_utf8():
    # 0xC3 followed by "(" is a truncated sequence; 0xFF is never UTF-8.
    doc = memorandum(para="Broken bytes: @@BAD@@ here.").encode("utf-8")
    return doc.replace(b"@@BAD@@", b"\xc3( \xff\xfe")


def nul_byte():
    doc = memorandum(para="A NUL @@NUL@@ in the text.").encode("utf-8")
    return doc.replace(b"@@NUL@@", b"\x00")


def truncated():
    # Cut in the middle of the second clause's start tag.
    doc = memorandum()
    cut = doc.index('<clause id="c2"') + len('<clause id="c2" kind="acc')
    return doc[:cut]


def binary():
    # A PNG signature and the start of an IHDR chunk, then noise.
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    return head + pseudo_random_bytes(4096 - len(head), b"binary.mou")


def wrong_root():
    return memorandum(
        root_open=ROOT_OPEN.replace("<memorandum ", "<memo "),
        root_close="</memo>\n")


def wrong_namespace():
    return memorandum(root_open=ROOT_OPEN.replace("urn:concord:mou:1",
                                                  "urn:concord:mou:999"))


def no_namespace():
    return memorandum(root_open=ROOT_OPEN.replace(
        ' xmlns="urn:concord:mou:1"', ""))


def future_version():
    return memorandum(root_open=ROOT_OPEN.replace('format-version="1"',
                                                  'format-version="2"'))


def duplicate_ids():
    # Valid against the schema: only the loader's id check catches it.
    return memorandum(clause_id="p2")


def dangling_party_ref():
    return memorandum(para='<party-ref ref="p9"/> will lead sector-led '
                           'improvement.')


def dangling_owner():
    return memorandum(owner="p9")


def doctype_only():
    return memorandum(preamble="<!DOCTYPE memorandum>\n")


def with_logo(svg):
    """The first party with an SVG logo, base64 in the file as saved."""
    import base64
    logo = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return memorandum().replace("      <short-name>LGA</short-name>\n",
                                "      <short-name>LGA</short-name>\n"
                                "      <logo>" + logo + "</logo>\n", 1)


def svg_logo_xxe():
    # An entity in the logo would pull the password file into its text.
    return with_logo('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                     '<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>')


def svg_logo_laughs():
    lol = "".join('<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">'
                  % ((i,) + (i - 1,) * 10) for i in range(1, 10))
    return with_logo('<!DOCTYPE svg [<!ENTITY l0 "lollollol">' + lol + ']>'
                     '<svg xmlns="http://www.w3.org/2000/svg"><text>&l9;</text></svg>')


def svg_logo_broken():
    return with_logo('<svg xmlns="http://www.w3.org/2000/svg"><rect width="10"')


def svg_logo_not_svg():
    return with_logo('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')


STATIC = {
    "svg-logo-xxe.mou": svg_logo_xxe,
    "svg-logo-laughs.mou": svg_logo_laughs,
    "svg-logo-broken.mou": svg_logo_broken,
    "svg-logo-not-svg.mou": svg_logo_not_svg,
    "xxe-file.mou": xxe_file,
    "xxe-network.mou": xxe_network,
    "parameter-entity.mou": parameter_entity,
    "billion-laughs.mou": billion_laughs,
    "quadratic-blowup.mou": quadratic_blowup,
    "xinclude.mou": xinclude,
    "invalid-utf8.mou": invalid_utf8,
    "nul-byte.mou": nul_byte,
    "truncated.mou": truncated,
    "empty.mou": lambda: b"",
    "binary.mou": binary,
    "wrong-root.mou": wrong_root,
    "wrong-namespace.mou": wrong_namespace,
    "no-namespace.mou": no_namespace,
    "future-version.mou": future_version,
    "duplicate-ids.mou": duplicate_ids,
    "dangling-party-ref.mou": dangling_party_ref,
    "dangling-owner.mou": dangling_owner,
    "doctype-only.mou": doctype_only,
}


def crlf():
    """A valid memorandum with CRLF line ends: the loader must accept it."""
    return memorandum().replace("\n", "\r\n")


def static_files():
    """(path, bytes) for every committed file this script owns."""
    for name, make in sorted(STATIC.items()):
        data = make()
        if isinstance(data, str):
            data = data.encode("utf-8")
        yield os.path.join(HOSTILE_DIR, name), data
    yield os.path.join(HERE, "crlf.mou"), crlf().encode("utf-8")


# ---------------------------------------------------------------------------
# The huge inputs, streamed so that writing them needs little memory.

def write_text_40mib(path):
    head, tail = memorandum(para="@@TEXT@@").split("@@TEXT@@")
    chunk = ("The parties will share information about improvement. " * 1024)
    chunk = chunk.encode("ascii")
    total = 40 * 1024 * 1024
    with open(path, "wb") as f:
        f.write(head.encode("utf-8"))
        written = 0
        while written < total:
            piece = chunk[:total - written]
            f.write(piece)
            written += len(piece)
        f.write(tail.encode("utf-8"))


def write_deep(path, depth=100000):
    head, tail = memorandum(para="@@DEEP@@").split("@@DEEP@@")
    with open(path, "wb") as f:
        f.write(head.encode("utf-8"))
        f.write(b"<placeholder>" * depth)
        f.write(b"deep")
        f.write(b"</placeholder>" * depth)
        f.write(tail.encode("utf-8"))


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Write the hostile-input corpus for the Concord loader.")
    ap.add_argument("--big", metavar="OUTDIR",
                    help="write only the huge, uncommitted inputs into OUTDIR")
    ap.add_argument("--check", action="store_true",
                    help="only report committed files that are missing or "
                         "differ from what this script writes")
    args = ap.parse_args(argv)

    if args.big:
        os.makedirs(args.big, exist_ok=True)
        write_text_40mib(os.path.join(args.big, "text-40mib.mou"))
        write_deep(os.path.join(args.big, "deep-100000.mou"))
        return 0

    stale = 0
    if not args.check:
        os.makedirs(HOSTILE_DIR, exist_ok=True)
    for path, data in static_files():
        if args.check:
            try:
                with open(path, "rb") as f:
                    same = f.read() == data
            except FileNotFoundError:
                same = False
            if not same:
                print("%s: missing or out of date" % path, file=sys.stderr)
                stale += 1
        else:
            with open(path, "wb") as f:
                f.write(data)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
