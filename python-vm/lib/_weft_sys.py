# The Python-level parts of sys for weft-python (structured version and float information,
# getsizeof ...), added to the C++ module when it is first imported. Written for weft.
import sys


def _struct_type(name, fields):
    # a tuple with named fields and CPython's structseq repr
    ns = {"__slots__": (), "n_fields": len(fields), "n_sequence_fields": len(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))

    def __repr__(self):
        return name + "(" + ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)) + ")"
    ns["__repr__"] = __repr__
    cls = type(name.rpartition(".")[2], (tuple,), ns)
    cls.__module__ = name.rpartition(".")[0] or "builtins"
    return cls


def _struct(name, fields, values):
    return _struct_type(name, fields)(values)


# what sys.unraisablehook gets (an exception in __del__ or a weak-reference callback)
sys.UnraisableHookArgs = _struct_type(
    "sys.UnraisableHookArgs", ("exc_type", "exc_value", "exc_traceback", "err_msg", "object"))


sys.version_info = _struct("sys.version_info",
                           ("major", "minor", "micro", "releaselevel", "serial"),
                           (3, 11, 0, "final", 0))
sys.hexversion = 0x30B00F0
sys.byteorder = "little"
sys.maxunicode = 0x10FFFF
sys.float_info = _struct(
    "sys.float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
sys.int_info = _struct("sys.int_info",
                       ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                        "str_digits_check_threshold"), (30, 4, 4300, 640))
sys.hash_info = _struct("sys.hash_info",
                        ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                         "seed_bits", "cutoff"),
                        (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
sys.flags = _struct(
    "sys.flags",
    ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
     "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
     "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
     "int_max_str_digits"),
    sys._weft_flags)  # the command line's (src/vm/modules.cpp)
del sys._weft_flags


class _Implementation:
    # what sys.implementation holds (a types.SimpleNamespace in CPython)
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "namespace(" + ", ".join("%s=%r" % kv for kv in self.__dict__.items()) + ")"


# the import system's hooks, for code that reads them (pkgutil.get_importer, runpy.run_path);
# weft's own import system (src/vm/import.cpp) does not consult them
sys.meta_path = []
sys.path_hooks = []
sys.path_importer_cache = {}
sys.implementation = _Implementation(name="weft", cache_tag=None, version=sys.version_info,
                                     hexversion=sys.hexversion, _multiarch="x86_64-linux-gnu")
class _StdBuffer:
    # sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer: bytes through the text stream's
    # own buffer (src/vm/builtins.cpp: _write_bytes, _read_bytes), so text and bytes stay in
    # order
    # (properties: io makes these classes subclasses of BufferedReader/BufferedWriter, whose
    # getters would hide instance attributes)
    name = property(lambda self: self._stream.name)
    mode = property(lambda self: "rb" if self._reading else "wb")
    closed = property(lambda self: False)
    raw = property(lambda self: self)

    def __init__(self, stream, reading):
        self._stream = stream
        self._reading = reading

    def __repr__(self):
        return "<_io.%s name=%r>" % ("BufferedReader" if self._reading else "BufferedWriter",
                                     self.name)

    def _check(self, reading):
        if reading != self._reading:
            import io
            raise io.UnsupportedOperation("read" if reading else "write")

    def write(self, data):
        self._check(False)
        if not isinstance(data, bytes):
            if isinstance(data, str) or not hasattr(data, "__len__"):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__)
            data = bytes(data)
        self._stream._write_bytes(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check(True)
        return self._stream._read_bytes(-1 if size is None else size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check(True)
        if size is not None and size >= 0:
            line = b""
            while len(line) < size:
                c = self._stream._read_bytes(1)
                if not c:
                    break
                line += c
                if c == b"\n":
                    break
            return line
        return self._stream._read_bytes(None)

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return iter(self.readline, b"")

    def flush(self):
        self._stream.flush()

    def fileno(self):
        return self._stream.fileno()

    def isatty(self):
        return self._stream.isatty()

    def readable(self):
        return self._reading

    def writable(self):
        return not self._reading

    def seekable(self):
        return False

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def _reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
                 write_through=None):
    # the std streams are always UTF-8 text over their file descriptors
    if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise LookupError("weft-python's std streams are UTF-8 only, not %r" % (encoding,))


for _s in (sys.stdin, sys.stdout, sys.stderr):
    _s.reconfigure = _reconfigure
del _s


class _StdReader(_StdBuffer):  # named as CPython's classes of these objects (io registers them)
    pass


class _StdWriter(_StdBuffer):
    pass


for _c, _n in ((_StdReader, "BufferedReader"), (_StdWriter, "BufferedWriter")):
    _c.__name__ = _c.__qualname__ = _n
    _c.__module__ = "_io"
del _c, _n
sys.stdin.buffer = _StdReader(sys.stdin, True)
sys.stdout.buffer = _StdWriter(sys.stdout, False)
sys.stderr.buffer = _StdWriter(sys.stderr, False)
sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
sys.prefix = sys.base_prefix = sys.exec_prefix = "/usr"
sys.dont_write_bytecode = True
sys.builtin_module_names = ("builtins", "math", "sys", "time")
sys.api_version = 1013


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getsizeof(obj, default=None):
    # rough sizes in CPython's terms (weft's own layouts differ)
    base = {int: 28, float: 24, bool: 28, type(None): 16, str: 49, bytes: 33, tuple: 40,
            list: 56, dict: 64, set: 216, frozenset: 216}
    t = type(obj)
    if t is str:
        return 49 + len(obj)
    if t is bytes:
        return 33 + len(obj)
    if t in (list, tuple):
        return base[t] + 8 * len(obj)
    return base.get(t, 48)


sys.getdefaultencoding = getdefaultencoding
sys.getfilesystemencoding = getfilesystemencoding
sys.getsizeof = getsizeof


def displayhook(value):
    # what the REPL calls with each expression statement's value (CPython's sys.displayhook)
    if value is None:
        return
    import builtins
    builtins._ = None
    sys.stdout.write(repr(value) + "\n")
    builtins._ = value


sys.displayhook = sys.__displayhook__ = displayhook


def _getframe(depth=0):
    import _weft_traceback
    return _weft_traceback._getframe(depth)


sys._getframe = _getframe

_audit_hooks = []


def audit(event, *args):
    # the standard library's Python modules raise their audit events here; weft's native
    # operations raise none
    if not isinstance(event, str):
        raise TypeError("expected str for argument 'event', not %s" % type(event).__name__)
    for hook in _audit_hooks:
        hook(event, args)


def addaudithook(hook):
    _audit_hooks.append(hook)


sys.audit = audit
sys.addaudithook = addaudithook
