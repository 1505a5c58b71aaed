#!/usr/bin/env bash
# Installs the Debian packages Charter builds with (only those missing, so a
# second run does nothing), then configures and builds the project in build/.
# Run as root on Debian 12. Usage: scripts/setup.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config git
  tao-pegtl-dev libboost-graph-dev libspdlog-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsimdjson-dev libcli11-dev libre2-dev libhyperscan-dev libphonenumber-dev libssl-dev
  libhowardhinnant-date-dev libutf8proc-dev tzdata graphviz
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc)
# Built where it runs (-march=native): simdjson's and the matcher's fast
# paths need the machine's instruction set; pass -DCHARTER_NATIVE=OFF for a
# portable build.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHARTER_NATIVE=ON "$@" >/dev/null
cmake --build build -j "$jobs"
