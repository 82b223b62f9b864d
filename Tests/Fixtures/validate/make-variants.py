#!/usr/bin/env python3
"""Makes the single-fault variants of the seed that `ita validate` is tested on.

Each variant changes one thing in Samples/muangphon-2568.txt so that exactly one rule finds
an error; it is kept as text (NAME.txt) and rendered to PDF like the sample (Laksaman 16 pt,
ruled tables) through Tests/Fixtures/make-fixtures.py (needs LibreOffice and
fonts-thai-tlwg). Tests/itaTests/CommandLineTests.swift checks each: its code, alone among
the errors, at its line in the text and its page in the PDF.

usage: make-variants.py [--out DIR] [--only NAME]
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEED = os.path.join(ROOT, "Samples", "muangphon-2568.txt")

# name, code, [(old, new, occurrence)] -- each old must be in the seed that many times; a new
# of None removes the whole line that the occurrence of old starts.
VARIANTS = [
    ("ita001-overall-score", "ITA001", [("เท่ากับ 97.28 คะแนน", "เท่ากับ 96.28 คะแนน", 1)]),
    ("ita002-level", "ITA002", [("อยู่ในระดับ “ผ่านดี”", "อยู่ในระดับ “ไม่ผ่าน”", 1)]),
    ("ita004-quoted-score", "ITA004", [("ร้อยละ 98.81", "ร้อยละ 97.81", 1)]),
    ("ita005-score-range", "ITA005", [("10.การป้องกันการทุจริต\t95.00", "10.การป้องกันการทุจริต\t195.00", 1)]),
    ("ita006-impossible-date", "ITA006", [("30 กันยายน 2569", "31 กันยายน 2569", 1)]),
    ("ita008-no-responsible-unit", "ITA008", [("\tสำนักปลัดกองการเจ้าหน้าที่กองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ", "\t", 1)]),
    ("ita013-fiscal-year", "ITA013", [("ประจำปีงบประมาณ พ.ศ.2568 โดยมีค่าคะแนน", "ประจำปีงบประมาณ พ.ศ.2567 โดยมีค่าคะแนน", 1)]),
    ("ita016-no-overall", "ITA016", [("โดยมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ “ผ่านดี”", "ตามประกาศของสำนักงาน ป.ป.ช.", 1)]),
    # EIT's indicators average below both its parts; the quotes of the score follow it.
    ("ita003-tool-mean", "ITA003", [("6.คุณภาพการดำเนินงาน\t98.71", "6.คุณภาพการดำเนินงาน\t90.71", 1),
                                    ("ร้อยละ 98.71", "ร้อยละ 90.71", 1), ("ร้อยละ 98.71", "ร้อยละ 90.71", 1)]),
    ("ita010-no-analysis", "ITA010", [("6.คุณภาพการดำเนินงาน\t<p>", None, 1)]),
    ("ita011-duplicate", "ITA011", [("7.ประสิทธิภาพการสื่อสาร\t98.81\n", "7.ประสิทธิภาพการสื่อสาร\t98.81\n7.ประสิทธิภาพการสื่อสาร\t98.81\n", 1)]),
    # Warnings: the report is still usable, exit 0 unless --strict.
    ("ita007-period-outside-year", "ITA007", [("30 กันยายน 2569", "30 กันยายน 2570", 2)]),
    ("ita009-indicator-name", "ITA009", [("3.การใช้อำนาจ\t100", "3.การใช้อำนาจหน้าที่\t100", 1)]),
    ("ita012-tool-code", "ITA012", [("(EIT) ส่วนที่ 1", "(IET) ส่วนที่ 1", 1)]),
    ("ita015-unit", "ITA015", [("กองการเจ้าหน้าที่", "กองการเจ้าหนาที่", 1)]),
]


def apply(text, edits):
    for old, new, occurrence in edits:
        start = -1
        for _ in range(occurrence):
            start = text.find(old, start + 1)
            if start < 0:
                sys.exit("the seed has no %d. %r" % (occurrence, old))
        if new is None:
            end = text.find("\n", start)
            text = text[:start] + text[end + 1:]
        else:
            text = text[:start] + new + text[start + len(old):]
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--only")
    args = parser.parse_args()
    seed = open(SEED, encoding="utf-8").read()
    for name, code, edits in VARIANTS:
        if args.only and args.only != name:
            continue
        path = os.path.join(args.out, name + ".txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write(apply(seed, edits))
        subprocess.run([sys.executable, os.path.join(ROOT, "Tests", "Fixtures", "make-fixtures.py"),
                        "--seed", path, "--out", args.out, "--name", name,
                        "--font", "Laksaman", "--size", "16", "--no-txt"], check=True,
                       stdout=subprocess.DEVNULL)
        print(name, code)


if __name__ == "__main__":
    main()
