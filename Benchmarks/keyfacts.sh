#!/usr/bin/env bash
# The issue's key facts (agency, year, overall, tools, indicators, analysis, measures and their
# periods, measure 5's units) of `ita extract`, and the shape of each table `ita tables` finds
# (rows × columns), on the seed text, the sample PDF and the held-out PDFs (the whole seed in
# TLWG fonts and layouts not in the repository, made by Tests/Fixtures/make-fixtures.py).
# Usage: Benchmarks/keyfacts.sh [HELDOUT_DIR]   (default Benchmarks/out/heldout)
set -euo pipefail
cd "$(dirname "$0")/.."
heldout=${1:-Benchmarks/out/heldout}
swift build -c release --static-swift-stdlib --product ita >/dev/null 2>&1
ita=.build/release/ita
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -d "$heldout" ] || python3 Tests/Fixtures/make-fixtures.py --set heldout --out "$heldout" >&2

right=0 total=0
"$ita" tables Samples/muangphon-2568.txt --format json > "$tmp/seed-tables.json"
for file in Samples/muangphon-2568.txt Samples/muangphon-2568-laksaman.pdf "$heldout"/*.pdf; do
  total=$((total + 1))
  "$ita" extract "$file" > "$tmp/report.json" 2>/dev/null || true
  python3 Benchmarks/keyfacts.py "$tmp/report.json" "$(basename "$file")" && right=$((right + 1)) || true
  # Each table's shape, and the cells whose text (spaces and line breaks aside) differs from
  # the seed text's by more than 3% (difflib ratio under 0.97): a cell cut short or run into another.
  "$ita" tables "$file" --format json | python3 -c '
import difflib, json, re, sys
tables = json.load(sys.stdin)["tables"]
seed = json.load(open(sys.argv[1]))["tables"]
shapes = ["%dx%d" % (len(t["rows"]), max(len(r["cells"]) for r in t["rows"])) for t in tables]
def text(cell): return re.sub(r"\s+", "", cell["text"])
cells = [(a, b) for s, t in zip(seed, tables) for r, q in zip(s["rows"], t["rows"]) for a, b in zip(r["cells"], q["cells"])]
unlike = sum(1 for a, b in cells if difflib.SequenceMatcher(None, text(a), text(b), autojunk=False).ratio() < 0.97)
print("    tables (rows x columns): %s; cells unlike the seed'"'"'s: %d of %d" % (" ".join(shapes), unlike, len(cells)))' "$tmp/seed-tables.json"
done
echo "every key fact right: $right of $total"
