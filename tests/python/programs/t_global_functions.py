def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 7, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1), apply(lambda: "noargs"))
def kwargs_only(**opts):
    return ", ".join(f"{k}={v!r}" for k, v in sorted(opts.items()))
print(kwargs_only(z=1, a="x", m=None), kwargs_only())
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults(3, []))
def annotated(x: int, y: str = "s") -> str:
    return str(x) + y
print(annotated(1), annotated.__annotations__, annotated.__defaults__, annotated.__name__)
def varargs_kw(a, *args, sep="-", **kw):
    return sep.join(map(str, (a,) + args)) + str(sorted(kw))
print(varargs_kw(1, 2, 3), varargs_kw(1, sep="+", x=1))
