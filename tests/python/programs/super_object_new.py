def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return cls.__name__
    x = 5
class B(A):
    def f(self):
        s = super()
        print(s.__class__, type(s), s.__self__ is self, s.__thisclass__, s.__self_class__)
        print(repr(s)[:40])
        return s.f()
    @classmethod
    def c(cls): return super().c()
b = B()
t(b.f)
t(B.c)
t(lambda: super(B, b).__class__)
t(lambda: super(B, b).x)
t(lambda: super(B, B).c())
t(lambda: super(B).__self__)
t(lambda: super(B).__thisclass__)
t(lambda: super(B, b).__self_class__)
t(lambda: super(B, B).__self_class__)
t(lambda: super(B, 1))
t(lambda: super(1, b))
t(lambda: super(B, b).nothere)
t(lambda: super())
t(lambda: isinstance(super(B, b), super))
t(lambda: super(B, b).__doc__ is None)
t(lambda: object.__new__(int))
t(lambda: object.__new__(A).__class__)
t(lambda: object.__new__(1))
t(lambda: object.__new__())
t(lambda: object.__new__(list))
t(lambda: object.__new__(dict))
t(lambda: object.__new__(B, 1))
t(lambda: int.__new__(A))
t(lambda: int.__new__(bool, 3))
t(lambda: str.__new__(int))
t(lambda: list.__new__(A))
t(lambda: type.__new__(int))
t(lambda: object.__init__(b, 1))
t(lambda: A(1))
class C:
    def __init__(self, x): pass
t(lambda: object.__new__(C, 1).__class__)
class D:
    def __new__(cls, *a): return object.__new__(cls, *a)
t(lambda: D(1))
t(lambda: super(B, b).__repr__()[:20])
t(lambda: super(B, b).__getattribute__('x'))
t(lambda: super(B, b).__init__.__self__ is b)
class M(type):
    def __call__(cls, *a): return ('M', super().__call__(*a))
class E(metaclass=M):
    pass
t(lambda: E()[0])
t(lambda: type(E()[1]).__name__)
