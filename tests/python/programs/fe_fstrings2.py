x, y = 3, 4.5
name = "weft"
items = [1, 2, 3]
d = {"k": "v", "n": 7}
print(f"{x}+{y}={x + y}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{x=} {y = } {name=!r:>8}")
print(f"{y:10.3f}|{y:<10}|{y:^10}|{x:+05d}|{x:x}|{255:#X}|{255:08b}")
print(f"{1234567.891:,.2f} {1234567:_} {0.25:%} {0.125:.1%}")
print(f"{'nested ' + f'{x * 2}'}")
width, prec = 12, 4
print(f"{3.14159265:{width}.{prec}f}|")
print(f"{d['k']} {d['n']:03} {items[-1]} {items[1:]}")
print(f"{{literal}} {{{x}}}")
print(f"{'a' if x > 2 else 'b'} {(lambda v: v * 2)(x)}")
print(f"""multi
{x}
line""")
print(F"upper {x}", rf"raw\n{x}", fr"{x}\t")
print(f"{x!r:^7}|{name:*^12}|{-x:=6}|")
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(f"{C():hello} {C()!s:.3}" if False else f"{C():hello}")
print(f"{3:{'>'}{5}}|{'ab':{'^'}6}|")
print(f"{[i * i for i in range(4)]} {dict(a=1)} {x if x else y}")
val = 12.0
print(f"{val:g} {1e20:g} {1.5e-7:g} {val:e} {val:.0f} {123.456:.2e}")
print(f"{10**20} {-0.0} {float('inf')} {2**0.5:.17g}")
