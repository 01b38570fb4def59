#!/usr/bin/env python3
"""Expected outputs of the bundled toy programs, computed independently of weft-toy: each
program is written again here in Python (same arithmetic: 64-bit integers that never overflow
in these programs, floor division and modulo, floats printed with six decimals).

    make_expected.py    (writes expected/NAME.out for the small versions)
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, '..', '..', 'interpreters', 'toy', 'programs')


def fmt(v):
    return '%.6f' % v if isinstance(v, float) else str(v)


def fib(n):
    def f(k):
        return k if k < 2 else f(k - 1) + f(k - 2)
    return [f(i) for i in range(20, n + 1)]


def total_sum(n):
    total = 0
    for i in range(n):
        total = total + i * 3 % 7 - i // 5 % 3
    return [total]


def points(n):
    px, py = 0, 1
    s = count = 0
    for i in range(n):
        qx, qy = py, px + i % 10
        s = s + qx - qy % 5
        count += 1
        px, py = qx, qy
    return [s, count, px]


def floats(n):
    s, sign = 0.0, 1.0
    for i in range(n):
        s = s + sign / (2 * i + 1)
        sign = 0.0 - sign
    out = [s * 4]
    steps = n // 4
    h = 1.0 / steps
    area = 0.0
    for k in range(steps):
        x = (k + 0.5) * h
        area = area + x * x * h
    return out + [area]


def strings(n):
    s, total = '', 0
    for i in range(n):
        s = s + 'ab'
        if i % 50 == 49:
            total += 1
            s = ''
    return [total, s, 'done ' + str(n)]


def bridge():
    return [sum(1 for i in range(20000) if i % 2 == 0), sum(3 for i in range(20000) if i % 2)]


def redefine():
    return [sum(i + 1 if i <= 15000 else i * 2 for i in range(30000))]


def mixed():
    s, x = 0.0, 0.5
    for i in range(20000):
        s = s + 2.0 * x
        if i == 10000:
            x = 3
    return [s, x]


def frame():
    t, a, b, x, seen = 0, 3, 2, 0, 0
    for i in range(5000):
        t = t + a * (b + i)
        if i == 2000:
            b = 0.5
        if i % 1000 == 999:
            seen += 1
        else:
            x += 1
    return [t, b, x, seen]


def recursion():
    out = []

    def tri(k):
        return 0 if k < 1 else k + tri(k - 1)
    out.append(sum(tri(i % 40) for i in range(3000)))
    out.append(tri(30.5))
    # tri as setup() defines it: at k == 7 it redefines itself (the rest of that recursion,
    # and every later call until setup() runs again, call the new one).
    state = {'redefined': False}

    def tri_setup(k):
        if state['redefined']:
            return 1000 + k
        if k < 1:
            return 0
        if k == 7:
            state['redefined'] = True
        return 2 * k + tri_setup(k - 1)
    s = 0
    for i in range(300):
        state['redefined'] = False
        s += tri_setup(i % 20)
    out += [s, tri_setup(20)]

    def tri3(k):
        return 1 if k < 1 else k * 3 + tri3(k - 1)
    out.append(sum(tri3(i % 40) for i in range(3000)))
    return out


def text():
    base = 'x' + str(1)
    a, b = base + 'a', base + 'b'
    out = [a, b, a + 'c', a + 'd', base]
    s = t = u = ''
    same = 0
    for i in range(3000):
        u = s + str(i % 10)
        s = s + str(i % 10)
        same += u == s
        t = s + '!'
        if i % 100 == 99:
            out.append(t)
            s = ''
    out += [same, u + s, 'f=' + fmt(0.5) + ' o=<object> i=' + str(-7)]
    piece = built = ''
    for k in range(40):
        piece = piece + str(k % 10)
        built = built + piece + '|'
    return out + [built]


REFERENCES = {'fib': fib, 'sum': total_sum, 'points': points, 'floats': floats,
              'strings': strings}
FIXED = {'bridge': bridge, 'redefine': redefine, 'mixed': mixed, 'recursion': recursion,
         'text': text, 'frame': frame}


def program_n(name):
    with open(os.path.join(PROGRAMS, name + '.toy')) as f:
        return int(re.search(r'^var n = (\d+);', f.read(), re.M).group(1))


def main():
    for name, ref in REFERENCES.items():
        for variant in (name + '-small',):
            lines = [fmt(v) for v in ref(program_n(variant))]
            with open(os.path.join(HERE, 'expected', variant + '.out'), 'w') as f:
                f.write(''.join(line + '\n' for line in lines))
    for name, ref in FIXED.items():
        with open(os.path.join(HERE, 'expected', name + '.out'), 'w') as f:
            f.write(''.join(fmt(v) + '\n' for v in ref()))


if __name__ == '__main__':
    main()
