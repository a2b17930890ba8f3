#!/usr/bin/env bash
# Builds the Debian package from this build tree, installs it (into a fresh root with dpkg -x,
# and, in CI as root, for real with apt), runs the programs from the installed paths, checks the
# HTTP server's service (its unit, its settings file against the variables the server reads),
# and runs lintian, which must report no errors.
#   test-package.sh BUILD_DIR
set -euo pipefail
build_dir="$1"
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/inventory-package-XXXXXX)
trap 'rm -rf "$work"' EXIT

cd "$work"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Depends

# What the package must hold.
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/inventoryctl ./usr/bin/inventory-desk ./usr/share/applications/inventory-desk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/inventory-desk.svg ./usr/share/icons/hicolor/48x48/apps/inventory-desk.png \
    ./usr/share/metainfo/inventory-desk.metainfo.xml ./usr/share/man/man1/inventoryctl.1.gz \
    ./lib/systemd/system/inventory-cleanup.service ./lib/systemd/system/inventory-cleanup.timer \
    ./etc/inventory-desk/cleanup.env ./usr/share/doc/inventory-desk/copyright \
    ./usr/bin/inventory-server ./usr/share/man/man8/inventory-server.8.gz ./lib/systemd/system/inventory-server.service \
    ./etc/inventory-desk/server.env ./etc/inventory-desk/server.pgpass ./etc/inventory-desk/server-tls/; do
    grep -q " $path\$" <<<"$contents" || grep -q " $path " <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
# Secrets: the passwords and the TLS directory are root's alone, as packaged.
for secret in "-rw------- root/root .* ./etc/inventory-desk/pgpass\$" "-rw------- root/root .* ./etc/inventory-desk/server.pgpass\$" \
    "drwx------ root/root .* ./etc/inventory-desk/server-tls/\$"; do
    grep -Eq -- "^$secret" <<<"$contents" || { echo "not as expected (mode, owner): $secret"; grep inventory-desk/ <<<"$contents"; exit 1; }
