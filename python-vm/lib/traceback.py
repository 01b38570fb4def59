# The traceback module for weft-python (a subset of CPython's): print_exc, format_exc,
# print_exception, format_exception, format_exception_only, extract_tb, format_tb, print_tb,
# walk_tb, format_list, FrameSummary and StackSummary. Exceptions are formatted by the
# interpreter's own traceback printer (source lines, ~~~^^^ anchors, chained exceptions,
# repeated frames), so the text is what an uncaught exception prints. Not here: the stack
# functions (print_stack, extract_stack), TracebackException. Written for weft.
import sys

import _weft_tb

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_tb", "print_exc", "print_exception", "print_tb",
           "walk_tb", "FrameSummary", "StackSummary"]

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
