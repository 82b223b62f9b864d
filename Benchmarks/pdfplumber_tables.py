#!/usr/bin/env python3
"""Times pdfplumber's extract_tables over every page of a PDF (the peer ita's tables are
compared with). usage: pdfplumber_tables.py FILE.pdf -> prints "seconds tables"."""
import sys
import time

import pdfplumber

start = time.perf_counter()
count = 0
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        count += len(page.extract_tables())
print("%.3f %d" % (time.perf_counter() - start, count))
