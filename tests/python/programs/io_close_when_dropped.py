# A stream dropped without close() is closed by its finalizer (CPython's IOBase.__del__):
# buffered writers and text wrappers over Python streams flush into them, Python subclasses of
# the io types have their close() called, close() sees `_finalizing`; at the end of the
# program the wrappers the main module holds flush before their raw streams close.
import gc
import io


class Raw(io.RawIOBase):
    def __init__(self, name):
        self.name = name
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        print(self.name, "write", bytes(b))
        return len(b)

    def close(self):
        if not self.closed:
            print(self.name, "close, finalizing:", getattr(self, "_finalizing", False))
        super().close()


def drop_writer():
    r = Raw("buffered")
    w = io.BufferedWriter(r)
    w.write(b"hello")
    return r


r = drop_writer()
gc.collect()
print(bytes(r.data), r.closed)


def drop_text():
    r = Raw("text")
    t = io.TextIOWrapper(io.BufferedWriter(r), encoding="utf-8", newline="\r\n")
    t.write("two\nlines")
    return r


r = drop_text()
gc.collect()
print(bytes(r.data), r.closed)


def drop_text_over_bytesio():
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="utf-16")
    t.write("x")
    return b


b = drop_text_over_bytesio()
gc.collect()
print(b.closed)


class Noisy:
    def close(self):
        print(type(self).__name__, "close")
        super().close()


class S(Noisy, io.StringIO):
    pass


class B(Noisy, io.BytesIO):
    pass


class T(Noisy, io.TextIOBase):
    pass


def drop_subclasses():
    S("s")
    B(b"b")
    T()


drop_subclasses()
gc.collect()


class Failing(io.RawIOBase):
    def close(self):
        raise OSError("not reported")


def drop_failing():
    Failing()
    Raw("dropped raw")


drop_failing()
gc.collect()
# closed already: close() is not called again
c = T()
c.close()
del c
gc.collect()
print("__del__" in vars(io.BufferedWriter), io.BufferedWriter.__del__ is io.IOBase.__del__)
x = io.StringIO()
x.__del__()
print(x.closed)

# held by the main module at the end: each wrapper flushes before its raw stream closes
kept = io.BufferedWriter(Raw("at exit"))
kept.write(b"flushed at exit")
text = io.TextIOWrapper(io.BufferedWriter(Raw("text at exit")), encoding="utf-8")
text.write("text flushed at exit")
print("end")
