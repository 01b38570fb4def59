import json
doc = {"users": [{"id": 1, "name": "Ann", "roles": ["admin", "dev"], "active": True, "score": 9.5},
                 {"id": 2, "name": "Bob", "roles": [], "active": False, "score": None}],
       "meta": {"count": 2, "generated": "2024-01-01", "ratio": 1 / 3}}
s = json.dumps(doc, indent=4)
print(s)
back = json.loads(s)
print(back == doc, back["users"][0]["roles"], type(back["meta"]["ratio"]).__name__)
print(json.dumps(doc, separators=(",", ":"), sort_keys=True))
print(json.dumps("unicode: é ☃ 😀"), json.dumps("unicode: é", ensure_ascii=False))
print(json.dumps({"a": [1, 2, {"b": None}]}, indent=1))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
import os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_json_advanced.tmp")
with open(path, "w") as f:
    json.dump(doc, f, indent=2)
with open(path) as f:
    print(json.load(f) == doc)
os.remove(path)
class Decimalish:
    def __init__(self, v):
        self.v = v
print(json.dumps({"x": Decimalish(3)}, default=lambda o: {"__dec__": str(o.v)}))
def hook(d):
    if "__dec__" in d:
        return float(d["__dec__"])
    return d
print(json.loads('{"x": {"__dec__": "3"}, "y": [1]}', object_hook=hook))
print(json.loads("[1e3, -0.5, 12345678901234567890, 1E-2]"), json.loads('"\\t\\"\\\\/"'))
print(json.loads('{"nested": {"deep": {"deeper": [1, [2, [3]]]}}}')["nested"]["deep"]["deeper"][1][1])
for bad in ['{"a": }', "[1, 2", '{"a" "b"}', "nul", '["a\\u00"]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(bad, "->", e.msg, e.pos)
