#!/usr/bin/env bash
# Writes the seed corpus of each harness into $1 (default: .build-fuzz-work/corpus at the repository root), from the
# repository's own samples and fixtures. Small inputs fuzz faster, so the text report is also cut
# into pieces of 25 lines. PDFs are also written uncompressed with qpdf when it is installed,
# so that mutations reach the content streams rather than break the compression.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-.build-fuzz-work/corpus}
mkdir -p "$out"/{normalizer,repair,dates,textreport,tables,pdf,layout}
texts=(Samples/muangphon-2568.txt Tests/Fixtures/pdf/*.txt Tests/Fixtures/validate/*.txt)
for file in "${texts[@]}"; do
  name=$(basename "$file" .txt)
  cp "$file" "$out/textreport/$name.txt"
  split -l 25 -d "$file" "$out/normalizer/$name-"
  split -l 25 -d "$file" "$out/tables/$name-"
done
cp "$out"/normalizer/* "$out/textreport/"
cp "$out"/normalizer/* "$out/repair/"
# The damaged lines of the web set, one a file: what the repair is for.
cut -f1 Tests/Fixtures/repair/web-lines.tsv | tail -n +2 | split -l 1 -d -a 4 - "$out/repair/web-"
# Lines that hold a date, a month or a period: what the date parser is given in a report.
grep -h -E 'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ต\.ค\.|พ\.ย\.|ธ\.ค\.|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ปีงบประมาณ|น\.' \
  "${texts[@]}" | sort -u | split -l 1 -d -a 4 - "$out/dates/line-"
for file in Samples/*.pdf Tests/Fixtures/pdf/*.pdf Tests/Fixtures/badinput/*.pdf Tests/Fixtures/validate/ita00[1-3]*.pdf; do
  name=$(basename "$file" .pdf)
  cp "$file" "$out/pdf/$name.pdf"
  if command -v qpdf >/dev/null; then
    qpdf --qdf --object-streams=disable "$file" "$out/pdf/$name-qdf.pdf" 2>/dev/null || true
  fi
done
python3 Tests/Fuzz/make-layout-seeds.py "$out/layout"
for harness in normalizer repair dates textreport tables pdf layout; do
  echo "$harness: $(ls "$out/$harness" | wc -l) files, $(du -sh "$out/$harness" | cut -f1)"
done
