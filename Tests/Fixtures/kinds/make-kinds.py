#!/usr/bin/env python3
"""Write test reports of kinds B and C (see /work/shared/report-families.md) with their truth.

    make-kinds.py --set tuning    [--out DIR]   (default DIR: this folder; the committed set)
    make-kinds.py --set measuring --out DIR     (never commit: fonts and reports only there)
    make-kinds.py --list [--set ...]
    make-kinds.py --set tuning --only b-khoksamran-2566 [--keep-html]

Every report below is invented (agencies, wording, figures); the question wording of the
2566 assessment (ita-framework.md section 6) is the NACC's own and is reused as such.

For each report NAME the script writes
  NAME.truth.json   the facts the report states (format in README.md),
  NAME.txt          the report as text in the seed's format (Samples/muangphon-2568.txt):
                    consecutive lines holding a TAB are the rows of one table, the first of
                    them its header; a merged cell is its value in the first row (column) it
                    covers and empty cells in the rows below (columns to the right); a cell of
                    several paragraphs is written <p>..</p><p>..</p>; a later row equal to the
                    header is a page-break marker of the source;
  NAME-FONT.pdf     the report rendered through HTML and LibreOffice in one font and layout
                    (kind B: every report in several; kind C: only some).

Needs Python 3 (stdlib only), LibreOffice (soffice), poppler-utils (pdffonts, pdfunite) and
Debian's fonts-thai-tlwg.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "/tmp/kinds-work/lo-profile"


def r2(x):
    """Round half up to 2 decimals (as the NACC's and agencies' tables do)."""
    return float(Decimal(repr(float(x))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def mean(xs):
    return sum(xs) / len(xs)


def fmt(x, style="2"):
    """A score as printed: '2' always two decimals; 'trim' 100 -> '100', 95.5 -> '95.50'."""
    if style == "trim" and x == int(x):
        return str(int(x))
    return "%.2f" % x


THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return s.translate(THAI_DIGITS)


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# The framework (ita-framework.md): indicators, questions, level rule
# ---------------------------------------------------------------------------
INDICATORS = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ",
              4: "การใช้ทรัพย์สินของราชการ", 5: "การแก้ไขปัญหาการทุจริต",
              6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร", 8: "การปรับปรุงระบบการทำงาน",
              9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}
TOOL_OF = {n: ("IIT" if n <= 5 else "EIT" if n <= 8 else "OIT") for n in range(1, 11)}
TOOL_NAME = {"IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
             "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
             "OIT": "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"}

Q = {
    "i1": "เจ้าหน้าที่ของหน่วยงานท่าน ปฏิบัติหรือให้บริการแก่บุคคลภายนอก เป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด",
    "i2": "เจ้าหน้าที่ของหน่วยงาน ปฏิบัติหรือให้บริการแก่บุคคลภายนอกอย่างเท่าเทียมกัน มากน้อยเพียงใด",
    "i3": "เจ้าหน้าที่ของหน่วยงาน ปฏิบัติงานหรือให้บริการโดยมุ่งผลสัมฤทธิ์ของงานและรับผิดชอบต่อหน้าที่ มากน้อยเพียงใด",
    "i4": "เจ้าหน้าที่ของหน่วยงาน มีการเรียกรับเงิน ทรัพย์สิน ของขวัญ ของกำนัลหรือผลประโยชน์ (นอกเหนือจากที่กฎหมายกำหนด เช่น ค่าธรรมเนียม ค่าปรับ) เพื่อแลกกับการปฏิบัติงานหรือให้บริการ หรือไม่",
    "i5": "เจ้าหน้าที่ของหน่วยงาน มีการเรียกรับเงิน ทรัพย์สิน ของขวัญ ของกำนัลหรือผลประโยชน์จากบุคคลอื่น ที่อาจส่งผลให้มีการปฏิบัติหน้าที่อย่างไม่เป็นธรรม เพื่อเป็นการตอบแทน หรือไม่",
    "i6": "เจ้าหน้าที่ของหน่วยงานท่าน มีการให้เงิน ทรัพย์สิน ของขวัญ ของกำนัล หรือผลประโยชน์ แก่บุคคลภายนอกเพื่อสร้างความสัมพันธ์ที่ดีและคาดหวังให้มีการตอบแทนในอนาคต หรือไม่",
    "i7": "ท่านทราบข้อมูลเกี่ยวกับงบประมาณของหน่วยงานหรือของส่วนงานที่ท่านปฏิบัติหน้าที่มากน้อยพียงใด",
    "i8": "ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ มากน้อยเพียงใด",
    "i9": "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์และคุ้มค่ามากน้อยเพียงใด",
    "i10": "หน่วยงานของท่าน ใช้จ่ายงบประมาณเพื่อประโยชน์ส่วนตัว กลุ่ม พวกพ้องมากน้อยเพียงใด",
    "i11": "เจ้าหน้าที่ของหน่วยงานท่าน มีการเบิกจ่ายเงินที่เป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุ อุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด",
    "i12": "หน่วยงานของท่าน มีการจัดซื้อจัดจ้างที่เอื้อประโยชน์ให้ผู้ประกอบการรายใดรายหนึ่ง มากน้อยเพียงใด",
    "i13": "ท่านได้รับมอบหมายงานตามตำแหน่งหน้าที่จากผู้บังคับบัญชาของท่านอย่างเป็นธรรม มากน้อยเพียงใด",
    "i14": "ท่านได้รับการประเมินผลการปฏิบัติงานจากผู้บังคับบัญชาของท่านอย่างเป็นธรรม มากน้อยเพียงใด",
    "i15": "ผู้บังคับบัญชาของท่าน มีการคัดเลือกผู้เข้ารับการฝึกอบรม การศึกษาดูงานหรือการให้ทุนการศึกษา อย่างเป็นธรรม มากน้อยเพียงใด",
    "i16": "ท่านเคยถูกผู้บังคับบัญชาสั่งการให้ทำธุระส่วนตัวของผู้บังคับบัญชามากน้อยเพียงใด",
    "i17": "ท่านเคยถูกผู้บังคับบัญชาสั่งการให้ทำในสิ่งที่ไม่ถูกต้อง หรือมีความเสี่ยงต่อการทุจริตมากน้อยเพียงใด",
    "i18": "การสรรหา บรรจุ แต่งตั้ง โยกย้าย เลื่อนตำแหน่ง ในหน่วยงานของท่านมีการเอื้อประโยชน์ให้บุคคลใดบุคคลหนึ่งหรือพวกพ้อง มากน้อยเพียงใด",
    "i19": "ท่านรู้แนวปฏิบัติของหน่วยงานของท่านเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้องมากน้อยเพียงใด",
    "i20": "ขั้นตอนการขออนุญาตเพื่อยืมทรัพย์สินของราชการ ไปใช้ปฏิบัติงานมีความสะดวกมากน้อยเพียงใด",
    "i21": "เจ้าหน้าที่ของหน่วยงาน มีการขออนุญาตยืมทรัพย์สินของราชการไปใช้ปฏิบัติงานอย่างถูกต้อง มากน้อยเพียงใด",
    "i22": "บุคคลภายนอกหรือเอกชน มีการนำทรัพย์สินของราชการไปใช้ โดยไม่ได้ขออนุญาตอย่างถูกต้อง มากน้อยเพียงใด",
    "i23": "เจ้าหน้าที่ของหน่วยงานท่าน มีการใช้ทรัพย์สินของราชการ เพื่อประโยชน์ส่วนตัวมากน้อยเพียงใด",
    "i24": "หน่วยงานของท่าน มีการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการอย่างสม่ำเสมอ เพื่อป้องกันไม่ให้มีการนำไปใช้ประโยชน์ส่วนตัวมากน้อยเพียงใด",
    "i25": "ผู้บริหารสูงสุดของหน่วยงานของท่านให้ความสำคัญกับการแก้ไขปัญหาการทุจริตและประพฤติมิชอบ มากน้อยเพียงใด",
    "i26": "มาตรการป้องกันการทุจริตของหน่วยงานท่านสามารถป้องกันการทุจริตได้จริงมากน้อยเพียงใด",
    "i27": "ท่านทราบเกี่ยวกับมาตรฐานทางจริยธรรมหรือประมวลจริยธรรมสำหรับเจ้าหน้าที่ของหน่วยงานท่าน มากน้อยเพียงใด",
    "i28": "หน่วยงานของท่าน มีการนำผลการประเมิน ITA ไปปรับปรุงการทำงานเพื่อป้องกันการทุจริตในหน่วยงาน มากน้อยเพียงใด",
    "i29": "หากท่านพบเห็นการทุจริตที่เกิดขึ้นในหน่วยงาน ท่านมั่นใจที่จะแจ้งให้ข้อมูล หรือร้องเรียนต่อส่วนงานที่เกี่ยวข้องได้ มากน้อยเพียงใด",
    "i30": "หากมีเจ้าหน้าที่กระทำการทุจริต หน่วยงานของท่านจะมีการตรวจสอบและลงโทษอย่างจริงจัง มากน้อยเพียงใด",
    "e1": "หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด",
    "e2": "หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน อย่างเป็นธรรมและไม่เลือกปฏิบัติมากน้อยเพียงใด",
    "e3": "หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน โดยมุ่งผลสัมฤทธิ์ และรับผิดชอบต่อหน้าที่ มากน้อยเพียงใด",
    "e4": "ในช่วง 1 ปีที่ผ่านมา ท่านเคยถูกเจ้าหน้าที่เรียกรับเงิน ทรัพย์สิน ของขวัญของกำนัล หรือผลประโยชน์ (นอกเหนือจากที่กฎหมายกำหนด เช่นค่าธรรมเนียม ค่าปรับ เป็นต้น) เพื่อแลกกับการปฏิบัติงานหรือให้บริการแก่ท่านหรือไม่",
    "e5": "หน่วยงานมีการทำงาน หรือโครงการต่างๆ เพื่อให้เกิดประโยชน์แก่ประชาชนและส่วนรวม มากน้อยเพียงใด",
    "e6": "หน่วยงานมีช่องทางเผยแพร่ข้อมูลข่าวสารที่สามารถเข้าถึงได้ง่ายมากน้อยเพียงใด",
    "e7": "หน่วยงานมีการเผยแพร่ข้อมูลข่าวสารที่ประชาชน หรือผู้รับบริการควรได้รับทราบอย่างชัดเจน มากน้อยเพียงใด",
    "e8": "หน่วยงานมีช่องทางที่ท่านสามารถติชมหรือแสดงความคิดเห็นต่อการปฏิบัติงาน หรือการให้บริการหรือไม่",
    "e9": "หน่วยงานสามารถสื่อสาร ตอบข้อซักถาม หรือให้คำอธิบาย แก่ท่านได้อย่างชัดเจน มากน้อยเพียงใด",
    "e10": "หน่วยงานมีช่องทางที่ท่านสามารถแจ้งให้ข้อมูล หรือร้องเรียน ในกรณีที่พบว่ามีเจ้าหน้าที่มีการเรียกรับสินบนหรือทุจริตต่อหน้าที่ หรือไม่",
    "e11": "การปฏิบัติหรือการให้บริการของเจ้าหน้าที่ดีขึ้นกว่าที่ผ่านมา มากน้อยเพียงใด",
    "e12": "วิธีการขั้นตอนการปฏิบัติหรือการให้บริการสะดวกรวดเร็วขึ้นกว่าที่ผ่านมามากน้อยเพียงใด",
    "e13": "หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่",
    "e14": "หน่วยงานเปิดโอกาสให้บุคคลภายนอกได้เข้าไปมีส่วนร่วมปรับปรุงพัฒนาการดำเนินงานให้ดีขึ้น มากน้อยเพียงใด",
    "e15": "หน่วยงานมีการปรับปรุงองค์กรให้มีความโปร่งใสมากขึ้น มากน้อยเพียงใด",
    # OIT: o1-o11 as ita-framework.md section 6; o12-o43 named plausibly for these fixtures
    "o1": "โครงสร้าง", "o2": "ข้อมูลผู้บริหาร", "o3": "อำนาจหน้าที่",
    "o4": "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "o5": "ข้อมูลการติดต่อ", "o6": "กฎหมายที่เกี่ยวข้อง",
    "o7": "ข่าวประชาสัมพันธ์", "o8": "Q&A", "o9": "Social Network",
    "o10": "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "o11": "แผนดำเนินงานและการใช้งบประมาณประจำปี",
    "o12": "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
    "o13": "รายงานผลการดำเนินงานประจำปี", "o14": "คู่มือหรือมาตรฐานการปฏิบัติงาน",
    "o15": "คู่มือหรือมาตรฐานการให้บริการ", "o16": "ข้อมูลเชิงสถิติการให้บริการ",
    "o17": "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "o18": "E-Service",
    "o19": "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
    "o20": "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
    "o21": "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
    "o22": "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
    "o23": "นโยบายการบริหารทรัพยากรบุคคล", "o24": "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
    "o25": "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "o26": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
    "o27": "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "o28": "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "o29": "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
    "o30": "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "o31": "ประกาศเจตจำนงสุจริตของผู้บริหาร", "o32": "การมีส่วนร่วมของผู้บริหาร",
    "o33": "การประเมินความเสี่ยงการทุจริตประจำปี", "o34": "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    "o35": "การเสริมสร้างวัฒนธรรมองค์กร", "o36": "แผนปฏิบัติการป้องกันการทุจริต",
    "o37": "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน",
    "o38": "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
    "o39": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "o40": "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "o41": "มาตรการป้องกันการรับสินบน", "o42": "การดำเนินการตามมาตรการป้องกันการรับสินบน",
    "o43": "การประเมินผลการดำเนินการตามมาตรการป้องกันการรับสินบน",
}
OIT_SPLIT = 30          # in these fixtures o1-o30 belong to indicator 9, o31-o43 to indicator 10


def indicator_of(code):
    k, n = code[0], int(code[1:])
    if k == "i":
        return (n - 1) // 6 + 1
    if k == "e":
        return (n - 1) // 5 + 6
    return 9 if n <= OIT_SPLIT else 10


def short(text):
    """A shortened question, as some reports print it."""
    for tail in (" มากน้อยเพียงใด", "มากน้อยเพียงใด", "มากน้อยพียงใด", " หรือไม่", "หรือไม่"):
        if text.endswith(tail):
            text = text[: -len(tail)]
            break
    if len(text) > 48:
        cut = text.rfind(" ", 0, 48)
        cut = cut if cut > 20 else 48
        while cut < len(text) and unicodedata.category(text[cut]) == "Mn":
            cut += 1                   # never strand a Thai mark from its base
        text = text[:cut].rstrip() + "…"
    return text


def level_2566(total, tools):
    """ita-framework.md section 3, the best-fitting hypothesis (2566-2568)."""
    if total >= 95 and all(t >= 95 for t in tools):
        return "ผ่านดีเยี่ยม"
    if total >= 85 and all(t >= 85 for t in tools):
        return "ผ่านดี"
    if total >= 85:
        return "ผ่าน"
    return "ไม่ผ่าน"


def level_letters(total):
    for edge, name in ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")):
        if total >= edge:
            return name
    return "F"


# ---------------------------------------------------------------------------
# Kind B reports (invented). Item scores are data; indicators, tools, overall and level
# follow from them by the framework's arithmetic (checked in compute()).
# ---------------------------------------------------------------------------
B_REPORTS = [
    dict(
        name="b-khoksamran-2566", set="tuning",
        agency=dict(name="เทศบาลตำบลโคกสำราญใต้", type="เทศบาลตำบล", district="บ้านแฮด", province="ขอนแก่น"),
        title_agency="เทศบาลตำบลโคกสำราญใต้ อำเภอบ้านแฮด จังหวัดขอนแก่น",
        short_agency="เทศบาลตำบลโคกสำราญใต้",
        fiscal=2566, prev_score=85.91,
        iit=[88.95, 96.65, 95.75, 90.25, 92.85, 92.35, 80.54, 82.02, 88.51, 87.81, 96.53, 92.17, 95.73, 87.52,
             92.31, 95.29, 89.97, 97.71, 97.24, 87.83, 87.77, 93.35, 97.64, 91.62, 89.84, 78.06, 87.81, 89.89,
             92.23, 92.85],
        eit=[81.52, 81.49, 81.36, 83.96, 82.13, 65.23, 88.05, 85.01, 85.94, 81.01, 89.72, 88.29, 66.31, 68.59,
             86.79],
        oit_fail=[8, 17, 29, 37],           # items scored 0; all others 100
        oit_print=list(range(1, 12)),
        code_case="lower", wording="full", ind_table="rowspan", tool_valign="middle", score_style="2",
        qtable_tool_rows=False, qtable_marker_after=16,
        overall_text=("{short} ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                      "ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนน {overall} คะแนน อยู่ในระดับ {level} "
                      "สูงกว่าปีที่ผ่านมา {delta} คะแนน (ปีงบประมาณ พ.ศ. 2565 ได้ {prev} คะแนน) "
                      "ซึ่งผ่านเกณฑ์การประเมินที่กำหนดไว้ 85 คะแนน"),
        topics=[
            ("การรับรู้ข้อมูลและการมีส่วนร่วมด้านงบประมาณ", ["i7", "i8"]),
            ("ประสิทธิภาพของมาตรการป้องกันการทุจริต", ["i26"]),
            ("การเผยแพร่ข้อมูลข่าวสารผ่านช่องทางที่เข้าถึงง่าย", ["e6"]),
            ("การให้บริการออนไลน์", ["e13"]),
            ("การเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วม", ["e14"]),
        ],
        measures=[
            dict(items=["i7", "i8"],
                 finding="บุคลากรบางส่วนไม่ทราบรายละเอียดงบประมาณของส่วนงาน และมีส่วนร่วมในการจัดทำงบประมาณน้อย",
                 method="เผยแพร่ข้อมูลงบประมาณและเปิดให้บุคลากรเสนอความเห็นต่อร่างข้อบัญญัติงบประมาณ",
                 steps=["1. จัดประชุมชี้แจงแผนการใช้งบประมาณแก่บุคลากรทุกระดับ",
                        "2. ติดประกาศสรุปงบประมาณรายจ่ายประจำปีที่บอร์ดภายในสำนักงาน",
                        "3. เปิดรับข้อเสนอแนะผ่านแบบฟอร์มออนไลน์"],
                 resp="สำนักคลัง", resp_list=["สำนักคลัง"],
                 period="ตุลาคม 2566 ถึงกันยายน 2567", start="2023-10-01", end="2024-09-30",
                 follow="รายงานผลต่อนายกเทศมนตรีทุกไตรมาส"),
            dict(items=["i26"],
                 finding="บุคลากรยังไม่มั่นใจว่ามาตรการที่มีอยู่ป้องกันการทุจริตได้จริง",
                 method="ทบทวนมาตรการป้องกันการทุจริตร่วมกับผู้ปฏิบัติงาน",
                 steps=["1. ประเมินความเสี่ยงการทุจริตรายกระบวนงาน",
                        "2. ปรับปรุงมาตรการและประกาศให้ทราบทั่วกัน"],
                 resp="สำนักปลัด และทุกสำนักกอง", resp_list=["สำนักปลัด", "ทุกสำนักกอง"],
                 period="1 ตุลาคม 2566 ถึง 31มีนาคม 2567", start="2023-10-01", end="2024-03-31",
                 follow="สรุปผลการทบทวนมาตรการรอบ 6 เดือน"),
            dict(items=["e6"],
                 finding="ผู้รับบริการเข้าถึงข้อมูลข่าวสารของเทศบาลได้ไม่สะดวก",
                 method="เพิ่มช่องทางเผยแพร่ข้อมูลทางสื่อสังคมออนไลน์และหอกระจายข่าว",
                 steps=["1. ปรับปรุงหน้าเว็บไซต์ให้ค้นหาข่าวได้ง่าย",
                        "2. เผยแพร่ข่าวผ่านเพจและไลน์กลุ่มหมู่บ้าน"],
                 resp="สำนักปลัด", resp_list=["สำนักปลัด"],
                 period="1 มีนาคม 30 กันยายน 2567", start="2024-03-01", end="2024-09-30",
                 follow="นับจำนวนผู้เข้าชมและรายงานผลทุกเดือน"),
            dict(items=["e13"],
                 finding="ยังไม่มีระบบรับคำร้องออนไลน์ที่ใช้งานได้ครบทุกงานบริการ",
                 method="จัดทำระบบ E-Service สำหรับคำร้องทั่วไปและการชำระภาษี",
                 steps=["1. สำรวจงานบริการที่ให้บริการออนไลน์ได้",
                        "2. จัดทำแบบฟอร์มคำร้องออนไลน์และทดลองใช้"],
                 resp="ทุกสำนักกอง", resp_list=["ทุกสำนักกอง"],
                 period="ตุลาคม 2566 ถึงกันยายน 2567", start="2023-10-01", end="2024-09-30",
                 follow="ติดตามจำนวนคำร้องที่ยื่นผ่านระบบ"),
            dict(items=["e14"],
                 finding="ประชาชนมีโอกาสร่วมให้ความเห็นต่อการปรับปรุงการดำเนินงานน้อย",
                 method="จัดเวทีประชาคมและกล่องรับความคิดเห็นประจำจุดบริการ",
                 steps=["1. จัดเวทีประชาคมระดับหมู่บ้าน",
                        "2. นำความเห็นไปปรับปรุงขั้นตอนการให้บริการ"],
                 resp="กองช่าง", resp_list=["กองช่าง"],
                 period="1 ตุลาคม 2566 ถึง 31มีนาคม 2567", start="2023-10-01", end="2024-03-31",
                 follow="รายงานผลการนำความเห็นไปปรับปรุง"),
        ],
        date_line="ประกาศ ณ วันที่ 20 พฤศจิกายน พ.ศ. 2566",
    ),
    dict(
        name="b-huaisaingam-2567", set="tuning",
        agency=dict(name="องค์การบริหารส่วนตำบลห้วยทรายงาม", type="องค์การบริหารส่วนตำบล", district=None, province=None),
        title_agency="องค์การบริหารส่วนตำบลห้วยทรายงาม",
        short_agency="อบต.ห้วยทรายงาม",
        fiscal=2567, prev_score=90.47,
        iit=[99.33, 99.24, 89.61, 89.92, 98.02, 96.95, 96.23, 78.33, 95.54, 95.55, 95.28, 90.71, 93.65, 93.25,
             96.81, 99.74, 99.25, 94.88, 93.8, 91.9, 89.39, 89.3, 94.02, 92.44, 93.1, 98.63, 94.68, 95.05, 91.55,
             89.26],
        eit=[89.51, 87.48, 91.51, 96.79, 93.28, 87.96, 95.65, 94.61, 93.93, 95.79, 94.24, 94.53, 75.82, 96.59,
             96.39],
        oit_fail=[16, 33],
        oit_print=list(range(1, 21)),
        code_case="upper", wording="short", ind_table="toolcol", tool_valign="top", score_style="trim",
        qtable_tool_rows=True, qtable_marker_after=None,
        overall_text=("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ "
                      "พ.ศ. 2567 ของ{full} อยู่ในระดับ {level} ด้วยคะแนน {overall} คะแนน "
                      "เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2566 ({prev} คะแนน) จำนวน {delta} คะแนน "
                      "โดยเกณฑ์ผ่านการประเมินอยู่ที่ 85 คะแนนขึ้นไป"),
        topics=[
            ("การมีส่วนร่วมในกระบวนการงบประมาณ", ["i8"]),
            ("ความสะดวกในการยืมทรัพย์สินของราชการ", ["i21", "i22"]),
            ("การให้บริการอย่างเป็นธรรม", ["e2"]),
            ("การให้บริการออนไลน์", ["e13"]),
            ("การเปิดเผยข้อมูลเชิงสถิติการให้บริการ", ["o16"]),
            ("การจัดการความเสี่ยงการทุจริต", ["o33"]),
        ],
        measures=[
            dict(items=["i8"],
                 finding="พนักงานส่วนตำบลและพนักงานจ้างมีส่วนร่วมในการจัดทำงบประมาณน้อย",
                 method="ให้ทุกส่วนงานเสนอโครงการและรับฟังความเห็นก่อนจัดทำร่างงบประมาณ",
                 steps=["1. แจ้งเวียนปฏิทินการจัดทำงบประมาณ",
                        "2. จัดประชุมรับฟังความเห็นของบุคลากร"],
                 resp="กองคลัง", resp_list=["กองคลัง"],
                 period="1 มค 68 ถึง 31 มีค 68", start="2025-01-01", end="2025-03-31",
                 follow="รายงานสรุปความเห็นต่อปลัด อบต."),
            dict(items=["i21", "i22"],
                 finding="ขั้นตอนการยืมและคืนทรัพย์สินของราชการยังไม่ชัดเจน",
                 method="จัดทำคู่มือการยืมทรัพย์สินและทะเบียนคุมการยืม",
                 steps=["1. จัดทำแบบฟอร์มขออนุญาตยืมทรัพย์สิน",
                        "2. จัดทำทะเบียนคุมการยืม-คืน",
                        "3. ตรวจสอบทรัพย์สินประจำปี"],
                 resp="งานพัสดุ", resp_list=["งานพัสดุ"],
                 period="ม.ค. 68 – มี.ค. 68", start="2025-01-01", end="2025-03-31",
                 follow="ตรวจทะเบียนคุมทุกเดือน"),
            dict(items=["e2"],
                 finding="ผู้รับบริการบางส่วนเห็นว่าการให้บริการยังไม่เป็นไปตามลำดับคิว",
                 method="ใช้บัตรคิวและประกาศขั้นตอนการให้บริการ ณ จุดบริการ",
                 steps=["1. จัดระบบบัตรคิว", "2. ติดประกาศระยะเวลาให้บริการแต่ละงาน"],
                 resp="สำนักปลัด", resp_list=["สำนักปลัด"],
                 period="ตุลาคม 2567 ถึงกันยายน 2568", start="2024-10-01", end="2025-09-30",
                 follow="สำรวจความพึงพอใจผู้รับบริการ"),
            dict(items=["e13"],
                 finding="ระบบบริการออนไลน์ยังไม่เป็นที่รู้จักของประชาชน",
                 method="ประชาสัมพันธ์ระบบ E-Service และสอนการใช้งานแก่ผู้นำชุมชน",
                 steps=["1. จัดทำคลิปแนะนำการใช้งาน", "2. อบรมผู้นำชุมชนทุกหมู่บ้าน"],
                 resp="สำนักปลัด และทุกสำนักกอง", resp_list=["สำนักปลัด", "ทุกสำนักกอง"],
                 period="1 มค 68 ถึง 31 มีค 68", start="2025-01-01", end="2025-03-31",
                 follow="นับจำนวนคำร้องออนไลน์รายเดือน"),
            dict(items=["o16"],
                 finding="ไม่ได้เผยแพร่ข้อมูลเชิงสถิติการให้บริการครบทุกเดือน",
                 method="มอบหมายผู้รับผิดชอบรวบรวมสถิติการให้บริการรายเดือน",
                 steps=["1. กำหนดแบบรายงานสถิติ", "2. เผยแพร่บนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป"],
                 resp="ทุกสำนักกอง", resp_list=["ทุกสำนักกอง"],
                 period="ม.ค. 68 – มี.ค. 68", start="2025-01-01", end="2025-03-31",
                 follow="ตรวจความครบถ้วนบนเว็บไซต์ทุกไตรมาส"),
            dict(items=["o33"],
                 finding="การประเมินความเสี่ยงการทุจริตยังไม่ครอบคลุมงานจัดซื้อจัดจ้าง",
                 method="ประเมินความเสี่ยงการทุจริตให้ครอบคลุมทุกกระบวนงานสำคัญ",
                 steps=["1. ตั้งคณะทำงานประเมินความเสี่ยง", "2. จัดทำแผนบริหารความเสี่ยงการทุจริต"],
                 resp="สำนักปลัด, กองคลัง", resp_list=["สำนักปลัด", "กองคลัง"],
                 period="1 ตุลาคม 2567 ถึง 31มีนาคม 2568", start="2024-10-01", end="2025-03-31",
                 follow="รายงานผลการบริหารความเสี่ยงรอบ 6 เดือน"),
        ],
        date_line="ประกาศ ณ วันที่ 2 ธันวาคม พ.ศ. 2567",
    ),
    dict(
        name="b-thungkula-2568", set="tuning",
        agency=dict(name="มหาวิทยาลัยราชภัฏทุ่งกุลาธานี", type="มหาวิทยาลัย", district=None, province="ร้อยเอ็ด"),
        title_agency="มหาวิทยาลัยราชภัฏทุ่งกุลาธานี จังหวัดร้อยเอ็ด",
        short_agency="มหาวิทยาลัย",
        fiscal=2568, prev_score=94.02,
        iit=[94.57, 97.88, 96.0, 98.52, 98.76, 92.71, 92.14, 100.0, 94.8, 94.53, 100.0, 97.08, 100.0, 97.14, 98.9,
             93.63, 98.86, 100.0, 97.65, 100.0, 99.25, 92.69, 100.0, 98.38, 95.25, 92.33, 100.0, 97.11, 99.76,
             100.0],
        eit=[99.21, 100.0, 95.77, 100.0, 96.3, 100.0, 100.0, 92.55, 92.97, 93.84, 100.0, 96.21, 98.27, 94.75,
             96.98],
        oit_fail=[38],
        oit_print=list(range(1, 12)) + list(range(31, 40)),
        code_case="lower", wording="short", ind_table="toolrows", tool_valign="top", score_style="2",
        qtable_tool_rows=False, qtable_marker_after=None,
        overall_text=("ในปีงบประมาณ พ.ศ. 2568 {short}มีผลคะแนนการประเมิน ITA ภาพรวม {overall} คะแนน "
                      "ผลการประเมินระดับ “{level}” ซึ่งเปลี่ยนแปลงจากปีก่อนหน้า (ปีงบประมาณ พ.ศ. 2567 ได้ "
                      "{prev} คะแนน) เพิ่มขึ้น {delta} คะแนน และสูงกว่าเกณฑ์ผ่าน 85 คะแนน"),
        topics=[
            ("การเผยแพร่ข้อมูลการดำเนินงาน", ["i7"]),
            ("การแก้ไขปัญหาการทุจริต", ["i26"]),
            ("การตอบข้อซักถามแก่ผู้รับบริการ", ["e8", "e9"]),
            ("การรายงานผลการป้องกันการทุจริต", ["o38"]),
        ],
        measures=[
            dict(items=["i7"],
                 finding="บุคลากรสายวิชาการบางส่วนไม่ทราบงบประมาณของหน่วยงานที่สังกัด",
                 method="เผยแพร่แผนการใช้จ่ายงบประมาณของแต่ละคณะผ่านระบบสารสนเทศภายใน",
                 steps=["1. จัดทำสรุปงบประมาณรายหน่วยงาน", "2. แจ้งเวียนผ่านระบบสารบรรณอิเล็กทรอนิกส์"],
                 resp="กองนโยบายและแผน", resp_list=["กองนโยบายและแผน"],
                 period="1 ตุลาคม 2568 ถึง 31มีนาคม 2569", start="2025-10-01", end="2026-03-31",
                 follow="รายงานต่อที่ประชุมผู้บริหารทุกไตรมาส"),
            dict(items=["i26"],
                 finding="บุคลากรต้องการเห็นผลของมาตรการป้องกันการทุจริตที่เป็นรูปธรรม",
                 method="เผยแพร่ผลการดำเนินการตามมาตรการและกรณีตัวอย่าง",
                 steps=["1. รวบรวมผลการดำเนินการตามมาตรการ", "2. จัดกิจกรรมเสริมสร้างวัฒนธรรมสุจริต"],
                 resp="สำนักงานอธิการบดี และทุกคณะ", resp_list=["สำนักงานอธิการบดี", "ทุกคณะ"],
                 period="ตุลาคม 2568 ถึงกันยายน 2569", start="2025-10-01", end="2026-09-30",
                 follow="สรุปผลประจำปีเสนอสภามหาวิทยาลัย"),
            dict(items=["e8", "e9"],
                 finding="ผู้รับบริการบางส่วนได้รับคำตอบล่าช้าเมื่อสอบถามผ่านช่องทางออนไลน์",
                 method="กำหนดเวลาตอบข้อซักถามและมอบหมายผู้ดูแลช่องทาง",
                 steps=["1. กำหนดมาตรฐานตอบภายใน 2 วันทำการ", "2. ติดตามสถิติการตอบกลับรายเดือน"],
                 resp="กองกลาง", resp_list=["กองกลาง"],
                 period="1 มีนาคม 30 กันยายน 2569", start="2026-03-01", end="2026-09-30",
                 follow="รายงานสถิติการตอบกลับรายเดือน"),
            dict(items=["o38"],
                 finding="ไม่ได้เผยแพร่รายงานผลการดำเนินการป้องกันการทุจริตประจำปีภายในกำหนด",
                 method="กำหนดปฏิทินการจัดทำรายงานและผู้รับผิดชอบ",
                 steps=["1. จัดทำรายงานผลประจำปี", "2. เผยแพร่บนเว็บไซต์มหาวิทยาลัย"],
                 resp="หน่วยตรวจสอบภายใน", resp_list=["หน่วยตรวจสอบภายใน"],
                 period="ม.ค. 69 – มี.ค. 69", start="2026-01-01", end="2026-03-31",
                 follow="ตรวจสอบการเผยแพร่ภายในเดือนเมษายน"),
            dict(items=["e14"],
                 finding="ผู้มีส่วนได้ส่วนเสียภายนอกต้องการมีส่วนร่วมในการปรับปรุงบริการมากขึ้น",
                 method="จัดเวทีรับฟังความคิดเห็นของชุมชนและผู้ใช้บัณฑิต",
                 steps=["1. จัดเวทีรับฟังความคิดเห็นปีละ 2 ครั้ง", "2. นำข้อเสนอไปปรับปรุงบริการ"],
                 resp="ทุกคณะ", resp_list=["ทุกคณะ"],
                 period="1 มค 69 ถึง 31 มีค 69", start="2026-01-01", end="2026-03-31",
                 follow="สรุปข้อเสนอและการนำไปใช้"),
        ],
        date_line="ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2568",
    ),
    dict(
        name="b-thakhamluang-2567", set="measuring",
        agency=dict(name="เทศบาลเมืองท่าข้ามหลวง", type="เทศบาลเมือง", district="พุนพิน", province="สุราษฎร์ธานี"),
        title_agency="เทศบาลเมืองท่าข้ามหลวง อำเภอพุนพิน จังหวัดสุราษฎร์ธานี",
        short_agency="เทศบาลเมืองท่าข้ามหลวง",
        fiscal=2567, prev_score=83.15,
        iit=[85.55, 84.11, 87.28, 84.67, 83.72, 87.34, 78.91, 77.64, 91.26, 85.4, 88.8, 85.99, 84.86, 84.15, 85.32,
             93.02, 91.95, 91.71, 91.64, 71.09, 86.35, 89.77, 90.9, 92.23, 92.5, 83.94, 89.54, 76.25, 88.46, 84.92],
        eit=[86.11, 81.96, 91.09, 90.35, 86.91, 84.24, 90.82, 87.18, 76.53, 90.16, 86.49, 85.47, 73.47, 85.66,
             82.74],
        oit_fail=[4, 12, 13, 17, 21, 22, 26, 29, 34, 37, 38, 40],
        oit_print=list(range(1, 16)),
        code_case="upper", wording="full", ind_table="rowspan", tool_valign="top", score_style="2",
        qtable_tool_rows=False, qtable_marker_after=20,
        overall_text=("{short} ได้คะแนนรวม {overall} คะแนน ผลการประเมินอยู่ในระดับ {level} "
                      "เนื่องจากยังไม่ถึงเกณฑ์ 85 คะแนน และลดลงจากปีที่ผ่านมา {delta} คะแนน "
                      "(ปีงบประมาณ พ.ศ. 2566 ได้ {prev} คะแนน)"),
        topics=[
            ("การมีส่วนร่วมด้านงบประมาณ", ["i7", "i8"]),
            ("ความสะดวกในการยืมทรัพย์สิน", ["i20"]),
            ("การนำผล ITA ไปปรับปรุง", ["i28"]),
            ("การสื่อสารกับผู้รับบริการ", ["e9"]),
            ("การให้บริการออนไลน์", ["e13"]),
            ("การเผยแพร่รายงานการจัดซื้อจัดจ้าง", ["o21", "o22"]),
            ("การป้องกันการทุจริต", ["o37", "o38"]),
        ],
        measures=[
            dict(items=["i7", "i8"], finding="บุคลากรทราบข้อมูลงบประมาณน้อย", method="ประชุมชี้แจงงบประมาณประจำปี",
                 steps=["1. ประชุมชี้แจง", "2. เผยแพร่สรุปงบประมาณ"], resp="กองคลัง", resp_list=["กองคลัง"],
                 period="ตุลาคม 2567 ถึงกันยายน 2568", start="2024-10-01", end="2025-09-30",
                 follow="รายงานผลรายไตรมาส"),
            dict(items=["i20"], finding="ขั้นตอนการยืมทรัพย์สินไม่สะดวก", method="ลดขั้นตอนการอนุญาตยืมทรัพย์สิน",
                 steps=["1. ปรับแบบฟอร์ม", "2. มอบอำนาจอนุญาตให้ผู้อำนวยการกอง"], resp="งานพัสดุ",
                 resp_list=["งานพัสดุ"], period="1 มค 68 ถึง 31 มีค 68", start="2025-01-01", end="2025-03-31",
                 follow="ตรวจทะเบียนยืมทรัพย์สิน"),
            dict(items=["i28"], finding="บุคลากรไม่ทราบว่าผล ITA ถูกนำไปใช้อย่างไร",
                 method="ประกาศมาตรการจากผล ITA และรายงานความก้าวหน้า",
                 steps=["1. ประกาศมาตรการ", "2. รายงานความก้าวหน้าในที่ประชุมประจำเดือน"],
                 resp="สำนักปลัด และทุกสำนักกอง", resp_list=["สำนักปลัด", "ทุกสำนักกอง"],
                 period="1 ตุลาคม 2567 ถึง 31มีนาคม 2568", start="2024-10-01", end="2025-03-31",
                 follow="รายงานรอบ 6 เดือน"),
            dict(items=["e9"], finding="การตอบข้อซักถามของผู้รับบริการยังไม่ชัดเจน", method="อบรมเจ้าหน้าที่ด่านหน้า",
                 steps=["1. อบรมการสื่อสาร", "2. จัดทำคำถามที่พบบ่อย"], resp="ทุกสำนักกอง",
                 resp_list=["ทุกสำนักกอง"], period="1 มีนาคม 30 กันยายน 2568", start="2025-03-01",
                 end="2025-09-30", follow="สำรวจความพึงพอใจ"),
            dict(items=["e13"], finding="ยังไม่มีบริการออนไลน์", method="เปิดระบบคำร้องออนไลน์",
                 steps=["1. พัฒนาระบบ", "2. ประชาสัมพันธ์"], resp="สำนักปลัด", resp_list=["สำนักปลัด"],
                 period="ม.ค. 68 – มี.ค. 68", start="2025-01-01", end="2025-03-31",
                 follow="จำนวนผู้ใช้ระบบ"),
            dict(items=["o21", "o22"], finding="เผยแพร่สรุปผลการจัดซื้อจัดจ้างไม่ครบทุกเดือน",
                 method="กำหนดผู้รับผิดชอบเผยแพร่รายงานการจัดซื้อจัดจ้าง",
                 steps=["1. จัดทำสรุปรายเดือน", "2. จัดทำรายงานประจำปี"], resp="กองคลัง, งานพัสดุ",
                 resp_list=["กองคลัง", "งานพัสดุ"], period="ตุลาคม 2567 ถึงกันยายน 2568",
                 start="2024-10-01", end="2025-09-30", follow="ตรวจเว็บไซต์ทุกเดือน"),
            dict(items=["o37", "o38"], finding="ไม่ได้รายงานผลการป้องกันการทุจริต",
                 method="จัดทำรายงานการกำกับติดตามรอบ 6 เดือนและประจำปี",
                 steps=["1. รวบรวมผล", "2. เผยแพร่รายงาน"], resp="สำนักปลัด", resp_list=["สำนักปลัด"],
                 period="1 มค 68 ถึง 31 มีค 68", start="2025-01-01", end="2025-03-31",
                 follow="ตรวจการเผยแพร่"),
        ],
        date_line="ประกาศ ณ วันที่ 25 พฤศจิกายน พ.ศ. 2567",
    ),
]

# Fault variants: a base kind-B report with slips real reports carry (report-families.md §2).
# Each names its slips in `faults` (format fields: computed = the overall the printed tools
# give, ind / tools / items = the report's true figures, p_tools / p_items = as printed) and
# the validator codes that must report them in `codes` (truth: faultCodes). The overrides,
# applied in build_b:
#   overall_override       the overall printed (the tools stay)                        ITA001
#   tool_offset            {tool: d}: the tool printed d off the mean of its printed
#                          indicators, everywhere it is printed; the overall printed
#                          follows from the printed tools                              ITA003
#   qtable_indicator_override {n: x}: the question table's row of indicator n          ITA017
#   tools_text             dict(form="sentence"|"list", override={tool: x}): the tools
#                          also named with the result (a sentence after it, or a list
#                          below it), override = those printed there otherwise         ITA017
#   item_override          {code: x}: the question printed x everywhere it is printed,
#                          its indicator and the tools as they were                     ITA018
#   measure_quote          {code: other code | x}: the measures row of code quotes the
#                          score of another question, or a number of no question       ITA019
#   level_text             the level as written in the result sentence ("{level}" = the
#                          level of the year's scheme)                                 ITA020
#   overall_text           another result sentence (same fields as the report's)
#   sentence_year          the year the result sentence names for the result          ITA013
# check_b() recomputes from what each variant prints which rules it breaks and stops the
# script unless they are exactly its codes (and none for a report without faults).
FAULTS = [
    dict(base="b-khoksamran-2566", name="b-khoksamran-2566-fault-overall", set="tuning",
         codes=["ITA001", "ITA017"],
         overall_override=89.46,           # the printed overall; the tools give 88.06 (see truth)
         qtable_indicator_override={6: 73.10},   # the question table's indicator-6 row
         faults=["the overall score printed (89.46) does not follow from the printed tool scores "
                 "(0.3*IIT + 0.3*EIT + 0.4*OIT = {computed})",
                 "indicator 6 is printed as {ind6} in the indicator table but 73.10 in the question table "
                 "(truth: the indicator table)"]),
    # --- one slip each (tuning) ---
    dict(base="b-thungkula-2568", name="b-thungkula-2568-fault-overall", set="tuning", codes=["ITA001"],
         overall_override=97.38,
         faults=["the overall score printed (97.38) does not follow from the printed tool scores "
                 "(0.3*IIT + 0.3*EIT + 0.4*OIT = {computed})"]),
    dict(base="b-khoksamran-2566", name="b-khoksamran-2566-fault-tool-mean", set="tuning", codes=["ITA003"],
         tool_offset={"IIT": 1.20},
         faults=["IIT is printed as {p_tools[IIT]:.2f}, not the mean of its printed indicators 1-5 "
                 "({tools[IIT]:.2f}); the overall printed ({overall:.2f}) follows from the printed tools"]),
    dict(base="b-huaisaingam-2567", name="b-huaisaingam-2567-fault-indicator-twice", set="tuning", codes=["ITA017"],
         qtable_indicator_override={7: 89.14},
         faults=["indicator 7 is printed as {ind[7]:.2f} in the indicator table but 89.14 in the question "
                 "table's indicator row (truth: the indicator table)"]),
    dict(base="b-thungkula-2568", name="b-thungkula-2568-fault-tool-sentence", set="tuning", codes=["ITA017"],
         tools_text=dict(form="sentence", override={"EIT": 97.21}),
         faults=["EIT is 97.21 in the result sentence but {tools[EIT]:.2f} in the table "
                 "(truth: the sentence, written first)"]),
    dict(base="b-huaisaingam-2567", name="b-huaisaingam-2567-fault-question-mean", set="tuning", codes=["ITA018"],
         item_override={"i21": 92.39},
         faults=["I21 is printed as {p_items[i21]:.2f} (in the question table, the analysis and the measures) "
                 "where indicator 4 ({ind[4]:.2f}) needs {items[i21]:.2f}: indicator 4 is not the mean of "
                 "its printed questions"]),
    dict(base="b-khoksamran-2566", name="b-khoksamran-2566-fault-measure-other", set="tuning", codes=["ITA019"],
         measure_quote={"e13": "e14"},
         faults=["the measures row of e13 quotes {items[e14]:.2f}, the score of e14; e13 is {items[e13]:.2f}"]),
    dict(base="b-thungkula-2568", name="b-thungkula-2568-fault-measure-typo", set="tuning", codes=["ITA019"],
         measure_quote={"i26": 93.23},
         faults=["the measures row of i26 quotes 93.23, the score of no question; i26 is {items[i26]:.2f}"]),
    dict(base="b-khoksamran-2566", name="b-khoksamran-2566-fault-letter-level", set="tuning", codes=["ITA020"],
         level_text="A",
         faults=["the 2566 result is named with a 2562-2565 letter (ระดับ A) instead of the 2566 scheme "
                 "(ผ่าน for {overall:.2f} with EIT under 85)"]),
    dict(base="b-huaisaingam-2567", name="b-huaisaingam-2567-fault-two-levels", set="tuning", codes=["ITA020"],
         level_text="{level} (ระดับ A)",
         faults=["two levels for one score: ผ่านดี and the 2562-2565 letter A (truth: ผ่านดี, written first)"]),
    dict(base="b-thungkula-2568", name="b-thungkula-2568-fault-year", set="tuning", codes=["ITA013"],
         sentence_year=2567,
         faults=["the result sentence names 2567 for the result of 2568 (the title and the rest name 2568)"]),
    # --- the same slips on the measuring set's own report (never committed) ---
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-overall", set="measuring", codes=["ITA001"],
         overall_override=81.19,
         faults=["the overall score printed (81.19) does not follow from the printed tool scores "
                 "(0.3*IIT + 0.3*EIT + 0.4*OIT = {computed})"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-tool-mean", set="measuring", codes=["ITA003"],
         tool_offset={"EIT": -1.40},
         faults=["EIT is printed as {p_tools[EIT]:.2f}, not the mean of its printed indicators 6-8 "
                 "({tools[EIT]:.2f}); the overall printed ({overall:.2f}) follows from the printed tools"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-indicator-twice", set="measuring",
         codes=["ITA017"], qtable_indicator_override={8: 79.42},
         faults=["indicator 8 is printed as {ind[8]:.2f} in the indicator table but 79.42 in the question "
                 "table's indicator row (truth: the indicator table)"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-tool-list", set="measuring", codes=["ITA017"],
         tools_text=dict(form="list", override={"OIT": 71.82}),
         faults=["OIT is 71.82 in the list under the result but {tools[OIT]:.2f} in the table "
                 "(truth: the list, written first)"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-question-mean", set="measuring",
         codes=["ITA018"], item_override={"i7": 74.91},
         faults=["I7 is printed as {p_items[i7]:.2f} (in the question table, the analysis and the measures) "
                 "where indicator 2 ({ind[2]:.2f}) needs {items[i7]:.2f}: indicator 2 is not the mean of "
                 "its printed questions"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-measure-other", set="measuring",
         codes=["ITA019"], measure_quote={"e9": "e8"},
         faults=["the measures row of E9 quotes {items[e8]:.2f}, the score of E8; E9 is {items[e9]:.2f}"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-measure-typo", set="measuring",
         codes=["ITA019"], measure_quote={"i28": 67.25},
         faults=["the measures row of I28 quotes 67.25, the score of no question; I28 is {items[i28]:.2f}"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-letter-level", set="measuring",
         codes=["ITA020"], level_text="B",
         faults=["the 2567 result is named with a 2562-2565 letter (ระดับ B) instead of the 2567 scheme "
                 "(ไม่ผ่าน for {overall:.2f})"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-two-levels", set="measuring",
         codes=["ITA020"], level_text="{level} (ระดับ B)",
         faults=["two levels for one score: ไม่ผ่าน and the 2562-2565 letter B (truth: ไม่ผ่าน, written first)"]),
    dict(base="b-thakhamluang-2567", name="b-thakhamluang-2567-fault-year", set="measuring", codes=["ITA013"],
         overall_text=("{short} ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนนรวม {overall} คะแนน "
                       "ผลการประเมินอยู่ในระดับ {level} เนื่องจากยังไม่ถึงเกณฑ์ 85 คะแนน และลดลงจากปีที่ผ่านมา "
                       "{delta} คะแนน (ปีงบประมาณ พ.ศ. 2566 ได้ {prev} คะแนน)"),
         sentence_year=2566,
         faults=["the result sentence names 2566 for the result of 2567 (the title and the rest name 2567; "
                 "2566 is also last year's, named again in the same sentence)"]),
]


def compute(r):
    """Scores of a kind-B report from its item data."""
    items = {}
    for k, v in enumerate(r["iit"], 1):
        items["i%d" % k] = v
    for k, v in enumerate(r["eit"], 1):
        items["e%d" % k] = v
    for k in range(1, 44):
        items["o%d" % k] = 0.0 if k in r["oit_fail"] else 100.0
    ind = {}
    for n in range(1, 11):
        qs = [c for c in items if indicator_of(c) == n]
        ind[n] = r2(mean([items[c] for c in qs]))
    tools = {"IIT": r2(mean([ind[n] for n in range(1, 6)])),
             "EIT": r2(mean([ind[n] for n in range(6, 9)])),
             "OIT": r2(mean([ind[9], ind[10]]))}
    overall = r2(0.3 * tools["IIT"] + 0.3 * tools["EIT"] + 0.4 * tools["OIT"])
    level = level_2566(overall, tools.values())
    return items, ind, tools, overall, level


# ---------------------------------------------------------------------------
# Document model: blocks ('h'|'p', text) | ('table', Table) | ('landscape',)
# ---------------------------------------------------------------------------
class Cell:
    def __init__(self, text, rs=1, cs=1, bold=False, align=None, valign=None):
        self.paras = text if isinstance(text, list) else [text]
        self.rs, self.cs, self.bold, self.align, self.valign = rs, cs, bold, align, valign


class Table:
    """header: list of rows; rows: list of rows; a row is a list of Cell or None (None = a
    position covered by a merged cell). widths: percent per column."""
    def __init__(self, header, rows, widths, markers=()):
        self.header, self.rows, self.widths, self.markers = header, rows, widths, set(markers)
        self.ncols = len(widths)


def code_as(code, case):
    return code.upper() if case == "upper" else code


def wording(code, mode):
    return Q[code] if mode == "full" or code[0] == "o" else short(Q[code])


LEVEL_WORDS = re.compile(r"ผ่านดีเยี่ยม|ผ่านดี|ไม่ผ่าน|ผ่าน|(?<![A-Za-z])(?:AA|[A-F])(?![A-Za-z])")


def build_b(r, fault=None):
    """-> (blocks, truth, printed); printed: what the report prints where (for check_b)."""
    f = fault or {}
    items, ind, tools, overall, level = compute(r)
    p_items = dict(items)
    p_items.update(f.get("item_override", {}))
    p_tools = {t: r2(v + f.get("tool_offset", {}).get(t, 0)) for t, v in tools.items()}
    computed = r2(0.3 * p_tools["IIT"] + 0.3 * p_tools["EIT"] + 0.4 * p_tools["OIT"])
    printed_overall = f.get("overall_override", computed)
    level = level_2566(computed, p_tools.values())
    if level_2566(printed_overall, p_tools.values()) != level:
        raise SystemExit("%s: the printed overall %.2f changes the level" % (f["name"], printed_overall))
    sc = lambda x: fmt(x, r["score_style"])
    case, mode = r["code_case"], r["wording"]
    fy, mfy = r["fiscal"], r["fiscal"] + 1
    P = dict(tools={t: [] for t in p_tools}, ind={n: [] for n in ind}, items={}, quotes=[], tools_said={})
    B = []
    B.append(("h", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. %d" % mfy))
    B.append(("h", r["title_agency"]))
    B.append(("h", "(จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. %d)" % fy))
    B.append(("p", "สำนักงาน ป.ป.ช. ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                   "ประจำปีงบประมาณ พ.ศ. %d โดยใช้เครื่องมือ 3 แบบ ได้แก่ แบบวัด IIT แบบวัด EIT และแบบตรวจ OIT "
                   "กำหนดเกณฑ์ผ่านที่ 85 คะแนน %s จึงได้วิเคราะห์ผลการประเมินเป็นรายข้อคำถาม "
                   "เพื่อกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. %d" % (fy, r["short_agency"], mfy)))
    B.append(("h", "1. ผลการประเมินในภาพรวม"))
    delta = r2(printed_overall - r["prev_score"])
    level_text = f.get("level_text", "{level}").format(level=level)
    sentence = f.get("overall_text", r["overall_text"]).format(
        short=r["short_agency"], full=r["title_agency"], overall="%.2f" % printed_overall,
        level=level_text, delta="%.2f" % abs(delta), prev="%.2f" % r["prev_score"])
    year = "พ.ศ. %d" % fy
    P["sentence_year"] = fy if year in sentence else None
    if "sentence_year" in f:
        if sentence.count(year) != 1:
            raise SystemExit("%s: the result sentence names %s %d times" % (f["name"], year, sentence.count(year)))
        sentence = sentence.replace(year, "พ.ศ. %d" % f["sentence_year"])
        P["sentence_year"] = f["sentence_year"]
    P["overall"], P["levels"] = printed_overall, LEVEL_WORDS.findall(level_text)
    tt = f.get("tools_text")
    if tt:
        said = dict(p_tools)
        said.update(tt["override"])
        P["tools_said"] = said
        if tt["form"] == "sentence":
            sentence += " โดยมีคะแนนรายเครื่องมือ IIT %.2f คะแนน EIT %.2f คะแนน และ OIT %.2f คะแนน" % (
                said["IIT"], said["EIT"], said["OIT"])
    B.append(("p", sentence))
    if tt and tt["form"] == "list":
        B.append(("p", "ผลคะแนนรายเครื่องมือ ดังนี้"))
        for t in ("IIT", "EIT", "OIT"):
            B.append(("p", "- %s %.2f คะแนน" % (t, said[t])))
    B.append(("h", "2. ผลการประเมินรายเครื่องมือและรายตัวชี้วัด"))
    groups = [("IIT", range(1, 6)), ("EIT", range(6, 9)), ("OIT", range(9, 11))]
    for t in p_tools:
        P["tools"][t].append(p_tools[t])
    for n in ind:
        P["ind"][n].append(ind[n])
    va = r["tool_valign"]
    if r["ind_table"] == "rowspan":
        hdr = [[Cell("ตัวชี้วัด", bold=True), Cell("คะแนนรายตัวชี้วัด", bold=True), Cell("คะแนนรายเครื่องมือ", bold=True)]]
        rows = []
        for tool, rng in groups:
            for k, n in enumerate(rng):
                rows.append([Cell("ตัวชี้วัดที่ %d %s" % (n, INDICATORS[n])), Cell(sc(ind[n]), align="center"),
                             Cell(sc(p_tools[tool]), rs=len(rng), align="center", valign=va) if k == 0 else None])
        B.append(("table", Table(hdr, rows, [56, 22, 22])))
    elif r["ind_table"] == "toolcol":
        hdr = [[Cell("เครื่องมือ", bold=True), Cell("คะแนน", bold=True)]]
        rows = [[Cell(TOOL_NAME[t]), Cell(sc(p_tools[t]), align="center")] for t, _ in groups]
        B.append(("table", Table(hdr, rows, [75, 25])))
        B.append(("p", "ผลคะแนนรายตัวชี้วัด จำแนกตามเครื่องมือการประเมิน"))
        hdr = [[Cell("เครื่องมือ", bold=True), Cell("ตัวชี้วัด", bold=True), Cell("คะแนน", bold=True)]]
        rows = []
        for tool, rng in groups:
            for k, n in enumerate(rng):
                rows.append([Cell(tool, rs=len(rng), valign=va) if k == 0 else None,
                             Cell("ตัวชี้วัดที่ %d %s" % (n, INDICATORS[n])), Cell(sc(ind[n]), align="center")])
        B.append(("table", Table(hdr, rows, [18, 60, 22])))
    else:  # toolrows
        hdr = [[Cell("ตัวชี้วัด", bold=True), Cell("คะแนน", bold=True)]]
        rows = []
        for tool, rng in groups:
            rows.append([Cell(TOOL_NAME[tool], bold=True), Cell(sc(p_tools[tool]), bold=True, align="center")])
            for n in rng:
                rows.append([Cell("ตัวชี้วัดที่ %d %s" % (n, INDICATORS[n])), Cell(sc(ind[n]), align="center")])
        B.append(("table", Table(hdr, rows, [78, 22])))

    B.append(("h", "3. ผลคะแนนรายข้อคำถาม"))
    B.append(("p", "ผลคะแนนของแต่ละข้อคำถามตามเครื่องมือการประเมิน มีรายละเอียดดังนี้"))
    qind = dict(ind)
    qind.update(f.get("qtable_indicator_override", {}))
    hdr = [[Cell("ประเด็นการประเมิน", bold=True), Cell("คะแนนที่ได้", bold=True)]]
    rows, markers = [], []
    printed = ["i%d" % k for k in range(1, 31)] + ["e%d" % k for k in range(1, 16)] + ["o%d" % k for k in r["oit_print"]]
    last_ind, last_tool = None, None
    for c in printed:
        n = indicator_of(c)
        if r["qtable_tool_rows"] and TOOL_OF[n] != last_tool:
            last_tool = TOOL_OF[n]
            rows.append([Cell(TOOL_NAME[last_tool], bold=True), Cell(sc(p_tools[last_tool]), bold=True, align="center")])
            P["tools"][last_tool].append(p_tools[last_tool])
        if n != last_ind:
            last_ind = n
            rows.append([Cell("ตัวชี้วัดที่ %d %s" % (n, INDICATORS[n]), bold=True), Cell(sc(qind[n]), bold=True, align="center")])
            P["ind"][n].append(qind[n])
        rows.append([Cell("%s %s" % (code_as(c, case), wording(c, mode))), Cell(sc(p_items[c]), align="center")])
        P["items"].setdefault(c, []).append(p_items[c])
        if r["qtable_marker_after"] and len(rows) == r["qtable_marker_after"]:
            markers.append(len(rows))
    B.append(("table", Table(hdr, rows, [80, 20], markers)))

    B.append(("h", "4. การวิเคราะห์ผลการประเมิน"))
    B.append(("p", "จากผลคะแนนรายข้อคำถาม %s ได้จัดกลุ่มข้อคำถามที่ควรพัฒนาเป็นประเด็น ดังนี้" % r["short_agency"]))
    for t, (title, codes) in enumerate(r["topics"], 1):
        B.append(("p", "ประเด็นที่ %d) %s" % (t, title)))
        hdr = [[Cell(h, bold=True) for h in ("ที่", "หัวข้อ", "เครื่องมือการประเมิน", "ข้อคำถาม", "คะแนน", "หมายเหตุ")]]
        rows = []
        for k, c in enumerate(codes):
            rows.append([Cell(str(k + 1)), Cell(title, rs=len(codes)) if k == 0 else None,
                         Cell(TOOL_OF[indicator_of(c)]), Cell("%s %s" % (code_as(c, case), wording(c, mode))),
                         Cell(sc(p_items[c]), align="center"), Cell("ต่ำกว่า 85" if p_items[c] < 85 else "")])
            P["items"].setdefault(c, []).append(p_items[c])
        B.append(("table", Table(hdr, rows, [6, 20, 13, 41, 10, 10])))

    B.append(("landscape",))
    B.append(("h", "5. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. %d" % mfy))
    B.append(("p", "%s ได้นำผลการวิเคราะห์ไปกำหนดมาตรการและแนวทางปฏิบัติ ดังนี้" % r["short_agency"]))
    hdr = [[Cell("ประเด็น", rs=2, bold=True), Cell("ผลการประเมิน", bold=True), Cell("ข้อค้นพบ", rs=2, bold=True),
            Cell("วิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", rs=2, bold=True), Cell("การดำเนินการ", cs=3, bold=True),
            None, None, Cell("การติดตามประเมินผล", rs=2, bold=True)],
           [None, Cell("(คะแนน)", bold=True), None, None, Cell("ขั้นตอน/วิธีการ", bold=True),
            Cell("ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง", bold=True), Cell("ระยะเวลาดำเนินการ", bold=True), None]]
    rows = []
    for m in r["measures"]:
        quoted = {}
        for c in m["items"]:
            q = f.get("measure_quote", {}).get(c, c)
            quoted[c] = p_items[q] if isinstance(q, str) else q
            if q != c:       # another question's score, or a number that is no question's nor any other score
                same = [k for k, x in p_items.items() if abs(x - quoted[c]) < 0.001]
                if (isinstance(q, str) and c in same) or (not isinstance(q, str) and (
                        same or quoted[c] in list(ind.values()) + list(p_tools.values()))):
                    raise SystemExit("%s: the quote %.2f of %s is also %s" % (f["name"], quoted[c], c, same))
            P["quotes"].append((c, quoted[c]))
        rows.append([Cell(["%s %s" % (code_as(c, case), wording(c, mode)) for c in m["items"]]),
                     Cell(["%s = %s" % (code_as(c, case), sc(quoted[c])) for c in m["items"]] if len(m["items"]) > 1
                          else sc(quoted[m["items"][0]]), align="center"),
                     Cell(m["finding"]), Cell(m["method"]), Cell(m["steps"]), Cell(m["resp"]),
                     Cell(m["period"]), Cell(m["follow"])])
    B.append(("table", Table(hdr, rows, [17, 9, 14, 14, 16, 10, 10, 10])))
    B.append(("p", r["date_line"]))

    # the truth: what the report states, the first-written value where two differ
    first_tools = {t: P["tools_said"].get(t, P["tools"][t][0]) for t in p_tools}
    fields = dict(computed="%.2f" % computed, ind6="%.2f" % ind[6], overall=printed_overall, ind=ind, tools=tools,
                  items=items, p_tools=p_tools, p_items=p_items)
    truth = dict(kind="B", agency=dict(r["agency"]), fiscalYear=fy, measuresFiscalYear=mfy,
                 overall=dict(score=printed_overall, level=P["levels"][0]),
                 tools=[dict(code=t, part=None, score=first_tools[t]) for t in ("IIT", "EIT", "OIT")],
                 indicators=[dict(number=n, score=ind[n]) for n in range(1, 11)],
                 items=[dict(code=c, indicator=indicator_of(c), score=p_items[c]) for c in printed],
                 measures=[dict(items=list(m["items"]), periodStart=m["start"], periodEnd=m["end"],
                                responsible=list(m["resp_list"])) for m in r["measures"]],
                 faults=[x.format(**fields) for x in f.get("faults", [])],
                 faultCodes=list(f.get("codes", [])))
    return B, truth, P


def check_b(name, P, truth):
    """The rules a kind-B report breaks, judged from what it prints; it must be exactly the
    report's faultCodes (none for a report without faults). ITA017 compares every place a
    score is printed; the arithmetic (ITA001, 003, 018) takes the tables' figures, the first
    table's where two tables differ."""
    codes = set()
    for group in ("tools", "ind", "items"):
        if any(len(set(vs)) > 1 for vs in P[group].values()):
            codes.add("ITA017")                   # one thing, two scores
    if any(v != P["tools"][t][0] for t, v in P["tools_said"].items()):
        codes.add("ITA017")                       # the result sentence or list against the table
    # the arithmetic from the tables (the first of a table's two values)
    T = {t: vs[0] for t, vs in P["tools"].items()}
    I = {n: vs[0] for n, vs in P["ind"].items()}
    Qs = {c: vs[0] for c, vs in P["items"].items()}
    if abs(P["overall"] - r2(0.3 * T["IIT"] + 0.3 * T["EIT"] + 0.4 * T["OIT"])) > 0.01:
        codes.add("ITA001")
    for tool, rng in (("IIT", range(1, 6)), ("EIT", range(6, 9)), ("OIT", range(9, 11))):
        if abs(T[tool] - r2(mean([I[n] for n in rng]))) > 0.01:
            codes.add("ITA003")
    for n in range(1, 9):                         # every IIT and EIT question is printed
        if abs(I[n] - r2(mean([v for c, v in Qs.items() if indicator_of(c) == n]))) > 0.01:
            codes.add("ITA018")
    if any(abs(v - Qs[c]) > 0.001 for c, v in P["quotes"] if c in Qs):
        codes.add("ITA019")
    if len(P["levels"]) != 1 or P["levels"][0] not in ("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน"):
        codes.add("ITA020")
    elif P["levels"][0] != level_2566(P["overall"], T.values()):
        codes.add("ITA002")
    if P["sentence_year"] is not None and P["sentence_year"] != truth["fiscalYear"]:
        codes.add("ITA013")
    if codes != set(truth["faultCodes"]):
        raise SystemExit("%s: prints slips %s, its faultCodes are %s" % (name, sorted(codes), truth["faultCodes"]))
    if bool(truth["faults"]) != bool(truth["faultCodes"]):
        raise SystemExit("%s: faults and faultCodes disagree" % name)


