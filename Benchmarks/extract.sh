#!/usr/bin/env bash
# Times `ita extract` and `ita tables` on the sample beside `pdftotext -layout` and beside
# pdfplumber's extract_tables over every page (whole processes, hyperfine, 30 runs, `-N`: no
# shell). `ita extract` is also timed held to one core (`taskset -c 0`): ita lays out the
# pages on other cores while poppler reads the next one, and that line shows what it costs
# where no second core is free. Run it with nothing else busy: the ratio is what counts.
# Last, the commands are run in turn (Benchmarks/alternate.py), for ratios the machine's drift
# over the run does not skew.
# Needs: hyperfine (apt-get install hyperfine), pdfplumber (pip install pdfplumber).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --static-swift-stdlib --product ita >/dev/null
pdf=${1:-Samples/muangphon-2568-laksaman.pdf}
hyperfine -N -w 3 -r 30 \
  "pdftotext -layout $pdf /dev/null" \
  ".build/release/ita extract $pdf" \
  "taskset -c 0 .build/release/ita extract $pdf" \
  ".build/release/ita tables $pdf"
hyperfine -N -w 1 -r 5 "python3 Benchmarks/pdfplumber_tables.py $pdf"
# The same commands in turn, 60 rounds: the ratio that the machine's drift does not move.
python3 Benchmarks/alternate.py 60 "pdftotext -layout $pdf /dev/null" ".build/release/ita extract $pdf" \
  ".build/release/ita tables $pdf"
