# Positions of the expressions inside f-strings that span lines (triple-quoted, implicitly
# concatenated, nested format specs, raw): ast.parse's lineno/col_offset as python3's, and the
# line a runtime error inside one is reported at.
import ast
import traceback

srcs = [
    'x = f"""a\n{b}\nc{d!r:>{w}}"""\n',
    'y = (f"one {a}"\n     f"two {b}")\n',
    'z = f"{a}" f"""\n{ b + 1 }"""\n',
    'call(f"""\n  {x}\n""", 2)\n',
    'w = f"""{\n1 + 2\n}"""\n',
    'v = f"{x=}"\n',
    'u = f"a{b:{c}.{d}}"\n',
    'rb = rf"""\\d{x}\n\\w{y}"""\n',
    'def f():\n    return f"""\n    {value:>{width}}\n        {other}"""\n',
]
for s in srcs:
    print(repr(s))
    print(ast.dump(ast.parse(s), include_attributes=True))

code = 'text = f"""first\n{1 // 1}\n{1 / 0}\n"""\n'
try:
    exec(compile(code, "<fstring>", "exec"))
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-2:])
