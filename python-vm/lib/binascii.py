# binascii for weft: the conversions base64, uu-less. Written in Python over int/bytes
# operations (CPython's is C); error messages are CPython 3.11's.


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INV = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, what="a bytes-like object"):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _data_arg(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _data_arg(data)
    h = data.hex()
    if sep is None:
        return h.encode("ascii")
    if isinstance(sep, bytes):
        sep = sep.decode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    # groups of bytes_per_sep bytes, counted from the right (from the left if negative)
    n = abs(bytes_per_sep) * 2
    if n == 0 or len(h) <= n:
        return h.encode("ascii")
    if bytes_per_sep > 0:
        first = len(h) % n or n
        parts = [h[:first]] + [h[i:i + n] for i in range(first, len(h), n)]
    else:
        parts = [h[i:i + n] for i in range(0, len(h), n)]
    return sep.join(parts).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes_arg(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(s.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _data_arg(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _bytes_arg(data)
    if strict_mode and s[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    acc = 0
    nbits = 0
    count = 0  # data characters seen
    pads = 0
    for pos, c in enumerate(s):
        if c == 61:  # '='
            if strict_mode and count == 0:
                raise Error("Leading padding not allowed")
            # padding completes a quantum once enough of it has been seen
            pads += 1
            if count % 4 >= 2 and count % 4 + pads >= 4:
                if strict_mode and pos + 1 != len(s):
                    raise Error("Excess data after padding")
                acc = nbits = 0
                return bytes(out)
            continue
        v = _B64_INV.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        acc = (acc << 6) | v
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
            acc &= (1 << nbits) - 1
    if count % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 "
                    "more than a multiple of 4" % count)
    if count % 4:
        raise Error("Incorrect padding")
    return bytes(out)


_CRC32_TABLE = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC32_TABLE.append(_c)
del _i, _c, _k


def crc32(data, value=0):
    data = _data_arg(data)
    crc = ~value & 0xFFFFFFFF
    table = _CRC32_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value):
    data = _data_arg(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
