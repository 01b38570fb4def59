# Attribute names built at run time (getattr/setattr/hasattr with concatenated strings), as
# ast.NodeVisitor's dispatch does. Run also under WEFT_GC_STRESS (tests/python/CMakeLists.txt):
# a dead name's address reused by the next name must not find the old name's attribute.
import ast


class Visitor:
    def visit_A(self):
        return "A"

    def visit_B(self):
        return "B"

    def visit_C(self):
        return "C"


v = Visitor()
wrong = 0
for i in range(3000):
    kind = "ABC"[i % 3]
    if getattr(v, "visit_" + kind)() != kind:
        wrong += 1
print("wrong dispatches:", wrong)

missing = sum(hasattr(v, "visit_" + k) for k in "DEFG" * 200)
print("found missing:", missing)


class Slots:
    pass


s = Slots()
for i in range(300):
    setattr(Slots, "m%d" % (i % 7), i)
print([getattr(Slots, "m%d" % k) for k in range(7)])

src = '''
def f(a, b=1, *c, d, **e):
    """doc"""
    x = [i * 2 for i in range(10) if i % 2]
    y = {k: v for k, v in zip(a, b)}
    return f"{x!r:>10} {y}" + str(lambda q: q + 1)
class C(Base, metaclass=M):
    @dec
    async def g(self):
        async with a as b, c:
            await c
        try:
            pass
        except (E, F) as e:
            raise X from e
        finally:
            del z
        match p:
            case [1, *rest] if rest: pass
            case {"k": v, **kw}: pass
            case Point(x=0) | None: pass
'''
tree = ast.parse(src)
text = ast.unparse(tree)
for _ in range(5):
    again = ast.unparse(ast.parse(text))
    print(again == text)
print(text)
