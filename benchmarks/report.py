"""Turns the raw output of run.sh into benchmarks/RESULTS.md (and the data for growth.png)."""
import datetime
import json
import os
import platform
import statistics
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


def numbers(prefix):
    return [float(open(os.path.join(out, f)).read().strip()) for f in sorted(os.listdir(out)) if f.startswith(prefix)]


def errors(h):
    """wrk's error count, and what kind: answers other than 2xx, or socket errors (of which timeouts)."""
    if not h["errors"]:
        return "0"
    return f"{int(h['errors'])} ({int(h['non2xx'])} non-2xx, {int(h['socket'])} socket, of which {int(h['timeouts'])} timeouts)"


def verdict(ok):
    return "**met**" if ok else "**missed**"


suggest = jmh("suggest.json")
drools_thr = find(suggest, "drools", "thrpt")["primaryMetric"]
base_thr = find(suggest, "handCoded", "thrpt")["primaryMetric"]
drools_s = find(suggest, "drools", "sample")["primaryMetric"]["scorePercentiles"]
base_s = find(suggest, "handCoded", "sample")["primaryMetric"]["scorePercentiles"]
ratio = base_thr["score"] / drools_thr["score"]
per_second = drools_thr["score"] * 1e6

growth = jmh("growth.json")
layouts = []
at = {}
for r in growth:
    at[(r["params"]["layout"], int(r["params"]["rows"]))] = r["primaryMetric"]["score"]
    if r["params"]["layout"] not in layouts:
        layouts.append(r["params"]["layout"])
sizes = sorted({n for _, n in at})
# growth.csv has one line per trial, in JMH's order: layout by layout, size by size
order = [(layout, n) for layout in layouts for n in sizes]
compiled = {}
lines_csv = [tuple(map(int, l.strip().split(","))) for l in open(os.path.join(out, "growth.csv"))]
for key, line in zip(order, lines_csv):
    compiled[key] = line
with open(os.path.join(out, "growth-plot.dat"), "w") as dat:
    for n in sizes:
        dat.write(f"{n} {compiled[('centres', n)][1]} {at[('centres', n)]:.3f} {at[('ages', n)]:.3f}\n")

hs, hn, h70 = http("http-suggest.txt"), http("http-noop.txt"), http("http-suggest-70.txt")
memory = [tuple(map(int, l.split())) for l in open(os.path.join(out, "memory.txt"))]
heap_mib = max(m[0] for m in memory) / 2**20
rss_mib = max(m[1] for m in memory) / 1024
validate = numbers("validate-")
start = numbers("start-")

cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
mem = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/ {print $2}'"], capture_output=True, text=True).stdout.strip()
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]

c10k, c100 = at[("centres", 10000)], at[("centres", 100)]
a10k, a100 = at[("ages", 10000)], at[("ages", 100)]
compile10k = max(compiled[("centres", 10000)][1], compiled[("ages", 10000)][1])
heap10k = max(compiled[("centres", 10000)][2], compiled[("ages", 10000)][2])
http_ratio = hs["rps"] / hn["rps"]

