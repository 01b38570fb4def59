name = input()
print("hello", name)
n = int(input("count? "))
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print("rest", rest)
