#!/usr/bin/env python3
"""Measure `ita extract` on the real short texts of this folder (a measuring set: never tune
ita to these files, only measure it on them).

    python3 Benchmarks/realtexts/measure.py [ITA_BINARY] [FOLDER]   # default: .build/release/ita, this folder

FOLDER: another set of texts in this format (Benchmarks/realtexts2).

For each NN-name.txt the two header lines (`# source:`, `# retrieved:`) are dropped and the
rest is given to `ita extract` as a text file. Its exit status and JSON are compared with
NN-name.truth.json: agency name, fiscal year, overall score, overall level, tool scores.
Prints one line per text and a summary; writes nothing into the repository.
"""
import json, os, subprocess, sys, tempfile, glob

script = os.path.dirname(os.path.abspath(__file__))
ita = sys.argv[1] if len(sys.argv) > 1 else os.path.join(script, "..", "..", ".build", "release", "ita")
here = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else script
if not os.access(ita, os.X_OK):
    sys.exit(f"no ita binary at {ita}: build it (swift build -c release) or pass its path")

def same_score(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 0.005

totals = {"texts": 0, "exit0": 0, "read": 0, "fy": 0, "score": 0, "level": 0, "agency": 0}
with tempfile.TemporaryDirectory() as tmp:
    for txt in sorted(glob.glob(os.path.join(here, "[0-9][0-9]-*.txt"))):
        name = os.path.basename(txt)[:-4]
        truth = json.load(open(os.path.join(here, name + ".truth.json"), encoding="utf-8"))
        lines = open(txt, encoding="utf-8").read().split("\n")
        body = "\n".join(l for i, l in enumerate(lines) if not (i < 2 and l.startswith("# ")))
        path = os.path.join(tmp, name + ".txt")
        open(path, "w", encoding="utf-8").write(body)
        p = subprocess.run([ita, "extract", path], capture_output=True, text=True)
        totals["texts"] += 1
        totals["read"] += p.returncode in (0, 1)
        got = {}
        if p.returncode == 0:
            totals["exit0"] += 1
        # Exit 1 is a report read whose checks found errors: its JSON is on stdout all the same.
        if p.returncode in (0, 1):
            try:
                got = json.loads(p.stdout)
            except ValueError:
                got = {}
        ov = got.get("overall") or {}
        ok_fy = got.get("fiscalYear") == truth["fiscalYear"]
        ok_sc = (truth["overall"]["score"] is None and ov.get("score") is None) or same_score(ov.get("score"), truth["overall"]["score"])
        ok_lv = (ov.get("level") or None) == truth["overall"]["level"]
        ok_ag = ((got.get("agency") or {}).get("name") or None) == truth["agency"]["name"]
        for k, v in (("fy", ok_fy), ("score", ok_sc), ("level", ok_lv), ("agency", ok_ag)):
            totals[k] += bool(v)
        err = (p.stderr.strip().splitlines() or [""])[0][:90] if p.returncode == 2 else ""
        print(f"{name:32s} exit={p.returncode} fy={'ok' if ok_fy else got.get('fiscalYear')} "
              f"score={'ok' if ok_sc else ov.get('score')} level={'ok' if ok_lv else ov.get('level')} "
              f"agency={'ok' if ok_ag else (got.get('agency') or {}).get('name')} {err}")
n = totals["texts"]
print(f"\n{n} texts: exit 0 {totals['exit0']}, read (exit 0 or 1) {totals['read']}, fiscal year {totals['fy']}, overall score {totals['score']}, "
      f"level {totals['level']}, agency name {totals['agency']}")
