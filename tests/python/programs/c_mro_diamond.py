class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()
print(Bottom().hello(), [c.__name__ for c in Bottom.__mro__])
class X: pass
class Y: pass
class Z: pass
class A(X, Y): pass
class B(Y, Z): pass
class M(A, B, Z): pass
print([c.__name__ for c in M.mro()])
try:
    class Bad(A, X): pass
    print([c.__name__ for c in Bad.__mro__])
except TypeError as e:
    print(e)
try:
    class Bad2(X, A): pass
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
