# gaps found by the issue-5 audit: time.strptime, math.log/log2/log10 of big ints,
# string.Formatter's steps, functools.partial's repr, sys.flags/implementation/__stdout__ and the
# std streams' attributes, aiter/anext, EnvironmentError/IOError
import asyncio
import functools
import math
import string
import sys
import time

for args in [("2024-01-02", "%Y-%m-%d"), ("12/31/99 11:05PM", "%m/%d/%y %I:%M%p"),
             ("Tue Mar  5 10:20:30 2024",), ("1 January 2000", "%d %B %Y"), ("2024-060", "%Y-%j"),
             ("23:59:58", "%H:%M:%S"), ("2021-12-31T10:00:00", "%Y-%m-%dT%H:%M:%S")]:
    print(time.strptime(*args))
for bad in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d"), ("x", "%Q")]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(time.strptime("2024-02-03", "%Y-%m-%d").tm_yday)

print(math.log(2 ** 2000), math.log2(2 ** 2000), math.log10(10 ** 400), math.log(10 ** 400, 10))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log(3 ** 1000, 3 ** 500))
for bad in (-(2 ** 2000), 0):
    try:
        math.log(bad)
    except ValueError as e:
        print(e)

f = string.Formatter()
print(f.format("{0} {x} {y[1]} {z.real:>6.2f} {{}} {1!r}", 1, "q", x=2, y=[3, 4], z=5))
print(list(f.parse("a{0!r:>3}b{name.attr[2]}c{{d}}")), list(f.parse("tail only")))
print(f.format("{:{w}}|", "ab", w=5), f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key) if isinstance(key, str) else args[key]


print(Upper().format("{greeting}, {who}! {0}", "x", greeting="hello"))
for bad in ["{0}{}", "{}{0}", "a}b", "{", "a{0"]:
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print("ValueError:", e)

print(repr(functools.partial(max, 1)), repr(functools.partial(int, base=2)),
      repr(functools.partial(pow, 2, mod=5)))

print(sys.flags.optimize, sys.flags.inspect,
      sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.stdout.encoding, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(),
      sys.stdout.isatty(), sys.stdin.readable(), sys.stdout.writable(), sys.stderr.name)
print(EnvironmentError is OSError, IOError is OSError)


class Ticker:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    it = aiter(Ticker())
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in (lambda: aiter(1), lambda: anext(1)):
        try:
            bad()
        except TypeError as e:
            print(e)


asyncio.run(main())
