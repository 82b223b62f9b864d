#!/usr/bin/env python3
"""Writes not-an-ita-report.pdf: one A4 page of real Thai text with a small ruled table, the
kind of PDF a municipality publishes (a notice of water cuts for pipe repairs), that is not an
ITA report: no ITA score, level or measure. ita must say so rather than give an empty report.

Needs LibreOffice (soffice) and the TLWG Thai fonts (Garuda). From the repository root:

    python3 Tests/Fixtures/badinput/make-not-ita-pdf.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

HTML = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ประกาศงดจ่ายน้ำประปา</title>
<style>
@page { size: A4 portrait; margin: 2cm }
p, td, th { font-family: Garuda; font-size: 14pt }
table { border-collapse: collapse; width: 100% }
td, th { border: 0.5pt solid black; padding: 3pt }
</style></head><body>
<p style="text-align: center"><b>ประกาศการประปาส่วนภูมิภาคสาขาหนองบัว</b></p>
<p style="text-align: center">เรื่อง งดจ่ายน้ำประปาชั่วคราวเพื่อซ่อมแซมท่อเมนจ่ายน้ำ</p>
<p>ด้วยท่อเมนจ่ายน้ำขนาด 200 มิลลิเมตร บริเวณถนนสายหลักหน้าตลาดสดชำรุดเสียหาย
ทำให้น้ำรั่วไหลและแรงดันน้ำในพื้นที่ลดลง การประปาจึงมีความจำเป็นต้องงดจ่ายน้ำเป็นการชั่วคราว
เพื่อให้เจ้าหน้าที่เข้าซ่อมแซมได้อย่างปลอดภัย ตามกำหนดการดังต่อไปนี้</p>
<table>
<tr><th>วันที่</th><th>เวลา</th><th>พื้นที่ที่ได้รับผลกระทบ</th></tr>
<tr><td>ศุกร์ 14 พฤศจิกายน 2568</td><td>09.00 – 16.00 น.</td><td>หมู่ที่ 1 ถึงหมู่ที่ 4 และชุมชนหลังวัด</td></tr>
<tr><td>เสาร์ 15 พฤศจิกายน 2568</td><td>08.30 – 12.00 น.</td><td>ชุมชนริมคลองและหมู่บ้านจัดสรรทั้งหมด</td></tr>
</table>
<p>ขอให้ผู้ใช้น้ำสำรองน้ำไว้ใช้ล่วงหน้า เมื่อซ่อมเสร็จแล้วน้ำอาจมีสีขุ่นในช่วงแรก
ให้เปิดก๊อกทิ้งไว้สักครู่จนน้ำใส หากมีข้อสงสัยติดต่อได้ที่งานบริการลูกค้า โทรศัพท์ 0 4200 0000
ในวันและเวลาราชการ การประปาขออภัยในความไม่สะดวกมา ณ ที่นี้</p>
<p style="text-align: right">ประกาศ ณ วันที่ 10 พฤศจิกายน 2568</p>
</body></html>
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice (LibreOffice) is not on PATH")
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "not-an-ita-report.html")
        with open(source, "w", encoding="utf-8") as f:
            f.write(HTML)
        subprocess.run([soffice, "-env:UserInstallation=file://%s/lo-profile" % work, "--headless", "--norestore",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", work, source], check=True, stdout=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(work, "not-an-ita-report.pdf"), os.path.join(here, "not-an-ita-report.pdf"))
    fonts = subprocess.run(["pdffonts", os.path.join(here, "not-an-ita-report.pdf")], capture_output=True, text=True).stdout
    if "Garuda" not in fonts:
        sys.exit("LibreOffice did not embed Garuda:\n" + fonts)


if __name__ == "__main__":
    main()
