#!/usr/bin/env python3
"""Writes no-text-2-pages.pdf: two A4 pages that draw a grey image-like block and lines but no
text at all, as a scanned report without OCR does. Standard library only."""
import os

pages = 2
content = b"0.8 g 50 300 495 450 re f 0 G 2 w 60 700 m 535 700 l S"
objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
           ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (3 + 2 * i) for i in range(pages)), pages)).encode()]
for i in range(pages):
    objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>" % (4 + 2 * i)).encode())
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
out = bytearray(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    out += b"%010d 00000 n \n" % offset
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "no-text-2-pages.pdf"), "wb") as f:
    f.write(out)
