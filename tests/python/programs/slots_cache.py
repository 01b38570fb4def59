# __slots__ through the inline caches: attribute loads and stores in loops over instances of
# several classes (slots, slots + dict, plain), with deleted slots and a class change midway.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z


class Loose(Vec):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.tag = "loose"


class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(objs):
    t = 0
    for o in objs:
        t += o.x + o.y
    return t


def bump(objs):
    for o in objs:
        o.x = o.x + 1


objs = [Vec(i, 1) for i in range(5)] + [Vec3(i, 2, 3) for i in range(5)]
objs += [Loose(i, 3) for i in range(5)] + [Plain(i, 4) for i in range(5)]
for _ in range(3):
    bump(objs)
print(total(objs), sum(o.norm2() for o in objs if isinstance(o, Vec)))
victim = objs[2]
del victim.y


def safe_total(objs):
    out = []
    for o in objs:
        try:
            out.append(o.y)
        except AttributeError as e:
            out.append(str(e))
    return out


print(safe_total(objs[:4]))
victim.y = 9
print(safe_total(objs[:4]))
lo = objs[10]
print(lo.__dict__, lo.tag)
lo.__dict__["extra"] = 1
print(total(objs), lo.extra)


def reads(o, n):
    s = 0
    for _ in range(n):
        s += o.x
    return s


print(reads(objs[0], 10), reads(objs[5], 10), reads(objs[10], 10), reads(objs[15], 10))
Vec.w = 100  # a class attribute added later: versions change, members stay
print(reads(objs[0], 3), objs[0].w, objs[5].w)
try:
    objs[0].w = 1
except AttributeError as e:
    print(e)
