# CPython's own weakref, threading, contextvars, codecs, locale-free string, uuid, configparser
import weakref, threading, contextvars, codecs, uuid, configparser, io, copy
class Obj:
    def __init__(self, n):
        self.n = n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n, r == weakref.ref(o), hash(r) == hash(o))
d = weakref.WeakValueDictionary()
d["a"] = o
print(d["a"].n, "a" in d, len(d))
s = weakref.WeakSet([o])
print(o in s, len(s))
m = weakref.WeakKeyDictionary()
m[o] = 5
print(m[o])
class C:
    def meth(self):
        return 42
c = C()
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError", e)
lock = threading.Lock()
with lock:
    print(lock.locked(), lock.acquire(False))
print(lock.locked())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant")
print(threading.current_thread().name, threading.active_count())
ev = threading.Event()
ev.set()
print(ev.is_set(), ev.wait(0))
var = contextvars.ContextVar("var", default=0)
tok = var.set(5)
ctx = contextvars.copy_context()
def inner():
    var.set(9)
    return var.get()
print(var.get(), ctx.run(inner), var.get(), ctx[var])
var.reset(tok)
print(var.get())
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"),
      codecs.lookup("UTF8").name, codecs.lookup("latin_1").name)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.hex, u.version, u.int % 1000, repr(u))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(len(str(uuid.uuid4())), uuid.uuid4().version)
cp = configparser.ConfigParser()
cp.read_string("[main]\nname = weft\ncount = 3\n[extra]\nflag = yes\n")
print(cp.sections(), cp["main"]["name"], cp.getint("main", "count"), cp.getboolean("extra", "flag"))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
print(copy.deepcopy({"a": [1, {2}]}))
