name = "World"
n = 42
pi = 3.14159265
print(f"Hello {name}!", f"{n} {n:5d} {n:<5}| {n:^7}| {n:x} {n:08b}")
print(f"{pi:.3f} {pi:10.4f} {pi:e} {pi:g} {pi * 100:.0f} {0.5:%} {1234567.891:,.2f}")
print(f"{name!r} {name!s} {name:>10} {name:*^11}")
items = [1, 2, 3]
print(f"{items} {len(items)} {items[0] + items[-1]} {'nested'}")
print(f"{n=} {pi=:.2f}")
d = {"k": "v"}
print(f"{d['k']} {{literal}} {n:+d} {-n:+d} { n }")
width = 8
print(f"{n:{width}}|{pi:{width}.{2}f}|")
print(f"{True} {None} {3 > 2}")
print(f"{'a' 'b'}", f"multi {n} " f"part {name}")
x = 1.0
print(f"{x} {1e20} {1/3}")
print(f"{12345678901234567890:,}")
