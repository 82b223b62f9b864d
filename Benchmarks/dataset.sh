#!/usr/bin/env bash
# Times `ita dataset add` on COUNT generated text reports (Benchmarks/make-dataset-reports.py,
# from the seed) with one core and with two (--jobs), each into a new dataset, RUNS times;
# prints the median wall time, reports per second and the speed-up.
# Usage: Benchmarks/dataset.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
runs=${2:-3}
bash Scripts/setup.sh
scratch=${ITA_SCRATCH:-.build}
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product ita >/dev/null
ita=$scratch/release/ita
out=Benchmarks/out/dataset
reports=$out/reports-$count
mkdir -p "$out"
[ -d "$reports" ] || python3 Benchmarks/make-dataset-reports.py Samples/muangphon-2568.txt "$reports" "$count"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A wall
for jobs in 1 2; do
  : > "$out/times-$jobs.txt"
  for _ in $(seq "$runs"); do
    rm -f "$out/bench.sqlite"
    start=$(date +%s.%N)
    "$ita" dataset add "$reports" --db "$out/bench.sqlite" --jobs "$jobs" > "$out/add-$jobs.txt"
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l >> "$out/times-$jobs.txt"
  done
  wall[$jobs]=$(median < "$out/times-$jobs.txt")
  printf '%d core(s): %.2f s, %.0f reports/s (%s)\n' "$jobs" "${wall[$jobs]}" \
    "$(echo "$count / ${wall[$jobs]}" | bc -l)" "$(tail -1 "$out/add-$jobs.txt")"
done
printf 'speed-up 1 → 2 cores: %.2f×\n' "$(echo "${wall[1]} / ${wall[2]}" | bc -l)"

# Adding the same files again reads none of them: each is known by its sha256.
start=$(date +%s.%N)
"$ita" dataset add "$reports" --db "$out/bench.sqlite" > "$out/again.txt"
end=$(date +%s.%N)
printf 're-adding all: %.2f s (%s)\n' "$(echo "$end - $start" | bc -l)" "$(tail -1 "$out/again.txt")"
