#!/usr/bin/env python3
"""A tiny Brainfuck macro assembler (8-bit cells) that generates the bundled programs.

    python3 bfgen.py primes > primes.b

Variables live in named cells; the generator tracks the cell pointer and emits the moves.
Each macro leaves the pointer where the generator thinks it is, so loops stay balanced.
"""
import sys


class Gen:
    def __init__(self):
        self.out = []
        self.ptr = 0
        self.cells = {}

    # --- cells and moves ------------------------------------------------------------------
    def alloc(self, *names):
        for n in names:
            self.cells[n] = len(self.cells)

    def at(self, name):
        target = self.cells[name]
        d = target - self.ptr
        self.out.append(('>' * d) if d > 0 else ('<' * -d))
        self.ptr = target

    def emit(self, code):
        self.out.append(code)

    def add(self, name, n):
        self.at(name)
        n %= 256
        self.emit('+' * n if n <= 128 else '-' * (256 - n))

    def clear(self, name):
        self.at(name)
        self.emit('[-]')

    def set(self, name, n):
        self.clear(name)
        self.add(name, n)

    def loop(self, name, body):
        """while name != 0: body()  (body must leave the pointer anywhere; we return to name)"""
        self.at(name)
        self.emit('[')
        body()
        self.at(name)
        self.emit(']')

    def move(self, src, *dsts, sign=1):
        """dsts += src (or -=); src = 0."""
        def body():
            self.add(src, -1)
            for d in dsts:
                self.add(d, sign)
        self.loop(src, body)

    def copy(self, src, dst, tmp):
        """dst += src, src unchanged."""
        self.move(src, dst, tmp)
        self.move(tmp, src)

    def if_nonzero(self, cond, body):
        """if cond != 0: body(); cond is cleared."""
        def b():
            body()
            self.clear(cond)
        self.loop(cond, b)

    # --- arithmetic -----------------------------------------------------------------------
    def if_zero(self, x, body):
        """if x == 0: body(). x is kept; the two cells after x must be zero (see alloc_test).
        Branch-free alignment: both paths end on x. body() must end on x's first scratch cell."""
        self.at(x)
        t = x + '.t'
        self.add(t, 1)
        self.at(x)
        self.emit('[>-]>[-')          # x != 0: clears the flag, stops on x+2; else on x+1
        self.ptr = self.cells[t]
        body()
        self.at(t)
        self.emit('>]<<')
        self.ptr = self.cells[x]

    def alloc_test(self, name):
        """A cell that if_zero() can test: followed by two scratch cells."""
        self.alloc(name, name + '.t', name + '.z')

    def divmod(self, n, d, q, r, t1, c, t3):
        """q = n // d, r = n % d for d > 0; n and d unchanged. One pass over n with a countdown
        `c` of the divisor (c must be allocated with alloc_test)."""
        self.clear(q)
        self.clear(r)
        self.clear(c)
        self.copy(d, c, t3)
        self.copy(n, t1, t3)
        def step():
            self.add(t1, -1)
            self.add(r, 1)
            self.add(c, -1)
            def wrap():
                self.copy(d, c, t3)
                self.clear(r)
                self.add(q, 1)
            self.if_zero(c, wrap)
        self.loop(t1, step)
        self.clear(c)

    # --- comparisons and products (8-bit, for mandel) ----------------------------------
    def less(self, a, b, out, ta, tb):
        """out = 1 if a < b else 0 (unsigned); a, b unchanged. ta must be allocated with
        alloc_test. Counts b down while decrementing a copy of a, saturating at zero; a < b
        exactly when the saturation happened."""
        self.clear(out)
        self.clear(ta)
        self.clear(tb)
        self.copy(a, ta, tb)
        self.copy(b, tb, out)

        def step():
            self.add(tb, -1)

            def saturate():
                self.add(ta, 1)
                self.set(out, 1)
            self.if_zero(ta, saturate)
            self.add(ta, -1)
        self.loop(tb, step)
        self.clear(ta)

    def mul(self, a, b, out, t1, t2):
        """out = a * b (no overflow expected); a, b unchanged."""
        self.clear(out)
        self.copy(b, t1, t2)

        def step():
            self.add(t1, -1)
            self.copy(a, out, t2)
        self.loop(t1, step)

    def signed_add(self, sa, ma, sb, mb, s, m, t):
        """(s, m) = (sa, ma) + (sb, mb) in sign-magnitude (sign 1 = negative); inputs
        unchanged. t: scratch cells [lt, ta(alloc_test), tb, x, y]."""
        lt, ta, tb, x, y = t
        self.clear(s)
        self.clear(m)
        # same sign: x = 1 when sa == sb
        self.clear(x)
        self.copy(sa, x, y)
        self.clear(x)
        self.clear(y)
        self.copy(sa, x, tb)        # x = sa
        self.copy(sb, y, tb)        # y = sb
        self.move(y, x, sign=-1)    # x = sa - sb (0 when equal, 1 or 255 otherwise)
        self.set(y, 1)
        self.if_nonzero(x, lambda: self.clear(y))   # y = 1 when the signs are equal

        def same():
            self.copy(ma, m, tb)
            self.copy(mb, m, tb)
            self.copy(sa, s, tb)
            self.set(x, 1)          # handled
        self.clear(x)
        self.if_nonzero(y, same)
        # different signs (x still 0): subtract the smaller magnitude from the larger
        self.set(y, 1)
        self.if_nonzero(x, lambda: self.clear(y))

        def different():
            self.less(ma, mb, lt, ta, tb)
            self.set(x, 1)

            def b_larger():
                self.copy(mb, m, tb)
                self.clear(x)
                self.copy(ma, x, tb)
                self.move(x, m, sign=-1)
                self.copy(sb, s, tb)
                self.clear(x)
            self.if_nonzero(lt, lambda: (b_larger(), self.clear(x)))
            # x is 0 if b was larger, else 1: a larger or equal
            self.clear(y)

            def a_larger():
                self.copy(ma, m, tb)
                self.copy(mb, y, tb)
                self.move(y, m, sign=-1)
                self.copy(sa, s, tb)
            self.if_nonzero(x, a_larger)
        self.if_nonzero(y, different)
        self.clear(x)
        self.clear(y)

    def print_decimal(self, n, t, c):
        """Prints n (0..255) in decimal; n unchanged. t: list of 8 scratch cells; c: a cell
        allocated with alloc_test."""
        h, rest, tens, ones, ten, s1, s2, s3 = t
        self.set(ten, 100)
        self.divmod(n, ten, h, rest, s1, c, s3)
        self.set(ten, 10)
        self.divmod(rest, ten, tens, ones, s1, c, s3)
        # hundreds digit if nonzero; tens digit if hundreds or tens nonzero
        self.copy(h, s1, s2)
        self.copy(tens, s1, s2)
        self.copy(h, s3, s2)
        def print_h():
            self.add(h, 48)
            self.at(h)
            self.emit('.')
            self.add(h, -48)
        self.if_nonzero(s3, print_h)
        def print_t():
            self.add(tens, 48)
            self.at(tens)
            self.emit('.')
            self.add(tens, -48)
        self.if_nonzero(s1, print_t)
        self.add(ones, 48)
        self.at(ones)
        self.emit('.')
        self.clear(ones)
        self.clear(h)
        self.clear(tens)
        self.clear(rest)
        self.clear(ten)

    def print_char(self, c, scratch):
        self.set(scratch, ord(c))
        self.at(scratch)
        self.emit('.')
        self.clear(scratch)

    def text(self):
        return ''.join(self.out)


