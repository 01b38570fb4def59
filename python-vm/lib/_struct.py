# _struct for weft: CPython's accelerator module, under CPython's own Lib/struct.py. Formats are
# parsed once per format string (cached, like CPython's) into (code, count, offset, size)
# items. Packing and unpacking run natively (src/modules/struct_module.cpp) for the common
# values; the native code answers None for anything else (an out-of-range int, a bool, a
# bytearray...) and the Python path here runs: integers through int.to_bytes/from_bytes,
# floats through _weft_struct's IEEE conversions, CPython 3.11's error messages.
import _weft_struct

_pack_items = _weft_struct.pack_items
_unpack_items = _weft_struct.unpack_items


class error(Exception):
    pass


error.__module__ = "struct"

# code -> (standard size, native size, native alignment); native is x86-64/aarch64 Linux LP64
_SIZES = {
    "x": (1, 1, 1), "c": (1, 1, 1), "b": (1, 1, 1), "B": (1, 1, 1), "?": (1, 1, 1),
    "h": (2, 2, 2), "H": (2, 2, 2), "i": (4, 4, 4), "I": (4, 4, 4), "l": (4, 8, 8),
    "L": (4, 8, 8), "q": (8, 8, 8), "Q": (8, 8, 8), "n": (None, 8, 8), "N": (None, 8, 8),
    "e": (2, 2, 2), "f": (4, 4, 4), "d": (8, 8, 8), "s": (1, 1, 1), "p": (1, 1, 1),
    "P": (None, 8, 8),
}
_NATIVE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
_UNSIGNED = "BHILQNP"


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        raise error("required argument is not an integer") from None


