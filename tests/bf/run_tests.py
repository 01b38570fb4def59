#!/usr/bin/env python3
"""Tests of bin/weft-bf: every bundled program prints what the reference interpreter printed
(expected/, from make_expected.sh) with the JIT off, on, and on with tiny thresholds (so that
even short programs are traced, get bridges and leave compiled code through the blackhole);
the JIT log shows what the JIT did; bad programs get clear errors.

    run_tests.py BIN_DIR
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, '..', '..', 'interpreters', 'bf', 'programs')
MODES = [['--jit=off'], [], ['--jit=threshold=2,trace_eagerness=1'],
         ['--jit=threshold=5,trace_eagerness=3,trace_limit=200']]

failures = []


def check(what, ok, detail=''):
    if not ok:
        failures.append(what + (': ' + detail if detail else ''))
        print('FAIL', what, detail[:2000])


def run(binary, args, stdin=b'', env=None):
    return subprocess.run([binary] + args, input=stdin, capture_output=True, timeout=600,
                          env=env)


def main():
    binary = os.path.join(sys.argv[1], 'weft-bf')
    with open(os.path.join(HERE, 'input.txt'), 'rb') as f:
        data = f.read()
    names = sorted(n[:-4] for n in os.listdir(os.path.join(HERE, 'expected')))
    for name in names:
        with open(os.path.join(HERE, 'expected', name + '.out'), 'rb') as f:
            expected = f.read()
        for mode in MODES:
            r = run(binary, mode + [os.path.join(PROGRAMS, name + '.b')], data)
            check('%s %s exit code' % (name, mode), r.returncode == 0, r.stderr.decode())
            check('%s %s output' % (name, mode), r.stdout == expected,
                  'got %r' % r.stdout[:200])

    # The JIT log: loops compiled, the program's own code folded away (the dispatch on the
    # command and the bracket table are constants), bridges for the alternating exits.
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, 'jit.log')
        env = dict(os.environ, WEFT_JIT_LOG=log)
        r = run(binary, ['--jit=threshold=2,trace_eagerness=1',
                         os.path.join(PROGRAMS, 'primes-small.b')], data, env)
        check('logged run', r.returncode == 0, r.stderr.decode())
        with open(log) as f:
            text = f.read()
        check('log: a loop compiled', '# compiled loop' in text, text[:500])
        check('log: a bridge compiled', '# compiled bridge' in text, text[:500])
        check('log: user-level positions', "# tracing loop1 at command " in text, text[:500])
        optimized = [block for block in text.split('# optimized')[1:]]
        check('log: optimized traces present', len(optimized) > 0)
        for block in optimized:
            trace = block.split('\n# ')[0]
            check('log: no load of the program in an optimized trace',
                  'raw.1.imm' not in trace and 'raw.4.imm' not in trace, trace[:800])
        check('log: statistics at the end', 'jit loops: ' in text and 'jit bridges: ' in text)

    # A bridge that runs into an inner loop nobody has traced yet (its cell is 0 in the first
    # 40 rounds of the outer loop, then 50) stops there; the inner loop is traced on its own
    # first, and the bridge traced again later closes on it, instead of unrolling it.
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'inner.b')
        with open(path, 'w') as f:
            f.write('+' * 60 + '[>,[->+<]<-]>' + '+' * 65 + '.')
        data_in = b'\x00' * 40 + b'\x32' * 20
        log = os.path.join(tmp, 'jit.log')
        for mode in MODES:
            r = run(binary, mode + [path], data_in)
            check('inner loop program %s' % mode, r.returncode == 0 and r.stdout == b'A',
                  r.stderr.decode())
        r = run(binary, ['--jit=threshold=20,trace_eagerness=1', path], data_in,
                dict(os.environ, WEFT_JIT_LOG=log))
        with open(log) as f:
            text = f.read()
        check('inner loop: stopped there', '# stopped at the inner loop at command 64' in text,
              text[:2000])
        check('inner loop: traced on its own', "# tracing loop3 at command 64 '-'" in text,
              text[:2000])
        check('inner loop: nothing unrolled or aborted', 'aborted' not in text, text[:2000])
        check('inner loop: right output', r.stdout == b'A')

    # Where a bridge rejoins its parent's path (after the `if` below, taken from the 41st round
    # on) it stops: the rest of the path is traced once, on its own, and the bridge jumps there
    # instead of copying it (the rest is long enough to be worth a trace).
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'join.b')
        with open(path, 'w') as f:
            f.write('+' * 60 + '[>,[>+++<[-]]>' + '>+' * 6 + '<' * 8 + '-]>>.')
        data_in = b'\x00' * 40 + b'\x01' * 20
        log = os.path.join(tmp, 'jit.log')
        for mode in MODES:
            r = run(binary, mode + [path], data_in)
            check('join program %s' % mode, r.returncode == 0 and r.stdout == b'<',
                  r.stderr.decode())
        r = run(binary, ['--jit=threshold=20,trace_eagerness=1', path], data_in,
                dict(os.environ, WEFT_JIT_LOG=log))
        with open(log) as f:
            text = f.read()
        joined = re.search(r"# tracing (bridge\d+) from a guard of loop1 .*\n"
                           r"# stopped where compiled code passes, at command (\d+) .*\n"
                           r"# tracing (loop\d+) at command \2 ", text)
        check('join: the bridge stopped where the loop passes', joined is not None, text[:3000])
        if joined:
            bridge = text.split('# recorded %s' % joined.group(1))[1].split('\n# ')[0]
            check('join: the bridge jumps to the rest traced on its own',
                  bridge.rstrip().endswith('descr=%s)' % joined.group(3)), bridge)
        check('join: nothing aborted', 'aborted' not in text, text[:3000])
        check('join: right output', r.stdout == b'<')

    # The bytecode merges runs of commands: a loop moving 30 cells there and back records a
    # few operations per run, not a few per command (4 per '>' before, ~250 in all); `[-]` is
    # one instruction, not a loop the JIT traces.
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'runs.b')
        with open(path, 'w') as f:
            f.write('+' * 100 + '[-' + '>' * 30 + '+' * 3 + '>' + '+' * 200 + '[-]' +
                    '<' * 31 + ']' + '>' * 30 + '.')
        log = os.path.join(tmp, 'jit.log')
        r = run(binary, ['--jit=threshold=20', path], b'', dict(os.environ, WEFT_JIT_LOG=log))
        check('runs: output', r.returncode == 0 and r.stdout == bytes([44]), r.stderr.decode())
        with open(log) as f:
            text = f.read()
        recorded = re.search(r'# recorded loop1: (\d+) operations', text)
        check('runs: loop traced', recorded is not None, text[:2000])
        if recorded:
            check('runs: few operations recorded', int(recorded.group(1)) < 40, text[:3000])
        check('runs: [-] is not a loop', 'jit loops: 1\n' in text, text[-800:])

    # Statistics on request.
    r = run(binary, ['--jit-stats', os.path.join(PROGRAMS, 'loops-small.b')], data)
    check('--jit-stats', b'jit loops: ' in r.stderr, r.stderr.decode())

    # Repeatable: the same loops and bridges, in the same order, whatever the addresses (an
    # environment of another size moves the stack, where the program is, as address
    # randomization does). Warm-up counters shared by colliding hashes of the program's address
    # made each run trace other loops.
    stats = set()
    for pad in range(4):
        r = run(binary, ['--jit-stats', os.path.join(PROGRAMS, 'mandel-small.b')], data,
                dict(os.environ, WEFT_TEST_PADDING='x' * (1000 * pad + 8 * pad)))
        check('repeatable run', r.returncode == 0, r.stderr.decode())
        stats.add('\n'.join(line for line in r.stderr.decode().splitlines()
                            if ' time ' not in line))
    check('repeatable: the same statistics in every run', len(stats) == 1, '\n---\n'.join(stats))

    # Bad input: clear errors, nothing crashes.
    with tempfile.TemporaryDirectory() as tmp:
        def program(text):
            path = os.path.join(tmp, 'bad.b')
            with open(path, 'w') as f:
                f.write(text)
            return path
        for mode in MODES[:3]:
            r = run(binary, mode + [program('+++\n ++[>+<-]]')])
            check('unmatched ] %s' % mode, r.returncode == 1 and
                  r.stderr.decode().endswith("bad.b:2:10: unmatched ']'\n"), r.stderr.decode())
            r = run(binary, mode + [program('+\n[+[>+<-]')])
            check('unmatched [ %s' % mode, r.returncode == 1 and
                  r.stderr.decode().endswith("bad.b:2:1: unmatched '['\n"), r.stderr.decode())
            r = run(binary, mode + [program('+[<+]')])
            check('off the tape %s' % mode, r.returncode == 1 and
                  'moved off the tape' in r.stderr.decode(), r.stderr.decode())
            r = run(binary, mode + [program('+[>+]')])
            check('off the far end %s' % mode, r.returncode == 1 and
                  'moved off the tape' in r.stderr.decode(), r.stderr.decode())
            # One run of moves: off the tape only if it ends off it.
            r = run(binary, mode + [program('>' * 65536)])
            check('a run off the far end %s' % mode, r.returncode == 1 and
                  'moved off the tape' in r.stderr.decode(), r.stderr.decode())
            r = run(binary, mode + [program('>' * 65535 + '+.' + '<' * 65535 + '++.<')])
            check('a run to the last cell %s' % mode, r.returncode == 1 and
                  r.stdout == b'\x01\x02' and 'moved off the tape' in r.stderr.decode(),
                  r.stderr.decode())
        r = run(binary, ['--jit=treshold=3', program('+')])
        check('bad --jit', r.returncode == 2 and b"unknown jit parameter 'treshold'" in r.stderr,
              r.stderr.decode())

    print('%d failures' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
