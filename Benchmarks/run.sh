#!/usr/bin/env bash
# Times `ita text` against `pdftotext -layout` on the 25-page sample and on a 250-page PDF made
# from it (pdfunite), alternating the two tools run by run; prints the median wall time of each,
# their ratio, and the peak memory (/usr/bin/time -v). Usage: Benchmarks/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
bash Scripts/setup.sh
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
swift build -c release --static-swift-stdlib >/dev/null
ita=.build/release/ita
out=Benchmarks/out
mkdir -p "$out"
sample=Samples/muangphon-2568-laksaman.pdf
big=$out/sample-x10-250p.pdf
[ -f "$big" ] || pdfunite $(for _ in $(seq 10); do echo $sample; done) "$big"

# seconds and peak KiB of one run: "wall maxrss"
measure() {
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null
  cat "$out/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for pdf in "$sample" "$big"; do
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  : > "$out/ita.txt"; : > "$out/pdftotext.txt"
  for _ in $(seq "$runs"); do
    measure "$ita" text "$pdf" >> "$out/ita.txt"
    measure pdftotext -layout "$pdf" - >> "$out/pdftotext.txt"
  done
  ita_wall=$(cut -d' ' -f1 "$out/ita.txt" | median)
  pt_wall=$(cut -d' ' -f1 "$out/pdftotext.txt" | median)
  ita_mem=$(cut -d' ' -f2 "$out/ita.txt" | median)
  pt_mem=$(cut -d' ' -f2 "$out/pdftotext.txt" | median)
  ratio=$(awk -v a="$ita_wall" -v b="$pt_wall" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-28s %4s pages  ita %6.2fs %7d KiB   pdftotext -layout %6.2fs %7d KiB   ratio %s\n' \
    "$(basename "$pdf")" "$pages" "$ita_wall" "$ita_mem" "$pt_wall" "$pt_mem" "$ratio"
done
