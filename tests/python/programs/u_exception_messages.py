tests = [
    lambda: [1, 2, 3][10], lambda: (1, 2)[5], lambda: "abc"[9], lambda: {"a": 1}["b"], lambda: 1 / 0, lambda: 1 % 0,
    lambda: 2.0 / 0, lambda: int("x"), lambda: float("y"), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(),
    lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (1,), lambda: len(1), lambda: (1).foo,
    lambda: "x".nope, lambda: [].index(1), lambda: "abc".index("z"), lambda: int([]), lambda: iter(1),
    lambda: next(iter([])), lambda: {}.__getitem__, lambda: abs("s"), lambda: -"s", lambda: ~1.5,
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