# ---------------------------------------------------------------------------
# Kind C: short texts (invented). Each: name, set, text (paragraphs), truth, pdf (font, size) or None
# ---------------------------------------------------------------------------
def c_truth(name, type_, district, province, fy, score, level, tools=(), faults=(), codes=(), indicators=()):
    return dict(kind="C", agency=dict(name=name, type=type_, district=district, province=province),
                fiscalYear=fy, measuresFiscalYear=None, overall=dict(score=score, level=level),
                tools=[dict(code=c, part=p, score=s) for c, p, s in tools],
                indicators=[dict(number=n, score=s) for n, s in indicators], items=[], measures=[],
                faults=list(faults), faultCodes=list(codes))


C_TEXTS = [
    # Phrasings of real short texts (invented wording): a score after the level, with คะแนน
    # typed with two SARA E (คะเเนน, a common slip for SARA AE).
    dict(name="c-ban-khok-2568", set="tuning", pdf=None,
         text=["ข่าวประชาสัมพันธ์ (12 ก.ย.) หลังสำนักงาน ป.ป.ช. ประกาศผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568 "
               "องค์การบริหารส่วนตำบลบ้านโคก ได้ผ่านการประเมินในระดับผ่านดีเยี่ยม ด้วยผลถึง 97.45 คะเเนน",
               "นายกองค์การบริหารส่วนตำบลกล่าวขอบคุณเจ้าหน้าที่และประชาชนทุกคน"],
         truth=c_truth("องค์การบริหารส่วนตำบลบ้านโคก", "องค์การบริหารส่วนตำบล", None, None, 2568, 97.45, "ผ่านดีเยี่ยม")),
    # English: the level before its word (AA level, A grade), the score before points or
    # out of 100, the fiscal year in the Gregorian calendar.
    dict(name="c-srinakhon-en-2564", set="tuning", pdf=None,
         text=["Srinakhon Rajabhat University rated AA level, 96.10 points, in the Integrity and Transparency Assessment (ITA) Fiscal Year 2021",
               "The university thanks its staff and students for their part in the assessment."],
         truth=c_truth("Srinakhon Rajabhat University", "มหาวิทยาลัย", None, None, 2564, 96.10, "AA")),
    dict(name="c-maeklong-en-2563", set="tuning", pdf=None,
         text=["Maeklong Technical University and the ITA, fiscal year 2020",
               "The Integrity and Transparency Assessment looks at three tools, IIT, EIT and OIT, weighted 30, 30 and 40 percent.",
               "This year the university was assessed with A grade, 90.12 out of 100 points."],
         truth=c_truth("Maeklong Technical University", "มหาวิทยาลัย", None, None, 2563, 90.12, "A")),
    # The agency's own score called an average (คะแนนเฉลี่ย), beside the national average.
    dict(name="c-krom-chonprathan-2566", set="tuning", pdf=None,
         text=["กรมชลประทานท้องถิ่นผ่านการประเมิน ITA ด้วยคะแนนเฉลี่ย 87.36 คะแนน ประจำปีงบประมาณ พ.ศ. 2566",
               "สูงกว่าค่าเฉลี่ยของหน่วยงานภาครัฐทั้งประเทศ ซึ่งอยู่ที่ 84.12 คะแนน"],
         truth=c_truth("กรมชลประทานท้องถิ่น", "กรม", None, None, 2566, 87.36, None)),
    # No level named: the score said to pass, and the change after it.
    dict(name="c-krom-thangluang-2566", set="tuning", pdf=None,
         text=["กรมทางหลวงชนบทท้องถิ่น คว้าผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566",
               "ผลปรากฏว่า กรมผ่านการประเมินด้วยผลคะแนน 88.40 มีผลคะแนนเพิ่มขึ้น 5.12 คะแนนจากปีก่อน"],
         truth=c_truth("กรมทางหลวงชนบทท้องถิ่น", "กรม", None, None, 2566, 88.40, None)),
    dict(name="c-bueng-phraram-2567", set="tuning", pdf=[("Garuda", 16)],
         text=["เทศบาลนครบึงพระราม ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
               "ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 96.41 คะแนน อยู่ในระดับ ผ่านดีเยี่ยม โดยมีผลคะแนนรายเครื่องมือ ดังนี้",
               "1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) 97.10 คะแนน",
               "2. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 95.88 คะแนน",
               "3. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) 96.30 คะแนน",
               "ขอขอบคุณประชาชนและผู้มีส่วนได้ส่วนเสียทุกท่านที่ร่วมตอบแบบวัด"],
         truth=c_truth("เทศบาลนครบึงพระราม", "เทศบาลนคร", None, None, 2567, 96.41, "ผ่านดีเยี่ยม",
                       [("IIT", None, 97.10), ("EIT", None, 95.88), ("OIT", None, 96.30)])),
    dict(name="c-nonsaat-nuea-2566", set="tuning", pdf=None,
         text=["ประกาศผลการประเมิน ITA องค์การบริหารส่วนตำบลโนนสะอาดเหนือ อำเภอกุมภวาปี จังหวัดอุดรธานี",
               "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2566 "
               "อยู่ในระดับ ผ่าน ด้วยคะแนน 88.64 คะแนน สูงกว่าเกณฑ์ผ่าน 85 คะแนน เป็นลำดับที่ 12 จาก 78 แห่ง "
               "ของหน่วยงานในอำเภอและจังหวัด เมื่อปี 2565 ได้ 84.92 คะแนน"],
         truth=c_truth("องค์การบริหารส่วนตำบลโนนสะอาดเหนือ", "องค์การบริหารส่วนตำบล", "กุมภวาปี", "อุดรธานี",
                       2566, 88.64, "ผ่าน")),
    dict(name="c-lamnampao-en-2567", set="tuning", pdf=None,
         text=["Lam Nam Pao Rajabhat University scored 93.95 points in the Integrity and Transparency Assessment "
               "(ITA) for fiscal year 2024 (B.E. 2567), rated \"Good\". The university received 93.10 for the "
               "Internal Integrity and Transparency Assessment (IIT), 92.46 for the External assessment (EIT) and "
               "95.70 for the Open Data assessment (OIT). Last year it scored 91.08; the passing mark is 85."],
         truth=c_truth("Lam Nam Pao Rajabhat University", "มหาวิทยาลัย", None, None, 2567, 93.95, "ผ่านดี",
                       [("IIT", None, 93.10), ("EIT", None, 92.46), ("OIT", None, 95.70)])),
    dict(name="c-rp-sisaket-2565", set="tuning", pdf=None,
         text=["โรงพยาบาลศรีสะเกษพัฒนา รายงานผลการประเมิน ITA 2565 ได้ผลคะแนน 77.70คะแนน ระดับ B : หมายถึง "
               "หน่วยงานมีผลการประเมินอยู่ในระดับที่ยังต้องปรับปรุงการเปิดเผยข้อมูลและการป้องกันการทุจริต "
               "ซึ่งยังไม่ผ่านเกณฑ์ 85 คะแนน"],
         truth=c_truth("โรงพยาบาลศรีสะเกษพัฒนา", "โรงพยาบาล", None, None, 2565, 77.70, "B")),
    dict(name="c-krom-songserm-2565", set="tuning", pdf=[("Kinnari", 14)],
         text=["กรมส่งเสริมวิสาหกิจชุมชนและเกษตรแปรรูป ผลการประเมินคุณธรรมและความโปร่งใส (ITA 2565)",
               "ผลคะแนนรวม 91.43 จากคะแนนเต็ม 100 คะแนน อยู่ในเกณฑ์ : A",
               "IIT 93.58 / EIT 90.02 / OIT 90.87"],
         truth=c_truth("กรมส่งเสริมวิสาหกิจชุมชนและเกษตรแปรรูป", "กรม", None, None, 2565, 91.43, "A",
                       [("IIT", None, 93.58), ("EIT", None, 90.02), ("OIT", None, 90.87)])),
    dict(name="c-sp-phayao-2566", set="tuning", pdf=None,
         text=[th("สำนักงานพัฒนาชุมชนจังหวัดพะเยา แจ้งผลการประเมิน ITA ซึ่ง ป.ป.ช. ประกาศเมื่อ 24 ส.ค.66 "
                  "ได้คะแนน 96.18 คะแนน (ผ่าน) ระดับ AA ขอขอบคุณทุกภาคส่วนที่ให้ความร่วมมือ")],
         truth=c_truth("สำนักงานพัฒนาชุมชนจังหวัดพะเยา", "สำนักงานจังหวัด", None, "พะเยา", 2566, 96.18, "ผ่าน",
                       faults=["a 2566 result also named with a 2562-2565 letter (AA)"], codes=["ITA020"])),
    dict(name="c-ban-nongpling-2562", set="tuning", pdf=None,
         text=["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2562 เทศบาลตำบลบ้านหนองปลิง ได้คะแนนรวม 88.15 "
               "ได้รับเกรด A เพิ่มขึ้นจากปี 2561 ซึ่งได้ 83.40 คะแนน"],
         truth=c_truth("เทศบาลตำบลบ้านหนองปลิง", "เทศบาลตำบล", None, None, 2562, 88.15, "A")),
    dict(name="c-maeramat-2568", set="tuning", pdf=None,
         text=["เทศบาลเมืองแม่ระมาดใหม่ จังหวัดตาก ขอรายงานผลการประเมิน ITA ปี 2568 ได้คะแนน 83.96 คะแนน "
               "ระดับ ไม่ผ่าน (ต่ำกว่าเกณฑ์ 85 คะแนน) รายละเอียดคะแนนรายเครื่องมือ",
               "- IIT 88.40 คะแนน",
               "- EIT ส่วนที่ 1 84.10 คะแนน",
               "- EIT ส่วนที่ 2 88.30 คะแนน",
               "- OIT 78.95 คะแนน"],
         truth=c_truth("เทศบาลเมืองแม่ระมาดใหม่", "เทศบาลเมือง", None, "ตาก", 2568, 83.96, "ไม่ผ่าน",
                       [("IIT", None, 88.40), ("EIT", 1, 84.10), ("EIT", 2, 88.30), ("OIT", None, 78.95)])),
    dict(name="c-pakthong-2563", set="tuning", pdf=None,
         text=["องค์การบริหารส่วนตำบลปากท่อง ผลการประเมิน ITA ปี 2563 ได้ 68.92 คะแนน อยู่ในระดับ C "
               "ซึ่งต่ำกว่าค่าเป้าหมาย 85 คะแนน และจะนำผลไปปรับปรุงในปีต่อไป"],
         truth=c_truth("องค์การบริหารส่วนตำบลปากท่อง", "องค์การบริหารส่วนตำบล", None, None, 2563, 68.92, "C")),
    dict(name="c-krom-nampi-2564", set="tuning", pdf=None,
         text=["กรมทรัพยากรน้ำพื้นที่สูง ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2564 จำนวน 43.10 คะแนน "
               "(ระดับ F) เป็นลำดับที่ 141 จาก 147 ส่วนราชการระดับกรม"],
         truth=c_truth("กรมทรัพยากรน้ำพื้นที่สูง", "กรม", None, None, 2564, 43.10, "F")),
    # Who is named first is not always who was assessed: the assessor (the NACC in one of its
    # forms), a list of the kinds of agency taking part, a person's post (นายก…, อธิบดี…), the
    # parent ministry after the agency's own name. The agency is the one the result sentence is
    # about.
    dict(name="c-huai-namrin-2565", set="tuning", pdf=None,
         text=["ตามที่คณะกรรมการ ป.ป.ช. ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
               "ประจำปีงบประมาณ พ.ศ. 2565 กับหน่วยงานทุกประเภท ทั้งส่วนราชการ รัฐวิสาหกิจ องค์การมหาชน "
               "และองค์กรปกครองส่วนท้องถิ่น นั้น",
               "องค์การบริหารส่วนตำบลห้วยน้ำรินเหนือ ได้คะแนนรวม 81.25 อยู่ในระดับ B"],
         truth=c_truth("องค์การบริหารส่วนตำบลห้วยน้ำรินเหนือ", "องค์การบริหารส่วนตำบล", None, None, 2565, 81.25, "B")),
    dict(name="c-don-kaeo-tai-2567", set="tuning", pdf=None,
         text=["ผลการประเมิน ITA ประจำปี 2567 เทศบาลตำบลดอนแก้วใต้ ผ่านการประเมินในระดับผ่านดี ด้วยคะแนน 92.18 คะแนน",
               "นายธีรพล ใจกล้า นายกเทศมนตรีตำบลดอนแก้วใต้ อ.สารภี จ.ลำปาง กล่าวว่า ผลนี้เกิดจากความร่วมมือของทุกฝ่าย"],
         truth=c_truth("เทศบาลตำบลดอนแก้วใต้", "เทศบาลตำบล", None, None, 2567, 92.18, "ผ่านดี")),
    dict(name="c-sathaban-chang-2564", set="tuning", pdf=None,
         text=["สถาบันพัฒนาฝีมือช่างชุมชน (องค์การมหาชน) (สพช.) หน่วยงานในสังกัดกระทรวงแรงงาน ได้รับผลการประเมิน ITA "
               "ประจำปีงบประมาณ พ.ศ. 2564 ด้วยคะแนน 90.47 คะแนน ระดับ A"],
         truth=c_truth("สถาบันพัฒนาฝีมือช่างชุมชน (องค์การมหาชน)", "สถาบัน", None, None, 2564, 90.47, "A")),
    dict(name="c-krom-sahakorn-2563", set="tuning", pdf=None,
         text=["นายสมศักดิ์ วงศ์ดี อธิบดีกรมส่งเสริมสหกรณ์ภาคเหนือ เปิดเผยว่า กระทรวงเกษตรและสหกรณ์ได้แจ้งผลการประเมิน ITA "
               "ประจำปีงบประมาณ พ.ศ. 2563 โดยกรมส่งเสริมสหกรณ์ภาคเหนือ ได้คะแนน 93.02 คะแนน อยู่ในระดับ A "
               "เป็นลำดับที่ 3 จาก 20 หน่วยงานของกระทรวง"],
         truth=c_truth("กรมส่งเสริมสหกรณ์ภาคเหนือ", "กรม", None, None, 2563, 93.02, "A")),
    dict(name="c-changwat-phangnga-2564", set="tuning", pdf=None,
         text=["กระทรวงมหาดไทยแจ้งผลการประเมิน ITA ประเภทจังหวัด ประจำปีงบประมาณ พ.ศ. 2564 ว่า จ.พังงาเหนือ "
               "ได้คะแนน 72.40 คะแนน อยู่ในระดับ C ลดลงจากปีก่อน"],
         truth=c_truth("จังหวัดพังงาเหนือ", "จังหวัด", None, None, 2564, 72.40, "C")),
    # English: the year before ITA (`the 2022 ITA`), the level with a gloss (`the A (good) level`)
    # in a sentence of its own.
    dict(name="c-nongkhai-valley-en-2565", set="tuning", pdf=None,
         text=["Nong Khai Valley University received 88.70 points in the 2022 ITA of the National Anti-Corruption Commission.",
               "The result places the university at the A (good) level among public universities."],
         truth=c_truth("Nong Khai Valley University", "มหาวิทยาลัย", None, None, 2565, 88.70, "A")),
    # A page's date line above the text is no year assessed; a level stated without a score
    # is still a result; a score of one indicator is no overall score; a kind glued to a verb
    # (`ธนาคารรับรางวัล`) names no agency.
    dict(name="c-nongbua-college-2565", set="tuning", pdf=None,
         text=["วันพฤหัสบดี ที่ 14 กันยายน พ.ศ. 2566",
               "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2565 ของวิทยาลัยเกษตรและเทคโนโลยีหนองบัวแดง "
               "อยู่ในระดับ A ขอขอบคุณบุคลากรทุกท่าน"],
         truth=c_truth("วิทยาลัยเกษตรและเทคโนโลยีหนองบัวแดง", "วิทยาลัย", None, None, 2565, None, "A")),
    dict(name="c-thanakhan-chumchon-2564", set="tuning", pdf=None,
         text=["นางสาวอรุณี แสงทอง รองผู้จัดการธนาคารเพื่อชุมชนชนบท เป็นผู้แทนธนาคารรับรางวัลจากการประเมินคุณธรรมและความโปร่งใส "
               "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2564 โดยธนาคารได้คะแนน 95.12 คะแนน อยู่ในระดับ AA",
               "ส่วนด้านตัวชี้วัดการป้องกันการทุจริตในองค์กร ธนาคารได้คะแนนสูงสุดถึง 100 คะแนน"],
         truth=c_truth("ธนาคารเพื่อชุมชนชนบท", "ธนาคาร", None, None, 2564, 95.12, "AA")),
    dict(name="c-kongthap-2563", set="tuning", pdf=None,
         text=["กองทัพภาคที่ห้า ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2563 อยู่ในระดับ ผ่าน",
               "โดยในด้านตัวชี้วัดการเปิดเผยข้อมูลต่อสาธารณะ หน่วยได้คะแนนสูงถึง 96.40 คะแนน"],
         truth=c_truth("กองทัพภาคที่ห้า", "กองทัพ", None, None, 2563, None, "ผ่าน")),
    dict(name="c-riverside-en-2565", set="tuning", pdf=None,
         text=["Riverside Provincial Waterworks Authority scored 90.35 points in the Integrity and Transparency Assessment "
               "in the 2022 fiscal year, placing it at the A level."],
         truth=c_truth("Riverside Provincial Waterworks Authority", "Authority", None, None, 2565, 90.35, "A")),
    # English news: the assessor named first by its English name, the score in a sentence
    # that says only "assessment", the level as "double-A" in a sentence of its own.
    dict(name="c-songkhla-lake-en-2564", set="tuning", pdf=None,
         text=["The National Anti-Corruption Commission released the results of the Integrity and Transparency "
               "Assessment (ITA) for fiscal year 2021.",
               "Songkhla Lake City scored 95.40 points in the assessment this year.",
               "That score gave the city a ranking of double-A, the top band."],
         truth=c_truth("Songkhla Lake City", "City", None, None, 2564, 95.40, "AA")),
    # A ranking quoted for the text's agency: several agencies in one line, each with its score
    # after its name; the text's agency (the headline's) is not the first listed. Its own score
    # is the one after its name. No level named.
    dict(name="c-krom-pamai-2563", set="tuning", pdf=None,
         text=["กรมป่าไม้ชุมชนติดอันดับ 2 หน่วยงานระดับกรม ผลประเมินคุณธรรมและความโปร่งใส",
               "พิธีมอบรางวัลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ 2563 (ITA Awards) "
               "จัดขึ้นที่ทำเนียบรัฐบาล มีหน่วยงานได้รับรางวัลรวม 30 หน่วยงาน",
               "สำหรับกลุ่มส่วนราชการระดับกรม ผลคะแนนสูงสุด 3 อันดับแรก ได้แก่ กรมส่งเสริมการประมงน้ำจืด ได้ 96.85 คะแนน "
               "กรมป่าไม้ชุมชน ได้ 95.40 คะแนน และกรมแผนที่ชายฝั่ง ได้ 94.12 คะแนน"],
         truth=c_truth("กรมป่าไม้ชุมชน", "กรม", None, None, 2563, 95.40, None)),
    dict(name="c-nakhu-tai-2567", set="tuning", pdf=None,
         text=["เทศบาลเมืองนาคูใต้ ติด 1 ใน 3 เทศบาลเมืองที่ได้คะแนน ITA สูงสุดของภาค",
               "ผลการประเมิน ITA ประจำปี 2567 กลุ่มเทศบาลเมือง ลำดับที่ 1 เทศบาลเมืองห้วยเม็กเหนือ 98.02 คะแนน "
               "ลำดับที่ 2 เทศบาลเมืองโพนสูงใหม่ 97.55 คะแนน ลำดับที่ 3 เทศบาลเมืองนาคูใต้ 97.31 คะแนน"],
         truth=c_truth("เทศบาลเมืองนาคูใต้", "เทศบาลเมือง", None, None, 2567, 97.31, None)),
    # English news: a province by its English name as the agency (`X’s provincial assessment
    # score`, `X scored … points in the assessment`), no ITA word in one of them (only the NACC's
    # English name); the same text names municipalities of the province further on.
    dict(name="c-khao-sai-en-2565", set="tuning", pdf=None,
         text=["Khao Sai named most transparent province in the country",
               "KHAO SAI: Khao Sai has been named the most transparent province in a national assessment of government "
               "agencies by the National Anti-Corruption Commission (NACC), officials said on 12 December 2022.",
               "Altogether, Khao Sai’s provincial assessment score was 93.70 points, the highest average in the country.",
               "The governor thanked Khao Sai City Municipality and Ban Rai Tambon Administrative Organization for their part."],
         truth=c_truth("Khao Sai", "จังหวัด", None, "Khao Sai", 2565, 93.70, None)),
    dict(name="c-lam-sai-en-2564", set="tuning", pdf=None,
         text=["Anti-Corruption Commission ranks Lam Sai among the cleanest provinces",
               "The National Anti-Corruption Commission has ranked Lam Sai first of the country’s provinces in fiscal year 2021 "
               "after evaluating their government agencies.",
               "Lam Sai scored 95.80 points in the assessment and was rated double-A.",
               "Lam Sai Hospital and four municipalities were singled out for their work."],
         truth=c_truth("Lam Sai", "จังหวัด", None, "Lam Sai", 2564, 95.80, "AA")),
    # English: the agency named by an abbreviation in the result sentence, spelt out earlier
    # (`… Administration (NCMA)`), where a headline names its district offices.
    dict(name="c-nakhon-chai-en-2563", set="tuning", pdf=None,
         text=["Better Services at Nakhon Chai’s District Offices",
               "The Nakhon Chai Metropolitan Administration (NCMA) held a workshop for its 12 district offices on 5 July 2021.",
               "In the 2020 fiscal year, the NCMA earned a score of 89.35 out of 100 in the ITA. A total of 8,303 agencies "
               "took part that year; their average score was 67.9."],
         truth=c_truth("Nakhon Chai Metropolitan Administration", None, None, None, 2563, 89.35, None)),
    # English: the year only at the start of the result sentence (`In 2020, …`).
    dict(name="c-khlong-luang-en-2563", set="tuning", pdf=None,
         text=["Khlong Luang Technical University takes part in the Integrity and Transparency Assessment",
               "The assessment has three tools: IIT (30%), EIT (30%) and OIT (40%).",
               "In 2020, Khlong Luang Technical University was assessed with B grade, 84.16 out of 100 points. "
               "Some 8,300 agencies took part."],
         truth=c_truth("Khlong Luang Technical University", "มหาวิทยาลัย", None, None, 2563, 84.16, "B")),
    # News of one indicator's score, no overall score given: the indicator by its name as
    # written (a word short of the year's) or by its number; the pass mark after the score.
    dict(name="c-kongthap-akat-2564", set="tuning", pdf=None,
         text=["กองทัพอากาศภาคเหนือ คะแนนด้านเปิดเผยข้อมูลต่ำกว่าเกณฑ์ ในผลประเมิน ITA",
               "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2564 "
               "ในส่วนตัวชี้วัดการเปิดเผยข้อมูลสาธารณะ หน่วยได้เพียง 72.50 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน"],
         truth=c_truth("กองทัพอากาศภาคเหนือ", "กองทัพ", None, None, 2564, None, None, indicators=[(9, 72.50)])),
    dict(name="c-rp-thasala-2566", set="tuning", pdf=None,
         text=["โรงพยาบาลท่าศาลาใต้ แจ้งผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 เฉพาะตัวชี้วัดที่ 10 การป้องกันการทุจริต "
               "ได้ 68.75 คะแนน และจะเร่งปรับปรุงมาตรการภายในหน่วยงานในปีถัดไป"],
         truth=c_truth("โรงพยาบาลท่าศาลาใต้", "โรงพยาบาล", None, None, 2566, None, None, indicators=[(10, 68.75)])),
    # Kinds of realtexts3 (invented wording): the agency glued to the verb that announces its
    # result (`…เผยผลการประเมิน`); a rank earlier in the sentence that names the year
    # (`คว้าอันดับ 4 … ประจำปี พ.ศ. 2564`); the level as เกรด before the score; SARA AE typed
    # as two SARA E (เเละ, คะเเนน).
    dict(name="c-yuttitham-chumchon-2564", set="tuning", pdf=None,
         text=["สำนักงานส่งเสริมยุติธรรมชุมชนเผยผลการประเมิน ITA คว้าอันดับ 4 ของประเทศ",
               "สำนักงานส่งเสริมยุติธรรมชุมชน คว้าอันดับ 4 ของประเทศ \u0e40\u0e40ละอันดับ 2 ของกระทรวง ในผลการประเมิน"
               "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี พ.ศ. 2564 ด้วยเกรด A 91.37 คะ\u0e40\u0e40นน "
               "ในประเภทกรมหรือเทียบเท่า จากหน่วยงานทั้งหมด 140 แห่ง"],
         truth=c_truth("สำนักงานส่งเสริมยุติธรรมชุมชน", "สำนักงาน", None, None, 2564, 91.37, "A")),
    # A province's result with its name glued to the verb (`จังหวัด…อยู่ในลำดับที่`), the
    # governor and the provincial hall named before it.
    dict(name="c-changwat-saraburi-tai-2565", set="tuning", pdf=None,
         text=["นายสมบูรณ์ ดีงาม ผู้ว่าราชการจังหวัดสระบุรีใต้ เป็นประธานมอบเกียรติบัตร ณ ศาลากลางจังหวัดสระบุรีใต้",
               "จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ 2565 "
               "จังหวัดสระบุรีใต้อยู่ในลำดับที่ 12 ของประเทศ โดยมีผลคะแนน 88.16 คะแนน"],
         truth=c_truth("จังหวัดสระบุรีใต้", "จังหวัด", None, "สระบุรีใต้", 2565, 88.16, None)),
    # The agency named only in its officials' posts (`นายกองค์การบริหารส่วนจังหวัด…`); the result
    # sentence has no subject and follows a project's address (… อำเภอ… จังหวัด…).
    dict(name="c-pao-nan-nuea-2567", set="tuning", pdf=None,
         text=["ที่ห้องประชุมชั้น 3 ศาลากลางจังหวัดน่านเหนือ นายวิชัย ใจดี นายกองค์การบริหารส่วนจังหวัดน่านเหนือ "
               "มอบหมายให้ นางสาวพรทิพย์ ศรีสุข ปลัดองค์การบริหารส่วนจังหวัดน่านเหนือ รับเกียรติบัตร",
               "โดยมี นายประสงค์ มั่นคง ผู้ว่าราชการจังหวัดน่านเหนือ เป็นผู้มอบ สำหรับโครงการซ่อมสร้างถนนสายบ้านนา หมู่ที่ 2 "
               "ตำบลนาใหม่ อำเภอเมืองน่านเหนือ จังหวัดน่านเหนือ และผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
               "ของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 94.12 คะแนน"],
         truth=c_truth("องค์การบริหารส่วนจังหวัดน่านเหนือ", "องค์การบริหารส่วนจังหวัด", None, "น่านเหนือ", 2567, 94.12, None)),
    # A municipality named without its class (`เทศบาลบ้านโป่งใต้`) in a headline giving its
    # level only; the body names a deputy governor's province.
    dict(name="c-thesaban-banpong-tai-2566", set="tuning", pdf=None,
         text=["เทศบาลบ้านโป่งใต้ รับมอบประกาศเกียรติคุณ หน่วยงานที่ได้ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
               "ของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ.2566 ในระดับ ผ่านดี",
               "เมื่อวันที่ 12 ธันวาคม 2566 รองผู้ว่าราชการจังหวัดราชบุรีใต้ เป็นประธานในพิธี ณ ศาลากลางจังหวัดราชบุรีใต้"],
         truth=c_truth("เทศบาลบ้านโป่งใต้", "เทศบาล", None, None, 2566, None, "ผ่านดี")),
    # A police station by its abbreviation (`สภ.…`); two years' scores, the latest the result,
    # in a text about preparing the next year's assessment (`… ประจำปีงบประมาณ พ.ศ.2568`).
    dict(name="c-sp-nongpladuk-2567", set="tuning", pdf=None,
         text=["วันนี้ (8 ม.ค.68) พ.ต.อ.สมชาย ใจเย็น ผกก.สภ.หนองปลาดุก ได้ประชุมข้าราชการตำรวจ สภ.หนองปลาดุก เรื่อง "
               "การเตรียมความพร้อมการประเมิน ITA ของสถานีตำรวจ ประจำปีงบประมาณ พ.ศ.2568 ซึ่งเดิมเมื่อปีงบประมาณ พ.ศ.2566 "
               "ได้คะแนน ITA 84.20 ส่วนในปีงบประมาณ พ.ศ.2567 ได้คะแนนรวม ITA 93.45"],
         truth=c_truth("สภ.หนองปลาดุก", "สถานีตำรวจ", None, None, 2567, 93.45, None)),
    # Two agencies' results in one news text, each by an abbreviation the body defines
    # (`สถาบัน… (สอพ.)`): the first is the text's.
    dict(name="c-sathaban-aharn-2563", set="tuning", pdf=None,
         text=["ป.ป.ช.เปิดผลประเมินปี 63 หน่วยงานสังกัดกระทรวงอุตสาหกรรม พบ สอพ.ได้ระดับ C คะแนน 72.40 ขณะที่ "
               "สมอ.ได้ระดับ B คะแนน 82.15 ด้านสูงสุดคือ กรมโรงงานอุตสาหกรรม",
               "เมื่อวันที่ 20 ตุลาคม 2563 สำนักงาน ป.ป.ช. ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
               "(ITA) ประจำปีงบประมาณ 2563",
               "พบว่า สถาบันอาหารปลอดภัยแห่งชาติ (สอพ.) ได้คะแนน 72.40 ระดับ C และสำนักงานมาตรฐานเครื่องใช้ไฟฟ้า (สมอ.) "
               "ได้คะแนน 82.15 ระดับ B"],
         truth=c_truth("สถาบันอาหารปลอดภัยแห่งชาติ", "สถาบัน", None, None, 2563, 72.40, "C")),
    # Kinds of realtexts4 (invented wording): a state enterprise that is a company, named with
    # spaces up to จำกัด, after a headline that gives the score with only its ministry before it,
    # the level written short (“ดีเยี่ยม”, the top level of the year's scheme).
    dict(name="c-borisat-thachaifang-2567", set="tuning", pdf=None,
         text=["\"รัฐมนตรี\" ชื่นชมท่าเรือชายฝั่งฯ คว้าอันดับ 2 ของรัฐวิสาหกิจสังกัดกระทรวงการขนส่งชายฝั่ง",
               "การประเมิน ITA 2024 ด้วยคะแนน 96.20 ในระดับ “ดีเยี่ยม”",
               "บริษัท ท่าเรือชายฝั่งไทย จำกัด (ทชท.) ได้รับคะแนน 96.20 ผ่านระดับ “ดีเยี่ยม” จากการประเมินคุณธรรมและความโปร่งใส"
               "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ 2567 ซึ่งเป็นคะแนนสูงสุดนับตั้งแต่เข้าร่วมการประเมินในปี 2558"],
         truth=c_truth("บริษัท ท่าเรือชายฝั่งไทย จำกัด", "บริษัท", None, None, 2567, 96.20, "ผ่านดีเยี่ยม")),
    # A state enterprise of a kind named การ… (การนิคมอุตสาหกรรม…), its ministry after its name,
    # the level before the score (เกณฑ์ผ่านดี 91.84), earlier years' scores after it.
    dict(name="c-nikhom-tawanok-2566", set="tuning", pdf=None,
         text=["การนิคมอุตสาหกรรมภาคตะวันออก (กนอ.ต.) กระทรวงอุตสาหกรรมชายฝั่ง ได้รับคะแนนการประเมินคุณธรรมและความโปร่งใส"
               "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2566 อยู่ในเกณฑ์ผ่านดี 91.84 คะแนน",
               "นับตั้งแต่ปี 2564 กนอ.ต. ได้รับคะแนนเพิ่มขึ้นต่อเนื่อง โดยปี 2564 ได้ 86.10 คะแนน ปี 2565 ได้ 89.35 คะแนน"],
         truth=c_truth("การนิคมอุตสาหกรรมภาคตะวันออก", "การนิคมอุตสาหกรรม", None, None, 2566, 91.84, "ผ่านดี")),
    # A university named by the one-letter abbreviation of its kind (ม.…), a level and no score.
    dict(name="c-mo-chiangdao-2564", set="tuning", pdf=None,
         text=["ม.เชียงดาวพัฒนา ผ่านประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ในระดับ A ประจำปี 2564",
               "เมื่อวันที่ 26 สิงหาคม 2564 คณะกรรมการประเมินได้ประกาศผลการประเมิน (ITA) ประจำปีงบประมาณ พ.ศ. 2564 "
               "โดยพิจารณาจาก 10 ตัวชี้วัด"],
         truth=c_truth("ม.เชียงดาวพัฒนา", "มหาวิทยาลัย", None, None, 2564, None, "A")),
    # An education area office by its abbreviation with its area number after a space.
    dict(name="c-spp-nakhonlamduan-2563", set="tuning", pdf=None,
         text=["ผลการประเมิน ITA ประจำปีงบประมาณ 2563 สพป.นครลำดวน เขต 2 ได้ 90.15 คะแนน อยู่ในระดับ A "
               "ติดอันดับ 1 ใน 20 อันดับแรกจากสำนักงานเขตพื้นที่การศึกษา 225 เขตทั่วประเทศ"],
         truth=c_truth("สพป.นครลำดวน เขต 2", "สำนักงานเขตพื้นที่การศึกษา", None, None, 2563, 90.15, "A")),
    # An agency named only by its abbreviation in the result sentence; other agencies named in
    # full only in a later line (those ranked after it).
    dict(name="c-kofoch-2563", set="tuning", pdf=None,
         text=["สำนักงาน ป.ป.ช. ประกาศผลคะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ.2563 โดย กฟช. ได้ 92.14 คะแนน "
               "เป็นอันดับ 1 ของหน่วยงานในสังกัดกระทรวงพลังงานชนบท",
               "ตามมาด้วยอันดับ 2 สำนักงานนโยบายพลังงานชนบท และอันดับ 3 บริษัท พลังงานชุมชน จำกัด (มหาชน)"],
         truth=c_truth("กฟช.", None, None, None, 2563, 92.14, None)),
    # The country's average (all agencies, in a sentence that says so) before the agency's
    # result, which is a level only, written short with its letter in brackets.
    dict(name="c-pao-phuphan-nuea-2564", set="tuning", pdf=None,
         text=["ผลการประเมินคะแนน ITA ประจำปีงบประมาณ 2564 ในภาพรวมจากหน่วยงานภาครัฐทั่วประเทศ 8,100 แห่ง พบว่า "
               "มีคะแนนเฉลี่ยอยู่ที่ 81.25 คะแนน",
               "โดยองค์การบริหารส่วนจังหวัดภูพานเหนือ มีผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
               "ประจำปีงบประมาณ พ.ศ. 2564 อยู่ในระดับที่ดีเยี่ยม (AA)"],
         truth=c_truth("องค์การบริหารส่วนจังหวัดภูพานเหนือ", "องค์การบริหารส่วนจังหวัด", None, "ภูพานเหนือ", 2564, None, "AA")),
    # The agency's own score called an average after ได้คะแนน (`อยู่ที่ค่าเฉลี่ย`).
    dict(name="c-krom-wichai-thisung-2565", set="tuning", pdf=None,
         text=["สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
               "ประจำปีงบประมาณ พ.ศ. 2565 โดยกรมวิจัยเกษตรที่สูง ได้คะแนนการประเมินอยู่ที่ค่าเฉลี่ย 93.12 คะแนน ซึ่งอยู่ในระดับ A"],
         truth=c_truth("กรมวิจัยเกษตรที่สูง", "กรม", None, None, 2565, 93.12, "A")),
    # English: the agency by its abbreviation in the result sentence (spelt out in another
    # paragraph), other agencies' scores after its own in the same paragraph.
    dict(name="c-coastal-audit-en-2567", set="tuning", pdf=None,
         text=["Coastal Audit Office keeps its place at the top of the 2024 transparency lists",
               "The Coastal Audit Office (CAO) has been awarded the highest transparency ranking among independent agencies "
               "in the 2024 Integrity and Transparency Assessment (ITA).",
               "Despite the delays to its new building, the CAO secured the top spot in the 2024 ITA, with a score of 95.12. "
               "The Central Election Office came second with a score of 94.20, while the Port Rights Commission came fifth "
               "with a score of 90.11."],
         truth=c_truth("Coastal Audit Office", None, None, None, 2567, 95.12, None)),
    # --- measuring only ---
    dict(name="c-khonkaen-nakhon-2563", set="measuring", pdf=[("Loma", 15)],
         text=["ข่าวประชาสัมพันธ์ เทศบาลนครโคกพระยา ได้รับผลการประเมินคุณธรรมและความโปร่งใส ITA 2563 "
               "ระดับ AA ด้วยคะแนน 95.62 คะแนน จากคะแนนเต็ม 100 คะแนน สูงสุดเป็นลำดับที่ 3 จาก 30 เทศบาลนคร"],
         truth=c_truth("เทศบาลนครโคกพระยา", "เทศบาลนคร", None, None, 2563, 95.62, "AA")),
    dict(name="c-tambon-sala-2564", set="measuring", pdf=None,
         text=[th("องค์การบริหารส่วนตำบลศาลาแดงเหนือ อำเภอเมือง จังหวัดชัยนาท ผลการประเมิน ITA "
                  "ประจำปีงบประมาณ พ.ศ. 2564 ได้ 58.37 คะแนน ผลการประเมิน ระดับ D (ปี 2563 ได้ 61.05 คะแนน)")],
         truth=c_truth("องค์การบริหารส่วนตำบลศาลาแดงเหนือ", "องค์การบริหารส่วนตำบล", "เมืองชัยนาท", "ชัยนาท",
                       2564, 58.37, "D")),
    dict(name="c-rp-bangkruai-2565", set="measuring", pdf=None,
         text=["โรงพยาบาลบางกรวยเหนือ ประกาศผล ITA ปีงบประมาณ 2565 รวม 52.84คะแนน อยู่ในเกณฑ์ : E "
               "ทางโรงพยาบาลจะเร่งปรับปรุงการเปิดเผยข้อมูลบนเว็บไซต์ให้ครบถ้วน"],
         truth=c_truth("โรงพยาบาลบางกรวยเหนือ", "โรงพยาบาล", None, None, 2565, 52.84, "E")),
]


