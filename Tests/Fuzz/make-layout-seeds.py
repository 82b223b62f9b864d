#!/usr/bin/env python3
"""Writes seed inputs for FuzzLayout (the record format is described in its Harness.swift):
Thai prose lines with marks over their bases, a ruled table with text in its cells, one
or two pages, an unruled table at a page's foot carried on at the next one's top, a table
ruled with rules across only, a numbered list and a header turned up the page.
Usage: make-layout-seeds.py OUTDIR"""
import os
import sys

ALPHABET = [chr(c) for c in list(range(0x0E01, 0x0E2F)) + list(range(0x0E30, 0x0E3B)) + list(range(0x0E40, 0x0E4F)) + list(range(0x0E50, 0x0E5A))]
ALPHABET += list("0123456789.,:-()/% ABCIOTE“”")
MARKS = set(chr(c) for c in [0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E38, 0x0E39, 0x0E3A] + list(range(0x0E47, 0x0E4F)))


def glyph(ch, x, y, width=7.0, height=20, vertical=False):
    index = ALPHABET.index(ch)
    xi, yi = int(x * 10), int(y * 10)
    return bytes([index, xi >> 8, xi & 255, yi >> 8, yi & 255, 0 if ch in MARKS else int(width * 10),
                  height | (0x80 if vertical else 0), 0])


def rule(x, y, length, horizontal):
    xi, yi = int(x * 10), int(y * 10)
    return bytes([0 if horizontal else 1, xi >> 8, xi & 255, yi >> 8, yi & 255, int(length / 3), 0, 0x80])


def text(line, x, y):
    out, pen = b"", x
    for ch in line:
        if ch not in ALPHABET:
            pen += 4
            continue
        out += glyph(ch, pen, y)
        if ch not in MARKS:
            pen += 7
    return out


def turned(line, x, y):
    """`line` written up the page from y (a narrow column's header turned a quarter turn)."""
    out, pen = b"", y
    for ch in line:
        if ch not in ALPHABET:
            pen -= 4
            continue
        if ch not in MARKS:
            pen -= 7
        out += glyph(ch, x, pen, height=12, vertical=True)
    return out


NEW_PAGE = bytes([0, 0, 0, 0, 0, 0, 0, 0xFF])
PROSE = ["ผลการประเมินคุณธรรมและความโปร่งใส", "ได้คะแนน 97.28 คะแนน อยู่ในระดับ ผ่านดี", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"]
CELLS = [["ตัวชี้วัด", "คะแนน"], ["1.การปฏิบัติหน้าที่", "100"], ["2.การใช้งบประมาณ", "98.81"]]


def table(top):
    out = b""
    for r, row in enumerate(CELLS):
        y = top + r * 30
        out += rule(50, y, 500, True)
        for c, cell in enumerate(row):
            out += text(cell, 55 + c * 300, y + 5)
    out += rule(50, top + len(CELLS) * 30, 500, True)
    for x in (50, 350, 550):
        out += rule(x, top, len(CELLS) * 30, False)
    return out


def rows(top, pitch=25, count=len(CELLS)):
    """The table's cells without rulings, `count` rows from `top` (the rows repeat)."""
    return b"".join(text(cell, 55 + c * 300, top + r * pitch) for r in range(count) for c, cell in enumerate(CELLS[r % len(CELLS)]))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    prose = b"".join(text(line, 60, 80 + 28 * i) for i, line in enumerate(PROSE))
    seeds = {
        "prose": prose,
        "table": table(100),
        "prose-table": prose + table(200),
        "two-pages": prose + table(600) + NEW_PAGE + table(60) + text(PROSE[2], 60, 300),
        "unruled": rows(100),
        # An unruled table at the foot of the page, carried on at the top of the next.
        "unruled-foot": prose + rows(730, count=4) + NEW_PAGE + rows(60, count=2) + text(PROSE[0], 60, 200),
        # Rules across only: above and below the header, and under the last row.
        "hrules": prose + rule(50, 195, 500, True) + rule(50, 230, 500, True) + rows(200, pitch=30)
                  + rule(50, 290, 500, True),
        # A numbered list with a hanging indent, which is no table.
        "list": b"".join(text(f"{n}.", 60, 100 + 25 * n) + text(line, 90, 100 + 25 * n) for n, line in enumerate(PROSE * 2, 1)),
        # A ruled table whose narrow second column has its header turned up the page.
        "turned-header": table(100) + turned("คะแนน", 400, 128),
    }
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
