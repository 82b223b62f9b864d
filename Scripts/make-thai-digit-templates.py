#!/usr/bin/env python3
"""Writes Sources/OCRText/ThaiDigitTemplates.swift: the shapes of the ten Thai digits in the
Thai fonts Debian ships (fonts-thai-tlwg: Laksaman is TH Sarabun's free twin, the font of most
government letters), for ThaiDigitReader. Each shape is the digit's ink cut to its box and
averaged down to a 16 x 16 grid (ThaiDigitShape in Swift does the same), written as 256 hex
digits (ink share 0-15), with its box's width over its height.

    python3 Scripts/make-thai-digit-templates.py > Sources/OCRText/ThaiDigitTemplates.swift
"""
import glob
import os
from PIL import Image, ImageDraw, ImageFont

SIZE = 16
DIGITS = "๐๑๒๓๔๕๖๗๘๙"
FONT_DIR = "/usr/share/fonts/truetype/tlwg"
# Upright faces only: a letter's digits are upright.
FACES = ["Laksaman", "Laksaman-Bold", "Garuda", "Garuda-Bold", "Norasi", "Norasi-Bold", "Loma", "Loma-Bold",
         "Kinnari", "Kinnari-Bold", "Waree", "Waree-Bold", "Umpush", "Umpush-Bold", "Sawasdee", "Sawasdee-Bold",
         "TlwgTypo", "TlwgTypo-Bold", "TlwgTypist", "TlwgMono", "TlwgTypewriter", "Purisa"]


def shape(ink):
    """ink: rows of booleans, cut to the digit's box. The mean ink of each of 16 x 16 blocks."""
    h, w = len(ink), len(ink[0])
    out = []
    for i in range(SIZE):
        r0 = i * h // SIZE
        r1 = max(r0 + 1, (i + 1) * h // SIZE)
        for j in range(SIZE):
            c0 = j * w // SIZE
            c1 = max(c0 + 1, (j + 1) * w // SIZE)
            total = sum(ink[r][c] for r in range(r0, r1) for c in range(c0, c1))
            out.append(total / ((r1 - r0) * (c1 - c0)))
    return out


def main():
    print("// Made by Scripts/make-thai-digit-templates.py from fonts-thai-tlwg; do not edit.")
    print("")
    print("extension ThaiDigitShape {")
    print("    /// (digit, width over height, 16 x 16 ink shares 0-15 in hex), one per digit and font.")
    print("    static let templateData: [(Character, Double, String)] = [")
    for face in FACES:
        path = os.path.join(FONT_DIR, face + ".ttf")
        if not os.path.exists(path):
            continue
        font = ImageFont.truetype(path, 96)
        for digit in DIGITS:
            image = Image.new("L", (200, 200), 0)
            ImageDraw.Draw(image).text((40, 20), digit, font=font, fill=255)
            box = image.point(lambda v: 255 if v >= 128 else 0).getbbox()
            if box is None:
                continue
            cut = image.crop(box)
            w, h = cut.size
            px = cut.load()
            ink = [[px[x, y] >= 128 for x in range(w)] for y in range(h)]
            values = "".join("%x" % min(15, int(v * 15 + 0.5)) for v in shape(ink))
            print('        ("%s", %.3f, "%s"), // %s' % (digit, w / h, values, face))
    print("    ]")
    print("}")


if __name__ == "__main__":
    main()
