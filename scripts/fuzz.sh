#!/usr/bin/env bash
# Coverage-guided fuzzing of the front end (tests/fuzz/fuzz_frontend.cpp).
# Configures and builds build-fuzz/ with clang, libFuzzer, ASan and UBSan
# (incremental: a second run rebuilds only what changed), then fuzzes for
# SECONDS over a working copy of the seed corpus kept in build-fuzz/ (the
# committed tests/fuzz/corpus/ is only read). Exits non-zero on a crash, a
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
cmake --build "$build" --target fuzz_frontend -j "$jobs"

# The working corpus grows from run to run; the seeds are merged in each time.
work="$build/corpus"
artifacts="$build/artifacts"
mkdir -p "$work" "$artifacts"
cp -n tests/fuzz/corpus/* "$work"/ 2>/dev/null || true

# Recording a stack for every allocation costs a third of the run time;
# rerun an artifact with ASAN_OPTIONS= to see where a bad block came from.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

echo "fuzz: fuzz_frontend for ${seconds}s over $work"
# -timeout: one input may take at most 10 s (the parser is linear; this
# catches hangs). -rss_limit_mb: a blow-up in memory is a bug too.
# -entropic=0: libFuzzer 14's entropic schedule spends most of the run
# updating its feature statistics once the corpus has tens of thousands of
# features, as this grammar's has; the classic schedule runs several times
# more inputs. Later flags given to this script override these.
exec "$build/tests/fuzz/fuzz_frontend" \
  -max_total_time="$seconds" \
  -dict=tests/fuzz/charter.dict \
  -max_len=4096 \
  -entropic=0 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -print_final_stats=1 \
  -artifact_prefix="$artifacts/" \
  "$@" \
  "$work"
