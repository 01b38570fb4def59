# MemoryError when the heap limit is reached: a child interpreter whose memory is limited
# (weft-python: WEFT_GC_LIMIT; CPython: an address-space limit) fills it, catches the error,
# goes on, and finally lets one escape (traceback, exit status 1).
import os
import subprocess
import sys

child = r"""
import gc
def grow():
    chunks = []
    while True:
        chunks.append([0] * 100000)
try:
    grow()
except MemoryError as e:
    print("caught", repr(e), e.args)
gc.collect()
print("still running", sum(range(10)), len([0] * 1000))
words = []
try:
    while True:
        words.append("y" * 1000000)
except MemoryError:
    n = len(words)
    words = None
    print("strings before the limit: more than 10:", n > 10)
gc.collect()
grow()
"""


def limit_address_space():
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


cpython = sys.implementation.name == "cpython"
env = dict(os.environ, WEFT_GC_LIMIT="128M")
p = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env,
                   preexec_fn=limit_address_space if cpython else None)
print("status", p.returncode)
print(p.stdout, end="")
err = p.stderr.splitlines()
print(err[0], "...", err[-1])
