#!/usr/bin/env bash
# Runs one harness for SECONDS on its corpus, keeping crashers in artifacts/HARNESS/ and the
# log in runs/HARNESS-TIME.log (all under .build-fuzz-work, not committed; the build directory .build-fuzz is kept apart, since a build prunes what it does not know).
#   Tests/Fuzz/run.sh normalizer 420
#   MAX_LEN=2048 Tests/Fuzz/run.sh textreport 420   (a smaller input limit than the default)
set -euo pipefail
cd "$(dirname "$0")/../../.build-fuzz-work"
harness=$1 seconds=${2:-420}
case $harness in
  normalizer) binary=FuzzNormalizer max_len=1024 ;;
  dates)      binary=FuzzDates      max_len=256 ;;
  repair)     binary=FuzzRepair     max_len=1024 ;;
  textreport) binary=FuzzTextReport max_len=8192 ;;
  tables)     binary=FuzzTables     max_len=4096 ;;
  pdf)        binary=FuzzPDF        max_len=200000 ;;
  layout)     binary=FuzzLayout     max_len=8192 ;;
  *) echo "unknown harness $harness" >&2; exit 2 ;;
esac
max_len=${MAX_LEN:-$max_len}
mkdir -p "artifacts/$harness" runs
# Allocation stacks are what makes ASan slow on Swift's many small allocations.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=2:detect_leaks=1}
"../.build-fuzz/debug/$binary" "corpus/$harness" -max_total_time="$seconds" -max_len="$max_len" -timeout=20 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="artifacts/$harness/" 2>&1 | tee "runs/$harness-$(date +%H%M%S).log" | grep -E "^#[0-9]+ +(pulse|DONE)|ERROR|SUMMARY|stat::" || true
