# json for weft-python: dumps/dump/loads/load, JSONEncoder/JSONDecoder and JSONDecodeError with
# CPython's output and error messages (those of its _json accelerator). Written for weft.
import re

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"

# ---------------------------------------------------------------------------- encoding

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), "\\u%04x" % _i)
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\\"]')
_NEEDS_ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')


def _escape_ascii_char(m):
    c = m.group(0)
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return "\\u%04x" % n
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


def _escape_char(m):
    return _ESCAPES[m.group(0)]


def _encode_str(s, ensure_ascii):
    if ensure_ascii:
        if s.isascii() and not _NEEDS_ESCAPE.search(s):
            return '"' + s + '"'
        return '"' + _NEEDS_ESCAPE_ASCII.sub(_escape_ascii_char, s) + '"'
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, s) + '"'


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == float("inf"):
            text = "Infinity"
        elif o == -float("inf"):
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        out = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        markers = {} if self.check_circular else None
        self._encode(o, out, markers, indent, 0)
        return out

    def _encode(self, o, out, markers, indent, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, indent, level)
        else:
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError("Circular reference detected")
                markers[mid] = o
            self._encode(self.default(o), out, markers, indent, level)
            if markers is not None:
                del markers[mid]

    def _enter(self, o, markers):
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = o

    def _encode_list(self, o, out, markers, indent, level):
        if not o:
            out.append("[]")
            return
        self._enter(o, markers)
        out.append("[")
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        first = True
        for v in o:
            if not first:
                out.append(sep)
            first = False
            self._encode(v, out, markers, indent, level)
        if indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("]")
        if markers is not None:
            del markers[id(o)]

    def _encode_dict(self, o, out, markers, indent, level):
        if not o:
            out.append("{}")
            return
        self._enter(o, markers)
        out.append("{")
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = self._float(k)
            elif k is True:
                k = "true"
            elif k is False:
                k = "false"
            elif k is None:
                k = "null"
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif self.skipkeys:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not %s" %
                                k.__class__.__name__)
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(k, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(v, out, markers, indent, level)
        if indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("}")
        if markers is not None:
            del markers[id(o)]


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and default is None and not sort_keys and
            not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

# ---------------------------------------------------------------------------- decoding

_WS = " \t\n\r"
_NUMBER = re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_STRCHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
              "t": "\t"}


class _Value(Exception):
    pass


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or (lambda name: _CONSTANTS[name])
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        i = _skip(s, 0)
        obj, end = self.raw_decode(s, i)
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _Value as e:
            raise JSONDecodeError("Expecting value", s, e.args[0]) from None

    def _value(self, s, i):
        c = s[i:i + 1]
        if c == '"':
            return self._string(s, i + 1)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        m = _NUMBER.match(s, i)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                return self.parse_float(integer + (frac or "") + (exp or "")), m.end()
            return self.parse_int(integer), m.end()
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        raise _Value(i)

    def _string(self, s, end):
        begin = end - 1
        chunks = []
        while True:
            m = _STRCHUNK.match(s, end)
            if m is None:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            content, term = m.groups()
            end = m.end()
            if content:
                chunks.append(content)
            if term == '"':
                break
            if term != "\\":
                if self.strict:
                    raise JSONDecodeError("Invalid control character at", s, end - 1)
                chunks.append(term)
                continue
            esc = s[end:end + 1]
            if not esc:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if esc != "u":
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, end - 1)
                chunks.append(ch)
                end += 1
                continue
            uni = self._hex4(s, end + 1)
            end += 5
            if 0xD800 <= uni <= 0xDBFF and s[end:end + 2] == "\\u":
                uni2 = self._hex4(s, end + 2)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    end += 6
            chunks.append(chr(uni))
        return "".join(chunks), end

    def _hex4(self, s, pos):
        esc = s[pos:pos + 4]
        if len(esc) == 4 and all(c in "0123456789abcdefABCDEF" for c in esc):
            return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)

    def _object(self, s, end):
        pairs = []
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == "}":
                end += 1
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end
                d = {}
                if self.object_hook is not None:
                    d = self.object_hook(d)
                return d, end
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = self._string(s, end)
            end = _skip(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip(s, end + 1)
            try:
                value, end = self._value(s, end)
            except _Value as e:
                raise JSONDecodeError("Expecting value", s, e.args[0]) from None
            pairs.append((key, value))
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "}":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s,
                                      end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, end

    def _array(self, s, end):
        values = []
        end = _skip(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            try:
                value, end = self._value(s, end)
            except _Value as e:
                raise JSONDecodeError("Expecting value", s, e.args[0]) from None
            values.append(value)
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "]":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
        return values, end


_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, bytes):
            raise TypeError("the JSON object must be str, bytes or bytearray, not %s" %
                            s.__class__.__name__)
        s = s.decode("utf-8")
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
