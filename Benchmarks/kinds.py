#!/usr/bin/env python3
"""Key-fact scorer for the report-kind fixtures (Tests/Fixtures/kinds/README.md).

    python3 Benchmarks/kinds.py ITA_BINARY DIR... [--json] [--verbose] [--timeout S]

Runs `ITA_BINARY extract FILE` on every .pdf, .docx and .txt in each DIR that has a truth file and
compares the JSON with the truth. Truth naming: NAME.truth.json belongs to NAME.txt, NAME.pdf
and NAME-<variant>.pdf (the longest NAME that fits wins, so b-x-2566-fault-overall.truth.json
takes b-x-2566-fault-overall-laksaman.pdf away from b-x-2566.truth.json).

Key facts (one point each; a fact the truth leaves null is not counted):
  agency name (whitespace removed), agency type, province (when the truth has one),
  fiscalYear, measuresFiscalYear (when the truth has one), overall score, level,
  each tool of the truth (code, part, score), each indicator of the truth (number, score),
  items (when the truth has items: 1 point if every truth item has its score and indicator
  and ita reports no other item code; `items right/total` is printed as well),
  measures (when the truth has measures: 1 point if the count is right; each measure is
  compared in order: its items, period start, period end and responsible units (as sets,
  whitespace removed) must all match for it to count in `measures right/total`).
Scores match within 0.005. Levels match after removing spaces and quotes; English level
names (Excellent, Good, Pass(ed), Fail(ed)) count as ผ่านดีเยี่ยม, ผ่านดี, ผ่าน, ไม่ผ่าน.
Exit 2 of ita ("no ITA result" or unusable file) scores zero facts; exit 1 (read, with
errors) is scored. `diag` = the number of diagnostics of severity "error".
Exit status of this script: 0 (it measures; it does not judge).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

LEVEL_EN = {"excellent": "ผ่านดีเยี่ยม", "verygood": "ผ่านดีเยี่ยม", "good": "ผ่านดี", "pass": "ผ่าน",
            "passed": "ผ่าน", "fail": "ไม่ผ่าน", "failed": "ไม่ผ่าน"}


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", str(s))) if s is not None else None


def level_key(s):
    if s is None:
        return None
    k = re.sub(r"[\s\"'“”‘’()\[\]]", "", unicodedata.normalize("NFC", str(s)))
    return LEVEL_EN.get(k.lower(), k)


def province_key(s):
    s = squash(s)
    return s[len("จังหวัด"):] if s and s.startswith("จังหวัด") else s


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def same_score(a, b):
    """`a` (ita's) is the truth's `b`; where the truth has none (a text that states the level
    alone), ita must give none."""
    a, b = num(a), num(b)
    if b is None:
        return a is None
    return a is not None and abs(a - b) <= 0.005


def truth_for(stem, names):
    best = None
    for n in names:
        if (stem == n or stem.startswith(n + "-")) and (best is None or len(n) > len(best)):
            best = n
    return best


def files_with_truth(d):
    names = [f[: -len(".truth.json")] for f in os.listdir(d) if f.endswith(".truth.json")]
    out = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".truth.json") or not (f.endswith(".pdf") or f.endswith(".txt") or f.endswith(".docx")):
            continue
        t = truth_for(f.rsplit(".", 1)[0], names)
        if t:
            out.append((os.path.join(d, f), os.path.join(d, t + ".truth.json")))
    return out


def score(truth, got):
    """-> dict(facts=[(name, ok)], items=(right, total), measures=(right, total))."""
    facts = []
    F = lambda name, ok: facts.append((name, bool(ok)))
    ta, ga = truth["agency"], got.get("agency") or {}
    F("agency.name", squash(ga.get("name")) == squash(ta["name"]))
    if ta.get("type") is not None:
        F("agency.type", squash(ga.get("type")) == squash(ta["type"]))
    if ta.get("province") is not None:
        F("agency.province", province_key(ga.get("province")) == province_key(ta["province"]))
    F("fiscalYear", got.get("fiscalYear") == truth["fiscalYear"])
    if truth.get("measuresFiscalYear") is not None:
        F("measuresFiscalYear", got.get("measuresFiscalYear") == truth["measuresFiscalYear"])
    to, go = truth["overall"], got.get("overall") or {}
    F("overall.score", same_score(go.get("score"), to["score"]))
    F("overall.level", level_key(go.get("level")) == level_key(to["level"]))
    gtools = got.get("tools") or []
    for t in truth["tools"]:
        ok = any(str(g.get("code", "")).upper() == t["code"] and g.get("part") == t["part"]
                 and same_score(g.get("score"), t["score"]) for g in gtools)
        F("tool %s%s" % (t["code"], "" if t["part"] is None else " part %d" % t["part"]), ok)
    gind = {}
    for g in got.get("indicators") or []:
        gind.setdefault(g.get("number"), g.get("score"))
    for t in truth["indicators"]:
        F("indicator %d" % t["number"], same_score(gind.get(t["number"]), t["score"]))
    items = (0, 0)
    if truth["items"]:
        gitems = {}
        for g in got.get("items") or []:
            gitems.setdefault(str(g.get("code", "")).lower(), g)
        right = 0
        for t in truth["items"]:
            g = gitems.get(t["code"])
            if g and same_score(g.get("score"), t["score"]) and g.get("indicator") == t["indicator"]:
                right += 1
        extra = set(gitems) - {t["code"] for t in truth["items"]}
        items = (right, len(truth["items"]))
        F("items", right == len(truth["items"]) and not extra)
    measures = (0, 0)
    if truth["measures"]:
        gm = got.get("measures") or []
        F("measures.count", len(gm) == len(truth["measures"]))
        right = 0
        for k, t in enumerate(truth["measures"]):
            if k >= len(gm):
                break
            g = gm[k]
            period = g.get("period") or {}
            gi = g.get("items")
            ok = (gi is not None and sorted(str(c).lower() for c in gi) == sorted(t["items"])
                  and period.get("start") == t["periodStart"] and period.get("end") == t["periodEnd"]
                  and {squash(u) for u in g.get("responsible") or []} == {squash(u) for u in t["responsible"]})
            right += ok
        measures = (right, len(truth["measures"]))
    return dict(facts=facts, items=items, measures=measures)


def run_one(binary, path, timeout):
    try:
        p = subprocess.run([binary, "extract", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    got = None
    if p.returncode != 2:
        try:
            got = json.loads(p.stdout.decode("utf-8"))
        except ValueError:
            got = None
    return got, p.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--json", action="store_true", help="print the totals (and per-file figures) as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the wrong facts of each file")
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    rows = []
    for d in a.dirs:
        for path, tpath in files_with_truth(d):
            with open(tpath, encoding="utf-8") as f:
                truth = json.load(f)
            got, rc = run_one(a.binary, path, a.timeout)
            empty = dict(agency=None)
            s = score(truth, got if isinstance(got, dict) else empty)
            if got is None:      # exit 2, timeout or no JSON: zero facts
                s["facts"] = [(n, False) for n, _ in s["facts"]]
                s["items"] = (0, s["items"][1])
                s["measures"] = (0, s["measures"][1])
            diag = sum(1 for x in (got or {}).get("diagnostics") or [] if x.get("severity") == "error") \
                if isinstance(got, dict) else 0
            rows.append(dict(file=os.path.relpath(path), kind=truth["kind"],
                             facts_right=sum(ok for _, ok in s["facts"]), facts_total=len(s["facts"]),
                             items_right=s["items"][0], items_total=s["items"][1],
                             measures_right=s["measures"][0], measures_total=s["measures"][1],
                             diagnostics_errors=diag, exit=rc, wrong=[n for n, ok in s["facts"] if not ok]))
    tot = {k: sum(r[k] for r in rows) for k in ("facts_right", "facts_total", "items_right", "items_total",
                                                  "measures_right", "measures_total", "diagnostics_errors")}
    tot["files"] = len(rows)
    tot["exit_nonzero"] = sum(1 for r in rows if r["exit"] != 0)
    for kind in sorted({r["kind"] for r in rows}):
        rs = [r for r in rows if r["kind"] == kind]
        tot["kind_" + kind] = dict(files=len(rs), facts_right=sum(r["facts_right"] for r in rs),
                                   facts_total=sum(r["facts_total"] for r in rs))
    if a.json:
        print(json.dumps(dict(total=tot, files=rows), ensure_ascii=False, indent=1))
        return 0
    w = max([len(r["file"]) for r in rows] + [10])
    for r in rows:
        print("%-*s  facts %3d/%-3d  items %3d/%-3d  measures %d/%d  diag %2d  exit %s"
              % (w, r["file"], r["facts_right"], r["facts_total"], r["items_right"], r["items_total"],
                 r["measures_right"], r["measures_total"], r["diagnostics_errors"], r["exit"]))
        if a.verbose and r["wrong"]:
            print("%*s  wrong: %s" % (w, "", ", ".join(r["wrong"])))
    pct = lambda x, y: "%.1f%%" % (100.0 * x / y) if y else "-"
    print("%-*s  facts %d/%d (%s)  items %d/%d  measures %d/%d  diag %d  files %d, exit != 0: %d"
          % (w, "TOTAL", tot["facts_right"], tot["facts_total"], pct(tot["facts_right"], tot["facts_total"]),
             tot["items_right"], tot["items_total"], tot["measures_right"], tot["measures_total"],
             tot["diagnostics_errors"], tot["files"], tot["exit_nonzero"]))
    for kind in sorted(k for k in tot if k.startswith("kind_")):
        t = tot[kind]
        print("%-*s  facts %d/%d (%s)  files %d" % (w, "  kind " + kind[5:], t["facts_right"], t["facts_total"],
                                                  pct(t["facts_right"], t["facts_total"]), t["files"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
