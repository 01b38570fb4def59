# The Python-level parts of time for weft-python (struct_time, gmtime, localtime, mktime,
# asctime, ctime, strptime), added to the C++ module when it is first imported. Written for
# weft.
import time

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
           "tm_isdst")


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11

    def __new__(cls, seq):
        return tuple.__new__(cls, tuple(seq)[:9])

    def __getattr__(self, name):
        if name in _FIELDS:
            return self[_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            "%s=%r" % (f, v) for f, v in zip(_FIELDS, self)) + ")"


struct_time.__module__ = "time"


def gmtime(secs=None):
    if secs is None:
        secs = time.time()
    return struct_time(time._tm(secs, False))


def localtime(secs=None):
    if secs is None:
        secs = time.time()
    return struct_time(time._tm(secs, True))


def mktime(t):
    return time._mktime(t)


_strftime = time.strftime


def strftime(fmt, t=None):
    if t is None:
        t = localtime()
    return _strftime(fmt, t)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4],
                                            t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


_FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DIRECTIVES = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])", "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)", "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "w": r"(?P<w>[0-6])", "y": r"(?P<y>\d\d)", "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "a": "(?P<a>" + "|".join(_DAYS) + ")", "A": "(?P<A>" + "|".join(_FULL_DAYS) + ")",
    "b": "(?P<b>" + "|".join(_MONTHS) + ")", "B": "(?P<B>" + "|".join(_FULL_MONTHS) + ")",
    "p": "(?P<p>AM|PM)", "%": "%",
}


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    # C-locale directives only; the fields python3's _strptime computes from them
    import re
    for name, value in (("strptime() argument 0", data_string), ("strptime() argument 1",
                                                                  format)):
        if not isinstance(value, str):
            raise TypeError("%s must be str, not %s" % (name, type(value).__name__))
    pattern = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == "%" and i + 1 < len(format):
            d = format[i + 1]
            if d == "T":
                pattern.append(_DIRECTIVES["H"] + ":" + _DIRECTIVES["M"] + ":" + _DIRECTIVES["S"])
            elif d in _DIRECTIVES:
                pattern.append(_DIRECTIVES[d])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            i += 2
        elif c.isspace():
            pattern.append(r"\s+")
            while i < len(format) and format[i].isspace():
                i += 1
        else:
            pattern.append(re.escape(c))
            i += 1
    m = re.match("(?i)" + "".join(pattern), data_string)
    if not m:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != m.end():
        raise ValueError("unconverted data remains: %s" % data_string[m.end():])
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    year = int(g["Y"]) if "Y" in g else (int(g["y"]) + (2000 if int(g["y"]) < 69 else 1900)
                                         if "y" in g else 1900)
    month = int(g["m"]) if "m" in g else \
        _MONTHS.index(g["b"].title()) + 1 if "b" in g else \
        _FULL_MONTHS.index(g["B"].title()) + 1 if "B" in g else 1
    day = int(g.get("d", 1))
    hour = int(g.get("H", 0))
    if "I" in g:
        hour = int(g["I"]) % 12 + (12 if g.get("p", "AM").upper() == "PM" else 0)
    minute, second = int(g.get("M", 0)), int(g.get("S", 0))
    days_before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if "j" in g:
        yday = int(g["j"])
        if "m" not in g and "b" not in g and "B" not in g:
            month = 1
            while month < 12 and days_before[month] + (1 if leap and month >= 2 else 0) < yday:
                month += 1
            day = yday - days_before[month - 1] - (1 if leap and month > 2 else 0)
    else:
        yday = days_before[month - 1] + day + (1 if leap and month > 2 else 0)
    # weekday by the proleptic Gregorian calendar (1 January 1 was a Monday)
    y = year - 1
    ordinal = y * 365 + y // 4 - y // 100 + y // 400 + yday
    wday = (ordinal - 1) % 7
    return struct_time((year, month, day, hour, minute, second, wday, yday, -1))


time.strptime = strptime
time.struct_time = struct_time
time.gmtime = gmtime
time.localtime = localtime
time.mktime = mktime
time.strftime = strftime
time.asctime = asctime
time.ctime = ctime
time.timezone = -time._tm(0, True)[10]
time.altzone = time.timezone
time.daylight = 0
time.tzname = (time._tm(0, True)[9], time._tm(0, True)[9])
