#!/usr/bin/env python3
"""Make scanned PDFs of the project's own fixtures, to test and measure ita's OCR.

    make-scans.py --set tuning --out DIR      (the committed scans: small, tests use them)
    make-scans.py --set tuning-large --out DIR  (scans of the font fixtures, too big to commit,
                                               tuned on; each with its seed text beside it)
    make-scans.py --set measuring --out DIR   (only measured on; never commit them)

A scan here is what a scanner makes of a printed page: the page drawn by pdftoppm at a
scanner's resolution, turned a little, with paper noise, a little blur and JPEG
compression, put back into a PDF as one picture per page with no text layer. A mixed
PDF keeps some pages born-digital and replaces others by their scan. A picture-table
PDF is a born-digital page (LibreOffice from HTML) with a score table pasted as a
picture, as agencies paste a screenshot of the NACC's result page.

Needs poppler-utils (pdftoppm, pdfunite, pdfseparate), Pillow and NumPy (pip), and
LibreOffice (soffice) for the picture-table PDFs. Randomness is seeded: the same set
comes out the same.
"""
import argparse
import html
import io
import math
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

import numpy as np
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SAMPLE = os.path.join(ROOT, "Samples", "muangphon-2568-laksaman.pdf")
KINDS = os.path.join(ROOT, "Tests", "Fixtures", "kinds")


def render(pdf, page, dpi):
    """One page of `pdf` as a grey PIL image at `dpi`."""
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), "-png",
                        pdf, os.path.join(work, "p")], check=True)
        name = [f for f in os.listdir(work) if f.endswith(".png")][0]
        return Image.open(os.path.join(work, name)).convert("L").copy()


def scanned(image, angle, noise, blur, seed):
    """The page as a scanner gives it back: turned, blurred, noisy."""
    rng = np.random.default_rng(seed)
    out = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(out).astype(np.float32)
    # Paper is not white: a grey cast and grain.
    pixels = pixels * 0.94 + 4 + rng.normal(0, noise, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def save_pdf(images, dpi, path, quality=70):
    """Pictures into a PDF, one per page, as JPEG (as scanners write them)."""
    frames = []
    for image in images:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality)
        frames.append(Image.open(io.BytesIO(buffer.getvalue())))
    frames[0].save(path, save_all=True, append_images=frames[1:], resolution=dpi)


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE, text=True, check=True).stdout
    return int([l for l in out.splitlines() if l.startswith("Pages:")][0].split()[1])


def scan_pdf(pdf, out, dpi, angle, noise=6, blur=0.4, pages=None, seed=1):
    pages = pages or range(1, page_count(pdf) + 1)
    images = [scanned(render(pdf, p, dpi), angle, noise, blur, seed + p) for p in pages]
    save_pdf(images, dpi, out)


def mixed_pdf(pdf, out, scanned_pages, dpi, angle, pages=None, seed=2):
    """`pdf` with `scanned_pages` replaced by their scans."""
    pages = pages or range(1, page_count(pdf) + 1)
    with tempfile.TemporaryDirectory() as work:
        parts = []
        for p in pages:
            part = os.path.join(work, f"{p:03d}.pdf")
            if p in scanned_pages:
                save_pdf([scanned(render(pdf, p, dpi), angle, 5, 0.3, seed + p)], dpi, part)
            else:
                subprocess.run(["pdfseparate", "-f", str(p), "-l", str(p), pdf, part], check=True)
            parts.append(part)
        subprocess.run(["pdfunite", *parts, out], check=True)


def picture_pdf(out, source_pdf, page, crop, dpi, before, after, font="Laksaman"):
    """A born-digital page whose score table is a picture: `crop` (left, top, right, bottom in
    points) of `source_pdf`'s page drawn at `dpi`, between two paragraphs of text."""
    image = render(source_pdf, page, dpi)
    scale = dpi / 72
    table = image.crop(tuple(int(v * scale) for v in crop))
    with tempfile.TemporaryDirectory() as work:
        png = os.path.join(work, "table.png")
        table.save(png)
        # LibreOffice sizes an HTML picture in pixels of 96 to the inch.
        width = int((crop[2] - crop[0]) * 96 / 72 * 0.8)
        height = int((crop[3] - crop[1]) * 96 / 72 * 0.8)
        body = (f"<p>{html.escape(before)}</p><p><img src='table.png' width='{width}' height='{height}'></p>"
                f"<p>{html.escape(after)}</p>")
        page_html = (f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><style>@page {{ size: A4 portrait; margin: 2cm }}"
                     f" body {{ font-family: '{font}'; font-size: 16pt }} p {{ font-family: '{font}'; font-size: 16pt }}"
                     f"</style></head><body>{body}</body></html>")
        src = os.path.join(work, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page_html)
        profile = "file://" + os.path.join(work, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(work, "page.pdf"), out)


