# _weakref for weft, under CPython's own Lib/weakref.py and _weakrefset.py. A reference holds
# the collector's weak reference (_weft_weakref): it reads None once a collection found the
# object dead. Not like CPython: weft is not reference counted, so an object dies at a
# collection, not when its last reference goes; callbacks are kept (__callback__) but never
# called, and getweakrefcount/getweakrefs do not track references (0 and []).
import _weft_weakref
from types import GenericAlias


class ReferenceType:
    __slots__ = ("_weft_h", "__callback__", "_weft_hash")

    def __new__(cls, ob, callback=None):
        self = object.__new__(cls)
        self._weft_h = _weft_weakref.new(ob)
        self.__callback__ = callback
        self._weft_hash = None
        return self

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return _weft_weakref.get(self._weft_h)

    def __hash__(self):
        if self._weft_hash is None:
            ob = _weft_weakref.get(self._weft_h)
            if ob is None:
                raise TypeError("weak object has gone away")
            self._weft_hash = hash(ob)
        return self._weft_hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    __class_getitem__ = classmethod(GenericAlias)


ReferenceType.__name__ = "ReferenceType"
ReferenceType.__qualname__ = "ReferenceType"
ReferenceType.__module__ = "weakref"
ref = ReferenceType


def _target(p):
    ob = _weft_weakref.get(object.__getattribute__(p, "_weft_h"))
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    __slots__ = ("_weft_h", "__callback__")

    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_weft_h", _weft_weakref.new(ob))
        object.__setattr__(self, "__callback__", callback)

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

    def __contains__(self, k):
        return k in _target(self)

    def __eq__(self, other):
        return _target(self) == other

    def __lt__(self, other):
        return _target(self) < other

    def __add__(self, other):
        return _target(self) + other

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


def getweakrefcount(ob):
    return 0


def getweakrefs(ob):
    return []


def _remove_dead_weakref(d, key):
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]
