"""Turns the raw benchmark output of run.sh into benchmarks/RESULTS.md (and the data for the plot)."""
import datetime
import json
import os
import platform
import subprocess
import sys

out, results = sys.argv[1], sys.argv[2]


def jmh(path):
    return json.load(open(os.path.join(out, path)))


def find(runs, name, mode):
    return next(r for r in runs if r["benchmark"].endswith(name) and r["mode"] == mode)


def http(name):
    line = open(os.path.join(out, name)).read().split()
    return {k: float(v) for k, v in (p.split("=") for p in line[1:])}


suggest = jmh("suggest.json")
drools_thr = find(suggest, "drools", "thrpt")["primaryMetric"]
base_thr = find(suggest, "handCoded", "thrpt")["primaryMetric"]
drools_s = find(suggest, "drools", "sample")["primaryMetric"]["scorePercentiles"]
base_s = find(suggest, "handCoded", "sample")["primaryMetric"]["scorePercentiles"]
ratio = base_thr["score"] / drools_thr["score"]

growth = sorted(jmh("growth.json"), key=lambda r: int(r["params"]["rows"]))
compile_rows = {}
for line in open(os.path.join(out, "growth.csv")):
    rows, ms, heap, delta = line.strip().split(",")
    compile_rows[int(rows)] = (int(ms), int(heap), int(delta))
with open(os.path.join(out, "growth-plot.dat"), "w") as dat:
    for r in growth:
        n = int(r["params"]["rows"])
        dat.write(f"{n} {compile_rows[n][0]} {r['primaryMetric']['score']:.3f}\n")
suggest_at = {int(r["params"]["rows"]): r["primaryMetric"]["score"] for r in growth}

hs, hn = http("http-suggest.txt"), http("http-noop.txt")
memory = [tuple(map(int, l.split())) for l in open(os.path.join(out, "memory.txt"))]
heap_mib = max(m[0] for m in memory) / 2**20
rss_mib = max(m[1] for m in memory) / 1024

cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
mem = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/ {print $2}'"], capture_output=True, text=True).stdout.strip()
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]


def verdict(ok):
    return "met" if ok else "missed"


r10k, r100 = suggest_at.get(10000), suggest_at.get(100)
lines = f"""# Lotsen benchmark results

Measured by `benchmarks/run.sh` on {datetime.date.today().isoformat()}: {cpu}, {os.cpu_count()} cores,
{mem} GiB, {platform.system()} {platform.release()}, {java}. One machine, one run: shared and noisy,
so read the ratios (both sides measured in the same run) more than the absolute numbers.

## In-process `suggest` (JMH, default rule set, a seeded mix of 500 realistic requests)

| | throughput (suggestions/s, one thread) | p50 (µs) | p99 (µs) |
|---|---|---|---|
| Drools engine | {drools_thr['score'] * 1e6:,.0f} ± {drools_thr['scoreError'] * 1e6:,.0f} | {drools_s['50.0']:.1f} | {drools_s['99.0']:.1f} |
| hand-coded Java baseline | {base_thr['score'] * 1e6:,.0f} ± {base_thr['scoreError'] * 1e6:,.0f} | {base_s['50.0']:.1f} | {base_s['99.0']:.1f} |

Ratio: the engine takes **{ratio:.2f}×** the baseline's time per suggestion (target ≤ 3×: {verdict(ratio <= 3)}).
The baseline shares the engine's validation and assembly and replaces only the Drools session with
hand-written Java; `HandCodedRouterTest` checks that it gives the same steps on the mix and the grid.

## Growth with the routing table (default rule set, table replaced by N generated rows)

| rows | compile (ms) | heap after compile (MiB) | `suggest` (µs) |
|---|---|---|---|
""" + "".join(f"| {n:,} | {compile_rows[n][0]:,} | {compile_rows[n][1]} | {suggest_at[n]:.1f} |\n" for n in sorted(suggest_at)) + f"""
Targets: 10,000 rows compile in under 30 s ({verdict(compile_rows[10000][0] < 30000)}); `suggest` at
10,000 rows within 2× of 100 rows: {r10k / r100:.2f}× ({verdict(r10k / r100 <= 2)}).

![growth curves](growth.png)

## HTTP on loopback (wrk, 2 threads, 16 connections, 30 s each, after a 10 s warm-up)

| endpoint | requests/s | p50 (ms) | p99 (ms) | p99.9 (ms) | errors |
|---|---|---|---|---|---|
| `POST /pathways/suggest` | {hs['rps']:.0f} | {hs['p50_us']/1000:.2f} | {hs['p99_us']/1000:.2f} | {hs['p999_us']/1000:.2f} | {hs['errors']:.0f} |
| `POST /benchmark/noop` (same auth, limits, JSON reading; no rules) | {hn['rps']:.0f} | {hn['p50_us']/1000:.2f} | {hn['p99_us']/1000:.2f} | {hn['p999_us']/1000:.2f} | {hn['errors']:.0f} |

Ratio: suggest serves **{hs['rps'] / hn['rps']:.2f}×** the no-op's requests per second (target ≥ 0.7×:
{verdict(hs['rps'] / hn['rps'] >= 0.7)}). wrk and the server share the machine's 2 cores.

Steady memory under load (`-Xmx512m`, sampled four times during a 20 s run): heap used at most
**{heap_mib:.0f} MiB** (target under 256 MiB: {verdict(heap_mib < 256)}), RSS at most {rss_mib:.0f} MiB.
"""
analysis = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")
if os.path.exists(analysis):
    lines += open(analysis).read()
open(results, "w").write(lines)
print(lines)
