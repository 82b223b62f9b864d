#!/usr/bin/env python3
"""Score `ita extract` on a real results list against its hand-read truth (the shape of
shared/realworld's and the measuring set's truth files: `rows` of rank, name, IIT, EIT, OIT,
total, level, a figure printed "-" as null; `toolColumns` saying whether the tools are weighted
points). Only the rows the truth transcribes are scored; rows ita reads that the truth leaves
out are counted, not judged.

    python3 Benchmarks/lists/score_real.py ITA LIST.pdf [LIST.truth.json] [--verbose]

A row is right as in score.py: rank, agency name (white space aside), total, level and every
tool as printed (a tool printed "-" absent). Never commit a measuring file or its truth.
"""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import key, row_right  # noqa: E402

CODES = ("IIT", "EIT", "OIT")


def converted(truth):
    """The real truth's rows in score.py's shape."""
    columns = "points" if "point" in str(truth.get("toolColumns", "")).lower() else "scores"
    rows = []
    for row in truth["rows"]:
        rows.append(dict(rank=row["rank"], name=row["name"], total=row.get("total"), level=row.get("level"),
                         tools={c: row[c] for c in CODES if row.get(c) is not None}))
    return columns, rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    ita, pdf = args[0], args[1]
    truth_path = args[2] if len(args) > 2 else pdf[:-len(".pdf")] + ".truth.json"
    truth = json.load(open(truth_path, encoding="utf-8"))
    columns, rows = converted(truth)
    start = time.time()
    r = subprocess.run([ita, "extract", pdf], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.time() - start
    try:
        got = json.loads(r.stdout)
    except ValueError:
        got = {}
    results = got.get("results") or []
    by_rank = {x.get("rank"): x for x in results}
    parts = {"rank+name": 0, "total": 0, "level": 0, "tools": 0}
    right = 0
    for want in rows:
        g = by_rank.get(want["rank"], {})
        problems = row_right(g, want, columns)
        right += not problems
        parts["rank+name"] += bool(g) and key(g.get("agency", {}).get("name")) == key(want["name"])
        parts["total"] += bool(g) and (g.get("overall") or {}).get("score") == want["total"]
        parts["level"] += bool(g) and key((g.get("overall") or {}).get("level")) == key(want["level"])
        field = "points" if columns == "points" else "score"
        parts["tools"] += bool(g) and {t["code"]: t.get(field) for t in g.get("tools", [])} == want["tools"]
        if problems and verbose:
            print("   row %d: %s" % (want["rank"], "; ".join(problems) if g else "not read"))
    heading = got.get("resultsList") or {}
    print("%s: exit %d in %.0f s; kind %s, year %s, tool columns %s; rows read %d (ranks %s)"
          % (os.path.basename(pdf), r.returncode, seconds, got.get("kind"), got.get("fiscalYear"),
             heading.get("toolColumns"), len(results), ",".join(str(x.get("rank")) for x in results[:60])))
    if r.returncode and r.stderr:
        print("   stderr: " + r.stderr.strip()[:200])
    print("rows right: %d / %d; rank and name %d, total %d, level %d, tools %d"
          % (right, len(rows), parts["rank+name"], parts["total"], parts["level"], parts["tools"]))


if __name__ == "__main__":
    main()
