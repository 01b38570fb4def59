# os for weft-python: the portable basics (paths, files and folders, environment) on the POSIX
# calls of _weft_os. Written for weft; os.path is posixpath.
import abc
import sys
import _weft_os
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
error = OSError
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

getcwd = _weft_os.getcwd
chdir = _weft_os.chdir
mkdir = _weft_os.mkdir
rmdir = _weft_os.rmdir
unlink = _weft_os.unlink
remove = _weft_os.unlink
rename = _weft_os.rename
getpid = _weft_os.getpid
strerror = _weft_os.strerror
isatty = _weft_os.isatty
access = _weft_os.access
urandom = _weft_os.urandom
_exit = _weft_os._exit
close = _weft_os.close
read = _weft_os.read
lseek = _weft_os.lseek
umask = _weft_os.umask
pipe = _weft_os.pipe
dup = _weft_os.dup
dup2 = _weft_os.dup2
waitpid = _weft_os.waitpid
kill = _weft_os.kill
killpg = _weft_os.killpg


def get_inheritable(fd):
    return not _weft_os._fd_flag(fd, 0, None)


def set_inheritable(fd, inheritable):
    _weft_os._fd_flag(fd, 0, not inheritable)


def get_blocking(fd):
    return not _weft_os._fd_flag(fd, 1, None)


def set_blocking(fd, blocking):
    _weft_os._fd_flag(fd, 1, not blocking)


def WIFEXITED(status):
    return _weft_os._wait_status(status)[0]


def WEXITSTATUS(status):
    return _weft_os._wait_status(status)[1]


def WIFSIGNALED(status):
    return _weft_os._wait_status(status)[2]


def WTERMSIG(status):
    return _weft_os._wait_status(status)[3]


def WIFSTOPPED(status):
    return _weft_os._wait_status(status)[4]


def WSTOPSIG(status):
    return _weft_os._wait_status(status)[5]


def WIFCONTINUED(status):
    return _weft_os._wait_status(status)[6]


def WCOREDUMP(status):
    return _weft_os._wait_status(status)[7]


def waitstatus_to_exitcode(status):
    """The exit code of a waitpid() status: the exit status, or -signal if a signal ended it."""
    exited, code, signaled, sig = _weft_os._wait_status(status)[:4]
    if exited:
        return code
    if signaled:
        return -sig
    raise ValueError(f"invalid wait status: {status!r}")


def get_exec_path(env=None):
    """The folders a program name is looked up in: env's PATH (os.environ's without env)."""
    if env is None:
        env = environ
    value = env.get("PATH")
    if value is None and isinstance(env, dict):
        value = env.get(b"PATH")
        if value is not None:
            value = fsdecode(value)
    if value is None:
        value = defpath
    return value.split(pathsep)
globals().update(_weft_os._flags())
O_ACCMODE = 3
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()


def open(path, flags, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    return _weft_os.open(fspath(path), flags, mode)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    # a file object over an open descriptor (open() of an int)
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def write(fd, data):
    return _weft_os.write(fd, bytes(data))


def fstat(fd):
    return stat_result(_weft_os.fstat(fd))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _weft_os.chmod(fspath(path), mode)


def readlink(path, *, dir_fd=None):
    return _weft_os.readlink(fspath(path))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _weft_os.symlink(fspath(src), fspath(dst))


def getuid():
    return _weft_os._ids()[0]


def getgid():
    return _weft_os._ids()[1]


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s" %
                        (type(p).__name__, type(r).__name__))
    return r


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented

    def __class_getitem__(cls, item):
        from types import GenericAlias

        return GenericAlias(cls, item)


def getcwdb():
    return getcwd().encode()


def listdir(p="."):
    return _weft_os.listdir(fspath(p))


class stat_result(tuple):
    n_sequence_fields = 10
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    def __getattr__(self, name):
        if name in stat_result._names:
            v = self[stat_result._names.index(name)]
            return v
        if name in ("st_atime_ns", "st_mtime_ns", "st_ctime_ns"):
            return int(self[stat_result._names.index(name[:-3])] * 1e9)
        raise AttributeError("'os.stat_result' object has no attribute '%s'" % name)

    def __repr__(self):
        vals = [int(v) if isinstance(v, float) else v for v in self]
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(stat_result._names, vals)) + ")"


class statvfs_result(tuple):
    n_sequence_fields = 10
    _names = ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
              "f_favail", "f_flag", "f_namemax")

    def __new__(cls, fields):
        self = tuple.__new__(cls, fields[:10])
        self._fsid = fields[10]
        return self

    def __getattr__(self, name):
        if name in statvfs_result._names:
            return self[statvfs_result._names.index(name)]
        if name == "f_fsid":
            return self._fsid
        raise AttributeError("'os.statvfs_result' object has no attribute '%s'" % name)

    def __repr__(self):
        return "os.statvfs_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(statvfs_result._names, self)) + ")"


def statvfs(p):
    return statvfs_result(_weft_os.statvfs(fspath(p)))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1000000000) if isinstance(t, float) else t * 1000000000
                   for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    else:
        ns = (None, None)
    _weft_os.utime(fspath(path), ns[0], ns[1], follow_symlinks)


def stat(p, *, follow_symlinks=True):
    if follow_symlinks:
        return stat_result(_weft_os.stat(fspath(p)))
    return stat_result(_weft_os.lstat(fspath(p)))


def lstat(p):
    return stat_result(_weft_os.lstat(fspath(p)))


class _Environ(dict):
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _weft_os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _weft_os.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            v = self[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"


environ = _Environ(_weft_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _weft_os.putenv(key, value)


def unsetenv(key):
    _weft_os.unsetenv(key)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


def replace(src, dst):
    rename(src, dst)


class DirEntry:
    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)

    def _mode(self, follow_symlinks):
        try:
            return stat(self.path, follow_symlinks=follow_symlinks).st_mode & 0o170000
        except OSError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, folder):
        self._entries = [DirEntry(folder, n) for n in _weft_os.listdir(folder)]
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._entries):
            raise StopIteration
        self._i += 1
        return self._entries[self._i - 1]

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def close(self):
        pass


def scandir(p="."):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = _weft_os.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class terminal_size(tuple):
    n_fields = n_sequence_fields = 2
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


def get_terminal_size(fd=1):
    # no ioctl in _weft_os: the size shutil falls back to when there is no terminal
    raise OSError(25, "Inappropriate ioctl for device")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def cpu_count():
    return 1
