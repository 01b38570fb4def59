# CPython's own argparse under weft
import argparse
p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("files", nargs="*", help="input files")
p.add_argument("-n", "--count", type=int, default=3, help="how many")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", default=[])
sub = p.add_subparsers(dest="cmd")
s = sub.add_parser("run", help="run it")
s.add_argument("--dry", action="store_true")
print(p.parse_args(["-n", "5", "-v", "--tag", "x", "--tag", "y", "run"]))
print(p.parse_args(["--mode", "slow", "run", "--dry"]))
print(p.parse_known_args(["--count", "2", "--other"]))
print(p.format_usage(), end="")
print(p.format_help())
g = argparse.ArgumentParser(prog="g")
m = g.add_mutually_exclusive_group()
m.add_argument("--a", action="store_const", const=1)
m.add_argument("--b", action="store_const", const=2)
print(g.parse_args(["--b"]))
try:
    p.parse_args(["-n", "x"])
except SystemExit as e:
    print("exit", e.code)
try:
    g.parse_args(["--a", "--b"])
except SystemExit as e:
    print("exit", e.code)
