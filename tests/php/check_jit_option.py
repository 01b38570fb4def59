#!/usr/bin/env python3
"""`weft-php --jit=...`: the JIT driver's specification is checked, not silently ignored.

  check_jit_option.py WEFT_PHP

Good specifications ("off", NAME=VALUE lists) run the script; a bad one (an unknown name, a
value that is not a number) ends with status 1 and a message naming the setting on stderr,
before anything runs, as php does for an invalid command-line setting.
"""
import subprocess
import sys

CODE = 'echo "ran\\n";'


def run(weft, option):
    p = subprocess.run([weft, option, "-r", CODE], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=30)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def main():
    weft = sys.argv[1]
    failures = 0
    for option in ("--jit=off", "--jit=threshold=5,trace_eagerness=3", "--jit=enable_opts=all"):
        code, out, err = run(weft, option)
        if (code, out, err) != (0, "ran\n", ""):
            print("FAIL %s: status %d, stdout %r, stderr %r" % (option, code, out, err))
            failures += 1
    for option, word in (("--jit=bogus", "bogus"), ("--jit=threshold=x", "threshold"),
                         ("--jit=speed=3", "speed"), ("--jit=enable_opts=nope", "nope")):
        code, out, err = run(weft, option)
        setting = option[len("--jit="):]
        if code != 1 or out != "" or ('Invalid "--jit" setting "%s"' % setting) not in err \
                or word not in err:
            print("FAIL %s: status %d, stdout %r, stderr %r" % (option, code, out, err))
            failures += 1
    print("jit option: %d failures" % failures)
    sys.exit(min(failures, 100))


if __name__ == "__main__":
    main()
