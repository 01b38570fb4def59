import re
lines = ["x=1", "bad", "y=22", "z=333"]
parsed = {m[1]: int(m[2]) for line in lines if (m := re.fullmatch(r"(\w)=(\d+)", line))}
print(parsed)
def classify(obj):
    match obj:
        case {"kind": "circle", "r": r} if r > 0:
            return f"circle area {3 * r * r}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rect area {w * h}"
        case [int(a), int(b)] | (int(a), int(b)):
            return f"pair sum {a + b}"
        case str() as s if (n := len(s)) > 3:
            return f"long string {n}"
        case _:
            return "unknown"
for o in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 2, "h": 5}, [1, 2], (3, 4), "hello", "hi", {"kind": "circle", "r": -1}]:
    print(classify(o))
data = iter(range(100))
chunks = []
while (chunk := [x for _, x in zip(range(30), data)]):
    chunks.append(len(chunk))
print(chunks)
