#!/usr/bin/env python3
"""Runs .phpt tests (php-src's own, or tests/php/phpt) against weft-php, the way php-src's
run-tests.php judges them.

  phpt_runner.py [--weft BIN] [--jobs N] [--timeout S] [--list-failures] [--strict]
                 [--out-dir DIR] PATH...

PATH: .phpt files or folders (searched recursively). php-src itself is never committed here:
unpack `apt-get source php8.2` outside the repository and point PATH at its tests/lang etc.

What is taken from run-tests.php (php 8.2):
- sections start at lines `--NAME--`; FILE, EXPECT, EXPECTF, EXPECTREGEX, SKIPIF, INI, ARGS,
  STDIN, CLEAN, XFAIL are understood;
- the script is written next to the .phpt as NAME.php (tests include their neighbours by
  relative paths) and run from the directory holding run-tests.php if there is one;
- INI lines and run-tests.php's own defaults are passed as `-d key=value`;
- output is stdout (run-tests.php sets log_errors=0, so php writes nothing to stderr), trimmed
  at both ends, \\r\\n turned into \\n, and the EXPECT text likewise;
- EXPECTF: the text outside %r...%r is quoted, then %e %s %S %a %A %w %i %d %x %f %c %0 become
  run-tests.php's regular expressions, matched against the whole output (dot matches newline);
- SKIPIF output starting with "skip" skips the test, "xfail" expects it to fail; a test with an
  XFAIL section that fails counts as xfail, not as a failure.
Tests needing what a CLI run cannot give (POST/GET/COOKIE, CGI, PHPDBG, ...) and tests that
need --EXTENSIONS-- are skipped and counted.

Prints "phpt: P passed, F failed, X xfail, S skipped of N". With --strict the exit status is 1
when any test failed (the ctest mode for tests/php/phpt).
"""
import argparse
import concurrent.futures
import fcntl
import os
import re
import shlex
import subprocess
import sys

CANNOT_RUN = ("POST", "POST_RAW", "GET", "COOKIE", "CGI", "PHPDBG", "GZIP_POST", "DEFLATE_POST",
              "PUT", "REDIRECTTEST", "FILEEOF", "FILE_EXTERNAL", "CAPTURE_STDIO", "EXTENSIONS",
              "ENV")

# run-tests.php's $ini_overwrites that change what a script prints.
DEFAULT_INI = ["error_reporting=32767", "display_errors=1", "log_errors=0", "html_errors=0",
               "precision=14", "serialize_precision=-1", "memory_limit=128M",
               "zend.assertions=1", "zend.exception_ignore_args=0",
               "zend.exception_string_param_max_len=15", "short_open_tag=0"]

EXPECTF_CODES = {"%e": re.escape(os.sep), "%s": r"[^\r\n]+", "%S": r"[^\r\n]*", "%a": r".+",
                 "%A": r".*", "%w": r"\s*", "%i": r"[+-]?\d+", "%d": r"\d+",
                 "%x": r"[0-9a-fA-F]+",
                 "%f": r"[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?", "%c": r".",
                 "%0": r"\x00"}


def parse(path):
    sections, name = {}, None
    with open(path, "rb") as f:
        data = f.read()
    for line in data.split(b"\n"):
        m = re.match(rb"^--([_A-Z]+)--", line)
        if m:
            name = m.group(1).decode()
            sections[name] = b""
        elif name is not None:
            sections[name] += line + b"\n"
    # run-tests.php keeps the FILE text exactly; the last line's newline came from the split
    return sections


def php_quote(text):
    """preg_quote(text, '/') as a Python regular expression (same escaped set)."""
    special = set(".\\+*?[^]$(){}=!<>|:-#/")
    return "".join("\\" + c if c in special else ("\\x00" if c == "\0" else c) for c in text)


def expectf_regex(wanted):
    out, start_off, n = [], 0, len(wanted)
    while start_off < n:
        start = wanted.find("%r", start_off)
        if start != -1:
            end = wanted.find("%r", start + 2)
            if end == -1:
                start = end = n
        else:
            start = end = n
        out.append(php_quote(wanted[start_off:start]))
        if end > start:
            out.append("(" + wanted[start + 2:end] + ")")
        start_off = end + 2
    quoted = "".join(out)
    # strtr: longest match first at each position; all keys have length 2
    res, i = [], 0
    while i < len(quoted):
        rep = EXPECTF_CODES.get(quoted[i:i + 2])
        if rep is not None:
            res.append(rep)
            i += 2
        else:
            res.append(quoted[i])
            i += 1
    return "".join(res)


def text(b):
    return b.decode("utf-8", "surrogateescape")


