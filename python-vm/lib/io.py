# io for weft-python: in-memory streams (StringIO, BytesIO) written in Python, and open(),
# which is the built-in one. Written for weft after the documented behaviour of CPython's io.
import builtins

open = builtins.open
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


def text_encoding(encoding, stacklevel=2):
    # the encoding open() uses when given None: the locale's ("locale" names it, as in CPython
    # without UTF-8 mode)
    return "locale" if encoding is None else encoding


class UnsupportedOperation(OSError, ValueError):
    pass


def _index(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _Memory(IOBase):
    # the shared part of StringIO and BytesIO: a buffer and a position in it
    _empty = ""
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)

    @staticmethod
    def _size(size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        return size

    def getvalue(self):
        self._check_closed()
        return self._buf

    def read(self, size=-1):
        self._check_closed()
        size = self._size(size)
        if size < 0:
            size = len(self._buf)
        r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def _line_end(self):
        end = self._buf.find(b"\n", self._pos)
        return len(self._buf) if end < 0 else end + 1

    def readline(self, size=-1):
        self._check_closed()
        size = self._size(size)
        end = self._line_end()
        if size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = max(end, self._pos)
        return r

    def write(self, s):
        self._check_closed()
        if isinstance(s, (bytearray, memoryview)) and isinstance(self._buf, bytes):
            s = bytes(s)
        if type(s) is not type(self._empty) and not isinstance(s, type(self._empty)):
            raise TypeError(self._write_error % type(s).__name__)
        n = len(s)
        if self._pos > len(self._buf):
            self._buf += self._empty_char * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        size = _index(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size


class StringIO(_Memory):
    # newline: None translates "\r\n" and "\r" to "\n" as text is written; "" splits lines at
    # any ending, untranslated; "\r" and "\r\n" replace each "\n" written and end lines
    _empty = ""
    _empty_char = "\0"
    _write_error = "string argument expected, got '%s'"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        super().__init__("")
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def newlines(self):
        if self._newline not in (None, ""):
            return None
        kinds = tuple(k for bit, k in ((2, "\r"), (1, "\n"), (4, "\r\n")) if self._seen & bit)
        return None if not kinds else kinds[0] if len(kinds) == 1 else kinds

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(self._write_error % type(s).__name__)
        n = len(s)
        if self._newline is None or self._newline == "":
            if "\r" in s or "\n" in s:
                crlf = s.count("\r\n")
                self._seen |= ((1 if s.count("\n") > crlf else 0)
                               | (2 if s.count("\r") > crlf else 0) | (4 if crlf else 0))
                if self._newline is None:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline != "\n":
            s = s.replace("\n", self._newline)
        _Memory.write(self, s)
        return n

    def _line_end(self):
        buf, pos = self._buf, self._pos
        if self._newline == "":
            i = pos
            while i < len(buf):
                c = buf[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if buf.startswith("\n", i + 1) else i + 1
                i += 1
            return len(buf)
        nl = "\n" if self._newline is None else self._newline
        end = buf.find(nl, pos)
        return len(buf) if end < 0 else end + len(nl)

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos != 0 and whence == 1:
            raise OSError("Can't do nonzero cur-relative seeks")
        if pos != 0 and whence == 2:  # (CPython 3.11's message for both)
            raise OSError("Can't do nonzero cur-relative seeks")
        self._pos = pos if whence == 0 else self._pos if whence == 1 else len(self._buf)
        return self._pos

    def truncate(self, size=None):
        if size is not None and _index(size) < 0:
            self._check_closed()
            raise ValueError("Negative size value %d" % size)
        return _Memory.truncate(self, size)

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_Memory):
    _empty = b""
    _empty_char = b"\0"
    _write_error = "a bytes-like object is required, not '%s'"

    def __init__(self, initial_bytes=b""):
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        super().__init__(bytes(initial_bytes))

    def getbuffer(self):
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


TextIOBase = RawIOBase = BufferedIOBase = IOBase


class BufferedReader(IOBase):
    # a read buffer over a raw stream (gzip.GzipFile wraps its decompressing reader in one);
    # files from open() are built-in objects
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.closed = False
        self._buf = b""
        self._size = buffer_size

    def _fill(self):
        chunk = self.raw.read(self._size)
        if chunk:
            self._buf += chunk
        return bool(chunk)

    def _take(self, n):
        r = self._buf[:n]
        self._buf = self._buf[n:]
        return r

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            parts = [self._buf]
            self._buf = b""
            while True:
                chunk = self.raw.read(self._size)
                if not chunk:
                    return b"".join(parts)
                parts.append(chunk)
        while len(self._buf) < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_closed()
        if not self._buf:
            self._fill()
        return self._take(len(self._buf) if size is None or size < 0 else size)

    def peek(self, size=0):
        self._check_closed()
        if not self._buf:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        self._check_closed()
        limited = size is not None and size >= 0
        while b"\n" not in self._buf and not (limited and len(self._buf) >= size):
            if not self._fill():
                break
        i = self._buf.find(b"\n")
        n = len(self._buf) if i < 0 else i + 1
        return self._take(min(n, size) if limited else n)

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.raw.seekable()

    def tell(self):
        return self.raw.tell() - len(self._buf)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b""
        return self.raw.seek(pos, whence)

    def close(self):
        if not self.closed:
            self.closed = True
            self.raw.close()


class TextIOWrapper(IOBase):
    # text over a binary stream (BytesIO, a BufferedReader, sys.stdout.buffer, a file opened
    # in binary mode): decoding with an incremental decoder, python3's newline translation
    # (None: universal newlines in, "\n" out; "": none; "\r", "\n", "\r\n": that ending);
    # files from open() are built-in objects
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        import codecs
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        self.buffer = buffer
        codecs.lookup(encoding)  # LookupError for an unknown encoding
        self.encoding = encoding
        self.errors = errors or "strict"
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._decoder = None
        self._encoding_name = encoding
        self._pending = ""  # decoded text not yet returned
        self._eof = False
        self._pending_cr = False  # universal newlines: a "\r" at the end of a chunk

    closed = property(lambda self: self.buffer.closed)
    name = property(lambda self: self.buffer.name)
    newlines = None

    def __repr__(self):
        try:
            return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self.encoding)
        except AttributeError:
            return "<_io.TextIOWrapper encoding=%r>" % (self.encoding,)

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def _translate_in(self, text, final):
        if self._newline is not None or not text:
            return text
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._pending_cr = True
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _read_chunk(self, size=DEFAULT_BUFFER_SIZE):
        # more decoded text into _pending; False at the end of the stream
        if self._eof:
            return False
        if self._decoder is None:
            import codecs
            self._decoder = codecs.getincrementaldecoder(self._encoding_name)(self.errors)
        read1 = getattr(self.buffer, "read1", self.buffer.read)
        data = read1(size)
        final = not data
        self._eof = final
        self._pending += self._translate_in(self._decoder.decode(data or b"", final), final)
        return not final

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            while self._read_chunk():
                pass
            text, self._pending = self._pending, ""
            return text
        while len(self._pending) < size and self._read_chunk():
            pass
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def _line_end(self, start):
        # the index after the first line ending at or after `start`, or -1
        if self._newline is None or self._newline == "\n":
            i = self._pending.find("\n", start)
            return -1 if i < 0 else i + 1
        if self._newline == "":
            for i in range(start, len(self._pending)):
                c = self._pending[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(self._pending):
                        return i + 2 if self._pending[i + 1] == "\n" else i + 1
                    if self._eof:
                        return i + 1
                    return -1
            return -1
        i = self._pending.find(self._newline, start)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check_closed()
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0 or (size is not None and 0 <= size <= len(self._pending)):
                break
            start = max(0, len(self._pending) - 1)
            if not self._read_chunk():
                end = len(self._pending)
                break
        if size is not None and size >= 0 and (end < 0 or end > size):
            end = size
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self._encoding_name, self.errors))
        if self.write_through or (self.line_buffering and ("\n" in s or "\r" in s)):
            self.flush()
        return len(s)

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        b, self.buffer = self.buffer, None
        return b

    def tell(self):
        raise UnsupportedOperation("tell")

    def seek(self, pos, whence=0):
        if pos == 0 and whence == 0:
            self.flush()
            self.buffer.seek(0)
            self._pending = ""
            self._eof = False
            self._decoder = None
            return 0
        raise UnsupportedOperation("seek")

    def reconfigure(self, **kw):
        for k in ("errors", "line_buffering", "write_through"):
            if k in kw and kw[k] is not None:
                setattr(self, k, kw[k])
        if kw.get("encoding"):
            self._encoding_name = self.encoding = kw["encoding"]
            self._decoder = None
