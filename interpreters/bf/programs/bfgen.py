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


if __name__ == '__main__':
    which = sys.argv[1]
    if which == 'hello':
        text = hello(' '.join(sys.argv[2:]) + '\n')
        title = 'prints a greeting'
    elif which == 'loops':
        rounds, reps = int(sys.argv[2]), int(sys.argv[3])
        text = loops(rounds, reps)
        title = 'nested counting loops %d times %d rounds' % (reps, rounds)
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
