# gc for weft-python: the interface of CPython's gc module over weft's collector, which is not
# reference counted (collect() runs a full collection and the weak reference callbacks it makes
# due; the counts and thresholds are nominal).
# collect() is native: a Python function's frame would cover the stack slots where the
# caller's last callee kept its values, which the collector scans conservatively.
from _weft_weakref import collect

_enabled = True


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return (700, 10, 10)


def set_threshold(*args):
    pass


def get_objects(generation=None):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


garbage = []
callbacks = []
