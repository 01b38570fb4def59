class A:
    pass
class B:
    def __repr__(self):
        return "B()"
class C:
    def __str__(self):
        return "C-str"
class D(B):
    def __str__(self):
        return "D-str"
for obj in [B(), C(), D()]:
    print(str(obj), repr(obj) if not isinstance(obj, C) else "C-repr-default", f"{obj}", [obj] if isinstance(obj, B) else "")
print(repr(A()).startswith("<__main__.A object at 0x"), str(A()) == repr(A()) or True)
print(str(D()), repr(D()), "%s %r" % (D(), D()), "{} {!r}".format(D(), D()), [D(), B()])
class E(Exception):
    def __str__(self):
        return "E happened"
print(str(E()), repr(E("x")), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
