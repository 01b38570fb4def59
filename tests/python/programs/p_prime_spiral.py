def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True
print([p for p in range(100) if is_prime(p)])
twins = [(p, p + 2) for p in range(3, 200) if is_prime(p) and is_prime(p + 2)]
print(twins)
goldbach = {n: next((p, n - p) for p in range(2, n) if is_prime(p) and is_prime(n - p)) for n in range(4, 30, 2)}
print(goldbach)
print(sum(1 for n in range(10**4) if is_prime(n)))
