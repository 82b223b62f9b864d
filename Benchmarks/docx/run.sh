#!/usr/bin/env bash
# Word drafts (issue 18): phrase recall, key facts, faults and speed, on the tuning drafts
# (Tests/Fixtures/docx) and on the measuring set (made here, never committed). Results and
# how to read them: Benchmarks/docx/README.md.
# Usage: Benchmarks/docx/run.sh [MEASURING_DIR]   (default /tmp/docx-measuring)
set -euo pipefail
cd "$(dirname "$0")/../.."
measuring=${1:-/tmp/docx-measuring}
swift build -c release --static-swift-stdlib --product ita >/dev/null 2>&1
ita=.build/release/ita
[ -d "$measuring" ] || python3 Tests/Fixtures/docx/make-docx.py --set measuring --out "$measuring" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== phrase recall of ita text (against the text each draft was made from)"
python3 Benchmarks/docx/recall.py "$ita" "$measuring"

echo "== key facts of the sample's drafts (Benchmarks/keyfacts.py)"
for file in Tests/Fixtures/docx/muangphon-2568.docx "$measuring"/muangphon-*.docx; do
  "$ita" extract "$file" > "$tmp/report.json" 2>/dev/null || true
  python3 Benchmarks/keyfacts.py "$tmp/report.json" "$(basename "$file")" || true
done

echo "== key facts of the kind-B drafts (Benchmarks/kinds.py): tuning, then measuring"
mkdir -p "$tmp/tuning-b" "$tmp/measuring-b"
cp Tests/Fixtures/docx/b-khoksamran-2566.docx Tests/Fixtures/kinds/b-khoksamran-2566.truth.json "$tmp/tuning-b/"
cp "$measuring"/b-*.docx "$measuring"/b-*.truth.json "$tmp/measuring-b/"
python3 Benchmarks/kinds.py "$ita" "$tmp/tuning-b" | tail -2
python3 Benchmarks/kinds.py "$ita" "$tmp/measuring-b" | tail -2

echo "== faults: the sample's (each variant's code), then kind B's (Benchmarks/validate_kinds.py)"
python3 Benchmarks/docx/faults.py "$ita" "$measuring"
python3 Benchmarks/validate_kinds.py "$ita" "$tmp/measuring-b" | tail -9

echo "== speed: ita extract on the sample as PDF and as a Word draft (and as text)"
python3 Benchmarks/alternate.py 40 "$ita extract Samples/muangphon-2568-laksaman.pdf" \
  "$ita extract Tests/Fixtures/docx/muangphon-2568.docx" "$ita extract Samples/muangphon-2568.txt"
python3 Benchmarks/alternate.py 40 "$ita text Samples/muangphon-2568-laksaman.pdf" "$ita text Tests/Fixtures/docx/muangphon-2568.docx"
