for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
else:
    print("outer done")
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
else:
    print("not reached")
for ch in "abc":
    pass
print(ch)
for i in []:
    print("never")
else:
    print("empty loop else")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
result = []
for i in range(1, 4):
    for j in range(i):
        result.append((i, j))
print(result)
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(list(it))
lst = [1, 2, 3, 4]
for i, v in enumerate(lst):
    lst[i] = v * v
print(lst)
total = 0
for a, b in zip(range(5), range(5, 10)):
    total += a * b
print(total)
i = 0
while True:
    i += 1
    if i >= 5:
        break
print(i)
