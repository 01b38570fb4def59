# class namespaces: __qualname__ is the type's, __dict__/__weakref__ getset descriptors
class A:
    """doc"""
    x = 1
    def f(self): pass
class B(A):
    y = 2
class S:
    __slots__ = ('b', 'a')
class SD:
    __slots__ = ('a', '__dict__')
class SW:
    __slots__ = ('__weakref__',)
class SS(S):
    pass
class E(Exception): pass
class L(list): pass
class T(tuple): pass
class I(int): pass
class St(str): pass
class F(float): pass
class D(dict): pass
class M(type):
    def meth(cls): pass
class N: pass
N2 = type('N2', (), {})
for c in (A, B, S, SD, SW, SS, E, L, T, I, St, F, D, M, N, N2):
    print(c.__name__, list(c.__dict__))
print('__qualname__' in A.__dict__, A.__qualname__, B.__qualname__)
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
g = A.__dict__['__dict__']
print(type(g).__name__, g.__name__, g.__objclass__, g.__doc__)
print(A.__dict__['__weakref__'].__doc__)
a = A(); a.z = 3
print(g.__get__(a, A), g.__get__(None, A) is g, A.__dict__['__weakref__'].__get__(a))
b = B(); b.q = 1
print(g.__get__(b), b.__dict__)
try: g.__get__(1)
except TypeError as e: print(e)
g.__set__(a, {'w': 5}); print(a.w, vars(a))
try: g.__set__(a, 1)
except TypeError as e: print(e)
try: a.__weakref__ = 1
except AttributeError as e: print(e)
print(a.__weakref__)
try: A.__dict__['__dict__'].__set__(a, None)
except TypeError as e: print(e)
sd = SD(); sd.k = 1; sd.a = 2; print(sd.__dict__, sd.a)
print(SD.__dict__['__dict__'], SS.__dict__['__dict__'], SS.__dict__['__weakref__'])
e = E('m'); e.x = 1; print(e.__dict__, E.__dict__['__weakref__'])
l = L(); l.v = 1; print(l.__dict__, L.__dict__['__dict__'].__get__(l))
t = T((1,)); t.v = 2; print(t.__dict__)
A.__qualname__ = 'Outer.A'; print(A.__qualname__, A, repr(A()).split(' at ')[0], A.__name__)
try: A.__qualname__ = 5
except TypeError as e: print(e)
try: type('X', (), {'__qualname__': 5})
except TypeError as e: print(e)
X = type('X', (), {'__qualname__': 'Q.X'}); print(X.__qualname__, X.__name__, list(X.__dict__))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, list(Outer.Inner.__dict__), list(Outer.__dict__))
print(sorted(vars(A)))
print([k for k in vars(S)])
try: vars(S())
except TypeError as e: print(e)
class P:
    __dict__ = 'shadow'
print(P().__dict__ if False else list(P.__dict__))
