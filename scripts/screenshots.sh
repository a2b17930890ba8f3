#!/usr/bin/env bash
# Renders the desktop app's main views under Xvfb, against fresh demo data, into
# docs/screenshots/*.png: the category browser with top items, an item with the reserve dialog,
# the reservations with countdowns and manager actions, the cleanup result, the import preview of
# a CSV file with two mistakes, the About box, the receive dialog, the stock history, a count in
# progress, the low-stock list and the dashboard; then the dashboard once more in German
# (dashboard-de.png), from a second run on its own fresh demo data.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (BUILD_DIR=... to use an existing build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/docs/screenshots}")"
build="${BUILD_DIR:-$root/build/release}"

if [ ! -f "$build/CMakeCache.txt" ]; then
    bash "$root/scripts/install-deps.sh"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target inventory-desk inventoryctl

# A private cluster with fresh demo data (the cleanup shot needs expired reservations that no
# earlier run has cleaned up) and settings that no earlier run has shaped: one per run.
work="$(mktemp -d)"
chmod 755 "$work" # the server runs as postgres when we are root
cleanup() {
    for run in "$work"/*/; do
        INVENTORY_LOCAL_CLUSTER_DIR="$run/cluster" \
            "$build/app/inventoryctl/inventoryctl" local stop >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# shoot LANGUAGE DIR: every view, in LANGUAGE, into DIR.
shoot() {
    local run="$work/$1"
    mkdir -p "$run/runtime" "$2" && chmod 700 "$run/runtime"
    # A fixed locale and font setup so the pictures do not depend on the machine's.
    INVENTORY_LOCAL_CLUSTER_DIR="$run/cluster" XDG_CONFIG_HOME="$run/config" XDG_RUNTIME_DIR="$run/runtime" \
    LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ="${TZ:-UTC}" \
        xvfb-run -a -s "-screen 0 1400x900x24" \
        "$build/app/desktop/inventory-desk" --language "$1" --screenshot-dir "$2"
}

mkdir -p "$out"
shoot en "$out"
shoot de "$work/de-shots"
cp "$work/de-shots/dashboard.png" "$out/dashboard-de.png"
ls -l "$out"/*.png
