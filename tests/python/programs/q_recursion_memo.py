from functools import lru_cache
@lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 1 or c == 1:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(18, 18), grid_paths.cache_info().misses)
@lru_cache(maxsize=None)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)
print([stairs(i) for i in range(12)])
def subsets_sum(nums, target):
    @lru_cache(maxsize=None)
    def go(i, t):
        if t == 0:
            return 1
        if i == len(nums) or t < 0:
            return 0
        return go(i + 1, t - nums[i]) + go(i + 1, t)
    return go(0, target)
print(subsets_sum((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 15))