def check_c(c):
    t = c["truth"]
    assert bool(t["faults"]) == bool(t["faultCodes"]), c["name"]
    s, lv, fy = t["overall"]["score"], t["overall"]["level"], t["fiscalYear"]
    if s is None:                      # a level stated without a score: nothing to check it by
        return
    tools = {}
    for x in t["tools"]:
        tools.setdefault(x["code"], []).append(x["score"])
    if {"IIT", "EIT", "OIT"} <= set(tools):
        tv = {k: r2(mean(v)) for k, v in tools.items()}
        calc = r2(0.3 * tv["IIT"] + 0.3 * tv["EIT"] + 0.4 * tv["OIT"])
        assert abs(calc - s) < 0.0051 or t["faults"], (c["name"], calc, s)
        if fy >= 2566:
            assert level_2566(s, tv.values()) == lv or t["faults"], (c["name"], lv)
    if lv is None:                     # a score with no level named: nothing to check it against
        return
    if fy <= 2565:
        assert level_letters(s) == lv or t["faults"], (c["name"], lv)
    elif not t["tools"]:
        assert (s >= 85) == (lv != "ไม่ผ่าน"), c["name"]


# ---------------------------------------------------------------------------
# Renderings
# ---------------------------------------------------------------------------
# kind B: (report, font, size, layout, ruled); layout: portrait | landscape | mixed (front
# portrait, measures landscape); the file is NAME-<font>.pdf (font lower case, no spaces)
RENDER = {
    "tuning": [
        ("b-khoksamran-2566", "Garuda", 14, "mixed", True),
        ("b-khoksamran-2566", "Kinnari", 16, "portrait", True),
        ("b-khoksamran-2566", "Sawasdee", 15, "landscape", False),
        ("b-khoksamran-2566", "Umpush", 14, "mixed", False),
        # A wide monospaced font, portrait, no rulings: the measures table's eight columns narrow.
        ("b-thungkula-2568", "Tlwg Mono", 14, "portrait", False),
        ("b-huaisaingam-2567", "Norasi", 16, "mixed", True),
        ("b-huaisaingam-2567", "Laksaman", 16, "portrait", True),
        ("b-huaisaingam-2567", "Garuda", 14, "landscape", False),
        ("b-huaisaingam-2567", "Umpush", 15, "mixed", True),
        ("b-thungkula-2568", "Kinnari", 14, "mixed", True),
        ("b-thungkula-2568", "Sawasdee", 16, "portrait", False),
        ("b-thungkula-2568", "Norasi", 14, "landscape", True),
        ("b-thungkula-2568", "Laksaman", 15, "mixed", False),
        ("b-khoksamran-2566-fault-overall", "Laksaman", 14, "mixed", True),
        # one-slip variants: one PDF each, the fonts in turn
        ("b-thungkula-2568-fault-overall", "Garuda", 14, "portrait", True),
        ("b-khoksamran-2566-fault-tool-mean", "Kinnari", 16, "portrait", True),
        ("b-huaisaingam-2567-fault-indicator-twice", "Sawasdee", 15, "landscape", False),
        ("b-thungkula-2568-fault-tool-sentence", "Umpush", 14, "mixed", False),
        ("b-huaisaingam-2567-fault-question-mean", "Norasi", 16, "portrait", True),
        ("b-khoksamran-2566-fault-measure-other", "Laksaman", 15, "mixed", True),
        ("b-thungkula-2568-fault-measure-typo", "Garuda", 15, "landscape", False),
        ("b-khoksamran-2566-fault-letter-level", "Kinnari", 14, "landscape", True),
        ("b-huaisaingam-2567-fault-two-levels", "Sawasdee", 16, "portrait", True),
        ("b-thungkula-2568-fault-year", "Umpush", 15, "portrait", False),
    ],
    "measuring": [
        ("b-khoksamran-2566", "Loma", 14, "mixed", True),
        ("b-khoksamran-2566", "Tlwg Typist", 14, "portrait", False),
        ("b-huaisaingam-2567", "Waree", 15, "mixed", False),
        ("b-huaisaingam-2567", "Purisa", 14, "portrait", True),
        ("b-thungkula-2568", "Waree", 14, "landscape", True),
        ("b-thungkula-2568", "Loma", 16, "mixed", False),
        ("b-thakhamluang-2567", "Loma", 14, "mixed", True),
        ("b-thakhamluang-2567", "Waree", 16, "portrait", False),
        ("b-thakhamluang-2567", "Tlwg Typist", 15, "landscape", True),
        ("b-thakhamluang-2567", "Purisa", 14, "mixed", False),
        ("b-thakhamluang-2567-fault-overall", "Loma", 14, "portrait", True),
        ("b-thakhamluang-2567-fault-tool-mean", "Tlwg Typist", 14, "landscape", False),
        ("b-thakhamluang-2567-fault-indicator-twice", "Waree", 15, "mixed", True),
        ("b-thakhamluang-2567-fault-tool-list", "Purisa", 14, "portrait", False),
        ("b-thakhamluang-2567-fault-question-mean", "Loma", 16, "landscape", True),
        ("b-thakhamluang-2567-fault-measure-other", "Tlwg Typist", 15, "mixed", True),
        ("b-thakhamluang-2567-fault-measure-typo", "Waree", 14, "portrait", False),
        ("b-thakhamluang-2567-fault-letter-level", "Purisa", 15, "landscape", True),
        ("b-thakhamluang-2567-fault-two-levels", "Loma", 15, "mixed", False),
        ("b-thakhamluang-2567-fault-year", "Tlwg Typist", 16, "portrait", True),
    ],
}


