def fail(i):
    if i % 2:
        raise ValueError(f"bad {i}")
    raise TypeError(f"wrong {i}")
def collect():
    errs = []
    for i in range(3):
        try:
            fail(i)
        except Exception as e:
            errs.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), OSError("os")])
    errs.append(inner)
    raise ExceptionGroup("batch failed", errs)
collect()
