#!/usr/bin/env bash
# Shows that the packaged cleanup timer really works: boots a Debian 12 system under systemd
# (systemd-nspawn -b, so systemd is PID 1 of the container), installs the .deb there with dpkg
# while systemd runs, sets up a database the way an operator would (migrate, a manager login
# with a password, cleanup.env and pgpass), places a reservation that expires after a few
# seconds, and waits for inventory-cleanup.timer to fire on its own. The database is the one
# in the example line of the shipped cleanup.env, uncommented as it stands: TLS with
# sslmode=verify-full against a test CA, and a password. PASS needs all of:
#   - postinst enabled and started the timer;
#   - unconfigured, the service is skipped, not failed;
#   - inventory-server.service is installed disabled, and started unconfigured it is skipped,
#     not failed (credentials and all: its empty pgpass and empty TLS directory load);
#   - a run started by the timer removed the expired reservation and gave its units back to
#     stock, as the role named in cleanup.env (so with the password from the credential),
#     over a verified TLS connection;
#   - that run succeeded, and its journal says what it did;
#   - dpkg -r stops the timer.
# Prints the evidence (journal lines, list-timers, stock and blocks before and after) and exits
# non-zero on failure. Needs root, debootstrap and systemd-nspawn (installed with apt-get when
# missing) and access to Debian's package archive for the first root.
#
#   test-timer.sh BUILD_DIR        package built with cpack from that configured build tree
#   test-timer.sh PACKAGE.deb      that package
#
# The Debian root (minbase + systemd + postgresql + the package's dependencies) is made once
# with debootstrap and kept under $INVENTORY_TIMER_CACHE (default
# /var/cache/inventory-desk/timer-test; empty: no cache); each run boots a fresh copy of it.
# INVENTORY_TIMER_MIRROR overrides debootstrap's default mirror; INVENTORY_TIMER_KEEP=1 keeps
# the work directory (the booted root and the logs).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR | PACKAGE.deb" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: test-timer.sh needs root (debootstrap, systemd-nspawn)"
    exit 77
fi

started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started))s"; }
say() { echo "[$(elapsed)] $*"; }

