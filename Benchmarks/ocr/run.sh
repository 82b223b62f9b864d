#!/usr/bin/env bash
# Measures ita's OCR on scans: phrase recall and Thai correctness of `ita text`, the key facts
# of `ita extract`, and speed against the peer pipeline (peer.sh), on a tuning set (the
# committed scans and make-scans.py --set tuning-large) and a measuring set (--set measuring,
# never tuned on). Needs a release build: swift build -c release --static-swift-stdlib.
#
#   bash Benchmarks/ocr/run.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ita=.build/release/ita
rounds=${1:-3}
make=Tests/Fixtures/scans/make-scans.py
[ -d /tmp/scans-tlarge ] || python3 $make --set tuning-large --out /tmp/scans-tlarge
[ -d /tmp/scans-measuring ] || python3 $make --set measuring --out /tmp/scans-measuring

recall() {  # SEED SCAN
  local out=/tmp/ocr-bench-$(basename "$2" .pdf).txt
  $ita text "$2" > "$out" 2>/dev/null || true
  printf '%-44s ' "$(basename "$2")"
  python3 Benchmarks/phrase_recall.py "$1" "$out" | tail -1 | tr -d '\n'
  printf '  '; python3 ../shared/tools/judge_thai_text.py "$out" 2>/dev/null | grep -o 'stranded=[0-9]*' || echo
}

echo "== tuning: phrase recall of ita text"
for scan in /tmp/scans-tlarge/*.pdf; do recall "${scan%.pdf}.txt" "$scan"; done
echo "== measuring: phrase recall of ita text (seed: Samples/muangphon-2568.txt)"
for scan in /tmp/scans-measuring/sample-*.pdf; do recall Samples/muangphon-2568.txt "$scan"; done
echo "== measuring: the peer pipeline's recall on the same scans"
for scan in /tmp/scans-measuring/sample-scan-*.pdf; do
  bash Benchmarks/ocr/peer.sh "$scan" > /tmp/ocr-bench-peer.txt
  printf '%-44s ' "peer $(basename "$scan")"; python3 Benchmarks/phrase_recall.py Samples/muangphon-2568.txt /tmp/ocr-bench-peer.txt | tail -1
done
echo "== measuring: key facts of the sample's scans"
for scan in /tmp/scans-measuring/sample-*.pdf /tmp/scans-measuring/tools-as-picture.pdf; do
  $ita extract "$scan" > /tmp/ocr-bench.json 2>/dev/null || true
  python3 Benchmarks/keyfacts.py /tmp/ocr-bench.json "$(basename "$scan")" | tail -1
done
echo "== measuring: kind-B scans (Benchmarks/kinds.py)"
python3 Benchmarks/kinds.py $ita /tmp/scans-measuring | tail -3
echo "== speed: ita text against the peer pipeline, on 4 pages of the measuring scan ($rounds rounds)"
pages=/tmp/ocr-bench-4pages.pdf
pdfseparate -f 3 -l 6 /tmp/scans-measuring/sample-scan-300dpi.pdf /tmp/ocr-bench-p%d.pdf
pdfunite /tmp/ocr-bench-p{3,4,5,6}.pdf $pages
python3 Benchmarks/alternate.py "$rounds" "$ita text $pages" "bash Benchmarks/ocr/peer.sh $pages"
