#!/usr/bin/env python3
"""Renders the sample report (the seed) and the kind-B reports of Tests/Fixtures/kinds in the
fonts Thai government documents use (install them with install-fonts.sh), in two sets kept
apart: tuning (code may be changed against it) and measuring (only measured on).

    python3 Benchmarks/govfonts/render.py --set tuning|measuring --out DIR

Never commit the output. Each PDF's name says its font, size and layout; the seed's renderings
are named seed-*.pdf (key facts: Benchmarks/keyfacts.py REPORT.json muangphon-2568), the kind-B
ones NAME-*.pdf with NAME.truth.json beside them (Benchmarks/kinds.py ITA DIR).
"""
import argparse
import importlib.util
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# (font, size, landscape, unruled, justify); decided before anything was measured.
SEED = {
    "tuning": [("TH Baijam", 16, False, False, False), ("TH KoHo", 16, True, True, False),
               ("TH Krub", 16, False, True, True)],
    "measuring": [("TH Sarabun New", 16, False, False, False), ("TH SarabunPSK", 16, False, True, False),
                  ("Angsana New", 16, False, False, True), ("TH Niramit AS", 16, True, False, False),
                  ("Sarabun", 14, False, True, False), ("Noto Sans Thai", 12, False, False, False),
                  ("TH Chakra Petch", 16, True, True, False), ("TH K2D July8", 15, False, False, False),
                  ("TH Fah kwang", 16, False, False, False), ("TH Srisakdi", 16, False, True, False)],
}
# (report, font, size, layout, ruled) for make-kinds.py's render_pdf.
KIND_B = {
    "tuning": [("b-khoksamran-2566", "TH Baijam", 16, "portrait", True),
               ("b-thungkula-2568", "TH KoHo", 16, "mixed", False)],
    "measuring": [("b-khoksamran-2566", "TH Sarabun New", 16, "mixed", True),
                  ("b-huaisaingam-2567", "TH SarabunPSK", 16, "portrait", False),
                  ("b-thungkula-2568", "Angsana New", 16, "landscape", True),
                  ("b-huaisaingam-2567", "TH Niramit AS", 15, "mixed", True),
                  ("b-khoksamran-2566", "Sarabun", 13, "portrait", False),
                  ("b-thungkula-2568", "TH Chakra Petch", 16, "portrait", False)],
}


def tag(font):
    return font.lower().replace(" ", "").replace("th", "", 1) if font.startswith("TH ") else font.lower().replace(" ", "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", required=True, choices=["tuning", "measuring"])
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if os.path.abspath(a.out).startswith(ROOT):
        ap.error("write the renderings outside the repository (never commit them)")
    os.makedirs(a.out, exist_ok=True)
    for font, size, landscape, unruled, justify in SEED[a.set]:
        name = "seed-%s-%d%s%s%s" % (tag(font), size, "-landscape" if landscape else "", "-unruled" if unruled else "",
                                     "-justify" if justify else "")
        args = [sys.executable, os.path.join(ROOT, "Tests/Fixtures/make-fixtures.py"), "--out", a.out, "--name", name,
                "--font", font, "--size", str(size), "--no-txt"]
        args += ["--landscape"] * landscape + ["--unruled"] * unruled + ["--justify"] * justify
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        print(os.path.join(a.out, name + ".pdf"))
    spec = importlib.util.spec_from_file_location("make_kinds", os.path.join(ROOT, "Tests/Fixtures/kinds/make-kinds.py"))
    kinds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kinds)
    reports = kinds.all_b()
    for report, font, size, layout, ruled in KIND_B[a.set]:
        blocks, truth, _ = reports[report]
        kinds.write_json(os.path.join(a.out, report + ".truth.json"), truth)
        pdf = os.path.join(a.out, "%s-%s.pdf" % (report, tag(font)))
        kinds.render_pdf(blocks, font, size, layout, ruled, pdf)
        print(pdf)


if __name__ == "__main__":
    main()
