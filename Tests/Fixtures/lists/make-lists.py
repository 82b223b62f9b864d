#!/usr/bin/env python3
"""Write results lists (kind G of report-families.md) with their truth.

    make-lists.py --set tuning    [--out DIR]   (default DIR: this folder; the committed set)
    make-lists.py --set measuring --out DIR     (never commit: measured on only, e.g. /tmp/lists-measuring)
    make-lists.py --list [--set ...]

A results list announces in one table the ITA result of many agencies: ที่ | name | IIT |
EIT | OIT | รวม | ระดับ. Every list here is invented (agencies, figures). For each list NAME
the script writes

  NAME.pdf          the list rendered through HTML and LibreOffice in one Thai font (the
                    table's header repeated on every page, as a spreadsheet prints it),
  NAME.truth.json   what the list states: the fiscal year, the announcing body, whether the
                    tool columns are weighted points or scores, and each row (rank, name,
                    province when a column gives it, total, level, the tools as printed; a
                    tool printed "-" is absent),

and, for lists marked scanned, NAME-scan.pdf: the PDF as a scanner gives it back (pictures
only, read by OCR), through Tests/Fixtures/scans/make-scans.py's scan_pdf.

Figures: each agency has three tool scores; the points are score × weight (30/30/40), the
total their sum (or, in lists of scores, the weighted sum), each rounded to two decimals as
published; the level follows the year's rule (2562–2565 AA–F by the total; 2566–2568
ผ่านดีเยี่ยม/ผ่านดี/ผ่าน by the total and every tool, below 85 the list's own word). Slips
put in on purpose, with the truth saying so: a row whose tools do not add up to its total,
a tool printed "-" (its total then the sum of the others), a row with no result at all.

Needs Python 3, LibreOffice (soffice), poppler-utils and Debian's fonts-thai-tlwg (and Pillow
and NumPy for the scans). Randomness is seeded: the same set comes out the same.
"""
import argparse
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
PROFILE = "/tmp/lists-work/lo-profile"
WEIGHTS = {"IIT": 0.3, "EIT": 0.3, "OIT": 0.4}

PLACES = ["บ้านโพธิ์", "หนองบัว", "ท่าช้าง", "นาดี", "โคกสูง", "ดอนตาล", "สามโคก", "บางระจัน", "ห้วยทราย",
          "ลำปลายมาศ", "กุดจับ", "นาคู", "ทุ่งฝน", "วังสามหมอ", "ศรีธาตุ", "หนองหาน", "บ้านผือ", "น้ำโสม",
          "เพ็ญ", "สร้างคอม", "ไชยวาน", "พิบูลย์รักษ์", "กุมภวาปี", "ประจักษ์ศิลปาคม", "โนนสะอาด", "ทุ่งใหญ่",
          "ชะอวด", "พรหมคีรี", "ลานสกา", "ร่อนพิบูลย์", "เชียรใหญ่", "หัวไทร", "ปากพนัง", "ขนอม", "สิชล",
          "ท่าศาลา", "นบพิตำ", "ช้างกลาง", "บางขัน", "ถ้ำพรรณรา", "จุฬาภรณ์", "พระพรหม", "เฉลิมพระเกียรติ",
          "แม่ริม", "สันทราย", "ดอยสะเก็ด", "แม่แตง", "เชียงดาว", "ฝาง", "แม่อาย", "พร้าว", "สะเมิง",
          "จอมทอง", "ฮอด", "ดอยเต่า", "อมก๋อย", "สารภี", "หางดง", "สันป่าตอง", "แม่วาง", "กัลยาณิวัฒนา"]
PROVINCES = ["ขอนแก่น", "อุดรธานี", "นครศรีธรรมราช", "เชียงใหม่", "สกลนคร", "ชัยภูมิ", "สุรินทร์", "ลำปาง"]
COLLEGE_KINDS = ["วิทยาลัยเทคนิค", "วิทยาลัยอาชีวศึกษา", "วิทยาลัยการอาชีพ", "วิทยาลัยเกษตรและเทคโนโลยี",
                 "วิทยาลัยสารพัดช่าง"]
