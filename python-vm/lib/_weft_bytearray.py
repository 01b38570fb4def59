# The built-in bytearray type for weft-python, in Python: a mutable sequence of bytes kept as a
# list of ints; bytes methods run on a bytes copy and come back as bytearray where CPython's
# do. Installed as builtins.bytearray. Written for weft.


def _bytes_of(x):
    if isinstance(x, bytearray):
        return bytes(x._b)
    if isinstance(x, bytes):
        return x
    if isinstance(x, memoryview_like):
        return bytes(x)
    raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)


class memoryview_like:
    pass


def _byte(v):
    if not isinstance(v, int):
        if hasattr(type(v), "__index__"):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not 0 <= v < 256:
        raise ValueError("byte must be in range(0, 256)")
    return v


class bytearray:
    __module__ = "builtins"

    def __init__(self, source=None, encoding=None, errors="strict"):
        if source is None:
            if encoding is not None:
                raise TypeError("encoding without a string argument")
            self._b = []
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError("string argument without an encoding")
            self._b = list(source.encode(encoding, errors))
        elif isinstance(source, int) and not isinstance(source, bool):
            if source < 0:
                raise ValueError("negative count")
            self._b = [0] * source
        elif isinstance(source, bytearray):
            self._b = list(source._b)
        elif isinstance(source, bytes):
            self._b = list(source)
        else:
            self._b = [_byte(v) for v in source]

    @classmethod
    def fromhex(cls, s):
        return cls(bytes.fromhex(s))

    def __bytes__(self):
        return bytes(self._b)

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __reversed__(self):
        return reversed(self._b)

    def __contains__(self, v):
        if isinstance(v, int):
            return v in self._b
        return _bytes_of(v) in bytes(self._b)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._b[i])
        return self._b[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if isinstance(v, int):
                raise TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            self._b[i] = [_byte(x) for x in (v._b if isinstance(v, bytearray) else v)]
        else:
            self._b[i] = _byte(v)

    def __delitem__(self, i):
        del self._b[i]

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) == _bytes_of(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return bytes(self._b) < _bytes_of(other)

    def __le__(self, other):
        return bytes(self._b) <= _bytes_of(other)

    def __gt__(self, other):
        return bytes(self._b) > _bytes_of(other)

    def __ge__(self, other):
        return bytes(self._b) >= _bytes_of(other)

    __hash__ = None

    def __add__(self, other):
        return bytearray(bytes(self._b) + _bytes_of(other))

    def __radd__(self, other):
        return _bytes_of(other) + bytes(self._b)

    def __iadd__(self, other):
        self._b.extend(_bytes_of(other))
        return self

    def __mul__(self, n):
        return bytearray(self._b * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b *= n
        return self

    def __mod__(self, args):
        return bytearray(bytes(self._b) % args)

    def __repr__(self):
        return "bytearray(" + repr(bytes(self._b)) + ")"

    __str__ = __repr__

    def __alloc__(self):
        return len(self._b) + 1

    def append(self, v):
        self._b.append(_byte(v))

    def extend(self, it):
        if isinstance(it, (bytes, bytearray)):
            self._b.extend(_bytes_of(it))
        else:
            self._b.extend(_byte(v) for v in it)

    def insert(self, i, v):
        self._b.insert(i, _byte(v))

    def pop(self, i=-1):
        if not self._b:
            raise IndexError("pop from empty bytearray")
        return self._b.pop(i)

    def remove(self, v):
        try:
            self._b.remove(v)
        except ValueError:
            raise ValueError("value not found in bytearray") from None

    def reverse(self):
        self._b.reverse()

    def clear(self):
        self._b.clear()

    def copy(self):
        return bytearray(self._b)

    def decode(self, encoding="utf-8", errors="strict"):
        return bytes(self._b).decode(encoding, errors)

    def hex(self, *args):
        return bytes(self._b).hex(*args)

    def count(self, sub, *args):
        if isinstance(sub, int):
            sub = bytes([sub])
        return bytes(self._b).count(_bytes_of(sub), *args)

    def find(self, sub, *args):
        if isinstance(sub, int):
            sub = bytes([sub])
        return bytes(self._b).find(_bytes_of(sub), *args)

    def rfind(self, sub, *args):
        if isinstance(sub, int):
            sub = bytes([sub])
        return bytes(self._b).rfind(_bytes_of(sub), *args)

    def index(self, sub, *args):
        r = self.find(sub, *args)
        if r < 0:
            raise ValueError("subsection not found")
        return r

    def rindex(self, sub, *args):
        r = self.rfind(sub, *args)
        if r < 0:
            raise ValueError("subsection not found")
        return r

    def startswith(self, prefix, *args):
        if isinstance(prefix, tuple):
            prefix = tuple(_bytes_of(p) for p in prefix)
        else:
            prefix = _bytes_of(prefix)
        return bytes(self._b).startswith(prefix, *args)

    def endswith(self, suffix, *args):
        if isinstance(suffix, tuple):
            suffix = tuple(_bytes_of(p) for p in suffix)
        else:
            suffix = _bytes_of(suffix)
        return bytes(self._b).endswith(suffix, *args)

    def join(self, parts):
        return bytearray(b"".join(_bytes_of(p) for p in parts).join([]) if False else
                         bytes(self._b).join(_bytes_of(p) for p in parts))

    def split(self, sep=None, maxsplit=-1):
        s = None if sep is None else _bytes_of(sep)
        return [bytearray(p) for p in bytes(self._b).split(s, maxsplit)]

    def rsplit(self, sep=None, maxsplit=-1):
        s = None if sep is None else _bytes_of(sep)
        return [bytearray(p) for p in bytes(self._b).rsplit(s, maxsplit)]

    def splitlines(self, keepends=False):
        return [bytearray(p) for p in bytes(self._b).splitlines(keepends)]

    def partition(self, sep):
        return tuple(bytearray(p) for p in bytes(self._b).partition(_bytes_of(sep)))

    def rpartition(self, sep):
        return tuple(bytearray(p) for p in bytes(self._b).rpartition(_bytes_of(sep)))

    def replace(self, old, new, count=-1):
        return bytearray(bytes(self._b).replace(_bytes_of(old), _bytes_of(new), count))

    def _wrap(name):
        def method(self, *args):
            args = tuple(_bytes_of(a) if isinstance(a, bytearray) else a for a in args)
            return bytearray(getattr(bytes(self._b), name)(*args))
        method.__name__ = name
        return method

    for _n in ("strip", "lstrip", "rstrip", "upper", "lower", "title", "capitalize",
               "swapcase", "center", "ljust", "rjust", "zfill", "expandtabs",
               "removeprefix", "removesuffix", "translate"):
        locals()[_n] = _wrap(_n)
    del _n, _wrap

    def _pred(name):
        def method(self):
            return getattr(bytes(self._b), name)()
        method.__name__ = name
        return method

    for _n in ("isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle",
               "isascii"):
        locals()[_n] = _pred(_n)
    del _n, _pred

    @staticmethod
    def maketrans(frm, to):
        return bytes.maketrans(frm, to)
