#!/usr/bin/env bash
# Runs two ita binaries on many PDFs with `text`, `tables` and `extract` (and the scans with
# `text --ocr auto`, the Word fixtures, the real and made short texts) and compares their standard output, standard error and exit status byte
# for byte: a change made for speed must not change what ita writes.
#
# Usage: Benchmarks/compare-output.sh BASE_ITA NEW_ITA [EXTRA_PDF_DIR ...]
#
# Inputs: the sample, the sample ten times over (pdfunite, 250 pages), every PDF under
# Tests/Fixtures, ../shared/regressions and ../shared/realworld (read in place, never copied
# here), and the PDFs of each EXTRA_PDF_DIR, e.g. the held-out renderings of
# `Tests/Fixtures/make-fixtures.py --set heldout --out /tmp/heldout` and the measuring reports
# of `Tests/Fixtures/kinds/make-kinds.py --set measuring --out /tmp/kinds-measuring`.
# Prints one line per difference and a count; exits 1 when anything differs.
set -uo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: compare-output.sh BASE_ITA NEW_ITA [EXTRA_PDF_DIR ...]}
new=${2:?usage: compare-output.sh BASE_ITA NEW_ITA [EXTRA_PDF_DIR ...]}
shift 2
out=Benchmarks/out/compare
rm -rf "$out"
mkdir -p "$out"
sample=Samples/muangphon-2568-laksaman.pdf
big=Benchmarks/out/sample-x10-250p.pdf
[ -f "$big" ] || pdfunite $(for _ in $(seq 10); do echo $sample; done) "$big"

inputs=("$sample" "$big")
while IFS= read -r file; do inputs+=("$file"); done < <(find Tests/Fixtures -name '*.pdf' ! -path '*/scans/*' | sort)
for dir in ../shared/regressions ../shared/realworld "$@"; do
  [ -d "$dir" ] || continue
  while IFS= read -r file; do inputs+=("$file"); done < <(find "$dir" -maxdepth 1 -name '*.pdf' | sort)
done

runs=0
differ=0
# One command of both binaries on one input; a difference in stdout, stderr or status counts.
compare() {
  local label=$1
  shift
  "$base" "$@" >"$out/base.out" 2>"$out/base.err"
  local baseStatus=$?
  "$new" "$@" >"$out/new.out" 2>"$out/new.err"
  local newStatus=$?
  runs=$((runs + 1))
  if [ $baseStatus != $newStatus ] || ! cmp -s "$out/base.out" "$out/new.out" || ! cmp -s "$out/base.err" "$out/new.err"; then
    differ=$((differ + 1))
    echo "DIFFERS: $label (status $baseStatus / $newStatus)"
    cp "$out/base.out" "$out/differs-$differ.base.out"
    cp "$out/new.out" "$out/differs-$differ.new.out"
    cp "$out/base.err" "$out/differs-$differ.base.err"
    cp "$out/new.err" "$out/differs-$differ.new.err"
  fi
}

for file in "${inputs[@]}"; do
  for command in text tables extract; do
    compare "$command $file" "$command" "$file"
  done
done
# The encrypted fixture with its password, and pages of the sample.
compare "text --password encrypted" text Tests/Fixtures/encrypted/page3-password-ita2568.pdf --password ita2568
compare "extract --password encrypted" extract Tests/Fixtures/badinput/muangphon-2568-password-ita2568.pdf --password ita2568
compare "text wrong password" text Tests/Fixtures/badinput/muangphon-2568-password-ita2568.pdf --password wrong
printf '%%PDF-1.4\nrubbish\n' > "$out/damaged.pdf"
head -c 20000 "$sample" > "$out/cut.pdf"
for bad in "$out/damaged.pdf" "$out/cut.pdf"; do compare "text $bad" text "$bad"; compare "extract $bad" extract "$bad"; done
compare "text --pages 3-5 sample" text "$sample" --pages 3-5
compare "text --pages 25 sample" text "$sample" --pages 25
compare "text --explain sample" text --explain "$sample"
compare "text --no-repair big" text --no-repair "$big"
compare "text --ocr never big" text --ocr never "$big"
compare "extract --format json big" extract "$big"
# serve's page pictures (poppler-glib and cairo, loaded when a page is drawn).
compare "serve --render-page sample 3" serve --render-page "$sample" --page 3 --outline 60,100,300,140 --focus 60,200,300,240
compare "serve --render-page encrypted" serve --render-page Tests/Fixtures/encrypted/page3-password-ita2568.pdf --password ita2568 --page 1
compare "serve --render-page damaged" serve --render-page "$out/damaged.pdf" --page 1
for file in Tests/Fixtures/scans/*.pdf; do
  compare "text --ocr auto $file" text --ocr auto "$file"
  compare "text --explain --ocr auto $file" text --explain --ocr auto "$file"
  compare "extract $file" extract "$file"
done
# Word documents (text, tables, extract) and plain texts (extract, validate): the real short
# texts, the short-text kinds and the sample as text.
words=0
for file in $(find Tests/Fixtures -name '*.docx' | sort); do
  words=$((words + 1))
  for command in text tables extract; do compare "$command $file" "$command" "$file"; done
done
texts=0
for file in Samples/muangphon-2568.txt Benchmarks/realtexts*/[0-9]*.txt Tests/Fixtures/kinds/*.txt; do
  [ -f "$file" ] || continue
  texts=$((texts + 1))
  compare "extract $file" extract "$file"
  compare "validate $file" validate "$file"
done
echo "$runs runs on ${#inputs[@]} PDFs (and 4 scans), $words Word documents, $texts texts; $differ differ"
[ $differ = 0 ]
