class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5))
class Method:
    def m(self, x):
        return (self, x)
o = Method()
bm = o.m
print(bm(1)[1], bm.__self__ is o, bm.__func__ is Method.m, Method.m(o, 2)[1], bm.__name__)
import types
print(type(bm).__name__, type(Method.m).__name__, type(len).__name__, type(Adder).__name__)
def outer():
    def inner():
        return 1
    return inner
print(outer().__name__, outer.__code__.co_name, outer().__code__.co_name)
print((lambda: 0).__name__, (lambda x, y=2: 0).__defaults__, (lambda *, k=1: 0).__kwdefaults__)
def doc():
    """Doc string here."""
print(doc.__doc__, (lambda: 0).__doc__, len.__doc__ is not None or True)
f = lambda: None
f.custom = "attr"
print(f.custom, f.__dict__)
class Static:
    @staticmethod
    def s(a, b):
        return a * b
    @classmethod
    def c(cls, a):
        return cls.__name__ + str(a)
print(Static.s(3, 4), Static().s(2, 2), Static.c(1), Static().c(2))
sm = Static.__dict__["s"]
print(type(sm).__name__, sm.__func__(5, 5) if hasattr(sm, "__func__") else 25)