def font_tag(font):
    return font.lower().replace(" ", "")


def inline(t):
    return html.escape(t, quote=False)


def html_doc(blocks, font, size, landscape, ruled, title):
    fam = "'%s'" % font
    border = "border: 0.5pt solid #000000;" if ruled else "border: none;"
    ps = "font-family: %s; font-size: %dpt; margin-top: 0; margin-bottom: %dpt" % (fam, size, size // 2)
    cs = "font-family: %s; font-size: %dpt; margin-top: 0; margin-bottom: 1pt" % (fam, size - 1 if landscape else size)
    out = ['<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n' % inline(title),
           "<style>\n@page { size: A4 %s; margin: 1.8cm }\n" % ("landscape" if landscape else "portrait"),
           "body { font-family: %s; font-size: %dpt }\ntd { %s padding: 2pt }\n</style>\n</head>\n<body>\n" % (fam, size, border)]
    w = out.append

    def cell_html(c, tag="td"):
        attrs = ""
        if c.rs > 1:
            attrs += ' rowspan="%d"' % c.rs
        if c.cs > 1:
            attrs += ' colspan="%d"' % c.cs
        attrs += ' valign="%s"' % (c.valign or "top")
        al = c.align or "left"
        body = "".join('<p style="%s; text-align: %s">%s</p>' % (cs, al, ("<b>%s</b>" if c.bold else "%s") % inline(p))
                       for p in c.paras)
        return "<%s%s>%s</%s>" % (tag, attrs, body, tag)

    for b in blocks:
        if b[0] == "h":
            w('<p style="%s"><b>%s</b></p>\n' % (ps, inline(b[1])))
        elif b[0] == "p":
            w('<p style="%s">%s</p>\n' % (ps, inline(b[1])))
        elif b[0] == "table":
            t = b[1]
            w('<table width="100%%" cellspacing="0" cellpadding="3" border="%d" style="border-collapse: collapse">\n'
              % (1 if ruled else 0))
            w("<thead>\n")
            for i, row in enumerate(t.header):
                w("<tr>")
                col = 0
                for c in row:
                    if c is not None:
                        wd = ' width="%d%%"' % sum(t.widths[col:col + c.cs]) if i == 0 else ""
                        w(cell_html(c).replace("<td", "<td" + wd, 1))
                    col += 1
                w("</tr>\n")
            w("</thead>\n<tbody>\n")
            for row in t.rows:
                w("<tr>" + "".join(cell_html(c) for c in row if c is not None) + "</tr>\n")
            w("</tbody>\n</table>\n")
            w('<p style="%s"></p>\n' % ps)
    w("</body>\n</html>\n")
    return "".join(out)


def text_doc(blocks):
    """The seed's text format."""
    lines = []
    for b in blocks:
        if b[0] in ("h", "p"):
            lines += [b[1], ""]
        elif b[0] == "table":
            t = b[1]

            def row_line(row):
                cells = []
                for c in row:
                    if c is None:
                        cells.append("")
                    elif len(c.paras) > 1:
                        cells.append("".join("<p>%s</p>" % p for p in c.paras))
                    else:
                        cells.append(c.paras[0])
                    if c is not None and c.cs > 1:
                        pass   # the covered positions follow as None
                return "\t".join(cells)
            head = [row_line(r) for r in t.header]
            lines += head
            for i, row in enumerate(t.rows, 1):
                lines.append(row_line(row))
                if i in t.markers and i < len(t.rows):
                    lines += head
            lines.append("")
    return nfc("\n".join(lines).rstrip("\n") + "\n")


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


def embedded_fonts(pdf):
    r = subprocess.run(["pdffonts", pdf], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return [l.split()[0].split("+", 1)[-1] for l in r.stdout.splitlines()[2:] if l.strip()]


def font_ok(pdf, family):
    fonts = embedded_fonts(pdf)
    want = family.replace(" ", "").lower()
    return bool(fonts) and all(f.lower().split("-")[0] == want for f in fonts)


def render_pdf(blocks, font, size, layout, ruled, out_pdf, keep_html=False):
    """layout mixed: the blocks before ('landscape',) portrait, the rest landscape, joined
    with pdfunite."""
    os.makedirs(os.path.dirname(PROFILE), exist_ok=True)
    work = tempfile.mkdtemp(prefix="mkkinds-", dir=os.path.dirname(PROFILE))
    try:
        cut = next((i for i, b in enumerate(blocks) if b[0] == "landscape"), len(blocks))
        if layout == "mixed" and cut < len(blocks):
            parts = [(blocks[:cut], False), (blocks[cut + 1:], True)]
        else:
            parts = [([b for b in blocks if b[0] != "landscape"], layout == "landscape")]
        pdfs = []
        for k, (bl, land) in enumerate(parts):
            hp = os.path.join(work, "part%d.html" % k)
            with open(hp, "w", encoding="utf-8") as f:
                f.write(nfc(html_doc(bl, font, size, land, ruled, os.path.basename(out_pdf))))
            if keep_html:
                shutil.copy(hp, out_pdf[:-4] + "-part%d.html" % k)
            pdfs.append(soffice_convert(hp, work))
        if len(pdfs) == 1:
            shutil.move(pdfs[0], out_pdf)
        else:
            subprocess.run(["pdfunite"] + pdfs + [out_pdf], check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if not font_ok(out_pdf, font):
        raise SystemExit("%s embeds %s, not only %s" % (out_pdf, embedded_fonts(out_pdf), font))


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(json.dumps(obj, ensure_ascii=False, indent=1)) + "\n")


def all_b():
    """name -> (blocks, truth, set)."""
    out = {}
    by = {r["name"]: r for r in B_REPORTS}
    for r in B_REPORTS:
        blocks, truth, printed = build_b(r)
        check_b(r["name"], printed, truth)
        out[r["name"]] = (blocks, truth, r["set"])
    for f in FAULTS:
        blocks, truth, printed = build_b(by[f["base"]], f)
        check_b(f["name"], printed, truth)
        out[f["name"]] = (blocks, truth, f["set"])
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="tuning", choices=["tuning", "measuring"])
    ap.add_argument("--out", help="output folder (default: this folder for tuning; required for measuring)")
    ap.add_argument("--only", action="append", metavar="NAME", help="only this report (repeatable)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--no-pdf", action="store_true", help="truth and text only")
    ap.add_argument("--keep-html", action="store_true")
    a = ap.parse_args(argv)
    out = a.out or (HERE if a.set == "tuning" else None)
    if out is None and not a.list:
        ap.error("--out is required for the measuring set (never commit it)")
    if a.set == "measuring" and out and os.path.abspath(out).startswith(HERE):
        ap.error("the measuring set must not be written into the repository")
    bs = all_b()
    for c in C_TEXTS:
        check_c(c)
    # the set: the kind-B reports rendered in it (the measuring set renders the tuning reports in
    # other fonts, as PDF only: their text is the committed one) and the kind-C texts of the set
    bnames = []
    for name, *_ in RENDER[a.set]:
        if name not in bnames:
            bnames.append(name)
    cs = [c for c in C_TEXTS if c["set"] == a.set]
    own = {r["name"] for r in B_REPORTS if r["set"] == a.set} | {f["name"] for f in FAULTS if f["set"] == a.set}
    if a.only:
        bnames = [n for n in bnames if n in a.only]
        cs = [c for c in cs if c["name"] in a.only]
    if a.list:
        for name, font, size, layout, ruled in RENDER[a.set]:
            if name in bnames:
                print("%-34s B %-12s %2dpt %-9s %s" % ("%s-%s.pdf" % (name, font_tag(font)), font, size, layout,
                                                        "ruled" if ruled else "unruled"))
        for c in cs:
            print("%-34s C %s" % (c["name"] + ".txt", " ".join("%s-%s.pdf" % (c["name"], font_tag(f)) for f, _ in c["pdf"] or [])))
        return
    os.makedirs(out, exist_ok=True)
    for n in bnames:
        blocks, truth, _ = bs[n]
        write_json(os.path.join(out, n + ".truth.json"), truth)
        if n in own:
            with open(os.path.join(out, n + ".txt"), "w", encoding="utf-8") as f:
                f.write(text_doc(blocks))
            print(os.path.join(out, n + ".txt"))
        if a.no_pdf:
            continue
        for name, font, size, layout, ruled in RENDER[a.set]:
            if name == n:
                p = os.path.join(out, "%s-%s.pdf" % (n, font_tag(font)))
                render_pdf(blocks, font, size, layout, ruled, p, a.keep_html)
                print(p)
    for c in cs:
        write_json(os.path.join(out, c["name"] + ".truth.json"), c["truth"])
        with open(os.path.join(out, c["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(nfc("\n\n".join(c["text"]) + "\n"))
        print(os.path.join(out, c["name"] + ".txt"))
        if a.no_pdf:
            continue
        for font, size in c["pdf"] or []:
            p = os.path.join(out, "%s-%s.pdf" % (c["name"], font_tag(font)))
            render_pdf([("p", t) for t in c["text"]], font, size, "portrait", False, p, a.keep_html)
            print(p)


if __name__ == "__main__":
    main()
