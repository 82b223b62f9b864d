#!/usr/bin/env python3
"""Share of the seed's phrases found in an extracted text.

usage: phrase_recall.py SEED.txt EXTRACTED.txt [--missing N]

A phrase is a run of 6 or more characters between whitespace in the seed (after its `<p>`
and `**` bold markup is dropped). It counts as found when it appears in the extracted text with the
extracted text's whitespace removed (a line or cell break inside a phrase is allowed; a
wrong or missing character is not). Prints: phrases=N found=N recall=R.
"""
import re
import sys
import unicodedata


def phrases(seed):
    seed = re.sub(r"</?p>", " ", seed).replace("**", "")
    return [p for p in seed.split() if len(p) >= 6]


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    seed = unicodedata.normalize("NFC", open(argv[1], encoding="utf-8").read())
    text = unicodedata.normalize("NFC", open(argv[2], encoding="utf-8").read())
    flat = re.sub(r"\s+", "", text)
    wanted = phrases(seed)
    missing = [p for p in wanted if p not in flat]
    found = len(wanted) - len(missing)
    print("phrases=%d found=%d recall=%.4f" % (len(wanted), found, found / max(1, len(wanted))))
    if "--missing" in argv:
        n = int(argv[argv.index("--missing") + 1])
        for p in missing[:n]:
            sys.stderr.write(p + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
