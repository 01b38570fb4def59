data = {"a": [1, 2, {"b": None}]}
def get(d):
    return d["a"][2]["b"]["c"]
print(len(data))
result = get(data) + 1
