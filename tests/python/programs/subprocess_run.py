# subprocess over _posixsubprocess.fork_exec, select and os's process calls: run/check_output/
# call, return codes and signals, Popen with pipes, communicate with input and timeouts, text
# mode, env/cwd, and the errors of a failed exec or a bad argument.
import os
import select
import selectors
import subprocess
import sys

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["printf", "a\\nb"]))
print(repr(subprocess.check_output(["printf", "x\\r\\ny\\rz"], text=True)))
try:
    subprocess.check_output(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e)
try:
    subprocess.check_call(["sh", "-c", "exit 7"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd)
for bad in (["/nonexistent/prog"], ["no-such-program-weft-test"]):
    try:
        subprocess.run(bad)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["true"], cwd="/nonexistent/dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["/dev/null"])
except PermissionError as e:
    print("PermissionError", e.errno, e.filename)
for args in ([1], ["echo", None]):
    try:
        subprocess.run(args)
    except TypeError as e:
        print("TypeError", e)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"piped data")
print(out, err, p.returncode, isinstance(p.pid, int))
p = subprocess.Popen("echo shell $((1+2))", shell=True, stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.read()), p.wait(), p.returncode)
r = subprocess.run(["cat"], input="text in\n" * 3, capture_output=True, text=True)
print(repr(r.stdout))
big = "x" * 200000
r = subprocess.run(["sh", "-c", "cat; echo done >&2"], input=big, capture_output=True, text=True)
print(len(r.stdout), r.stdout == big, r.stderr)
r = subprocess.run(["sh", "-c", "echo $FOO"], capture_output=True, text=True, env={"FOO": "bar"})
print(repr(r.stdout))
r = subprocess.run(["pwd"], capture_output=True, text=True, cwd="/")
print(repr(r.stdout))
print(subprocess.call(["true"]), subprocess.getoutput("echo hi"), subprocess.getstatusoutput("exit 2"))
r = subprocess.run(["sh", "-c", "echo x >&2; echo y"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(r.stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, e.timeout < 1)
p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired:
    print("communicate timed out, poll:", p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait(), p.poll())
p = subprocess.Popen(["sh", "-c", "kill -9 $$"])
print(p.wait())
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
print(subprocess.run([sys.executable, "-c", "print(6*7)"], capture_output=True).stdout)

# the os and select calls underneath
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(w))
os.write(w, b"abc")
print(select.select([r], [], [], 0)[0] == [r], select.select([], [w], [], 0)[1] == [w])
print(os.read(r, 10))
print(select.select([r], [], [], 0.01))
poller = select.poll()
poller.register(r, select.POLLIN)
print(poller.poll(0))
os.close(w)
print(poller.poll(0) == [(r, select.POLLHUP)], os.read(r, 10))
d = os.dup(r)
print(d != r, os.get_inheritable(d))
os.close(d)
os.close(r)
child = subprocess.Popen(["sh", "-c", "exit 5"])  # kept: CPython reaps it when collected
pid = child.pid
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
with selectors.PollSelector() as sel:
    r, w = os.pipe()
    sel.register(r, selectors.EVENT_READ, "data")
    print(sel.select(0))
    os.write(w, b"z")
    print([(k.fd == r, k.data, ev) for k, ev in sel.select(1)])
    os.close(r)
    os.close(w)
print(os.get_exec_path({"PATH": "/a:/b"}), subprocess.list2cmdline(["a b", "c"]))
