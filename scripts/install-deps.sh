#!/usr/bin/env bash
# Installs what building, running and testing Inventory Desk needs on Debian 12, if missing.
# Idempotent: with everything present it asks apt nothing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-psql libqt6svg6 qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
    libpq-dev postgresql postgresql-client
    xvfb xauth x11-apps fonts-dejavu-core
    lintian librsvg2-bin openssl
    libboost-dev libssl-dev wrk
    patroni etcd-server
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts a system-wide cluster on install; Inventory Desk uses its own private one.
