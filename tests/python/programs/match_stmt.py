# The match statement: literal, capture, wildcard, value, sequence, star, mapping, class,
# or, as patterns, guards, __match_args__, soft keyword use of `match`.
import collections

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [] | ():
            return "empty sequence"
        case [a]:
            return "one item %r" % (a,)
        case [a, b] if a == b:
            return "pair of equal %r" % (a,)
        case (a, b):
            return "pair %r %r" % (a, b)
        case [first, *rest] if len(rest) > 3:
            return "long, first %r, %d more" % (first, len(rest))
        case [first, *middle, last]:
            return "first %r middle %r last %r" % (first, middle, last)
        case {"type": "point", "x": px, "y": py}:
            return "point %r,%r" % (px, py)
        case {"type": t, **others}:
            return "typed %r with %r" % (t, sorted(others))
        case {}:
            return "some mapping"
        case float() as f if f > 100:
            return "big float %r" % f
        case int(n) | float(n):
            return "number %r" % (n,)
        case str() as s:
            return "string of %d" % len(s)
        case _:
            return "other %s" % type(x).__name__

for v in [0, 2, -1, "hello", None, True, [], (), [5], [3, 3], (1, 2), [1, 2, 3, 4, 5],
          [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 1, "c": 0},
          {"a": 1}, 250.5, 7, 2.5, "abc", {1, 2}, b"x"]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Color:
    RED = "red"
    GREEN = "green"

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %r" % y
        case Point(x, 0):
            return "on x axis at %r" % x
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case Color.RED:
            return "the colour red"
        case Color.GREEN | "lime":
            return "greenish"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "red", "lime", 42]:
    print(where(p))

P3 = collections.namedtuple("P3", "a b c")
match P3(1, 2, 3):
    case P3(a, b, c=c):
        print("namedtuple", a, b, c)

match [1, [2, [3, 4]]]:
    case [x, [y, [z, w] as inner]]:
        print(x, y, z, w, inner)

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("quit")

match 5:
    case n if n > 10:
        print("big")
    case n:
        print("captured", n)
print("n after match:", n)

match = {"match": 1}
print(match["match"])
def match_fn(match):
    return match * 2
print(match_fn(21))

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
