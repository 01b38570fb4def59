# signal: the native _signal module with CPython's Signals and Handlers enums (IntEnum, so
# str() of a signal is its number and repr() names it).
import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _make_enum(name, pick):
    found = sorted((value, key) for key, value in _signal.__dict__.items() if pick(key))
    body = {"__module__": __name__, "__qualname__": name}
    for value, key in found:
        body[key] = value
    return type(_IntEnum)(name, (_IntEnum,), body)


Signals = _make_enum("Signals", lambda n: n.startswith("SIG") and not n.startswith("SIG_") and
                     n.isupper())
Handlers = _make_enum("Handlers", lambda n: n in ("SIG_DFL", "SIG_IGN"))
Sigmasks = _make_enum("Sigmasks", lambda n: n in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"))
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
