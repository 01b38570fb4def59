"""Slices without a step (BINARY_SLICE/STORE_SLICE): lists, tuples, str, user __getitem__/
__setitem__, clamping, negative and huge bounds, __index__, assigning the list to itself,
iterators and bad values, a[i:j] += x."""
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-8], a[5:2], a[::2], a[100:], a[-100:3], a[True:3])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = (7, 8, 9)
print(b)
b[5:2] = 'ab'
print(b)
b[:] = b
print(b)
b[3:] = iter(range(3))
print(b)
b[-2:] = []
print(b)
b[100:] = [1]
print(b)
t = (1, 2, 3)
print(t[1:], t[:] is t, "hello"[1:3])
try:
    b[1:2] = 5
except TypeError as e:
    print(e)
try:
    t[1:2] = [1]
except TypeError as e:
    print(e)
class C:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
c = C()
print(c[1:2], c[:], c["a":None])
c[1:] = 3
try:
    a[1.5:2]
except TypeError as e:
    print(e)
import sys
print(a[1:sys.maxsize * 4], a[-sys.maxsize * 4:2])
class I:
    def __index__(self): return 2
print(a[I():I()+1] if False else a[I():5])
x = [0, 1, 2, 3]
x[1:3] += [9]
print(x)
