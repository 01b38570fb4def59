# At exit the objects still alive are finalized, after atexit's handlers, with the module's
# globals still readable; output printed from __del__ appears.
import atexit
import gc

greeting = "bye"


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name, greeting)


def work():
    r = Resource("temporary")
    return r.name


name = work()
gc.collect()
print(name)
first = Resource("first")
second = Resource("second")
atexit.register(lambda: print("atexit handler"))
print("end of the program")