done
# The settings survive upgrades: conffiles.
conffiles=$(dpkg-deb --info "$deb" conffiles)
for conffile in /etc/inventory-desk/cleanup.env /etc/inventory-desk/pgpass /etc/inventory-desk/server.env \
    /etc/inventory-desk/server.pgpass; do
    grep -qx "$conffile" <<<"$conffiles" || { echo "not a conffile: $conffile"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for dependency in libqt6sql6-psql postgresql libqt6keychain1 libqt6widgets6 libqt6sql6; do
    grep -q "$dependency" <<<"$depends" || { echo "Depends lacks $dependency: $depends"; exit 1; }
done

# A fresh root: the files as installed, run from there.
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/inventoryctl" --version
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/inventory-desk" --version
server="$work/root/usr/bin/inventory-server"
"$server" --version
"$server" --help >"$work/server-help.txt"
grep -q -- "--tls-key" "$work/server-help.txt" || { cat "$work/server-help.txt"; echo "inventory-server --help names no --tls-key"; exit 1; }
routes=$("$server" --list-routes)
grep -qxF "GET /api/items/category/:category/top" <<<"$routes" ||
    { echo "$routes"; echo "inventory-server --list-routes lacks the original top-items route"; exit 1; }

# The server's service: every variable the server reads is explained in server.env and in
# inventory-server(8); server.env sets nothing as shipped (so the service is skipped, not
# started unconfigured); the unit is what PACKAGING.md says.
env_file="$work/root/etc/inventory-desk/server.env"
man_page=$(gzip -dc "$work/root/usr/share/man/man8/inventory-server.8.gz")
variables=$(grep -o 'INVENTORY_SERVER_[A-Z_]*' "$source_dir/app/inventory-server/serveroptions.cpp" | sort -u)
[ -n "$variables" ] || { echo "no INVENTORY_SERVER_ variables found in serveroptions.cpp"; exit 1; }
for variable in $variables; do
    grep -q "^#$variable=" "$env_file" || { echo "server.env has no commented example of $variable"; exit 1; }
    grep -q "$variable" <<<"$man_page" || { echo "inventory-server(8) does not name $variable"; exit 1; }
done
set_as_shipped=$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$env_file" || true)
[ -z "$set_as_shipped" ] || { echo "server.env sets something as shipped: $set_as_shipped"; exit 1; }
unit="$work/root/lib/systemd/system/inventory-server.service"
for setting in 'DynamicUser=yes' 'EnvironmentFile=/etc/inventory-desk/server.env' \
    "ExecCondition=/bin/sh -c 'test -n \"\$INVENTORY_SERVER_DB\"'" 'LoadCredential=pgpass:/etc/inventory-desk/server.pgpass' \
    'LoadCredential=tls:/etc/inventory-desk/server-tls' 'CapabilityBoundingSet=' 'KillSignal=SIGTERM' 'Restart=on-failure'; do
    grep -qxF -- "$setting" "$unit" || { echo "inventory-server.service lacks: $setting"; exit 1; }
done
# The drain takes up to 20 s: systemd must wait longer before SIGKILL.
stop_timeout=$(sed -n 's/^TimeoutStopSec=\([0-9]*\)s\?$/\1/p' "$unit")
[ -n "$stop_timeout" ] && [ "$stop_timeout" -gt 20 ] || { echo "TimeoutStopSec must be above the 20 s drain: '${stop_timeout}'"; exit 1; }
# The maintainer scripts never enable or start it: an operator does, once it is configured.
control="$work/control"
dpkg-deb --control "$deb" "$control"
starting=$(grep -v '^[[:space:]]*#' "$control/postinst" |
    grep -E '(helper|invoke|systemctl)[[:space:]]+(enable|reenable|start|restart)[[:space:]].*inventory-server' || true)
if [ -n "$starting" ]; then
    echo "postinst enables or starts inventory-server:"; grep inventory-server "$control/postinst"; exit 1
fi
if command -v systemd-analyze >/dev/null; then
    # Syntax and the programs they run, as packaged: the units with /usr/bin/ pointing into the
    # extracted root (systemd-analyze --root would need a whole system there). It exits 0 on
    # unknown keys and bad values, so any output fails the test.
    mkdir "$work/units"
    for unit_file in inventory-server.service inventory-cleanup.service inventory-cleanup.timer; do
        sed "s|^\(Exec[A-Za-z]*=\)/usr/bin/|\1$work/root/usr/bin/|" "$work/root/lib/systemd/system/$unit_file" >"$work/units/$unit_file"
    done
    systemd-analyze verify --man=no "$work/units/inventory-server.service" "$work/units/inventory-cleanup.service" \
        "$work/units/inventory-cleanup.timer" >"$work/verify.log" 2>&1 || {
        cat "$work/verify.log"; echo "systemd-analyze verify failed"; exit 1; }
    if [ -s "$work/verify.log" ]; then cat "$work/verify.log"; echo "systemd-analyze verify complained"; exit 1; fi
    echo "systemd-analyze verify: the units are clean"
fi

if [ "${CI:-}" = "true" ] && [ "$(id -u)" -eq 0 ]; then
    # CI's machine is thrown away afterwards: install for real, dependencies and all.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    /usr/bin/inventoryctl --version
    QT_QPA_PLATFORM=offscreen /usr/bin/inventory-desk --version
    /usr/bin/inventory-server --version
    test -f /lib/systemd/system/inventory-cleanup.timer
    # Installed, not enabled: it must not start on a machine nobody configured.
    server_enabled=$(systemctl is-enabled inventory-server.service 2>/dev/null || true)
    [ "$server_enabled" = disabled ] || { echo "inventory-server.service is '$server_enabled' after install, not disabled"; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq inventory-desk >/dev/null
fi

# lintian: errors fail the test; warnings are printed for the record.
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E:' "$work/lintian.log"; then
    echo "lintian reported errors"
    exit 1
fi
echo "package test passed"
