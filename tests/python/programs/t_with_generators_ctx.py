class Timer:
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        self.events.append("start " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.events.append("stop " + self.name + (" with " + exc_type.__name__ if exc_type else ""))
        return exc_type is KeyError
t = Timer("a")
with t:
    t.events.append("work")
with t:
    raise KeyError("ignored")
try:
    with t:
        raise ValueError("propagates")
except ValueError:
    t.events.append("caught ValueError")
print(t.events)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError, IndexError):
    [][1]
with Suppress(ZeroDivisionError):
    1 / 0
print("suppressed both")
