#!/usr/bin/env bash
# The server-joints ratios of issue 22, all from ONE run of one server on loopback, written into the section
# "Server joints" of benchmarks/RESULTS.md:
#   compact /pathways/suggest vs /benchmark/noop, full vs noop (wrk, 2 threads, 16 connections, 15 s each);
#   p99 of suggest at a fixed rate while validations of the default run back to back vs idle (15 s each);
#   heap after a collection after 200 rule-set swaps vs after 10 (each swap compiles a stored version and
#   swaps it in, the publish path without its validation; two versions alternate).
# Needs the jar (mvn -B -q package -DskipTests), wrk, curl, python3, zip. Bounded: about four minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=benchmarks/target/joints
rm -rf "$OUT" && mkdir -p "$OUT"
WORK=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
PORT=18090; ADMIN=18091
cat > "$WORK/config.yml" <<YAML
server:
  applicationConnectors: [{ type: http, port: $PORT }]
  adminConnectors: [{ type: http, port: $ADMIN }]
benchmarkEndpoints: true
rateLimit: { perMinute: 1000000000, burst: 1000000000 }
YAML
KEY=$(cd "$WORK" && "$ROOT/lotsen" keys create --role SYSTEM --label benchmark --quiet)
OWNER=$(cd "$WORK" && "$ROOT/lotsen" keys create --role POLICY_OWNER --label benchmark --quiet)
export LOTSEN_KEY=$KEY
(cd "$WORK" && exec java -Xmx512m -jar "$ROOT/rules-api/target/lotsen.jar" server config.yml > "$WORK/server.log" 2>&1) &
SERVER=$!
for i in $(seq 1 200); do curl -sf -o /dev/null "http://127.0.0.1:$ADMIN/healthcheck" && break; sleep 0.5; done

load() { wrk -t2 -c16 -d"$2" --timeout 5s -s "benchmarks/load/$3" "http://127.0.0.1:$PORT$1" | grep '^RESULT'; }
heap() {
  curl -s -X POST "http://127.0.0.1:$ADMIN/tasks/gc" > /dev/null
  curl -s "http://127.0.0.1:$ADMIN/metrics" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gauges"]["jvm.memory.heap.used"]["value"])'
}
body() { curl -s -X POST "http://127.0.0.1:$PORT$1" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"childAgeMonths": 14, "needs": [{"category": "SLEEP", "severity": "MODERATE"}, {"category": "FINANCES"}], "riskFactors": ["PARENTAL_CONFLICT"], "protectiveFactors": ["SOCIAL_NETWORK"], "centre": "FC_NORR"}' | wc -c; }
echo "full $(body /pathways/suggest) compact $(body '/pathways/suggest?view=compact&lang=sv') noop $(body /benchmark/noop)" > "$OUT/bytes.txt"

echo "== warm-up (10 s each)"
for script in suggest.lua compact.lua; do load /pathways/suggest 10s "$script" > /dev/null; done
load /benchmark/noop 10s suggest.lua > /dev/null
echo "== throughput (15 s each)"
load /benchmark/noop 15s suggest.lua | tee "$OUT/noop.txt"
load /pathways/suggest 15s suggest.lua | tee "$OUT/full.txt"
load /pathways/suggest 15s compact.lua | tee "$OUT/compact.txt"

echo "== p99 at a fixed rate (40 % of the full peak), idle and while the default is validated back to back (15 s each)"
PEAK=$(sed -E 's/.*rps=([0-9.]+).*/\1/' "$OUT/full.txt")
export LOTSEN_RATE=$(python3 -c "print(round($PEAK * 0.4))") LOTSEN_CONNECTIONS=16
(cd rules-catalog/src/main/resources/rulesets/default && zip -qr "$WORK/default.zip" .)
wrk -t2 -c16 -d15s --timeout 5s -s benchmarks/load/paced.lua "http://127.0.0.1:$PORT/pathways/suggest" | grep '^RESULT' | tee "$OUT/idle.txt"
end=$(( $(date +%s) + 17 ))
( while [ "$(date +%s)" -lt "$end" ]; do
    /usr/bin/time -f "%e" -a -o "$OUT/validations.txt" curl -s -o /dev/null -w '%{http_code}\n' -X POST \
      "http://127.0.0.1:$PORT/rulesets/validate" -H "Authorization: Bearer $OWNER" -H 'Content-Type: application/zip' \
      --data-binary @"$WORK/default.zip" >> "$OUT/validation-codes.txt"
  done ) &
VALIDATING=$!
sleep 1
wrk -t2 -c16 -d15s --timeout 5s -s benchmarks/load/paced.lua "http://127.0.0.1:$PORT/pathways/suggest" | grep '^RESULT' \
  | tee "$OUT/validating.txt"
wait $VALIDATING

echo "== heap after 10 and after 200 swaps (a stored version compiled and swapped in; two versions alternate)"
cp -r rules-catalog/src/main/resources/rulesets/default "$WORK/other"
sed -i -E 's/^version: .*/version: "2099.1.1"/' "$WORK/other/ruleset.yaml"
(cd "$WORK/other" && zip -qr "$WORK/other.zip" .)
curl -s -o /dev/null -w 'publish %{http_code}\n' -X POST "http://127.0.0.1:$PORT/rulesets" -H "Authorization: Bearer $OWNER" \
  -H 'Content-Type: application/zip' --data-binary @"$WORK/other.zip" | tee "$OUT/publish.txt"
DEFAULT_VERSION=$(sed -nE 's/^version: "?([^"]*)"?/\1/p' rules-catalog/src/main/resources/rulesets/default/ruleset.yaml)
swap() {
  for i in $(seq 1 "$1"); do
    for v in "$DEFAULT_VERSION" 2099.1.1; do
      curl -s -o /dev/null -X POST "http://127.0.0.1:$PORT/rulesets/$v/activate?ruleSetId=default" -H "Authorization: Bearer $OWNER"
    done
  done
}
swap 5
sleep 12   # the grace after which a swapped-out engine is closed
heap > "$OUT/heap-10.txt"
swap 95
sleep 12
heap > "$OUT/heap-200.txt"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""

python3 benchmarks/joints.py "$OUT" benchmarks/RESULTS.md
echo "done"
