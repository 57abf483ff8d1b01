"""Writes the section "Server joints" of benchmarks/RESULTS.md from the raw output of joints.sh (one run)."""
import datetime
import os
import re
import sys

out, results = sys.argv[1], sys.argv[2]


def http(name):
    line = open(os.path.join(out, name)).read().split()
    return {k: float(v) for k, v in (p.split("=") for p in line[1:])}


def read(name):
    return open(os.path.join(out, name)).read().strip()


noop, full, compact = http("noop.txt"), http("full.txt"), http("compact.txt")
idle, validating = http("idle.txt"), http("validating.txt")
heap10, heap200 = float(read("heap-10.txt")), float(read("heap-200.txt"))
codes = read("validation-codes.txt").split()
times = [float(t) for t in read("validations.txt").split()]
bytes_ = dict(zip(*[iter(read("bytes.txt").split())] * 2))


def verdict(ok):
    return "**met**" if ok else "**missed**"


def errs(h):
    return int(h["errors"])


rows = [
    ("compact `/pathways/suggest?view=compact&lang=sv` ≥ 0.7× `/benchmark/noop`", compact["rps"] / noop["rps"],
     f"{compact['rps']:,.0f} vs {noop['rps']:,.0f} req/s", compact["rps"] / noop["rps"] >= 0.7),
    ("full answer ≥ 0.55× `/benchmark/noop`", full["rps"] / noop["rps"],
     f"{full['rps']:,.0f} vs {noop['rps']:,.0f} req/s", full["rps"] / noop["rps"] >= 0.55),
    ("p99 of suggest while the default is validated ≤ 2× its idle p99", validating["p99_us"] / idle["p99_us"],
     f"{validating['p99_us'] / 1000:.1f} vs {idle['p99_us'] / 1000:.1f} ms at {validating['rps']:,.0f} req/s",
     validating["p99_us"] / idle["p99_us"] <= 2),
    ("heap after 200 swaps within 10 % of after 10", heap200 / heap10,
     f"{heap200 / 2**20:.0f} vs {heap10 / 2**20:.0f} MiB", abs(heap200 / heap10 - 1) <= 0.10),
]
lines = ["<!-- joints:start (written by benchmarks/joints.sh; run.sh keeps it) -->", "## Server joints (issue 22)", "",
         f"Measured by `benchmarks/joints.sh` on {datetime.date.today()}, every ratio from the same run of one server "
         "(`-Xmx512m`, loopback, wrk 2 threads × 16 connections, 15 s a phase) on a 2-core machine **shared with four "
         "other engineers' builds and tests**: the absolute figures are noisy, the ratios less so.", "",
         "| target | ratio | figures | |", "|---|---|---|---|"]
for name, ratio, figures, ok in rows:
    lines.append(f"| {name} | {ratio:.2f}× | {figures} | {verdict(ok)} |")
lines += ["",
          f"- Answer sizes for the benchmark's request: full {int(bytes_['full']):,} bytes, compact Swedish "
          f"{int(bytes_['compact']):,} bytes, no-op {int(bytes_['noop']):,} bytes.",
          f"- Errors: no-op {errs(noop)}, full {errs(full)}, compact {errs(compact)}, idle paced {errs(idle)}, "
          f"during validation {errs(validating)}.",
          f"- During the second paced phase {len(codes)} validations of the default ran one after another "
          f"(answers {', '.join(sorted(set(codes)))}; {min(times):.1f}–{max(times):.1f} s each) on the validation pool "
          "(one thread here: cores − 1), at a fixed rate of 40 % of the full answer's peak.",
          "- A swap compiles a stored version and serves it (the publish path without validation, which would make 200 "
          "publishes take many minutes here); the swapped-out engine is closed after its 10 s grace, and each heap figure "
          "is taken 12 s after the last swap, after a collection (the admin port's gc task).",
          "<!-- joints:end -->"]
section = "\n".join(lines) + "\n"
text = open(results).read() if os.path.exists(results) else "# Lotsen benchmark results\n"
if "<!-- joints:start" in text:
    text = re.sub(r"<!-- joints:start.*?<!-- joints:end -->\n?", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(results, "w").write(text)
