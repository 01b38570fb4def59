# comment line
import sys
x = 1_000 + 0x_ff + 0o17 + 0b1010 + 1.5e-3 + .5 + 3j + 1e10 + 7.
s = 'a' "b" '''c
d''' """e""" r'\n' b'xy' rb"\d" f"{x!r:>10} {{}}" F'{s}'
if x:
    y = [1,
         2,
      3]  # implicit join
    if y:
	    pass
else:
    z = x ** 2 // 3 @ 4
    z **= 2; z //= 3; z >>= 1; z <<= 2
    w = x if x else -x
def f(a, *b, c=1, **d) -> None:
    return a != b <= c >= d == x
lam = lambda q: q
t = x \
  + 1
print(... , x := 3)
class C:

    pass
    # trailing comment
