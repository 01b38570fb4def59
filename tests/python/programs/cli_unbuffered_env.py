# PYTHONUNBUFFERED (set and not empty) and -u write sys.stdout through: its text comes before
# what os.write() puts on the same descriptor later; otherwise (a pipe) it waits for the exit.
# -E ignores the variable.
import os
import subprocess
import sys

code = "import os, sys; sys.stdout.write('text '); os.write(1, b'raw '); sys.stdout.write('end\\n')"
base = dict(os.environ)
base.pop("PYTHONUNBUFFERED", None)
for value, flags in ((None, []), ("", []), ("1", []), ("0", []), (None, ["-u"]),
                     ("1", ["-E"]), ("1", ["-I"])):
    env = dict(base)
    if value is not None:
        env["PYTHONUNBUFFERED"] = value
    out = subprocess.run([sys.executable] + flags + ["-c", code], env=env,
                         stdout=subprocess.PIPE).stdout
    print(repr(value), flags, out)
