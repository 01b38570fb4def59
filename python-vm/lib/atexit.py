# atexit for weft: the handlers run in reverse order of registration after __main__ ends
# (run_atexit, called from vm.cpp), each failure reported as CPython reports it.
_handlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    import sys
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            import traceback
            traceback.print_exception(type(e), e, e.__traceback__.tb_next)
