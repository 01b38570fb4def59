# The command line as python3's, each run in a child interpreter (sys.executable): `-m` with a
# module and with a package's __main__, a script on stdin (piped, and `-`), `-c` with
# arguments, `-i` reading piped input, a script importing a package from its own folder,
# errors (missing module, uncaught exception, SystemExit) with their exit statuses.
import os
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


write("pkg/__init__.py", "print('pkg init', __name__)\n")
write("pkg/__main__.py", "import sys\nprint('pkg main', __name__, __package__, sys.argv[1:])\n")
write("pkg/mod.py", "import sys\nfrom . import helper\n"
      "print('mod', __name__, __package__, helper.VALUE, sys.argv[1:])\n"
      "print(sys.argv[0].endswith('mod.py'), sys.path[0] == __import__('os').getcwd())\n")
write("pkg/helper.py", "VALUE = 42\n")
write("app/main.py", "import sys\nimport localpkg.inner as m\nfrom localpkg import inner\n"
      "print(m.f(), inner is m, sys.argv[1:], __name__)\n"
      "print(sys.path[0] == __import__('os').path.dirname(__file__))\n")
write("app/localpkg/__init__.py", "")
write("app/localpkg/inner.py", "def f():\n    return 'inner ' + __name__\n")
write("fail.py", "def f():\n    return 1 / 0\n\nprint('before')\nf()\n")
write("exits.py", "import sys\nprint('exiting')\nsys.exit('bye')\n")


def run(args, stdin=None, cwd=root):
    p = subprocess.run([sys.executable] + args, input=stdin, capture_output=True, text=True,
                       cwd=cwd)
    out = p.stdout.replace(root, "ROOT")
    err = p.stderr.replace(root, "ROOT").replace(sys.executable, "EXE")
    print("$", " ".join(args).replace(root, "ROOT"), "->", p.returncode)
    for line in out.splitlines():
        print("  out:", line)
    for line in err.splitlines():
        print("  err:", line)


run(["-m", "pkg.mod", "a", "-b"])
run(["-m", "pkg", "x"])
run(["-m", "pkg.nothere"])
run(["-m", "nosuchmodule"])
run([], stdin="import sys\nprint('from stdin', __name__, sys.argv)\n")
run(["-", "arg1"], stdin="import sys\nprint('dash', sys.argv)\n")
run(["-c", "import sys; print('c', sys.argv, __name__)", "p", "q"])
run(["-c", "raise ValueError('in -c')"])
run([os.path.join(root, "app", "main.py"), "z"])
run(["app/main.py"])
run(["fail.py"])
run(["exits.py"])
run(["-c", "import sys; sys.exit(3)"])
run(["-i", "-q", "-c", "x = 6"], stdin="x * 7\nprint('hi')\n")
run(["-i", "-q", "fail.py"], stdin="print('after the error')\n1/0\n")
run(["nonexistent.py"])
shutil.rmtree(root)
