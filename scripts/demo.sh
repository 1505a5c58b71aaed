#!/usr/bin/env bash
# Charter's main job on the example bundle: set everything up, check the
# policies, run their tests with rule coverage, decide the sample events and
# explain one decision in plain language.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
charter=build/engine/cli/charter
bundle=policies/intake-example
events=$bundle/samples/events.jsonl

step() { printf '\n== %s\n' "$*"; }

step "charter fmt --check policies   (the canonical layout)"
"$charter" fmt --check policies
step "charter check $bundle   (every diagnostic)"
"$charter" check "$bundle"
step "charter test $bundle   (the policy's own tests, with rule coverage)"
"$charter" test "$bundle"
step "charter eval --bundle $bundle $events   (one decision or one error per line)"
"$charter" eval --bundle "$bundle" "$events"
step "charter explain --bundle $bundle   (the first sample, in plain sentences)"
head -n 1 "$events" | "$charter" explain --bundle "$bundle" -
