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
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

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
