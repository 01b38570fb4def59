base = {"a": 1, "b": {"x": 1}}
override = {"b": {"y": 2}, "c": 3}
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(deep_merge(base, override), base | override, {**base, **override})
d = dict(base)
d.update(override, extra=True)
d.update([("z", 26)])
print(d, len(d))
print(dict(sorted({"b": 2, "a": 1}.items())), {k: v for k, v in d.items() if not isinstance(v, dict)})
