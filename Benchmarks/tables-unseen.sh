#!/usr/bin/env bash
# Tables on renderings never seen (issue 16, parts 1-2): for each PDF of the seed report given
# (or found in the folders given), the key facts of `ita extract` (Benchmarks/keyfacts.py), the
# shape of each table `ita tables` finds against the seed text's (2, 2, 2 and 6 columns; the
# analysis and measures tables 10 rows plus one header; a rendering whose name says
# `2rowheader` may keep its two header rows), the cells unlike the seed's (difflib ratio under
# 0.97, spaces aside) and the phrase recall of `ita text` (Benchmarks/phrase_recall.py).
# Usage: Benchmarks/tables-unseen.sh [-b ITA_BINARY] PDF_OR_DIR...   (default .build/debug/ita)
# The sets: Tests/Fixtures/make-fixtures.py --set tables-tuning|tables-measuring --out DIR
set -uo pipefail
cd "$(dirname "$0")/.."
ita=.build/debug/ita
if [ "${1:-}" = "-b" ]; then ita=$2; shift 2; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$ita" tables Samples/muangphon-2568.txt --format json > "$tmp/seed-tables.json"
files=()
for arg in "$@"; do
  if [ -d "$arg" ]; then files+=("$arg"/*.pdf); else files+=("$arg"); fi
done
facts=0 shapes=0 recalls=0 total=0
for file in "${files[@]}"; do
  total=$((total + 1))
  name=$(basename "$file" .pdf)
  "$ita" extract "$file" > "$tmp/report.json" 2>/dev/null || true
  kf=$(python3 Benchmarks/keyfacts.py "$tmp/report.json" "$name" 2>&1) && facts=$((facts + 1))
  "$ita" tables "$file" --format json 2>/dev/null > "$tmp/tables.json"
  shape=$(python3 - "$tmp/seed-tables.json" "$tmp/tables.json" "$name" <<'PY'
import difflib, json, re, sys
seed = json.load(open(sys.argv[1]))["tables"]
try:
    tables = json.load(open(sys.argv[2]))["tables"]
except Exception:
    tables = []
two_rows = "2rowheader" in sys.argv[3]
def shape(t): return (len(t["rows"]), max(len(r["cells"]) for r in t["rows"]))
def text(cell): return re.sub(r"\s+", "", cell["text"])
ok = len(tables) == len(seed) and all(
    shape(t)[1] == shape(s)[1] and (shape(t)[0] == shape(s)[0] or two_rows and shape(t)[0] == shape(s)[0] + 1)
    for s, t in zip(seed, tables))
cells = [(a, b) for s, t in zip(seed, tables) for r, q in zip(s["rows"], t["rows"]) for a, b in zip(r["cells"], q["cells"])]
unlike = sum(1 for a, b in cells if difflib.SequenceMatcher(None, text(a), text(b), autojunk=False).ratio() < 0.97)
print("%s tables %s unlike %d/%d" % ("OK " if ok else "BAD", " ".join("%dx%d" % shape(t) for t in tables), unlike, len(cells)))
PY
)
  [[ $shape == OK* ]] && shapes=$((shapes + 1))
  "$ita" text "$file" > "$tmp/text.txt" 2>/dev/null || true
  recall=$(python3 Benchmarks/phrase_recall.py Samples/muangphon-2568.txt "$tmp/text.txt" | sed 's/.*recall=//')
  python3 -c "import sys; sys.exit(0 if float('$recall') >= 0.995 else 1)" && recalls=$((recalls + 1))
  printf '%-52s %s | recall %s | %s\n' "$name" "$shape" "$recall" "$(echo "$kf" | tail -1 | sed "s/^[^ ]* *//")"
done
echo "every key fact: $facts of $total; tables whole: $shapes of $total; recall >= 0.995: $recalls of $total"
