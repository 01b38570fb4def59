# compile-time SyntaxWarnings as CPython 3.11 issues them (on stderr, before the code runs,
# through the warnings filters), and catching them / turning them into SyntaxErrors
def f():
    return x is 1
try:
    print(f"{1 is 1}")
except Exception:
    pass
x = 5
print(x is not -1, x is (), x is not (1, 2), x is None, x is ..., x is not True)
print(x is 1 + 2, x is "a" + "b", () is x, x is not 2.5, x is -x)
exec("x = 1\nx is 1")
c = compile("x is ()", "f", "exec")
for src in ['(1, 2)(3)', '[1, 2]["a"]', '[1, 2][1, 2]', '"abc"[1:2, 3]', '{1, 2}[0]',
            '(lambda: 1)[0]', 'None[0]', 'f"x"[1.0]', '[x for x in y](1)', '(x for x in [])(1)',
            '{1: 2}[1.5]', '-1(2)', '1.5[0]', 'True[0]', '"a"(1)', 'b"a"[None]', '[1][0]',
            '{}(1)', 'x[1](2)', '(1)(2)', '(1,)[0]', 'x["a"]', '(-1)[0]']:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__)
assert (x, "msg")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("1 is 1", "zz", "exec")
    compile("a = '\\d'", "zz", "exec")
    for m in w:
        print(m.category.__name__, m.filename, m.lineno, str(m.message))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["\n1 is 1", "'\\d'", "x = 1\nassert (x, 2)", "x = 'a' '\\777'", "b'\\q'",
                "f'{1}\\s'", "x = 1\n(1)(2)"]:
        try:
            compile(src, "zz", "exec")
        except SyntaxError as e:
            print(e, e.lineno, e.offset, e.end_offset, repr(e.text))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("1 is 1", "zz", "exec")
print("done")
