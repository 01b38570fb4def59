# An abandoned generator suspended inside try/finally or with is closed when it is collected
# (GeneratorExit at its yield), as CPython closes it when it is freed; one still alive at exit
# is closed then.
import gc


def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


def watching():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


class Managed:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit with", exc[0].__name__ if exc[0] else None)


def in_with():
    with Managed():
        yield "inside"


def outer():
    try:
        yield from numbers("inner")
    finally:
        print("finally of outer")


g = numbers("g")
print(next(g))
del g
gc.collect()
print("after g")

h = watching()
next(h)
h = None
gc.collect()
print("after h")

never_started = numbers("never started")
del never_started
gc.collect()
print("after the unstarted one (no finally)")

done = numbers("done")
print(list(done))
del done
gc.collect()
print("after the exhausted one")

w = in_with()
print(next(w))
del w
gc.collect()
print("after the with")

o = outer()
print(next(o))
del o
gc.collect()
print("after yield from")


def consume_some():
    for n in numbers("loop"):
        print("got", n)
        break
    gc.collect()
    print("left the loop")


consume_some()

left_open = numbers("alive at exit")
next(left_open)
print("end")
