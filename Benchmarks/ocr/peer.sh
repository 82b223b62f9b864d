#!/usr/bin/env bash
# The peer pipeline ita's OCR is measured against: poppler draws each page at 300 dpi in grey,
# and tesseract (Thai and English) reads them two pages at a time, as someone without ita
# would run it. Writes the pages' text, in page order, to stdout.
#
#   bash Benchmarks/ocr/peer.sh SCAN.pdf [PAGES-AT-ONCE]
set -euo pipefail
pdf=$1
jobs=${2:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pdftoppm -r 300 -gray "$pdf" "$work/page"
ls "$work"/page-*.pgm | xargs -P "$jobs" -I{} tesseract {} {} -l tha+eng 2>/dev/null >/dev/null
for page in "$work"/page-*.pgm; do cat "$page.txt"; printf '\f'; done