text = f"""# Lotsen benchmark results

Measured by `benchmarks/run.sh` on {datetime.date.today().isoformat()}: {cpu}, {os.cpu_count()} cores,
{mem} GiB, {platform.system()} {platform.release()}, {java}. One machine, one run, shared and noisy
(repeated runs here vary by ±20 %): read the ratios, whose two sides were measured in the same run,
more than the absolute figures. "Before" is the previous release measured the same way (issue 13).

## Summary

| target | before | now | |
|---|---|---|---|
| engine ≤ 3× the hand-coded baseline | 13× (176 µs vs 13.5 µs) | {ratio:.2f}× | {verdict(ratio <= 3)} |
| ≥ 50,000 suggestions/s on one thread | 5,700 | {per_second:,.0f} | {verdict(per_second >= 50000)} |
| `suggest` at 10,000 rows ≤ 2× at 100 rows (rows spread over centres) | 25.8× | {c10k / c100:.2f}× | {verdict(c10k / c100 <= 2)} |
| … the same with every row for every centre (more matching rows per family) | – | {a10k / a100:.2f}× | see below |
| compile at 10,000 rows < 10 s | 24 s | {compile10k / 1000:.1f} s | {verdict(compile10k < 10000)} |
| heap after compile at 10,000 rows < 128 MiB | 192 MiB | {heap10k} MiB | {verdict(heap10k < 128)} |
| HTTP suggest ≥ 0.7× the no-op | 0.51× (990 vs 1,923 req/s) | {http_ratio:.2f}× ({hs['rps']:,.0f} vs {hn['rps']:,.0f} req/s) | {verdict(http_ratio >= 0.7)} |
| no-op ≥ 10,000 req/s | 1,923 | {hn['rps']:,.0f} | {verdict(hn['rps'] >= 10000)} |
| p99 ≤ 5 ms at 70 % of the peak rate, 0 errors | – | {h70['p99_us'] / 1000:.1f} ms at {h70['rps']:,.0f} req/s, {errors(h70)} errors | {verdict(h70['p99_us'] <= 5000 and h70['errors'] == 0)} |
| start to first answer ≤ 5 s (`./lotsen server`, fresh store) | 14.6 s | {statistics.median(start):.1f} s (runs: {', '.join(f'{s:.1f}' for s in start)}) | {verdict(statistics.median(start) <= 5)} |
| `./lotsen validate` of the default, properties included, ≤ 5 s | 15–19 s | {statistics.median(validate):.1f} s (runs: {', '.join(f'{v:.1f}' for v in validate)}) | {verdict(statistics.median(validate) <= 5)} |
| steady heap under load ≤ 256 MiB | 91 MiB | {heap_mib:.0f} MiB (RSS {rss_mib:.0f} MiB) | {verdict(heap_mib <= 256)} |

## In-process `suggest` (JMH, default rule set, a seeded mix of 500 realistic requests)

| | suggestions/s, one thread | p50 (µs) | p99 (µs) |
|---|---|---|---|
| `SuggestBenchmark.drools` | {drools_thr['score'] * 1e6:,.0f} ± {drools_thr['scoreError'] * 1e6:,.0f} | {drools_s['50.0']:.1f} | {drools_s['99.0']:.1f} |
| `SuggestBenchmark.handCoded` | {base_thr['score'] * 1e6:,.0f} ± {base_thr['scoreError'] * 1e6:,.0f} | {base_s['50.0']:.1f} | {base_s['99.0']:.1f} |

Both run the engine's own request validation, facts, routing tables and assembly; `drools` runs
the default's DRL rules in Drools, `handCoded` runs the same rules written as Java
(`HandCodedRules`). `HandCodedRulesTest` holds that both give the same steps, urgencies, tiers,
safeguarding and notes on the mix and on all 63,504 families of the validation grid.

## Growth with the routing table (the default with its table replaced by N generated rows)

| rows | compile (ms) | heap after compile (MiB) | `suggest`, rows over centres (µs) | `suggest`, every row for every centre (µs) |
|---|---|---|---|---|
""" + "".join(f"| {n:,} | {compiled[('centres', n)][1]:,} | {compiled[('centres', n)][2]} | {at[('centres', n)]:.1f} | {at[('ages', n)]:.1f} |\n" for n in sizes) + f"""
![growth curves](growth.png)

## HTTP on loopback (wrk, 2 threads, 16 connections, 30 s each after 70 s of warm-up)

| endpoint | requests/s | p50 (ms) | p99 (ms) | p99.9 (ms) | errors |
|---|---|---|---|---|---|
| `POST /pathways/suggest` | {hs['rps']:,.0f} | {hs['p50_us'] / 1000:.2f} | {hs['p99_us'] / 1000:.2f} | {hs['p999_us'] / 1000:.2f} | {errors(hs)} |
| `POST /benchmark/noop` (same auth, limits, JSON reading; no rules) | {hn['rps']:,.0f} | {hn['p50_us'] / 1000:.2f} | {hn['p99_us'] / 1000:.2f} | {hn['p999_us'] / 1000:.2f} | {errors(hn)} |
| `POST /pathways/suggest` paced at 70 % of its peak | {h70['rps']:,.0f} | {h70['p50_us'] / 1000:.2f} | {h70['p99_us'] / 1000:.2f} | {h70['p999_us'] / 1000:.2f} | {errors(h70)} |

wrk and the server share the machine's two cores. Steady memory under load (`-Xmx512m`, sampled
four times during a 20 s run, each after a collection): heap used at most {heap_mib:.0f} MiB, RSS at
most {rss_mib:.0f} MiB.
"""
notes = os.path.join(os.path.dirname(results), "NOTES.md")
if os.path.exists(notes):
    text += "\n" + open(notes).read()
open(results, "w").write(text)
