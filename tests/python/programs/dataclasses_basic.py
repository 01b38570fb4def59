# dataclasses: generated __init__/__repr__/__eq__/order/hash, defaults and factories, frozen
# instances, KW_ONLY and kw_only, InitVar and __post_init__, inheritance, fields/asdict/astuple/
# replace, match_args, and CPython's error messages.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), repr(Point(1)))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__, Point.__match_args__, is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print([f.name for f in fields(Point)], fields(p)[1].default, fields(Point)[0].default is MISSING)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)


a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is not b.items, Inventory("x", count=3) == Inventory("x", count=4))
print(asdict(a), astuple(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), len({Version(1), Version(1, 0)}))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(v, minor=7), v)
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10


print(Child(), Child(1, "x", 2.0), [f.name for f in fields(Child)])


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("p", verbose=True), Options.__match_args__)
try:
    Options("p", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


print(Config(host="h"), Config(port=1, host="x"))


@dataclass
class Rect:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3, scale=2)
print(r, [f.name for f in fields(r)], asdict(r))


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    v: int


print(hash(Hashy(5)) == hash((5,)))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
loop = Node(0)
loop.children.append(loop)
print(loop)

match Point(0, 5):
    case Point(0, y):
        print("on the y axis at", y)

for bad in ("mutable", "order", "nondefault"):
    try:
        if bad == "mutable":
            @dataclass
            class M:
                xs: list = []
        elif bad == "order":
            @dataclass(order=True)
            class O:
                x: int

                def __lt__(self, other):
                    return True
        else:
            @dataclass
            class N:
                x: int = 1
                y: int
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(r, area=3)
except ValueError as e:
    print("ValueError:", e)
