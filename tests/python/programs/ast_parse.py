# ast.parse: weft's parser tree as _ast nodes with CPython's fields and positions; ast.dump,
# unparse, literal_eval, walk, NodeTransformer, get_docstring on it; async for/with and except*
# as written.
import ast
src = '''
"""doc"""
import os, sys as s
from .. import x as y
from a.b import (c, d)
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:
    global g
    x = y = 3
    x += 1
    z: int = 5
    (w): int
    del x
    return f"{a!r:>{b}} {c=}"
@dec
class C(B, metaclass=M):
    async def m(self):
        await g
        return [i async for i in h]
for i in range(3):
    if i: break
    elif i > 2: continue
    else: pass
else:
    pass
while True: pass
try:
    raise E from e
except (A, B) as e:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
with open(f) as g, h: pass
assert x, "m"
lam = lambda x, *y, z=1: x + y
q = {1: 2, **d}, {1, 2}, [*a], (1,)
r = [x for x in y if x], {x for x in y}, {k: v for k, v in z}, (x for x in y)
s = a if b else c
t = not a and b or c
u = a < b <= c is not d in e
v = x[1:2, ::3], x.attr, -x, ~x, +x
w = 1.5, 2j, b"by", ..., None, True, 0x10, 10**100
if (n := 10) > 5: pass
match p:
    case 1 | 2: pass
    case [a, *rest]: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=yy) if yy > 0: pass
    case None: pass
    case str() as s: pass
    case _: pass
def gen():
    yield
    yield 1
    yield from g
    nonlocal_x = 1
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True, indent=1))
print(ast.unparse(tree))
print(ast.literal_eval("[1, 2.5, -3, 'a', (None, True), {'k': {1, 2}}, 1+2j]"))
try:
    ast.literal_eval("f(x)")
except ValueError as e:
    print("ValueError", str(e).split(" <")[0])
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
for node in ast.walk(ast.parse("a.b(c, d=e)")):
    print(type(node).__name__, getattr(node, "lineno", None), getattr(node, "col_offset", None))
class V(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
print(ast.unparse(V().visit(ast.parse("x = y + z"))))
print(ast.get_docstring(ast.parse('"""hello"""\nx = 1')))
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("é = 'ü'; x = é"), include_attributes=True))
src = '''
async def f():
    async for x in y:
        pass
    async with a as b, c:
        pass
try:
    pass
except* ValueError as e:
    pass
'''
print(ast.dump(ast.parse(src)))
