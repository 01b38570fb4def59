# int.__new__/str.__new__ & co. with subclasses (also with a Python base class), str.__str__,
# and CPython's errors for misuse (instances of int/float/str subclasses take no attributes in
# weft yet, so these do not set any)
class Base:
    def hello(self):
        return "hello from " + type(self).__name__


class I(int, Base):
    pass


class S(str, Base):
    pass


class F(float):
    pass


class B(bytes):
    pass


class FS(frozenset):
    pass


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = "init ran"


i = int.__new__(I, 5)
print(i, type(i).__name__, i + 1, i.hello())
print(int.__new__(I, "ff", 16), int.__new__(I), int.__new__(int, "12") + 1)
s = str.__new__(S, "abc")
print(s, type(s).__name__, s.upper(), s.hello(), len(s))
print(float.__new__(F, "2.5") * 2, type(float.__new__(F, 1)).__name__)
print(bytes.__new__(B, b"xy"), type(bytes.__new__(B, b"xy")).__name__)
print(sorted(frozenset.__new__(FS, [3, 1, 2])), type(frozenset.__new__(FS, [1])).__name__)
lst = list.__new__(L, [1, 2])
print(lst, type(lst).__name__, hasattr(lst, "extra"))
print(dict.__new__(dict, {1: 2}), list.__new__(list, [1]))


class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))

    def __repr__(self):
        return "%sC" % float.__repr__(self)


t = Celsius(21.54)
print(t, repr(t), t + 1, type(t).__name__)


class Token(str):
    def __new__(cls, text):
        return str.__new__(cls, text.strip())


tok = Token("  if ")
print(tok, len(tok), tok == "if", str.__str__(tok), type(str.__str__(tok)).__name__)


class Loud(str):
    def __str__(self):
        return self.upper() + "!"

    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"


w = Loud("hey")
print(str(w), repr(w), str.__str__(w), repr(str.__str__("x")), "%s" % str.__str__(w))

for bad in (lambda: int.__new__(str), lambda: int.__new__(5), lambda: str.__new__(I),
            lambda: float.__new__(list)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
