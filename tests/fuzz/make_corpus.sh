#!/usr/bin/env bash
# Regenerates the fuzzer's seed corpus, tests/fuzz/corpus/, from the golden
# inputs and the policy bundles: each .charter file of at most 4 KiB whole,
# and the parser goldens and policies also cut into their top-level
# declarations (with the comments before each), because small seeds run fast
# and mutate into more shapes.
# Seeds are named by content, so a declaration shared by several files is
# kept once. Run it after adding golden cases or policies; commit the result.
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus=tests/fuzz/corpus
rm -rf "$corpus"
mkdir -p "$corpus"
pieces=$(mktemp -d)
trap 'rm -rf "$pieces"' EXIT

add_seed() {
  local sum
  sum=$(md5sum < "$1" | cut -c1-16)
  cp "$1" "$corpus/$sum"
}

find tests/golden policies -type f -name '*.charter' -print 2>/dev/null | sort |
  while IFS= read -r path; do
    if [ "$(wc -c < "$path")" -le 4096 ]; then add_seed "$path"; fi
    case "$path" in tests/golden/parse/* | policies/*) ;; *) continue ;; esac
    rm -f "$pieces"/*
    awk -v dir="$pieces" '
      /^(policy|use|const|let|enum|record|input|output|decision|gate|scorecard|test)([^A-Za-z0-9_]|$)/ {
        if (started) { n++ }
        started = 1
      }
      { print > (dir "/" (n + 0)) }
    ' "$path"
    for piece in "$pieces"/*; do
      if [ -s "$piece" ] && [ "$(wc -c < "$piece")" -le 4096 ]; then add_seed "$piece"; fi
    done
  done
echo "make_corpus: $(ls "$corpus" | wc -l) seeds in $corpus"
