# arguments after **kwargs
def f(a, **k, *rest):
    pass
