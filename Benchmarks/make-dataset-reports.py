#!/usr/bin/env python3
"""Makes COUNT text reports from the seed (Samples/muangphon-2568.txt) for the dataset
benchmark: each a different agency (name, type, province), fiscal year 2566-2568, and scores
drawn at random but consistent with each other as the templates combine them (tools the mean
of their indicators, EIT the mean of its two parts, overall 30/30/40 %, the level by the
2566-2568 rule). Deterministic: report i always gets the same content.

Usage: make-dataset-reports.py SEED OUTDIR COUNT
"""
import random
import re
import sys
from pathlib import Path

TYPES = ["เทศบาลตำบล", "เทศบาลเมือง", "องค์การบริหารส่วนตำบล"]
PROVINCES = ["ขอนแก่น", "อุดรธานี", "เชียงใหม่", "นครราชสีมา", "สงขลา", "ชลบุรี", "ลำปาง", "สุรินทร์"]
YEARS = [2566, 2567, 2568]


def r2(x):
    # Half away from zero, as ScoreRounding does.
    return float(f"{x + 1e-9:.2f}")


def fmt(x):
    return f"{x:.2f}"


def level(total, tools):
    if total >= 95 and min(tools) >= 95:
        return "ผ่านดีเยี่ยม"
    if total >= 85 and min(tools) >= 85:
        return "ผ่านดี"
    return "ผ่าน" if total >= 85 else "ไม่ผ่าน"


def report(seed, i):
    rng = random.Random(i)
    year = YEARS[i % len(YEARS)]
    name = f"{TYPES[i % len(TYPES)]}ทดสอบ{i:04d}"
    province = PROVINCES[i % len(PROVINCES)]
    ind = [r2(rng.uniform(75, 100)) for _ in range(10)]
    iit = r2(sum(ind[0:5]) / 5)
    eit = r2(sum(ind[5:8]) / 3)
    part2 = r2(min(100, eit + rng.uniform(0, 100 - eit)))
    part1 = r2(2 * eit - part2)
    oit = r2(sum(ind[8:10]) / 2)
    total = r2(0.3 * iit + 0.3 * eit + 0.4 * oit)
    lvl = level(total, [iit, eit, oit])

    text = seed
    # The values that occur only as themselves first, then the rows that say 100 (each
    # pass leaves alone what the other wrote: new values have two decimals).
    values = {"97.28": fmt(total), "94.13": fmt(oit), "98.71": fmt(ind[5]), "98.81": fmt(ind[6]),
              "98.76": fmt(ind[7]), "93.25": fmt(ind[8]), "95.00": fmt(ind[9]),
              "2568": str(year), "2569": str(year + 1)}
    text = re.sub(r"(?<![0-9])(97\.28|94\.13|98\.71|98\.81|98\.76|93\.25|95\.00|2568|2569)(?![0-9])",
                  lambda m: values[m.group(1)], text)
    for n in range(1, 6):
        text = re.sub(rf"(?m)^({n}\.[^\t\n]+)\t100$", lambda m: f"{m.group(1)}\t{fmt(ind[n - 1])}", text, count=1)
    text = re.sub(r"(?m)^(แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน \(IIT\))\t100$", rf"\g<1>\t{fmt(iit)}", text)
    text = re.sub(r"(?m)^(.*\(EIT\) ส่วนที่ 1)\t[0-9.]+$", rf"\g<1>\t{fmt(part1)}", text)
    text = re.sub(r"(?m)^(.*\(EIT\) ส่วนที่ 2)\t100$", rf"\g<1>\t{fmt(part2)}", text)
    # The analysis quotes indicators 1-5 as "ร้อยละ 100", in its table and then the measures'.
    quotes = iter(range(10))
    text = re.sub(r"ร้อยละ 100(?![0-9.])", lambda m: f"ร้อยละ {fmt(ind[next(quotes) % 5])}", text)
    text = text.replace("“ผ่านดี”", f"“{lvl}”").replace("ระดับ ผ่านดี", f"ระดับ {lvl}")
    text = text.replace("เทศบาลเมืองเมืองพล", name).replace("จังหวัดขอนแก่น", f"จังหวัด{province}")
    return text


def main():
    seed_path, out, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    seed = Path(seed_path).read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (out / f"report-{i:04d}.txt").write_text(report(seed, i), encoding="utf-8")


if __name__ == "__main__":
    main()
