# Full Unicode case mappings and case predicates of str (python3 3.11, Unicode 14.0)
samples = [
    'ß', 'straße', 'ﬁ', 'ﬃx', 'İ', 'İstanbul', 'ŉ', 'ǅ', 'ǆ', 'Ǆ', 'ǈa', 'ΐ', 'ᾳ', 'ᾼ', 'ﬀ',
    'ΣΑΣ', 'ΟΔΟΣ', 'Σ', 'aΣ', 'aΣb', "aΣ'", "a'Σ", 'ΣΣ', 'A.Σ', 'ὈΔΥΣΣΕΎΣ', 'ΌΣΟΣ ΣΑΣ',
    "they're bill's friends", 'ǳ ǲ Ǳ', 'hello wORLD', 'ǉubljana', 'ﬂour ﬁsh', 'ǰ', 'ẞ',
    'Ꭰꭰ', 'ꭰꭱ', 'ǅungla', '中a文b', '1st 2nd', 'é̂a', 'ʼn', 'ꞵ', 'Ⓐⓑ', 'ⅷⅧ', '𐐀𐐨', '',
    'ı', 'iı', 'ſ', 'ﬆ', 'և', 'ﬓ', 'ẖ', 'ᾈ', 'ᾀ', 'ῼ', 'ῳ', 'ΐ', 'ͅ', 'ﾊﾟ',
]
for s in samples:
    print(repr(s), [s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase()])
    print('   ', [s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(),
                  s.isidentifier(), len(s.upper()), len(s.casefold())])
print('ß'.upper() == 'SS', 'ﬁ'.upper(), 'İ'.lower() == 'i\u0307', len('İ'.lower()))
print('ǅ'.istitle(), 'ǅa'.istitle(), 'Ǆa'.istitle(), 'aǅ'.istitle(), 'ǅ Ǉ'.istitle())
print('ǅ'.isupper(), 'ǅ'.islower(), 'ǆ'.islower(), 'ª'.islower(), 'ᵃ'.islower(), 'ⅰ'.islower())
print('€'.isalnum(), '٣'.isalnum(), '½'.isalnum(), 'Ⅻ'.isalnum(), '²'.isalnum(), '\u0301'.isalpha())
print('straße'.casefold() == 'STRASSE'.casefold(), 'ΣΊΣΥΦΟΣ'.casefold(), 'ﬃ'.casefold())
print('a\u0300b'.title(), 'x\u00adx'.title(), "o'neil mc'donald".title(), 'ǌ-ǌ'.title())
print('variable_é'.isidentifier(), 'é1'.isidentifier(), '1é'.isidentifier(), '℘x'.isidentifier(),
      '·a'.isidentifier(), 'a·'.isidentifier(), 'ⅷ'.isidentifier(), '_٣'.isidentifier())
print(b'abc DEF'.swapcase(), b'hello world'.title(), b'\xc3\x9f'.upper(), b'ABC'.isupper(),
      b'Ab Cd'.istitle(), b'a1'.isalnum(), b'\xe9'.isalpha())
class S(str): pass
print(type(S('ß').upper()), S('ǅ').istitle(), S('ΑΣ').lower())
