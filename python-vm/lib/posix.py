# posix for weft: CPython's os re-exports posix; weft's os (lib/os.py) is written over
# _weft_os, so posix is os's POSIX calls seen from the other side (shutil imports it).
import os as _os

for _name in dir(_os):
    if not _name.startswith("__") and _name not in ("path", "sys", "_weft_os", "_os"):
        globals()[_name] = getattr(_os, _name)
del _name
environ = {k.encode(): v.encode() for k, v in _os.environ.items()}
