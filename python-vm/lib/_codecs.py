# _codecs for weft, under CPython's own Lib/codecs.py and encodings/: the codec registry and
# the codecs weft's str/bytes implement natively (utf-8, ascii, latin-1; see "Codecs" in
# python-vm/README.md). Other encodings are looked up through the registered search functions
# (CPython's encodings package) and fail there if they need a codec weft lacks.
_search = []
_cache = {}
_error_handlers = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search.append(search_function)


def unregister(search_function):
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    if not _search:
        import encodings  # registers its search function, as CPython's start-up does
    for f in _search:
        info = f(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).decode(obj, errors)[0]


def _check_str(s, name):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (name, type(s).__name__))


def _bytes(b):
    if isinstance(b, (bytes, bytearray, memoryview)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def utf_8_encode(s, errors=None):
    _check_str(s, "utf_8_encode")
    return s.encode("utf-8", errors or "strict"), len(s)


def _utf8_complete(b):
    # the length of b's longest prefix that does not end inside a multi-byte sequence
    n = len(b)
    i = n - 1
    while i >= 0 and i >= n - 4 and (b[i] & 0xC0) == 0x80:
        i -= 1
    if i < 0 or i < n - 4:
        return n
    lead = b[i]
    need = 2 if lead >> 5 == 6 else 3 if lead >> 4 == 14 else 4 if lead >> 3 == 30 else 1
    return i if n - i < need else n


def utf_8_decode(data, errors=None, final=False):
    b = _bytes(data)
    end = len(b) if final else _utf8_complete(b)
    return b[:end].decode("utf-8", errors or "strict"), end


def _one_byte_codec(encoding, name):
    # ascii and latin-1: one byte per character, so all input is consumed
    def enc(s, errors=None):
        _check_str(s, name + "_encode")
        return s.encode(encoding, errors or "strict"), len(s)

    def dec(data, errors=None):
        b = _bytes(data)
        return b.decode(encoding, errors or "strict"), len(b)
    enc.__name__ = name + "_encode"
    dec.__name__ = name + "_decode"
    return enc, dec


ascii_encode, ascii_decode = _one_byte_codec("ascii", "ascii")
latin_1_encode, latin_1_decode = _one_byte_codec("latin-1", "latin_1")
raw_unicode_escape_encode, raw_unicode_escape_decode = _one_byte_codec("raw-unicode-escape",
                                                                       "raw_unicode_escape")
unicode_escape_encode, unicode_escape_decode = _one_byte_codec("unicode-escape", "unicode_escape")


def escape_encode(data, errors=None):
    b = _bytes(data)
    return repr(b)[2:-1].encode("ascii"), len(b)


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _strict(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _ignore(exc):
    return ("", exc.end)


def _replace(exc):
    n = exc.end - exc.start
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * n, exc.end)
    return ("\ufffd", exc.end)


def _backslashreplace(exc):
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            out.append("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000
                       else "\\U%08x" % o)
        return ("".join(out), exc.end)
    return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)


def _xmlcharrefreplace(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


for _n, _f in (("strict", _strict), ("ignore", _ignore), ("replace", _replace),
               ("backslashreplace", _backslashreplace),
               ("xmlcharrefreplace", _xmlcharrefreplace),
               ("namereplace", _backslashreplace)):
    _error_handlers[_n] = _f
del _n, _f


class _BuiltinFunction:
    # CPython's codec functions are built-in functions, which do not bind as methods: the
    # encodings package stores them as class attributes (`encode = codecs.utf_8_encode` in
    # StreamWriter, `_buffer_decode = codecs.utf_8_decode` in IncrementalDecoder)

    def __init__(self, f):
        self._f = f
        self.__name__ = self.__qualname__ = f.__name__

    def __call__(self, *args, **kwargs):
        return self._f(*args, **kwargs)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


for _n in ("utf_8_encode", "utf_8_decode", "ascii_encode", "ascii_decode", "latin_1_encode",
           "latin_1_decode", "escape_encode", "raw_unicode_escape_encode",
           "raw_unicode_escape_decode", "unicode_escape_encode", "unicode_escape_decode"):
    globals()[_n] = _BuiltinFunction(globals()[_n])
del _n
