# exec(), eval() and compile(): their SyntaxErrors (eval's at the token where the expression
# ends, null bytes, 'single' mode's one statement), argument TypeErrors, code objects' repr
import re


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", re.sub("0x[0-9a-f]+", "ADDR", repr(r))[:80])
    except BaseException as e:
        print(type(e).__name__, repr(str(e)), getattr(e, "lineno", None),
              getattr(e, "offset", None), repr(getattr(e, "text", None)))


t(exec, "x = (")
t(exec, "def f(:\n  pass")
t(exec, "if True:\n  x = 1\n y = 2\n")
t(exec, "if True:\nx = 1\n")
t(exec, "x = 1 +")
t(eval, "x = 1")
t(eval, "x += 1")
t(eval, "1\n2")
t(eval, "import os")
t(compile, "x = (", "<f>", "exec")
t(compile, "print(1)", "<f>", "bogus")
t(compile, "x = '\xff'", "<f>", "exec")
t(compile, "a\0b", "<f>", "exec")
t(exec, "a\0b")
t(eval, "1\0")
t(exec, "for x in y:\n    pass\n  else: pass")
t(compile, "x = 1", "f", "single")
t(compile, "x = 1; y = 2", "f", "single")
t(compile, "x = 1\ny = 2", "f", "single")
t(compile, "if x:\n    y = 2\n", "f", "single")
t(exec, "f'{'")
t(exec, "return")
t(exec, "break")
t(exec, "continue")
t(exec, "x = 1; del x; del 1")
t(exec, 5)
t(eval, 5)
t(exec, "x", 5)
t(exec, "x", {}, 5)
t(eval, "x", {}, 5)
t(eval, "x", [])
t(eval, "x", 5)
t(compile, "x", 5, "exec")
t(compile, "x", "f", 5)
t(exec, compile("1/0", "<zz>", "exec"))
print(eval(compile("6 * 7", "<c>", "eval")), exec("x = 1", {}))


def f():
    pass


print(re.sub("0x[0-9a-f]+", "ADDR", repr(f.__code__)).replace(__file__, "F"))
