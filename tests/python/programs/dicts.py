d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
del d["one"]
print(d, d.pop("two"), d, d.setdefault("x", 10), d)
d.update({"y": 20}, z=30)
print(d)
print({k: v * 2 for k, v in d.items()}, dict(a=1, b=2), dict([("p", 1), ("q", 2)]))
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print({1: "a", 2.5: "b", (1, 2): "c", None: "d", True: "e"})
e = {}
e[1] = 1
e[1.0] = 2
print(e, {**d, "w": 0}, d | {"q": 1})
print(d.keys(), d.values(), d.items())
print(dict.fromkeys("ab", 0), d.popitem(), len(d))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"])
d2 = dict(d)
d2.clear()
print(d2, d == dict(d), {1: 2} == {1: 2}, {1: 2} != {1: 3})
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
