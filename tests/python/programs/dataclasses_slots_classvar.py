# dataclasses: typing.ClassVar annotations are not fields, slots=True (and weakref_slot),
# make_dataclass, Field's repr pieces (MISSING, metadata as a mappingproxy).
import dataclasses
import pickle
import typing
import weakref
from dataclasses import InitVar, dataclass, field, fields, make_dataclass
from typing import ClassVar


@dataclass
class C:
    n: ClassVar[int] = 3
    m: typing.ClassVar = "plain"
    k: InitVar[int] = 0
    v: int = 0

    def __post_init__(self, k):
        self.v += k


print(C(k=4, v=1), C.n, C.m, [f.name for f in fields(C)], list(C.__dataclass_fields__))


@dataclass(slots=True)
class S:
    a: int
    b: float = 1.5
    tags: list = field(default_factory=list)

    def total(self):
        return self.a + self.b


s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), s.total(), S.__qualname__, S(1) == S(1))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)


@dataclass(slots=True, frozen=True)
class F:
    x: int
    y: int = 2


f = F(1)
print(f, hash(f) == hash(F(1)), pickle.loads(pickle.dumps(f)), F.__slots__)
try:
    f.x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Derived(Base):
    b: int = 0


print(Derived(1, 2), Derived.__slots__, Base.__slots__)


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
print(weakref.ref(w)() is w, W.__slots__)
try:
    dataclass(weakref_slot=True)(type("X", (), {"__annotations__": {"a": int}}))
except TypeError as e:
    print(e)
try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(e)

M = make_dataclass("M", [("x", int), "z", ("y", int, field(default=3))],
                   namespace={"double": lambda self: self.x * 2})
print(M(1, z=0), M(1, 2, 3).double(), M.__name__, M.__module__, [f.name for f in fields(M)])
P = make_dataclass("P", ["a", "b"], frozen=True, order=True)
print(P(1, 2) < P(1, 3), P(1, 2))
for bad in (["a", "a"], ["1a"], [("a", int, 1, 2)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError", e)
fd = field(default=1, metadata={"unit": "m"})
print(type(fd.metadata).__name__, fd.metadata["unit"], type(field().metadata).__name__)
print(repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE object at"))
