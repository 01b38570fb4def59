# \N{...}: names and every kind of alias (corrections, control names, abbreviations), any case,
# in plain strings and f-strings; unicodedata.lookup accepts the same names
import unicodedata

print(ascii("\N{LATIN SMALL LETTER A}\N{latin capital letter b}\N{Em Dash}"))
print(ascii("\N{LF}\N{LINE FEED}\N{NBSP}\N{BYTE ORDER MARK}\N{BOM}\N{ZWJ}\N{NULL}\N{DEL}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}"))
x = 7
print(ascii(f"{x}\N{EM DASH}{x + 1}\N{LATIN SMALL LETTER B}{{\N{SPACE}}}"))
print(ascii(rf"\N{x}"), ascii(r"\N{EM DASH}"))
for name in ["LF", "bom", "Em Dash", "VS1", "CJK UNIFIED IDEOGRAPH-9FFF", "NOPE", "SPARKLES"]:
    try:
        print(name, ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(name, repr(e))
for src in ['"\\N{foo}"', '"\\N"', '"\\x4"', 'f"{1}\\N{bar}"', 'b"\\x"', '"\\U0011ffff"']:
    try:
        compile("x = " + src + "\n", "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
