#!/usr/bin/env bash
# Text quality of `ita text` beside `pdftotext -layout` and `-raw`:
# - the held-out PDFs: the whole seed in TLWG fonts and layouts not in the repository (made by
#   Tests/Fixtures/make-fixtures.py --set heldout, needs LibreOffice): share of the seed's
#   phrases found, stranded marks, PUA, U+FFFD;
# - the real agency PDFs in ../shared/realworld (when present): the same counts and the
#   dictionary-word rate of ../shared/tools/judge_thai_text.py (needs pip install pythainlp).
# Usage: Benchmarks/quality.sh [HELDOUT_DIR]   (default Benchmarks/out/heldout)
set -euo pipefail
cd "$(dirname "$0")/.."
heldout=${1:-Benchmarks/out/heldout}
judge=../shared/tools/judge_thai_text.py
swift build -c release --static-swift-stdlib >/dev/null
ita=.build/release/ita
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -d "$heldout" ] || python3 Tests/Fixtures/make-fixtures.py --set heldout --out "$heldout" >&2
printf '%-44s %-30s %-30s\n' "held-out PDF" "ita: recall strand/pua/fffd" "pdftotext -layout"
for pdf in "$heldout"/*.pdf; do
  "$ita" text "$pdf" > "$tmp/ita.txt"
  pdftotext -layout "$pdf" "$tmp/pt.txt"
  row() {
    local recall counts
    recall=$(python3 Benchmarks/phrase_recall.py Samples/muangphon-2568.txt "$1" | sed 's/.*recall=//')
    counts=$(python3 "$judge" "$1" | awk '{print $1, $3, $2}' | sed 's/[a-z_]*=//g; s/ /\//g')
    echo "$recall $counts"
  }
  printf '%-44s %-30s %-30s\n' "$(basename "$pdf" .pdf)" "$(row "$tmp/ita.txt")" "$(row "$tmp/pt.txt")"
done

[ -d ../shared/realworld ] || exit 0
echo
printf '%-56s %-12s %-12s %-12s\n' "real PDF: dict rate (stranded/pua/fffd)" "ita" "-layout" "-raw"
for pdf in ../shared/realworld/*.pdf; do
  "$ita" text "$pdf" > "$tmp/ita.txt"
  pdftotext -layout "$pdf" "$tmp/l.txt"
  pdftotext -raw "$pdf" "$tmp/r.txt"
  rate() { python3 "$judge" "$1" | sed 's/.*dict_rate=//'; }
  counts=$(python3 "$judge" "$tmp/ita.txt" | awk '{print $1, $3, $2}' | sed 's/[a-z_]*=//g; s/ /\//g')
  printf '%-56s %-12s %-12s %-12s\n' "$(basename "$pdf" .pdf | cut -c1-40) ($counts)" \
    "$(rate "$tmp/ita.txt")" "$(rate "$tmp/l.txt")" "$(rate "$tmp/r.txt")"
done
