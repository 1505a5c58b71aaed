#!/usr/bin/env bash
# Charter's main job: sets everything up, then checks the bundled policies and
# shows their canonical form (the engine's evaluation joins here as it lands).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
charter=build/engine/cli/charter

echo "== charter fmt --check policies/"
"$charter" fmt --check policies
echo
echo "== charter check policies/"
"$charter" check policies
