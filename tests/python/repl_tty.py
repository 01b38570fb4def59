#!/usr/bin/env python3
"""weft-python's REPL on a pseudo-terminal (what a user at a terminal sees).

  repl_tty.py BIN_DIR

Drives bin/weft-python through a pty like a person typing: echoed results and `_`, a
continuation block, a traceback, line editing (Ctrl-A) and history (Ctrl-P), Ctrl-C at the
prompt, Ctrl-D to leave, the banner, and -i after -c code. Each step waits for the text
python3's REPL shows at that point; a step that does not see it within the timeout fails with
the transcript. Exit status: the number of failed sessions.
"""
import os
import pty
import re
import select
import sys
import time

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r(?!\n)")


class Session:
    def __init__(self, argv):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "xterm"
            os.execv(argv[0], argv)
        self.raw = b""
        self.seen = 0  # expect() searches text after the previous match

    def text(self):
        return ANSI.sub(b"", self.raw.replace(b"\r\n", b"\n")).decode("utf-8", "replace")

    def expect(self, wanted, timeout=20):
        end = time.time() + timeout
        while True:
            t = self.text()
            i = t.find(wanted, self.seen)
            if i >= 0:
                self.seen = i + len(wanted)
                return
            left = end - time.time()
            if left <= 0:
                raise AssertionError("did not see %r; transcript:\n%s" % (wanted, t))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    data = b""
                if not data:
                    raise AssertionError("output ended before %r; transcript:\n%s" % (wanted, t))
                self.raw += data

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def finish(self, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if r:
                try:
                    self.raw += os.read(self.fd, 4096)
                except OSError:
                    pass
        os.kill(self.pid, 9)
        raise AssertionError("did not exit; transcript:\n" + self.text())


def main_session(weft):
    s = Session([weft, "-q"])
    s.expect(">>> ")
    s.send("1 + 1\r")
    s.expect("2\n>>> ")
    s.send("_ * 5\r")
    s.expect("10\n>>> ")
    s.send("None\r")
    s.expect("None\n>>> ")  # the echo of the typed line only: no result line
    s.send("_\r")
    s.expect("10\n>>> ")
    s.send("for i in range(2):\r")
    s.expect("... ")
    s.send("    i + 100\r")
    s.expect("... ")
    s.send("\r")
    s.expect("100\n101\n>>> ")
    s.send("def f():\r")
    s.expect("... ")
    s.send("    return 1 / 0\r")
    s.expect("... ")
    s.send("\r")
    s.expect(">>> ")
    s.send("f()\r")
    s.expect('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
             '  File "<stdin>", line 2, in f\nZeroDivisionError: division by zero\n>>> ')
    # line editing: Ctrl-A goes to the start of the line, typing inserts there
    s.send("3)\x01print(2*\r")
    s.expect("6\n>>> ")
    # history: Ctrl-P brings back the previous line
    s.send("\x10\r")
    s.expect("6\n>>> ")
    # Ctrl-C drops the line being typed
    s.send("1 + ")
    s.expect("1 + ")
    s.send("\x03")
    s.expect("KeyboardInterrupt\n>>> ")
    s.send("'still' + ' here'\r")
    s.expect("'still here'\n>>> ")
    # ... also in the middle of a block
    s.send("if True:\r")
    s.expect("... ")
    s.send("\x03")
    s.expect("KeyboardInterrupt\n>>> ")
    s.send("\x04")
    code = s.finish()
    assert code == 0, "exit status %d after Ctrl-D; transcript:\n%s" % (code, s.text())


def banner_session(weft):
    s = Session([weft])
    s.expect("Python 3.11")
    s.expect(">>> ")
    s.send("raise SystemExit(7)\r")
    code = s.finish()
    assert code == 7, "exit status %d after SystemExit(7)" % code


def inspect_session(weft):
    s = Session([weft, "-i", "-c", "x = 6 * 7"])
    s.expect(">>> ")
    assert "Python 3.11" not in s.text(), "-i with a script prints no banner"
    s.send("x\r")
    s.expect("42\n>>> ")
    s.send("\x04")
    code = s.finish()
    assert code == 0, "exit status %d" % code


def main():
    weft = os.path.join(os.path.abspath(sys.argv[1]), "weft-python")
    failures = 0
    for test in (main_session, banner_session, inspect_session):
        try:
            test(weft)
            print("ok   %s" % test.__name__)
        except AssertionError as e:
            failures += 1
            print("FAIL %s: %s" % (test.__name__, e))
    sys.exit(failures)


if __name__ == "__main__":
    main()
