# _codecs for weft, under CPython's own Lib/codecs.py and encodings/: the codec registry and
# the codecs weft's str/bytes implement natively (utf-8, ascii, latin-1; see "Codecs" in
# python-vm/README.md); UTF-16, UTF-32 and the charmap codecs (cp1252 and the other 8-bit
# tables of encodings/) in Python here. Other encodings are looked up through the registered search functions
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


def _handle(errors, exc):
    # the registered error handler's (replacement, position to continue at)
    rep, pos = lookup_error(errors or "strict")(exc)
    n = len(exc.object)
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


def _encoder_of(unit_size, big):
    # UTF-16/UTF-32 in one byte order: each character as one unit, or (UTF-16) a surrogate pair;
    # errors are reported under the codec's `name`
    def units(s, errors, name):
        _check_str(s, name.replace("-", "_") + "_encode")
        out = bytearray()
        i, n = 0, len(s)
        while i < n:
            o = ord(s[i])
            if 0xD800 <= o < 0xE000 and errors != "surrogatepass":  # (one at a time)
                rep, i = _handle(errors, UnicodeEncodeError(name, s, i, i + 1,
                                                            "surrogates not allowed"))
                if isinstance(rep, str):
                    for c in rep:
                        _put(out, ord(c))
                else:
                    out += rep
                continue
            _put(out, o)
            i += 1
        return bytes(out)

    def _put(out, o):
        if unit_size == 2 and o >= 0x10000:
            o -= 0x10000
            _put(out, 0xD800 + (o >> 10))
            _put(out, 0xDC00 + (o & 0x3FF))
            return
        out += o.to_bytes(unit_size, "big" if big else "little")
    return units


def _decoder_of(name, unit_size, big):
    # (text, bytes consumed) from `start` (after a BOM): a unit or pair cut at the end waits
    # unless final
    order = "big" if big else "little"

    def decode(data, errors, final, start=0):
        b = _bytes(data)
        n = len(b)
        out = []
        i = start
        while i + unit_size <= n:
            u = int.from_bytes(b[i:i + unit_size], order)
            if unit_size == 4:
                if u < 0xD800 or 0xE000 <= u < 0x110000:
                    out.append(chr(u))
                    i += 4
                    continue
                reason = ("code point not in range(0x110000)" if u >= 0x110000 else
                          "code point in surrogate code point range(0xd800, 0xe000)")
                rep, i = _handle(errors, UnicodeDecodeError(name, b, i, i + 4, reason))
                out.append(rep)
                continue
            if u < 0xD800 or u >= 0xE000:
                out.append(chr(u))
                i += 2
                continue
            if u < 0xDC00:
                if i + 4 > n:
                    if not final:
                        break
                    rep, i = _handle(errors, UnicodeDecodeError(name, b, i, n,
                                                                "unexpected end of data"))
                    out.append(rep)
                    continue
                u2 = int.from_bytes(b[i + 2:i + 4], order)
                if 0xDC00 <= u2 < 0xE000:
                    out.append(chr(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)))
                    i += 4
                    continue
                reason = "illegal UTF-16 surrogate"
            else:
                reason = "illegal encoding"
            rep, i = _handle(errors, UnicodeDecodeError(name, b, i, i + 2, reason))
            out.append(rep)
        if final and i < n:
            rep, i = _handle(errors, UnicodeDecodeError(name, b, i, n, "truncated data"))
            out.append(rep)
        return "".join(out), i - start
    return decode


