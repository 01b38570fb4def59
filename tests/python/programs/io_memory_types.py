# StringIO and BytesIO are types over _TextIOBase and _BufferedIOBase alone, as CPython's _io
# (no Python classes in their __mro__), registered with io's ABCs.
import io

for T in (io.StringIO, io.BytesIO):
    print(T.__mro__, T.__bases__, T.__module__, T.__qualname__, type(T).__name__)
    print(isinstance(T(), io.IOBase), issubclass(T, io.TextIOBase),
          issubclass(T, io.BufferedIOBase), issubclass(T, io.RawIOBase))
    print(all(name in vars(T) for name in ("read", "readline", "write", "seek", "tell",
                                            "truncate", "getvalue", "readable", "writable")))


class S(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


class B(io.BytesIO):
    pass


print(S.__mro__)
s = S("ab\ncd")
s.seek(0, 2)
s.write("ef")
print(s.getvalue(), s.readline(), B(b"xy").read(), B.__mro__[1:])
print(io.StringIO("a\r\nb", newline=None).getvalue().split("\n"), io.BytesIO(b"q").getbuffer()[0])
