# The built-in complex type for weft-python, in Python: CPython's arithmetic (Smith's division,
# binary powers for small integer exponents, polar form otherwise), repr, hash and parsing.
# builtins.complex and imaginary literals use this class. Written for weft.
import math

_HASH_IMAG = 1000003
_MASK = (1 << 64) - 1


def _num(x):
    # (real, imag) of an operand, or None when it is not a number
    if isinstance(x, complex):
        return x.real, x.imag
    if isinstance(x, (int, float)):
        return float(x), 0.0
    return None


def _fmt(v):
    r = repr(v)
    if r.endswith(".0"):
        r = r[:-2]
    return r


def _quot(ar, ai, br, bi):
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return math.nan, math.nan


def _powu(xr, xi, n):
    rr, ri = 1.0, 0.0
    pr, pi = xr, xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, pr * pi + pi * pr
    return rr, ri


def _pow(ar, ai, br, bi):
    if bi == 0.0 and br == math.floor(br) and abs(br) <= 100.0:
        n = int(br)
        if n > 0:
            return _powu(ar, ai, n)
        rr, ri = _powu(ar, ai, -n)
        return _quot(1.0, 0.0, rr, ri)
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return 0.0, 0.0
    vabs = math.hypot(ar, ai)
    length = math.pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= math.exp(at * bi)
        phase += bi * math.log(vabs)
    return length * math.cos(phase), length * math.sin(phase)


def _parse(s):
    t = s.strip()
    if t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    t = t.replace("_", "") if "__" not in t and not t.startswith("_") else t
    if not t:
        return None

    def number(i):
        j = i
        if j < len(t) and t[j] in "+-":
            j += 1
        start = j
        while j < len(t) and (t[j].isdigit() or t[j] == "."):
            j += 1
        if j < len(t) and t[j] in "eE" and j > start:
            k = j + 1
            if k < len(t) and t[k] in "+-":
                k += 1
            if k < len(t) and t[k].isdigit():
                while k < len(t) and t[k].isdigit():
                    k += 1
                j = k
        for word in ("infinity", "inf", "nan"):
            if t[start:start + len(word)].lower() == word:
                j = start + len(word)
                break
        return j

    i = 0
    j = number(0)
    first = t[0:j]
    if j == len(t):
        try:
            return float(first), 0.0
        except ValueError:
            return None
    if t[j] in "jJ" and j == len(t) - 1:
        if first in ("", "+", "-"):
            first += "1"
        try:
            return 0.0, float(first)
        except ValueError:
            return None
    if t[j] not in "+-":
        return None
    k = number(j)
    second = t[j:k]
    if k != len(t) - 1 or t[k] not in "jJ":
        return None
    if second in ("+", "-"):
        second += "1"
    try:
        return float(first), float(second)
    except ValueError:
        return None


class complex:
    __module__ = "builtins"
    __slots__ = ("_re", "_im")

    def __new__(cls, real=0, imag=None):
        self = object.__new__(cls)
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            p = _parse(real)
            if p is None:
                raise ValueError("complex() arg is a malformed string")
            self._re, self._im = p
            return self
        if imag is not None and isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        conv = getattr(type(real), "__complex__", None)
        if conv is not None and not isinstance(real, complex):
            real = conv(real)
            if not isinstance(real, complex):
                raise TypeError("__complex__ returned non-complex (type %s)" %
                                type(real).__name__)
        if isinstance(real, complex):
            re, im = real.real, real.imag
        elif isinstance(real, (int, float)):
            re, im = float(real), 0.0
        elif hasattr(type(real), "__float__") or hasattr(type(real), "__index__"):
            re, im = float(real), 0.0
        else:
            raise TypeError("complex() first argument must be a string or a number, not '%s'" %
                            type(real).__name__)
        if imag is not None:
            real_is_complex = im != 0.0 or isinstance(real, complex)
            if isinstance(imag, complex):
                re -= imag.imag
                im = imag.real + im if real_is_complex else imag.real
            elif isinstance(imag, (int, float)) or hasattr(type(imag), "__float__"):
                im = float(imag) + im if real_is_complex else float(imag)
            else:
                raise TypeError("complex() second argument must be a number, not '%s'" %
                                type(imag).__name__)
        self._re = re
        self._im = im
        return self

    @property
    def real(self):
        return self._re

    @property
    def imag(self):
        return self._im

    def conjugate(self):
        return complex(self._re, -self._im)

    def __repr__(self):
        re, im = self._re, self._im
        if re == 0.0 and math.copysign(1.0, re) == 1.0:
            return _fmt(im) + "j"
        si = _fmt(im)
        if not si.startswith("-"):
            si = "+" + si
        return "(" + _fmt(re) + si + "j)"

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        t = spec[-1] if spec[-1] in "eEfFgGn%" else ""
        if not t:
            return format(str(self), spec)
        re = format(self._re, spec)
        im = format(self._im, "+" + spec.lstrip("+- "))
        return re + im + "j"

    def __hash__(self):
        h = (hash(self._re) + _HASH_IMAG * hash(self._im)) & _MASK
        if h >= 1 << 63:
            h -= 1 << 64
        if h == -1:
            h = -2
        return h

    def __eq__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        if isinstance(other, int) and not isinstance(other, bool) and self._im == 0.0:
            return self._re == other
        return self._re == o[0] and self._im == o[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __bool__(self):
        return self._re != 0.0 or self._im != 0.0

    def __abs__(self):
        re, im = self._re, self._im
        if math.isinf(re) or math.isinf(im):
            return math.inf
        r = math.hypot(re, im)
        if math.isinf(r):
            raise OverflowError("absolute value too large")
        return r

    def __neg__(self):
        return complex(-self._re, -self._im)

    def __pos__(self):
        return complex(self._re, self._im)

    def __add__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(self._re + o[0], self._im + o[1])

    __radd__ = __add__

    def __sub__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(self._re - o[0], self._im - o[1])

    def __rsub__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(o[0] - self._re, o[1] - self._im)

    def __mul__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        ar, ai = self._re, self._im
        br, bi = o
        return complex(ar * br - ai * bi, ar * bi + ai * br)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(*_quot(self._re, self._im, o[0], o[1]))

    def __rtruediv__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        return complex(*_quot(o[0], o[1], self._re, self._im))

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        o = _num(other)
        if o is None:
            return NotImplemented
        try:
            return complex(*_pow(self._re, self._im, o[0], o[1]))
        except OverflowError:
            raise OverflowError("complex exponentiation") from None
        except ZeroDivisionError:
            raise ZeroDivisionError("0.0 to a negative or complex power") from None

    def __rpow__(self, other):
        o = _num(other)
        if o is None:
            return NotImplemented
        try:
            return complex(*_pow(o[0], o[1], self._re, self._im))
        except ZeroDivisionError:
            raise ZeroDivisionError("0.0 to a negative or complex power") from None

    def __floordiv__(self, other):
        raise TypeError("unsupported operand type(s) for //: 'complex' and '%s'" %
                        type(other).__name__)

    def __mod__(self, other):
        raise TypeError("unsupported operand type(s) for %%: 'complex' and '%s'" %
                        type(other).__name__)

    def __int__(self):
        raise TypeError("int() argument must be a string, a bytes-like object or a real "
                        "number, not 'complex'")

    def __float__(self):
        raise TypeError("float() argument must be a string or a real number, not 'complex'")

    def __complex__(self):
        return self

    def __getnewargs__(self):
        return (self._re, self._im)

    def __reduce__(self):
        return (complex, (self._re, self._im))


def _literal(imag):
    return complex(0.0, imag)
