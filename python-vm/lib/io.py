# io for weft-python: CPython's class tree, the in-memory streams (StringIO, BytesIO), and the
# buffered and text layers in Python for streams other than open()'s files. FileIO,
# BufferedReader/Writer/Random and TextIOWrapper are the built-in types of open()'s files
# (src/vm/io.cpp, io_text.cpp) over the built-in bases _IOBase, _RawIOBase, _BufferedIOBase and
# _TextIOBase, as CPython's _io; the Python methods written here for those bases and, for an
# instance over another stream (a TextIOWrapper over BytesIO or in a codec the built-in layer
# does not decode), the types' Python implementations are handed to them by _weft_io.adopt.
# IOBase, RawIOBase, BufferedIOBase and TextIOBase are ABCs over the bases, as in CPython.
# Written for weft after the documented behaviour of CPython's io.
import abc
import builtins as _builtins
import _weft_io

open = _builtins.open
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = _builtins.BlockingIOError
(_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, FileIO, BufferedReader, BufferedWriter,
 BufferedRandom, TextIOWrapper) = _weft_io.types()


def text_encoding(encoding, stacklevel=2):
    # the encoding open() uses when given None: the locale's ("locale" names it, as in CPython
    # without UTF-8 mode)
    return "locale" if encoding is None else encoding


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


class UnsupportedOperation(OSError, ValueError):
    pass
def _index(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


class _IOMeta(abc.ABCMeta):
    # ABCMeta's __call__ looks for abstract methods, which io's classes do not have
    __call__ = type.__call__


class _PyIOBase:
    # _IOBase's methods. closed is a flag of the base (CPython's __IOBase_closed); close()
    # flushes first. A stream still open when it dies is closed: open()'s files by their
    # handle's finalizer, the others by _IOBase.__del__ (native: src/vm/io.cpp), which a class
    # whose closing shows nothing (these methods' own close/flush) does not need
    _iob_closed = False

    @property
    def closed(self):
        return self._iob_closed

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

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
        if not self._iob_closed:
            try:
                self.flush()
            finally:
                self._iob_closed = True

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        # one byte at a time, or what peek() shows up to a line end
        size = -1 if size is None else _index(size)
        peek = getattr(self, "peek", None)
        out = bytearray()
        while size < 0 or len(out) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                i = ahead.find(b"\n") + 1
                n = i if i > 0 else len(ahead)
                if size >= 0:
                    n = min(n, size - len(out))
            b = self.read(n)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def readlines(self, hint=None):
        hint = -1 if hint is None else _index(hint)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint < n:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


_weft_io.adopt(_IOBase, _PyIOBase)


class IOBase(_IOBase, metaclass=_IOMeta):
    pass


class _PyRawIOBase:
    def read(self, size=-1):
        size = -1 if size is None else _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            parts.append(data)
        if not parts and data is None:
            return None
        return b"".join(parts)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _PyBufferedIOBase:
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b)
        data = read(len(view))
        n = len(data)
        b[:n] = data
        return n


class _PyTextIOBase:
    encoding = errors = newlines = None

    def read(self, size=-1):
        self._unsupported("read")

    def readline(self, size=-1):
        self._unsupported("readline")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


_weft_io.adopt(_RawIOBase, _PyRawIOBase)
_weft_io.adopt(_BufferedIOBase, _PyBufferedIOBase)
_weft_io.adopt(_TextIOBase, _PyTextIOBase)


class RawIOBase(_RawIOBase, IOBase):
    pass


class BufferedIOBase(_BufferedIOBase, IOBase):
    pass


class TextIOBase(_TextIOBase, IOBase):
    pass


def _namespace(name, bases, ns):
    # (a metaclass: the class body's namespace itself)
    return dict(ns)


def _memory_type(name, bases, ns):
    # (a metaclass: the class over its base with _Memory's methods under its own)
    merged = {k: v for k, v in _Memory.items() if k != "__qualname__"}
    merged.update(ns)
    merged["__module__"] = "_io"
    return type(name, bases, merged)


