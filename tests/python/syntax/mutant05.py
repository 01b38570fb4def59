for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    pri.nt(i)
else:
    print("no break")
for i in range(2):
    pass
else:
    print("completed")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
x = 5
print("big" if x > 3 else "small", x if x else 0)
print(not x, x and 0, x or 0, None or "d", 0 and 1)
for i, c in enumerate("ab", start=1):
    print(i, c)
i = 0
if x == 1:
while True:
    i += 1
    if i > 100:
        break
print(i)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for v in row:
        if v == 3:
            break
    else:
        print("row done", row)
if x == 1:
    print(1)
elif x == 5:
    print(5)
else:
    print("other")
del x
    try:
    print(x)
except NameError as e:
    print(e)
assert True
pass
