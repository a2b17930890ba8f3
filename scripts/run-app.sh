#!/usr/bin/env bash
# Installs what is missing, builds, and starts Inventory Desk on the local default database
# (a private PostgreSQL cluster, created and filled with demo data on first use).
# Extra arguments go to the program, e.g. --db postgresql://user@host/db
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release
bin=build/release/app
if [ -x "$bin/desktop/inventory-desk" ]; then
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: starting the app under Xvfb (set DISPLAY to use your screen)." >&2
        exec xvfb-run -a "$bin/desktop/inventory-desk" "$@"
    fi
    exec "$bin/desktop/inventory-desk" "$@"
fi
# Without the desktop app (built with -DINVENTORY_BUILD_GUI=OFF): the top items of a category.
"$bin/inventoryctl/inventoryctl" "$@" categories
exec "$bin/inventoryctl/inventoryctl" "$@" top Kitchen
