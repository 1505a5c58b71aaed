#!/usr/bin/env bash
# Sets everything up and runs every test: unit, golden and policy tests
# (ctest), then a short coverage-guided fuzz run of the front end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
scripts/fuzz.sh "${CHARTER_FUZZ_SECONDS:-30}"
