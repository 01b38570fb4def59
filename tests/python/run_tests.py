#!/usr/bin/env python3
"""Differential tests of weft-python against outputs python3 3.11 produced (committed;
regenerate with make_expected.sh).

  run_tests.py tokens   BIN_DIR  # weft-python --dump-tokens X.py == tokens/X.tokens
  run_tests.py syntax   BIN_DIR  # weft-python X.py: stderr == syntax/X.err, status == X.rc
  run_tests.py programs BIN_DIR  # weft-python X.py: stdout, stderr and status as python3's
  run_tests.py repl     BIN_DIR  # weft-python -i -q [X.py] < X.in: the REPL on piped input
  (optional further arguments: only the named tests)

Syntax errors and programs run twice, with the JIT on (the default) and with --jit=off: both
must give python3's output.

Like python3, weft-python reports the script by its absolute path; the folder is removed before
comparing (make_expected.sh does the same to python3's output). Prints each failing test with a
diff; the exit status is the number of failures (capped at 100).
"""
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd, stdin_path):
    stdin = open(stdin_path, "rb") if stdin_path and os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=120)
    except subprocess.TimeoutExpired:
        return -1, "", "(timeout)\n"
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def read(path):
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def main():
    mode, bin_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    only = set(sys.argv[3:])
    folder = os.path.join(HERE, mode)
    weft = os.path.join(bin_dir, "weft-python")
    ext = ".in" if mode == "repl" else ".py"
    files = sorted(f for f in os.listdir(folder) if f.endswith(ext) and f != "dump_tokens.py")
    if only:
        files = [f for f in files if f in only or f[:-3] in only]
    failures = 0
    for f in files:
        base = os.path.join(folder, f[:-3])
        problems = []
        if mode == "tokens":
            code, out, err = run([weft, "--dump-tokens", f], folder, None)
            want = read(base + ".tokens")
            if out != want:
                problems.append(("tokens", want, out, "weft"))
        else:
            for jit in ([], ["--jit=off"]):
                args = read(base + ".flags").split() + [f]  # X.flags: interpreter options
                if mode == "repl":
                    args = ["-i", "-q"] + ([f[:-3] + ".py"] if os.path.exists(base + ".py") else [])
                code, out, err = run([weft] + jit + args, folder, base + ".in")
                err = err.replace(folder + os.sep, "")
                want_rc = int(read(base + ".rc").strip() or "0")
                how = " ".join(["weft"] + (jit or ["(JIT on)"]))
                if mode in ("programs", "repl") and out != read(base + ".out"):
                    problems.append(("stdout", read(base + ".out"), out, how))
                if err != read(base + ".err"):
                    problems.append(("stderr", read(base + ".err"), err, how))
                if code != want_rc:
                    problems.append(("exit status", "%d\n" % want_rc, "%d\n" % code, how))
        if problems:
            failures += 1
            print("FAIL %s/%s" % (mode, f))
            for what, want, got, how in problems:
                diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                            "python3 " + what, how + " " + what)
                sys.stdout.writelines(list(diff)[:40])
    print("%s: %d of %d files agree with python3" % (mode, len(files) - failures, len(files)))
    sys.exit(min(failures, 100))


if __name__ == "__main__":
    main()