LOCAL_KINDS = ["เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "เทศบาลเมือง"]
UNITS = ["คณะวิทยาศาสตร์", "คณะเกษตรศาสตร์", "คณะวิศวกรรมศาสตร์", "คณะศึกษาศาสตร์", "คณะพยาบาลศาสตร์",
         "คณะแพทยศาสตร์", "คณะมนุษยศาสตร์และสังคมศาสตร์", "คณะบริหารธุรกิจและการบัญชี", "คณะนิติศาสตร์",
         "คณะสถาปัตยกรรมศาสตร์", "คณะเทคโนโลยี", "คณะสาธารณสุขศาสตร์", "คณะเภสัชศาสตร์", "คณะทันตแพทยศาสตร์",
         "คณะเทคนิคการแพทย์", "คณะสัตวแพทยศาสตร์", "คณะศิลปกรรมศาสตร์", "คณะเศรษฐศาสตร์", "สำนักงานอธิการบดี",
         "สำนักหอสมุด", "สำนักบริการวิชาการ", "สำนักเทคโนโลยีดิจิทัล", "บัณฑิตวิทยาลัย", "วิทยาลัยการปกครองท้องถิ่น",
         "วิทยาลัยนานาชาติ", "สถาบันวิจัยและพัฒนา", "ศูนย์หัวใจสิริกิติ์", "โรงพยาบาลศรีนครินทร์", "โรงเรียนสาธิต",
         "สำนักบริหารทรัพย์สิน", "กองกลาง", "กองคลัง", "กองแผนงาน", "กองบริหารงานบุคคล", "กองพัฒนานักศึกษา",
         "กองอาคารสถานที่", "กองบริการการศึกษา", "กองสื่อสารองค์กร", "สำนักงานสภามหาวิทยาลัย"]


def r2(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def th_digits(s):
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def fmt(x, thai):
    s = "%.2f" % x
    return th_digits(s) if thai else s


def level_of(year, total, tools, below):
    if year <= 2565:
        for name, low in [("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50)]:
            if total >= low:
                return name
        return "F"
    if total >= 95 and all(t >= 95 for t in tools.values()):
        return "ผ่านดีเยี่ยม"
    if total >= 85 and all(t >= 85 for t in tools.values()):
        return "ผ่านดี"
    if total >= 85:
        return "ผ่าน"
    return below


# Each list: name, set, year, kind of agencies, rows, points or scores, font, size, Thai digits,
# ruled, province column, the slips (row numbers in order of score), scanned.
LISTS = [
    dict(name="t1-colleges-2568-points", set="tuning", year=2568, agencies="colleges", rows=48, points=True,
         font="Laksaman", size=13, thai=True, ruled=True, province=False, below="ปรับปรุง",
         dash=[30], slip=[12], noresult=[48], seed=1,
         body="สำนักงานคณะกรรมการการอาชีวศึกษา"),
    dict(name="t2-faculties-2563-scores", set="tuning", year=2563, agencies="units", rows=30, points=False,
         font="Garuda", size=11, thai=False, ruled=True, province=False, below=None,
         dash=[], slip=[7], noresult=[], twice=[(3, 21)], seed=2, low=True,
         body="มหาวิทยาลัยขอนแก่น"),
    dict(name="t3-local-2567-points", set="tuning", year=2567, agencies="local", rows=22, points=True,
         font="Norasi", size=12, thai=False, ruled=True, province=True, below="ไม่ผ่าน",
         dash=[15], slip=[], noresult=[], seed=3, scanned=True,
         body="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น"),
    # A covering letter first, 16 pt as government letters are, sent on as an office scan.
    dict(name="t4-colleges-2568-letter", set="tuning", year=2568, agencies="colleges", rows=66, points=True,
         font="Laksaman", size=16, thai=True, ruled=True, province=False, below="ปรับปรุง",
         dash=[50], slip=[], noresult=[64, 65, 66], seed=4, letter=True,
         office=dict(dpi=200, angle=0.35, shear=0.5, drop=[3], highlight=0.5),
         body="สำนักงานคณะกรรมการการอาชีวศึกษา"),
    dict(name="m1-colleges-2568-points", set="measuring", year=2568, agencies="colleges", rows=60, points=True,
         font="Loma", size=12, thai=True, ruled=True, province=False, below="ปรับปรุง",
         dash=[41, 55], slip=[9], noresult=[59, 60], seed=11,
         body="สำนักงานคณะกรรมการการอาชีวศึกษา"),
    dict(name="m2-units-2564-scores", set="measuring", year=2564, agencies="units", rows=39, points=False,
         font="Waree", size=11, thai=False, ruled=True, province=False, below=None,
         dash=[17], slip=[25], noresult=[], seed=12, low=True,
         body="มหาวิทยาลัยสกลนคร"),
    dict(name="m3-local-2566-scores", set="measuring", year=2566, agencies="local", rows=35, points=False,
         font="Umpush", size=12, thai=True, ruled=True, province=True, below="ไม่ผ่าน",
         dash=[], slip=[4], noresult=[], seed=13,
         body="สำนักงาน ป.ป.ช. ประจำจังหวัดอุดรธานี"),
    dict(name="m4-local-2568-points", set="measuring", year=2568, agencies="local", rows=26, points=True,
         font="Kinnari", size=13, thai=False, ruled=True, province=True, below="ไม่ผ่าน",
         dash=[20], slip=[], noresult=[26], seed=14, scanned=True,
         body="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสุรินทร์"),
    dict(name="m5-colleges-2565-points", set="measuring", year=2565, agencies="colleges", rows=44, points=True,
         font="Tlwg Typo", size=10, thai=False, ruled=True, province=False, below=None,
         dash=[], slip=[18, 33], noresult=[], seed=15, low=True,
         body="สถาบันการอาชีวศึกษาภาคตะวันออกเฉียงเหนือ 1"),
    dict(name="m6-colleges-2567-letter", set="measuring", year=2567, agencies="colleges", rows=58, points=True,
         font="Norasi", size=15, thai=True, ruled=True, province=False, below="ไม่ผ่าน",
         dash=[44], slip=[], noresult=[57, 58], seed=16, letter=True,
         office=dict(dpi=150, angle=-0.5, shear=-0.4, drop=[2], highlight=0.3),
         body="สถาบันการอาชีวศึกษาภาคใต้ 2"),
]

LETTER = ("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้ดำเนินการประเมินคุณธรรมและความโปร่งใส"
          "ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. %s เพื่อส่งเสริมการบริหารงานอย่างมีธรรมาภิบาล นั้น "
          "บัดนี้ การประเมินได้เสร็จสิ้นแล้ว จึงขอส่งประกาศผลการประเมินมาเพื่อโปรดทราบ และแจ้งบุคลากรในสังกัดทราบต่อไป")


def names(spec, rng):
    n = spec["rows"]
    if spec["agencies"] == "units":
        pool = UNITS[:]
        rng.shuffle(pool)
        return [(u, None) for u in (pool * 2)[:n]]
    places = PLACES[:]
    rng.shuffle(places)
    out = []
    for i in range(n):
        kinds = COLLEGE_KINDS if spec["agencies"] == "colleges" else LOCAL_KINDS
        kind = kinds[rng.randrange(len(kinds))]
        out.append((kind + places[i % len(places)], rng.choice(PROVINCES) if spec["province"] else None))
    return out


def build(spec):
    rng = random.Random(spec["seed"])
    agencies = names(spec, rng)
    rows = []
    for i, (name, province) in enumerate(agencies):
        base = rng.uniform(60, 99.5) if spec.get("low") else rng.uniform(78, 99.8)
        scores = {c: r2(min(100.0, max(0.0, base + rng.uniform(-9, 6)))) for c in WEIGHTS}
        if i % 7 == 0:
            scores["IIT"] = 100.0
        rows.append(dict(name=name, province=province, scores=scores))
    for row in rows:
        points = {c: r2(row["scores"][c] * w) for c, w in WEIGHTS.items()}
        row["points"] = points
        if spec["points"]:
            row["total"] = r2(sum(points.values()))
        else:
            row["total"] = r2(sum(row["scores"][c] * w for c, w in WEIGHTS.items()))
    rows.sort(key=lambda r: -r["total"])
    # Slips, by position after sorting (1-based): a tool printed "-", tools not adding up, no result.
    for k in spec["dash"]:
        row = rows[k - 1]
        row["missing"] = "EIT"
        if spec["points"]:
            row["total"] = r2(sum(v for c, v in row["points"].items() if c != "EIT"))
    for k in spec["slip"]:
        rows[k - 1]["total"] = r2(rows[k - 1]["total"] + 1.37)
        rows[k - 1]["slip"] = True
    for k in spec["noresult"]:
        rows[k - 1]["noresult"] = True
    # Sorted again by the printed total; rows without a result at the end.
    rows.sort(key=lambda r: (r.get("noresult", False), -r["total"]))
    for a, b in spec.get("twice", []):
        rows[b - 1]["name"] = rows[a - 1]["name"]
        rows[b - 1]["twice"] = True
    truth_rows = []
    for rank, row in enumerate(rows, 1):
        tools = {}
        if not row.get("noresult"):
            for c in WEIGHTS:
                if row.get("missing") == c:
                    continue
                tools[c] = row["points"][c] if spec["points"] else row["scores"][c]
        present = {c: row["scores"][c] for c in WEIGHTS if c != row.get("missing")}
        level = None
        if not row.get("noresult"):
            level = level_of(spec["year"], row["total"], present, spec["below"])
        t = dict(rank=rank, name=row["name"], total=None if row.get("noresult") else row["total"],
                 level=level, tools=tools)
        if row["province"]:
            t["province"] = row["province"]
        for mark in ("slip", "missing", "twice", "noresult"):
            if row.get(mark):
                t[mark] = row[mark]
        truth_rows.append(t)
    return truth_rows


def title_lines(spec):
    body = spec["body"]
    year = spec["year"]
    y = th_digits(str(year)) if spec["thai"] else str(year)
    return [
        "ประกาศ%s" % body,
        "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        "ประจำปีงบประมาณ พ.ศ. %s" % y,
        ("ตามที่สำนักงาน ป.ป.ช. ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
         "ประจำปีงบประมาณ พ.ศ. %s นั้น บัดนี้การประเมินได้เสร็จสิ้นแล้ว จึงขอประกาศผลการประเมินของหน่วยงานในสังกัด "
         "ตามบัญชีแนบท้ายประกาศนี้" % y),
    ]


def header(spec):
    name_head = {"colleges": "ชื่อสถานศึกษา", "units": "หน่วยงาน", "local": "ชื่อหน่วยงาน"}[spec["agencies"]]
    cols = ["ที่", name_head]
    if spec["province"]:
        cols.append("จังหวัด")
    cols += ["IIT", "EIT", "OIT", "รวม" if spec["points"] else "คะแนน ITA", "ระดับผลการประเมิน"]
    return cols


def cells(spec, row):
    thai = spec["thai"]
    out = [th_digits(str(row["rank"])) if thai else str(row["rank"]), row["name"]]
    if spec["province"]:
        out.append(row.get("province", ""))
    for c in WEIGHTS:
        out.append(fmt(row["tools"][c], thai) if c in row["tools"] else "-")
    out.append(fmt(row["total"], thai) if row["total"] is not None else "-")
    out.append(row["level"] or "-")
    return out


def html_doc(spec, rows):
    fam = "'%s'" % spec["font"]
    size = spec["size"]
    border = "border: 0.5pt solid #000000;" if spec["ruled"] else "border: none;"
    out = ['<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n' % spec["name"],
           "<style>\n@page { size: A4 portrait; margin: 1.6cm }\n",
           "body { font-family: %s; font-size: %dpt }\ntd, th { %s padding: 1pt; font-family: %s; font-size: %dpt }\n"
           "</style>\n</head>\n<body>\n" % (fam, size, border, fam, size)]
    if spec.get("letter"):
        y = th_digits(str(spec["year"])) if spec["thai"] else str(spec["year"])
        out.append('<p style="text-align: right">%s</p>\n' % html.escape(spec["body"]))
        out.append('<p>เรื่อง ส่งประกาศผลการประเมิน ITA</p>\n<p>เรียน ผู้อำนวยการสถานศึกษาในสังกัด</p>\n')
        out.append('<p style="page-break-after: always">%s</p>\n' % html.escape(LETTER % y))
    for i, line in enumerate(title_lines(spec)):
        align = "center" if i < 3 else "left"
        out.append('<p style="text-align: %s; margin: 0 0 %dpt 0">%s</p>\n' % (align, 2 if i < 2 else 6, html.escape(line)))
    head = header(spec)
    widths = {"ที่": 5, "จังหวัด": 11, "IIT": 9, "EIT": 9, "OIT": 9, "รวม": 10, "คะแนน ITA": 10, "ระดับผลการประเมิน": 15}
    rest = 100 - sum(widths.get(h, 0) for h in head)
    out.append('<table width="100%" cellspacing="0" cellpadding="2" border="1" style="border-collapse: collapse">\n<thead>\n<tr>')
    for h in head:
        out.append('<th width="%d%%">%s</th>' % (widths.get(h, rest), html.escape(h)))
    out.append("</tr>\n</thead>\n<tbody>\n")
    for row in rows:
        cs = cells(spec, row)
        out.append("<tr>")
        for k, c in enumerate(cs):
            align = "left" if head[k] in ("หน่วยงาน", "ชื่อหน่วยงาน", "ชื่อสถานศึกษา", "จังหวัด") else "center"
            out.append('<td style="text-align: %s">%s</td>' % (align, html.escape(c)))
        out.append("</tr>\n")
    out.append("</tbody>\n</table>\n</body>\n</html>\n")
    return nfc("".join(out))


def soffice_convert(html_path, outdir):
    os.makedirs(PROFILE, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=file://" + PROFILE, "--headless", "--norestore",
           "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, html_path]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(html_path))[0] + ".pdf")
    if r.returncode != 0 or not os.path.exists(pdf):
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit("soffice failed on %s" % html_path)
    return pdf


def truth_doc(spec, rows):
    return dict(kind="resultsList", fiscalYear=spec["year"], announcedBy=spec["body"],
                toolColumns="points" if spec["points"] else "scores", thaiDigits=spec["thai"], font=spec["font"],
                rows=rows)


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, text=True, check=True).stdout
    return [nfc(t) for t in out.split("\f")]


def row_box(pdf, page, name):
    """Where `name`'s row stands on `page` (points): the page's width less margins, the name's height."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                         stdout=subprocess.PIPE, text=True, check=True).stdout
    import re
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        if nfc(html.unescape(m.group(5))) == nfc(name):
            y0, y1 = float(m.group(2)), float(m.group(4))
            return (40, y0 - 3, 560, y1 + 3)
    return None


def office_scan(spec, rows, pdf, out):
    """NAME-office.pdf, the list as an office sends a scan of it on (make-scans.py's
    office_scan_pdf: the letter and some pages of the list, a highlighted row, a tracking-code
    page), with NAME-office.truth.json: the rows on the pages kept."""
    import importlib.util
    spec_mod = importlib.util.spec_from_file_location(
        "make_scans", os.path.join(ROOT, "Tests", "Fixtures", "scans", "make-scans.py"))
    mod = importlib.util.module_from_spec(spec_mod)
    spec_mod.loader.exec_module(mod)
    office = spec["office"]
    texts = page_texts(pdf)
    count = len([t for t in texts if t.strip()])
    pages = [p for p in range(1, count + 1) if p not in office["drop"]]
    import re
    def page_of(row):
        rank = th_digits(str(row["rank"])) if spec["thai"] else str(row["rank"])
        return next((p for p in range(1, count + 1) if re.search(r"(?m)^\s*%s\s" % rank, texts[p - 1])), None)
    kept = [row for row in rows if page_of(row) in pages]
    last = pages[-1]
    on_last = [row for row in kept if page_of(row) == last]
    target = on_last[int(len(on_last) * office["highlight"])]
    box = row_box(pdf, last, target["name"])
    name = spec["name"] + "-office"
    mod.office_scan_pdf(pdf, os.path.join(out, name + ".pdf"), office["dpi"], office["angle"], pages,
                        shear=office["shear"], highlight=(last, box) if box else None, seed=spec["seed"])
    truth = truth_doc(spec, kept)
    truth["scan"] = True
    with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as f:
        f.write(nfc(json.dumps(truth, ensure_ascii=False, indent=1)) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=["tuning", "measuring"], default="tuning")
    ap.add_argument("--out")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--no-scans", action="store_true")
    a = ap.parse_args()
    specs = [s for s in LISTS if s["set"] == a.set and (not a.only or s["name"] == a.only)]
    if a.list:
        for s in specs:
            print(s["name"])
        return
    out = a.out or (HERE if a.set == "tuning" else None)
    if not out:
        raise SystemExit("--set measuring needs --out (outside the repository)")
    if a.set == "measuring" and os.path.abspath(out).startswith(ROOT):
        raise SystemExit("the measuring set is never written into the repository")
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="mklists-")
    try:
        for spec in specs:
            rows = build(spec)
            hp = os.path.join(work, spec["name"] + ".html")
            with open(hp, "w", encoding="utf-8") as f:
                f.write(html_doc(spec, rows))
            pdf = soffice_convert(hp, work)
            target = os.path.join(out, spec["name"] + ".pdf")
            shutil.move(pdf, target)
            with open(os.path.join(out, spec["name"] + ".truth.json"), "w", encoding="utf-8") as f:
                f.write(nfc(json.dumps(truth_doc(spec, rows), ensure_ascii=False, indent=1)) + "\n")
            if spec.get("scanned") and not a.no_scans:
                import importlib.util
                spec_mod = importlib.util.spec_from_file_location(
                    "make_scans", os.path.join(ROOT, "Tests", "Fixtures", "scans", "make-scans.py"))
                mod = importlib.util.module_from_spec(spec_mod)
                spec_mod.loader.exec_module(mod)
                mod.scan_pdf(target, os.path.join(out, spec["name"] + "-scan.pdf"), 150, 0.4, seed=spec["seed"])
            if spec.get("office") and not a.no_scans:
                office_scan(spec, rows, target, out)
            print(spec["name"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
