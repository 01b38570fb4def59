# typing: generic aliases, Optional/Union, TypeVar and Generic, NamedTuple, TypedDict,
# Protocol, get_type_hints
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, TypedDict, Protocol, Literal, Iterable, Iterator, Sequence, Set, cast, overload, get_type_hints, get_origin, get_args, ClassVar, Final, NewType, runtime_checkable, TYPE_CHECKING, Type, Mapping, DefaultDict
import typing
T = TypeVar("T")
def f(a: List[int], b: Optional[str] = None, c: Union[int, str] = 1, d: Callable[[int], str] = str, e: Tuple[int, ...] = ()) -> Dict[str, Any]:
    return {}
print(f.__annotations__)
print(List[int], Optional[int], Union[int, None], Union[int, str, int], Callable[..., int], Tuple[int, str], Dict, Any, T, Literal["a", 1], ClassVar[int], Type[int], Iterable[T], typing.Union[int])
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(3); print(s.pop(), Stack.__mro__[-2:], Stack.__parameters__)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = P(1); print(p, p.norm(), P._fields, P._field_defaults, P.__annotations__)
Q = NamedTuple("Q", [("a", int), ("b", str)]); print(Q(1, "x"))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1); print(m, type(m), Movie.__annotations__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
UserId = NewType("UserId", int); print(UserId(5), UserId)
print(cast(int, "x"), get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]), get_args(Callable[[int], str]))
class C:
    x: int
    y: "str"
print(get_type_hints(C), get_type_hints(f)["b"], TYPE_CHECKING)
print(isinstance([], List), isinstance({}, typing.Mapping), Optional[int] == Union[int, None], int | None == Optional[int])
try: isinstance(1, List[int])
except TypeError as e: print(e)
def g(x: "int | None", *args: int, **kw: str) -> "list[int]": pass
print(g.__annotations__)
@overload
def h(x: int) -> int: ...
def h(x): return x
print(h(2))
