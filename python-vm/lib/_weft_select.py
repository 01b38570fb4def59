# select.poll for weft-python: poll objects keep their descriptors and event masks here and
# wait through the C++ module's poll(2) call (select._poll). Added to `select` on its first
# import. Written for weft.
import select


def _fileno(fd):
    if isinstance(fd, int):
        if fd < 0:
            raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
        return fd
    try:
        fileno = fd.fileno
    except AttributeError:
        raise TypeError("argument must be an int, or have a fileno() method.") from None
    n = fileno()
    if not isinstance(n, int):
        raise TypeError("fileno() returned a non-integer")
    return _fileno(n)


class poll:
    __module__ = "select"

    def __init__(self):
        self._masks = {}

    def register(self, fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT):
        self._masks[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._masks:
            raise FileNotFoundError(2, "No such file or directory")
        self._masks[fd] = eventmask

    def unregister(self, fd):
        del self._masks[_fileno(fd)]

    def poll(self, timeout=None):
        if timeout is not None and not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be an integer or None")
        return select._poll(list(self._masks.items()), timeout)


select.poll = poll
