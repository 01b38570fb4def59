# A SystemExit leaves the function that raised it: its locals are finalized before atexit's
# handlers, the globals' objects after them; the exit status is SystemExit's.
import atexit


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("close", self.name)


atexit.register(lambda: print("atexit handler"))
kept = Resource("global")


def fail():
    local = Resource("local")
    raise SystemExit(3)


fail()
