#!/usr/bin/env python3
"""Generic benchmark harness: run a suite of programs under several named commands.

Usage:
  bench/harness.py SUITE.json [--runs N] [--only prog1,prog2] [--commands a,b]
                   [--out DIR] [--build-dir DIR] [--baseline NAME] [--no-chart]

A suite is a JSON file:
  {
    "name": "example",              # results go to bench/results/<name>/ unless --out
    "description": "free text",
    "commands": {                   # name -> command template, in one of three forms:
      "python3": "python3 {program} {args}",                  # string, split like a shell
      "weft-python": ["{build}/bin/weft-python", "{program}", "{args}"],     # argv list
      "pypy3": {"cmd": "pypy3 {program} {args}", "cwd": "{repo}", "env": {"K": "v"}}
    },
    "baseline": "python3",          # ratios are against this command (default: the first)
    "runs": 5,                      # counted runs per program and command (default 5)
    "env": {"PYTHONHASHSEED": "0"}, # optional, added to the environment of every run
    "programs": [
      {"name": "fib", "file": "programs/fib.py", "args": ["25"],
       "timeout": 60, "compare_output": true},
      {"name": "sum", "args": ["-c", "print(sum(range(10**6)))"]}
    ]
  }

Placeholders, usable in command templates, cwd, env values and program args:
  {program}    the program's "file", resolved relative to the suite file's folder
               (a token that is exactly "{program}" is dropped when there is no file)
  {args}       the program's "args" (a token that is exactly "{args}" becomes one
               argument per arg; inside a longer token they are shell-quoted and joined)
  {name}       the program's name
  {repo}       the repository root (the parent of bench/)
  {build}      the build directory: {repo}/build unless --build-dir is given
  {suite_dir}  the folder of the suite file
  {KEY}        any KEY of the program's optional "vars" object, e.g. "vars": {"exe": "fib"}
Defaults: timeout 300 s, compare_output true, cwd {suite_dir}. A command whose
executable is not found (on PATH, or as a path) is "unavailable" and skipped.

Method: for each program, one warm-up run per command (not counted), then N rounds; in
each round every command runs once, the order rotating between rounds so that slow drift
of the machine affects all commands alike. Wall time is time.perf_counter() around the
child, peak RSS is the child's own ru_maxrss from os.wait4(). Stdout is hashed and
compared with the baseline's; a non-zero exit or a timeout (the child's process group is
killed) is a failure and stops further runs of that command on that program.

Writes results.json (everything, including raw samples), results.md (also printed) and
chart.svg (time ratio vs baseline per program; log scale when ratios spread over > 20x).
"""
import argparse
import datetime
import hashlib
import json
import math
import os
import platform
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TIMEOUT = 300.0


def subst(text, ctx, args=()):
    """Replace {placeholders} in one string (plain replace: braces in code are safe)."""
    for key, value in ctx.items():
        text = text.replace("{" + key + "}", str(value))
    return text.replace("{args}", shlex.join(args))


def expand(template, ctx, args):
    """Turn a command template (string or argv list) into an argv list."""
    tokens = shlex.split(template) if isinstance(template, str) else list(template)
    argv = []
    for tok in tokens:
        if tok == "{args}":
            argv.extend(args)
        elif not (tok == "{program}" and not ctx["program"]):
            argv.append(subst(tok, ctx, args))
    return argv


def executable_found(argv, cwd, env):
    if not argv:
        return False
    if os.sep in argv[0]:
        path = Path(cwd, argv[0])
        return path.is_file() and os.access(path, os.X_OK)
    return shutil.which(argv[0], path=env.get("PATH")) is not None


# Runs the measured program for run_once(). A child forked (or vforked) from a process
# starts with that process's memory already counted in its peak RSS, so the programs
# are started from this small launcher rather than from the (bigger, growing) harness.
LAUNCHER = """
import os, sys, time
fd, argv = int(sys.argv[1]), sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.close(fd)
    try:
        os.execvp(argv[0], argv)
    except OSError as e:
        os.write(2, ("cannot run %s: %s\\n" % (argv[0], e)).encode())
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
os.write(fd, ("%r %d %d" % (time.perf_counter() - start, status, usage.ru_maxrss)).encode())
"""


