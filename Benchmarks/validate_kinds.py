#!/usr/bin/env python3
"""Slip scorer for the report-kind fixtures (Tests/Fixtures/kinds/README.md): does
`ita validate` report the slips a report carries, and nothing else?

    python3 Benchmarks/validate_kinds.py ITA_BINARY DIR... [--json] [--verbose] [--timeout S]

Runs `ITA_BINARY validate --format json FILE` on every .pdf and .txt of kind B or C in each
DIR that has a truth file (the truth-finding rule of Benchmarks/kinds.py: NAME.truth.json
belongs to NAME.txt, NAME.pdf and NAME-<variant>.pdf, the longest NAME that fits wins) and
compares the findings with the truth's `faultCodes`, the validator codes its slips must get
(`[]` for a report without slips):
  found          an expected code with at least one finding of that code, at any severity;
  missed         an expected code with no finding;
  false errors   findings of severity "error" whose code is not in faultCodes (each finding
                 counts, so a rule firing on three lines counts three);
  false warnings the same with severity "warning" (counted apart: a warning does not make
                 ita validate fail);
  notes          the same with severity "note": what a text does not hold, said as no fault
                 (a news item has no indicator table); counted apart, never as false.
A file ita cannot use (exit 2), that times out or prints no JSON has no findings: its
expected codes are missed. Totals: per code, how often it was expected and found, and how
often it was reported falsely, as an error or a warning.
Exit status of this script: 0 (it measures; it does not judge); 2 when it cannot run (no
binary, no folder).
"""
import argparse
import json
import os
import signal
import subprocess
import sys

# A file's truth is found as kinds.py finds it (the longest NAME such that the file's stem is
# NAME or starts with NAME-): one rule for both scorers.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kinds import files_with_truth  # noqa: E402

SEVERITIES = ("error", "warning", "note")


