print(True and False, True or False, not True, True == 1, False == 0, True is True, bool(), bool(0.0), bool("0"))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, True + True, -True, ~True, True << 3)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(str(True), repr(False), int(False), float(True), f"{True}", "%d" % True, format(True, ">5"))
print(None is None, None == None, type(None).__name__, bool(None), repr(None), str(None))
print([x for x in [0, 1, "", "a", [], [0], None, {}, {0: 0}, 0.0, 0j] if x])
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Falsy()), bool(LenZero()), bool(Plain()), not Falsy(), Falsy() or "fallback")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
print(sorted([True, False, True]), sum([True, True, False]), max(False, True), hash(True), hash(False))
print(None.__class__, (lambda: None)() is None, print() is None)
def f(x=None):
    return "default" if x is None else x
print(f(), f(0), f(False), 0 == False, "" == False, None == False)
print(all([]), any([]), all([1, 0]), any([0, None, 3]), all(x > 0 for x in [1, 2]))
