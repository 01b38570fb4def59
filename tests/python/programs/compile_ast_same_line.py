# compile() of an AST: statements that share a line (`a; b`, a block on its header's line)
# keep that line, so tracebacks and f_lineno say what compiling the source says.
import ast
import sys

sources = [
    "x = 1; y = 1/0",
    "x = 1\ny = 2; z = 1/0",
    "if 1: a = 1; b = 1/0",
    "if 0:\n  pass\nelse: a = 1; b = 1/0",
    "def f(): x = 1; return 1/0\nf()",
    "def g():\n    'doc'; return 1/0\ng()",
    "class C: x = 1; y = 1/0",
    "for i in [1]: pass\nelse: x = 1/0",
    "try: 1/0\nexcept KeyError: pass",
    "while 1: a = 1; b = 1/0",
    "if 1:\n  a = 1; b = 2\n  c = 1/0",
    '"doc"; x = 1/0',
    "import os; x = 1; del x; x = 1/0",
    "if 1: pass\nx = 1; y = 1/0",
    "if 1: x = 1\nelse: y = 2\nz = 1/0",
    "with open(__file__) as f: x = 1; y = 1/0",
]
for src in sources:
    found = []
    for tree in (False, True):
        code = compile(ast.parse(src) if tree else src, "<src>", "exec")
        try:
            exec(code, {"__file__": sys.argv[0]})
        except ZeroDivisionError as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            found.append(tb.tb_lineno)
    print(repr(src), found)
exec(compile(ast.parse("import sys; print(sys._getframe().f_lineno)"), "<u>", "exec"))
exec(compile(ast.parse("a = 1\nimport sys; b = 2; print(sys._getframe().f_lineno)"), "<u>", "exec"))