def find_srcdir(path):
    d = os.path.dirname(os.path.abspath(path))
    while True:
        if os.path.exists(os.path.join(d, "run-tests.php")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return os.path.dirname(os.path.abspath(path))
        d = parent


def run_php(weft, ini, script, args, cwd, stdin, timeout):
    cmd = [weft]
    for kv in ini:
        cmd += ["-d", kv]
    cmd += [script] + args
    p = subprocess.run(cmd, cwd=cwd, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, timeout=timeout)
    return p.stdout


def run_test(weft, path, timeout, scratch=None):
    """Returns (status, reason, output). scratch: write the scripts there instead of next to
    the .phpt (for tests that include no neighbours; keeps source trees clean)."""
    s = parse(path)
    if "FILE" not in s or not any(
            k in s for k in ("EXPECT", "EXPECTF", "EXPECTREGEX")):
        return "skip", "no FILE/EXPECT", b""
    for k in CANNOT_RUN:
        if k in s:
            return "skip", k, b""
    test_dir = os.path.dirname(os.path.abspath(path))
    base = os.path.splitext(os.path.basename(path))[0]
    if scratch:
        test_dir = os.path.join(scratch, os.path.basename(os.path.dirname(os.path.abspath(path))))
        os.makedirs(test_dir, exist_ok=True)
    cwd = find_srcdir(path)
    ini = list(DEFAULT_INI)
    for line in text(s.get("INI", b"")).replace("{PWD}", test_dir).splitlines():
        line = line.strip()
        if line and not line.startswith(";") and "=" in line:
            ini.append(line)
    xfail = "XFAIL" in s
    if "SKIPIF" in s:
        skip = os.path.join(test_dir, base + ".skip.php")
        with open(skip, "wb") as f:
            f.write(s["SKIPIF"])
        try:
            out = text(run_php(weft, ini, skip, [], cwd, b"", timeout)).lstrip().lower()
        except subprocess.TimeoutExpired:
            out = ""
        finally:
            os.unlink(skip)
        if out.startswith("skip"):
            return "skip", "SKIPIF", b""
        if out.startswith("xfail"):
            xfail = True
    script = os.path.join(test_dir, base + ".php")
    with open(script, "wb") as f:
        f.write(s["FILE"])
    args = shlex.split(text(s.get("ARGS", b"")))
    try:
        out = run_php(weft, ini, script, args, cwd, s.get("STDIN", b""), timeout)
    except subprocess.TimeoutExpired:
        out = None
    finally:
        os.unlink(script)
    if "CLEAN" in s:
        clean = os.path.join(test_dir, base + ".clean.php")
        with open(clean, "wb") as f:
            f.write(s["CLEAN"])
        try:
            run_php(weft, ini, clean, [], cwd, b"", timeout)
        except subprocess.TimeoutExpired:
            pass
        os.unlink(clean)
    if out is None:
        return ("xfail" if xfail else "fail"), "timeout", b""
    output = text(out).strip().replace("\r\n", "\n")
    if "EXPECTF" in s or "EXPECTREGEX" in s:
        wanted = text(s["EXPECTF"] if "EXPECTF" in s else s["EXPECTREGEX"]).strip()
        wanted = wanted.replace("\r\n", "\n")
        if "EXPECTF" in s:
            wanted = expectf_regex(wanted)
        try:
            ok = re.match("^(?:" + wanted + ")$", output, re.S) is not None
        except re.error as e:
            return "skip", "EXPECT regex not understood by Python: %s" % e, b""
    else:
        ok = output == text(s["EXPECT"]).strip().replace("\r\n", "\n")
    if ok:
        return "pass", "", out
    return ("xfail" if xfail else "fail"), "output differs", out


def lock_source_trees(files):
    """Two runs writing their scripts next to the same tests would overwrite each other's
    scripts: a run holds an exclusive lock on each source tree it writes into (released when
    the process exits), and a second run waits for it."""
    locks = []
    for d in sorted({find_srcdir(f) for f in files}):
        fd = open(os.path.join(d, ".weft-phpt-runner.lock"), "w")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("another phpt_runner writes scripts under %s: waiting for it" % d,
                  file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        locks.append(fd)
    return locks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                   "build", "bin", "weft-php"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--list-failures", action="store_true")
    ap.add_argument("--list-skips", action="store_true")
    ap.add_argument("--strict", action="store_true", help="exit status 1 if a test failed")
    ap.add_argument("--out-dir", help="write each failing test's output to DIR/NAME.out")
    ap.add_argument("--scratch", help="write the scripts under DIR instead of next to the tests")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.endswith(".phpt")]
        else:
            files.append(p)
    files.sort()
    weft = os.path.abspath(a.weft)
    counts = {"pass": 0, "fail": 0, "xfail": 0, "skip": 0}
    if a.out_dir:
        os.makedirs(a.out_dir, exist_ok=True)
    locks = [] if a.scratch else lock_source_trees(files)  # noqa: F841 (held until exit)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        results = list(pool.map(lambda f: run_test(weft, f, a.timeout, a.scratch), files))
    for f, (status, reason, out) in zip(files, results):
        counts[status] += 1
        if status == "fail":
            if a.list_failures:
                print("FAIL %s (%s)" % (f, reason))
            if a.out_dir:
                name = os.path.relpath(f).replace(os.sep, "_").replace("..", "")
                with open(os.path.join(a.out_dir, name + ".out"), "wb") as o:
                    o.write(out)
        elif status == "xfail" and a.list_failures:
            print("XFAIL %s" % f)
        elif status == "skip" and a.list_skips:
            print("SKIP %s (%s)" % (f, reason))
    print("phpt: %d passed, %d failed, %d xfail, %d skipped of %d" %
          (counts["pass"], counts["fail"], counts["xfail"], counts["skip"], len(files)))
    ran = counts["pass"] + counts["fail"]
    if ran:
        print("pass rate of the tests run: %.1f%% (%d/%d); of all: %.1f%%" %
              (100.0 * counts["pass"] / ran, counts["pass"], ran, 100.0 * counts["pass"] / len(files)))
    return 1 if a.strict and counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
