# re for weft-python: CPython's re API (Pattern and Match objects, module functions, sub
# templates, split/findall/finditer with Python 3.7+ empty-match rules) on the PCRE2-based
# engine _weft_re (python-vm/src/vm/re_module.cpp). Written for weft, not CPython's sre.
import _weft_re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]

_FLAG_NAMES = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
               (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (128, "DEBUG"),
               (1, "TEMPLATE")]


class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                nl = "\n"
            else:
                nl = b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - (pattern.rfind(nl, 0, pos) + 1)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error

_INLINE = {"a": 256, "i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64}


def _leading_flags(pattern):
    # global inline flags at the start, e.g. (?ai); returns (flags, pattern without a/u/L)
    flags = 0
    if isinstance(pattern, str) and pattern.startswith("(?"):
        i = 2
        while i < len(pattern) and pattern[i] in _INLINE:
            flags |= _INLINE[pattern[i]]
            i += 1
        if i < len(pattern) and pattern[i] == ")" and i > 2:
            keep = "".join(c for c in pattern[2:i] if c in "imsx")
            rest = pattern[i + 1:]
            pattern = ("(?" + keep + ")" + rest) if keep else rest
    return flags, pattern


def _open_position(pattern, opener, closer):
    # where the last unclosed `opener` (outside classes and escapes) is
    stack = []
    i = 0
    s = pattern if isinstance(pattern, str) else pattern.decode("latin-1")
    in_class = False
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[" and opener == "(":
            in_class = True
        elif c == opener:
            stack.append(i)
        elif c == closer and stack:
            stack.pop()
        i += 1
    return stack[-1] if stack else 0


def _error_message(msg, pattern, pos):
    # PCRE2's wording -> sre's, for the common mistakes
    if "missing closing parenthesis" in msg:
        return "missing ), unterminated subpattern", _open_position(pattern, "(", ")")
    if "quantifier does not follow a repeatable item" in msg:
        return "nothing to repeat", max(pos - 1, 0)
    if "unmatched closing parenthesis" in msg:
        return "unbalanced parenthesis", pos
    if "missing terminating ] for character class" in msg:
        return "unterminated character set", _open_position(pattern, "[", "]")
    if "range out of order" in msg:
        return "bad character range", pos
    return msg, pos


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        inline, engine_pattern = _leading_flags(pattern)
        flags |= inline
        if isinstance(pattern, str):
            if flags & 4:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & 256 and flags & 32:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not flags & 256:
                flags |= 32
        elif isinstance(pattern, bytes):
            if flags & 32:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            pattern = bytes(pattern)
            engine_pattern = pattern
        else:
            raise TypeError("first argument must be string or compiled pattern")
        r = _weft_re.compile(engine_pattern, flags)
        if r[0] is None:
            msg, pos = _error_message(r[1], pattern, min(r[2], len(pattern)))
            raise error(msg, pattern, pos)
        self._id, self.groups, self.groupindex = r
        self.pattern = pattern
        self.flags = flags

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        f = self.flags
        if isinstance(self.pattern, str):
            f &= ~32
        if f:
            return "re.compile(%s, %r)" % (p, RegexFlag(f))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode, notempty=0):
        if endpos is None:
            endpos = len(string)
        elif endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        r = _weft_re.match(self._id, string, pos, endpos, mode, notempty)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=None):
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        notempty = 0
        while pos <= endpos:
            r = _weft_re.match(self._id, string, pos, endpos, 0, notempty)
            if r is None:
                return
            yield Match(self, string, pos, endpos, r)
            notempty = 1 if r[0] == r[1] else 0
            pos = r[1]

    def findall(self, string, pos=0, endpos=None):
        out = []
        g = self.groups
        for m in self.finditer(string, pos, endpos):
            if g == 0:
                out.append(m.group(0))
            elif g == 1:
                out.append(m._get(1, string[:0]))
            else:
                out.append(tuple(m._get(i, string[:0]) for i in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            for i in range(1, self.groups + 1):
                out.append(m.group(i))
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                lit = template[0]
                expand = lambda m: lit
            else:
                expand = lambda m: _expand(m, template)
        parts = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            parts.append(string[last:m.start()])
            r = expand(m)
            if r:
                parts.append(r)
            last = m.end()
            n += 1
        parts.append(string[last:])
        return string[:0].join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos)

    def search(self):
        return next(self._it, None)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\"}


def _parse_template(pattern, repl):
    # a list of literal strings and group numbers
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        s = repl.decode("latin-1")
    else:
        s = repl
    items = []
    lit = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, i - 1)
        c = s[i]
        if c == "g":
            if i + 1 >= n or s[i + 1] != "<":
                raise error("missing <", repl, i + 1)
            j = s.find(">", i + 2)
            if j < 0:
                raise error("missing >, unterminated name", repl, i + 2)
            name = s[i + 2:j]
            if not name:
                raise error("missing group name", repl, i + 2)
            if name.isdigit():
                idx = int(name)
                if idx > pattern.groups:
                    raise error("invalid group reference %d" % idx, repl, i + 2)
            elif name in pattern.groupindex:
                idx = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 2)
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(idx)
            i = j + 1
        elif c == "0":
            j = i + 1
            while j < n and j < i + 3 and s[j] in "01234567":
                j += 1
            lit.append(chr(int(s[i:j], 8)))
            i = j
        elif c.isdigit():
            j = i + 1
            if j < n and s[j].isdigit():
                if (j + 1 < n and s[i] in "01234567" and s[j] in "01234567" and
                        s[j + 1] in "01234567"):
                    v = int(s[i:j + 2], 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" %
                                    s[i:j + 2], repl, i - 1)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            idx = int(s[i:j])
            if idx > pattern.groups:
                raise error("invalid group reference %d" % idx, repl, i - 1)
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(idx)
            i = j
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
            i += 1
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, repl, i - 1)
        else:
            lit.append("\\" + c)
            i += 1
    if lit:
        items.append("".join(lit))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _expand(m, template):
    empty = m.string[:0]
    parts = []
    for item in template:
        if isinstance(item, int):
            g = m.group(item)
            if g is not None:
                parts.append(g)
        else:
            parts.append(item)
    return empty.join(parts)


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
        else:
            try:
                g = g.__index__()
            except AttributeError:
                pass
            else:
                if 0 <= g <= self.re.groups:
                    return g
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a = self._spans[2 * i]
        if a < 0:
            return default
        return self.string[a:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            e = self._spans[2 * i + 1]
            if self._spans[2 * i] >= 0 and e > best_end:
                best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == i:
                return name
        return None

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    out = []
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
