# unicodedata (Unicode 14.0) and the str features that need the Unicode database: repr and
# isprintable escaping non-printable characters, isdecimal/isdigit/isnumeric, int() and float()
# of non-ASCII digits and spaces, \N{...} escapes
import unicodedata as u
print(repr("\xa0\ufeff\u2028\x85\u0301é\u00ad\U000e0001\U0001F600\ue000\u0378"), "\xa0x".isprintable(), "é".isprintable())
print("Ⅻ".isnumeric(), "Ⅻ".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "一".isnumeric(), "½".isnumeric(), "abc".isdigit(), "".isdigit(), "12".isdecimal())
print(int("١٢٣"), int(" ٤٥ "), float("١.٥"), int("\u2003 7\u3000"), int("٣", 16))
for bad in ["١x", "²", "½"]:
    try: int(bad)
    except ValueError as e: print(e)
try: float("²")
except ValueError as e: print(e)
for ch in "aÉ1½²٣ \t\u0301\u200b€中😀\U000e0001\ue000\ud7a3":
    print(hex(ord(ch)), u.category(ch), u.name(ch, "?"), u.numeric(ch, None), u.decimal(ch, None), u.digit(ch, None), u.combining(ch), u.bidirectional(ch), u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    s = "Ǆé\u0065\u0301ﬁ①Å"
    print(form, ascii(u.normalize(form, s)), u.is_normalized(form, s), u.is_normalized(form, u.normalize(form, s)))
print(u.lookup("snowman"), u.lookup("LATIN CAPITAL LETTER A"), u.name("\u4e00"), u.name("\uac00"), u.unidata_version)
print("".join(c for c in u.normalize("NFKD", "Crème Brûlée") if not u.combining(c)))
for f, a in [(u.name, ("ab",)), (u.category, (1,)), (u.lookup, ("NO SUCH THING",)), (u.normalize, ("X", "a")), (u.numeric, ("a",)), (u.decimal, ("a",)), (u.digit, ("a",)), (u.name, ("\x00",))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
print(repr("\t\n\x1b\x7f\x80\x9f"), ascii("\xa0"), str(["\u200b"]))
print("\N{BLACK STAR}", "\N{em dash}", "\N{LATIN SMALL LETTER A WITH ACUTE}", len("\N{SNOWMAN}"))
