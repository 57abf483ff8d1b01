#!/usr/bin/env bash
# Runs every Lotsen benchmark on this machine and writes benchmarks/RESULTS.md and growth.png.
# Needs: Java 17, Maven, wrk, gnuplot, python3 (Debian: apt-get install wrk gnuplot-nox python3).
# All traffic goes to 127.0.0.1; every run is bounded in time and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk gnuplot python3; do
  command -v "$tool" >/dev/null || { echo "run.sh needs $tool (apt-get install wrk gnuplot-nox python3)"; exit 1; }
done

OUT=benchmarks/target/results
rm -rf "$OUT" && mkdir -p "$OUT"
echo "== building"
mvn -B -q package -DskipTests

echo "== in-process: suggest vs the hand-coded baseline (JMH)"
java -jar benchmarks/target/benchmarks.jar SuggestBenchmark -rf json -rff "$OUT/suggest.json" | tee "$OUT/suggest.txt" | grep -E '^(Benchmark|SuggestBenchmark)'

echo "== growth: 10, 100, 1,000, 10,000 table rows (JMH)"
java -Dlotsen.growth.csv="$PWD/$OUT/growth.csv" -jar benchmarks/target/benchmarks.jar GrowthBenchmark \
  -jvmArgs "-Dlotsen.growth.csv=$PWD/$OUT/growth.csv" -rf json -rff "$OUT/growth.json" | tee "$OUT/growth.txt" | grep -E '^(Benchmark|GrowthBenchmark)'

echo "== HTTP on loopback: /pathways/suggest vs /benchmark/noop (wrk)"
WORK=$(mktemp -d)
JAR="$PWD/rules-api/target/lotsen.jar"
PORT=18080; ADMIN=18081
KEY=$(cd "$WORK" && java -jar "$JAR" keys create --role SYSTEM --label benchmark --quiet)
(cd "$WORK" && exec java -Xmx512m -Ddw.server.applicationConnectors[0].port=$PORT -Ddw.server.adminConnectors[0].port=$ADMIN \
   -Ddw.benchmarkEndpoints=true -Ddw.rateLimitPerMinute=1000000000 -Ddw.rateLimitBurst=1000000000 \
   -jar "$JAR" server > "$WORK/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for i in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$ADMIN/healthcheck" && break; sleep 0.5; done
export LOTSEN_KEY=$KEY
load() { wrk -t2 -c16 -d"$2" --timeout 5s -s benchmarks/load/suggest.lua "http://127.0.0.1:$PORT$1" | grep '^RESULT'; }
load /pathways/suggest 10s >/dev/null   # warm-up
load /benchmark/noop 10s >/dev/null
load /pathways/suggest 30s | tee "$OUT/http-suggest.txt"
load /benchmark/noop 30s | tee "$OUT/http-noop.txt"
# steady memory under load: heap from the admin metrics, RSS from the kernel, sampled during a third run
load /pathways/suggest 20s > /dev/null &
LOADER=$!
for i in 1 2 3 4; do
  sleep 4
  heap=$(curl -s "http://127.0.0.1:$ADMIN/metrics" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gauges"]["jvm.memory.heap.used"]["value"])')
  rss=$(ps -o rss= -p "$(pgrep -f "adminConnectors\[0\].port=$ADMIN" | head -1)")
  echo "$heap $rss" >> "$OUT/memory.txt"
done
wait $LOADER

echo "== writing benchmarks/RESULTS.md and benchmarks/growth.png"
python3 benchmarks/report.py "$OUT" benchmarks/RESULTS.md
gnuplot -e "out='benchmarks/growth.png'; data='$OUT/growth-plot.dat'" benchmarks/growth.gp
echo "done"
