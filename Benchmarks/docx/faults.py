#!/usr/bin/env python3
"""Each fault variant of the sample (Tests/Fixtures/validate/make-variants.py) as a Word draft,
through `ita validate --format json`: its code found (at what severity and place), the errors
reported, the exit status. Tuning drafts from Tests/Fixtures/docx, the rest from MEASURING_DIR.

usage: faults.py ITA MEASURING_DIR
"""
import json, subprocess, sys, os, importlib.util
spec = importlib.util.spec_from_file_location("v", "Tests/Fixtures/validate/make-variants.py"); v = importlib.util.module_from_spec(spec); spec.loader.exec_module(v)
ita = sys.argv[1]
for name, code, _ in v.VARIANTS:
    for d in ("Tests/Fixtures/docx", sys.argv[2]):
        p = os.path.join(d, name + ".docx")
        if not os.path.exists(p): continue
        r = subprocess.run([ita, "validate", p, "--format", "json"], capture_output=True, text=True)
        diags = json.loads(r.stdout)["diagnostics"] if r.stdout else []
        errors = sorted({x["code"] for x in diags if x["severity"] == "error"})
        found = [x for x in diags if x["code"] == code]
        sev = found[0]["severity"] if found else "-"
        where = found[0].get("where") if found else None
        print("%-30s %-10s %s exit=%d found=%s(%s) errors=%s where=%s" % (name, "tuning" if d.startswith("Tests") else "measuring", code, r.returncode, bool(found), sev, errors, where))
