# _weakref for weft, under CPython's own Lib/weakref.py and _weakrefset.py. A reference is an
# instance of the native base _weft_weakref.ref (src/modules/weakref_module.cpp), which keeps
# the target, the callback and the hash out of Python's reach; this module gives it CPython's
# methods. Not like CPython: weft is not reference counted, so an object dies at a collection
# (gc.collect() or an automatic one), not when its last reference goes; callbacks then run at
# the interpreter's next poll, or before gc.collect() returns.
import _weft_weakref
from _weft_weakref import getweakrefcount, getweakrefs

_new = _weft_weakref.new
_get = _weft_weakref.get
_hash = _weft_weakref.hash
_callback = _weft_weakref.callback


class ReferenceType(_weft_weakref.ref):
    __slots__ = ()

    def __new__(cls, ob, callback=None):
        return _new(cls, ob, callback)

    def __call__(self):
        return _get(self)

    @property
    def __callback__(self):
        return _callback(self)

    def __hash__(self):
        return _hash(self)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _get(self)
        b = _get(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = _get(self)
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        from types import GenericAlias

        return GenericAlias(cls, item)


ReferenceType.__module__ = "weakref"
ref = ReferenceType
_weft_weakref.set_canonical_type(ReferenceType)


def _target(p):
    ob = object.__getattribute__(p, "_weft_r")()
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    __slots__ = ("_weft_r",)

    def __init__(self, ob, callback=None):
        if callback is None:
            r = ref(ob, lambda r: None)
        else:
            # the callback gets the proxy, as in CPython; the closure dies with the proxy
            r = ref(ob, lambda r: callback(self))
        object.__setattr__(self, "_weft_r", r)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = _target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __getitem__(self, k):
        return _target(self)[k]

    def __setitem__(self, k, v):
        _target(self)[k] = v

    def __delitem__(self, k):
        del _target(self)[k]

    def __contains__(self, k):
        return k in _target(self)

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    def __add__(self, other):
        return _target(self) + other

    def __sub__(self, other):
        return _target(self) - other

    def __mul__(self, other):
        return _target(self) * other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def _remove_dead_weakref(d, key):
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]
