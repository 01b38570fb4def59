# _datetime for weft-python. CPython's datetime.py is its pure-Python implementation and tries
# this accelerator at its end; weft has no native datetime. Instead, while datetime.py is still
# initializing, this module gives its pure classes the error messages of CPython's C module
# (what python3 prints), then declines with ImportError so that datetime.py keeps those classes.
# The checking helpers are replaced outright (no cost); the few methods whose own messages differ
# are wrapped, translating only the exception they raise.
import sys
# datetime.py's own _index: the C module's TypeError for a non-integer field
from operator import index as _field_index

_dt = sys.modules.get("datetime")


def _check_date_fields(year, month, day):
    year, month, day = _field_index(year), _field_index(month), _field_index(day)
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _dt._days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _field_index(hour), _field_index(minute)
    second, microsecond = _field_index(second), _field_index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, _dt.tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _translated(method, kind, message, replacement):
    # method(self, other), raising `kind(replacement)` where it raised kind(message...) (a prefix
    # match); two fixed arguments keep the wrapper's call cheap
    def wrapper(self, other):
        try:
            return method(self, other)
        except kind as e:
            if not (e.args and isinstance(e.args[0], str) and e.args[0].startswith(message)):
                raise
            raise kind(replacement) from None
    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    wrapper.__doc__ = method.__doc__
    return wrapper


def _cmp_translated(method, replacement):
    def _cmp(self, other, allow_mixed=False):
        try:
            return method(self, other, allow_mixed)
        except TypeError as e:
            if not (e.args and isinstance(e.args[0], str) and
                    e.args[0].startswith("cannot compare naive")):
                raise
            raise TypeError(replacement) from None
    return _cmp


def _iso_calendar_repr(self):
    return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


def _from_ordinal(cls, n):
    if _field_index(n) < 1:
        raise ValueError("ordinal must be >= 1")
    return _plain_fromordinal(cls, n)


if _dt is not None and hasattr(_dt, "_check_date_fields"):
    _dt._check_date_fields = _check_date_fields
    _dt._check_time_fields = _check_time_fields
    _dt._check_tzinfo_arg = _check_tzinfo_arg
    _dt._IsoCalendarDate.__repr__ = _iso_calendar_repr
    # (no __dict__ here: a class's mappingproxy would import types)
    _plain_fromordinal = _dt.date.fromordinal.__func__
    _dt.date.fromordinal = classmethod(_from_ordinal)
    for _cls in (_dt.date, _dt.datetime):
        for _name in ("__add__", "__radd__", "__sub__"):
            setattr(_cls, _name, _translated(getattr(_cls, _name), OverflowError,
                                             "result out of range", "date value out of range"))
    _dt.datetime.__sub__ = _translated(_dt.datetime.__sub__, TypeError, "cannot mix naive",
                                       "can't subtract offset-naive and offset-aware datetimes")
    _dt.datetime._cmp = _cmp_translated(
        _dt.datetime._cmp, "can't compare offset-naive and offset-aware datetimes")
    _dt.time._cmp = _cmp_translated(_dt.time._cmp,
                                    "can't compare offset-naive and offset-aware times")

raise ImportError("weft-python: datetime is CPython's pure-Python implementation")
