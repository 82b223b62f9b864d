#!/usr/bin/env bash
# Times `ita extract` and `ita tables` on the sample beside `pdftotext -layout` and beside
# pdfplumber's extract_tables over every page (whole processes, hyperfine, 15 runs).
# Needs: hyperfine (apt-get install hyperfine), pdfplumber (pip install pdfplumber).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release >/dev/null
pdf=${1:-Samples/muangphon-2568-laksaman.pdf}
hyperfine -N -w 2 -r 15 \
  ".build/release/ita extract $pdf" \
  ".build/release/ita tables $pdf" \
  "pdftotext -layout $pdf /dev/null" \
  "python3 Benchmarks/pdfplumber_tables.py $pdf"
