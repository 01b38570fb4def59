# _operator for weft-python: the C half of CPython's operator module, which hmac (and so
# secrets) import directly. The functions are lib/operator.py's, plus _compare_digest.
# Written for weft.
from operator import *  # noqa: F401,F403


def _compare_digest(a, b):
    # a == b in time that depends on the lengths only (hmac.compare_digest)
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        buffers = (bytes, bytearray, memoryview)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        for x in (a, b):
            if not isinstance(x, buffers):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a = bytes(a)
        b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