def run_one(binary, path, timeout):
    """-> (findings or None, exit status or 'timeout')."""
    try:
        p = subprocess.run([binary, "validate", "--format", "json", path], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    try:
        got = json.loads(p.stdout.decode("utf-8"))
    except ValueError:
        return None, p.returncode
    diags = got.get("diagnostics") if isinstance(got, dict) else None
    return (diags if isinstance(diags, list) else None), p.returncode


def judge(expected, findings):
    codes = {str(x.get("code")) for x in findings}
    false = [x for x in findings if str(x.get("code")) not in expected]
    return dict(found=[c for c in expected if c in codes], missed=[c for c in expected if c not in codes],
                false_errors=[x for x in false if x.get("severity") == "error"],
                false_warnings=[x for x in false if x.get("severity") not in ("error", "note")],
                notes=[x for x in false if x.get("severity") == "note"])


def short(finding, width=150):
    where = finding.get("where") or {}
    at = ", ".join("%s %s" % (k, v) for k, v in where.items())
    msg = " ".join(str(finding.get("message", "")).split())
    if len(msg) > width:
        msg = msg[: width - 1] + "…"
    return "%s %s%s: %s" % (finding.get("severity"), finding.get("code"), " (%s)" % at if at else "", msg)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--json", action="store_true", help="print the totals and per-file figures as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list each file's missed codes and false findings")
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)      # quiet under `| head`
    if not (os.path.isfile(a.binary) and os.access(a.binary, os.X_OK)):
        sys.stderr.write("validate_kinds.py: %s is not an executable file\n" % a.binary)
        return 2
    for d in a.dirs:
        if not os.path.isdir(d):
            sys.stderr.write("validate_kinds.py: %s is not a folder\n" % d)
            return 2
    rows = []
    for d in a.dirs:
        for path, tpath in files_with_truth(d):
            with open(tpath, encoding="utf-8") as f:
                truth = json.load(f)
            if truth.get("kind") not in ("B", "C"):
                continue
            expected = list(dict.fromkeys(truth.get("faultCodes") or []))
            findings, rc = run_one(a.binary, path, a.timeout)
            j = judge(expected, findings or [])
            rel = os.path.relpath(path)
            rows.append(dict(file=path if rel.startswith("..") else rel, kind=truth["kind"], expected=expected,
                             found=j["found"], missed=j["missed"],
                             false_errors=len(j["false_errors"]), false_warnings=len(j["false_warnings"]),
                             false_error_codes=sorted({x.get("code") for x in j["false_errors"]}),
                             false_warning_codes=sorted({x.get("code") for x in j["false_warnings"]}),
                             notes=len(j["notes"]), note_codes=sorted({x.get("code") for x in j["notes"]}),
                             false_findings=j["false_errors"] + j["false_warnings"], note_findings=j["notes"],
                             usable=findings is not None, exit=rc,
                             no_faultcodes_key="faultCodes" not in truth))
    tot = dict(files=len(rows), files_with_slips=sum(1 for r in rows if r["expected"]),
               expected=sum(len(r["expected"]) for r in rows), found=sum(len(r["found"]) for r in rows),
               missed=sum(len(r["missed"]) for r in rows),
               false_errors=sum(r["false_errors"] for r in rows),
               false_warnings=sum(r["false_warnings"] for r in rows),
               notes=sum(r["notes"] for r in rows),
               files_with_false_errors=sum(1 for r in rows if r["false_errors"]),
               files_all_found_no_false_error=sum(1 for r in rows if not r["missed"] and not r["false_errors"]),
               unusable=sum(1 for r in rows if not r["usable"]))
    per_code = {}
    for r in rows:
        for c in r["expected"]:
            e = per_code.setdefault(c, dict(expected=0, found=0, false_errors=0, false_warnings=0, notes=0))
            e["expected"] += 1
            e["found"] += c in r["found"]
        for x in r["false_findings"] + r["note_findings"]:
            e = per_code.setdefault(str(x.get("code")), dict(expected=0, found=0, false_errors=0, false_warnings=0, notes=0))
            sev = x.get("severity")
            e["false_errors" if sev == "error" else "notes" if sev == "note" else "false_warnings"] += 1
    tot["codes"] = dict(sorted(per_code.items()))
    for kind in sorted({r["kind"] for r in rows}):
        rs = [r for r in rows if r["kind"] == kind]
        tot["kind_" + kind] = dict(files=len(rs), expected=sum(len(r["expected"]) for r in rs),
                                   found=sum(len(r["found"]) for r in rs),
                                   false_errors=sum(r["false_errors"] for r in rs),
                                   false_warnings=sum(r["false_warnings"] for r in rs),
                                   notes=sum(r["notes"] for r in rs))
    if a.json:
        print(json.dumps(dict(total=tot, files=rows), ensure_ascii=False, indent=1))
        return 0
    w = max([len(r["file"]) for r in rows] + [10])
    for r in rows:
        exp = ",".join(r["expected"]) or "-"
        print("%-*s  expected %-13s found %d/%d  false errors %2d %-22s false warnings %2d  notes %2d  exit %s%s"
              % (w, r["file"], exp, len(r["found"]), len(r["expected"]), r["false_errors"],
                 "(%s)" % ",".join(r["false_error_codes"]) if r["false_errors"] else "", r["false_warnings"],
                 r["notes"], r["exit"], "  (truth has no faultCodes)" if r["no_faultcodes_key"] else ""))
        if a.verbose:
            if r["missed"]:
                print("%*s  missed: %s" % (w, "", ", ".join(r["missed"])))
            for x in r["false_findings"]:
                print("%*s  false %s" % (w, "", short(x)))
            for x in r["note_findings"]:
                print("%*s  %s" % (w, "", short(x)))
    print("%-*s  expected %d, found %d, missed %d; false errors %d (in %d files), false warnings %d, notes %d; "
          "files %d (%d with slips), all found and no false error: %d, unusable: %d"
          % (w, "TOTAL", tot["expected"], tot["found"], tot["missed"], tot["false_errors"],
             tot["files_with_false_errors"], tot["false_warnings"], tot["notes"], tot["files"], tot["files_with_slips"],
             tot["files_all_found_no_false_error"], tot["unusable"]))
    for kind in sorted(k for k in tot if k.startswith("kind_")):
        t = tot[kind]
        print("%-*s  files %d, expected %d, found %d; false errors %d, false warnings %d, notes %d"
              % (w, "  kind " + kind[5:], t["files"], t["expected"], t["found"], t["false_errors"],
                 t["false_warnings"], t["notes"]))
    for c, e in tot["codes"].items():
        print("%-*s  %s expected %d, found %d; false errors %d, false warnings %d, notes %d"
              % (w, "", c, e["expected"], e["found"], e["false_errors"], e["false_warnings"], e["notes"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