def blank_and_photo(out, dpi, seed=3):
    """A blank page, a photo (smooth shapes, no letters), and the sample's page 3."""
    rng = np.random.default_rng(seed)
    size = (int(8.27 * dpi), int(11.69 * dpi))
    blank = scanned(Image.new("L", size, 255), 0.3, 4, 0, seed)
    y, x = np.mgrid[0:size[1], 0:size[0]]
    field = 128 + 60 * np.sin(x / (37.0 * dpi / 100)) * np.cos(y / (53.0 * dpi / 100)) + rng.normal(0, 6, (size[1], size[0]))
    photo = Image.fromarray(np.clip(field, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(3))
    text = scanned(render(SAMPLE, 3, dpi), -0.4, 6, 0.4, seed)
    save_pdf([blank, photo, text], dpi, out)


def qr_like(size, dpi, seed):
    """A page with a QR-like square of blocks and nothing to read (a document tracking code)."""
    rng = np.random.default_rng(seed)
    page = Image.new("L", size, 255)
    cells = 29
    cell = int(dpi * 0.06)
    blocks = (rng.random((cells, cells)) < 0.5).astype(np.uint8) * 255
    code = Image.fromarray(255 - blocks).resize((cells * cell, cells * cell), Image.NEAREST)
    page.paste(code, ((size[0] - code.width) // 2, int(dpi * 1.5)))
    return page


def highlighted(image, box):
    """`image` (grey) in colour, with `box` marked over by a yellow highlighter."""
    rgb = np.asarray(image.convert("RGB")).astype(np.float32)
    x0, y0, x1, y1 = box
    rgb[y0:y1, x0:x1, 2] *= 0.35
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))


def office_pdf(images, dpi, path, page_scale, quarter_turn=True, quality=20):
    """Pictures into a PDF the way an office's scanner software writes them: each picture
    stored a quarter turn round (as the scanner fed the sheet) and drawn turned back on a page
    `page_scale` times the paper's size, so that the page's points say nothing of the
    picture's resolution (a 200 dpi A4 scan on a 22-inch page: 74 pixels to the page's inch)."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    pages = []
    catalog = add(None)
    tree = add(None)
    for image in images:
        w, h = image.size
        stored = image.rotate(90, expand=True) if quarter_turn else image
        if stored.mode == "RGB":
            # A page with colour on it (a highlighter's mark) as a colour JPEG.
            buffer = io.BytesIO()
            stored.save(buffer, "JPEG", quality=quality)
            data, bits, space, codec = buffer.getvalue(), 8, b"/DeviceRGB", b"/DCTDecode"
        else:
            # Black and white, as office scanners store a page of text (one bit a pixel).
            data = zlib.compress(stored.point(lambda v: 255 if v >= 210 else 0).convert("1").tobytes(), 9)
            bits, space, codec = 1, b"/DeviceGray", b"/FlateDecode"
        picture = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent %d"
                      b" /Filter %s /Length %d >>\nstream\n" % (stored.width, stored.height, space, bits, codec, len(data))
                      + data + b"\nendstream")
        pw, ph = w / dpi * 72 * page_scale, h / dpi * 72 * page_scale
        # The stored picture turned a quarter back fills the page.
        matrix = ("0 %.4f %.4f 0 0 %.4f" % (-ph, pw, ph)) if quarter_turn else ("%.4f 0 0 %.4f 0 0" % (pw, ph))
        content = ("q %s cm /Im0 Do Q" % matrix).encode()
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >>"
                    " /Contents %d 0 R >>" % (tree, pw, ph, picture, stream)).encode())
        pages.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in pages), len(pages))).encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def sheared(image, degrees):
    """`image` sheared as a sheet that slid in a scanner's feeder: rows level, columns leaning."""
    slope = math.tan(math.radians(degrees))
    return image.transform(image.size, Image.AFFINE, (1, slope, -slope * image.height / 2, 0, 1, 0),
                           resample=Image.BICUBIC, fillcolor=255)


def office_scan_pdf(pdf, out, dpi, angle, pages, page_scale=2.7, shear=0.0, highlight=None, trailing_code=True, seed=1):
    """Pages of `pdf` as an office sends a scanned announcement on: `pages` only (the rest of
    the list left out), each scanned at `dpi`, sheared by `shear` and turned by `angle`,
    `highlight` (page, box in points) marked in yellow, a page with a tracking code last, all
    in `office_pdf`'s way (black and white but for the highlighted page)."""
    images = []
    for p in pages:
        image = scanned(sheared(render(pdf, p, dpi), shear), angle, 5, 0.4, seed + p)
        if highlight and highlight[0] == p:
            scale = dpi / 72
            image = highlighted(image, tuple(int(v * scale) for v in highlight[1]))
        images.append(image)
    if trailing_code:
        images.append(qr_like(images[0].size, dpi, seed))
    office_pdf(images, dpi, out, page_scale)


INTRO = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 รายตัวชี้วัด ดังภาพ"
OUTRO = "หน่วยงานจะนำผลการประเมินไปวิเคราะห์และกำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสต่อไป"


def tuning(out):
    # The sample's pages of scores (overall, tools, indicators), 200 dpi, turned 0.4°.
    scan_pdf(SAMPLE, os.path.join(out, "sample-p3-4-scan-200dpi.pdf"), 200, 0.4, pages=[3, 4])
    # Born-digital pages 1-5 of the sample with page 3 scanned.
    mixed_pdf(SAMPLE, os.path.join(out, "sample-p1-5-p3-scanned.pdf"), {3}, 200, -0.3, pages=range(1, 6))
    # A blank page, a photo, and a page of text: OCR says what it could not read.
    blank_and_photo(os.path.join(out, "blank-photo-text-scan.pdf"), 150)
    # The tool and indicator tables of page 3 pasted as a picture into a born-digital page.
    picture_pdf(os.path.join(out, "scores-as-picture.pdf"), SAMPLE, 3, (36, 283, 560, 760), 150, INTRO, OUTRO)


def tuning_large(out):
    fixtures = os.path.join(ROOT, "Tests", "Fixtures", "pdf")
    for name, dpi, angle in [("garuda-ruled", 300, 0.5), ("kinnari-14pt", 200, -0.8),
                             ("norasi-unruled-landscape", 300, 0.3), ("umpush", 250, -0.4)]:
        scan_pdf(os.path.join(fixtures, name + ".pdf"), os.path.join(out, name + "-scan.pdf"), dpi, angle, seed=21)
        shutil.copy(os.path.join(fixtures, name + ".txt"), os.path.join(out, name + "-scan.txt"))
    # The whole sample, scanned otherwise than the measuring set's.
    scan_pdf(SAMPLE, os.path.join(out, "sample-scan-250dpi.pdf"), 250, 0.9, noise=7, blur=0.5, seed=22)
    # A kind-B report (item-level tables, the eight-column measures table), scanned.
    for name, dpi, angle in [("b-huaisaingam-2567-norasi", 300, 0.4), ("b-khoksamran-2566-kinnari", 250, -0.6)]:
        scan_pdf(os.path.join(KINDS, name + ".pdf"), os.path.join(out, name + "-scan.pdf"), dpi, angle, seed=23)
        truth = name.rsplit("-", 1)[0] + ".truth.json"
        shutil.copy(os.path.join(KINDS, truth), os.path.join(out, truth))


def measuring(out):
    scan_pdf(SAMPLE, os.path.join(out, "sample-scan-300dpi.pdf"), 300, -0.7, noise=8, blur=0.6, seed=11)
    scan_pdf(SAMPLE, os.path.join(out, "sample-scan-150dpi.pdf"), 150, 1.2, noise=5, blur=0.3, seed=12)
    mixed_pdf(SAMPLE, os.path.join(out, "sample-score-pages-scanned.pdf"), {3, 4}, 300, 0.5, seed=13)
    picture_pdf(os.path.join(out, "tools-as-picture.pdf"), SAMPLE, 3, (50, 298, 545, 452), 200,
                "ผลคะแนนรายเครื่องมือของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", OUTRO, font="Garuda")
    # Kind-B fixtures scanned: each keeps its truth file, so Benchmarks/kinds.py scores them.
    for name, dpi, angle in [("b-huaisaingam-2567-garuda", 300, 0.6), ("b-khoksamran-2566-fault-overall-laksaman", 250, -0.5)]:
        scan_pdf(os.path.join(KINDS, name + ".pdf"), os.path.join(out, name + "-scan.pdf"), dpi, angle, seed=14)
        truth = name.rsplit("-", 1)[0] + ".truth.json"
        shutil.copy(os.path.join(KINDS, truth), os.path.join(out, truth))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=["tuning", "tuning-large", "measuring"], required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    {"tuning": tuning, "tuning-large": tuning_large, "measuring": measuring}[args.set](args.out)


if __name__ == "__main__":
    sys.exit(main())
