x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    def __init__(self):
        self.a = 1
        self.b = 2
o = O()
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
nums = list(range(10))
del nums[::3]
print(nums)
class WithDel:
    def __delitem__(self, k):
        print("deleting", k)
    def __delattr__(self, name):
        print("delattr", name)
w = WithDel()
del w[5]
del w["k"], w[1:2]
del w.attr
