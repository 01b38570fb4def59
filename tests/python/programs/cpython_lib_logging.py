# CPython's own logging (with threading, weakref, atexit under it) under weft
import logging, sys, io
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s",
                    stream=sys.stdout)
log = logging.getLogger("app")
log.info("started %d", 3)
log.debug("hidden")
log.warning("careful: %s", "x")
child = logging.getLogger("app.sub")
child.error("from child")
print(child.parent is log, child.getEffectiveLevel(), logging.getLevelName(30))
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.DEBUG)
other.debug("d1")
try:
    1 / 0
except ZeroDivisionError:
    other.exception("failed")
print(buf.getvalue().splitlines()[:3])
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg % record.args if False else record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.info("n=%d", i)
print(buf.getvalue().splitlines()[-2:])
logging.shutdown()
