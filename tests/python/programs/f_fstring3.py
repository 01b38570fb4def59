items = {"apple": 1.5, "banana": 0.25, "cherry": 10}
for name, price in items.items():
    print(f"{name:<10}|{price:>8.2f}|{price * 100:>6.0f}c|{name[0].upper()!s:^3}|")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{n:e}", f"{n:.3g}", f"{int(n):x}", f"{int(n):#o}", f"{0.5:.0%}")
w = 7
print(f"{'x':{w}}|", f"{'x':>{w}}|", f"{3.14159:.{w - 4}f}", f"{{escaped}}", f"{w!r}")
from math import pi
print(f"{pi=:.3f}", f"{w*2=}", f"{'nested' + f'{w}'=}")
print(f"{[1, 2]!s:>10}", f"{None}", f"{True:d}", f"{-5:+d}", f"{5: d}", f"{-0.0:f}")
name = "x"
print(f"{name}{name}" f"{name!r}" "plain" f"{len(name)}")
print(f"""{
    1 + 2
}""", f"{'a' 'b'}", f"{3:{'0'}>{4}}")
