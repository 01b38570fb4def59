checks = [ZeroDivisionError, IndexError, KeyError, ValueError, TypeError, AttributeError, NameError,
          UnboundLocalError, FileNotFoundError, PermissionError, RecursionError, NotImplementedError,
          StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, OverflowError, UnicodeDecodeError,
          ModuleNotFoundError, AssertionError, IsADirectoryError, TimeoutError]
for c in checks:
    print(c.__name__, c.__bases__[0].__name__, issubclass(c, Exception))
def trigger(kind):
    if kind == 0: return 1 / 0
    if kind == 1: return [][1]
    if kind == 2: return {}["x"]
    if kind == 3: return int("x")
    if kind == 4: return "a" + 1
    if kind == 5: return None.attr
    if kind == 6: return undefined_global
    if kind == 7: return b"\xff".decode("utf-8")
    if kind == 8: return [].pop()
    if kind == 9: return iter(5)
for k in range(10):
    try:
        trigger(k)
    except LookupError as e:
        print("LookupError branch:", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError branch:", type(e).__name__, e)
    except Exception as e:
        print("Exception branch:", type(e).__name__, e)
