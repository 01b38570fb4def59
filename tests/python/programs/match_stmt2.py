def describe(x):
    match x:
        case 0 | 1 | 2:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s) if s.isupper():
            return "shout " + s
        case str():
            return "string"
        case [] :
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case None:
            return "none"
        case _:
            return "other " + type(x).__name__
for v in [0, 2, -5, 7, 2.5, "", "HI", "hi", [], [1], [1, 2], [1, 2, 3], (4, 5),
          {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0}, None, {1}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(0, y=y):
            return f"on y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5)]:
    print(where(p))
def cmd(command):
    match command.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["get", obj, *_]:
            return "getting " + obj
        case ["quit"]:
            return "bye"
        case _:
            return "unknown"
print([cmd(c) for c in ["go north", "go west", "get lamp now", "quit", "dance"]])
