#!/usr/bin/env bash
# Key facts, table shapes and phrase recall of the seed's renderings in a folder made by
# render.py, then kinds.py on its kind-B renderings.
#   bash Benchmarks/govfonts/measure.sh ITA DIR
set -euo pipefail
ita=$1 dir=$2
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
right=0 total=0
for f in "$dir"/seed-*.pdf; do
  total=$((total + 1))
  "$ita" extract "$f" > "$tmp/r.json" 2>/dev/null || true
  facts=$( (python3 Benchmarks/keyfacts.py "$tmp/r.json" muangphon-2568 2>&1 || true) | tail -1 | sed "s/muangphon-2568 *//")
  if [ "$facts" = "all right" ]; then right=$((right + 1)); fi
  "$ita" text "$f" > "$tmp/t.txt" 2>/dev/null || true
  recall=$(python3 Benchmarks/phrase_recall.py Samples/muangphon-2568.txt "$tmp/t.txt" | tail -1 | grep -o 'recall=[0-9.]*')
  shapes=$("$ita" tables "$f" --format json 2>/dev/null | python3 -c '
import json, sys
tables = json.load(sys.stdin)["tables"]
print(" ".join("%dx%d" % (len(t["rows"]), max(len(r["cells"]) for r in t["rows"])) for t in tables))')
  printf '%-46s %-14s %s  tables %s\n' "$(basename "$f")" "$recall" "$facts" "$shapes"
done
echo "seed renderings with every key fact: $right of $total (tables of the seed text: 5x2 14x2 11x2 11x6)"
ls "$dir"/b-*.pdf >/dev/null 2>&1 && python3 Benchmarks/kinds.py "$ita" "$dir" | tail -3
