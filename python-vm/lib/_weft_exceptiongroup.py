# BaseExceptionGroup and ExceptionGroup for weft-python (PEP 654), and the runtime side of
# except*: the parser rewrites each try/except* into one plain handler that drives a
# _StarState (see desugar_except_star in src/parser/parser_desugar.cpp). Written for weft.


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        if isinstance(exceptions, (set, frozenset, dict)) or not hasattr(exceptions, "__len__"):
            raise TypeError("second argument (exceptions) must be a sequence")
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(exceptions):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_exc = all(isinstance(e, Exception) for e in exceptions)
        if cls is BaseExceptionGroup:
            if all_exc:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exc:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = exceptions
        return self

    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_keep(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            eg.__notes__ = list(notes)
        return eg

    def _subset(self, excs):
        if not excs:
            return None
        if len(excs) == len(self._exceptions) and all(
                a is b for a, b in zip(excs, self._exceptions)):
            return self
        return self._derive_keep(excs)

    def split(self, condition):
        pred = _predicate(condition)
        if pred(self):
            return self, None
        match, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(pred)
                if m is not None:
                    match.append(m)
                if r is not None:
                    rest.append(r)
            elif pred(e):
                match.append(e)
            else:
                rest.append(e)
        m = self._subset(match)
        r = self._subset(rest)
        return m, r

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


def _predicate(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
            isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    else:
        out.add(id(exc))
    return out


class _StarState:
    # CPython's _PyExc_PrepReraiseStar: what leaves the try is the unhandled part of the
    # original group, plus what the handlers raised (re-raising a matched part counts as
    # unhandled); one exception alone is raised as it is
    def __init__(self, exc):
        self.original = exc
        self.naked = not isinstance(exc, BaseExceptionGroup)
        self.rest = exc if not self.naked else BaseExceptionGroup("", (exc,))
        self.matched = []
        self.raised_list = []
        self.reraised = set()

    def match(self, types):
        if isinstance(types, type) and issubclass(types, BaseExceptionGroup) or (
                isinstance(types, tuple) and any(
                    isinstance(t, type) and issubclass(t, BaseExceptionGroup) for t in types)):
            raise TypeError("catching ExceptionGroup with except* is not allowed. "
                            "Use except instead.")
        if self.rest is None:
            return None
        m, self.rest = self.rest.split(types)
        if m is not None:
            self.matched.append(m)
        return m

    def raised(self, exc):
        if any(exc is m for m in self.matched):
            _leaves(exc, self.reraised)
        else:
            self.raised_list.append(exc)

    def finish(self):
        keep = set(self.reraised)
        if self.rest is not None:
            _leaves(self.rest, keep)
        if self.naked:
            if self.raised_list:
                return self.raised_list[0]
            return self.original if keep else None
        excs = list(self.raised_list)
        if keep:
            if keep == _leaves(self.original, set()):
                kept = self.original
            else:
                kept = self.original.split(lambda e: not isinstance(e, BaseExceptionGroup) and
                                           id(e) in keep)[0]
            excs.append(kept)
        if not excs:
            return None
        if len(excs) == 1:
            return excs[0]
        return BaseExceptionGroup("", excs)


def _weft_star(exc):
    return _StarState(exc)


BaseExceptionGroup._weft_star = staticmethod(_weft_star)
BaseExceptionGroup.__module__ = "builtins"
ExceptionGroup.__module__ = "builtins"
