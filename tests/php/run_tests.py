#!/usr/bin/env python3
"""Differential tests of the weft-php front end against outputs php produced (committed).

  run_tests.py lexer  BIN_DIR   # weft-php-lex X.php        == lexer/X.tokens
  run_tests.py parser BIN_DIR   # weft-php-parse -l X.php   == parser/X.expected (php -l)
  run_tests.py programs BIN_DIR # weft-php X.php arg1 arg2  == programs/X.expected (php -n),
                                # exit status == programs/X.exit (0 when absent)

The parser run also dumps the AST of every accepted file, which must succeed. Prints each
failing file with a diff; the exit status is the number of failures (capped at 100).
"""
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20)
    return p.returncode, p.stdout.decode("utf-8", "replace")


def run_programs(bin_dir, only):
    folder = os.path.join(HERE, "programs")
    files = sorted(f for f in os.listdir(folder) if f.endswith(".php"))
    if only:
        files = [f for f in files if f in only or f[:-4] in only]
    failures = 0
    for f in files:
        base = f[:-4]
        try:
            p = subprocess.run([os.path.join(bin_dir, "weft-php"), f, "arg1", "arg2"], cwd=folder,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=120)
            out = p.stdout.decode("utf-8", "replace").replace(folder, "%DIR%")
            code = p.returncode
        except subprocess.TimeoutExpired:
            out, code = "(timeout)\n", -1
        with open(os.path.join(folder, base + ".expected"), encoding="utf-8", errors="replace") as e:
            expected = e.read()
        exit_path = os.path.join(folder, base + ".exit")
        expected_code = int(open(exit_path).read()) if os.path.exists(exit_path) else 0
        if out != expected or code != expected_code:
            failures += 1
            print("FAIL programs/%s (exit %d, expected %d)" % (f, code, expected_code))
            diff = difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                        "expected (php)", "weft")
            sys.stdout.writelines(list(diff)[:40])
    print("programs: %d of %d agree with php" % (len(files) - failures, len(files)))
    sys.exit(min(failures, 100))


def main():
    mode, bin_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    if mode == "programs":
        run_programs(bin_dir, sys.argv[3:])
    folder = os.path.join(HERE, mode)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".php") and f != "dump_tokens.php")
    failures = 0
    for f in files:
        base = f[:-4]
        if mode == "lexer":
            expected_path = os.path.join(folder, base + ".tokens")
            code, out = run([os.path.join(bin_dir, "weft-php-lex"), f], folder)
        else:
            expected_path = os.path.join(folder, base + ".expected")
            code, out = run([os.path.join(bin_dir, "weft-php-parse"), "-l", f], folder)
            if code == 0:
                dump_code, _ = run([os.path.join(bin_dir, "weft-php-parse"), f], folder)
                if dump_code != 0:
                    out += "(AST dump failed with status %d)\n" % dump_code
        with open(expected_path, encoding="utf-8", errors="replace") as e:
            expected = e.read()
        if out != expected:
            failures += 1
            print("FAIL %s/%s" % (mode, f))
            diff = difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                        "expected (php)", "weft")
            sys.stdout.writelines(list(diff)[:30])
    print("%s: %d of %d files agree with php" % (mode, len(files) - failures, len(files)))
    sys.exit(min(failures, 100))


if __name__ == "__main__":
    main()