def run_once(argv, cwd, env, timeout):
    """Run argv once; return wall time, peak RSS, exit code and a hash of stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        report_r, report_w = os.pipe()
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-I", "-S", "-c", LAUNCHER, str(report_w)] + argv,
                                cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, pass_fds=[report_w], start_new_session=True)
        os.close(report_w)
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except BaseException as e:  # timeout, or Ctrl-C: kill the whole process group
            timed_out = isinstance(e, subprocess.TimeoutExpired)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            if not timed_out:
                raise
        finally:
            with os.fdopen(report_r, "rb") as f:
                report = f.read().split()
        out.seek(0)
        stdout = out.read()
        err.seek(0)
        stderr = err.read()
    if len(report) == 3:  # the launcher's measurement of the program itself
        elapsed, exit_code, rss = float(report[0]), os.waitstatus_to_exitcode(int(report[1])), int(report[2])
    else:  # the launcher was killed (timeout) or failed
        elapsed, exit_code, rss = time.perf_counter() - start, proc.returncode, 0
    sample = {"time_s": elapsed, "rss_kib": rss // 1024 if sys.platform == "darwin" else rss,
              "exit": exit_code, "timed_out": timed_out,
              "stdout_sha256": hashlib.sha256(stdout).hexdigest(),
              "stdout_preview": stdout[:200].decode(errors="replace")}
    if exit_code != 0 or timed_out:
        sample["stderr_tail"] = stderr[-1000:].decode(errors="replace")
    return sample


def failure_of(sample):
    if sample["timed_out"]:
        return "timeout"
    if sample["exit"] < 0:
        return "signal %d" % -sample["exit"]
    return "exit %d" % sample["exit"] if sample["exit"] else None


def bench_program(prog, commands, ctx, suite_env, runs):
    """Warm-up plus `runs` rotating rounds over all commands; returns per-command jobs."""
    ctx = dict(ctx, **prog.get("vars", {}), name=prog["name"],
               program=str((Path(ctx["suite_dir"]) / prog["file"]).resolve())
               if prog.get("file") else "")
    args = [subst(a, ctx) for a in prog.get("args", [])]
    timeout = float(prog.get("timeout", DEFAULT_TIMEOUT))
    jobs = {}
    for name, spec in commands.items():
        extra_env = {k: subst(str(v), ctx) for k, v in {**suite_env, **spec.get("env", {})}.items()}
        env = {**os.environ, **extra_env}
        job = {"argv": expand(spec["cmd"], ctx, args), "cwd": subst(spec.get("cwd", "{suite_dir}"), ctx),
               "env": extra_env, "status": "ok", "warmup": None, "samples": []}
        if not executable_found(job["argv"], job["cwd"], env):
            job["status"] = "unavailable"
        jobs[name] = (job, env)
    names = [n for n, (job, _) in jobs.items() if job["status"] == "ok"]
    for rnd in range(-1, runs):  # round -1 is the warm-up
        shift = rnd % len(names) if names and rnd >= 0 else 0
        for name in names[shift:] + names[:shift]:
            job, env = jobs[name]
            if job["status"] != "ok":
                continue
            sample = run_once(job["argv"], job["cwd"], env, timeout)
            if rnd < 0:
                job["warmup"] = sample
            else:
                job["samples"].append(sample)
            job["status"] = failure_of(sample) or "ok"
    for job, _ in jobs.values():
        add_stats(job)
    return {name: job for name, (job, _) in jobs.items()}


def add_stats(job):
    """Median/min/max time, median peak RSS and the distinct stdout hashes of one job."""
    times = [s["time_s"] for s in job["samples"]]
    job["median_s"] = statistics.median(times) if times else None
    job["min_s"] = min(times) if times else None
    job["max_s"] = max(times) if times else None
    rss = [s["rss_kib"] for s in job["samples"] if s["rss_kib"]]
    job["rss_mib"] = statistics.median(rss) / 1024 if rss else None
    runs = ([job["warmup"]] if job["warmup"] else []) + job["samples"]
    job["stdout_hashes"] = sorted({s["stdout_sha256"] for s in runs})
    job["stdout_preview"] = runs[0].get("stdout_preview") if runs else None


def summarize(results, baseline, compare_output):
    """Add time/RSS ratios against the baseline and output equality to each job."""
    base = results.get(baseline)
    base_ok = base is not None and base["status"] == "ok" and base["samples"]
    for job in results.values():
        ok = base_ok and job["status"] == "ok" and job["samples"]
        job["time_ratio"] = job["median_s"] / base["median_s"] if ok and base["median_s"] > 0 else None
        job["rss_ratio"] = job["rss_mib"] / base["rss_mib"] if ok and base["rss_mib"] > 0 else None
        if ok and compare_output:
            job["output_same"] = (len(job["stdout_hashes"]) == 1
                                  and job["stdout_hashes"] == base["stdout_hashes"])
        else:
            job["output_same"] = None


def geomeans(report):
    means = {}
    for name in report["commands"]:
        ratios = [p["results"][name]["time_ratio"] for p in report["programs"]
                  if p["results"][name]["time_ratio"]]
        means[name] = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else None
    return means


def shown_commands(report):
    """Commands available for at least one program (the others are only listed)."""
    return [n for n in report["commands"]
            if any(p["results"][n]["status"] != "unavailable" for p in report["programs"])]


def fmt(x, spec=".2f", none="—"):
    return none if x is None else format(x, spec)


def fmt_time(t):
    return fmt(t, ".3f" if t is not None and t < 100 else ".1f")


def fmt_ratio(r):
    return fmt(r, ".2f" if r is None or r >= 0.095 else ".2g")


def markdown(report):
    cmds = shown_commands(report)
    missing = [n for n in report["commands"] if n not in cmds]
    lines = ["# Benchmark suite: %s" % report["suite"], ""]
    if report["description"]:
        lines += [report["description"], ""]
    lines += ["%s, %s, Python %s, %s. %d runs after 1 warm-up, baseline **%s**." % (
        report["hostname"], report["date"], report["python"], report["platform"],
        report["runs"], report["baseline"]), "",
        "time: median wall seconds (min–max); ×base: median time / baseline median "
        "(lower is faster); RSS: median peak RSS in MiB (× baseline; %.1f MiB is the floor, "
        "what `true` measures); out: stdout same as baseline, or the failure." % (
            report["rss_floor_kib"] / 1024), ""]
    if missing:
        lines += ["Unavailable (executable not found): " + ", ".join(missing), ""]
    header = ["program"]
    for n in cmds:
        header += ["%s time" % n, "%s ×base" % n, "%s RSS" % n, "%s out" % n]
    lines += ["| " + " | ".join(header) + " |",
              "|" + "---|" + "---:|---:|---:|:---:|" * len(cmds)]
    for prog in report["programs"]:
        row = [prog["name"]]
        for n in cmds:
            job = prog["results"][n]
            out = {None: "n/a", True: "yes", False: "**no**"}[job["output_same"]]
            if job["status"] != "ok":
                out = "**%s**" % job["status"]
            time_cell = "%s (%s–%s)" % (fmt_time(job["median_s"]), fmt_time(job["min_s"]),
                                        fmt_time(job["max_s"])) if job["samples"] else "—"
            rss_cell = "%s (×%s)" % (fmt(job["rss_mib"], ".1f"), fmt_ratio(job["rss_ratio"]))
            row += [time_cell, fmt_ratio(job["time_ratio"]), rss_cell if job["samples"] else "—", out]
        lines.append("| " + " | ".join(row) + " |")
    row = ["**geomean**"]
    for n in cmds:
        row += ["", "**%s**" % fmt_ratio(report["geomean_time_ratio"][n]), "", ""]
    lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


COLORS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
          "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def svg_chart(report):
    """Horizontal grouped bars: time ratio vs baseline per program, plus the geomean."""
    cmds = shown_commands(report)
    rows = [(p["name"], {n: (p["results"][n]["time_ratio"], p["results"][n]["status"])
                         for n in cmds}) for p in report["programs"]]
    rows.append(("geomean", {n: (report["geomean_time_ratio"][n], "ok") for n in cmds}))
    ratios = [r for _, cells in rows for r, _ in cells.values() if r] + [1.0]
    lo, hi = min(ratios), max(ratios)
    log = hi / lo > 20
    label_w = 20 + 7 * max(len(name) for name, _ in rows)
    width, plot_w, bar_h, gap = 860, 860 - label_w - 90, 14, 14
    legend, lx, ly = [], label_w, 36
    for i, n in enumerate(cmds):  # legend entries, wrapped to the chart's width
        if lx + 7 * len(n) + 16 > width and lx > label_w:
            lx, ly = label_w, ly + 18
        legend.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>'
                      % (lx, ly, COLORS[i % 10], lx + 16, ly + 10, escape(n)))
        lx += 7 * len(n) + 36
    top = ly + 34
    height = top + len(rows) * (len(cmds) * bar_h + gap) + 40
    if log:
        a, b = math.log10(lo / 1.25), math.log10(hi * 1.25)
        def x(v): return label_w + (math.log10(v) - a) / (b - a) * plot_w
        ticks = [m * 10.0 ** e for e in range(math.floor(a), math.ceil(b) + 1)
                 for m in (1, 2, 5) if a <= math.log10(m * 10.0 ** e) <= b]
        origin = 1.0
    else:
        end = hi * 1.1
        def x(v): return label_w + v / end * plot_w
        raw = end / 6
        mag = 10 ** math.floor(math.log10(raw))
        step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
        ticks = [i * step for i in range(int(end / step) + 1)]
        origin = 0.0
    title = "%s: wall time relative to %s (lower is faster%s)" % (
        report["suite"], report["baseline"], ", log scale" if log else "")
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="sans-serif" font-size="12">' % (width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="22" font-size="15" font-weight="bold">%s</text>' % escape(title)]
    out += legend
    bottom = height - 35
    for t in ticks:
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>'
                   '<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%g×</text>'
                   % (x(t), top - 6, x(t), bottom, x(t), bottom + 15, t))
    out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#333" stroke-dasharray="4,3"/>'
               % (x(1.0), top - 6, x(1.0), bottom))
    y = top
    for name, cells in rows:
        out.append('<text x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle">%s</text>'
                   % (label_w - 8, y + len(cmds) * bar_h / 2, escape(name)))
        for i, n in enumerate(cmds):
            ratio, status = cells[n]
            mid = y + i * bar_h + bar_h / 2
            if ratio:
                x0, x1 = sorted((x(origin), x(ratio)))
                out.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%d" fill="%s">'
                           '<title>%s %s: %.3f×</title></rect>'
                           % (x0, y + i * bar_h + 1, max(x1 - x0, 1), bar_h - 2,
                              COLORS[i % 10], escape(name), escape(n), ratio))
                out.append('<text x="%.1f" y="%.1f" dominant-baseline="middle" font-size="10">'
                           '%s×</text>' % (x1 + 4, mid, fmt_ratio(ratio)))
            else:
                text = status if status != "ok" else "no ratio"
                out.append('<text x="%.1f" y="%.1f" dominant-baseline="middle" font-size="10" '
                           'fill="#999">%s: %s</text>' % (x(origin) + 4, mid, escape(n), escape(text)))
        y += len(cmds) * bar_h + gap
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suite", help="suite config (JSON)")
    ap.add_argument("--runs", type=int, help="counted runs per program and command")
    ap.add_argument("--only", help="comma-separated program names")
    ap.add_argument("--commands", help="comma-separated command names")
    ap.add_argument("--out", help="output folder (default bench/results/<suite name>)")
    ap.add_argument("--build-dir", help="value of {build} (default <repo>/build)")
    ap.add_argument("--baseline", help="command the ratios are relative to")
    ap.add_argument("--no-chart", action="store_true", help="do not write chart.svg")
    opts = ap.parse_args(argv)

    suite_path = Path(opts.suite).resolve()
    suite = json.loads(suite_path.read_text())
    commands = {n: s if isinstance(s, dict) else {"cmd": s} for n, s in suite["commands"].items()}
    programs = suite["programs"]
    if opts.commands:
        wanted = opts.commands.split(",")
        if unknown := [n for n in wanted if n not in commands]:
            ap.error("unknown command(s): %s" % ", ".join(unknown))
        commands = {n: commands[n] for n in wanted}
    if opts.only:
        wanted = opts.only.split(",")
        if unknown := [n for n in wanted if n not in {p["name"] for p in programs}]:
            ap.error("unknown program(s): %s" % ", ".join(unknown))
        programs = [p for p in programs if p["name"] in wanted]
    if opts.baseline and opts.baseline not in commands:
        ap.error("unknown baseline: %s" % opts.baseline)
    runs = opts.runs if opts.runs is not None else int(suite.get("runs", 5))
    if runs < 1:
        ap.error("--runs must be at least 1")
    ctx = {"repo": str(REPO), "suite_dir": str(suite_path.parent),
           "build": str(Path(opts.build_dir).resolve()) if opts.build_dir else str(REPO / "build")}

    report = {"suite": suite.get("name", suite_path.stem), "description": suite.get("description", ""),
              "suite_file": os.path.relpath(suite_path, REPO),
              "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
              "hostname": socket.gethostname(), "python": platform.python_version(),
              "platform": platform.platform(), "runs": runs,
              "rss_floor_kib": run_once(["true"], ".", os.environ, 10)["rss_kib"],
              "commands": {n: s["cmd"] for n, s in commands.items()}, "env": suite.get("env", {}),
              "programs": []}
    for prog in programs:
        print("[%s] %s ..." % (report["suite"], prog["name"]), end="", file=sys.stderr, flush=True)
        results = bench_program(prog, commands, ctx, suite.get("env", {}), runs)
        report["programs"].append({"name": prog["name"], "file": prog.get("file"),
                                   "args": prog.get("args", []),
                                   "timeout": prog.get("timeout", DEFAULT_TIMEOUT),
                                   "compare_output": prog.get("compare_output", True),
                                   "results": results})
        print(" " + ", ".join("%s %s" % (n, fmt_time(j["median_s"]) + "s" if j["status"] == "ok"
                                         else j["status"]) for n, j in results.items()),
              file=sys.stderr)

    available = [n for n in commands if n in shown_commands(report)]
    baseline = opts.baseline or suite.get("baseline") or next(iter(commands))
    if baseline not in available:
        fallback = available[0] if available else baseline
        print("warning: baseline %s not available, using %s" % (baseline, fallback), file=sys.stderr)
        baseline = fallback
    report["baseline"] = baseline
    for prog in report["programs"]:
        summarize(prog["results"], baseline, prog["compare_output"])
    report["geomean_time_ratio"] = geomeans(report)

    out_dir = Path(opts.out) if opts.out else REPO / "bench" / "results" / report["suite"]
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.json").write_text(json.dumps(report, indent=1) + "\n")
    md = markdown(report)
    (out_dir / "results.md").write_text(md)
    if not opts.no_chart:
        (out_dir / "chart.svg").write_text(svg_chart(report))
    print(md)
    print("written to %s" % out_dir, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
