#!/usr/bin/env bash
# 50 tenants on one server (issue 23): start time, steady heap, and POST /pathways/suggest throughput answering 50
# tenants in turn against answering one, both measured in this one run. Loopback only; every step is bounded in time
# and stops by itself. Writes benchmarks/TENANTS.md. Needs Java 17, a built rules-api/target/lotsen.jar, wrk, curl,
# python3. About 10 minutes on 2 cores, most of it the first start (each layer is validated over every family once).
#
# The tenants: the region (examples/region/base) and LOTSEN_TENANTS municipalities. LOTSEN_LAYERS of them have a
# layer of their own (alternately Norrköping's, a catalog change, and Grästorp's, a rule file); the rest serve the
# base as it is. Keys are written straight into the store as `lotsen keys create --tenant` writes them (a SHA-256 of
# a random key), since fifty JVM starts would take longer than the measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TENANTS=${LOTSEN_TENANTS:-50}
LAYERS=${LOTSEN_LAYERS:-6}
PORT=${LOTSEN_PORT:-18190}; ADMIN=$((PORT + 1))
OUT=benchmarks/target/tenants
rm -rf "$OUT" && mkdir -p "$OUT"
for tool in wrk curl python3; do command -v "$tool" >/dev/null || { echo "tenants.sh needs $tool"; exit 1; }; done
[ -f rules-api/target/lotsen.jar ] || { echo "build first: mvn -B -q package -DskipTests"; exit 1; }

WORK=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

python3 - "$WORK" "$ROOT" "$TENANTS" "$LAYERS" "$PORT" "$ADMIN" <<'PY'
import os, shutil, sys
work, root, tenants, layers, port, admin = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
lines = ["server:", f"  applicationConnectors: [{{ type: http, bindHost: 127.0.0.1, port: {port} }}]",
         f"  adminConnectors: [{{ type: http, bindHost: 127.0.0.1, port: {admin} }}]",
         "rateLimit: { perMinute: 1000000000, burst: 1000000000 }",
         "database:", "  driverClass: org.sqlite.JDBC", f"  url: \"jdbc:sqlite:{work}/lotsen.db?busy_timeout=5000\"",
         "  validationQuery: SELECT 1", "  initialSize: 1", "  minSize: 1", "  maxSize: 8",
         "ruleSets: { explore: 0 }", "tenants:",
         f"  - {{ id: region, nameSv: Regionen, ruleSetDirectory: {root}/examples/region/base }}"]
for i in range(1, tenants + 1):
    tid = f"m{i:02d}"
    entry = f"  - {{ id: {tid}, region: region, nameSv: Kommun {i}"
    if i <= layers:
        source = "grastorp" if i % 2 == 0 else "norrkoping"
        dest = os.path.join(work, tid)
        shutil.copytree(os.path.join(root, "examples/region", source), dest)
        manifest = os.path.join(dest, "ruleset.yaml")
        text = open(manifest, encoding="utf-8").read().replace(f"id: {source}", f"id: {tid}", 1)
        open(manifest, "w", encoding="utf-8").write(text)
        entry += f", ruleSetDirectory: {dest}"
    lines.append(entry + " }")
open(os.path.join(work, "config.yml"), "w").write("\n".join(lines) + "\n")
PY

healthy() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ADMIN/healthcheck" 2>/dev/null || true; }
start_server() {
  (exec java -Xmx1g -jar "$ROOT/rules-api/target/lotsen.jar" server "$WORK/config.yml" > "$WORK/server-$1.log" 2>&1) &
  SERVER=$!
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }
wait_healthy() {  # $1: seconds at most
  for i in $(seq 1 $(($1 * 10))); do [ "$(healthy)" = "200" ] && return 0; sleep 0.1; done
  echo "the server did not become healthy in $1 s; see $WORK/server-*.log"; tail -20 "$WORK"/server-*.log; exit 1
}

echo "== first start: publishes the base and $LAYERS layers (each validated over every family)"
start_server first
wait_healthy 1200
stop_server

