def find(items, key):
    for k, v in items:
        if k == key:
            return v
config = find([("a", {"x": 1})], "b")
print(config.get("x"))
