def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class MyInt(int): pass
class P:
    def __new__(cls, *a): return object.__new__(cls)
class Q(P): pass
class R(int):
    def __new__(cls, *a): return object.__new__(cls)
t(lambda: object.__new__(MyInt))
t(lambda: object.__new__(ValueError))
t(lambda: object.__new__(Q).__class__)
t(lambda: R(5))
t(lambda: int.__new__(MyInt, 5))
t(lambda: int.__new__(R, 5))
t(lambda: object.__new__(range))
t(lambda: object.__new__(type))
t(lambda: type(object.__new__(object)))
t(lambda: object.__new__(super))
t(lambda: object.__new__(Q, 1).__class__)
t(lambda: object.__new__(P, 1))
t(lambda: Exception.__new__(ValueError).__class__)
t(lambda: Exception.__new__(int))
t(lambda: ValueError.__new__(KeyError).__class__)
t(lambda: object.__init__(Q(), 1))
t(lambda: object.__init__(1))
class I:
    def __init__(self, *a): object.__init__(self, *a)
t(lambda: I(1))
class N:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: N(1))
class N2:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__(*a)
t(lambda: N2(1))
t(lambda: super(1, 2, 3))
t(lambda: super(int, x=1))
t(lambda: super(int, None))
t(lambda: super(int, None).__self__)
t(lambda: repr(super(int)))
t(lambda: repr(super(int, int)))
t(lambda: repr(super(int, 3)))
class A:
    @property
    def p(self): return 'prop'
    x = 1
class B(A):
    @property
    def p(self): return super().p + '!'
    @classmethod
    def cp(cls): return super().p
print(B().p, type(B.cp()))
t(lambda: super(B, B).x)
def outside(): return super()
t(outside)
class Cl:
    def m(self):
        __class__ = 5
        return super()
t(lambda: Cl().m())
class Cm:
    def m(self):
        del self
        return super()
t(lambda: Cm().m())
class Cs:
    def m(*args): return super()
t(lambda: Cs().m())
