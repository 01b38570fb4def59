#!/usr/bin/env python3
"""`weft-php --dump-bytecode`: the script's functions as compiled, on stderr, and nothing else.

  check_dump_bytecode.py WEFT_PHP

Checks that each function and method of a small script is listed under its name, that the
instructions the compiler is expected to choose appear (a for loop's fused IncJmp, jump targets
as @N, constants by value), that the prelude's code is not dumped (also not the date classes
compiled on first use), and that the program's output is unchanged.
"""
import os
import subprocess
import sys
import tempfile

SCRIPT = r"""<?php
class Greeter { function hi($who) { return "hello " . $who; } }
function count_to($n) { $s = 0; for ($i = 0; $i < $n; $i++) $s += $i * 2.5; return $s; }
echo (new Greeter)->hi("x"), " ", count_to(4), "\n";
$d = new DateTime('@0');
echo $d->format('Y'), "\n";
"""


def main():
    weft = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "dump.php")
        with open(path, "w") as f:
            f.write(SCRIPT)
        plain = subprocess.run([weft, path], capture_output=True, text=True, timeout=60)
        dumped = subprocess.run([weft, "--dump-bytecode", path], capture_output=True, text=True,
                                timeout=60)
    failures = []
    if dumped.stdout != plain.stdout or dumped.stdout != "hello x 15\n1970\n":
        failures.append("output changed: %r / %r" % (plain.stdout, dumped.stdout))
    if plain.stderr:
        failures.append("a dump without the option: %r" % plain.stderr[:200])
    headers = [l for l in dumped.stderr.splitlines() if l.startswith("== ")]
    names = [h.split(" ")[1] for h in headers]
    if names != ["Greeter::hi", "count_to", "{main}"]:
        failures.append("functions dumped: %r" % names)
    for needle in (" IncJmp ", " @", '"hello "', " #2.5", " #0 "):
        if needle not in dumped.stderr:
            failures.append("%r not in the dump" % needle)
    for f in failures:
        print("FAIL:", f)
    if not failures:
        print("ok: %d functions dumped" % len(names))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
