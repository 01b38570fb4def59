#!/usr/bin/env python3
"""Tests of bin/weft-toy: every bundled program prints what its Python version printed
(expected/, from make_expected.py) with the JIT off, on, and on with tiny thresholds (so that
short programs are traced, get bridges and leave compiled code through the blackhole); the JIT
log shows what the JIT did; bad programs get clear errors.

    run_tests.py BIN_DIR
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, '..', '..', 'interpreters', 'toy', 'programs')
MODES = [['--jit=off'], [], ['--jit=threshold=3,trace_eagerness=2'],
         ['--jit=threshold=5,trace_eagerness=3,trace_limit=300'],
         ['--jit=threshold=3,trace_eagerness=1000000']]

failures = []


def check(what, ok, detail=''):
    if not ok:
        failures.append(what + (': ' + detail if detail else ''))
        print('FAIL', what, detail[:2000])


def run(binary, args, env=None):
    return subprocess.run([binary] + args, capture_output=True, timeout=600, env=env)


def logged(binary, name, tmp):
    """Runs a program with tiny thresholds and the JIT log on; returns the log's text."""
    log = os.path.join(tmp, name + '.log')
    env = dict(os.environ, WEFT_JIT_LOG=log)
    r = run(binary, [MODES[2][0], os.path.join(PROGRAMS, name + '.toy')], env)
    check('logged run of ' + name, r.returncode == 0, r.stderr.decode())
    with open(log) as f:
        return f.read()


def logged_with(binary, jit, path, tmp):
    """Runs the program at `path` with `jit` (a --jit=... option) and the JIT log on; returns
    the completed process and the log's text."""
    log = os.path.join(tmp, os.path.basename(path) + '.params.log')
    r = run(binary, [jit, path], dict(os.environ, WEFT_JIT_LOG=log))
    if not os.path.exists(log):  # refused before the JIT started
        return r, ''
    with open(log) as f:
        return r, f.read()


def optimized_traces(text):
    return [block.split('\n# ')[0] for block in text.split('# optimized')[1:]]


def recorded_traces(text):
    return [block.split('\n# ')[0] for block in text.split('# recorded')[1:]]


def optimized_loops(text):
    """The loop part of each peeled optimized trace: from its loop label (`label(...,
    descr=loopN.loop)`, after the first iteration) to its jump back."""
    loops = []
    for trace in optimized_traces(text):
        at = trace.find('.loop)')
        if at >= 0:
            loops.append(trace[trace.rfind('\n', 0, at) + 1:])
    return loops


# A recursive function made hot (compiled) before a deep call of it.
DEEP = ('fn d(k) { if k < 1 { return 0; } return 1 + d(k - 1); }\n'
        'var i = 0;\nwhile i < 3000 { d(i % 30); i = i + 1; }\n')

# A function whose frame holds 200 locals: 9,000 calls of it fill the value stack (2^20 slots)
# before the depth limit (10,000 calls) is reached.
WIDE = ('fn w(k) {\n' + ''.join('  var v%d = k;\n' % n for n in range(200)) +
        '  if k < 1 { return 0; }\n  return 1 + w(k - 1);\n}\n')

ALLOCATIONS = ('new_object', 'new_array', 'allocate', 'alloc_slow')


