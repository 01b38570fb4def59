# grouped and attached short options (cli_options_misc.flags): -bbu, -X with and without a
# value, -Wd attached; sys.flags, sys._xoptions, sys.orig_argv's options, sys.executable
import sys

f = sys.flags
print(f.bytes_warning, f.no_user_site, f.optimize, f.inspect, f.dev_mode, f.utf8_mode)
print(sorted(sys._xoptions.items()))
print(sys.warnoptions)
print([a for a in sys.orig_argv[1:-1] if not a.startswith("--jit")])  # the runner's own
print(sys.argv[1:], type(sys.executable).__name__, len(sys.executable) > 0)
print("stdout", flush=False)
print("stderr", file=sys.stderr)
print("stdout again")
