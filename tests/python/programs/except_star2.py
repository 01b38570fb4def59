def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ZeroDivisionError as e:
        print("zde", [str(x) for x in e.exceptions])
    except* LookupError as e:
        print("lookup", sorted(type(x).__name__ for x in e.exceptions))
run([ZeroDivisionError("z"), KeyError("k"), IndexError("i")])
run([KeyError("k")])
try:
    run([ValueError("v"), KeyError("k")])
except ExceptionGroup as eg:
    print("escaped:", repr(eg))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("reraised:", repr(eg))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print("mixed:", repr(eg), [type(x).__name__ for x in eg.exceptions])
try:
    try:
        raise TypeError("t")
    except* ValueError:
        print("not reached")
except TypeError as e:
    print("naked passthrough:", repr(e))
eg = ExceptionGroup("e", [ValueError(1)])
print(eg.derive([TypeError(2)]), type(eg.derive([KeyboardInterrupt()])).__name__)
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
