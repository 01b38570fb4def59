#!/usr/bin/env python3
"""Tests of the tutorial's interpreters (examples/tutorial): both steps print what the reference
interpreter printed (expected/, from make_expected.sh), step 2 with the JIT off, on, and on with
tiny thresholds; the JIT log shows what the hints did; bad programs get clear errors.

    run_tests.py BIN_DIR
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, '..', '..', 'examples', 'tutorial', 'programs')
failures = []


def check(what, ok, detail=''):
    if not ok:
        failures.append(what)
        print('FAIL', what, detail[:2000])


def run(args, env=None):
    return subprocess.run(args, capture_output=True, timeout=600, env=env)


def main():
    step1 = os.path.join(sys.argv[1], 'tally-step1')
    step2 = os.path.join(sys.argv[1], 'tally-step2')
    commands = [[step1], [step2, '--jit=off'], [step2],
                [step2, '--jit=threshold=3,trace_eagerness=2']]
    for name in sorted(n[:-4] for n in os.listdir(os.path.join(HERE, 'expected'))):
        path = os.path.join(PROGRAMS, name + '.tally')
        with open(os.path.join(HERE, 'expected', name + '.out'), 'rb') as f:
            expected = f.read()
        failing = name == 'divzero'
        for command in commands:
            r = run(command + [path])
            what = '%s %s' % (name, ' '.join(os.path.basename(c) for c in command))
            check(what + ' output', r.stdout == expected, 'got %r' % r.stdout[:300])
            check(what + ' exit status', r.returncode == (1 if failing else 0), r.stderr.decode())
            if failing:
                check(what + ' error', r.stderr.decode() == path + ':6: division by zero\n',
                      r.stderr.decode())

    with tempfile.TemporaryDirectory() as tmp:
        # The JIT log of primes.tally: the inner loop compiled, the program's arrays (declared
        # immutable) folded away, and the trial divisor not made a constant by the switch in
        # floor_mod (tally_ops.h): a handful of bridges, not one per divisor.
        log = os.path.join(tmp, 'jit.log')
        r = run([step2, '--jit-stats', os.path.join(PROGRAMS, 'primes.tally')],
                dict(os.environ, WEFT_JIT_LOG=log))
        check('logged run', r.returncode == 0, r.stderr.decode())
        with open(log) as f:
            text = f.read()
        check('log: a loop compiled', '# compiled loop' in text, text[:500])
        check('log: positions name source lines',
              re.search(r'# tracing loop\d+ at instruction \d+ at line \d+', text), text[:500])
        optimized = [b.split('\n# ')[0] for b in text.split('# optimized')[1:]]
        check('log: optimized traces', len(optimized) > 0)
        for trace in optimized:
            check('log: no load from the program in an optimized trace',
                  not re.search(r'descr=raw\.\d+\.imm', trace), trace[:800])
        bridges = int(re.search(r'jit bridges: (\d+)', r.stderr.decode()).group(1))
        check('primes: a few bridges (%d)' % bridges, bridges < 10, r.stderr.decode())

        # Bad programs: the file, line and column, and a message.
        for source, message in [('set x 1\nfrob x\n', ':2:1: unknown instruction \'frob\''),
                                ('  jump nowhere\n', ':1:8: unknown label \'nowhere\''),
                                ('add x 1\n', ':1:1: add takes 3 operands'),
                                ('set 3 x\n', ':1:5: a variable expected'),
                                ('print 1x\n', ':1:7: bad operand \'1x\''),
                                ('a:\na:\n', ':2:1: label \'a\' defined twice')]:
            path = os.path.join(tmp, 'bad.tally')
            with open(path, 'w') as f:
                f.write(source)
            for command in commands[:3]:
                r = run(command + [path])
                check('bad program %r: %s' % (source, command[-1]),
                      r.returncode == 1 and r.stderr.decode() == path + message + '\n',
                      r.stderr.decode())
        r = run([step1, os.path.join(tmp, 'missing.tally')])
        check('missing file', r.returncode == 1 and 'cannot open' in r.stderr.decode())

    print('tutorial: %d failures' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
