"""string for weft-python: the character-class constants, capwords and Template."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


class Template:
    """$name, ${name} and $$ substitution, as string.Template with the default pattern."""
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != "$":
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == "$":
                out.append("$")
                i += 2
                continue
            if i + 1 < n and t[i + 1] == "{":
                j = i + 2
                while j < n and _is_ident_char(t[j]):
                    j += 1
                name = t[i + 2:j]
                if name and _is_ident_start(name[0]) and j < n and t[j] == "}":
                    out.append(self._lookup(mapping, name, t[i:j + 1], safe))
                    i = j + 1
                    continue
            elif i + 1 < n and _is_ident_start(t[i + 1]):
                j = i + 1
                while j < n and _is_ident_char(t[j]):
                    j += 1
                name = t[i + 1:j]
                out.append(self._lookup(mapping, name, t[i:j], safe))
                i = j
                continue
            if not safe:
                line = t.count("\n", 0, i) + 1
                col = i - (t.rfind("\n", 0, i) + 1) + 1
                raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))
            out.append("$")
            i += 1
        return "".join(out)

    @staticmethod
    def _lookup(mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def substitute(self, mapping=None, **kws):
        return self._render(_merged(mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        return self._render(_merged(mapping, kws), True)


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        d = dict(mapping)
        d.update(kws)
        return d
    return mapping


class Formatter:
    # str.format's machinery in overridable steps: parse -> get_field (get_value) ->
    # convert_field -> format_field, with automatic/manual field numbering and nested specs
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto_index=0):
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_index)
                auto_index += 1
            elif field_name.isdigit():
                if auto_index:  # CPython's string.Formatter words this case so too
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_index = False
            obj, used = self.get_field(field_name, args, kwargs)
            used_args.add(used)
            obj = self.convert_field(obj, conversion)
            spec, auto_index = self._vformat(spec, args, kwargs, used_args, depth - 1,
                                             auto_index)
            out.append(self.format_field(obj, spec))
        return "".join(out), auto_index

    def parse(self, format_string):
        # (literal_text, field_name, format_spec, conversion) tuples, as _string.formatter_parser
        s = format_string
        i, n = 0, len(s)
        literal = []
        while i < n:
            c = s[i]
            if c in "{}" and i + 1 < n and s[i + 1] == c:
                # an escaped brace ends a literal chunk, as in CPython
                literal.append(c)
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            if c == "}":
                raise ValueError("Single '}' encountered in format string")
            if c != "{":
                literal.append(c)
                i += 1
                continue
            depth, j = 1, i + 1
            while j < n:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("Single '{' encountered in format string" if i + 1 == n
                                 else "expected '}' before end of string")
            field = s[i + 1:j]
            k, bracket = 0, False
            while k < len(field):
                if field[k] == "[":
                    bracket = True
                elif field[k] == "]":
                    bracket = False
                elif field[k] in "!:" and not bracket:
                    break
                k += 1
            name, rest = field[:k], field[k:]
            conversion = None
            if rest.startswith("!"):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(":"):
                    raise ValueError("expected ':' after conversion specifier")
            spec = rest[1:] if rest.startswith(":") else ""
            yield "".join(literal), name, spec, conversion
            literal = []
            i = j + 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier " + str(conversion))


def _split_field(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)]); a leading number becomes an int
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < len(name) and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
