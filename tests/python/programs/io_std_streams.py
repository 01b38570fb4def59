# sys.stdin/stdout/stderr against io's classes and attributes, with and without -u (in child
# interpreters with PYTHONUNBUFFERED removed, so the result does not depend on the caller's
# environment); capturing output in StringIO.
import contextlib
import io
import os
import subprocess
import sys

probe = """
import io, sys
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdin, io.TextIOBase),
      isinstance(sys.stderr, io.IOBase))
print(isinstance(sys.stdin.buffer, io.BufferedReader), type(sys.stdin.buffer).__name__)
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(sys.stdout.name, sys.stdout.mode, sys.stdin.name, sys.stdin.mode, sys.stderr.name)
print('stdout', sys.stdout.line_buffering, sys.stdout.write_through)
print('stderr', sys.stderr.line_buffering, sys.stderr.write_through)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.seekable(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
"""
env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
for flags in ([], ["-u"]):
    out = subprocess.run([sys.executable] + flags + ["-c", probe], env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE).stdout.decode()
    print(flags, out, end="")
out = subprocess.run([sys.executable, "-c", "import io, sys; print(isinstance(sys.stdout.buffer, io.BufferedWriter))"],
                     env=env, stdout=subprocess.PIPE).stdout.decode()
print("stdout.buffer is a BufferedWriter:", out, end="")

s = io.StringIO()
print("to stringio", file=s)
sys.stdout.write(s.getvalue())
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
cap = sys.stdout.getvalue()
sys.stdout = old
print(repr(cap), sys.stdout is sys.__stdout__)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("redirected")
with contextlib.redirect_stderr(buf):
    print("to stderr", file=sys.stderr)
print(repr(buf.getvalue()))
