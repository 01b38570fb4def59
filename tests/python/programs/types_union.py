# X | Y on types (types.UnionType), isinstance/issubclass with unions and __instancecheck__,
# class bases with __mro_entries__, divmod() with __divmod__, bin/oct/hex of bools
import types


def f(x: int | None = None) -> list[int] | None:
    return x


print(f(3), f.__annotations__)
print(int | None, list[int], dict[str, int] | None, type(int | str), int | int, None | int)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str).__args__)
print(int | str | float | int, (int | (str | None)).__args__)
try:
    None | None
except TypeError as e:
    print(e)
try:
    int | "str"
except TypeError as e:
    print(e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
try:
    isinstance(1, "x")
except TypeError as e:
    print(e)
print(isinstance(1, (str, (int, "x"))))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is float


class Magic(metaclass=Meta):
    pass


print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(float, Magic),
      issubclass(int, (Magic, str)))


class Base(list[int]):
    pass


print(Base.__mro__, Base.__orig_bases__, Base([1, 2]))


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class FromEntries(Entries()):
    pass


print(FromEntries.__bases__, FromEntries(a=1))


class DM:
    def __divmod__(self, o):
        return "dm"

    def __rdivmod__(self, o):
        return "rdm"


print(divmod(DM(), 1), divmod(1, DM()), divmod(7, 2), divmod(-7.5, 2))
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
print(bin(True), hex(False), oct(True), bin(-5))
