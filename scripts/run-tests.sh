#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite. Each test process starts its
# own throw-away PostgreSQL cluster (as the 'postgres' account when run as root).
# Extra arguments go to ctest, e.g. -L db, -R tst_operations, -L soak.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev
export QT_QPA_PLATFORM=offscreen
# The long runs (soak, full stress, full benchmark) are on demand: ctest -L soak. So is the
# timer test in a booted Debian root (-L systemd: debootstrap, systemd-nspawn; docs/PACKAGING.md),
# and the Patroni failover (-L ha: docs/SCALING.md).
if [ $# -eq 0 ]; then
    set -- -LE "soak|long|systemd|ha"
fi
exec ctest --preset dev -j"$(nproc)" "$@"
