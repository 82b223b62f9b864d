#!/usr/bin/env python3
"""Score `ita extract` on results lists against their truth files.

    python3 Benchmarks/lists/score.py ITA DIR [--scans] [--verbose]

ITA is the ita binary; DIR holds NAME.pdf and NAME.truth.json (Tests/Fixtures/lists/make-lists.py
writes them), and NAME-scan.pdf for the scanned ones (scored with --scans), and NAME-office.pdf with
NAME-office.truth.json for the office scans (some pages of the list; scored with --scans). A row is right when
its rank, agency name (white space aside), province (when the truth has one), total, level and
every tool (the codes present, and the figure as printed: points in a list of points, scores in
a list of scores; a tool printed "-" absent) are what the list prints. Prints one line per file
and the totals: rows right / rows in the truth, and the files whose year, announcing body and
tool columns (points or scores) came out right.
"""
import json
import os
import subprocess
import sys
import unicodedata


def key(s):
    return "".join(unicodedata.normalize("NFC", s or "").split())


def row_right(got, want, columns):
    problems = []
    if got.get("rank") != want["rank"]:
        problems.append("rank %r≠%r" % (got.get("rank"), want["rank"]))
    if key(got.get("agency", {}).get("name")) != key(want["name"]):
        problems.append("name %r≠%r" % (got.get("agency", {}).get("name"), want["name"]))
    if "province" in want and key(got.get("agency", {}).get("province")) != key(want["province"]):
        problems.append("province")
    overall = got.get("overall") or {}
    if overall.get("score") != want["total"]:
        problems.append("total %r≠%r" % (overall.get("score"), want["total"]))
    if key(overall.get("level")) != key(want["level"]):
        problems.append("level %r≠%r" % (overall.get("level"), want["level"]))
    field = "points" if columns == "points" else "score"
    tools = {t["code"]: t.get(field) for t in got.get("tools", [])}
    if tools != want["tools"]:
        problems.append("tools %r≠%r" % (tools, want["tools"]))
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    scans = "--scans" in sys.argv
    verbose = "--verbose" in sys.argv
    ita, folder = args
    right = total = files = files_ok = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".truth.json"):
            continue
        base = name[:-len(".truth.json")]
        truth = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        # A scan with a truth of its own (make-lists.py's office scans: some pages only).
        if truth.get("scan") and not scans:
            continue
        pdfs = [base + ".pdf"] + ([base + "-scan.pdf"] if scans and os.path.exists(os.path.join(folder, base + "-scan.pdf")) else [])
        for pdf in pdfs:
            r = subprocess.run([ita, "extract", os.path.join(folder, pdf)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                got = json.loads(r.stdout)
            except ValueError:
                got = {}
            results = got.get("results") or []
            ok = 0
            for i, want in enumerate(truth["rows"]):
                g = next((x for x in results if x.get("rank") == want["rank"]), results[i] if i < len(results) else {})
                problems = row_right(g, want, truth["toolColumns"])
                if not problems:
                    ok += 1
                elif verbose:
                    print("   %s row %d: %s" % (pdf, want["rank"], "; ".join(problems)))
            heading = got.get("resultsList") or {}
            whole = (got.get("kind") == "resultsList" and got.get("fiscalYear") == truth["fiscalYear"]
                     and key(heading.get("announcedBy")) == key(truth["announcedBy"])
                     and heading.get("toolColumns") == truth["toolColumns"] and len(results) == len(truth["rows"]))
            files += 1
            files_ok += whole
            right += ok
            total += len(truth["rows"])
            print("%-40s exit %d  rows %3d/%3d  read %3d  heading %s" % (pdf, r.returncode, ok, len(truth["rows"]), len(results),
                                                                     "right" if whole else "WRONG" + (" " + r.stderr.strip()[:80] if r.stderr else "")))
    print("rows right: %d / %d (%.1f%%); files with year, body, tool columns and row count right: %d / %d"
          % (right, total, 100.0 * right / max(total, 1), files_ok, files))


if __name__ == "__main__":
    main()