class _Memory(metaclass=_namespace):
    # the shared part of StringIO and BytesIO: a buffer and a position in it (copied into
    # both by _memory_type: their bases are _TextIOBase and _BufferedIOBase alone, as CPython's)
    _empty = ""
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0

    def _check_closed(self):
        if self._iob_closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check_closed()
        return True

    writable = seekable = readable

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


class StringIO(_TextIOBase, metaclass=_memory_type):
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
        _Memory["__init__"](self, "")
        if initial_value:
            StringIO.write(self, initial_value)  # (not a subclass's)
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
        _Memory["write"](self, s)
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
        return _Memory["truncate"](self, size)

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_BufferedIOBase, metaclass=_memory_type):
    _empty = b""
    _empty_char = b"\0"
    _write_error = "a bytes-like object is required, not '%s'"

    def __init__(self, initial_bytes=b""):
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        _Memory["__init__"](self, bytes(initial_bytes))

    def getbuffer(self):
        return memoryview(self._buf)

    def readlines(self, hint=None):
        # (BytesIO stops once the hint is reached, the other streams once it is exceeded)
        hint = -1 if hint is None else _index(hint)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


class _PyBufferedOverRaw:
    # what BufferedReader and BufferedWriter (and so BufferedRandom) share over a raw stream
    # that is not one of open()'s: the raw stream's state and identity passed through, closing
    # and detaching it
    raw = property(lambda self: self._raw)

    def __repr__(self):
        try:
            return "<_io.%s name=%r>" % (type(self).__name__, self.name)
        except AttributeError:
            return "<_io.%s>" % type(self).__name__

    closed = property(lambda self: self.raw.closed)
    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)

    def _check_closed(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        self.flush()
        raw, self._raw = self._raw, None
        return raw


class _PyBufferedReader(_PyBufferedOverRaw):
    # a read buffer over a raw stream, filled by its readinto() (as CPython's)
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        self._raw = raw
        self._buf = b""
        self._size = buffer_size

    def _fill(self):
        b = bytearray(self._size)
        n = self.raw.readinto(b)
        if n:
            self._buf += bytes(b[:n])
        return bool(n)

    def _take(self, n):
        r = self._buf[:n]
        self._buf = self._buf[n:]
        return r

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            parts = [self._buf]
            self._buf = b""
            readall = getattr(self.raw, "readall", None)
            if readall is not None:
                return b"".join(parts) + (readall() or b"")
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
        return self.raw.readable()

    def tell(self):
        return self.raw.tell() - len(self._buf)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b""
        return self.raw.seek(pos, whence)

    def flush(self):
        self._check_closed()


class _PyBufferedWriter(_PyBufferedOverRaw):
    # a write buffer over a raw stream, flushed when it holds buffer_size bytes
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self._raw = raw
        self._wbuf = bytearray()
        self._size = buffer_size

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        if self.raw.closed:
            raise ValueError("write to closed file")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(b)
        if len(self._wbuf) + n > self._size:  # (what fits stays buffered)
            self._flush_buffer()
            if n > self._size:
                self._wbuf += b
                self._flush_buffer()
                return n
        self._wbuf += b
        return n

    def _flush_buffer(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self.raw.closed:
            raise ValueError("flush of closed file")
        self._flush_buffer()
        raw_flush = getattr(self.raw, "flush", None)
        if raw_flush is not None:
            raw_flush()

    def tell(self):
        return self.raw.tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        self._flush_buffer()
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.raw.tell()
        return self.raw.truncate(pos)


class _PyBufferedRandom(_PyBufferedWriter, _PyBufferedReader):
    # reading and writing one seekable raw stream: what is buffered for one direction is
    # settled before the other starts
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        _PyBufferedReader.__init__(self, raw, buffer_size)
        self._wbuf = bytearray()

    readable = _PyBufferedReader.readable

    def _settle_reads(self):
        if self._buf:
            self.raw.seek(-len(self._buf), 1)
            self._buf = b""

    def write(self, b):
        self._settle_reads()
        return _PyBufferedWriter.write(self, b)

    def read(self, size=-1):
        self.flush()
        return _PyBufferedReader.read(self, size)

    def read1(self, size=-1):
        self.flush()
        return _PyBufferedReader.read1(self, size)

    def peek(self, size=0):
        self.flush()
        return _PyBufferedReader.peek(self, size)

    def readline(self, size=-1):
        self.flush()
        return _PyBufferedReader.readline(self, size)

    def tell(self):
        if self._wbuf:
            return _PyBufferedWriter.tell(self)
        return _PyBufferedReader.tell(self)

    def seek(self, pos, whence=0):
        self.flush()
        return _PyBufferedReader.seek(self, pos, whence)


class BufferedRWPair(BufferedIOBase):
    # a reader and a writer (two raw streams, e.g. the ends of a pipe) as one object
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


class IncrementalNewlineDecoder:
    # wraps a decoder (or None: the input is text) and handles line endings: with translate,
    # "\r\n" and "\r" become "\n"; a "\r" at the end of a piece waits for the next one, which may
    # start with "\n". newlines reports the kinds seen. getstate() adds that waiting "\r" as the
    # low bit of the decoder's flag.
    _LF, _CR, _CRLF = 1, 2, 4
    _KINDS = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
              ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._cr_waits = False

    def decode(self, input, final=False):
        if self.decoder is None:
            if not isinstance(input, str):
                raise TypeError("decoder should return a string result, not '%s'"
                                % type(input).__name__)
            text = input
        else:
            text = self.decoder.decode(input, final=final)
        if self._cr_waits and (text or final):
            text = "\r" + text
            self._cr_waits = False
        if not final and text.endswith("\r"):
            text = text[:-1]
            self._cr_waits = True
        pairs = text.count("\r\n")
        lone_cr = text.count("\r") - pairs
        lone_lf = text.count("\n") - pairs
        self._seen |= ((self._LF if lone_lf else 0) | (self._CR if lone_cr else 0)
                       | (self._CRLF if pairs else 0))
        if self.translate and (pairs or lone_cr):
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def getstate(self):
        buffered, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buffered, (flag << 1) | (1 if self._cr_waits else 0)

    def setstate(self, state):
        buffered, flag = state
        self._cr_waits = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffered, flag >> 1))

    def reset(self):
        self._seen = 0
        self._cr_waits = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._KINDS[self._seen]


