def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class D:
    def __get__(self, obj, typ=None): return ('get', obj is None, typ.__name__)
    def __set_name__(self, owner, name): self.name = name
class DD(D):
    def __set__(self, obj, v): print('set', v)
    def __delete__(self, obj): print('delete')
class A:
    d = D(); dd = DD()
    __slots__ = ('s',)
a = A()
t(lambda: a.d); t(lambda: A.d); t(lambda: A.dd.__class__ if False else A.dd)
a.dd = 5; del a.dd
t(lambda: A.d.name if False else A.__dict__['d'].name)
t(lambda: a.s)
a.s = 3; t(lambda: a.s)
t(lambda: setattr(a, 'zz', 1))
t(lambda: A.s)
t(lambda: type(A.s).__name__)
t(lambda: A.__slots__)
del a.s
t(lambda: a.s)
t(lambda: delattr(a, 's'))
class S2(A): __slots__ = ('s',)
t(lambda: S2().__class__)
class S3(A): pass
s3 = S3(); s3.x = 1; t(lambda: s3.__dict__)
t(lambda: type('X', (A,), {'__slots__': ('__dict__',)})().__dict__)
t(lambda: type('X2', (), {'__slots__': 'a b'}))
class W:
    __slots__ = ('__weakref__', 'v')
import weakref
w = W(); t(lambda: weakref.ref(w)() is w)
class Base:
    def __init_subclass__(cls, /, flag=None, **kw):
        super().__init_subclass__(**kw); cls.flag = flag
class K(Base, flag=7): pass
t(lambda: K.flag)
t(lambda: type('K2', (Base,), {}, flag=3).flag)
class K3(Base): pass
t(lambda: K3.flag)
t(lambda: type('E', (), {}, x=1))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw): 
        ns['added'] = kw
        return super().__new__(mcs, name, bases, ns)
    def __repr__(cls): return f'<Meta {cls.__name__}>'
    def m(cls): return 'meta method'
    @property
    def pp(cls): return 'meta prop'
class X(metaclass=Meta, a=1): pass
t(lambda: X); t(lambda: X.added); t(lambda: X.m()); t(lambda: X.pp)
t(lambda: X().m)
t(lambda: type(X)); t(lambda: isinstance(X, Meta)); t(lambda: Meta.__mro__)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return ('radd', o)
    def __iadd__(self, o): self.v += 1; return self
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return 'gt'
    def __eq__(self, o): return NotImplemented
    def __matmul__(self, o): return '@'
    def __rpow__(self, o): return ('rpow', o)
    def __rlshift__(self, o): return 'rlshift'
    def __neg__(self): return 'neg'
    def __index__(self): return 2
    def __bool__(self): return False
    def __len__(self): return 3
n = N(1)
t(lambda: n + 1); t(lambda: 1 + n); t(lambda: n < 1); t(lambda: 1 < n); t(lambda: n == 1)
t(lambda: n == n); t(lambda: n != n); t(lambda: n @ 1); t(lambda: 1 @ n); t(lambda: 2 ** n)
t(lambda: pow(2, n)); t(lambda: pow(2, n, 5)); t(lambda: 1 << n); t(lambda: -n)
t(lambda: [1,2,3][n]); t(lambda: bool(n)); t(lambda: len(n)); t(lambda: 'ab' * n)
m = n; m += 1; t(lambda: (m is n, n.v))
class Sub(int):
    def __radd__(self, o): return 'sub radd'
    def __add__(self, o): return 'sub add'
t(lambda: 1 + Sub(2)); t(lambda: Sub(2) + 1)
class F(float):
    def __rsub__(self, o): return 'rsub'
t(lambda: 1.0 - F(2)); t(lambda: 1 - F(2))
class L(list):
    def __iadd__(self, o): return 'iadd'
l = L(); l += [1]; t(lambda: l)
t(lambda: [] + ())
t(lambda: 1 + 'a')
t(lambda: 'a' < 1)
t(lambda: n < n)
t(lambda: None < None)
class O:
    def __eq__(self, o): return True
    __hash__ = None
t(lambda: hash(O()))
t(lambda: {O()})
class H:
    def __hash__(self): return 'x'
t(lambda: hash(H()))
class GA:
    def __getattr__(self, n): return n * 2
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return object.__getattribute__(self, n)
t(lambda: GA().boom); t(lambda: GA().abc)
class SA:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print('del', n)
sa = SA(); sa.x = 2; t(lambda: sa.x); del sa.x
t(lambda: object.__setattr__(1, 'x', 2))
t(lambda: object.__getattribute__(1, 'real'))
class CM:
    @classmethod
    @property
    def cp(cls): return 'classprop'
t(lambda: CM.cp)
t(lambda: staticmethod(len)([1]))
t(lambda: classmethod(len).__func__)
t(lambda: property().__get__(1))
t(lambda: A.__dict__['d'].__get__(None, A))
