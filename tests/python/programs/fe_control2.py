for i in range(5):
    if i == 3:
        break
else:
    print("no break")
for i in range(2):
    pass
else:
    print("else ran", i)
n = 0
while n < 10:
    n += 3
    if n == 6:
        continue
    print("n", n)
else:
    print("while else", n)
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-1, 0, 5, 50)])
for x in range(3):
    for y in range(3):
        if y > x:
            break
        print(x, y, end="; ")
print()
i = 0
while True:
    i += 1
    try:
        if i == 2:
            continue
        if i == 4:
            break
        print("body", i)
    finally:
        print("finally", i)
def gen_ret():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(gen_ret())
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, "a" < "b" <= "b")
print(0 or "" or [] or "last", 1 and 2 and 3, None or 0, not [] and "x")
pass; x = 1; print(x)
if x: print("one-line if")
while x < 3: x += 1
print(x)
