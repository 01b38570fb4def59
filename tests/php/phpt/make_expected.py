#!/usr/bin/env python3
"""Fills the expected output of weft-php's own .phpt tests from php 8.2 itself.

  make_expected.py [--php php8.2] [PATH...]     (default: every .phpt under this folder)

Each test's --FILE-- is run by `php -n` with run-tests.php's settings (the same -d options
phpt_runner.py passes to weft-php); the output replaces the test's --EXPECT--/--EXPECTF--/
--EXPECTREGEX-- section. Where the output names the script's path, that becomes %s in an
--EXPECTF-- section (or .+ in --EXPECTREGEX-- when the output has other % signs), since the
runner may put the script elsewhere. Tests whose output php 8.2 does not print the same on
two runs are reported and left alone.

Authoring a test: write --TEST-- and --FILE-- (and --XFAIL-- with the reason when weft-php
does not get it right yet), then run this script and review the diff.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import phpt_runner  # noqa: E402

EXPECT_SECTIONS = ("EXPECT", "EXPECTF", "EXPECTREGEX")


def sections_in_order(path):
    order, current = [], None
    with open(path, "rb") as f:
        for line in f.read().split(b"\n"):
            m = re.match(rb"^--([_A-Z]+)--", line)
            if m:
                current = m.group(1).decode()
                order.append([current, []])
            elif current is not None:
                order[-1][1].append(line)
    return order


def run_php(php, path, tmp):
    s = phpt_runner.parse(path)
    script = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".php")
    with open(script, "wb") as f:
        f.write(s["FILE"])
    ini = list(phpt_runner.DEFAULT_INI)
    for line in phpt_runner.text(s.get("INI", b"")).splitlines():
        if "=" in line:
            ini.append(line.strip())
    out = phpt_runner.run_php(php, ini, script, [], tmp, s.get("STDIN", b""), 60)
    return phpt_runner.text(out).strip().replace("\r\n", "\n"), script


# Figures php's memory manager decides (its chunk and bin sizes), which weft-php's collector
# cannot reproduce: the test expects a number there, not php's number.
ALLOCATOR_FIGURES = re.compile(
    r"(?<=tried to allocate )\d+(?= bytes)|(?<=Current memory usage is )\d+(?= bytes)"
    r"|(?<=Out of memory \(allocated )\d+(?= bytes)")


def expectation(out, script):
    """The section name and body that accept `out` wherever the script runs."""
    # pieces: literal text, with None where a placeholder goes (%s for the path, %d for figures)
    pieces, holes = [], []
    for i, part in enumerate(out.split(script)):
        if i:
            pieces.append(None)
            holes.append(("%s", ".+"))
        last = 0
        for m in ALLOCATOR_FIGURES.finditer(part):
            pieces.append(part[last:m.start()])
            pieces.append(None)
            holes.append(("%d", r"\d+"))
            last = m.end()
        pieces.append(part[last:])
    if not holes:
        return "EXPECT", out
    literal = [p for p in pieces if p is not None]
    if any("%" in p for p in literal):
        it = iter(holes)
        return "EXPECTREGEX", "".join(next(it)[1] if p is None else re.escape(p) for p in pieces)
    it = iter(holes)
    return "EXPECTF", "".join(next(it)[0] if p is None else p for p in pieces)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--php", default="php8.2")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    files = []
    for p in a.paths or [HERE]:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.endswith(".phpt")]
        else:
            files.append(p)
    files.sort()
    changed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            out, script = run_php(a.php, path, tmp)
            again, _ = run_php(a.php, path, tmp)
            if out != again:
                print("not deterministic under php, left alone: %s" % path)
                continue
            name, body = expectation(out, script)
            order = [sec for sec in sections_in_order(path) if sec[0] not in EXPECT_SECTIONS]
            parts = []
            for sec, lines in order:
                parts.append("--%s--\n" % sec)
                text = b"\n".join(lines).decode("utf-8", "surrogateescape")
                parts.append(text.rstrip("\n") + "\n")
            parts.append("--%s--\n%s\n" % (name, body))
            new = "".join(parts)
            with open(path, "rb") as f:
                old = f.read().decode("utf-8", "surrogateescape")
            if new != old:
                with open(path, "wb") as f:
                    f.write(new.encode("utf-8", "surrogateescape"))
                changed += 1
    print("%d of %d tests updated" % (changed, len(files)))


if __name__ == "__main__":
    main()
