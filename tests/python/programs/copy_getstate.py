# copy and deepcopy through __getstate__/__setstate__ (object.__reduce_ex__'s rules), __reduce__,
# __copy__/__deepcopy__, slots, recursive structures and the collections types.
import collections
import copy
from dataclasses import dataclass


class G:
    def __init__(self):
        self.v = [1]

    def __getstate__(self):
        return {"v": self.v, "extra": 5}

    def __setstate__(self, st):
        self.w = st


g = copy.deepcopy(G())
print(sorted(vars(g)), g.w, copy.copy(G()).w["v"])


class OnlyGet:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {"b": 2}


print(vars(copy.copy(OnlyGet())), vars(copy.deepcopy(OnlyGet())))


class OnlySet:
    def __init__(self):
        self.a = [1]

    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)


o = copy.deepcopy(OnlySet())
print(o.a)
print(hasattr(copy.copy(OnlySet()), "a"))


class Empty:
    def __setstate__(self, st):
        print("not called for an empty state")


copy.copy(Empty())


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = [1]
        self.y = 2


s = copy.deepcopy(Slotted())
print(s.x, s.y)


class SlotsState:
    __slots__ = ("x",)

    def __getstate__(self):
        return (None, {"x": "from state"})


s = SlotsState()
s.x = 1
print(copy.copy(s).x)


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v * 2,))


print(copy.copy(R(3)).v, copy.deepcopy(R(4)).v)


class C:
    def __copy__(self):
        print("copy called")
        return C()

    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return C()


copy.copy(C())
copy.deepcopy([C()])
x = [1, 2]
x.append(x)
y = copy.deepcopy(x)
print(y[2] is y, y)
dd = collections.defaultdict(list, {1: [2]})
print(copy.deepcopy(dd), copy.copy(collections.OrderedDict(a=1)), copy.deepcopy(collections.Counter("aab")))
print(copy.deepcopy(collections.deque([1, [2]], maxlen=5)))


@dataclass
class D:
    x: list


d = D([1])
e = copy.deepcopy(d)
print(e, e.x is d.x)
print(copy.copy(range(3)), copy.deepcopy({1, 2}), copy.copy(bytearray(b"x")), copy.deepcopy(1 + 2j))
print(copy.copy(print) is print, copy.deepcopy(G) is G, copy.Error)
