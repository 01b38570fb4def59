students = {"ann": [90, 85, 77], "bob": [60, 75, 70], "cy": [88, 92, 95]}
avgs = {k: sum(v) / len(v) for k, v in students.items()}
print(avgs)
print({k: round(v, 1) for k, v in sorted(avgs.items(), key=lambda kv: -kv[1])})
print(max(avgs, key=avgs.get), min(avgs.items(), key=lambda kv: kv[1]))
inverted = {}
for name, scores in students.items():
    for s in scores:
        inverted.setdefault(s // 10 * 10, []).append(name)
print(dict(sorted(inverted.items())))
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
merged = {**{"a": 1}, **{"b": 2}, "a": 3}
print(merged, list(merged.keys()), dict(a=1) | {"b": 2})
nested = {"x": {"y": {"z": 1}}}
def get_path(d, path):
    for p in path.split("."):
        d = d[p]
    return d
print(get_path(nested, "x.y.z"))
print({v: k for k, v in {"a": 1, "b": 2}.items()}, dict(zip(range(3), "abc")))
d = dict.fromkeys(range(5), 0)
for k in list(d):
    if k % 2:
        del d[k]
print(d, len(d), 4 in d, 3 in d)
