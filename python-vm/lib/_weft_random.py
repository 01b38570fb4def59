# The Python-level parts of random for weft-python, added to the C++ module when it is first
# imported: the real-valued distributions, getstate/setstate, randbytes and sample(counts=).
# Each distribution draws from self.random() in the order CPython 3.11's random.py does and
# evaluates its floating-point expressions in the same order, so that a seeded generator gives
# CPython's exact values. Written for weft.
import random
from math import log as _log, exp as _exp, pi as _pi, e as _e, sqrt as _sqrt, acos as _acos
from math import cos as _cos, sin as _sin
from bisect import bisect as _bisect

_Random = random.Random
_NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
_TWOPI = 2.0 * _pi
_LOG4 = _log(4.0)
_SG_MAGICCONST = 1.0 + _log(4.5)
_native_sample = _Random.sample
# the generator's words and index in and out (C++), taking the instance first
_getstate_words = random.__dict__.pop("_getstate_words")
_setstate_words = random.__dict__.pop("_setstate_words")
_set_random_attr = random.__dict__.pop("_set_random_attr")


def triangular(self, low=0.0, high=1.0, mode=None):
    u = self.random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


def normalvariate(self, mu=0.0, sigma=1.0):
    # Kinderman and Monahan's ratio of uniforms
    while True:
        u1 = self.random()
        u2 = 1.0 - self.random()
        z = _NV_MAGICCONST * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_log(u2):
            break
    return mu + z * sigma


def gauss(self, mu=0.0, sigma=1.0):
    # Box-Muller: each pair of draws gives two values, the second kept for the next call
    z = self.gauss_next
    self.gauss_next = None
    if z is None:
        x2pi = self.random() * _TWOPI
        g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
        z = _cos(x2pi) * g2rad
        self.gauss_next = _sin(x2pi) * g2rad
    return mu + z * sigma


def lognormvariate(self, mu, sigma):
    return _exp(self.normalvariate(mu, sigma))


def expovariate(self, lambd):
    return -_log(1.0 - self.random()) / lambd


def vonmisesvariate(self, mu, kappa):
    if kappa <= 1e-6:
        return _TWOPI * self.random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        u1 = self.random()
        z = _cos(_pi * u1)
        d = z / (r + z)
        u2 = self.random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    if self.random() > 0.5:
        return (mu + _acos(f)) % _TWOPI
    return (mu - _acos(f)) % _TWOPI


def gammavariate(self, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    if alpha > 1.0:
        # Cheng's rejection method (GB)
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - _LOG4
        ccc = alpha + ainv
        while True:
            u1 = self.random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - self.random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    if alpha == 1.0:
        return -_log(1.0 - self.random()) * beta
    # alpha < 1: Ahrens and Dieter's GS
    while True:
        u = self.random()
        b = (_e + alpha) / _e
        p = b * u
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_log((b - p) / alpha)
        u1 = self.random()
        if p > 1.0:
            if u1 <= x ** (alpha - 1.0):
                break
        elif u1 <= _exp(-x):
            break
    return x * beta


def betavariate(self, alpha, beta):
    y = self.gammavariate(alpha, 1.0)
    if y:
        return y / (y + self.gammavariate(beta, 1.0))
    return 0.0


def paretovariate(self, alpha):
    u = 1.0 - self.random()
    return u ** (-1.0 / alpha)


def weibullvariate(self, alpha, beta):
    u = 1.0 - self.random()
    return alpha * (-_log(u)) ** (1.0 / beta)


def randbytes(self, n):
    return self.getrandbits(n * 8).to_bytes(n, 'little')


def getstate(self):
    return self.VERSION, _getstate_words(self), self.gauss_next


def setstate(self, state):
    version = state[0]
    if version == 3:
        version, internalstate, self.gauss_next = state
        _setstate_words(self, internalstate)
    elif version == 2:
        version, internalstate, self.gauss_next = state
        # Python 2's states hold the words as signed longs on some platforms
        try:
            internalstate = tuple(x % (2 ** 32) for x in internalstate)
        except ValueError as e:
            raise TypeError from e
        _setstate_words(self, internalstate)
    else:
        raise ValueError("state with version %s passed to "
                         "Random.setstate() of version %s" % (version, self.VERSION))


def sample(self, population, k, *, counts=None):
    if counts is None:
        return _native_sample(self, population, k)
    n = len(population)
    cum_counts = []
    total = 0
    for c in counts:
        total += c
        cum_counts.append(total)
    if len(cum_counts) != n:
        raise ValueError('The number of counts does not match the population')
    total = cum_counts.pop()
    if not isinstance(total, int):
        raise TypeError('Counts must be integers')
    if total <= 0:
        raise ValueError('Total of counts must be greater than zero')
    selections = self.sample(range(total), k=k)
    return [population[_bisect(cum_counts, s)] for s in selections]


_set_random_attr("VERSION", 3)
_inst = random._inst
for _f in (triangular, normalvariate, gauss, lognormvariate, expovariate, vonmisesvariate,
           gammavariate, betavariate, paretovariate, weibullvariate, randbytes, getstate,
           setstate, sample):
    _f.__qualname__ = "Random." + _f.__name__
    _f.__module__ = "random"
    _set_random_attr(_f.__name__, _f)
    setattr(random, _f.__name__, getattr(_inst, _f.__name__))
del _f


def _urandom(n):
    # os is imported on first use: importing it with random (as CPython's random.py does,
    # where os is loaded at start-up anyway) parses os.py in every program that uses random,
    # which raised go.py's peak RSS by 1.1 MiB
    from os import urandom
    return urandom(n)


class SystemRandom(_Random):
    # random numbers from the operating system (os.urandom), as CPython's SystemRandom: the
    # same methods, no state to seed, save or restore
    __module__ = "random"

    def random(self):
        return (int.from_bytes(_urandom(7), "big") >> 3) * 2.0 ** -53

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def _randbelow(self, n):
        # a uniform int in [0, n) from whole draws of n's bit length (secrets.randbelow)
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")
    getstate = setstate = _notimplemented


random.SystemRandom = SystemRandom
