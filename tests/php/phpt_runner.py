#!/usr/bin/env python3
"""Runs php-src's own .phpt tests against weft-php (a php-src checkout or the Debian source
package lives outside this repository; nothing of it is committed).

  phpt_runner.py [--weft BIN] [--timeout S] [--list-failures] PATH...

PATH: .phpt files or folders (searched recursively), e.g. php-src/Zend/tests php-src/tests/lang.
Supported sections: --TEST--, --FILE--, --EXPECT--, --EXPECTF--, --EXPECTREGEX--, --SKIPIF--
(run with weft-php; "skip..." output skips), --ARGS--, --STDIN--. Tests needing --INI--,
--EXTENSIONS--, --POST--/--GET-- (CGI), --FILEEOF--/--FILE_EXTERNAL-- or --CAPTURE_STDIO-- are
counted as skipped. Output is compared like run-tests.php does (trailing whitespace trimmed,
EXPECTF placeholders %s %S %a %A %w %i %d %x %f %c %e %r...%r).
Prints a summary line "phpt: P passed, F failed, S skipped of N".
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

UNSUPPORTED = ("INI", "EXTENSIONS", "POST", "POST_RAW", "GET", "COOKIE", "FILEEOF", "FILE_EXTERNAL",
               "CAPTURE_STDIO", "CGI", "PHPDBG", "GZIP_POST", "DEFLATE_POST", "PUT", "ENV",
               "REDIRECTTEST", "CONFLICTS", "XFAIL")


def parse(path):
    sections, name = {}, None
    with open(path, "rb") as f:
        for raw in f:
            line = raw.decode("utf-8", "surrogateescape")
            m = re.match(r"^--([A-Z_]+)--\s*$", line)
            if m:
                name = m.group(1)
                sections[name] = ""
            elif name is not None:
                sections[name] += line
    return sections


def expectf_regex(text):
    out, i = [], 0
    parts = re.split(r"(%r.*?%r)", text, flags=re.S)
    for part in parts:
        if part.startswith("%r") and part.endswith("%r") and len(part) >= 4:
            out.append(part[2:-2])
            continue
        i = 0
        while i < len(part):
            c = part[i]
            if c == "%" and i + 1 < len(part):
                code = part[i + 1]
                rep = {"s": r"[^\r\n]+", "S": r"[^\r\n]*", "a": r".+", "A": r".*", "w": r"\s*",
                       "i": r"[+-]?\d+", "d": r"\d+", "x": r"[0-9a-fA-F]+",
                       "f": r"[+-]?\.?\d+\.?\d*(?:[Ee][+-]?\d+)?", "c": r".", "e": re.escape(os.sep),
                       "0": r"\x00"}.get(code)
                if rep is not None:
                    out.append(rep)
                    i += 2
                    continue
            out.append(re.escape(c))
            i += 1
    return "^" + "".join(out) + "$"


def run_test(weft, path, timeout):
    s = parse(path)
    if "FILE" not in s or not any(k in s for k in ("EXPECT", "EXPECTF", "EXPECTREGEX")):
        return "skip", "no FILE/EXPECT"
    for k in UNSUPPORTED:
        if k in s:
            return "skip", k
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.splitext(os.path.basename(path))[0]
        script = os.path.join(tmp, base + ".php")
        args = s.get("ARGS", "").split()
        if "SKIPIF" in s:
            skip = os.path.join(tmp, base + ".skip.php")
            with open(skip, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(s["SKIPIF"])
            try:
                p = subprocess.run([weft, skip], cwd=tmp, capture_output=True, timeout=timeout)
                if p.stdout.decode("utf-8", "replace").strip().lower().startswith("skip"):
                    return "skip", "SKIPIF"
            except subprocess.TimeoutExpired:
                return "skip", "SKIPIF timeout"
        with open(script, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(s["FILE"])
        try:
            p = subprocess.run([weft, script] + args, cwd=tmp, input=s.get("STDIN", "").encode(),
                               capture_output=True, timeout=timeout)
            out = p.stdout.decode("utf-8", "surrogateescape")
        except subprocess.TimeoutExpired:
            return "fail", "timeout"
        out = out.replace(script, "%s" if False else script).replace("\r\n", "\n").rstrip()
    if "EXPECT" in s:
        ok = out == s["EXPECT"].replace("\r\n", "\n").rstrip()
    elif "EXPECTF" in s:
        # run-tests.php substitutes the script path into %s positions; we match generically
        ok = re.match(expectf_regex(s["EXPECTF"].replace("\r\n", "\n").rstrip()), out, re.S) is not None
    else:
        ok = re.match("^" + s["EXPECTREGEX"].rstrip() + "$", out, re.S) is not None
    return ("pass", "") if ok else ("fail", out[:400])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", default=os.path.join(os.path.dirname(__file__), "..", "..", "build", "bin", "weft-php"))
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--list-failures", action="store_true")
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
    counts = {"pass": 0, "fail": 0, "skip": 0}
    weft = os.path.abspath(a.weft)
    for f in files:
        status, detail = run_test(weft, f, a.timeout)
        counts[status] += 1
        if status == "fail" and a.list_failures:
            print("FAIL %s" % f)
    print("phpt: %d passed, %d failed, %d skipped of %d" % (counts["pass"], counts["fail"], counts["skip"], len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
