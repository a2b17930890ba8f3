#!/usr/bin/env bash
# Builds the Debian package from this build tree, installs it (into a fresh root with dpkg -x,
# and, in CI as root, for real with apt), runs both programs from the installed paths, and runs
# lintian, which must report no errors.
#   test-package.sh BUILD_DIR
set -euo pipefail
build_dir="$1"
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
    ./etc/inventory-desk/cleanup.env ./usr/share/doc/inventory-desk/copyright; do
    grep -q " $path\$" <<<"$contents" || grep -q " $path " <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for dependency in libqt6sql6-psql postgresql libqt6keychain1 libqt6widgets6 libqt6sql6; do
    grep -q "$dependency" <<<"$depends" || { echo "Depends lacks $dependency: $depends"; exit 1; }
done

# A fresh root: the files as installed, run from there.
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/inventoryctl" --version
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/inventory-desk" --version

if [ "${CI:-}" = "true" ] && [ "$(id -u)" -eq 0 ]; then
    # CI's machine is thrown away afterwards: install for real, dependencies and all.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    /usr/bin/inventoryctl --version
    QT_QPA_PLATFORM=offscreen /usr/bin/inventory-desk --version
    test -f /lib/systemd/system/inventory-cleanup.timer
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
