#!/usr/bin/env bash
# Makes the single-fault variants of the seed that the validator is tested on: each changes one
# value of Samples/muangphon-2568.txt, kept as text (NAME.txt) and rendered to PDF like the
# sample (Laksaman 16 pt, ruled tables) through Tests/Fixtures/make-fixtures.py.
# Needs LibreOffice (soffice) and fonts-thai-tlwg. Usage: make-variants.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:-Tests/Fixtures/validate}
mkdir -p "$out"
seed=Samples/muangphon-2568.txt

variant() {  # NAME, then a sed expression that makes the one fault
  local name=$1 edit=$2
  sed "$edit" "$seed" > "$out/$name.txt"
  cmp -s "$seed" "$out/$name.txt" && { echo "variant $name changes nothing" >&2; exit 1; }
  python3 Tests/Fixtures/make-fixtures.py --seed "$out/$name.txt" --out "$out" --name "$name" \
    --font Laksaman --size 16 --no-txt >/dev/null
}

# ITA001: the overall score written one point lower in the summary sentence (line 43).
variant ita001-overall-score '43s/97\.28 คะแนน/96.28 คะแนน/'
# ITA006: a day that does not exist (31 กันยายน) in measure 1's period.
variant ita006-impossible-date '0,/30 กันยายน 2569/{//s//31 กันยายน 2569/}'