def _utf_family(bits):
    # the functions of one of utf-16, utf-32: with a BOM (native order: little) and in each order
    unit = bits // 8
    name = "utf-%d" % bits
    enc_le = _encoder_of(unit, False)
    enc_be = _encoder_of(unit, True)
    dec_le = _decoder_of(name + "-le", unit, False)
    dec_be = _decoder_of(name + "-be", unit, True)
    bom_le = (0xFEFF).to_bytes(unit, "little")
    bom_be = (0xFEFF).to_bytes(unit, "big")
    prefix = "utf_%d" % bits

    def encode(s, errors=None, byteorder=0):
        if byteorder < 0:
            return enc_le(s, errors, name + "-le"), len(s)
        if byteorder > 0:
            return enc_be(s, errors, name + "-be"), len(s)
        return bom_le + enc_le(s, errors, name), len(s)

    def ex_decode(data, errors=None, byteorder=0, final=False):
        b = _bytes(data)
        start = 0
        if byteorder == 0:
            if b[:unit] == bom_le:
                byteorder, start = -1, unit
            elif b[:unit] == bom_be:
                byteorder, start = 1, unit
            elif len(b) < unit and not final:
                return "", 0, 0
        text, used = (dec_be if byteorder > 0 else dec_le)(b, errors, final, start)
        return text, start + used, byteorder

    def decode(data, errors=None, final=False):
        text, used, _ = ex_decode(data, errors, 0, final)
        return text, used

    def one_order(enc, dec, suffix):
        def e(s, errors=None):
            return enc(s, errors, name + suffix.replace("_", "-")), len(s)

        def d(data, errors=None, final=False):
            return dec(data, errors, final)
        e.__name__ = prefix + suffix + "_encode"
        d.__name__ = prefix + suffix + "_decode"
        return e, d
    encode.__name__ = prefix + "_encode"
    decode.__name__ = prefix + "_decode"
    ex_decode.__name__ = prefix + "_ex_decode"
    return (encode, decode, ex_decode) + one_order(enc_le, dec_le, "_le") + \
        one_order(enc_be, dec_be, "_be")


(utf_16_encode, utf_16_decode, utf_16_ex_decode, utf_16_le_encode, utf_16_le_decode,
 utf_16_be_encode, utf_16_be_decode) = _utf_family(16)
(utf_32_encode, utf_32_decode, utf_32_ex_decode, utf_32_le_encode, utf_32_le_decode,
 utf_32_be_encode, utf_32_be_decode) = _utf_family(32)


def charmap_build(decoding_table):
    # the encoding map of a 256-character decoding table (encodings.cp1252 and friends)
    if not isinstance(decoding_table, str):
        raise TypeError("charmap_build() argument must be str, not %s"
                        % type(decoding_table).__name__)
    return {ord(c): i for i, c in enumerate(decoding_table) if c != "\ufffe"}


def charmap_encode(s, errors=None, mapping=None):
    _check_str(s, "charmap_encode")
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    i, n = 0, len(s)
    while i < n:
        v = mapping.get(ord(s[i]))
        if v is None:
            j = i + 1
            while j < n and mapping.get(ord(s[j])) is None:
                j += 1
            rep, i = _handle(errors, UnicodeEncodeError("charmap", s, i, j,
                                                        "character maps to <undefined>"))
            if isinstance(rep, str):
                for c in rep:
                    v = mapping.get(ord(c))
                    if v is None:
                        raise UnicodeEncodeError("charmap", s, i - 1, i,
                                                 "character maps to <undefined>")
                    out += bytes((v,)) if isinstance(v, int) else v
            else:
                out += rep
            continue
        out += bytes((v,)) if isinstance(v, int) else v
        i += 1
    return bytes(out), n


def charmap_decode(data, errors=None, mapping=None):
    b = _bytes(data)
    if mapping is None:
        return latin_1_decode(b, errors)
    table = isinstance(mapping, str)
    out = []
    i, n = 0, len(b)
    while i < n:
        byte = b[i]
        if table:
            c = mapping[byte] if byte < len(mapping) else "\ufffe"
        else:
            c = mapping.get(byte)
            if isinstance(c, int):
                c = chr(c)
        if c is None or c == "\ufffe":
            rep, i = _handle(errors, UnicodeDecodeError("charmap", b, i, i + 1,
                                                        "character maps to <undefined>"))
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return "".join(out), n


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
           "raw_unicode_escape_decode", "unicode_escape_encode", "unicode_escape_decode",
           "utf_16_encode", "utf_16_decode", "utf_16_ex_decode", "utf_16_le_encode",
           "utf_16_le_decode", "utf_16_be_encode", "utf_16_be_decode", "utf_32_encode",
           "utf_32_decode", "utf_32_ex_decode", "utf_32_le_encode", "utf_32_le_decode",
           "utf_32_be_encode", "utf_32_be_decode", "charmap_build", "charmap_encode",
           "charmap_decode"):
    globals()[_n] = _BuiltinFunction(globals()[_n])
del _n
