# The Python-level parts of time for weft-python (struct_time, gmtime, localtime, mktime,
# asctime, ctime), added to the C++ module when it is first imported. Written for weft.
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