def primes(rounds, limit):
    """Primes below `limit` (at most 256) by trial division, `rounds` times; prints them once
    per round."""
    g = Gen()
    g.alloc('round', 'n', 'd', 'q', 'r', 't1', 't2', 't3', 'flag', 'cnt',
            'p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'c', 'k')
    g.alloc_test('cd')
    g.set('round', rounds)

    def one_round():
        g.add('round', -1)
        g.set('n', 2)
        g.set('cnt', limit - 2)        # n = 2 .. limit - 1

        def each_n():
            g.add('cnt', -1)
            g.set('flag', 1)           # prime until a divisor is found
            g.set('d', 2)
            g.copy('n', 'k', 't1')
            g.add('k', -2)             # k = n - 2 divisors to try

            def each_d():
                g.add('k', -1)
                g.divmod('n', 'd', 'q', 'r', 't1', 'cd', 't3')
                g.set('t1', 1)
                g.if_nonzero('r', lambda: g.clear('t1'))
                g.if_nonzero('t1', lambda: g.clear('flag'))
                g.add('d', 1)
                g.clear('q')
            g.loop('k', each_d)

            def print_it():
                g.print_decimal('n', ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'], 'cd')
                g.print_char(' ', 'c')
            g.if_nonzero('flag', print_it)
            g.add('n', 1)
        g.loop('cnt', each_n)
        g.print_char('\n', 'c')
    g.loop('round', one_round)
    return g.text()


def hello(message):
    """Prints `message`: each character built from the previous one."""
    g = Gen()
    g.alloc('c', 't')
    prev = 0
    for ch in message:
        g.add('c', ord(ch) - prev)
        g.at('c')
        g.emit('.')
        prev = ord(ch)
    return g.text()


def loops(rounds, reps):
    """Nested counting loops moving and doubling values between cells: the inner loops are
    the typical shapes of Brainfuck code (clear, move, copy). Prints a checksum."""
    g = Gen()
    g.alloc('e', 'a', 'b', 'x', 'y', 'z', 'sum',
            'p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'c')
    g.alloc_test('cd')
    g.set('e', reps)

    def rep():
        g.add('e', -1)
        g.set('a', rounds)

        def outer():
            g.add('a', -1)
            g.set('b', 255)

            def middle():
                g.add('b', -1)
                g.set('x', 200)
                g.move('x', 'y', 'z')          # y += x, z += x
                g.move('y', 'x')
                g.move('z', 'sum')             # sum += 200 (mod 256)
                g.clear('x')
            g.loop('b', middle)
            g.add('sum', 1)
        g.loop('a', outer)
    g.loop('e', rep)
    g.print_decimal('sum', ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'], 'cd')
    g.set('c', 10)
    g.at('c')
    g.emit('.')
    return g.text()


def runs():
    """Edge cases of weft-bf's bytecode, which merges runs of commands and turns `[-]` and
    `[+]` into one instruction (interpreters/bf/bf.h): runs that wrap around a cell or cancel
    out, clear loops from any value, long moves there and back, all inside loops too."""
    return ''.join([
        '+' * 300, '.',                                   # 300 mod 256
        '+-' * 10 + '++' + '-+', '.',                     # cancelling runs
        '[-]', '+' * 65, '.', '[+]', '-' * 190, '.',      # clear loops from 46 and 65
        '>', '[-]', '[+]', '+' * 10, '.', '<',            # clear loops on 0: not entered
        '>' * 1000, '+' * 67, '.', '<' * 1000, '.',       # long moves
        '>>><<', '+' * 72, '.', '<',                      # a run that turns back
        '+' * 5, '[>', '+' * 3, '[-]', '+' * 40, '<-]>', '.',           # clear inside a loop
        '<', '+' * 7, '[->>>', '+' * 9, '>-<', '<<<', ']>>>', '.',      # runs inside a loop
    ])


def mandel(maxiter, rounds):
    """A Mandelbrot set in sign-magnitude fixed point with 3 fraction bits (8-bit cells):
    x from -2 to 1 and y from -1 to 1 in steps of 1/8, each pixel printed twice across;
    '#' inside (no escape within `maxiter` iterations), else a shade by escape time. The
    picture is drawn `rounds` times."""
    g = Gen()
    g.alloc('rounds', 'row', 'col', 'ry', 'rx', 'cyS', 'cyM', 'cxS', 'cxM',
            'zxS', 'zxM', 'zyS', 'zyM', 'nxS', 'nxM', 'nyS', 'nyM', 'oS', 'oM',
            'x2', 'y2', 'xy', 'sgn', 'sum', 'ok', 'ok2', 'both', 'stay', 'run', 'inset',
            'n', 'k', 'lim', 'd', 'r', 'u1', 'u3', 'f', 'lt', 'tb', 'x', 'y', 'w', 'c',
            'zero', 'one', 'const')
    g.alloc_test('ta')
    g.alloc_test('cd')
    scratch = ['lt', 'ta', 'tb', 'x', 'y']

    def square_div8(m, out):
        g.mul(m, m, 'u1', 'x', 'y')
        g.set('d', 8)
        g.divmod('u1', 'd', out, 'r', 'x', 'cd', 'y')

    def iterate():
        g.add('n', -1)
        g.set('lim', 16)
        g.less('zxM', 'lim', 'ok', 'ta', 'tb')
        g.less('zyM', 'lim', 'ok2', 'ta', 'tb')
        g.clear('both')
        g.if_nonzero('ok', lambda: g.if_nonzero('ok2', lambda: g.set('both', 1)))
        g.clear('ok2')
        g.clear('stay')

        def inside():
            square_div8('zxM', 'x2')
            square_div8('zyM', 'y2')
            g.clear('sum')
            g.copy('x2', 'sum', 'x')
            g.copy('y2', 'sum', 'x')
            g.set('lim', 33)
            g.less('sum', 'lim', 'ok', 'ta', 'tb')

            def update():
                g.mul('zxM', 'zyM', 'u1', 'x', 'y')
                g.set('d', 4)
                g.divmod('u1', 'd', 'xy', 'r', 'x', 'cd', 'y')      # 2 * zx * zy
                g.clear('u3')
                g.copy('zxS', 'u3', 'x')
                g.copy('zyS', 'u3', 'x')
                g.add('u3', -1)                                      # 0 when the signs differ
                g.set('sgn', 1)
                g.if_nonzero('u3', lambda: g.clear('sgn'))
                g.signed_add('sgn', 'xy', 'cyS', 'cyM', 'nyS', 'nyM', scratch)
                g.set('one', 1)
                g.signed_add('zero', 'x2', 'one', 'y2', 'oS', 'oM', scratch)   # x2 - y2
                g.signed_add('oS', 'oM', 'cxS', 'cxM', 'nxS', 'nxM', scratch)
                for a, b in (('nxS', 'zxS'), ('nxM', 'zxM'), ('nyS', 'zyS'), ('nyM', 'zyM')):
                    g.clear(b)
                    g.move(a, b)
                g.set('stay', 1)
            g.if_nonzero('ok', update)
        g.if_nonzero('both', inside)
        g.clear('ok')
        # escaped: stop, outside the set
        g.set('f', 1)
        g.if_nonzero('stay', lambda: g.clear('f'))
        g.if_nonzero('f', lambda: (g.clear('run'), g.clear('inset')))
        # out of iterations: stop
        g.copy('n', 'y', 'w')
        g.set('f', 1)
        g.if_nonzero('y', lambda: g.clear('f'))
        g.if_nonzero('f', lambda: g.clear('run'))

    def shade_if_at_least(limit, char):
        g.set('lim', limit)
        g.less('k', 'lim', 'lt', 'ta', 'tb')
        g.set('f', 1)
        g.if_nonzero('lt', lambda: g.clear('f'))
        g.if_nonzero('f', lambda: g.set('c', ord(char)))

    def each_col():
        g.add('col', -1)
        g.set('one', 1)
        g.set('const', 16)
        g.signed_add('zero', 'rx', 'one', 'const', 'cxS', 'cxM', scratch)  # cx = rx - 16
        for v in ('zxS', 'zxM', 'zyS', 'zyM'):
            g.clear(v)
        g.set('run', 1)
        g.set('inset', 1)
        g.set('n', maxiter)
        g.loop('run', iterate)
        g.set('k', maxiter)
        g.move('n', 'k', sign=-1)                                          # iterations used
        g.set('c', ord(' '))
        shade_if_at_least(3, '.')
        shade_if_at_least(6, ':')
        shade_if_at_least(12, '+')
        g.if_nonzero('inset', lambda: g.set('c', ord('#')))
        g.at('c')
        g.emit('..')
        g.clear('k')
        g.add('rx', 1)

    def each_row():
        g.add('row', -1)
        g.set('one', 1)
        g.set('const', 8)
        g.signed_add('zero', 'ry', 'one', 'const', 'cyS', 'cyM', scratch)  # cy = ry - 8
        g.clear('rx')
        g.set('col', 25)
        g.loop('col', each_col)
        g.set('c', 10)
        g.at('c')
        g.emit('.')
        g.add('ry', 1)

    def frame():
        g.add('rounds', -1)
        g.clear('ry')
        g.set('row', 17)
        g.loop('row', each_row)
    g.set('rounds', rounds)
    g.loop('rounds', frame)
    return g.text()


def mandel_reference(maxiter):
    """What mandel() draws, computed directly (for checking the generator)."""
    def add(a, b):
        return a + b
    out = []
    for ry in range(17):
        cy = ry - 8
        line = ''
        for rx in range(25):
            cx = rx - 16
            zx = zy = 0
            n, inset = maxiter, True
            while True:
                n -= 1
                stay = False
                if abs(zx) < 16 and abs(zy) < 16:
                    x2, y2 = zx * zx // 8, zy * zy // 8
                    if x2 + y2 < 33:
                        xy = abs(zx) * abs(zy) // 4
                        if (zx < 0) != (zy < 0):
                            xy = -xy
                        zy, zx = add(xy, cy), add(x2 - y2, cx)
                        stay = True
                if not stay:
                    inset = False
                    break
                if n == 0:
                    break
            k = maxiter - n
            c = ' '
            for limit, ch in ((3, '.'), (6, ':'), (12, '+')):
                if k >= limit:
                    c = ch
            if inset:
                c = '#'
            line += c + c
        out.append(line + '\n')
    return ''.join(out)


if __name__ == '__main__':
    which = sys.argv[1]
    if which == 'hello':
        text = hello(' '.join(sys.argv[2:]) + '\n')
        title = 'prints a greeting'
    elif which == 'loops':
        rounds, reps = int(sys.argv[2]), int(sys.argv[3])
        text = loops(rounds, reps)
        title = 'nested counting loops %d times %d rounds' % (reps, rounds)
    elif which == 'mandel':
        maxiter, rounds = int(sys.argv[2]), int(sys.argv[3])
        text = mandel(maxiter, rounds)
        title = 'a Mandelbrot set %d iterations drawn %d times' % (maxiter, rounds)
    elif which == 'mandel-reference':
        sys.stdout.write(mandel_reference(int(sys.argv[2])) * int(sys.argv[3]))
        sys.exit(0)
    elif which == 'runs':
        text = runs()
        title = 'runs of commands and clear loops'
    elif which == 'primes':
        rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
        limit = int(sys.argv[3]) if len(sys.argv) > 3 else 256
        text = primes(rounds, limit)
        title = 'primes below %d by trial division printed %d times' % (limit, rounds)
    else:
        sys.exit('unknown program ' + which)
    # A title line without command characters, then 72 columns.
    assert not any(ch in '+-<>.,[]' for ch in title)
    print(title + ' (generated by bfgen)')
    for i in range(0, len(text), 72):
        print(text[i:i + 72])
