#!/usr/bin/env bash
# Runs every Lotsen benchmark on this machine and writes benchmarks/RESULTS.md and benchmarks/growth.png.
# Needs: Java 17, Maven, wrk, gnuplot, python3 (Debian: apt-get install wrk gnuplot-nox python3).
# All traffic goes to 127.0.0.1; every run is bounded in time and stops by itself. About 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
for tool in wrk gnuplot python3 curl; do
  command -v "$tool" >/dev/null || { echo "run.sh needs $tool (apt-get install wrk gnuplot-nox python3 curl)"; exit 1; }
done

OUT=benchmarks/target/results
rm -rf "$OUT" && mkdir -p "$OUT"
echo "== building"
mvn -B -q package -DskipTests

echo "== in-process: suggest vs the hand-coded baseline (JMH)"
java -jar benchmarks/target/benchmarks.jar SuggestBenchmark -rf json -rff "$OUT/suggest.json" | tee "$OUT/suggest.txt" \
  | grep -E '^(Benchmark|SuggestBenchmark)'

echo "== growth: 10 to 10,000 table rows, spread over centres and over ages (JMH)"
java -jar benchmarks/target/benchmarks.jar GrowthBenchmark -jvmArgs "-Dlotsen.growth.csv=$PWD/$OUT/growth.csv" \
  -rf json -rff "$OUT/growth.json" | tee "$OUT/growth.txt" | grep -E '^(Benchmark|GrowthBenchmark)'

echo "== lotsen validate of the default, from the shell (three runs)"
for i in 1 2 3; do
  /usr/bin/time -f "%e" -o "$OUT/validate-$i.txt" ./lotsen validate rules-catalog/src/main/resources/rulesets/default > /dev/null
done

WORK=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
PORT=18080; ADMIN=18081
cat > "$WORK/config.yml" <<YAML
server:
  applicationConnectors: [{ type: http, port: $PORT }]
  adminConnectors: [{ type: http, port: $ADMIN }]
benchmarkEndpoints: true
rateLimit: { perMinute: 1000000000, burst: 1000000000 }
YAML

echo "== start to first answer (a fresh store, three runs)"
for i in 1 2 3; do
  rm -f "$WORK"/lotsen.db*
  KEY=$(cd "$WORK" && "$ROOT/lotsen" keys create --role SYSTEM --label benchmark --quiet)
  start=$(date +%s.%N)
  (cd "$WORK" && exec "$ROOT/lotsen" server config.yml > "$WORK/server.log" 2>&1) &
  SERVER=$!
  for j in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/pathways/suggest" -H "Authorization: Bearer $KEY" \
      -H 'Content-Type: application/json' -d '{"childAgeMonths": 6, "needs": [{"category": "SLEEP"}]}' || true)
    [ "$code" = "200" ] && break
    sleep 0.05
  done
  echo "$(date +%s.%N) - $start" | bc > "$OUT/start-$i.txt"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
done

echo "== HTTP on loopback: /pathways/suggest vs /benchmark/noop (wrk, 2 threads, 16 connections)"
rm -f "$WORK"/lotsen.db*
KEY=$(cd "$WORK" && "$ROOT/lotsen" keys create --role SYSTEM --label benchmark --quiet)
export LOTSEN_KEY=$KEY
(cd "$WORK" && exec java -Xmx512m -jar "$ROOT/rules-api/target/lotsen.jar" server config.yml > "$WORK/server.log" 2>&1) &
SERVER=$!
for i in $(seq 1 200); do curl -sf -o /dev/null "http://127.0.0.1:$ADMIN/healthcheck" && break; sleep 0.5; done
load() { wrk -t2 -c16 -d"$2" --timeout 5s -s benchmarks/load/suggest.lua "http://127.0.0.1:$PORT$1" | grep '^RESULT'; }
# Warm-up until the JIT has settled: both endpoints, twice.
for round in 1 2; do load /pathways/suggest 20s > /dev/null; load /benchmark/noop 15s > /dev/null; done
load /benchmark/noop 30s | tee "$OUT/http-noop.txt"
load /pathways/suggest 30s | tee "$OUT/http-suggest.txt"
# p99 at 70 % of the suggest peak: wrk's delay() hook paces every connection (benchmarks/load/paced.lua).
PEAK=$(sed -E 's/.*rps=([0-9.]+).*/\1/' "$OUT/http-suggest.txt")
export LOTSEN_RATE=$(python3 -c "print($PEAK * 0.7)") LOTSEN_CONNECTIONS=16
wrk -t2 -c16 -d30s --timeout 5s -s benchmarks/load/paced.lua "http://127.0.0.1:$PORT/pathways/suggest" | grep '^RESULT' \
  | tee "$OUT/http-suggest-70.txt"
# Steady memory under load: the heap after a collection (the live set, via the admin port's gc task) and RSS,
# sampled four times during a run.
load /pathways/suggest 20s > /dev/null &
LOADER=$!
for i in 1 2 3 4; do
  sleep 4
  curl -s -X POST "http://127.0.0.1:$ADMIN/tasks/gc" > /dev/null
  heap=$(curl -s "http://127.0.0.1:$ADMIN/metrics" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gauges"]["jvm.memory.heap.used"]["value"])')
  rss=$(ps -o rss= -p "$SERVER")
  echo "$heap $rss" >> "$OUT/memory.txt"
done
wait $LOADER

echo "== writing benchmarks/RESULTS.md and benchmarks/growth.png"
python3 benchmarks/report.py "$OUT" benchmarks/RESULTS.md
gnuplot -e "out='benchmarks/growth.png'; data='$OUT/growth-plot.dat'" benchmarks/growth.gp
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
echo "== server joints: compact and full vs no-op, p99 under validation, heap after swaps (benchmarks/joints.sh)"
benchmarks/joints.sh
echo "done"
