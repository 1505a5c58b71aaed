#!/usr/bin/env bash
# Coverage-guided fuzzing of the front end (tests/fuzz/fuzz_frontend.cpp),
# of the rest of the compiler (tests/fuzz/fuzz_compiler.cpp) and of the event
# reader with the evaluator (tests/fuzz/fuzz_events.cpp).
# Configures and builds build-fuzz/ with clang, libFuzzer, ASan and UBSan
# (incremental: a second run rebuilds only what changed), then fuzzes for
# SECONDS (a third each) over working copies of the seed corpora kept in
# build-fuzz/ (the committed tests/fuzz/corpus/, tests/golden/check/ and
# tests/fuzz/events/ are only read). Exits non-zero on a crash, a
# hang or a broken invariant; the input that caused it is written to
# build-fuzz/artifacts/.
# Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer flags]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
build=build-fuzz
jobs=${CHARTER_FUZZ_BUILD_JOBS:-2}

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is needed (Debian packages clang and libclang-rt-14-dev)" >&2
  exit 2
fi

cmake -S . -B "$build" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCHARTER_FUZZ=ON \
  -DCHARTER_SANITIZE=address,undefined \
  -DCHARTER_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzz_frontend fuzz_compiler fuzz_events -j "$jobs"

# Recording a stack for every allocation costs a third of the run time;
# rerun an artifact with ASAN_OPTIONS= to see where a bad block came from.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
artifacts="$build/artifacts"
mkdir -p "$artifacts"

# Three targets share the time: the front end (policy text), the rest of
# the compiler (policy text that parses) and the event reader with the
# evaluator (event JSON).
share=$(( seconds / 3 > 0 ? seconds / 3 : 1 ))

# Each working corpus grows from run to run; the seeds are merged in each time.
run() {  # target, seed files (a pattern), seconds, libFuzzer flags…
  local target=$1 seeds=$2 time=$3
  shift 3
  local work="$build/corpus-$target"
  mkdir -p "$work"
  # shellcheck disable=SC2086  # the pattern is meant to expand
  cp -n $seeds "$work"/ 2>/dev/null || true
  echo "fuzz: $target for ${time}s over $work"
  "$build/tests/fuzz/$target" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$work"
}

# -max_len: policies up to 4 KB. -entropic=0: libFuzzer 14's entropic
# schedule spends most of the run updating its feature statistics once the
# corpus has tens of thousands of features, as this grammar's has; the
# classic schedule runs several times more inputs. -timeout catches hangs
# (the parser is linear) and -rss_limit_mb a blow-up in memory. Later flags
# given to this script override these.
run fuzz_frontend 'tests/fuzz/corpus/*' "$share" -dict=tests/fuzz/charter.dict -max_len=4096 -entropic=0 "$@"
run fuzz_compiler 'tests/golden/check/*.charter' "$share" -dict=tests/fuzz/charter.dict -max_len=4096 -entropic=0 "$@"
run fuzz_events 'tests/fuzz/events/*' "$share" -max_len=8192 "$@"
