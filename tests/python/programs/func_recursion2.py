import sys
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(2, 10))
def flatten(x):
    return [a for i in x for a in flatten(i)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]], []]), depth(5), depth([]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**40, 6**20))
def count_down(n):
    return [] if n == 0 else [n] + count_down(n - 1)
print(count_down(10))
sys.setrecursionlimit(3000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(2500))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(7))
try:
    deep(10**5)
except RecursionError as e:
    print("RecursionError:", e)
