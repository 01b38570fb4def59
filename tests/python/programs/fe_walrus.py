data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
vals = iter([5, 3, 0, 7])
while (v := next(vals)) != 0:
    total += v
print(total, v)
print((a := 10, a + 1))
def f():
    if any((hit := w) > 8 for w in data):
        return hit
    return None
print(f())
print([(last := i) for i in range(3)], last)
import re
for line in ["key=value", "nothing", "x=1"]:
    if (m := re.match(r"(\w+)=(\w+)", line)) is not None:
        print(m.groups())
def g():
    [z := 5 for _ in range(1)]
    return z
print(g())
print(f"{(q := 3)} {q}")
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
