# irrefutable patterns are allowed in the last case, under a guard, in the last alternative
# and nested in sequences/mappings; none of these is a compile-time error
def f(x):
    match x:
        case [a, b] | [b, a] if a:
            return "pair", a, b
        case {"k": [c, *rest]} if c:
            return "mapping", c, rest
        case (1 | d) if d:
            return "or", d
        case [e, (1 | 2) as g]:
            return "seq", e, g
        case e:
            return "any", e
for v in ([1, 2], {"k": [3, 4, 5]}, 7, [0, 2], None, [0, 0]):
    print(f(v))
match 5:
    case 1 | 2:
        pass
    case _:
        print("default")
