d = {"b": 2, "a": 1}
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.popitem(), d, d.pop("b"), d.pop("zz", "default"), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(zip("xy", (1, 2))), dict(a=1, b=2))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print(d1 | d2, d2 | d1, {**d1, **d2})
d1 |= d2
print(d1)
ks = {"a": 1, "b": 2, "c": 3}.keys()
print(ks & {"a", "c", "q"}, ks | {"z"}, ks - {"a"}, ks ^ {"a", "q"}, "a" in ks)
items = {"a": 1, "b": 2}.items()
print(("a", 1) in items, list(items), len(items), sorted({"b": 2, "a": 1}.values()))
dd = {}
for w in "the cat the hat the end".split():
    dd[w] = dd.get(w, 0) + 1
print(dd, sorted(dd, key=dd.get, reverse=True), max(dd, key=dd.get))
e = {1: "a", 1.0: "b", True: "c"}
print(e, len(e))
order = {}
order["z"] = 1
order["a"] = 2
order["m"] = 3
del order["a"]
order["a"] = 4
print(list(order), list(reversed(order)), next(iter(order)))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    for k in order:
        order["new"] = 1
except RuntimeError as e:
    print(e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
print({k: v for k, v in zip(range(3), "abc")}, {x: x * x for x in range(4) if x})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
print(d == {}, {"a": 1} == {"a": 1.0}, {1: 2} != {1: 3}, dict(sorted({"b": 1, "a": 2}.items())))
c = {"k": [1]}
c2 = c.copy()
c2["k"].append(2)
c2["j"] = 0
print(c, c2)
print(repr({}), str({"q": "v"}), {(1, 2): None}, list({}.items()))