def main():
    binary = os.path.join(sys.argv[1], 'weft-toy')
    names = sorted(n[:-4] for n in os.listdir(os.path.join(HERE, 'expected')))
    for name in names:
        with open(os.path.join(HERE, 'expected', name + '.out'), 'rb') as f:
            expected = f.read()
        for mode in MODES:
            r = run(binary, mode + [os.path.join(PROGRAMS, name + '.toy')])
            check('%s %s exit code' % (name, mode), r.returncode == 0, r.stderr.decode())
            check('%s %s output' % (name, mode), r.stdout == expected,
                  'got %r' % r.stdout[:200])

    # The collector running every 50 allocations while traces are recorded, compiled, left
    # and resumed: boxes held only in registers of compiled code or of the blackhole survive.
    stress = dict(os.environ, WEFT_GC_STRESS='50')
    for name in names:
        if name.startswith('fib'):
            continue  # too slow under stress; calls are native anyway
        with open(os.path.join(HERE, 'expected', name + '.out'), 'rb') as f:
            expected = f.read()
        r = run(binary, MODES[2] + [os.path.join(PROGRAMS, name + '.toy')], stress)
        check('%s under GC stress' % name, r.returncode == 0 and r.stdout == expected,
              r.stderr.decode() + repr(r.stdout[:200]))

    with tempfile.TemporaryDirectory() as tmp:
        # A loop compiles, with the user-level position in the log.
        text = logged(binary, 'sum-small', tmp)
        check('log: a loop compiled', '# compiled loop' in text, text[:500])
        check('log: user-level position', '# tracing loop1 at function <main> pc ' in text,
              text[:500])
        check('log: statistics', 'jit loops: ' in text and 'jit bridges: ' in text)
        # Boxes are allocations the optimizer sees (the codegen's `new` of the box types), not
        # calls into the collector.
        check('log: integer boxes are new_object',
              any('new_object(descr=new.toy.IntBox)' in t for t in recorded_traces(text)))
        check('log: no allocation calls', 'allocate' not in text and 'alloc_slow' not in text)
        # Allocation removal: the boxes of the hot loop (temporaries pushed on the frame and
        # the loop's variables, stored in the frame every iteration) are all gone from the
        # optimized loop; the values stay unboxed in registers across iterations.
        loops = optimized_loops(text)
        check('log: sum-small has a peeled loop', len(loops) == 1, text[-3000:])
        for loop in loops:
            check('log: no allocation left in the loop of sum-small',
                  not any(a in loop for a in ALLOCATIONS), loop)
            check('log: the loop of sum-small keeps its integers unboxed',
                  'label(i' in loop and 'jump(i' in loop, loop[:300])
            # The frame's slots (variables and popped operands, nulled) stay in registers:
            # their stores are pending in the guards' snapshots and cross the jump.
            check('log: the loop of sum-small neither reads nor writes its frame',
                  'getfield_raw' not in loop and 'setfield_raw' not in loop, loop)
        # strings-small: `s = s + "ab"` is a toy_append call (the text) and a string object the
        # interpreter allocates (a `new` in the trace). toy_append touches no raw memory
        # (WEFT_NO_RAW_ACCESS, `no_raw` in the jitcode): the loop counter's box stays virtual
        # across the call and the frame is not read again after it; the string stays virtual
        # from one iteration to the next (its length and buffer are label arguments), so the
        # loop allocates nothing.
        text = logged(binary, 'strings-small', tmp)
        loops = optimized_loops(text)
        check('log: strings-small has a peeled loop', len(loops) == 1, text[-3000:])
        for loop in loops:
            check('log: the loop of strings-small calls toy_append', 'toy_append' in loop, loop)
            check('log: no allocation left in the loop of strings-small',
                  not any(a in loop for a in ALLOCATIONS), loop)
            check('log: strings-small does not read the frame after toy_append',
                  'getfield_raw' not in loop[loop.find('toy_append'):], loop)
            check('log: the string of strings-small is carried unboxed by the loop',
                  'new.toy.Str(' in loop and 'toy_concat' not in loop, loop)
        text = logged(binary, 'floats-small', tmp)
        check('log: float boxes are new_object',
              any('new_object(descr=new.toy.FloatBox)' in t for t in recorded_traces(text)))
        loops = optimized_loops(text)
        check('log: floats-small has two peeled loops', len(loops) == 2, text[-3000:])
        for loop in loops:
            check('log: no allocation left in a loop of floats-small',
                  not any(a in loop for a in ALLOCATIONS), loop)

        # Field lookups: the map is promoted (a guard_value on it) and the elidable lookup of a
        # constant name in a constant map is folded away: no call of it is left in any trace.
        text = logged(binary, 'points-small', tmp)
        check('log: points loop compiled', '# compiled loop' in text, text[:500])
        check('log: map lookups folded', 'toy_map_lookup' not in text,
              [line for line in text.split('\n') if 'toy_map_lookup' in line][:1].__repr__())
        check('log: map promoted', any('guard_value(' in t for t in optimized_traces(text)))

        # The alternating branch gets a bridge.
        text = logged(binary, 'bridge', tmp)
        check('log: bridge compiled', '# compiled bridge' in text, text[:500])

        # A guard fails inside binary() (inlined into the trace): until it is hot, the
        # blackhole resumes both frames; then it gets a bridge that starts inside the inlined
        # call. The output (checked above in every mode) is right either way.
        text = logged(binary, 'mixed', tmp)
        check('log: bridge from a guard inside an inlined call',
              ' inside 1 inlined call(s) (' in text and '# compiled bridge' in text, text[:800])
        r = run(binary, ['--jit=threshold=3,trace_eagerness=1000000,trace_limit=300',
                         os.path.join(PROGRAMS, 'mixed.toy')])
        with open(os.path.join(HERE, 'expected', 'mixed.out'), 'rb') as f:
            check('mixed: inlined-frame guard resumed by the blackhole only',
                  r.returncode == 0 and r.stdout == f.read(), r.stderr.decode())

        # The function table is quasi-immutable: the call's target is a constant of the trace
        # guarded by guard_not_invalidated; redefining the function invalidates the loop, which
        # is dropped and traced again (and the output, checked above, follows the new code).
        text = logged(binary, 'redefine', tmp)
        check('log: guard_not_invalidated', any('guard_not_invalidated' in t
                                                for t in optimized_traces(text)), text[:500])
        check('log: invalidated', '# invalidated 1 trace(s)' in text, text[-1500:])
        after = text.split('# dropped invalidated loop1')
        check('log: retraced after invalidation',
              len(after) == 2 and '# compiled loop' in after[1], text[-1500:])
        check('log: invalidation counted', 'jit invalidated: 1' in text, text[-800:])

        # fib is called ~100k times (WEFT_PORTAL_ENTRY counts calls): its start is traced up
        # to where the portal returns and compiled as a function trace, which later calls
        # enter (the output, checked above, stays right).
        text = logged(binary, 'fib-small', tmp)
        check('log: function trace compiled',
              "# tracing function" in text and '# compiled function' in text, text[:800])
        function_traces = [t for t in text.split('# optimized')[1:]
                           if 'descr=function' in t.split('\n# ')[0]]
        check('log: a function trace ends where the portal returns',
              any('finish(' in t.split('\n# ')[0] for t in function_traces), text[:1500])
        # fib's recursive calls in its traces call its compiled code (call_assembler: the
        # runtime's helper enters the function trace), not the portal function.
        traces = optimized_traces(text)
        check('log: recursive calls are call_assembler',
              any('= call_assembler(' in t for t in traces), text[:3000])
        check('log: no call of the portal function left',
              not any('descr=portal.toy_run' in t for t in traces), text[:3000])
        # fib's constants (the boxes of 1 and 2) are constants of the traces: their kind and
        # value (immutable fields) are read by the optimizer, not by compiled code.
        check('log: immutable fields of constant boxes folded',
              not any(re.search(r'getfield_gc\(ref\(0x[0-9a-f]+\), descr=[\w.]+\.imm\)', t)
                      for t in traces), text[:3000])
        # The frame is a private frame (the driver's declaration): every trace marks it, and
        # after a call_assembler a trace does not read its own frame again.
        def frame_read_after_call(trace):
            frame = re.search(r'private_frame\((i\d+)\)', trace)
            rest = trace[trace.index('= call_assembler('):]
            return frame is None or re.search(r'getfield_raw\(%s,' % frame.group(1), rest)
        with_calls = [t for t in traces if '= call_assembler(' in t]
        check('log: the caller\'s frame is not read again after a call',
              with_calls and not any(frame_read_after_call(t) for t in with_calls),
              '\n'.join(with_calls)[:3000])
        check('log: traces mark their frame', all('private_frame(' in t for t in traces),
              text[:3000])
        direct = re.search(r'jit direct calls: (\d+)', text)
        check('log: calls from compiled code into compiled code',
              direct is not None and int(direct.group(1)) > 1000, text[-800:])
        # fib's bridge starts where its parent's `k < 2` guard failed: the parent had
        # checked that k's box is non-null and an integer, which the bridge assumes instead of
        # checking again (assume_* in the recording; in the optimized bridge no guard and no
        # kind load before its first call).
        bridges = text.split("# tracing bridge")[1:]
        check('log: fib has a bridge', len(bridges) >= 1, text[-800:])
        for bridge in bridges:
            recorded = bridge.split('# optimized')[0]
            optimized = bridge.split('# optimized')[1].split('# compiled')[0]
            check('log: the bridge assumes its parent\'s facts',
                  'assume_true(' in recorded, recorded[:1500])
            before_call = optimized.split('= call_assembler(')[0]
            check('log: the bridge does not check its argument again',
                  not re.search(r'getfield_gc\([^)]*descr=toy\.Value\.kind', before_call)
                  and 'ptr_ne' not in before_call,
                  before_call)
            check('log: no assumption is left in the optimized bridge',
                  'assume_' not in optimized, optimized[:1500])

        # Guards that never get a bridge: every failure resumes from its snapshot, stores into
        # the frame kept pending by the trace included (the runtime's planned resume writes
        # them; a snapshot with virtual objects goes the general way). frame.toy's kind guard
        # fails 3,000 times with such stores and no virtual object.
        r, text = logged_with(binary, '--jit=threshold=3,trace_eagerness=1000000',
                              os.path.join(PROGRAMS, 'frame.toy'), tmp)
        with open(os.path.join(HERE, 'expected', 'frame.out'), 'rb') as f:
            check('frame without bridges: output', r.stdout == f.read(), repr(r.stdout[:200]))
        failed = re.search(r'jit guard failures: (\d+)', text)
        check('frame without bridges: no bridge, guards fail',
              'jit bridges: 0' in text and failed is not None and int(failed.group(1)) >= 3000,
              text[-800:])
        guards = [line for t in optimized_traces(text) for line in t.split('\n')
                  if line.startswith('guard_')]
        check('frame without bridges: guards carry pending frame stores without virtuals',
              any(' ! ' in g and ' / ' not in g for g in guards), '\n'.join(guards)[:3000])

        # recursion.toy redefines its recursive function, once while calls of it run: the
        # traces that call it are invalidated, the output (checked above) stays right.
        text = logged(binary, 'recursion', tmp)
        check('log: recursion: call_assembler',
              any('= call_assembler(' in t for t in optimized_traces(text)), text[:3000])
        invalidated = re.search(r'jit invalidated: (\d+)', text)
        check('log: recursion: traces invalidated',
              invalidated is not None and int(invalidated.group(1)) >= 1, text[-800:])

    # The parameters of set_param change what the JIT does (each compared with a run that
    # differs in that parameter only).
    with tempfile.TemporaryDirectory() as tmp:
        def expected_of(name):
            with open(os.path.join(HERE, 'expected', name + '.out'), 'rb') as f:
                return f.read()
        sum_small = os.path.join(PROGRAMS, 'sum-small.toy')
        # trace_limit: every recording of sum-small's loop is too long, so it aborts, is
        # retried with half the inlining depth, and after the third abort blacklisted; the
        # program runs on in the interpreter.
        r, text = logged_with(binary, '--jit=threshold=3,trace_limit=10', sum_small, tmp)
        check('trace_limit: output', r.returncode == 0 and r.stdout == expected_of('sum-small'),
              r.stderr.decode())
        aborts = re.findall(r'# aborted at ([^:\n]+): trace too long[^\n]*', text)
        check('trace_limit: three aborts, retried with less inlining, then blacklisted',
              len(aborts) == 3 and 'the next attempt inlines calls at most 10 deep' in text
              and 'the next attempt inlines calls at most 5 deep' in text
              and '# blacklisted ' + aborts[0] in text and '# compiled loop' not in text,
              text[:2000])
        check('trace_limit: counted', 'jit aborts: 3' in text and 'jit blacklisted: 1' in text,
              text[-800:])
        # trace_eagerness: the alternating branch of bridge.toy gets a bridge after a few
        # failures, never when the eagerness is out of reach.
        bridge = os.path.join(PROGRAMS, 'bridge.toy')
        r, eager = logged_with(binary, '--jit=threshold=3,trace_eagerness=2', bridge, tmp)
        r2, lazy = logged_with(binary, '--jit=threshold=3,trace_eagerness=1000000', bridge, tmp)
        check('trace_eagerness: bridge only when eager',
              '# compiled bridge' in eager and '# compiled bridge' not in lazy
              and r2.stdout == expected_of('bridge'), lazy[-1500:])
        # function_threshold: a function called 2000 times is traced from its start only if
        # that is more than the threshold.
        path = os.path.join(tmp, 'calls.toy')
        with open(path, 'w') as f:
            f.write('fn f(k) { return k * 2 + 1; }\nvar i = 0;\nvar s = 0;\n'
                    'while i < 2000 { s = s + f(i); i = i + 1; }\nprint s;\n')
        r, hot = logged_with(binary, '--jit=threshold=60000,function_threshold=50', path, tmp)
        r2, cold = logged_with(binary, '--jit=threshold=60000,function_threshold=5000', path,
                               tmp)
        check('function_threshold: function traced only below the threshold',
              '# tracing function' in hot and '# tracing function' not in cold
              and r.stdout == r2.stdout == b'4000000\n', hot[:800] + cold[:800])
        # enable_opts: without the "virtuals" part the boxes of sum-small's loop stay.
        r, text = logged_with(binary, '--jit=threshold=3,enable_opts=bogus', sum_small, tmp)
        parts = re.search(r'\(([a-z_, ]+), or all\)', r.stderr.decode())
        check('enable_opts: a bad part is refused with the list', r.returncode != 0 and parts,
              r.stderr.decode())
        if parts:
            kept = [p for p in parts.group(1).split(', ') if p != 'virtuals']
            r, text = logged_with(binary, '--jit=threshold=3,enable_opts=' + ':'.join(kept),
                                  sum_small, tmp)
            loops = optimized_loops(text)
            check('enable_opts: without virtuals the loop allocates',
                  r.stdout == expected_of('sum-small') and len(loops) == 1
                  and any(a in loops[0] for a in ALLOCATIONS), text[-3000:])

    # Statistics on request.
    r = run(binary, ['--jit-stats', os.path.join(PROGRAMS, 'sum-small.toy')])
    check('--jit-stats', b'jit loops: ' in r.stderr, r.stderr.decode())

    # Bad programs: clear errors, nothing crashes.
    with tempfile.TemporaryDirectory() as tmp:
        def program(text):
            path = os.path.join(tmp, 'bad.toy')
            with open(path, 'w') as f:
                f.write(text)
            return path
        cases = [
            ('var x = 1;\nprint y;\n', 'bad.toy:2: undefined variable \'y\''),
            ('var x = 1;\n\nwhile x { print x; \n', 'bad.toy:4: expected \'}\''),
            ('print "abc;\n', 'bad.toy:1: unterminated string'),
            ('var o = {a: 1};\nprint o.b;\n', 'toy: error: no such field'),
            ('print 1 / 0;\n', 'toy: error: integer division by zero'),
            ('print g(1);\n', 'toy: error: call of an undefined function'),
            ('fn f(a) { return a; }\nprint f(1, 2);\n', 'takes 1 arguments, got 2'),
            ('var s = "a";\nprint s - 1;\n', 'unsupported operand types'),
            (DEEP + 'print d(20000);\n', 'recursion too deep'),
            (WIDE + 'print w(9000);\n', 'recursion too deep'),
        ]
        for mode in MODES[:3]:
            for text, message in cases:
                r = run(binary, mode + [program(text)])
                check('error %r %s' % (message, mode),
                      r.returncode == 1 and message in r.stderr.decode(), r.stderr.decode())
        # Recursion as deep as the language allows, through compiled code once d is hot.
        for mode in MODES:
            r = run(binary, mode + [program(DEEP + 'print d(9990);\n')])
            check('deep recursion %s' % mode, r.returncode == 0 and r.stdout == b'9990\n',
                  r.stderr.decode()[-2000:])
        r = run(binary, ['--jit=treshold=3', program('print 1;')])
        check('bad --jit', r.returncode == 2 and b"unknown jit parameter 'treshold'" in r.stderr,
              r.stderr.decode())

    print('%d failures' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
