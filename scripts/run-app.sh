#!/usr/bin/env bash
# Installs what is missing, builds, and starts Inventory Desk on the local default database
# (a private PostgreSQL cluster, created and filled with demo data on first use).
# Extra arguments go to the program, e.g. --db postgresql://user@host/db
set -euo pipefail
cd "$(dirname "$0")/.."
# The programs only: the tests are built by run-tests.sh.
bash scripts/build.sh release inventory-desk inventoryctl
app=build/release/app/desktop/inventory-desk
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the app under Xvfb (set DISPLAY to use your screen)." >&2
    exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
