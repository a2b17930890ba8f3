#!/usr/bin/env bash
# On demand (ctest -L ha; not in CI): Patroni and etcd from Debian, two PostgreSQL nodes on
# loopback, inventoryctl writer and reader loops running through a switchover and then a killed
# leader. Afterwards: every acknowledged reservation is on the leader, no reference was taken
# twice, and `inventoryctl check` finds the stock explained. Needs root (servers run as postgres).
# Usage: test-patroni.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
ctl="$build/app/inventoryctl/inventoryctl"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
for tool in patroni patronictl etcd; do
    command -v "$tool" >/dev/null || { echo "ha: $tool is not installed (scripts/install-deps.sh)"; exit 77; }
done
[ "$(id -u)" -eq 0 ] || { echo "ha: run as root (the servers run as postgres)"; exit 77; }

work=$(mktemp -d /tmp/inventory-ha-XXXXXX)
chmod 711 "$work"
chown postgres "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill $(pgrep -P "$pid") "$pid" 2>/dev/null || true; done
    sleep 3
    for node in n1 n2; do
        [ -f "$work/$node/postmaster.pid" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$work/$node" stop -m immediate >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

node_config() { # name restapi-port pg-port
    cat <<YML
scope: inventory-ha
name: $1
restapi: {listen: "127.0.0.1:$2", connect_address: "127.0.0.1:$2"}
etcd3: {hosts: "127.0.0.1:12379"}
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 1
    retry_timeout: 5
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      parameters: {wal_keep_size: 256MB, hot_standby_feedback: "on"}
  initdb: [{encoding: UTF8}, data-checksums, {locale: C.UTF-8}]
  pg_hba:
  - local all all trust
  - host all all 127.0.0.1/32 trust
  - host replication all 127.0.0.1/32 trust
postgresql:
  listen: "127.0.0.1:$3"
  connect_address: "127.0.0.1:$3"
  data_dir: $work/$1
  bin_dir: $bin
  authentication:
    superuser: {username: inventory_owner}
    replication: {username: inventory_owner}
    rewind: {username: inventory_owner}
  parameters: {unix_socket_directories: "$work"}
YML
}
node_config n1 18008 15432 >"$work/n1.yml"
node_config n2 18009 15433 >"$work/n2.yml"
chown postgres "$work"/*.yml

runuser -u postgres -- etcd --name e --data-dir "$work/etcd" --listen-client-urls http://127.0.0.1:12379 \
    --advertise-client-urls http://127.0.0.1:12379 --listen-peer-urls http://127.0.0.1:12380 \
    --initial-advertise-peer-urls http://127.0.0.1:12380 --initial-cluster e=http://127.0.0.1:12380 >"$work/etcd.log" 2>&1 &
pids+=($!)
start_node() { runuser -u postgres -- patroni "$work/$1.yml" >>"$work/$1.log" 2>&1 & pids+=($!); eval "pid_$1=$!"; }
sleep 2
start_node n1
leader() { patronictl -c "$work/n1.yml" list -f json 2>/dev/null | python3 -c 'import json,sys; print(next((m["Member"] for m in json.load(sys.stdin) if m["Role"]=="Leader" and m["State"]=="running"), ""))'; }
is_leader() { [ "$(leader)" = "$1" ]; }
wait_for() { # seconds command... (re-run each second: pass a function, not an expansion)
    local limit=$1; shift
    for _ in $(seq "$limit"); do "$@" && return 0; sleep 1; done
    echo "ha: timed out waiting for: $*"; tail -20 "$work"/n*.log; exit 1
}
wait_for 60 is_leader n1
start_node n2
sync_ready() { patronictl -c "$work/n1.yml" list -f json 2>/dev/null | grep -q '"Sync Standby"'; }
wait_for 90 sync_ready

db="postgresql://inventory_owner@127.0.0.1:15432,127.0.0.1:15433/inventory?connect_timeout=2"
psql "postgresql://inventory_owner@127.0.0.1:15432,127.0.0.1:15433/postgres?target_session_attrs=read-write" -qc "CREATE DATABASE inventory"
"$ctl" migrate --db "$db" >/dev/null
items=()
for i in 1 2 3 4 5; do
    items+=("$("$ctl" create-item --db "$db" --json --name "HA item $i" --price 1 --quantity 1000 --category HA \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')")
done

# Writers: a reference per reservation, retried with the same reference until answered.
writer() {
    local w=$1 i=0 deadline=$((SECONDS + 150))
    while [ ! -f "$work/stop" ] && [ $SECONDS -lt $deadline ]; do
        local item=${items[$(( (w * 3 + i) % ${#items[@]} ))]} ref="ha-w$w-$i"
        while [ $SECONDS -lt $deadline ]; do
            if out=$("$ctl" reserve --db "$db" --read-db "$db" --json "$item" 1 --ref "$ref" 2>/dev/null); then
                echo "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["blockId"], d["reference"])' >>"$work/acked-$w"
                break
            fi
            echo x >>"$work/refused-$w"
            sleep 0.2
        done
        i=$((i + 1))
    done
}
reader() {
    local deadline=$((SECONDS + 150))
    while [ ! -f "$work/stop" ] && [ $SECONDS -lt $deadline ]; do
        if "$ctl" top HA --db "$db" --read-db "$db" >/dev/null 2>&1; then echo ok >>"$work/reads"; else echo x >>"$work/read-errors"; fi
        sleep 0.1
    done
}
writer 0 & pids+=($!); w0=$!
writer 1 & pids+=($!); w1=$!
reader & pids+=($!); r0=$!
acked() { cat "$work"/acked-* 2>/dev/null | wc -l; }
at_least() { [ "$(acked)" -ge "$1" ]; }
wait_for 60 at_least 10

echo "ha: switchover n1 -> n2 with clients running"
patronictl -c "$work/n1.yml" switchover --leader n1 --candidate n2 --force >/dev/null
wait_for 60 is_leader n2
before=$(acked); wait_for 60 at_least $((before + 10))

echo "ha: killing the leader (n2) with clients running"
# runuser's child is Patroni; the postmaster is Patroni's child: all three, by their ids.
kill -9 $(pgrep -P "$pid_n2") "$pid_n2" "$(head -1 "$work/n2/postmaster.pid")"
wait_for 90 is_leader n1
before=$(acked); wait_for 60 at_least $((before + 10))
echo "ha: n2 back (Patroni rewinds it)"
start_node n2
wait_for 120 sync_ready
before=$(acked); wait_for 60 at_least $((before + 10))
touch "$work/stop"
wait "$w0" "$w1" "$r0"

leader_db="postgresql://inventory_owner@127.0.0.1:15432,127.0.0.1:15433/inventory?target_session_attrs=read-write"
cat "$work"/acked-* | sort -u >"$work/acked"
acknowledged=$(wc -l <"$work/acked")
present=0
while read -r block ref; do
    n=$(psql "$leader_db" -Atc "SELECT count(*) FROM block_inventory WHERE id = $block AND reference = '$ref'")
    present=$((present + n))
done <"$work/acked"
twice=$(psql "$leader_db" -Atc "SELECT count(*) FROM (SELECT 1 FROM block_inventory WHERE reference LIKE 'ha-%' GROUP BY item_id, reference HAVING count(*) > 1) t")
bad_stock=$(psql "$leader_db" -Atc "SELECT count(*) FROM items i WHERE i.category = 'HA' AND i.quantity + coalesce((SELECT sum(b.quantity) FROM block_inventory b WHERE b.item_id = i.id), 0) <> 1000")
reads=$(cat "$work/reads" 2>/dev/null | wc -l)
refused=$(cat "$work"/refused-* 2>/dev/null | wc -l)
echo "ha: $acknowledged acknowledged, $present of them on the leader; $twice references taken twice; $bad_stock items off; $reads reads; $refused writes refused during the failovers"
"$ctl" check --db "$leader_db"
[ "$present" -eq "$acknowledged" ] && [ "$twice" -eq 0 ] && [ "$bad_stock" -eq 0 ] && [ "$reads" -gt 0 ]
echo "ha: passed"
