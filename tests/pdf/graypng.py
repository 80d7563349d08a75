# graypng.py: read and write 8-bit grey PNG and PGM images with the standard
# library alone, for comparing rendered pages with the references kept in
# tests/reference/ (Python in CI has no imaging library).
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Image:
    def __init__(self, width, height, pixels):
        if len(pixels) != width * height:
            raise ValueError(f"{width}×{height} image with {len(pixels)} pixels")
        self.width, self.height, self.pixels = width, height, bytes(pixels)


def read_pgm(data):
    """A binary PGM (P5, maxval 255), as pdftoppm -gray writes it."""
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b"P5" or fields[3] != b"255":
        raise ValueError("not an 8-bit binary PGM")
    width, height = int(fields[1]), int(fields[2])
    return Image(width, height, data[pos + 1:pos + 1 + width * height])


def _chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def write_png(image):
    # Filter 0 on every row, so that reading back is one decompression.
    rows = b"".join(b"\0" + image.pixels[y * image.width:(y + 1) * image.width]
                    for y in range(image.height))
    header = struct.pack(">IIBBBBB", image.width, image.height, 8, 0, 0, 0, 0)
    return (SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 9))
            + _chunk(b"IEND", b""))


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(data):
    """An 8-bit grey, non-interlaced PNG, with any row filters."""
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    pos, idat, header = len(SIGNATURE), [], None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) != length:
            raise ValueError("truncated PNG chunk")
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        raise ValueError("PNG without a header")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour != 0 or interlace != 0:
        raise ValueError("only 8-bit grey non-interlaced PNG is read")
    try:
        raw = zlib.decompress(b"".join(idat))
    except zlib.error as error:
        raise ValueError(f"broken PNG data: {error}") from error
    if len(raw) != height * (width + 1):
        raise ValueError("PNG data does not match its size")
    out = bytearray()
    previous = bytearray(width)
    for y in range(height):
        kind = raw[y * (width + 1)]
        row = bytearray(raw[y * (width + 1) + 1:(y + 1) * (width + 1)])
        if kind == 1:
            for x in range(1, width):
                row[x] = (row[x] + row[x - 1]) & 255
        elif kind == 2:
            for x in range(width):
                row[x] = (row[x] + previous[x]) & 255
        elif kind == 3:
            for x in range(width):
                left = row[x - 1] if x else 0
                row[x] = (row[x] + ((left + previous[x]) >> 1)) & 255
        elif kind == 4:
            for x in range(width):
                left = row[x - 1] if x else 0
                up_left = previous[x - 1] if x else 0
                row[x] = (row[x] + _paeth(left, previous[x], up_left)) & 255
        elif kind != 0:
            raise ValueError(f"unknown PNG row filter {kind}")
        out += row
        previous = row
    return Image(width, height, out)


def differences(a, b, threshold):
    """How many pixels differ by more than THRESHOLD grey levels, and the
    box (x0, y0, x1, y1) around them."""
    if (a.width, a.height) != (b.width, b.height):
        raise ValueError(f"size {a.width}×{a.height} against {b.width}×{b.height}")
    count, box = 0, None
    if a.pixels == b.pixels:
        return 0, None
    for i, (p, q) in enumerate(zip(a.pixels, b.pixels)):
        if abs(p - q) > threshold:
            count += 1
            x, y = i % a.width, i // a.width
            box = (x, y, x, y) if box is None else (min(box[0], x), min(box[1], y),
                                                    max(box[2], x), max(box[3], y))
    return count, box
