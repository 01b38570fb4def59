print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(int("7"), int(7.9), int(True), float("inf"), float(3), str(3.0), str([1]), bool("x"), bool(0))
print(list("ab"), list(range(3)), tuple("ab"), dict(a=1), dict([("b", 2)]), dict({"c": 3}, d=4))
print(set("aab") == {"a", "b"}, frozenset([1, 1]), bytes([1, 2]), bytes("é", "utf-8"), bytes(2))
print(type(5)(3), type("")(5), type([])("xy"), type(1.5)("2.5"))
print(range(3), slice(2), slice(1, 5, 2), object().__class__.__name__, type(None)())
print(type("Dyn", (), {"v": 1})().v, type(type), type(object), isinstance(int, type))
try:
    int("1.5")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    pass
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
ml = MyList([1, 2, 3])
print(ml.total(), ml, type(ml).__name__, isinstance(ml, list), MyDict(a=1), MyStr("hi").shout(), len(MyStr("abc")))
