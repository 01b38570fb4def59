#!/usr/bin/env python3
"""Signals sent to a running program (KeyboardInterrupt on SIGINT), against python3.

  run_signals.py generate PYTHON3   # signals/X.py -> X.out, X.err, X.rc with the reference
  run_signals.py test BIN_DIR       # weft-python (JIT on and --jit=off) must give the same

Each program prints a line `ready` (flushed) just before it enters the loop or blocking call
that the signal should interrupt; the driver then waits a moment and sends SIGINT. A line `feed`
makes the driver write a line to the program's stdin. The driver reports stdout, stderr (the
folder removed from paths) and the exit status as a shell shows it (128 + N when the process
died by signal N: python3 ends by SIGINT after an uncaught KeyboardInterrupt). Exit status:
the number of programs that differ.
"""
import difflib
import os
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "signals")


def run(cmd):
    # a background job of a non-interactive shell starts with SIGINT ignored, which python3
    # (and weft-python) would keep: give the child the default disposition
    p = subprocess.Popen(cmd, cwd=FOLDER, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    err = []
    t = threading.Thread(target=lambda: err.append(p.stderr.read()))
    t.start()
    out = b""
    deadline = time.time() + 60
    for line in p.stdout:
        out += line
        if line == b"ready\n":
            time.sleep(0.3)
            p.send_signal(signal.SIGINT)
        elif line == b"feed\n":
            try:
                p.stdin.write(b"typed line\n")
                p.stdin.flush()
            except OSError:
                pass
        if time.time() > deadline:
            p.kill()
            break
    try:
        p.stdin.close()
    except OSError:
        pass
    try:
        rc = p.wait(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = p.wait()
        out += b"(timeout)\n"
    t.join()
    if rc < 0:
        rc = 128 - rc
    err_text = err[0].decode("utf-8", "replace").replace(FOLDER + os.sep, "")
    return out.decode("utf-8", "replace"), err_text, rc


def read(path):
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    mode, where = sys.argv[1], sys.argv[2]
    files = sorted(f for f in os.listdir(FOLDER) if f.endswith(".py"))
    if mode == "generate":
        for f in files:
            out, err, rc = run([where, f])
            base = os.path.join(FOLDER, f[:-3])
            for ext, text in ((".out", out), (".err", err), (".rc", "%d\n" % rc)):
                with open(base + ext, "w", encoding="utf-8") as fp:
                    fp.write(text)
        return
    weft = os.path.join(os.path.abspath(where), "weft-python")
    failures = 0
    for f in files:
        base = os.path.join(FOLDER, f[:-3])
        problems = []
        for jit in ([], ["--jit=off"]):
            out, err, rc = run([weft] + jit + [f])
            how = " ".join(["weft"] + (jit or ["(JIT on)"]))
            for what, want, got in (("stdout", read(base + ".out"), out),
                                    ("stderr", read(base + ".err"), err),
                                    ("exit status", read(base + ".rc"), "%d\n" % rc)):
                if want != got:
                    problems.append((what, want, got, how))
        if problems:
            failures += 1
            print("FAIL signals/%s" % f)
            for what, want, got, how in problems:
                diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                            "python3 " + what, how + " " + what)
                sys.stdout.writelines(list(diff)[:40])
    print("signals: %d of %d programs agree with python3" % (len(files) - failures, len(files)))
    sys.exit(min(failures, 100))


if __name__ == "__main__":
    main()