class Struct:
    __slots__ = ("format", "size", "_items", "_little", "_nargs", "_native", "_spec")

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.format = format
        order = format[:1]
        native = order not in ("<", ">", "!", "=")
        if order in ("@", "<", ">", "!", "="):
            body = format[1:]
        else:
            body = format
        self._little = order not in (">", "!")  # native and "=" are the host's: little
        items = []
        offset = 0
        nargs = 0
        i = 0
        n = len(body)
        while i < n:
            ch = body[i]
            if ch.isspace():
                i += 1
                continue
            count = 1
            if ch.isdigit():
                j = i
                while j < n and body[j].isdigit():
                    j += 1
                count = int(body[i:j])
                if j == n:
                    raise error("repeat count given without format specifier")
                i = j
                ch = body[i]
            info = _SIZES.get(ch)
            if info is None or (not native and info[0] is None):
                raise error("bad char in struct format")
            size = info[1] if native else info[0]
            if native and info[2] > 1:
                offset = (offset + info[2] - 1) // info[2] * info[2]
            if ch in "sp":
                items.append((ch, count, offset, count))
                offset += count
                nargs += 1
            elif ch == "x":
                offset += count
            else:
                for _ in range(count):
                    items.append((ch, 1, offset, size))
                    offset += size
                nargs += count
            i += 1
        self.size = offset
        self._items = tuple(items)
        self._nargs = nargs
        self._native = native
        self._spec = (self._items, self._little, nargs, offset)

    def pack(self, *args):
        r = _pack_items(self._spec, args)
        if r is None:
            r = _slow_pack(self, args)
        return r

    def pack_into(self, buffer, offset, *args):
        offset = _index(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        out = _pack_items(self._spec, args)
        if out is None:
            out = bytearray(self.size)
            self._pack_into(out, 0, args, "pack_into")
        buffer[offset:offset + self.size] = out

    def _pack_into(self, out, base, args, who):
        if len(args) != self._nargs:
            raise error("%s expected %d items for packing (got %d)" % (who, self._nargs, len(args)))
        little = self._little
        order = "little" if little else "big"
        for k, (code, count, offset, size) in enumerate(self._items):
            v = args[k]
            pos = base + offset
            if code in "sp":
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == "p":
                    data = bytes(v[:max(count - 1, 0)][:255])
                    if count > 0:
                        out[pos] = min(len(data), 255)
                        out[pos + 1:pos + 1 + len(data)] = data
                else:
                    data = bytes(v[:count])
                    out[pos:pos + len(data)] = data
            elif code == "c":
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[pos] = v[0]
            elif code == "?":
                out[pos] = 1 if v else 0
            elif code in "efd":
                if not isinstance(v, (int, float)):
                    try:
                        v = v.__float__()
                    except AttributeError:
                        raise error("required argument is not a float") from None
                if code == "f" and self._native and v == v and abs(v) > 3.4028235677973366e38:
                    v = v * 1e300  # native 'f' is C's cast: too large becomes inf, no error
                out[pos:pos + size] = _weft_struct.pack_float(v, size, little)
            else:
                v = _index(v)
                bits = size * 8
                if code in _UNSIGNED:
                    lo, hi = 0, (1 << bits) - 1
                else:
                    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
                if not lo <= v <= hi:
                    # CPython's packers differ: the little-endian and native tables use the
                    # C-type names for 1- and 2-byte codes, 8-byte codes and negative
                    # unsigned ones fail in the byte-array conversion
                    # (big-endian 8-byte ones in the byte-array conversion's words)
                    wide = "int too large to convert" if size == 8 and not little else None
                    if code in _UNSIGNED and code != "B" and (size >= 4 or not little):
                        if size == 8 or not 0 <= v < 1 << 64:
                            raise error(wide or "argument out of range")
                    elif size == 8 or not -(1 << 63) <= v < 1 << 63:
                        raise error(wide or "argument out of range")
                    if code in "bB" or (little and code in "hH"):
                        raise error("%s format requires %d <= number <= %d"
                                    % (_NATIVE_NAMES[code], lo, hi))
                    raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
                out[pos:pos + size] = v.to_bytes(size, order, signed=code not in _UNSIGNED)

    def unpack(self, buffer):
        if type(buffer) is bytes and len(buffer) == self.size:
            r = _unpack_items(self._spec, buffer, 0)
            if r is not None:
                return r
        return self._unpack_python(buffer)

    def _unpack_python(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_from(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        offset = _index(offset)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack_from(data, offset)

    def _unpack_from(self, data, base):
        r = _unpack_items(self._spec, data, base)
        if r is not None:
            return r
        little = self._little
        order = "little" if little else "big"
        res = []
        for code, count, offset, size in self._items:
            pos = base + offset
            chunk = data[pos:pos + size]
            if code == "s":
                res.append(chunk)
            elif code == "p":
                n = min(chunk[0], count - 1) if count else 0
                res.append(chunk[1:1 + n])
            elif code == "c":
                res.append(chunk)
            elif code == "?":
                res.append(chunk != b"\0")
            elif code in "efd":
                res.append(_weft_struct.unpack_float(chunk, little))
            else:
                res.append(int.from_bytes(chunk, order, signed=code not in _UNSIGNED))
        return tuple(res)

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return _unpack_iterator(self, data)

    def __repr__(self):
        return "Struct(%r)" % (self.format,)


Struct.__module__ = "_struct"


def _unpack_iterator(s, data):
    for pos in range(0, len(data), s.size):
        yield s._unpack_from(data, pos)


_cache = {}


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def _clearcache():
    _cache.clear()
    _weft_struct.clear_cache()


def _slow_pack(s, args):
    out = bytearray(s.size)
    s._pack_into(out, 0, args, "pack")
    return bytes(out)


def _slow_unpack(s, buffer):
    return s._unpack_python(buffer)


_weft_struct.init(_get, _slow_pack, _slow_unpack)
pack = _weft_struct.pack
unpack = _weft_struct.unpack


def calcsize(format):
    return _get(format).size


def pack_into(format, buffer, offset, *args):
    return _get(format).pack_into(buffer, offset, *args)


def unpack_from(format, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _get(format).iter_unpack(buffer)
