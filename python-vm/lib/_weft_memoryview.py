# The built-in memoryview type for weft-python, in Python: a one-dimensional view of the bytes
# of a bytes or bytearray object (or of another view) with CPython's API and error messages.
# A view is (object, byte offset, item count, stride in bytes, format). Views of a bytearray
# read and write the bytearray's own list of ints (its `_b`), so they share memory with it and
# with each other. Installed as builtins.memoryview. Written for weft.
import _weft_bytearray

bytearray = _weft_bytearray.bytearray

# format -> (itemsize, signed); 'c' items are bytes of length 1, '?' items are bools
_FORMATS = {"b": (1, True), "B": (1, False), "c": (1, False), "?": (1, False),
            "h": (2, True), "H": (2, False), "i": (4, True), "I": (4, False),
            "l": (8, True), "L": (8, False), "q": (8, True), "Q": (8, False),
            "n": (8, True), "N": (8, False)}


def _released():
    return ValueError("operation forbidden on released memoryview object")


class memoryview:
    __module__ = "builtins"

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj, self._start, self._len = obj._obj, obj._start, obj._len
            self._stride, self._fmt, self._ro = obj._stride, obj._fmt, obj._ro
        elif isinstance(obj, (bytes, bytearray)):
            self._obj, self._start, self._len = obj, 0, len(obj)
            self._stride, self._fmt, self._ro = 1, "B", isinstance(obj, bytes)
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(obj).__name__)
        self._released = False

    def _check(self):
        if self._released:
            raise _released()

    def _data(self):
        # the ints behind the view: the bytes themselves or the bytearray's list
        o = self._obj
        return o if isinstance(o, bytes) else o._b

    def _size(self):
        return _FORMATS[self._fmt][0]

    def _get(self, data, pos):
        size, signed = _FORMATS[self._fmt]
        if size == 1:
            v = data[pos]
            if self._fmt == "B":
                return v
            if self._fmt == "c":
                return bytes((v,))
            if self._fmt == "?":
                return v != 0
            return v - 256 if v > 127 else v
        return int.from_bytes(bytes(data[pos:pos + size]), "little", signed=signed)

    def _encode(self, v):
        fmt = self._fmt
        size, signed = _FORMATS[fmt]
        if fmt == "c":
            if not isinstance(v, bytes) or len(v) != 1:
                raise ValueError("memoryview: invalid value for format 'c'")
            return [v[0]]
        if fmt == "?":
            return [1 if v else 0]
        if not isinstance(v, int):
            raise TypeError("memoryview: invalid type for format '%s'" % fmt)
        try:
            return list(v.to_bytes(size, "little", signed=signed))
        except OverflowError:
            raise ValueError("memoryview: invalid value for format '%s'" % fmt) from None

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), "__index__"):
                i = i.__index__()
            else:
                raise TypeError("memoryview: invalid slice key")
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("index out of bounds on dimension 1")
        return self._start + i * self._stride

    def _sub(self, s):
        start, stop, step = s.indices(self._len)
        v = memoryview.__new__(memoryview)
        v._obj, v._fmt, v._ro, v._released = self._obj, self._fmt, self._ro, False
        v._start = self._start + start * self._stride
        v._len = len(range(start, stop, step))
        v._stride = self._stride * step
        return v

    def __getitem__(self, i):
        self._check()
        if isinstance(i, slice):
            return self._sub(i)
        if isinstance(i, tuple):
            raise TypeError("memoryview: invalid slice key")
        return self._get(self._data(), self._index(i))

    def __setitem__(self, i, v):
        self._check()
        if self._ro:
            raise TypeError("cannot modify read-only memory")
        data = self._data()
        size = self._size()
        if isinstance(i, slice):
            dst = self._sub(i)
            if isinstance(v, memoryview):
                src = v
            elif isinstance(v, (bytes, bytearray)):
                src = memoryview(v)
            else:
                raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)
            if src._fmt != dst._fmt and not (src._fmt in "Bc" and dst._fmt in "Bc"):
                raise ValueError("memoryview assignment: lvalue and rvalue have different "
                                 "structures")
            if src._len != dst._len:
                raise ValueError("memoryview assignment: lvalue and rvalue have different "
                                 "structures")
            chunks = [src._raw(k) for k in range(src._len)]
            for k, chunk in enumerate(chunks):
                pos = dst._start + k * dst._stride
                data[pos:pos + size] = chunk
            return
        pos = self._index(i)
        data[pos:pos + size] = self._encode(v)

    def _raw(self, k):
        pos = self._start + k * self._stride
        size = self._size()
        return list(self._data()[pos:pos + size])

    def __delitem__(self, i):
        self._check()
        if self._ro:
            raise TypeError("cannot modify read-only memory")
        raise TypeError("cannot delete memory")

    def __len__(self):
        self._check()
        return self._len

    def __iter__(self):
        self._check()
        data = self._data()
        for k in range(self._len):
            yield self._get(data, self._start + k * self._stride)

    def tolist(self):
        self._check()
        return list(self)

    def tobytes(self, order=None):
        self._check()
        out = []
        for k in range(self._len):
            out += self._raw(k)
        return bytes(out)

    def __bytes__(self):
        return self.tobytes()

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        self._check()
        v = memoryview(self)
        v._ro = True
        return v

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def cast(self, format, shape=None):
        self._check()
        if shape is not None:
            raise TypeError("memoryview: cast with a shape is not supported by weft")
        if not self.c_contiguous:
            raise TypeError("memoryview: casts are restricted to C-contiguous views")
        fmt = format[1:] if format.startswith("@") else format
        if fmt not in _FORMATS:
            raise ValueError("memoryview: destination format must be a native single character "
                             "format prefixed with an optional '@'")
        if self._fmt not in "Bbc" and fmt not in "Bbc":
            raise TypeError("memoryview: cannot cast between two non-byte formats")
        nbytes = self.nbytes
        size = _FORMATS[fmt][0]
        if nbytes % size:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        v = memoryview.__new__(memoryview)
        v._obj, v._start, v._ro, v._released = self._obj, self._start, self._ro, False
        v._fmt, v._len, v._stride = fmt, nbytes // size, size
        return v

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        self._check()
        return self._len * self._size()

    @property
    def readonly(self):
        self._check()
        return self._ro

    @property
    def format(self):
        self._check()
        return self._fmt

    @property
    def itemsize(self):
        self._check()
        return self._size()

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        self._check()
        return (self._len,)

    @property
    def strides(self):
        self._check()
        return (self._stride,)

    @property
    def suboffsets(self):
        self._check()
        return ()

    @property
    def c_contiguous(self):
        self._check()
        return self._len <= 1 or self._stride == self._size()

    f_contiguous = c_contiguous
    contiguous = c_contiguous

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, (bytes, bytearray)):
            other = memoryview(other)
        elif not isinstance(other, memoryview):
            return NotImplemented
        if self._released or other._released:
            return False
        if len(self) != len(other):
            return False
        return self.tolist() == other.tolist()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        self._check()
        if not self._ro:
            raise ValueError("cannot hash writable memoryview object")
        if self._fmt not in "Bbc":
            raise ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        return hash(self.tobytes())

    def __repr__(self):
        if self._released:
            return "<released memory at 0x%x>" % id(self)
        return "<memory at 0x%x>" % id(self)


_weft_bytearray.memoryview_like = memoryview
