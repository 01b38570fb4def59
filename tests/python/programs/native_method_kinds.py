class A:
    def f(self): pass
class Init:
    def __init__(self): pass
o = object()
names = ['A().__init__', 'o.__init__', 'o.__str__', 'o.__eq__', '[].append', '[].__len__', 'A.__init__', 'object.__init__', 'list.append', 'list.__len__', 'int.__add__', '(1).__add__', 'len', 'type.__call__', 'super(Init, Init()).__init__', 'A.__str__', 'A().__str__', 'A.__repr__', 'A.__hash__', 'A().__hash__', 'A().__eq__', 'A.__eq__', 'A.__format__', 'A.__dir__', 'A().__dir__', '[].__getitem__', 'list.__getitem__', 'dict.__getitem__', '{}.get', 'dict.get', 'str.join', "''.join", '(1).bit_length', 'int.bit_length', 'list.__init__', '[].__init__', 'A.__getattribute__', 'A().__getattribute__', 'A.__setattr__', 'A.__delattr__', 'iter([]).__next__', 'type(iter([])).__next__', 'enumerate.__new__', 'object.__sizeof__', 'A.__lt__', 'A().__lt__', "'a'.__len__", 'str.__len__', 'str.upper', "'a'.upper", '(1.5).__add__', 'float.__add__', 'float.is_integer', '{1}.add', 'set.add', "b''.decode", 'dict.__setitem__', 'type.mro', 'A.mro', 'int.__new__', 'list.__new__', 'Exception().__str__', 'Exception.__str__', 'Exception.with_traceback']
for n in names:  # the kinds of native functions and methods, as type() and repr() show them
    try:
        x = eval(n)
        r = repr(x).split(' at 0x')[0]
        print(n, '|', type(x).__name__, '|', r)
    except Exception as e:
        print(n, '| ERR', type(e).__name__, e)

class B(A):
    y = 2
class S:
    __slots__ = ('a', 'b')
a = A(); a.z = 3
def no_reduce(names):  # object.__reduce__/__reduce_ex__ are not there yet
    return [n for n in names if not n.startswith('__reduce')]
print(no_reduce(dir(A)))
print(no_reduce(dir(a)))
print(no_reduce(dir(B())))
print(no_reduce(dir(S())))
class M(type):
    def meth(cls): pass
class C(metaclass=M):
    q = 1
print(no_reduce(dir(C)), 'meth' in dir(M))
print(a.__class__, object.__dict__['__class__'], type(object.__dict__['__class__']).__name__)
a.__class__ = B; print(type(a).__name__)
print(object.__subclasshook__(), A.__subclasshook__(), A().__lt__(1), object.__ge__(a, a))
s = S(); s.a = 1
print(s.__getstate__(), a.__getstate__(), A().__getstate__())
class SD:
    __slots__ = ('a', '__dict__')
sd = SD(); sd.a = 5; sd.k = 6; print(sd.__getstate__())
print(isinstance(a.__sizeof__(), int), a.__sizeof__() > 0)
