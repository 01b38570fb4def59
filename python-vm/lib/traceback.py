# The traceback module for weft-python (a subset of CPython's): print_exc, format_exc,
# print_exception, format_exception, format_exception_only, extract_tb, format_tb, print_tb,
# walk_tb, format_list, FrameSummary, StackSummary, TracebackException and the stack functions
# (extract_stack, format_stack, print_stack, walk_stack). Exceptions are formatted by the
# interpreter's own traceback printer (source lines, ~~~^^^ anchors, chained exceptions,
# repeated frames), so the text is what an uncaught exception prints. Frames carry no locals
# (capture_locals is accepted and ignored). Written for weft.
import sys

import _weft_tb

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_tb", "print_exc", "print_exception", "print_tb",
           "walk_tb", "FrameSummary", "StackSummary", "TracebackException",
           "extract_stack", "format_stack", "print_stack", "walk_stack", "clear_frames"]

_sentinel = object()
_RECURSIVE_CUTOFF = 3


def _limited(tb, limit):
    if limit is None:
        return tb
    items = []
    while tb is not None:
        items.append(tb)
        tb = tb.tb_next
    items = items[:limit] if limit >= 0 else items[limit:]
    out = None
    for t in reversed(items):
        copy = type(t)(out, t.tb_frame, t.tb_lasti, t.tb_lineno)
        copy._line = t._line
        out = copy
    return out


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
        return None, None
    return value, tb


def _chunks(text):
    # the pieces CPython's format_exception returns: the header, one per frame entry, the
    # chaining messages, the exception lines
    out = []
    lines = text.splitlines(True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("  File "):
            j = i + 1
            while j < len(lines) and lines[j].startswith("    "):
                j += 1
            out.append("".join(lines[i:j]))
            i = j
        elif line == "\n" and i + 2 < len(lines) and lines[i + 2] == "\n":
            out.append("".join(lines[i:i + 3]))
            i += 3
        else:
            out.append(line)
            i += 1
    return out


def _format(value, tb, limit, chain):
    if value is None:
        return ["NoneType: None\n"]
    saved = value.__traceback__
    value.__traceback__ = _limited(tb, limit)
    try:
        text = _weft_tb.format(value, chain)
    finally:
        value.__traceback__ = saved
    return _chunks(text)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return _format(value, tb, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    saved = value.__traceback__
    value.__traceback__ = None
    try:
        text = _weft_tb.format(value, False)
    finally:
        value.__traceback__ = saved
    return text.splitlines(True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for part in _format(value, tb, limit, chain):
        print(part, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_value.__traceback__,
                    limit, file, chain)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    __slots__ = ("filename", "lineno", "name", "_line", "locals", "_code", "_instr")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._code = None
        self._instr = None

    @property
    def line(self):
        if self._line is None:
            return None if self.lineno is None else ""
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._code is not None:
            return _weft_tb.format_entry(frame_summary._code, frame_summary._instr)
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        n, "s" if n > 1 else ""))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append("  [Previous line repeated {} more time{}]\n".format(
                n, "s" if n > 1 else ""))
        return result


def extract_tb(tb, limit=None):
    tb = _limited(tb, limit)
    result = StackSummary()
    while tb is not None:
        code = tb.tb_frame.f_code
        fs = FrameSummary(code.co_filename, tb.tb_lineno, code.co_name,
                          line=tb._line if tb._line is not None else "")
        fs._code = code
        fs._instr = tb.tb_lasti // 2
        result.append(fs)
        tb = tb.tb_next
    return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def _summary_of(code, instr, lineno):
    # the entry's source line comes from the interpreter's own formatting of it; stack
    # entries print without column anchors, as CPython's (walk_stack gives no positions)
    lines = _weft_tb.format_entry(code, instr).splitlines()
    return FrameSummary(code.co_filename, lineno, code.co_name,
                        line=lines[1].strip() if len(lines) > 1 else "")


def clear_frames(tb):
    # weft's frame objects hold no locals: nothing to clear
    pass


def walk_stack(f):
    if f is None:
        f = sys._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    frames = [fr for fr, _ in walk_stack(f)]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    result = StackSummary()
    for fr in reversed(frames):
        result.append(_summary_of(fr.f_code, fr.f_lasti // 2, fr.f_lineno))
    return result


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        print(item, file=file, end="")


class TracebackException:
    """An exception with its traceback captured for later formatting (CPython's API)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = self.__context__ = None
        self.exceptions = None
        if exc_value is not None:
            for name in ("__cause__", "__context__"):
                c = getattr(exc_value, name)
                if c is not None and id(c) not in _seen:
                    setattr(self, name, TracebackException(
                        type(c), c, c.__traceback__, limit=limit, _seen=_seen))
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit,
                                                      _seen=_seen)
                                   for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self.exc_type, self._value)

    def format(self, *, chain=True):
        yield from _format(self._value, self._tb, self._limit, chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_str(value):
    try:
        return str(value)
    except BaseException:
        return "<exception str() failed>"
