# How built-in class/static methods, in-place slot wrappers, exceptions' __init__ and string
# index errors look, as in CPython
import re


def addr_free(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', str(s))


print(addr_free(dict.fromkeys), addr_free(int.from_bytes), addr_free(bytes.fromhex))
print(addr_free(str.maketrans), addr_free(float.fromhex), addr_free(object.__new__))


class D(dict):
    pass


print(addr_free(D.fromkeys), D.fromkeys('ab'), type(D.fromkeys('a')).__name__)
print(list.__iadd__, list.__imul__, set.__ior__, set.__isub__, dict.__ior__, dict.__ror__)
print(set.__rand__, frozenset.__rxor__, str.__rmod__)
l = [1]
print(l.__iadd__([2]), l, l.__iadd__(range(2)) is l, l.__imul__(2), l)
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({5}), s, s.__ior__([1]))
d = {1: 2}
print(d.__ior__({3: 4}), d, {1: 0}.__ror__({2: 0}), {1}.__rsub__({1, 2}))


class L(list):
    def __add__(self, other):
        return 'add'


x = L([1])
x += [2]
print(x, type(x).__name__)
try:
    [].__iadd__(1)
except TypeError as e:
    print(e)
print(Exception.__init__, ValueError.__init__, OSError.__init__)
print(ValueError.__init__ is Exception.__init__, '__init__' in vars(KeyError))


class E(ValueError):
    pass


print(E.__init__, E('a', 1).args)
for expr in ['"abc"[1:2, 3]', '"abc"["x"]', '"abc"[1.0]', 'b"abc"["x"]', '(1,)["a"]', '[1][1:2, 3]']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print(None.__bool__(), NotImplemented.__repr__(), type(None).__repr__(None), Ellipsis.__repr__())
