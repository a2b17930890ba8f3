#!/usr/bin/env bash
# Configures and builds one CMake preset (default: release) after installing what is missing.
#   build.sh [PRESET [TARGET ...]]   with no targets, everything (tests included)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
shift || true
bash scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
targets=()
for target in "$@"; do
    targets+=(--target "$target")
done
cmake --build --preset "$preset" "${targets[@]}" -- -j"$(nproc)"
