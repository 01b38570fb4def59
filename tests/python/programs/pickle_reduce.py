# object.__reduce_ex__/__reduce__ (copyreg's protocol), exceptions' and built-in types'
# reduce support, and pickle round trips with every protocol (the escape codecs of protocol 0)
import copyreg
import pickle


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return type(o) is P and o.x == self.x


class S:
    __slots__ = ('a', 'b')


class N:
    def __getnewargs__(self):
        return (1, 2)

    def __new__(cls, *a):
        o = object.__new__(cls)
        o.a = a
        return o


class K:
    def __getnewargs_ex__(self):
        return (1,), {'k': 2}

    def __new__(cls, *a, **kw):
        return object.__new__(cls)


class MyInt(int):
    pass


p = P(3)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:])
print(p.__reduce_ex__(4)[1:])
s = S()
s.a = 1
print(s.__reduce_ex__(2)[1:])
print(N().__reduce_ex__(2)[1:])
print(K().__reduce_ex__(2)[0] is copyreg.__newobj_ex__, K().__reduce_ex__(2)[1])
print([1, 2].__reduce_ex__(2)[1:3], type([1, 2].__reduce_ex__(2)[3]).__name__)
print({1: 2}.__reduce_ex__(2)[1:3], type({1: 2}.__reduce_ex__(2)[4]).__name__)
print(MyInt(7).__reduce_ex__(2)[1], (5).__getnewargs__(), 'ab'.__getnewargs__())
try:
    (x for x in []).__reduce_ex__(2)
except TypeError as e:
    print(e)
print(ValueError("a", 1).__reduce__(), KeyError('k').__reduce_ex__(2))
e = ValueError("m")
e.foo = 1
print(e.__reduce__())
print({1, 2}.__reduce__(), frozenset([3]).__reduce__(), range(1, 5, 2).__reduce__(),
      slice(1, None).__reduce__())
objs = [1, 2**80, -3, 1.5, "s", "é€😀\\u1234", b"b", (1, 2), [1, [2]], {1: {2: 3}}, {1, 2},
        frozenset([3]), None, True, p, range(3), slice(1, 2), 1 + 2j, MyInt(4)]
for obj in objs:
    res = []
    for proto in range(0, 6):
        y = pickle.loads(pickle.dumps(obj, proto))
        res.append(y == obj and type(y) is type(obj))
    print(type(obj).__name__, res)
for proto in range(0, 6):
    y = pickle.loads(pickle.dumps(ValueError("x", 2), proto))
    try:
        print(type(y).__name__, y.args, pickle.loads(pickle.dumps(s, proto)).a)
    except TypeError as e:  # protocols 0 and 1: copyreg refuses __slots__ without __getstate__
        print(proto, e)
print(pickle.dumps([1, "a", 2.5], 0))
print(pickle.dumps({"k": (1, None), "u": "é\u20ac"}, 0))
print(pickle.dumps([1, "a", 2.5], 2))
