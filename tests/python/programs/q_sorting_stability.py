people = [("ann", 30, "paris"), ("bob", 25, "rome"), ("cy", 30, "oslo"), ("di", 25, "paris"), ("ed", 35, "rome")]
by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
by_city_then_age = sorted(sorted(people, key=lambda p: p[1]), key=lambda p: p[2])
print([(p[2], p[1], p[0]) for p in by_city_then_age])
print(sorted(people, key=lambda p: (-p[1], p[0]))[0], max(people, key=lambda p: p[1])[0], min(people, key=lambda p: (p[1], p[2]))[0])
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (v < 0, v)), sorted(map(str, nums)))
lst = list(range(10))
lst.sort(key=lambda v: v % 3)
print(lst)
lst.sort(reverse=True)
print(lst)
