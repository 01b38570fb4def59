d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("c", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(k, sorted(v), list(it)[0])
print(k == {"b", "c", "d"}, k & {"b", "z"}, k | {"z"} == {"b", "c", "d", "z"}, k - {"b"} == {"c", "d"})
print(it & {("b", 2)}, list(reversed(k)), sorted(k, reverse=True))
for key in d.keys():
    d[key] *= 10
print(d)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(e)
print(dict(d.items()), list(map(len, [k, v, it])), isinstance(k, type({}.keys())))
