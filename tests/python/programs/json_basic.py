import json
data = {"name": "weft", "version": 3.11, "tags": ["a", "b"], "ok": True, "none": None,
        "nested": {"x": [1, 2, {"y": -3.5e-7}]}, "uni": "café ☃ \U0001F600", "esc": "q\"b\\n\n\t\x01"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, [2, []], {}], indent="\t"))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e100, 0.1]))
back = json.loads(s)
print(back == data, back)
print(json.loads('  [1, 2.0, -3, 4e2, "x", true, false, null, {"a": {}}, []]  '))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5, 2]', parse_float=lambda x: "F" + x, parse_int=lambda x: int(x) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"bytes": [1]}'))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', '[1] x', 'tru',
            '"\\x"', '"a\nb"', '{"a":', '-', '01', '[', '"\\u12"', '  \n  {"a": 1\n  x']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no")
print(json.dumps([Point(1, 2)], default=enc))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
try:
    json.dumps({"s": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps("plain"), json.dumps(12), json.dumps(None), json.dumps((1, 2)))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
