#!/usr/bin/env python3
"""Checks an `ita extract` JSON of the seed report (Samples/muangphon-2568.txt, in any font or
layout) against the issue's key facts and prints which are right.

Usage: keyfacts.py REPORT.json [NAME]   (exit 0 when every fact is right)
"""
import json
import sys

report = json.load(open(sys.argv[1]))
name = sys.argv[2] if len(sys.argv) > 2 else sys.argv[1]
checks = []


def check(fact, holds):
    checks.append((fact, bool(holds)))


agency = report.get("agency") or {}
check("agency", agency.get("name") == "เทศบาลเมืองเมืองพล" and agency.get("district") == "พล"
      and agency.get("province") == "ขอนแก่น")
check("year", report.get("fiscalYear") == 2568)
overall = report.get("overall") or {}
check("overall", overall.get("score") == 97.28 and overall.get("level") == "ผ่านดี")
check("tools", [(t["code"], t.get("part"), t.get("score")) for t in report["tools"]]
      == [("IIT", None, 100), ("EIT", 1, 97.51), ("EIT", 2, 100), ("OIT", None, 94.13)])
scores = {1: 100, 2: 100, 3: 100, 4: 100, 5: 100, 6: 98.71, 7: 98.81, 8: 98.76, 9: 93.25, 10: 95}
check("indicators", {i["number"]: i.get("score") for i in report["indicators"]} == scores
      and [i["tool"] for i in report["indicators"]] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2)
check("analysis", sorted(a["indicator"] for a in report["analysis"]) == list(range(1, 11)))
measures = report["measures"]
check("measures", sorted(m["indicator"] for m in measures) == list(range(1, 11)))
for m in measures:
    period = m.get("period") or {}
    if (period.get("start"), period.get("end")) != ("2025-10-01", "2026-09-30"):
        checks.append((f"period of measure {m['indicator']}", False))
fifth = [m for m in measures if m["indicator"] == 5]
check("measure 5 units", fifth and fifth[0]["responsible"]
      == ["สำนักปลัด", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
wrong = [fact for fact, holds in checks if not holds]
print(f"{name:46} {'all right' if not wrong else 'wrong: ' + ', '.join(wrong)}")
sys.exit(1 if wrong else 0)
