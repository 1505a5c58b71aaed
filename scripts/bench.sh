#!/usr/bin/env bash
# Measures Charter in one run and prints the figures as ratios, as the rows
# of the results table in bench/README.md:
#   1. builds rw1_charter and the phase benchmarks (bench/phases) in their
#      own folder (Release, -march=native), so a benchmark run never rebuilds
#      build/ with other options;
#   2. checks rw1_charter's output against the RW1 oracle (plain, --trace,
#      --threads 2), on the generated corpus and the edge cases;
#   3. times RW1 in the harness beside the hand-coded reference, both pinned
#      to one core, round-robin: once with tracing off, once with --trace;
#   4. times rw1_charter --threads 1 and --threads 2, unpinned, round-robin;
#   5. runs the Google Benchmark programs (median of their repetitions);
#   6. prints the ratios (bench/ratios.py).
#
#   scripts/bench.sh [-r REPS] [--gb-reps N] [--build DIR] [--peers DIR] [--no-check]
#
# REPS (default 5) is the number of runs per engine in steps 3 and 4. The
# RW1 harness (RW1.md, bench.sh, check.sh) is found in --peers DIR or
# $RW1_PEERS (default /work/shared/peers). Everything the run wrote is kept
# in DIR/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

REPS=5 GB_REPS=5 BUILD=build-bench PEERS="${RW1_PEERS:-/work/shared/peers}" CHECK=1
while [ $# -gt 0 ]; do
  case "$1" in
    -r) REPS="$2"; shift 2 ;;
    --gb-reps) GB_REPS="$2"; shift 2 ;;
    --build) BUILD="$2"; shift 2 ;;
    --peers) PEERS="$2"; shift 2 ;;
    --no-check) CHECK=0; shift ;;
    -h|--help) sed -n 2,20p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
BUILD=$(realpath -m "$BUILD")
OUT="$BUILD/bench-results"
PHASES=(parse check compile evaluate explain)
TARGETS=(rw1_charter)
for phase in "${PHASES[@]}"; do TARGETS+=("charter_${phase}_bench"); done

# 1. Build.
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHARTER_NATIVE=ON -DCHARTER_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target "${TARGETS[@]}" > "$BUILD/bench-build.log" 2>&1 \
  || { tail -30 "$BUILD/bench-build.log" >&2; echo "bench: the build failed" >&2; exit 1; }
RW1="$BUILD/bench/rw1/rw1_charter"

# The harness names an engine by one path: a variant with options is a
# two-line program that runs rw1_charter with them.
variant() {  # name, options...
  local path="$BUILD/bench/rw1/$1"
  shift
  printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$RW1" "$*" > "$path"
  chmod +x "$path"
  echo "$path"
}
RW1_TRACE=$(variant rw1_charter_trace --trace)
RW1_THREADS2=$(variant rw1_charter_threads2 --threads 2)

rm -rf "$OUT" && mkdir -p "$OUT"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) vCPU, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "compiler: g++ $(g++ -dumpfullversion), Release, -march=native"
  echo "harness: bench.sh -r $REPS --engines \"reference charter\" (pinned to the last core, warm-up 2,000 events, 20,000 events); threads: $REPS runs each, unpinned; Google Benchmark: median of $GB_REPS repetitions, CPU time (batch: wall-clock)"
} > "$OUT/meta.txt"

# 2. Correctness: every variant must print the oracle's lines. A difference
# is reported and the timing goes on (the figures are still of interest).
if [ "$CHECK" = 1 ]; then
  verdict="rw1_charter, --trace and --threads 2 agree with the oracle on the corpus and the edge cases"
  for program in "$RW1" "$RW1_TRACE" "$RW1_THREADS2"; do
    echo "== check: $(basename "$program")"
    if ! CHARTER_RW1="$program" "$PEERS/check.sh" --engines charter > "$OUT/check-$(basename "$program").log"; then
      verdict="**DIFFERENCES** from the oracle: see bench-results/check-*.log"
    fi
    grep -E '^(edge: )?charter' "$OUT/check-$(basename "$program").log" || true
  done
  echo "check: $verdict" >> "$OUT/meta.txt"
fi

# 3. Beside the reference, in the harness (its defaults: pinned, warm-up).
echo "== RW1 harness, tracing off"
CHARTER_RW1="$RW1" "$PEERS/bench.sh" -r "$REPS" --engines "reference charter" > "$OUT/harness-trace-off.log"
grep '^rep ' "$OUT/harness-trace-off.log"
echo "== RW1 harness, --trace"
CHARTER_RW1="$RW1_TRACE" "$PEERS/bench.sh" -r "$REPS" --engines "reference charter" > "$OUT/harness-trace-on.log"
grep '^rep ' "$OUT/harness-trace-on.log"
CORPUS="$PEERS/data/corpus.jsonl"  # written by the harness above

# 4. Two threads against one: unpinned, so the second thread has a core.
echo "== rw1_charter --threads 1 / 2"
for _ in $(seq 1 "$REPS"); do
  for threads in 1 2; do
    echo "threads=$threads $("$RW1" --corpus "$CORPUS" --threads "$threads" | grep '^RESULT ')"
  done
done | tee "$OUT/threads.log"

# 5. Charter's own phases.
for phase in "${PHASES[@]}"; do
  echo "== charter_${phase}_bench"
  CHARTER_RW1_CORPUS="$CORPUS" "$BUILD/bench/phases/charter_${phase}_bench" \
    --benchmark_repetitions="$GB_REPS" --benchmark_report_aggregates_only=true \
    --benchmark_out="$OUT/gb-$phase.json" --benchmark_out_format=json | grep -E '_median|ERROR' || true
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/meta.txt"

# 6. The ratios.
echo
python3 bench/ratios.py "$OUT" | tee "$OUT/table.md"
