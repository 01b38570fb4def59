def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3), outer("x")("y")("z"))
def make_ops():
    ops = {}
    def register(name):
        def deco(f):
            ops[name] = f
            return f
        return deco
    @register("add")
    def _add(a, b):
        return a + b
    @register("mul")
    def _mul(a, b):
        return a * b
    return ops
ops = make_ops()
print(sorted(ops), ops["add"](2, 3), ops["mul"](2, 3))
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return [bump() for _ in range(3)], bump()
print(counter_gen())
