def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 1000, 7))
for x in (0, 7, 693, 994, 5, 1000):
    print(x, bsearch(data, x))
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
import bisect
print(all(lower_bound(data, x) == bisect.bisect_left(data, x) for x in range(-5, 1010)))