echo "== keys: one STAFF key per tenant, written as lotsen keys create writes them"
python3 - "$WORK" "$TENANTS" > "$WORK/keys.txt" <<'PY'
import base64, hashlib, os, sqlite3, sys, datetime
work, tenants = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(os.path.join(work, "lotsen.db"))
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
keys = []
for i in range(1, tenants + 1):
    key = "lotsen_" + base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    db.execute("INSERT INTO api_keys (id, label, role, key_hash, created_at, tenant) VALUES (?, ?, 'STAFF', ?, ?, ?)",
               (os.urandom(6).hex(), "benchmark", hashlib.sha256(key.encode()).hexdigest(), now, f"m{i:02d}"))
    keys.append(key)
db.commit()
print(",".join(keys))
PY
ALL_KEYS=$(cat "$WORK/keys.txt")
ONE_KEY=${ALL_KEYS%%,*}

echo "== start with $TENANTS tenants and their stored rule sets (to healthy: every tenant's rule set serves)"
t0=$(date +%s.%N)
start_server timed
wait_healthy 120
t1=$(date +%s.%N)
python3 -c "print(f'{$t1 - $t0:.1f}')" > "$OUT/start.txt"

load() {  # $1: keys, $2: duration
  LOTSEN_KEYS=$1 wrk -t2 -c16 -d"$2" --timeout 5s -s benchmarks/load/tenants.lua "http://127.0.0.1:$PORT/pathways/suggest" | grep '^RESULT'
}
echo "== warm-up: one tenant and all tenants, 15 s each"
load "$ONE_KEY" 15s > /dev/null; load "$ALL_KEYS" 15s > /dev/null
echo "== measured: one tenant, all tenants, one tenant, all tenants (20 s each)"
for round in 1 2; do
  load "$ONE_KEY" 20s | tee -a "$OUT/one.txt"
  load "$ALL_KEYS" 20s | tee -a "$OUT/all.txt"
done
echo "== steady heap while answering every tenant (after a collection, three samples)"
load "$ALL_KEYS" 15s > /dev/null &
LOADER=$!
for i in 1 2 3; do
  sleep 4
  curl -s -X POST "http://127.0.0.1:$ADMIN/tasks/gc" > /dev/null
  heap=$(curl -s "http://127.0.0.1:$ADMIN/metrics" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gauges"]["jvm.memory.heap.used"]["value"])')
  echo "$heap $(ps -o rss= -p "$SERVER")" >> "$OUT/memory.txt"
done
wait $LOADER
stop_server

python3 - "$OUT" "$TENANTS" "$LAYERS" <<'PY' | tee benchmarks/TENANTS.md
import re, sys, platform, subprocess
out, tenants, layers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def rps(name):
    values = [float(re.search(r"rps=([0-9.]+)", l).group(1)) for l in open(f"{out}/{name}.txt") if "rps=" in l]
    errors = sum(int(re.search(r"errors=(\d+)", l).group(1)) for l in open(f"{out}/{name}.txt") if "errors=" in l)
    return sum(values) / len(values), values, errors
one, one_runs, one_errors = rps("one")
alln, all_runs, all_errors = rps("all")
start = float(open(f"{out}/start.txt").read())
memory = [l.split() for l in open(f"{out}/memory.txt") if l.strip()]
heap = max(int(m[0]) for m in memory) / 2**20
rss = max(int(m[1]) for m in memory) / 2**10
ratio = alln / one
ok = lambda b: "**met**" if b else "**missed**"
print(f"""# {tenants} tenants on one server

Measured by `benchmarks/tenants.sh` (one run, loopback, wrk 2 threads × 16 connections, both sides of the ratio in
the same run, alternating). The region's base and {tenants} municipalities: {layers} with a layer of their own
(catalog or a rule file), the others serving the base as it is. `-Xmx1g`; {platform.machine()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, shared.

| target | measured | |
|---|---|---|
| start ≤ 10 s (launch to healthy, every tenant's stored rule set compiled) | {start:.1f} s | {ok(start <= 10)} |
| steady heap ≤ 512 MiB (after a collection, answering every tenant) | {heap:.0f} MiB (RSS {rss:.0f} MiB) | {ok(heap <= 512)} |
| `/pathways/suggest` answering {tenants} tenants in turn ≥ 0.9× answering one | {ratio:.2f}× ({alln:,.0f} vs {one:,.0f} req/s) | {ok(ratio >= 0.9)} |

Runs (req/s): one tenant {', '.join(f'{v:,.0f}' for v in one_runs)}; all tenants {', '.join(f'{v:,.0f}' for v in all_runs)};
errors: {one_errors} and {all_errors}.
""")
PY
echo done
