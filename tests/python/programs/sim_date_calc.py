def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
print(day_of_year(2024, 3, 1), day_of_year(2023, 12, 31), names[weekday(2024, 1, 1)], names[weekday(1969, 7, 20)])
def calendar(y, m):
    print(f"{y}-{m:02d}".center(20))
    print(" ".join(n[:2] for n in names))
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
calendar(2024, 2)
