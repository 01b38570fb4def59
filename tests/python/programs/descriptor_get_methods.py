# __get__ of functions, classmethods and staticmethods called directly, and used by a
# descriptor that delegates to them
def f(self, x=1):
    return (type(self).__name__, x)


class A:
    pass


a = A()
print(hasattr(f, "__get__"), f.__get__(a)(), f.__get__(a, A)(7), f.__get__(None, A) is f)
bound = f.__get__(a)
print(type(bound).__name__, bound.__self__ is a, bound.__func__ is f)
cm = classmethod(lambda cls, y=0: (cls.__name__, y))
print(cm.__get__(a)(), cm.__get__(None, A)(3), cm.__get__(a, int)())
sm = staticmethod(lambda: "static")
print(sm.__get__(a)(), sm.__get__(None, A)())
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)


class Delegate:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        print("Delegate.__get__", obj is None)
        return self.func.__get__(obj, objtype)


class C:
    @Delegate
    def method(self):
        return "method of " + type(self).__name__

    @Delegate
    @classmethod
    def cmethod(cls):
        return "classmethod of " + cls.__name__


c = C()
print(c.method())
print(C.cmethod())
print(type(C.__dict__["method"]).__name__)
