#!/usr/bin/env python3
"""Turns one run of scripts/bench.sh into the results table of bench/README.md.

    python3 bench/ratios.py RESULTS_DIR

RESULTS_DIR holds what the run wrote: meta.txt (date, machine, commit),
harness-trace-off.log and harness-trace-on.log (the RW1 harness's output,
"rep N  RESULT engine=..." lines: the reference and Charter, round-robin),
threads.log ("threads=N RESULT ..." lines of rw1_charter) and gb-*.json
(Google Benchmark, aggregates only). Every ratio is between two figures of
this one run; each figure is a median over the run's repetitions.
"""
import glob
import json
import os
import re
import statistics
import sys

RESULT = re.compile(r"RESULT engine=(\S+) events=\d+ seconds=\S+ events_per_s=(\S+) us_per_event=(\S+)")


def harness_medians(path):
    """Median us/event per engine name in a harness log."""
    runs = {}
    with open(path) as f:
        for line in f:
            m = RESULT.search(line)
            if m and line.startswith("rep "):
                runs.setdefault(m.group(1), []).append(float(m.group(3)))
    return {engine: (statistics.median(us), len(us)) for engine, us in runs.items()}


def thread_medians(path):
    """Median and best events/s per thread count."""
    runs = {}
    with open(path) as f:
        for line in f:
            m = RESULT.search(line)
            t = re.match(r"threads=(\d+) ", line)
            if m and t:
                runs.setdefault(int(t.group(1)), []).append(float(m.group(2)))
    return {threads: (statistics.median(eps), max(eps)) for threads, eps in runs.items()}


def google_benchmark(results_dir):
    """run_name -> the median aggregate (a dict) over every gb-*.json."""
    medians = {}
    for path in sorted(glob.glob(os.path.join(results_dir, "gb-*.json"))):
        with open(path) as f:
            for b in json.load(f)["benchmarks"]:
                if b.get("error_occurred"):
                    medians[b["run_name"]] = None
                elif b.get("aggregate_name") == "median":
                    medians[b["run_name"]] = b
    return medians


def micros(b, clock="cpu_time"):
    scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}[b["time_unit"]]
    return b[clock] * scale


def cpu_per_event(b):
    """CPU µs per event of a batch benchmark (rates are per wall-clock second)."""
    events_per_iteration = b["items_per_second"] * micros(b, "real_time") / 1e6
    return micros(b) / events_per_iteration


def verdict(ok):
    return "met" if ok else "**missed**"


def main():
    d = sys.argv[1]
    with open(os.path.join(d, "meta.txt")) as f:
        for line in f:
            print("    " + line.rstrip())
    print()
    print("| figure | baseline | Charter | ratio | target |")
    print("|---|---:|---:|---:|---|")

    for log, engine, label, limit in (
        ("harness-trace-off.log", "charter", "RW1, one thread, tracing off", 2.0),
        ("harness-trace-on.log", "charter-trace", "RW1, one thread, full explanation trace (`--trace`)", 3.0),
    ):
        med = harness_medians(os.path.join(d, log))
        ref = next((v for k, v in med.items() if k.startswith("reference")), None)
        own = med.get(engine)
        if not ref or not own:
            print("| %s | - | - | - | ≤ %g× (no figures: see %s) |" % (label, limit, log))
            continue
        ratio = own[0] / ref[0]
        # Three decimals: a ratio this close to its target is printed as it was judged.
        print("| %s | reference %.2f µs/event | %.2f µs/event | %.3f× | ≤ %g×: %s |" % (
            label, ref[0], own[0], ratio, limit, verdict(ratio <= limit)))

    threads = thread_medians(os.path.join(d, "threads.log"))
    if 1 in threads and 2 in threads:
        ratio = threads[2][0] / threads[1][0]
        print("| RW1, `--threads 2` vs `--threads 1` (throughput) | %s events/s | %s events/s | %.2f× | ≥ 1.8×: %s |" % (
            "{:,.0f}".format(threads[1][0]), "{:,.0f}".format(threads[2][0]), ratio, verdict(ratio >= 1.8)))
        best = threads[2][1] / threads[1][1]
        print("| RW1, `--threads 2` vs `--threads 1`, best run of each | %s events/s | %s events/s | %.2f× | (≥ 1.8×) |" % (
            "{:,.0f}".format(threads[1][1]), "{:,.0f}".format(threads[2][1]), best))

    gb = google_benchmark(d)
    batch1, batch2 = gb.get("evaluate_batch/rw1/threads:1/process_time/real_time"), gb.get(
        "evaluate_batch/rw1/threads:2/process_time/real_time")
    if batch1 and batch2:
        ratio = batch2["items_per_second"] / batch1["items_per_second"]
        print("| `evaluate_batch`, RW1 corpus, 2 threads vs 1 (throughput) | %s events/s | %s events/s | %.2f× | ≥ 1.8×: %s |" % (
            "{:,.0f}".format(batch1["items_per_second"]), "{:,.0f}".format(batch2["items_per_second"]), ratio,
            verdict(ratio >= 1.8)))
        # CPU time is the process's (both threads): the cost per event, and
        # how many cores the 2-thread run actually had.
        print("| `evaluate_batch`, 2 threads vs 1: CPU time per event (1.0: no cost of sharing) | %.2f µs | %.2f µs | %.2f× | - |" % (
            cpu_per_event(batch1), cpu_per_event(batch2), cpu_per_event(batch2) / cpu_per_event(batch1)))
        print("| `evaluate_batch`, cores the 2-thread run had (CPU time / wall-clock time) | - | %.2f | - | - |" % (
            batch2["cpu_time"] / batch2["real_time"]))

    compile_rw1 = gb.get("compile/rw1")
    if compile_rw1:
        ms = micros(compile_rw1) / 1e3
        print("| compiling the RW1 bundle (read, parse, check, analyse, optimise, lower) | target 20 ms | %.2f ms | %.2f of the target | < 20 ms: %s |" % (
            ms, ms / 20.0, verdict(ms < 20.0)))

    for bundle in ("rw1", "intake-example"):
        off, on = gb.get("evaluate/%s/trace_off" % bundle), gb.get("evaluate/%s/trace_on" % bundle)
        if off and on:
            print("| %s: evaluate per event, trace on vs off | %.2f µs | %.2f µs | %.2f× | - |" % (
                bundle, micros(off), micros(on), micros(on) / micros(off)))
        for fmt in ("text", "json"):
            explained = gb.get("explain/%s/%s" % (bundle, fmt))
            if off and explained:
                print("| %s: explain per event (%s) vs evaluate, trace off | %.2f µs | %.2f µs | %.2f× | - |" % (
                    bundle, fmt, micros(off), micros(explained), micros(explained) / micros(off)))
        whole = gb.get("compile/%s" % bundle)
        for phase in ("parse", "check"):
            part = gb.get("%s/%s" % (phase, bundle))
            if whole and part:
                print("| %s: %s, share of compiling the bundle | compile %.0f µs | %s %.0f µs | %.2f | - |" % (
                    bundle, phase, micros(whole), phase, micros(part), micros(part) / micros(whole)))
        lean = gb.get("compile/%s/no_analysis" % bundle)
        if whole and lean:
            print("| %s: compile without static analysis vs with | %.0f µs | %.0f µs | %.2f | - |" % (
                bundle, micros(whole), micros(lean), micros(lean) / micros(whole)))


if __name__ == "__main__":
    main()