work=$(mktemp -d /tmp/inventory-timer-XXXXXX)
machine="inventory-timer-$$"
cleanup() {
    # The container has ended by now (nspawn runs in the foreground under timeout); nspawn
    # leaves an empty directory for its mount propagation behind.
    rmdir "/run/systemd/nspawn/propagate/$machine" 2>/dev/null || true
    if [ "${INVENTORY_TIMER_KEEP:-}" = 1 ]; then
        echo "kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# --- What the host needs -----------------------------------------------------------------------
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v systemd-nspawn >/dev/null || need+=(systemd-container)
command -v cpack >/dev/null || [[ "$1" == *.deb ]] || need+=(cmake)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- The package -------------------------------------------------------------------------------
if [[ "$1" == *.deb ]]; then
    deb=$(realpath "$1")
else
    build_dir=$(realpath "$1")
    say "building the package with cpack from $build_dir"
    (cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) || {
        cat "$work/cpack.log"; exit 1; }
    deb=$(ls "$work"/out/*.deb)
fi
say "package: $(basename "$deb")"

# The package's dependencies (first alternatives, no versions), installed into the root
# beforehand, so that the booted system needs no network: dpkg -i there finds them all.
deps=$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed -E 's/\|.*//; s/\(.*\)//; s/[[:space:]]//g' | grep -v '^$' | sort -u)
include=$(printf '%s\n' systemd systemd-sysv dbus postgresql "$deps" | sort -u | paste -sd, -)

# --- The Debian 12 root --------------------------------------------------------------------------
make_root() {
    local target="$1"
    local args=(--variant=minbase --include="$include")
    [ -n "${INVENTORY_TIMER_DEBS:-}" ] && args+=(--cache-dir="$INVENTORY_TIMER_DEBS")
    say "debootstrap bookworm ($include)"
    # shellcheck disable=SC2086 # the mirror is one word or none
    debootstrap "${args[@]}" bookworm "$target" ${INVENTORY_TIMER_MIRROR:-} >"$work/debootstrap.log" 2>&1 || {
        tail -30 "$work/debootstrap.log"; echo "debootstrap failed"; return 1; }
}

root="$work/root"
cache="${INVENTORY_TIMER_CACHE-/var/cache/inventory-desk/timer-test}"
if [ -n "$cache" ]; then
    mkdir -p "$cache"
    key=$(printf '%s %s' "$include" "${INVENTORY_TIMER_MIRROR:-}" | sha256sum | cut -c1-16)
    cached="$cache/root-$key"
    (
        flock 9
        if [ ! -e "$cached/.complete" ]; then
            rm -rf "$cached"
            make_root "$cached"
            touch "$cached/.complete"
        else
            say "Debian root from the cache: $cached"
        fi
    ) 9>"$cache/lock"
    cp -a "$cached" "$root"
else
    make_root "$root"
fi
say "root ready"

# --- What runs inside ----------------------------------------------------------------------------
cp "$deb" "$root/root/inventory-desk.deb"
echo "$machine" >"$root/etc/hostname"
mkdir -p "$root/usr/local/sbin"

# TLS for the container's server: a throw-away CA and a certificate for localhost. The CA
# certificate is left in /root for the check to install where cleanup.env's example expects it.
tls="$work/tls"
mkdir -p "$tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Inventory Desk timer test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n' >"$tls/san"
openssl x509 -req -days 2 -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
    -extfile "$tls/san" -out "$tls/server.crt" 2>/dev/null
conf_dir=$(ls -d "$root"/etc/postgresql/*/main | head -1)
guest_conf_dir=${conf_dir#"$root"}
install -m 644 "$tls/server.crt" "$conf_dir/timer-test.crt"
install -m 600 "$tls/server.key" "$conf_dir/timer-test.key"
chroot "$root" chown postgres:postgres "$guest_conf_dir/timer-test.key"
{
    echo "# The timer test: TLS, and a log line for each connection."
    echo "ssl = on"
    echo "ssl_cert_file = '$guest_conf_dir/timer-test.crt'"
    echo "ssl_key_file = '$guest_conf_dir/timer-test.key'"
    echo "log_connections = on"
} >>"$conf_dir/postgresql.conf"
install -m 644 "$tls/ca.crt" "$root/root/timer-test-ca.crt"

cat >"$root/usr/local/sbin/inventory-timer-check" <<'GUEST'
#!/bin/bash
# Inside the booted system, as root, started by inventory-timer-check.service at boot.
set -u
say() { echo "timer-check $(date +%T) $*"; }
result=FAIL
reason="did not finish"
shown=no
evidence() {
    [ "$shown" = no ] || return 0
    shown=yes
    say "--- journalctl -u inventory-cleanup.service"
    journalctl -u inventory-cleanup.service -o short-precise --no-pager --no-hostname
    say "--- journalctl -u inventory-cleanup.timer"
    journalctl -u inventory-cleanup.timer -o short-precise --no-pager --no-hostname
    say "--- systemctl list-timers"
    systemctl list-timers --all --no-pager inventory-cleanup.timer
    say "--- systemctl status inventory-cleanup.service"
    systemctl status --no-pager --lines=0 inventory-cleanup.service
    say "--- journalctl -u inventory-server.service"
    journalctl -u inventory-server.service -o short-precise --no-pager --no-hostname
    say "---"
}
finish() {
    trap - ERR
    evidence
    if [ "$result" = PASS ]; then
        say "RESULT: PASS"
    else
        say "RESULT: FAIL: $reason"
    fi
    systemctl --no-block poweroff
    exit 0
}
fail() { reason="$*"; finish; }
trap 'fail "unexpected error at line $LINENO"' ERR

say "boot: $(systemctl show -p UserspaceTimestamp --value)"
say "installing the package: dpkg -i inventory-desk.deb"
dpkg -i /root/inventory-desk.deb || fail "dpkg -i failed"
enabled=$(systemctl is-enabled inventory-cleanup.timer || true)
active=$(systemctl is-active inventory-cleanup.timer || true)
say "after install: inventory-cleanup.timer is $enabled and $active"
[ "$enabled" = enabled ] && [ "$active" = active ] || fail "postinst did not enable and start the timer"

say "unconfigured: systemctl start inventory-cleanup.service (must be skipped, not failed)"
systemctl start inventory-cleanup.service || fail "the unconfigured service failed"
unconfigured=$(systemctl show -p Result --value inventory-cleanup.service)
unconfigured_state=$(systemctl is-failed inventory-cleanup.service || true)
say "unconfigured run: Result=$unconfigured, $unconfigured_state; $(journalctl -u inventory-cleanup.service -o cat --no-pager | grep -i 'skipped' | head -1)"
[ "$unconfigured" = exec-condition ] && [ "$unconfigured_state" = inactive ] ||
    fail "the unconfigured service was not skipped: Result=$unconfigured, $unconfigured_state"

# The HTTP server: not enabled by the package; unconfigured, skipped like the cleanup.
server_enabled=$(systemctl is-enabled inventory-server.service || true)
say "after install: inventory-server.service is $server_enabled"
[ "$server_enabled" = disabled ] || fail "inventory-server.service is '$server_enabled' after install, not disabled"
say "unconfigured: systemctl start inventory-server.service (must be skipped, not failed)"
systemctl start inventory-server.service || fail "the unconfigured server service failed"
# Not Result=: nothing refers to a disabled unit, so systemd unloads it once inactive and
# shows the defaults (Result=success). The journal keeps what happened.
server_state=$(systemctl is-failed inventory-server.service || true)
server_skipped=$(journalctl -u inventory-server.service -o cat --no-pager | grep -F "Skipped due to 'exec-condition'" | head -1 || true)
say "unconfigured server: $server_state; ${server_skipped:-no 'Skipped' line in its journal}"
[ -n "$server_skipped" ] && [ "$server_state" = inactive ] ||
    fail "the unconfigured server service was not skipped: $server_state, ${server_skipped:-not skipped}"

# The database, as an operator sets it up: the schema as its owner, a login for the cleanup in
# inventory_manager with a password (given to the service in pgpass, never in cleanup.env).
pg() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d inventory "$@"; }
ctl() { runuser -u postgres -- inventoryctl --db "postgresql:///inventory" "$@"; }
password="timer-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
runuser -u postgres -- createdb inventory || fail "createdb failed"
ctl migrate || fail "inventoryctl migrate failed"
pg -c "CREATE ROLE cleanup LOGIN PASSWORD '$password' IN ROLE inventory_manager" || fail "CREATE ROLE failed"
created=$(ctl --json create-item --name "Timer test lamp" --price 12.50 --quantity 10 --category "Timer test") ||
    fail "create-item failed"
item=$(grep -o '"id": *[0-9]*' <<<"$created" | grep -o '[0-9]*$')
[ -n "$item" ] || fail "no item id in: $created"
reserved=$(ctl reserve "$item" 3 --ttl 5s --ref timer-test) || fail "reserve failed"
say "reserve: $reserved"
block=$(pg -Atc "SELECT id FROM block_inventory WHERE item_id = $item")
stock() { pg -Atc "SELECT quantity FROM items WHERE id = $item"; }
say "before: item $item quantity $(stock), blocks of the item:"
ctl blocks --item "$item" || true

# Nothing but the password opens the role: no password, no connection.
if runuser -u nobody -- psql -X -w "postgresql://cleanup@localhost/inventory" -c "SELECT 1" >/tmp/nopass 2>&1; then
    fail "the role 'cleanup' connects without a password"
fi
say "without the password: $(head -1 /tmp/nopass)"

# The operator's steps, as cleanup.env says: uncomment its example line (TLS verified against
# the CA in /etc/inventory-desk/root.crt), the password into pgpass, restart the timer.
install -m 644 /root/timer-test-ca.crt /etc/inventory-desk/root.crt
sed -i 's/^#INVENTORY_DB=/INVENTORY_DB=/' /etc/inventory-desk/cleanup.env
uri=$(sed -n 's/^INVENTORY_DB=//p' /etc/inventory-desk/cleanup.env)
[ -n "$uri" ] || fail "cleanup.env has no example INVENTORY_DB line to uncomment"
printf 'localhost:5432:inventory:cleanup:%s\n' "$password" >/etc/inventory-desk/pgpass
chmod 600 /etc/inventory-desk/pgpass
say "configured: INVENTORY_DB=$uri; pgpass $(stat -c '%a %U' /etc/inventory-desk/pgpass)"
systemctl restart inventory-cleanup.timer
say "timer restarted:"
systemctl list-timers --all --no-pager inventory-cleanup.timer
configured=$(date +%s)

# From now on nothing here starts the service: only the timer can.
deadline=$((configured + 150))
while [ "$(pg -Atc "SELECT count(*) FROM block_inventory WHERE item_id = $item")" != 0 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "the expired reservation was still there 150 s after configuration"
    sleep 2
done
gone=$(date +%s)
# Let the run finish before reading its result.
for _ in $(seq 30); do
    [ "$(systemctl show -p ActiveState --value inventory-cleanup.service)" = inactive ] && break
    sleep 1
done
say "the reservation was removed $((gone - configured)) s after configuration"
say "after: item $item quantity $(stock), blocks of the item:"
ctl blocks --item "$item" || true
say "the server's log of the cleanup's connections:"
grep -h 'connection authorized: user=cleanup' /var/log/postgresql/postgresql-*-main.log | tail -2 || true
say "history of block $block (block_events):"
pg -c "SELECT kind, quantity, actor, at FROM block_events WHERE block_id = $block ORDER BY id" || true

expired_by=$(pg -Atc "SELECT actor FROM block_events WHERE block_id = $block AND kind = 'expired'")
run_result=$(systemctl show -p Result --value inventory-cleanup.service)
run_start=$(systemctl show -p ExecMainStartTimestamp --value inventory-cleanup.service)
last_trigger=$(systemctl show -p LastTriggerUSec --value inventory-cleanup.timer)
say "last trigger of the timer: $last_trigger; last start of the service: $run_start; result: $run_result"
[ "$(stock)" = 10 ] || fail "stock is $(stock), not 10, after the cleanup"
[ "$expired_by" = cleanup ] || fail "block $block was not removed as expired by the role 'cleanup' (actor: '${expired_by:-none}')"
[ "$run_result" = success ] || fail "the service's last run ended with $run_result"
journalctl -u inventory-cleanup.service -o cat --no-pager | grep -q "1 expired reservation removed, 3 units returned to stock" ||
    fail "the service's journal does not say it removed the reservation"
grep -h 'connection authorized: user=cleanup database=inventory' /var/log/postgresql/postgresql-*-main.log |
    grep -q 'SSL enabled' || fail "the server logged no TLS connection of the role 'cleanup'"

evidence
say "dpkg -r inventory-desk (prerm must stop the timer)"
dpkg -r inventory-desk || fail "dpkg -r failed"
removed_state=$(systemctl is-active inventory-cleanup.timer || true)
removed_enabled=$(systemctl is-enabled inventory-cleanup.timer 2>/dev/null || true)
say "after removal: inventory-cleanup.timer is ${removed_state:-unknown}, ${removed_enabled:-gone}"
[ "$removed_state" != active ] || fail "the timer is still active after dpkg -r"
result=PASS
finish
GUEST
chmod 755 "$root/usr/local/sbin/inventory-timer-check"

cat >"$root/etc/systemd/system/inventory-timer-check.service" <<'UNIT'
[Unit]
Description=Inventory Desk timer test
After=postgresql.service multi-user.target
Wants=postgresql.service

[Service]
Type=oneshot
ExecStart=/bin/bash -c '/usr/local/sbin/inventory-timer-check 2>&1 | tee /var/log/inventory-timer-check.log'
StandardOutput=journal+console
TimeoutStartSec=10min

[Install]
WantedBy=multi-user.target
UNIT
ln -sf /etc/systemd/system/inventory-timer-check.service \
    "$root/etc/systemd/system/multi-user.target.wants/inventory-timer-check.service"

# --- The boot ------------------------------------------------------------------------------------
# --register=no --keep-unit: no machined or host systemd needed (the host may not run systemd);
# --private-network: the container's PostgreSQL on its own loopback, not the host's port 5432.
say "booting the Debian root with systemd-nspawn -b (systemd as PID 1)"
boot_started=$(date +%s)
set +e
timeout --kill-after=20 480 systemd-nspawn --quiet -b -D "$root" --machine="$machine" \
    --register=no --keep-unit --private-network --console=read-only </dev/null >"$work/console.log" 2>&1
status=$?
set -e
say "the container ended (exit status $status) after $(($(date +%s) - boot_started))s"

report="$root/var/log/inventory-timer-check.log"
if [ ! -s "$report" ]; then
    echo "--- console"
    sed 's/\x1b\[[0-9;]*m//g' "$work/console.log" | tail -60
    echo "FAIL: the check inside the container wrote no report"
    exit 1
fi
cat "$report"
if grep -q "RESULT: PASS" "$report"; then
    echo "PASS: inventory-cleanup.timer fired under systemd and cleaned up the configured database ($(elapsed) in all)"
    exit 0
fi
echo "--- console (last lines)"
sed 's/\x1b\[[0-9;]*m//g' "$work/console.log" | tail -40
echo "FAIL: see the report above ($(elapsed) in all)"
exit 1
