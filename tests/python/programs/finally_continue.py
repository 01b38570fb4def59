# `continue` (and break/return) inside a finally body, on the normal path and while an
# exception is propagating (which the jump discards), in for and while loops, nested tries,
# functions and generators.
out = []
for i in range(4):
    try:
        if i == 2:
            raise ValueError(i)
        out.append(i)
    finally:
        if i >= 1:
            continue
    out.append("after")
print(out)

for i in []:
    try:
        pass
    finally:
        continue
print("empty loop done")

n = 0
while n < 5:
    n += 1
    try:
        try:
            if n % 2:
                raise KeyError(n)
        finally:
            if n == 3:
                continue
    except KeyError as e:
        print("caught", e)
        continue
    finally:
        print("outer finally", n)
print("while done", n)


def f():
    results = []
    for i in range(3):
        try:
            1 / (i - 1)
        finally:
            results.append(i)
            continue
    return results


print(f())


def g():
    for i in range(3):
        try:
            yield i
            raise RuntimeError("dropped")
        finally:
            continue


print(list(g()))


def h():
    for i in range(3):
        try:
            return "from try"
        finally:
            if i < 2:
                continue
    return "end"


print(h())
for i in range(3):
    try:
        raise IndexError
    finally:
        break
print("break", i)
import sys
print(sys.exc_info())
