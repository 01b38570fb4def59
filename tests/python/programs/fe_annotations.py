
x: int = 5
y: "str"
z: list[int] = [1, 2]
print(__annotations__)
def f(a: int, b: "B" = 2, *args: str, c: float = 1.0, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f(1))
class P:
    name: str
    count: int = 0
    items: dict[str, int]
    def m(self, v: int) -> None:
        self.v: int = v
print(P.__annotations__, P.count)
p = P()
p.m(3)
print(p.v, hasattr(P, "name"))
def g(x: (lambda: "computed")()) -> 1 + 2:
    pass
print(g.__annotations__)
def h():
    local: int = 3
    other: str
    return local
print(h(), h.__annotations__)
lst = [0]
lst[0]: int = 9
print(lst)
