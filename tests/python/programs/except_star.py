def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError("k")])
try:
    f()
except* ValueError as e:
    print("values:", repr(e), e.exceptions)
except* (TypeError, KeyError) as e:
    print("others:", repr(e))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e), type(e).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest:", repr(rest), str(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("in handler")
except ExceptionGroup as e:
    print("raised in handler:", repr(e))
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.message, len(eg.exceptions))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__[1].__name__)
