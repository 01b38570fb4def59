def sign(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in (-2, 0, 3)])
x = 5
print(1 < x < 10, 10 > x > 1, x == 5 == 5.0, 1 < x > 3, not 1 < x < 4)
print(x if x else "falsy", "" or "default", [] and "never", 0 or None, None or 0)
print(True and "last truthy", False or False, (1, 2) and [], {} or set() or "end")
def show(v):
    print("evaluated", v)
    return v
print(show(0) and show(1), show(1) or show(2))
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 72, 40)])
if x > 3:
    if x > 4:
        print("nested true")
    else:
        print("nested false")
elif x > 1:
    print("elif")
else:
    print("else")
items = []
print("empty" if not items else "has items", "none" if None is None else "", 3 in [1, 2, 3] and "found")
val = None
print(val is None, val is not None, val == None, type(val) is type(None))
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, (a is b) == False)
