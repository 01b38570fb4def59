# Codecs beyond utf-8/ascii/latin-1 (CPython's encodings package over weft's _codecs): UTF-16 and
# UTF-32 with and without a BOM, cp1252 and other charmap codecs, in str.encode/bytes.decode,
# codecs' incremental decoders and open()'s text files; error positions and handlers.
import codecs
import io
import os
import tempfile

os.chdir(tempfile.mkdtemp())
p = "b.txt"


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "cp1252", "utf-8-sig",
            "cp437", "iso8859-15", "mac-roman", "koi8-r"]:
    try:
        with open(p, "w", encoding=enc) as f:
            f.write("héllo\nwörld\n")
        with open(p, "rb") as f:
            print(enc, f.read())
        with open(p, encoding=enc) as f:
            print(repr(f.read()), f.encoding)
        with open(p, encoding=enc) as f:
            print(repr(f.readline()), list(f))
    except Exception as e:
        print(enc, "ERR", type(e).__name__, e)
print(codecs.encode("abc", "utf-16"), codecs.decode(b"\xff\xfea\x00", "utf-16"))
print("x".encode("utf-32"), "é".encode("utf-16-be"), "é€".encode("utf_16_le"))
with open(p, "w", encoding="utf-16") as f:
    f.write("line1\r\nline2\rline3\nlast")
show("u16 read", lambda: open(p, encoding="utf-16").read())
show("u16 newline=''", lambda: open(p, encoding="utf-16", newline="").readlines())
show("u16 readline(3)", lambda: open(p, encoding="utf-16").readline(3))
f = open(p, encoding="utf-16")
show("u16 newlines", lambda: (f.read(), f.newlines))
f.close()
show("bad decode", lambda: open(p, encoding="ascii").read())
show("errors=replace", lambda: open(p, encoding="ascii", errors="replace").read()[:12])
show("errors=ignore", lambda: open(p, encoding="ascii", errors="ignore").read()[:12])
with open(p, "w", encoding="cp1252") as f:
    show("cp1252 euro", lambda: f.write("€ café"))
show("cp1252 back", lambda: open(p, "rb").read())
show("cp1252 bad", lambda: open(p, "w", encoding="cp1252").write("\u4e00"))
show("cp1252 xml", lambda: open(p, "w", encoding="cp1252",
                                errors="xmlcharrefreplace").write("\u4e00"))
show("cp1252 undefined", lambda: b"\x81".decode("cp1252"))
show("cp1252 replace", lambda: b"a\x81b".decode("cp1252", "replace"))
show("cp437 encode", lambda: "é".encode("cp437"))
show("u16 decode bad", lambda: b"\xff\xfea".decode("utf-16"))
show("u16 lone low", lambda: b"\x00\xdc".decode("utf-16-le"))
show("u16 bad pair", lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
show("u16 cut pair", lambda: b"\x00\xd8".decode("utf-16-le"))
show("u16 cut pair replace", lambda: b"\x00\xd8".decode("utf-16-le", "replace"))
show("u32 decode bad", lambda: b"\x00\x00\x11\x00".decode("utf-32-be"))
show("u32 surrogate", lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
show("u16 surrogate", lambda: "\ud800".encode("utf-16"))
show("u16 surrogate le", lambda: "a\ud800\udc00b".encode("utf-16-le"))
show("u16 surrogatepass", lambda: "\ud800".encode("utf-16-le", "surrogatepass"))
show("u16 replace", lambda: "\ud800".encode("utf-16-le", "replace"))
show("u16 astral", lambda: "\U0001F600".encode("utf-16-le"))
show("u16 astral back", lambda: "\U0001F600".encode("utf-16-le").decode("utf-16-le"))
show("u32 astral", lambda: "\U0001F600".encode("utf-32-be").decode("utf-32-be"))
show("rot13", lambda: "abc".encode("rot13"))
show("codecs rot13", lambda: codecs.encode("abc", "rot13"))
show("hex", lambda: b"ab".decode("hex"))
show("unknown", lambda: "a".encode("no-such-codec"))
show("str()", lambda: str(b"\xff\xfeh\x00i\x00", "utf-16"))
show("bytes()", lambda: bytes("hi", "utf-16-be"))
show("incremental", lambda: [codecs.getincrementaldecoder("utf-16")().decode(b)
                             for b in (b"\xff", b"\xfea", b"\x00")])
dec = codecs.getincrementaldecoder("utf-16")()
show("incremental state", lambda: [dec.decode(b) for b in (b"\xff", b"\xfea", b"\x00b", b"\x00")])
show("iterdecode", lambda: "".join(codecs.iterdecode([b"\xff\xfe", b"a\x00b", b"\x00"],
                                                     "utf-16")))
show("iterencode", lambda: b"".join(codecs.iterencode(["a", "b"], "utf-16")))
show("ex_decode", lambda: codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
show("charmap_build", lambda: type(codecs.charmap_build("abc")).__name__ != "")
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16-le", newline="\r\n")
t.write("a\nb\n")
t.flush()
show("tiow bytes", lambda: b.getvalue())
t2 = io.TextIOWrapper(io.BytesIO("x\ny\n".encode("utf-32")), encoding="utf-32")
show("tiow u32 lines", lambda: list(t2))
