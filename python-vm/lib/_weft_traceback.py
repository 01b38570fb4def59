# traceback and frame objects for weft-python: built on demand from an exception's internal
# traceback entries (src/vm/traceback_objects.cpp) when Python code reads __traceback__ or
# sys.exc_info()[2]. A frame here knows its code, line and instruction (f_code, f_lineno,
# f_lasti) and its module's globals; frames' locals are not kept, nor callers, except that
# sys._getframe's frames have f_back. Written for weft.
import _weft_tb


class frame:
    __module__ = "builtins"

    def __init__(self, code, lineno, lasti, globals=None, back=None):
        self.f_code = code
        self.f_lineno = lineno
        self.f_lasti = lasti
        if globals is not None:
            self.f_globals = globals
            self.f_builtins = globals.get("__builtins__")
            self.f_back = back

    def __repr__(self):
        return "<frame at 0x%x, file %r, line %d, code %s>" % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class traceback:
    __module__ = "builtins"

    def __init__(self, tb_next, tb_frame, tb_lasti, tb_lineno):
        if tb_next is not None and not isinstance(tb_next, traceback):
            raise TypeError("expected traceback object or None, got '%s'"
                            % type(tb_next).__name__)
        if not isinstance(tb_frame, frame):
            raise TypeError("TracebackType() argument 'tb_frame' must be frame, not %s"
                            % type(tb_frame).__name__)
        self.tb_next = tb_next
        self.tb_frame = tb_frame
        self.tb_lasti = tb_lasti
        self.tb_lineno = tb_lineno
        self._line = None

    def __repr__(self):
        return "<traceback object at 0x%x>" % id(self)


def _build(exc):
    tb = None
    for code, instr, lineno, line, glob in reversed(_weft_tb.entries(exc)):
        tb = traceback(tb, frame(code, lineno, instr * 2, glob), instr * 2, lineno)
        tb._line = line
    return tb


def _entries_of(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code, tb.tb_lasti // 2,
                    getattr(tb.tb_frame, "f_globals", None)))
        tb = tb.tb_next
    return out


def _getframe(depth):
    # sys._getframe(depth): the running frames as frame objects linked by f_back; `depth`
    # counts from the caller of sys._getframe (this function and it are left out)
    frames = _weft_tb.stack(2 + depth)
    if not frames:
        raise ValueError("call stack is not deep enough")
    f = None
    for code, instr, lineno, glob in reversed(frames):
        f = frame(code, lineno, instr * 2, glob, f)
    return f