class _PyTextIOWrapper:
    # TextIOWrapper over a binary stream other than open()'s buffered files in a codec the
    # built-in text layer decodes (BytesIO, a BufferedReader over a Python raw stream,
    # sys.stdout.buffer, a file in UTF-16): decoding with an incremental decoder, python3's
    # newline translation (None: universal newlines in, "\n" out; "": none; "\r", "\n",
    # "\r\n": that ending)

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
        self._encoder = None
        self._encoding_name = encoding
        self._pending = ""  # decoded text not yet returned: the end of _decoded
        self._decoded = ""  # the text of the last chunk read
        # (decoder flags, bytes) the last chunk's text was decoded from, for tell()
        self._snapshot = None
        self._telling = True  # false while next() iterates
        self._eof = False
        if self.buffer.seekable() and self.buffer.writable() and self.buffer.tell() != 0:
            self._get_encoder().setstate(0)  # appending: no second BOM

    closed = property(lambda self: self.buffer.closed)
    name = property(lambda self: self.buffer.name)
    @property
    def newlines(self):
        return getattr(self._decoder, "newlines", None)

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

    def _get_decoder(self):
        if self._decoder is None:
            import codecs
            decoder = codecs.getincrementaldecoder(self._encoding_name)(self.errors)
            if self._newline is None or self._newline == "":  # universal newlines
                decoder = IncrementalNewlineDecoder(decoder, self._newline is None)
            self._decoder = decoder
        return self._decoder

    def _get_encoder(self):
        if self._encoder is None:
            import codecs
            self._encoder = codecs.getincrementalencoder(self._encoding_name)(self.errors)
        return self._encoder

    def _read_chunk(self, size=DEFAULT_BUFFER_SIZE):
        # more decoded text into _pending; False at the end of the stream
        if self._eof:
            return False
        decoder = self._get_decoder()
        buffered, flags = decoder.getstate()
        read1 = getattr(self.buffer, "read1", self.buffer.read)
        data = read1(size)
        final = not data
        self._eof = final
        self._snapshot = (flags, buffered + (data or b""))
        self._decoded = decoder.decode(data or b"", final)
        self._pending += self._decoded
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
        self.buffer.write(self._get_encoder().encode(text))
        # what was read ahead is dropped (the buffered layer's position stays after it)
        self._pending = self._decoded = ""
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()
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

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = True
            raise StopIteration
        return line

    # tell()'s cookie: a byte position where the decoder starts clean or with `flags`, and how
    # many characters to skip after it (CPython's cookie holds the same facts); the position
    # alone when the rest is 0
    @staticmethod
    def _cookie(position, flags=0, skip=0):
        return position | (flags << 64) | (skip << 128)

    def tell(self):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = self.buffer.tell()
        if self._snapshot is None or self._decoder is None:
            return position
        flags, data = self._snapshot
        start = position - len(data)
        skip = len(self._decoded) - len(self._pending)
        if skip == 0:
            return self._cookie(start, flags)
        # feed the chunk's bytes one at a time to find the last point, at or before the text
        # returned so far, where the decoder holds no bytes
        decoder = self._decoder
        saved = decoder.getstate()
        best = (start, flags, skip)
        try:
            decoder.setstate((b"", flags))
            chars = 0
            for i in range(len(data)):
                chars += len(decoder.decode(data[i:i + 1]))
                held, now_flags = decoder.getstate()
                if chars > skip:
                    break
                if not held:
                    best = (start + i + 1, now_flags, skip - chars)
                    if chars == skip:
                        break
        finally:
            decoder.setstate(saved)
        return self._cookie(*best)

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        cookie = _index(cookie)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self.buffer.seek(0, 2)
            self._reset_reading()
            if self._encoder is not None:
                self._encoder.setstate(0) if position else self._encoder.reset()
            return position
        if whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        self.flush()
        position = cookie & ((1 << 64) - 1)
        flags = (cookie >> 64) & ((1 << 64) - 1)
        skip = cookie >> 128
        self.buffer.seek(position)
        self._reset_reading()
        if position or flags:  # (at the start the decoder starts over: a BOM is read again)
            self._get_decoder().setstate((b"", flags))
        if skip:
            self.read(skip)
        if self._encoder is not None:
            self._encoder.setstate(0) if position else self._encoder.reset()
        return cookie

    def _reset_reading(self):
        self._pending = self._decoded = ""
        self._snapshot = None
        self._eof = False
        if self._decoder is not None:
            self._decoder.reset()

    def reconfigure(self, **kw):
        for k in ("errors", "line_buffering", "write_through"):
            if k in kw and kw[k] is not None:
                setattr(self, k, kw[k])
        if kw.get("encoding"):
            self._encoding_name = self.encoding = kw["encoding"]
            self._decoder = None


_weft_io.adopt(BufferedReader, _PyBufferedReader)
_weft_io.adopt(BufferedWriter, _PyBufferedWriter)
_weft_io.adopt(BufferedRandom, _PyBufferedRandom)
_weft_io.adopt(TextIOWrapper, _PyTextIOWrapper)
RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_cls)
TextIOBase.register(TextIOWrapper)
TextIOBase.register(StringIO)


def _register_std_streams():
    # the std streams' own types (src/vm/builtins.cpp, lib/_weft_sys.py) are subclasses of
    # TextIOWrapper (made so by _weft_io.types()) and of BufferedReader/BufferedWriter
    import sys
    for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            cls = type(buffer)
            kind = BufferedReader if buffer._reading else BufferedWriter
            if kind not in cls.__mro__:
                cls.__bases__ = cls.__bases__ + (kind,)


_register_std_streams()
for _cls in (BufferedRWPair, IncrementalNewlineDecoder):
    _cls.__module__ = "_io"
del _cls, _register_std_streams
